"""Session 7 (by class), law references by their shape: a riksdag
session's document ("YYYY/YY:N") after any label or "nr", and a Finnish
statute by number and year after a statute word ("lagen (1082/2021)") were
read as digits, a range or a date. Tried on 10 sentences written before
the fix (4 failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Svaret på interpellation nr 2025/26:47 kom i dag.",
     "tjugohundratjugofem tjugosex kolon fyrtiosju kom"),
    ("I skriftlig fråga 2023/24:905 tog hon upp vargen.", "tjugofyra kolon niohundrafem tog"),
    ("Enligt jaktförordningen (1229/2018) krävs tillstånd.", "(tolvhundratjugonio snedstreck tvåtusenarton)"),
    ("Lagen om kommunala val (731/2005) ändras nästa år.", "(sjuhundratrettioett snedstreck tvåtusenfem)"),
    ("Alkohollagen 1102/2017 trädde i kraft i mars.", "elvahundratvå snedstreck tvåtusensjutton trädde"),
    ("Lagen om social kreditgivning 560/2023 gäller nu.", "femhundrasextio snedstreck tvåtusentjugotre gäller"),
])
def test_law_reference_by_shape(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "bad"), [
    ("Laget vann säsongen 2023/24: tolv segrar.", "kolon"),  # a season and a colon ending the clause
    ("Kassan 2019/23:4 stämmer inte.", "snedstreck tjugotre kolon"),  # no session: years not in a row
    ("Underlaget (12/2020) är klart.", "snedstreck"),  # no statute word before it
])
def test_law_reference_guards(text: str, bad: str) -> None:
    assert bad not in normalize(text)
