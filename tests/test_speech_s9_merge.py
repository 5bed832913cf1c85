"""Session 9, merging two helpers' rules for a dash and two digits after a date: a year
("Vi gifte oss lör 14/6 -25", daymonth.date_years) unless the line speaks of the cold
(data/calendar.COLD_STEMS), where it is a temperature. Sentences written after the fix."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Lägsta temperaturen uppmättes 2 feb -41 i Vittangi.", "minus fyrtioett"),
    ("Köldrekordet från 13 jan -87 står sig än.", "minus åttiosju"),
    ("Konfirmationen hölls sön 8/5 -77 i Hjo kyrka.", "maj sjuttiosju i"),
])
def test_a_year_after_a_date_unless_the_line_is_about_the_cold(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    # "i" alone is no race word (it was in the table as part of "gick i mål"): a clock time after "i <place>"
    ("Bussen lämnar Gränna 08:15 och är i Jönköping 08:52.", "åtta och femtiotvå"),
    ("Färjan går från Visby 16:40 och lägger till i Nynäshamn 19:55.", "nitton och femtiofem"),
    # a finish is still a race time
    ("Hon sprang i mål på 17:48 i Göteborgsvarvets delsträcka.", "sjutton minuter och fyrtioåtta sekunder"),
])
def test_a_clock_time_after_a_place_is_no_race_time(text: str, want: str) -> None:
    assert want in normalize(text)
