"""Session 26, from normalize78 (a blind single-phenomenon set, scored before any fix, then read): a decade whose
century is left out behind a hyphen ("-90-talet") loses the hyphen as it loses an apostrophe; "jul" with no stop
after an ordinal's ending and an owner's word ("sin 25:e jul") is Christmas counted, not July. Written after the
fixes, with other sentences; the guards: a span of decades, a temperature, a date in July."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.century_clips import century_clips

from . import check


def test_a_hyphen_for_the_left_out_century_is_silent() -> None:
    _in = ["Modet från -70-talet är tillbaka.", "I början av -80-talets krismöten", "Frisyren var typisk för -60-talister."]
    _out = ["Modet från 70-talet är tillbaka.", "I början av 80-talets krismöten", "Frisyren var typisk för 60-talister."]
    check(century_clips, _in, _out)
    assert normalize("Låtarna är från -90-talet.") == "Låtarna är från nittiotalet."


def test_a_span_of_decades_and_a_cold_night_keep_their_dash() -> None:
    assert normalize("Huset byggdes om under 70–80-talet.") == "Huset byggdes om under sjuttio till åttiotalet."
    assert normalize("Det var -30 grader i natt.") == "Det var minus trettio grader i natt."


def test_christmas_counted_after_an_owner() -> None:
    assert normalize("Paret firar sin 60:e jul i stugan.") == "Paret firar sin sextionde jul i stugan."
    assert normalize("Det blir vår 2:a jul utan pappa.") == "Det blir vår andra jul utan pappa."


def test_a_date_in_july_stays_a_date() -> None:
    assert normalize("Festivalen börjar den 12:e jul 2026.") == "Festivalen börjar den tolfte juli tvåtusentjugosex."
    assert normalize("Sista dag är 31 jul.") == "Sista dag är den trettioförsta juli."
