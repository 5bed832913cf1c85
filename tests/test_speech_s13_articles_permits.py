"""Session 13 (S8), articles as a listener hears them: a local paper's list
of building permits ("Högsjö 3:14: Nybyggnad av carport", "Österåker 5:3:
Rivning av ladugård"). The property designation was read as a clock time
("tre och fjorton") or as two numbers with colons ("fem: tre:"); a building
permit's words (data/permit_words.py) now make the line one about property.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

# Written before the fix (four of eight read wrongly then).
BEFORE = [
    ("Västerby 2:17: Tillbyggnad av garage, 24 kvadratmeter.", "Västerby två kolon sjutton: Tillbyggnad av garage, tjugofyra kvadratmeter."),
    ("Norrsjö 4:9: Rivning av förråd.", "Norrsjö fyra kolon nio: Rivning av förråd."),
    ("Kvarntorp 1:31: Ansökan om nybyggnad av enbostadshus beviljades.",
     "Kvarntorp ett kolon trettioett: Ansökan om nybyggnad av enbostadshus beviljades."),
    ("Lillåsen 6:2 – Nybyggnad av fritidshus, 65 kvadratmeter.", "Lillåsen sex kolon två – Nybyggnad av fritidshus, sextiofem kvadratmeter."),
    ("Bygglov beviljade vecka 12. Stora Mon 3:8: Fasadändring och nya fönster.",
     "Bygglov beviljade vecka tolv. Stora Mon tre kolon åtta: Fasadändring och nya fönster."),
    ("Ekeby 12:40: Marklov för utfyllnad beviljades.", "Ekeby tolv kolon fyrtio: Marklov för utfyllnad beviljades."),
    ("Strandskyddsdispens: Holmen 1:12, brygga och bastu.", "Strandskyddsdispens: Holmen ett kolon tolv, brygga och bastu."),
    ("Sörby 5:6: Förhandsbesked för nybyggnad av två bostadshus, avslag.",
     "Sörby fem kolon sex: Förhandsbesked för nybyggnad av två bostadshus, avslag."),
]

# Written after the fix.
AFTER = [
    ("Mossberga 7:3: Tillbyggnad av fritidshus med altan.", "Mossberga sju kolon tre: Tillbyggnad av fritidshus med altan."),
    ("Rivningslov: Kärrby 11:25, gammal lada.", "Rivningslov: Kärrby elva kolon tjugofem, gammal lada."),
    ("Önneby 2:41: Strandskyddsdispens för brygga beviljades.", "Önneby två kolon fyrtioett: Strandskyddsdispens för brygga beviljades."),
    ("Förhandsbesked för Lövåsen 1:7 avslogs.", "Förhandsbesked för Lövåsen ett kolon sju avslogs."),
]

# Clock times stay times: no permit's word, or a weekday before the time.
GUARDS = [
    ("Bussen mot Ekeby går 8:15 varje dag.", "Bussen mot Ekeby går åtta och femton varje dag."),
    ("Fredag 19:30: Föredrag om rivningen av kvarnen.", "Fredag nitton och trettio: Föredrag om rivningen av kvarnen."),
    ("Måndag 14:30: Möte i Folkets hus om rivning av skolan.", "Måndag fjorton och trettio: Möte i Folkets hus om rivning av skolan."),
    ("Tåget avgår 12:40 från Stora Mon.", "Tåget avgår tolv och fyrtio från Stora Mon."),
    # a live report's label before its time, and a time with a leading zero
    ("Uppdatering 12:15: Rivningen av bron har börjat.", "Uppdatering tolv och femton: Rivningen av bron har börjat."),
    ("Uppdaterad 9:30: Tillbyggnaden stoppas.", "Uppdaterad nio och trettio: Tillbyggnaden stoppas."),
    ("Start 10:00: Nybyggnad visas.", "Start tio: Nybyggnad visas."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_permit_designation(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
