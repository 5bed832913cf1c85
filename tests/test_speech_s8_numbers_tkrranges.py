"""Session 8 (by class): a range of thousands of kronor written "tkr"
closes its thousand with the range's end, as it is said and as every
writer of the blind sets wrote it ("32–36 tkr" -> "trettiotvå till
trettiosextusen kronor"; it was "trettiosex tusen", heard alike but a
different word; quantities._money_said). From normalize19 h180; written
after the fix; guards: a single amount, decimals."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Lönen ligger på 28–31 tkr i månaden.", "tjugoåtta till trettioettusen kronor"),
    ("Projektet beräknas kosta 400–450 tkr.", "fyrahundra till fyrahundrafemtiotusen kronor"),
    ("Bidraget blir 15–20 tkr per förening.", "femton till tjugotusen kronor per förening"),
    ("Hyran höjs med 3–4 tkr/år.", "tre till fyratusen kronor per år"),
])
def test_tkr_range(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Bidraget blir 15 tkr.", "femtontusen kronor"),
    ("Avgiften är 1,5–2 tkr per år.", "ett komma fem till två tusen kronor"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
