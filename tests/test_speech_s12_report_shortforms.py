"""Session 12: a news report's source and a company report's year written short
("enl. uppg." was "enligt uppgång", "fg år" was left as written, "tills vid.");
data/abbreviation_common.py. Written after the fix, with guards ("uppg." in an
address stays a stairway, "fg." alone stays "föregående")."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Enl. uppg. ska två personer ha förts till sjukhus.", "enligt uppgift ska två"),
    ("Bolaget gick enligt uppg. med förlust i fjol.", "enligt uppgift med förlust"),
    ("Omsättningen var högre än fg år trots lågkonjunkturen.", "högre än föregående år trots"),
    ("Biblioteket är stängt tills vid. på grund av vattenskada.", "stängt tills vidare på grund"),
    ("Uppg. från grannar tyder på att det brann i köket.", "uppgifter från grannar"),
])
def test_report_short_forms(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    # guards: a stairway in an address, the short form with its stop alone
    ("Ingång via uppg. C, 2 tr.", "uppgång ce"),
    ("Siffror för fg. kvartal inom parentes.", "föregående kvartal"),
])
def test_short_forms_kept(text: str, want: str) -> None:
    assert want in normalize(text).lower()
