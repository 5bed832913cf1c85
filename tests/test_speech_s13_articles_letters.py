"""Session 13 (S8), articles as a listener hears them: a spelled short name
ending in O before its sentence's stop ("till IVO. Svaret ...", "Kullsjö
FVO. Lämna ...", "Gubbmyrens VVO. I år ...", "engelska och NO. Vi ...": four
sites of the dev extraction sets). The abbreviations read the "o." as "och"
and the sentence ran on ("i ve och Svaret").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

# Written before the fix (seven of eight read "och" then; SPRO is read as a word).
BEFORE = [
    ("Frågor om kortet besvaras av kansliet på SPRO. Ring oss gärna.", "Frågor om kortet besvaras av kansliet på Spro. Ring oss gärna."),
    # (IVO is said as a word since session 53, "Ivo"; JO stands in for it, spelled)
    ("Klagomålet skickades vidare till JO. Svaret väntas i höst.", "Klagomålet skickades vidare till ji o. Svaret väntas i höst."),
    ("Hon är ny ordförande för Tallsjö FVO. Hennes första uppgift blir utsättningen.",
     "Hon är ny ordförande för Tallsjö eff ve o. Hennes första uppgift blir utsättningen."),
    ("Jakten leds som vanligt av Norrmyrens VVO. Samling vid boden klockan sju.",
     "Jakten leds som vanligt av Norrmyrens ve ve o. Samling vid boden klockan sju."),
    ("Läraren undervisar i SO. Hon har jobbat här i tolv år.", "Läraren undervisar i ess o. Hon har jobbat här i tolv år."),
    ("Avtalet har förhandlats fram av LO. Det gäller från april.", "Avtalet har förhandlats fram av ell o. Det gäller från april."),
    ("Mer om vaccinet finns hos UMO. Där kan du också boka tid.", "Mer om vaccinet finns hos u emm o. Där kan du också boka tid."),
    ("Mötet arrangeras av IOGT-NTO. Alla är välkomna.", "Mötet arrangeras av i o ge te-enn te o. Alla är välkomna."),
]

# Written after the fix.
AFTER = [
    ("Ansökan skickades till Sveriges LO. Beslutet kommer i juni.", "Ansökan skickades till Sveriges ell o. Beslutet kommer i juni."),
    ("Boka tid hos UMO. Det kostar ingenting.", "Boka tid hos u emm o. Det kostar ingenting."),
    ("Han valdes till ordförande i Björkö FVO. Mötet hölls i bygdegården.",
     "Han valdes till ordförande i Björkö eff ve o. Mötet hölls i bygdegården."),
    ("Tillsynen görs av JO. Rapporten blev klar i maj.", "Tillsynen görs av ji o. Rapporten blev klar i maj."),
]

# "o." between two words stays "och".
GUARDS = [
    ("Öppet lör. o. sön. hela sommaren.", "Öppet lördag och söndag hela sommaren."),
    ("Anna o. Erik gifter sig.", "Anna och Erik gifter sig."),
    ("Sol o. bad i helgen.", "Sol och bad i helgen."),
    ("Vi har öppet mån. o. tis. i sommar.", "Vi har öppet måndag och tisdag i sommar."),
    ("Hon jobbar på JO i Umeå.", "Hon jobbar på ji o i Umeå."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_letter_o_before_a_stop(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
