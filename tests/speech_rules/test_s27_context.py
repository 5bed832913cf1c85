"""Session 27, from normalize80-82 (scored blind first, then read): a conjunction after a council's pair opens the next
clause and is no noun a range counts ("biföll motionen med 41–20 medan 4 ledamöter avstod" was "fyrtioett mot tjugo");
"sköt" makes a line about shooting ("sköt Elin Holm 10/10" was a date, "tionde oktober"); two single capitals joined
by a slash are letters ("P/E-tal" was "P E-tal"); the game clock "in i" a part of the match; last year's figure in
brackets after this year's ("148 MSEK (112)" was the emergency number, "ett ett två"); "ex." after a count in words
is copies. Written after the fixes, with other sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_vote_followed_by_a_clause() -> None:
    assert normalize("Regionfullmäktige avslog förslaget med 52–47 eftersom två ledamöter saknades.") == (
        "Regionfullmäktige avslog förslaget med femtiotvå mot fyrtiosju eftersom två ledamöter saknades.")
    assert normalize("Nämnden biföll ansökan med 6–3, vilket oppositionen reserverade sig mot.") == (
        "Nämnden biföll ansökan med sex mot tre, vilket oppositionen reserverade sig mot.")


def test_a_range_before_its_noun_stays_a_range() -> None:
    assert normalize("Styrelsen vill anställa 5–10 ledamöter till.") == (
        "Styrelsen vill anställa fem till tio ledamöter till.")


def test_hits_after_the_past_of_shooting() -> None:
    assert normalize("I distansloppet sköt Anna Lund 19/20 och slutade fyra.") == (
        "I distansloppet sköt Anna Lund nitton av tjugo och slutade fyra.")
    assert normalize("Mötet sköts upp till 10/10.") == "Mötet sköts upp till tionde oktober."  # a date stays one


def test_two_letters_joined_by_a_slash() -> None:
    assert normalize("Bolagets P/S-tal är lågt.") == "Bolagets pe ess-tal är lågt."
    assert normalize("Klubben har ett A/B-lag i division fyra.") == "Klubben har ett a be-lag i division fyra."
    assert normalize("Hon har körkort C/CE.") == "Hon har körkort ce eller ce e."  # a licence's choice keeps "eller"


def test_the_game_clock_into_a_part_of_the_match() -> None:
    assert normalize("Segermålet kom 2.31 in i förlängningen.") == (
        "Segermålet kom två minuter och trettioett sekunder in i förlängningen.")
    assert normalize("Reduceringen kom 47.05 in i tredje perioden.") == (
        "Reduceringen kom fyrtiosju noll fem in i tredje perioden.")  # the match's running clock, left to the clock


def test_last_years_figure_in_brackets_is_no_emergency_number() -> None:
    assert normalize("Resultatet före skatt blev 97 Mkr (112) för helåret.") == (
        "Resultatet före skatt blev nittiosju miljoner kronor (hundratolv) för helåret.")
    assert normalize("Ring larmnumret (112) om det brinner.") == "Ring larmnumret (ett ett två) om det brinner."


def test_copies_counted_in_words() -> None:
    assert normalize("Skivan trycktes i femhundra ex.") == "Skivan trycktes i femhundra exemplar."
    assert normalize("Tidningen har tre ex. på bordet.") == "Tidningen har tre exemplar på bordet."
    assert normalize("Här är ett ex. på en bra ansökan.") == "Här är ett exempel på en bra ansökan."


def test_a_page_range_after_its_short_label_is_no_score() -> None:
    """From normalize84 (a book's title "Grand final …" made "s. 1–120" a score, "ett mot hundratjugo")."""
    assert normalize("Cirkeln läser Ekmans roman ”Slutspelet” (2009), s. 40–96 till nästa träff.") == (
        "Cirkeln läser Ekmans roman ”Slutspelet” (tvåtusennio), sidorna fyrtio till nittiosex till nästa träff.")
    assert normalize("Referatet från finalen finns på sid. 12–13.") == (
        "Referatet från finalen finns på sidorna tolv till tretton.")  # a range of pages: plural (session 43)
    assert normalize("Matchen i finalen slutade 3–1.") == "Matchen i finalen slutade tre mot ett."  # the guard: a score
