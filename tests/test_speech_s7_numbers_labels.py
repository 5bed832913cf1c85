"""Session 7 (by class), numbers after labels: the same label at each end
of a range ("§ 23–§ 31", "kap. 3–kap. 5") left its dash unsaid, and a year
after a label closing a hyphenated compound ("nya Zefiro-tåg 2026") was read
as a train's number in pairs. Tried on 7 sentences written before the fix
(4 failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Nämnden behandlade § 101–§ 118 under förmiddagen.", "paragraf hundraett till paragraf hundraarton"),
    ("Läs kap. 7–kap. 9 inför tentan.", "kapitel sju till kapitel nio inför"),
    ("Instruktionen finns på s. 44–s. 46 i manualen.", "sidan fyrtiofyra till sidan fyrtiosex i"),
    ("Norrtåg köper fler Coradia-tåg 2027 enligt planen.", "Coradia-tåg tvåtusentjugosju enligt"),
    ("Regional-tåg 8841 går från spår 3.", "åttioåtta fyrtioett går"),
])
def test_labelled_numbers(text: str, want: str) -> None:
    assert want in normalize(text)
