"""Session 7 (by class), a Finland-Swedish two-letter weekday and a day
and month with a period ("lö 15.3", "on 12.3.") were read as a weekday and
a decimal ("lördag femton komma tre"): the decimal rule ran first. Tried on
6 sentences written before the fix (3 failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Loppisen hålls lö 22.3 på skolgården.", "lördag den tjugoandra mars på"),
    ("Styrelsen sammanträder ti 8.4. kl. 17 i Jakobstad.", "tisdag den åttonde april klockan sjutton"),
    ("Sista dagen att anmäla sig är fr 14.2.", "fredag den fjortonde februari"),
    ("Gudstjänst sö 30.3 kl. 10 i Korsholms kyrka.", "söndag den trettionde mars klockan tio"),
    ("Föreläsningen to 6.11. är inställd.", "torsdag den sjätte november är"),
])
def test_two_letter_weekday_and_dotted_date(text: str, want: str) -> None:
    assert want in normalize(text)


def test_decimal_without_weekday_stays() -> None:
    assert "fyra komma tre millimeter" in normalize("Det regnade 4.3 mm i natt.")
