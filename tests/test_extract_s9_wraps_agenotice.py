"""Session 9 E5, class 'the site's notice of the article's age or origin under the date on an HTML page' (issue #9).

The dump path drops a notice of the article's age or origin in the head (headshapes.age_notice); on HTML pages it
stood under the <time> element and was read as the lead. It goes now before the article's second block
(html._blocks_from_pairs), and a notice naming the text's kind and where it comes from ("Detta är en nyhetsartikel
från …") is such a notice too. Cases written after the fix, on invented sites and wordings; the guard keeps a lead
that speaks of an age ("Huset är mer än hundra år gammalt").
"""

from __future__ import annotations

from extract_helpers import spoken_text

from audiocast.ingest.html import extract_html

A = ("Hembygdsföreningen i Norrby har fått ett bidrag på 400 000 kronor från länsstyrelsen för att laga taket på den "
     "gamla skolan, som stått tom sedan i fjol.")
B = ("Arbetet ska göras av lokala hantverkare under våren och skolan väntas kunna öppna för besökare igen till "
     "midsommar, då föreningen planerar en stor fest.")
C = ("Ordföranden säger att bidraget räddar huset, som annars riskerade att förfalla helt inom några år, och att "
     "föreningen nu söker fler medlemmar som vill hjälpa till.")
HEAD = "Gamla skolan i Norrby får nytt tak"


def _page(notice: str, tag: str = "p", lead: str = A) -> str:
    return (f"<!doctype html><html lang='sv'><head><meta charset='utf-8'><title>{HEAD} – Norrbyposten</title></head>"
            "<body><nav><a href='/'>Hem</a><a href='/lokalt'>Lokalt</a><a href='/kultur'>Kultur</a></nav><main>"
            f"<article><h1>{HEAD}</h1><time datetime='2022-02-03T08:00'>3 februari 2022</time>"
            f"<{tag} class='info'>{notice}</{tag}><p>{lead}</p><p>{B}</p><p>{C}</p></article></main></body></html>")


def test_an_age_notice_in_years_under_the_time_is_not_read() -> None:
    article = extract_html(_page("Den här artikeln är över tre år gammal."), "t")
    assert article.title == HEAD
    assert "tre år gammal" not in spoken_text(article)
    assert article.lead == A or article.blocks[0].text == A


def test_an_origin_notice_in_a_div_under_the_time_is_not_read() -> None:
    article = extract_html(_page("Detta är en debattartikel från Norrbypostens papperstidning.", "div"), "t")
    assert "debattartikel" not in spoken_text(article)
    assert article.lead == A or article.blocks[0].text == A


def test_guard_a_lead_that_speaks_of_an_age_is_kept() -> None:
    lead = "Skolhuset i Norrby är mer än hundra år gammalt och har stått tomt sedan i fjol, då den sista klassen flyttade."
    article = extract_html(_page("Publicerad av redaktionen", lead=lead), "t")
    assert "mer än hundra år gammalt" in spoken_text(article)
