"""Session 12 (S6): a weekday and "19.05" that could be a date is a clock
time when a span's end that is no date follows ("fre 19.05–22.00") or the
line gives its weekdays clock times that are no dates ("Jazz fre 19.05, dans
lör 21.30"); otherwise it stays a date. Written after the fix, with guards."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want", "not_in"), [
    ("Caféet har öppet lör 11.10–16.00 under sommaren.", "lördag elva", "november"),
    ("Simskola tis 17.05–18 i Nybadet.", "tisdag sjutton", "maj"),
    ("Lunchmusik ons 12.10, orgelkonsert sön 18.45.", "onsdag tolv", "oktober"),
    ("Quiz tors 19.04 och fre 20.30 på puben.", "torsdag nitton", "april"),
    # guards: a date before another word, a date before a clock time, a date span
    ("Skördefest lör 20.09 i hembygdsgården.", "lördag den tjugonde september", "klockan"),
    ("Möte mån 10.03 kl. 18 i kyrkan.", "måndag den tionde mars", "tio noll tre"),
])
def test_weekday_and_a_time_that_could_be_a_date(text: str, want: str, not_in: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert not_in not in got


@pytest.mark.parametrize(("text", "want", "not_in"), [
    ("Byggdagar lör 9.08–11.08 vid skolan.", "den nionde augusti till den elfte augusti", "elva åtta"),
    ("Hemvändarvecka sön 27.07–3.08 i byn.", "den tjugosjunde juli till den tredje augusti", "tre åtta"),
    # guards: two clock times, and a span of two weekdays' dates
    ("Öppet lör 10.05–17.10 i sommar.", "lördag tio noll fem till sjutton och tio", "maj"),
    ("Mässan pågår fre 4.4–sön 6.4.", "fredag den fjärde april till söndag den sjätte april", "fyra fyra"),
])
def test_weekday_date_and_a_second_date(text: str, want: str, not_in: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert not_in not in got
