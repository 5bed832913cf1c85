"""HTML headline: a page's <title>/og:title that names only a section and the site ("Nyheter - Klubben", og:title
"Blogg") is never the headline (audiocast.ingest.html_headline.section_only, session 9 wave 2 E6).

Invented sites, written after the fix: a club page without <h1> whose cookie box's prose stands above the post's
heading, a choir's <h1> "Aktuellt" that the og:title repeats over the first post's heading; guard: a headline set
beside the section's label in the <title> ("Nyheter - <headline>") keeps its own <h1>.
"""

from __future__ import annotations

import lxml.html

from audiocast.ingest.html import extract_html
from audiocast.ingest.html_headline import choose_headline
from audiocast.ingest.structured import element_text

P1 = ("Styrelsen i Norrvikens seglarklubb har beslutat att bryggan vid klubbhuset byggs om under hösten, sedan isen "
      "i vintras lyfte flera av pålarna och två båtplatser inte längre går att använda.")
P2 = ("Arbetet görs av medlemmarna på tre arbetsdagar i september. Den som vill hjälpa till anmäler sig till "
      "hamnkaptenen senast den sista augusti, och klubben bjuder på lunch alla tre dagarna.")
MENU = ("<nav class='huvudmeny'><a href='/'>Hem</a><a href='/aktuellt'>Aktuellt</a><a href='/kalender'>Kalender</a>"
        "<a href='/kontakt'>Kontakt</a></nav>")


def _page(head: str, body: str) -> str:
    return f"<!doctype html><html lang='sv'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def _club_page() -> str:
    return _page("<title>Aktuellt | Norrvikens SK</title><meta property='og:title' content='Norrvikens SK | Aktuellt'>",
                 "<div class='cookie-banner'><p>Vi använder kakor för att webbplatsen ska fungera så bra som möjligt "
                 "för dig. Genom att surfa vidare godkänner du att vi använder kakor.</p><button>OK</button></div>"
                 f"<header><a class='logo' href='/'>Norrvikens SK</a>{MENU}</header><main><div class='post'>"
                 "<div class='post-meta'><span>2025-06-12 19:30</span> <span>Hamnen</span></div>"
                 f"<h2 class='post-title'>Bryggan vid klubbhuset byggs om i höst</h2><p><strong>{P1}</strong></p><p>{P2}</p>"
                 "</div></main>")


def test_a_section_and_site_title_gives_way_to_the_posts_heading_under_a_cookie_box() -> None:
    article = extract_html(_club_page(), "t")
    assert article.title == "Bryggan vid klubbhuset byggs om i höst"
    assert P2 in [b.text for b in article.blocks]


def test_a_cookie_boxs_prose_above_the_posts_heading_is_no_start_of_the_text() -> None:
    doc = lxml.html.document_fromstring(_club_page())
    chosen = choose_headline(doc, None)
    assert chosen is not None and element_text(chosen) == "Bryggan vid klubbhuset byggs om i höst"


def test_a_section_h1_that_the_og_title_repeats_gives_way_to_the_first_posts_heading() -> None:
    html = _page("<title>Aktuellt – Sångkören Ljuset i Vallby</title><meta property='og:title' content='Aktuellt'>"
                 "<meta property='og:site_name' content='Sångkören Ljuset i Vallby'>",
                 f"{MENU}<h1>Aktuellt</h1><h2>Bryggan får sin egen sommarkonsert</h2><p>Publicerat 2 juni 2025</p>"
                 f"<p>{P1}</p><p>{P2}</p><h2>Vårens sista övning</h2><p>Publicerat 20 maj 2025</p><p>{P2}</p>")
    assert extract_html(html, "t").title == "Bryggan får sin egen sommarkonsert"


def test_guard_a_headline_beside_the_section_in_the_title_keeps_its_h1() -> None:
    head = "Klubbhuset får nytt tak"
    html = _page(f"<title>Aktuellt - {head}</title><meta property='og:title' content='Aktuellt'>",
                 f"{MENU}<h1>{head}</h1><p>12 juni 2025</p><p>{P1}</p><p>{P2}</p>")
    assert extract_html(html, "t").title == head


def test_a_headline_with_a_dash_of_its_own_in_a_plain_element_is_named_by_the_title_less_the_site() -> None:
    head = "Stormen fällde träd över Kustvägen – 300 hushåll utan ström"
    lead = ("Natten till söndagen drog en kraftig storm in över kusten, och på flera ställen föll träd över både vägar och "
            "elledningar.")
    html = _page(f"<title>{head} | Kustnytt Varberg</title><meta property='og:title' content='Stormen fällde träd'>",
                 "<header><a href='/'>Kustnytt</a><nav><a href='/'>Nyheter</a><a href='/sport'>Sport</a>"
                 "<a href='/kultur'>Kultur</a></nav></header><main><span class='x1'>VÄDER</span>"
                 f"<div class='a9'>{head}</div><div class='b2'>{lead}</div><div class='c3'>12 januari 2026 06:10</div>"
                 f"<p>{P1}</p><p>{P2}</p></main>")
    assert extract_html(html, "t").title == head
