"""Session 12 (S6): words set in capitals read as words: an "É" in them
("ÅHLÉNS" was left as written, "ANDRÉ" spelled) and one vowel in six
letters ("SNACKS" was spelled "ess enn a ce kå ess"). Written after the
fix, with guards (letters still spelled)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want", "not_in"), [
    ("Mellandagsrea på ÅHLÉNS från i morgon.", "på åhléns från", "ÅHLÉNS"),
    ("Kvällens gäst är JOSÉ González.", "är josé gonzález", "ji o"),
    ("Fri entré, försäljning av DRICKS och SNACKS.", "dricks och snacks", "ess enn"),
    ("Vi ses vid STRAND-kiosken.", "strand", "ess te"),
    # guards: letters with no vowel, or too few, are still spelled
    ("SVT och SMHI varnar för storm.", "ess ve te och ess emm hå i", "svt"),
    ("Beslutet togs av MSB.", "emm ess be", "msb"),
])
def test_words_in_capitals(text: str, want: str, not_in: str) -> None:
    got = normalize(text)
    assert want in got.lower()
    assert not_in not in got
