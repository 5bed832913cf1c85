"""Session 37, from normalize119 (its never-read figures taken at the session's start): a race's minutes and seconds
written "52:07" or "36.45" are said with their units, "femtiotvå minuter och sju sekunder", as every writer of the blind
sets said them (19 times in 19); it was the compact "femtiotvå noll sju". Only where nothing else can be meant: minutes
of 24 or more (no clock has them), or ten or more with a verb of racing or a kind of race time earlier in the sentence;
a small first number after a weaker word stays compact, as an hour's and a clock's reading also is. A match clock's
time left ("med 1.48 kvar") is named too. Written after the changes, with other races and words."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("I damklassen i Ljusnanloppet vann Karin Öst på 44:19 före Maja Lind.", "på fyrtiofyra minuter och nitton sekunder före"),
    ("Snabbast i skidorienteringen var Olof Berg, 38:01, medan Per Ek kom 4:a på 39:30.",
     "trettioåtta minuter och en sekund"),
    ("Emil Sand cyklade tempot på 12:31 och vann klassen med god marginal.", "på tolv minuter och trettioen sekunder och"),
    ("Hon simmade på tiden 16.05 och slog sitt eget klubbrekord.", "på tiden sexton minuter och fem sekunder och"),
    ("Vinnaren Ali Noor sprang på 29:58, medan Eva Borg i damklassen kom trea på 33:04.",
     "kom trea på trettiotre minuter och fyra sekunder"),
])
def test_a_race_time_is_said_in_minutes_and_seconds(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Brandlarmet gick 03:18 på natten till söndag.", "tre arton"),  # a clock's time, no race
    ("Han cyklade hela Sverigeleden på 9:12 i ett sträck.", "nio tolv"),  # hours and minutes as likely: compact
])
def test_a_clock_or_hours_and_minutes_stay_compact(text: str, want: str) -> None:
    said = normalize(text)
    assert want in said and "sekunder" not in said


@pytest.mark.parametrize(("text", "want"), [
    ("Strandviken kvitterade med 2.37 kvar av matchen och vann sedan på straffar.", "med två minuter och trettiosju sekunder kvar"),
    ("Ekby HC avgjorde när 0.52 återstod av förlängningen.", "när femtiotvå sekunder återstod"),
])
def test_a_match_clocks_time_left_is_said_in_minutes_and_seconds(text: str, want: str) -> None:
    """The writers of normalize81, normalize118 and normalize119 said a match clock's time left with its units
    ("med 1.48 kvar att spela": "en minut och fyrtioåtta sekunder"), as every writer says a race's time."""
    assert want in normalize(text)
