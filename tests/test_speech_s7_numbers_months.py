"""Session 7 (by class), a year and a month written "2026-03" (a best-before
date, a report's month) was read as a year and a number ("tvåtusentjugosex-
noll tre"). Tried on 5 sentences written before the fix (2 failed); these
were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Mjölken är märkt bäst före 2025-11 av misstag.", "bäst före november tvåtusentjugofem av"),
    ("Statistiken för 2024-06 visar färre olyckor.", "för juni tvåtusentjugofyra visar"),
    ("Kortet gäller till 2027-01.", "till januari tvåtusentjugosju"),
    ("Ny mätning: 2025-09 var den varmaste september på länge.", "september tvåtusentjugofem var"),
])
def test_year_and_month(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Under säsongen 2009-10 vann laget allt.", "tvåtusennio till tio"),  # a season: the next year's digits
    ("Dnr 2024-0345 gäller bygget.", "noll tre fyra fem"),  # a diary number
])
def test_year_and_month_guards(text: str, want: str) -> None:
    assert want in normalize(text)
