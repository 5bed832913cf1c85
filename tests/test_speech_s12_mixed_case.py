"""Session 12: "FoU" (forskning och utveckling) is spelled by its letters' names
("eff o u"), it was left as written (b35n-h263); written after the fix, with
guards (the mixed-case words before it keep their readings)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Regionen lägger 40 mkr på FoU i år.", "på eff o u i år"),
    ("Hon leder FoU-enheten vid sjukhuset.", "eff o u-enheten"),
    ("Bolagets FoU-kostnader steg kraftigt.", "eff o u-kostnader"),
    # guards: other mixed-case words as before
    ("Enligt SvD ökade priserna.", "ess ve de"),
    ("Logga in med BankID.", "bank i de"),
])
def test_fou_spelled(text: str, want: str) -> None:
    assert want in normalize(text).lower()
