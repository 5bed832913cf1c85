"""Session 10, class 'a headline broken over two lines in a dump without blank lines' (issue #9).

A headline wrapped by a narrow column ("Ny idrottshall byggs" / "i Västerby") is joined again when its second line
opens in lowercase; in a dump copied without blank lines the head stands in the menu's run of short lines, and the
join was refused there, so half the headline was read. A second line glued over the byline or date line (or a bare
name over it) closes the head, and the halves are joined even in that run (headcands._continues). The first test is
the invented case written before the fix, the rest after it, with a guard: a lowercase menu item is joined to nothing.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TEXT = ("Kommunen har beslutat att bygga en ny idrottshall vid skolan i Västerby, och bygget börjar redan i "
         "augusti.\nHallen ska stå klar till hösten 2026 och kostar 48 miljoner kronor.\n")


def test_a_broken_headline_over_a_bare_byline() -> None:
    page = f"Västerby Kuriren\nMeny\nNyheter\nNy idrottshall byggs\ni Västerby\nAnna Ek\n12 maj 2025\n{_TEXT}"
    assert read_dump(page).title == "Ny idrottshall byggs i Västerby"


def test_a_broken_headline_over_its_date_line() -> None:
    page = ("Åsby Bygdeblad\nHem\nNyheter\nKalender\nFiskevårdsföreningen planterar\nut 4 000 öringar i ån\n"
            "Publicerad 3 juni 2025\nUnder lördagen släpptes de första fiskarna ut vid den gamla kvarnen, och fler "
            "ska följa i höst.\nArbetet betalas med bidrag från länsstyrelsen.\n")
    assert read_dump(page).title == "Fiskevårdsföreningen planterar ut 4 000 öringar i ån"


def test_a_broken_headline_ending_in_a_dash() -> None:
    page = ("Kyrkbladet\nStart\nGudstjänster\nKontakt\nKören firar 50 år –\nmed konsert i domkyrkan\nText: Eva Lund\n"
            "4 maj 2025\nKammarkören bildades 1975 av kantor Gustav Ek, och i dag har den fyrtio medlemmar.\n"
            "Jubileumskonserten hålls den 18 maj.\n")
    assert read_dump(page).title == "Kören firar 50 år – med konsert i domkyrkan"


def test_a_lowercase_menu_item_joins_nothing() -> None:
    page = ("Åsby Bygdeblad\nHem\nom föreningen\nkalender\nÅrsmöte i bygdegården\n12 mars 2025\nÅrsmötet hålls i "
            "bygdegården den 20 mars klockan 19, och alla medlemmar är välkomna.\nKaffe och smörgås serveras.\n")
    article = read_dump(page)
    assert article.title == "Årsmöte i bygdegården"
    assert "kalender" not in spoken_text(article)
