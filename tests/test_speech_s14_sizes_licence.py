"""Session 14 (S9), sixth batch, tested on sentences written AFTER the fix,
with guards: a range of letter sizes in a line about sizes ("strl. XS–L":
``rules/sizes.py``), "stl." as "storlek", and "leg." after "med" before no
noun is the licence ("ta med leg. och ...").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

AFTER = [
    ("Klänningen säljs i strl. XS–L.", "Klänningen säljs i storlek eks ess till ell."),
    ("Byxorna finns i storlekarna S–XXL.", "Byxorna finns i storlekarna ess till eks eks ell."),
    ("Stövlarna finns i stl. 38–45.", "Stövlarna finns i storlek trettioåtta till fyrtiofem."),
    ("Kom ihåg att ha med leg. och biljett.", "Kom ihåg att ha med legitimation och biljett."),
]

GUARDS = [
    ("Samarbetet S–MP håller i kommunen.", "Samarbetet ess–emm pe håller i kommunen."),
    ("Mottagning med leg. barnmorska på fredagar.", "Mottagning med legitimerad barnmorska på fredagar."),
]


@pytest.mark.parametrize(("text", "spoken"), AFTER + GUARDS)
def test_size_and_licence_family(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
