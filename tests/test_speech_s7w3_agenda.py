"""Session 7, third wave (by class): a numbered agenda after its head and a
colon ("Ärenden: 1. Budget 2026, 2. Taxor för VA") was read as placings
("etta Budget ..., tvåa Taxor"): its items open with a capital and a number
as a results line does. After an agenda's head (sport._AGENDA_HEAD) the
numbers stay numbers. Tried on 4 sentences written before the fix (1
failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Dagordning: 1. Ekonomi 2025, 2. Val av revisor.", "Dagordning: ett."),
    ("Föredragningslista: 1. Detaljplan Norr 3, 2. Skolskjuts.", "Föredragningslista: ett."),
    ("Ärenden: 1. Taxa 2026, 2. Ny Förskola i Backe.", "två. Ny"),
    ("Programmet: 1. Kören Vox 18.00, 2. Dans.", "Programmet: ett."),
])
def test_agenda_items_are_no_placings(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out
    assert "etta" not in out and "tvåa" not in out


def test_results_line_keeps_its_placings() -> None:
    assert "etta Sara Lind, tvåa Eva Berg" in normalize("Damer 5 km: 1. Sara Lind 2. Eva Berg.")
