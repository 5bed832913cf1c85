"""Session 12, S5: short forms read from the words around them. "omg." after an ad's verb is "omgående"
("Lärare sökes omg." was "omgång"); a bare "o" after a short form's stop is "och" ("lör. o sön." was
"lördag o söndag"). Sentences written after the fix, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Undersköterska till hemtjänsten sökes omg.", "sökes omgående."),
    ("Etta i centrum hyres ut, hyres omg. till student.", "hyres omgående till"),
    ("Loppis fre. o lör. i Folkets hus.", "fredag och lördag"),
    ("Vi har korv, bröd o. dricka, glass m.m. o kaffe.", "med mera och kaffe"),
])
def test_short_forms(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Serien avgörs efter 26 omg. i höst.", "tjugosex omgångar"),  # a league's rounds
    ("Ordet slutar på bokstaven o. Nästa ord.", "bokstaven o"),  # a letter named
])
def test_short_forms_guards(text: str, want: str) -> None:
    assert want in normalize(text)
