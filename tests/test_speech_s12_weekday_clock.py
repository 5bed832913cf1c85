"""Session 12: "22.10" after a weekday is a clock time, not a date, when a place
and a colon follow, a log's entry ("Sön 22.10 Ödåkra: Inbrott"); written after
the fix, with guards (a day and month after a weekday stay a date: "tisdag 4.3",
"fre 14.11.", "sön 12.10 i", "sön 10.05 i")."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Lör 21.10 Kävlinge: Inbrott i förråd på Kvarngatan.", "lördag tjugoett och tio kävlinge"),
    ("Ons 03.11 Eslöv, Västergatan: Skadegörelse på bil.", "onsdag tre och elva eslöv"),
    ("Mån 19.12 Skurup: Inbrott i garage.", "måndag nitton och tolv skurup"),
    ("Tors 16.08 Svalöv: Stöld av cykel vid stationen.", "torsdag sexton noll åtta svalöv"),
])
def test_clock_time_after_a_weekday(text: str, want: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert " den " not in got


@pytest.mark.parametrize(("text", "want"), [
    # guards: a date after a weekday stays a date
    ("Tisdag 4.3 är skolan stängd.", "tisdag den fjärde mars"),
    ("Fre 14.11. hålls höstmarknaden.", "fredag den fjortonde november"),
    ("Basar sön 12.10 i församlingshemmet.", "söndag den tolfte oktober"),
    ("Gudstjänst sön 10.05 i Västra kyrkan.", "söndag den tionde maj"),
    ("Sön 28.09 Lund: Cykelstöld.", "söndag den tjugoåttonde september"),
])
def test_date_after_a_weekday_kept(text: str, want: str) -> None:
    assert want in normalize(text).lower()
