"""Session 7 (by class), results lines: a note printed without brackets
right after a result ("3–2 sd", "4–3 ÖT", "2–1 OT", "3–2 SO") made the pair
a range ("tre till två") or its letters a team. Tried on 7 sentences written
before the fix (4 failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Hockeytvåan: Sollefteå–Kramfors 5–4 sd inför 300 åskådare.",
     "Sollefteå mot Kramfors fem mot fyra sudden death inför"),
    ("Allsvenskan bandy: Villa–Sirius 3–2 ÖT.", "Villa mot Sirius tre mot två efter förlängning"),
    ("NHL i natt: Boston–Toronto 2–3 OT, Dallas–Utah 4–1.", "två mot tre efter förlängning, Dallas mot Utah"),
    ("Hockeyettan: Vännäs–Tegs SK 1–2 SO.", "ett mot två efter straffläggning"),
    ("Innebandy: Storvreta–Falun 6–7 sd i finalen.", "sex mot sju sudden death i finalen"),
])
def test_result_note_without_brackets(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "bad"), [
    ("Förslaget fick 3–2 SD-röster i nämnden.", "sudden"),  # a party's letters joined to a word
    ("Öppet 10–16 OT-huset, se skylten.", "förlängning"),  # joined to a word: no note
])
def test_result_note_guards(text: str, bad: str) -> None:
    assert bad not in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    # a league table's row whose points carry their unit ("30 p"): the goals
    # were a range ("tjugonio till tjugoen") when the unit hid the row
    ("Tabell div 4: 1. Notviken 16 11 3 2 40–15 36 p.", "sexton elva tre två fyrtio femton trettiosex poäng"),
    ("Ställning: 4. Gammelstad 14 6 2 6 22–25 20 p, 5. Kalix 14 5 3 6 19–24 18 p.",
     "tjugotvå tjugofem tjugo poäng, femma Kalix fjorton fem tre sex nitton tjugofyra arton poäng"),
    ("Topp: Hudiksvall 18 12 2 4 33–18 +15 38 poäng", "trettiotre arton plus femton trettioåtta poäng"),
    # a placing with a bracket or no dot, points glued to their "p"
    ("Tabell div 3: 1) Sandåkern 20 14 2 4 48–25 44", "etta Sandåkern tjugo fjorton två fyra fyrtioåtta tjugofem"),
    ("Läget: 2 Morön BK 16 9 4 3 30–17 31p", "tvåa Morön"),
])
def test_table_row_with_points_unit(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out
    assert "till" not in out


@pytest.mark.parametrize(("text", "want"), [
    # a fixture standing as its own sentence in a listing (written after the fix)
    ("Kanal 5 20.00 Fotboll: Premier League. Arsenal–Chelsea. Direkt.", "Arsenal mot Chelsea. Direkt"),
    ("TV6 18.30 Hockey: SHL. Luleå–Skellefteå.", "Luleå mot Skellefteå"),
])
def test_fixture_alone_in_a_listing(text: str, want: str) -> None:
    assert want in normalize(text)


def test_route_alone_stays() -> None:
    assert "Umeå–Vännäs" in normalize("Tåg 7 juni: Umeå–Vännäs. Avgång 06.12.")


@pytest.mark.parametrize(("text", "want"), [
    # a falling pair of small numbers is no range: a running score or a vote (written after the fix)
    ("Straffläggningen: Berg 0–1, Lind 1–1, Ek 2–1, Sjö 3–1.", "Ek två mot ett, Sjö tre mot ett"),
    ("Efter första perioden stod det 4–2 på tavlan.", "fyra mot två"),
    ("Nämnden sa nej, 6–5, efter en lång debatt.", "sex mot fem"),
])
def test_falling_pair_is_no_range(text: str, want: str) -> None:
    assert want in normalize(text)


def test_hours_over_midnight_stay_a_range() -> None:
    assert "tjugo till fyra" in normalize("Baren har öppet 20–4 på fredagar.")


@pytest.mark.parametrize(("text", "want"), [
    # a later pair in a sentence whose score was just said (written after the fix)
    ("Gästerna kvitterade till 2–2 men hemmalaget gick upp till 3–2 direkt.", "gick upp till tre mot två"),
    ("Efter 0–0 i paus gick Boden upp till 0–1 genom Ek.", "upp till noll mot ett genom"),
])
def test_later_pair_after_a_said_score(text: str, want: str) -> None:
    assert want in normalize(text)


def test_range_after_a_said_score_stays() -> None:
    assert "tre till fem veckor" in normalize("Vi vann 2–1 och får nu 3–5 veckor vila.")
