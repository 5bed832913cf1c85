"""Session 8: a race time with a zero hour ("0:58:03", "00:45:12") says no
"noll timmar" (it did; racing._race_hms). Written after the fix; guard: a
time with hours keeps them."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Segraren i milen sprang på 0:29:41.", "på tjugonio minuter och fyrtioett sekunder"),
    ("Hennes tid blev 00:52:07 på tio kilometer.", "blev femtiotvå minuter och sju sekunder"),
    ("Stafettlaget klockades till 0:47:30.", "fyrtiosju minuter och trettio sekunder"),
    ("Tiden 0:59:59 räckte till seger.", "femtionio minuter och femtionio sekunder"),
])
def test_zero_hour(text: str, want: str) -> None:
    assert want in normalize(text)


def test_hours_stay() -> None:
    assert "två timmar fjorton minuter och trettiotre sekunder" in normalize("Han vann på 2:14:33.")
