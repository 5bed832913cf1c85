"""Session 9, S3 (race times): a lap time in thousandths is read with its minute ("1.19,327" was
"ett nitton, tre två sju"; the thousandths digit by digit), and a time under ten seconds after
the minutes names its seconds in the gender of "sekund" ("2.01,87" was "två minuter och ett
komma åttiosju sekunder").
Sentences written after the fix. Guards: a trotting time in tenths keeps "ett", a clock time.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Norris satte varvrekord med 1.18,904 i Silverstone.", "en arton komma nio noll fyra"),
    ("Snabbaste tid i kvalet: Hamilton 1.32,160.", "en trettiotvå komma ett sex noll"),
    ("Hon vann 800 m på 2.03,41 i Karlstad.", "två minuter och tre komma fyrtioett sekunder"),
    ("Segrare på 1 500 m blev Ek på 4.01,22.", "fyra minuter och en komma tjugotvå sekunder"),
])
def test_race_times(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Ulla Bird vann V75-1 på 1.12,3a.", "ett tolv komma tre autostart"),
    ("Tåget avgår 1.19 i natt.", "ett och nitton i natt"),
])
def test_race_times_guards(text: str, want: str) -> None:
    assert want in normalize(text)
