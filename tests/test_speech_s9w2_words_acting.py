"""Session 9 wave 2 (S2): "tf." before a post in the definite form is "tillförordnade" for more
posts (data/short_readings.DEFINITE_POST_ENDINGS: "kaptenen", "tränaren", "vd:n", ...); before
the indefinite post it stays "tillförordnad". Sentences written after the fix."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Tf. lagkaptenen Moa Berg gjorde båda målen.", "Tillförordnade lagkaptenen"),
    ("Enligt tf. huvudtränaren var laget trött.", "tillförordnade huvudtränaren"),
    ("Tf. vd:n på Sölvesborgs Energi lämnar bolaget.", "Tillförordnade"),
    ("Beslutet fattades av tf. stadsläkaren i Ronneby.", "tillförordnade stadsläkaren"),
])
def test_acting_before_a_definite_post(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Han har varit tf. tränare sedan januari.", "tillförordnad tränare"),
    ("Hon utsågs till tf. vd i går.", "tillförordnad ve"),
])
def test_acting_before_an_indefinite_post_keeps_its_form(text: str, kept: str) -> None:
    assert kept in normalize(text)
