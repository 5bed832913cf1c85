"""Session 8 (by class): a weekday's short form before what the day is in
a list of opening hours ("sö stängt", "mån stängt", "fre öppet") is the
weekday (the two-letter and "mån" forms were read only before a colon, a
time or another weekday: "sö stängt" was left; data/calendar
WEEKDAY_STATUS_WORDS). Battery of 12 listing sentences (1 failed). Written
after the fix; guard: "sö" as a word of direction."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Biblioteket: må–to 10–19, fr 10–16, lö stängt.", "lördag stängt"),
    ("Simhallen har öppet ti–sö 7–21, må stängt för städning.", "måndag stängt"),
    ("Caféet: vardagar 8–17, sön stängt.", "söndag stängt"),
    ("Tipspromenad varje dag; to vilodag.", "torsdag vilodag"),
])
def test_weekday_before_its_status(text: str, want: str) -> None:
    assert want in normalize(text)


def test_direction_stays() -> None:
    assert "sö om staden" in normalize("Han tog en tur till sö om staden.")
