"""Session 10, class 'a headline set as a sentence' (issue #9).

Some sites end their headlines with a full stop ("Nu byggs den nya idrottshallen.") or write them longer than a
title-like line (twenty words); neither was a candidate, and the site's name was read as the headline. One sentence of
three to 25 words opening its block, glued right over the byline or date line (a bare name over the date line is the
byline) with running prose under the meta, is a candidate when no headline stands above it
(headmeta.sentence_head_over_meta). The first two tests are the invented cases written before the fix, the rest after
it, with guards: a one-sentence standfirst under its headline (glued to the menu, or set apart) stays the lead.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_P1 = "Kommunen har beslutat att bygga en ny idrottshall vid skolan i Västerby, och bygget börjar redan i augusti."
_TEXT = f"\n\n{_P1}\n\nHallen ska stå klar till hösten 2026 och kostar 48 miljoner kronor, enligt beslutet.\n"


def test_a_headline_with_a_full_stop_over_the_byline() -> None:
    page = f"Västerby Kuriren\nMeny\nNyheter\n\nNu byggs den nya idrottshallen.\nAnna Ek\n12 maj 2025\n{_TEXT}"
    article = read_dump(page)
    assert article.title == "Nu byggs den nya idrottshallen."
    assert _P1 in spoken_text(article)


def test_a_headline_of_twenty_words_over_the_byline() -> None:
    head = ("Kommunen bygger ny idrottshall vid skolan i Västerby efter flera års krav från föreningarna och föräldrarna "
            "i byn")
    page = f"Västerby Kuriren\nMeny\nNyheter\n\n{head}\nAnna Ek\n12 maj 2025\n{_TEXT}"
    assert read_dump(page).title == head


def test_a_trade_papers_stopped_headline_over_its_date_line() -> None:
    page = ("Byggvärlden Norr\nNyheter\nProjekt\nJobb\n\nSkellefteå bygger Sveriges största träskola.\n"
            "Publicerad 4 juni 2025\n\nSkolan i Morö backe får plats för 900 elever och byggs helt i korslimmat trä "
            "från länets egna sågverk.\n\nInflyttningen är planerad till hösten 2027.\n")
    article = read_dump(page)
    assert article.title == "Skellefteå bygger Sveriges största träskola."
    assert (article.lead or "").startswith("Skolan i Morö backe")


def test_a_long_headline_over_a_byline_and_a_clock_time() -> None:
    head = ("Efter tre år av förseningar och två nya upphandlingar kan bygget av den nya simhallen i Åsby äntligen "
            "börja i höst")
    page = (f"Åsby Tidning\nMeny\nNyheter\nSport\n\n{head}\nPer Holm\n3 mars 2025 kl 06.00\n\nKommunfullmäktige "
            "godkände på måndagen det sista avtalet med byggföretaget, och spaden sätts i jorden i september.\n")
    assert read_dump(page).title == head


def test_a_one_sentence_standfirst_stays_the_lead() -> None:
    page = ("Kustposten\nStart\nLokalt\nSport\nNöje\nKrönika\nNya bryggan i hamnen blir klar till midsommar\n\n"
            f"Kommunen har skyndat på bygget efter klagomål från båtägarna.\n12 april 2025{_TEXT}")
    article = read_dump(page)
    assert article.title == "Nya bryggan i hamnen blir klar till midsommar"
    page = ("Kustposten\nStart\nLokalt\n\nNya bryggan i hamnen blir klar till midsommar\n\n"
            f"Kommunen har skyndat på bygget efter klagomål från båtägarna.\nAnna Ek\n12 april 2025{_TEXT}")
    article = read_dump(page)
    assert article.title == "Nya bryggan i hamnen blir klar till midsommar"
    assert "skyndat på bygget" in spoken_text(article)
