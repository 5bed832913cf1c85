"""Session 15 (S2), the paper's dense sections (set s15sections): the whole normalizer on the phenomena fixed in
existing rules, in sentences written after the fixes (other words and numbers), with guards they must leave.

- "m:ss.hh" in a sentence with a distance in kilometres is hours, minutes and seconds (rules/racing);
- a span of hours whose end has a leading zero says no zero ("06–09", "lör 12–01"; rules/numerals.ranges);
- a church's office cut short ("Pastorsexp.", data/clipped_words.OFFICE_NOUNS);
- hymns, advent, nautical miles, positions and hits through the whole pipeline (their rules' tables are in
  tests/speech_rules/test_sections.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

AFTER = [
    ("Stafett 4 × 7,5 km: 1) IFK Mora 1:41.22.", "Stafett fyra gånger sju komma fem kilometer: etta i eff kå Mora ett fyrtioett tjugotvå."),
    ("Frukost serveras 07–09 i matsalen.", "Frukost serveras sju till nio i matsalen."),
    ("Puben har öppet lör 14–02.", "Puben har öppet lördag fjorton till två."),
    ("Öppet 10–01 alla helger.", "Öppet tio till ett alla helger."),
    ("Kyrkoexp. har stängt i juli.", "Kyrkoexpeditionen har stängt i juli."),
    ("Högmässa, Ps. 14, 396 och 300.", "Högmässa, psalm fjorton, trehundranittiosex och trehundra."),
    ("Adventskaffe 2:a adv. efter mässan.", "Adventskaffe andra advent efter mässan."),
    ("Lotsbåten gick ut 7 M öster om Sandhammaren.", "Lotsbåten gick ut sju nautiska mil öster om Sandhammaren."),
    ("Fyrskeppet låg på 56° 04′ N.", "Fyrskeppet låg på femtiosex grader fyra minuter nord."),
    ("Skytte, 10 skott: Ola Berg 9/10.", "Skytte, tio skott: Ola Berg nio av tio."),
]

GUARDS = [
    # a spelled name ending in S takes its genitive on the letter's name (session 16: "kå esses", as S U S:s is
    # written; session 10's "kå ess" lost the genitive), another letter takes it too
    ("Enligt KS:s förslag höjs taxan.", "Enligt kå esses förslag höjs taxan."),
    ("SVT:s reporter var där.", "ess ve tes reporter var där."),
    # a start of one digit is no clock's hour: the end keeps its zero
    ("Siffrorna 4–07 är fel.", "Siffrorna fyra till noll sju är fel."),
    # a swimmer's time with metres is minutes and hundredths
    ("Hon simmade 100 m på 1:02.45.", "Hon simmade hundra meter på en minut och två komma fyrtiofem sekunder."),
    # a pair with a leading zero at the start only
    ("Öppet 08–17 i dag.", "Öppet åtta till sjutton i dag."),
    # the Psalter with a verse
    ("Ps. 23:1 läses.", "Psaltaren kapitel tjugotre vers ett läses."),
]


@pytest.mark.parametrize(("written", "spoken"), AFTER + GUARDS)
def test_reading(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
