"""Session 8 (by class), race times written the international way or
before "min": minutes, seconds and hundredths with a colon and a point
("1:48.23", "13:12.45") were left with the colon ("ett: fyrtioåtta
tjugotre"); a gap written "1.34 min" was a decimal ("en komma trettiofyra
minuter"); hours, minutes and seconds with points before the race's name
("till 2.11.05 på maratonet") were digits. Found on a battery of 16 race
sentences (11 failed; racing._RACE_MS_COLON_FRACTION, _MS_BEFORE_MIN,
_words_after, data/sport HUNDREDTHS_CONTEXT). Written after the fix, with
guards: a clock time with a colon, a Vasaloppet time "3:58.12" (hours),
"2,5 min" a decimal."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Hon vann 400 m häck på 0:54.87 i Zürich.", "femtiofyra komma åttiosju"),
    ("Han simmade 100 m bröstsim på 1:00.12 och tog silver.", "en minut och noll komma tolv sekunder"),
    ("I 1 500 m blev hon trea med 4:02.56.", "fyra minuter och två komma femtiosex sekunder"),
    ("Banrekordet i 3 000 m hinder är 8:14.30.", "åtta fjorton komma trettio"),
])
def test_colon_point_hundredths(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Tvåan kom i mål 2.48 min efter vinnaren.", "två minuter och fyrtioåtta sekunder efter vinnaren"),
    ("Avståndet till täten var 0.52 min vid sista skjutningen.", "var femtiotvå sekunder vid"),
    ("Hon tappade 1.05 min. Sedan kom hon tillbaka.", "en minut och fem sekunder. Sedan"),
])
def test_minutes_and_seconds_before_min(text: str, want: str) -> None:
    assert want in normalize(text)


def test_race_named_after_the_time() -> None:
    out = normalize("Hon sprang på 2.27.03 i Göteborgsvarvet förra året.")
    assert "två timmar tjugosju minuter och tre sekunder i Göteborgsvarvet" in out


@pytest.mark.parametrize(("text", "want"), [
    ("Vasaloppet: 1) Lind 3:52.40, 2) Berg +0,12.", "tre femtiotvå fyrtio"),
    ("Mötet börjar kl. 18:30 i aulan.", "klockan arton och trettio"),
    ("Han var 2,5 min före.", "två och en halv minut före"),
    ("Mötet hölls 3.05.22 i Umeå.", "tre fem tjugotvå"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
