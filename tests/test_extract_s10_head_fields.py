"""Session 10, class 'an event's field rows taken for the headline' (issue #9).

An event's or a course's notice sets its facts in rows of a label and a value under its headline ("Datum: 12 maj
2025 kl 18.00" / "Plats: Västerby kyrka" / "Entré: Fri"). In a dump without blank lines the head and the rows are one
run, and a row whose value is no name by its letters ("Västerby kyrka") won over the headline. A fact row glued to
another (headfacts.field_run; a picture's credit or a question is none) scores as a field row (headline.W_FIELD). The
first test is the invented case written before the fix, the rest after it, with a guard: one headline with a label
stays the headline.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_P1 = "Kommunen har beslutat att bygga en ny idrottshall vid skolan i Västerby, och bygget börjar redan i augusti."


def test_an_events_rows_under_its_headline_without_blank_lines() -> None:
    page = (f"Västerby församling\nHem\nKalender\nVårkonsert i kyrkan\nDatum: 12 maj 2025 kl 18.00\n"
            f"Plats: Västerby kyrka\nEntré: Fri\n{_P1}\nHallen ska stå klar till hösten 2026.\n")
    assert read_dump(page).title == "Vårkonsert i kyrkan"


def test_a_courses_rows_with_a_place_and_a_price() -> None:
    page = ("Studieförbundet Vuxenskolan Åsby\nKurser\nKontakt\nNybörjarkurs i keramik\nStart: vecka 38\n"
            "Plats: Folkets hus, lilla salen\nPris: 1 450 kr inklusive lera\nKursen vänder sig till dig som aldrig "
            "har suttit vid en drejskiva men vill prova.\nVi går igenom drejning, glasering och bränning under åtta "
            "kvällar.\n")
    article = read_dump(page)
    assert article.title == "Nybörjarkurs i keramik"
    assert "aldrig har suttit vid en drejskiva" in spoken_text(article)


def test_a_reviews_rows_under_its_headline() -> None:
    page = ("Kulturbloggen Norr\nRecensioner\nArkiv\nEn stillsam skildring av skogens folk\nFilm: Skogen minns\n"
            "Regi: Maria Holm\nLängd: 1 tim 48 min\nMaria Holms film följer tre generationer på en gård utanför "
            "Sorsele under ett år, och den tar sig tid.\nDet är en film som kräver tålamod men ger mycket tillbaka.\n")
    assert read_dump(page).title == "En stillsam skildring av skogens folk"


def test_one_labelled_headline_stays_the_headline() -> None:
    page = ("Åsby Tidning\nMeny\nOpinion\n\nDebatt: Låt badhuset vara kvar i centrum\nAnna Ek, simklubben\n"
            "12 maj 2025\n\nBadhuset i centrum är en mötesplats för hela kommunen, och att flytta det vore ett "
            "misstag.\n")
    assert read_dump(page).title == "Debatt: Låt badhuset vara kvar i centrum"
