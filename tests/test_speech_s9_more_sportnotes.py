"""Session 9, S3 (sport's small print): a match minute marked with an apostrophe is the minute
("67' Gult kort" was "sextiosju Gult kort"; sportnotes.match_minutes, called by the clean-up
before the apostrophes go), and "a/b" after a scorer's name in a line about goals is the goals
and the penalties among them ("Sara Ek 9/3" was "nionde mars"; sportnotes.sport_notes); a match
clock's time left ("med 0.48 kvar" was "noll och fyrtioåtta", a clock time).
Sentences written after the fix. Guards: a decade with a mark, feet and inches, a date after a
name with no goals in the line, a pair whose second number is larger.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("23' Rött kort för Berg. 30' 0–1 Lindqvist.", "Minut tjugotre: Rött kort"),
    ("Hemmalaget kvitterade i 89' genom Sandberg.", "i minut åttionio genom"),
    ("90+3' Slutsignal i Borås.", "Minut nittio plus tre: Slutsignal"),
    ("Målskyttar IFK: Holm 6/2, Strand 4, Ek 3/1.", "Holm sex varav två"),
    ("Bästa målgörare: Tova Lind 11/5.", "Tova Lind elva varav fem"),
    ("Luleå avgjorde med 0.37 kvar av tredje perioden.", "med trettiosju sekunder kvar"),
    ("Skellefteå kvitterade när 1.52 återstod.", "när en minut och femtiotvå sekunder återstod"),
])
def test_sport_notes(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Radion spelar 70' rock hela kvällen.", "sjuttio rock"),
    ("Anna Berg 5/6 kl. 12 i Ekhallen.", "femte juni"),
    ("Bussen går 7.45 i morgon bitti.", "sju och fyrtiofem i morgon"),
    ("Mål för året enligt Ek 3/9 i protokollet.", "Ek tredje september"),
])
def test_sport_notes_guards(text: str, want: str) -> None:
    assert want in normalize(text)
