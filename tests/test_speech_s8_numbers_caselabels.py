"""Session 8 (by class): a year-first case or reference number after a
label with a colon ("Ärendenummer: 2025-12345") or after any "-nummer"
compound ("Fakturanummer 2025-0456") is read as an identifier, its parts
joined by "streck", a long running number digit by digit (they were
"tvåtusentjugofem-tolvtusentrehundrafyrtiofem", the dash left); the running
number may have up to eight digits. Found on a battery of 8 label
sentences (3 failed; admin._case, _YEAR_FIRST_HINT). Written after the fix;
guards: a meeting's date after "Beslut", a phone label."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Ange ordernummer 2024-88123 vid retur.", "tvåtusentjugofyra streck åtta åtta ett två tre"),
    ("Diarienummer: 2025-0078 gäller ansökan.", "tvåtusentjugofem streck noll noll sju åtta"),
    ("Märk inbetalningen med avinummer 2025-104 och ditt namn.", "tvåtusentjugofem streck hundrafyra"),
    ("Referensnummer: 2023-1234567 ska anges.", "tvåtusentjugotre streck ett två tre fyra fem sex sju"),
])
def test_year_first_numbers_after_labels(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Beslut 2025-02-10 om nya taxor.", "tionde februari"),
    ("Mobilnummer: 070-1234567.", "noll sjuttio"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
