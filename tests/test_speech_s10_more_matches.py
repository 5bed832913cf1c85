"""Session 10 (S3), a match report's small print: a goal's time on the match
clock after the scorer's name in a line about goals (sportnotes._GOAL_TIME:
"Berg 27.02 (2–1)" was "tjugosju två"), and a match's minute after an
ordinal is definite (adwords.ORDINAL_MINUTE: "67:e min." was "minut", "88:e
min. efter hörna" was "minsta"). Sentences written after the fix, with guards."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Mål Tingsryd: Holm 3.07 (1–0), Åkesson 41.55 (3–1).", "Holm tre noll sju (ett"),
    ("Målskyttar: Nilsson 18.40, Sjö 22.09 och Falk 59.12.", "Sjö tjugotvå noll nio och Falk femtionio tolv"),
    ("Lagets mål: Berg 9:05 (1–1).", "Berg nio noll fem"),
])
def test_a_goals_time_after_the_scorer(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Varning: Lind 34:e min.", "trettiofjärde minuten."),
    ("Kvitteringen kom i 71:a min. efter en frispark.", "sjuttioförsta minuten efter"),
    ("Utvisning i 5:e min, Ek.", "femte minuten, Ek"),
])
def test_a_matchs_minute_after_an_ordinal(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Mål: samling vid planen 18.30, avspark 19.00.", "arton och trettio"),  # no name before: a clock time
    ("Min. ålder 15 år.", "Minsta ålder"),  # no ordinal: "min." before a noun
    ("Färjan går var 12:e min. i sommar.", "var tolfte minut i"),  # how often, not a match's minute
    ("Lind sprang 800 m på 2.05,3 i går.", "två noll fem komma tre"),  # no goals in the line
])
def test_guards_keep_the_old_reading(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Luftgevär: 1) Sara Lind 387/400, 2) Eva Holm 381/400.", "trehundraåttiosju av fyrahundra"),
    ("Eleverna fick i snitt 41/60 på provet.", "fyrtioett av sextio"),
    ("Bågskytte: Ola Ek sköt 272/300 i finalen.", "tvåhundrasjuttiotvå av trehundra"),
])
def test_a_result_out_of_a_round_maximum(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "not_want"), [
    ("Det är 50/50 om matchen blir av.", "femtio av femtio"),  # fifty-fifty
    ("Hon vann 100/200 m på nytt rekord.", "av tvåhundra"),  # two events, a unit after
    ("Busslinje 100/200 ställs in.", "av tvåhundra"),  # two lines
    ("Märk ansökan ”Ekonom 12/24”.", "tolv av"),  # a reference and its year
    ("Fiber 250/250 Mbit/s ingår.", "av tvåhundrafemtio"),  # a unit after
])
def test_guards_no_result_out_of_a_maximum(text: str, not_want: str) -> None:
    assert not_want not in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hockeytvåan: Sveg–Kovland 3–2 SD, Ånge–Sollefteå 1–4.", "tre mot två efter sudden death, Ånge"),
    ("Matchen slutade 5–4 SD.", "efter sudden death."),
    ("Omröstningen slutade 30–19 SD lade ner sina röster.", "ess de lade"),  # guard: the party before its verb
])
def test_sudden_death_after_a_score(text: str, want: str) -> None:
    assert want in normalize(text)
