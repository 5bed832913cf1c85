"""Session 14 (S10), articles as a listener hears them: a footnote's marker
glued to the word or the stop before it, as a local wiki's page writes its
sources ("Byggnaden revs 2024 ... Stickan.[1]", "finns kvar.[2] Fabriken").
It was read as a number between pauses ("Stickan, ett", "kvar, två,") and
took the sentence's full stop with it; now it is not said
(rules/footnotes.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (all seven read wrongly then).
BEFORE = [
    ("Kyrkan byggdes 1742.[1] Den renoverades 1890.",
     "Kyrkan byggdes sjuttonhundrafyrtiotvå. Den renoverades artonhundranittio."),
    ("Fabriken lades ned.[2]", "Fabriken lades ned."),
    ("Enligt en källa[3] var det fler.", "Enligt en källa var det fler."),
    ("Orten hade 300 invånare år 1900.[4][5]", "Orten hade trehundra invånare år nittonhundra."),
    ("Den nämns första gången 1344[1] i ett brev.", "Den nämns första gången trettonhundrafyrtiofyra i ett brev."),
    ("Sjön är 12 meter djup.[6] Fisket är rikt.", "Sjön är tolv meter djup. Fisket är rikt."),
    ("Bruket grundades av familjen Ek,[7] som ägde det länge.", "Bruket grundades av familjen Ek, som ägde det länge."),
]

# Written after the fix.
AFTER = [
    ("Gården såldes 1911.[8] Köparen var en bonde.", "Gården såldes nittonhundraelva. Köparen var en bonde."),
    ("Stationen lades ned 1968[2] och revs senare.", "Stationen lades ned nittonhundrasextioåtta och revs senare."),
    ("Namnet kommer från ”Kvarnbacken”[5] enligt sägnen.", "Namnet kommer från ”Kvarnbacken” enligt sägnen."),
    ("Skolan hade 40 elever (1930).[3]", "Skolan hade fyrtio elever (nittonhundratrettio)."),
    ("Bron invigdes av kungen.[12][13] Den är 400 meter lång.",
     "Bron invigdes av kungen. Den är fyrahundra meter lång."),
]

# A bracketed number after a space is the author's own and keeps its reading.
GUARDS = [
    ("Se bilaga [2] för detaljer.", "Se bilaga, två, för detaljer."),
    ("Läs [1] och [2] först.", "Läs, ett, och, två, först."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_footnote_markers_are_not_said(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_pause() -> None:
    rules = [(c.written, c.rule) for c in explain("Gården såldes 1911.[8] Köparen var en bonde.").changes]
    assert rules == [("[8]", "pause"), ("1911", "year")]
