"""HTML headline by the title that opens the article's text (audiocast.ingest.html_opening), session 9 E3.

Invented sites, written after the fix: a site's name in an <h1> the <title> also holds, a teaser list's linked titles
outscoring the article's own heading, an og:title worded for search engines over a headline set in a styled element,
a section's <h1> over a row of teasers; guards: a headline the statements name keeps its place over a subheading,
over a bold line and over a related list, and a blog title linking to its own post is no teaser.
"""

from __future__ import annotations

from audiocast.ingest.html import extract_html

A = ("Styrelsen för Åsens vattenförening har beslutat att byta ut den gamla pumpstationen vid sjön under hösten, "
     "sedan två haverier i vintras lämnade ett fyrtiotal hushåll utan vatten i flera dagar.")
B = ("Arbetet beräknas ta sex veckor och under den tiden kan trycket i ledningarna bli lägre än vanligt, särskilt "
     "på morgnarna. Medlemmarna får information med posten innan arbetet börjar.")
C = ("Kostnaden blir omkring 1,2 miljoner kronor och betalas delvis med föreningens fond, resten med ett lån som "
     "styrelsen tar upp efter beslut på extrastämman den 22 augusti.")
TEXT = f"<p>{A}</p><p>{B}</p><p>{C}</p>"
HEAD = "Pumpstationen vid sjön byts ut i höst"


def _page(head: str, body: str) -> str:
    return f"<!doctype html><html lang='sv'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def _teasers(tag: str, n: int, cls: str = "puff") -> str:
    titles = ["Årsstämman hölls i bygdegården", "Nya stadgar antagna", "Vattenprov visar god kvalitet",
              "Ledningsnätet kartläggs"][:n]
    return "".join(f"<div class='{cls}'><{tag}><a href='/aktuellt/{'-'.join(t.lower().split())}'>{t}</a></{tag}>"
                   f"<span>{3 + k} april 2025</span></div>" for k, t in enumerate(titles))


def test_the_sites_name_in_an_h1_that_the_title_also_holds_gives_way_to_the_dated_heading_over_the_text() -> None:
    html = _page(f"<title>{HEAD} – Åsens Vattenförening</title>",
                 "<div class='topp'><h1>Åsens Vattenförening</h1></div><p><a href='/kontakt'>Kontakt</a></p>"
                 f"<div class='inlagg'><h3>{HEAD}</h3><p>Publicerad 14 maj 2025</p>{TEXT}</div>")
    article = extract_html(html, "t")
    assert article.title == HEAD
    assert article.lead == A or article.blocks[0].text == A


def test_a_teaser_lists_linked_titles_under_the_text_do_not_outscore_the_articles_heading() -> None:
    html = _page("<title>Åsens Vattenförening</title><meta property='og:site_name' content='Åsens Vattenförening'>",
                 "<header><h1><a href='/'>Åsens Vattenförening</a></h1></header>"
                 f"<div class='inlagg'><h2>{HEAD}</h2><time datetime='2025-05-14'>14 maj 2025</time>{TEXT}</div>"
                 f"<div class='kolumn'>{_teasers('h2', 3)}</div>")
    assert extract_html(html, "t").title == HEAD


def test_a_headline_in_a_bold_styled_span_wins_over_an_og_title_worded_for_search_engines() -> None:
    seo = "Åsen pumpstation 2025: byte, kostnad och tidsplan"
    html = _page(f"<title>{seo}</title><meta property='og:title' content='{seo}'>",
                 f"<div class='sida'><span style='font-weight:700;font-size:1.6em'>{HEAD}</span>"
                 f"<div class='datum'>14 maj 2025</div>{TEXT}</div>")
    assert extract_html(html, "t").title == HEAD


def test_a_sections_h1_over_a_row_of_two_teasers_gives_way_to_the_articles_dated_heading() -> None:
    html = _page("<title>Vatten | Åsens bygd</title><meta property='og:site_name' content='Åsens bygd'>",
                 f"<h1>Vatten och avlopp</h1><section class='rad'>{_teasers('h2', 2)}</section>"
                 f"<div class='brodtext'><h2>{HEAD}</h2><p>14 maj 2025</p>{TEXT}</div>")
    assert extract_html(html, "t").title == HEAD


def test_guard_a_headline_the_og_title_names_stays_over_a_dated_subheading_above_the_text() -> None:
    html = _page(f"<title>{HEAD} | Åsbladet</title><meta property='og:title' content='{HEAD}'>",
                 f"<article><h1>{HEAD}</h1><figure><img src='p.jpg'></figure><h2>Haverierna i vintras</h2>"
                 f"<p>14 maj 2025</p>{TEXT}</article>")
    assert extract_html(html, "t").title == HEAD


def test_guard_an_unnamed_h1_stays_over_a_bold_line_above_the_text() -> None:
    html = _page("", f"<h1>{HEAD}</h1><p>14 maj 2025</p><p><strong>Så påverkas du</strong></p>{TEXT}")
    assert extract_html(html, "t").title == HEAD


def test_guard_a_related_list_between_the_headline_and_the_text_leaves_the_headline() -> None:
    html = _page(f"<title>{HEAD} – Åsbladet</title>",
                 f"<article><h1>{HEAD}</h1><p>14 maj 2025</p><div class='relaterat'>{_teasers('h3', 3, 'rel')}</div>"
                 f"{TEXT}</article>")
    assert extract_html(html, "t").title == HEAD


def test_guard_a_blog_title_linking_to_its_own_post_is_no_teaser() -> None:
    slug = "pumpstationen-vid-sjon-byts-ut-i-host"
    html = _page(f"<title>{HEAD} | Åsbloggen</title>",
                 f"<div class='post'><h2><a href='/2025/05/{slug}/'>{HEAD}</a></h2><p>14 maj 2025</p>{TEXT}</div>"
                 f"<div class='side'>{_teasers('h2', 3, 'side')}</div>")
    assert extract_html(html, "t").title == HEAD


def _news_list(tag: str) -> str:
    return "".join(f"<div class='news-item news-item--teaser'><{tag}><a href='/nyheter/{n}'>{t}</a></{tag}>"
                   f"<p class='date'>2025-0{n}-02</p><p>{t} och mer om det i föreningens nyhetsbrev.</p></div>"
                   for n, t in ((3, "Ny styrelse vald"), (2, "Vinterns sandning klar"), (1, "Tack för julmarknaden")))


def test_a_list_heading_under_the_text_gives_way_to_a_title_div_with_its_date_above_it() -> None:
    html = _page("<title>Åsens Vattenförening – Aktuellt</title>",
                 "<main><div class='PageHead'><h1>Aktuellt</h1></div><article><div class='meta'><span>Info</span>"
                 f"<time>14 maj 2025</time></div><div class='Post_title' role='heading' aria-level='2'>{HEAD}</div>"
                 f"<div class='rich'>{TEXT}</div></article><section><h2>Fler inlägg från föreningen</h2>"
                 f"<ul><li><a href='/a/1'><h3>Ny styrelse vald</h3></a></li><li><a href='/a/2'><h3>Vinterns sandning"
                 " klar</h3></a></li></ul></section></main>")
    assert extract_html(html, "t").title == HEAD


def test_the_article_in_a_column_beside_its_teaser_list_is_found_under_a_sections_heading() -> None:
    html = _page("<title>Aktuellt - Åsens Vattenförening</title>",
                 "<div class='header'><h1><a href='/'>Åsens Vattenförening</a></h1></div>"
                 "<div class='col-main'><h2 class='section-title'>Aktuellt</h2><div class='news-item news-item--full'>"
                 f"<h3 class='news-item__headline'>{HEAD}</h3><div class='news-item__info'>Publicerad: 2025-05-14 av "
                 f"Eva Lind</div><div class='news-item__body'>{TEXT}</div></div><div class='news-list'>"
                 f"<h3 class='news-list__title'>Mer aktuellt</h3>{_news_list('h4')}</div></div>")
    assert extract_html(html, "t").title == HEAD


def test_guard_a_label_h1_stays_the_fallback_when_no_title_stands_over_the_text() -> None:
    html = _page(f"<title>{HEAD} | Åsbladet</title><meta property='og:title' content='{HEAD}'>",
                 f"<h1>{HEAD}</h1><p>14 maj 2025</p>{TEXT}<h2>Fler nyheter</h2>{_news_list('h3')}")
    assert extract_html(html, "t").title == HEAD


def test_guard_a_consent_box_with_its_own_heading_and_prose_above_a_named_headline_leaves_the_headline() -> None:
    box = ("<div class='cc-window'><h2>Vi sparar kakor i din webbläsare</h2><p>Kakorna behövs för att sidan ska "
           "fungera och för att vi ska kunna räkna hur många som läser våra nyheter varje vecka.</p><p>Du kan ändra "
           "dina val när du vill under länken Kakor längst ned på varje sida av webbplatsen, där står också mer om "
           "vilka kakor vi använder.</p></div>")
    html = _page(f"<title>{HEAD} | Åsbladet</title><meta property='og:title' content='{HEAD}'>",
                 f"{box}<article><h1>{HEAD}</h1><p>14 maj 2025</p>{TEXT}</article>")
    assert extract_html(html, "t").title == HEAD


def test_the_sites_name_over_its_menu_gives_way_to_the_undated_title_under_the_menu() -> None:
    html = _page("<title>Åsens Vattenförening</title>",
                 "<h1>Åsens Vattenförening</h1><nav class='huvudmeny'><a href='/'>Start</a><a href='/aktuellt'>Aktuellt"
                 f"</a><a href='/stadgar'>Stadgar</a><a href='/kontakt'>Kontakt</a></nav><h2>{HEAD}</h2>{TEXT}")
    assert extract_html(html, "t").title == HEAD


def test_guard_a_breadcrumb_or_a_table_of_contents_under_the_headline_leaves_it() -> None:
    crumbs = ("<nav class='breadcrumbs'><a href='/'>Start</a> › <a href='/aktuellt'>Aktuellt</a> › "
              "<a href='/aktuellt/vatten'>Vatten</a></nav>")
    toc = "<nav class='toc'><a href='#a'>Bakgrund</a><a href='#b'>Kostnad</a><a href='#c'>Tidsplan</a></nav>"
    for between in (crumbs, toc):
        html = _page("<title>Åsbladet</title>", f"<h1>{HEAD}</h1>{between}<h2>Bakgrund till beslutet</h2>{TEXT}")
        assert extract_html(html, "t").title == HEAD


def test_guard_a_wiki_pages_named_heading_over_its_tabs_stays_over_the_first_section_heading() -> None:
    tabs = ("<nav class='page-tabs'><a href='/wiki/Pumphuset'>Sida</a><a href='/w?action=edit'>Redigera</a>"
            "<a href='/w?action=history'>Historik</a></nav>")
    html = _page("<title>Pumphuset vid Åsen – Åsenwikin</title>",
                 f"<h1>Pumphuset vid Åsen</h1>{tabs}<p>{A}</p><div class='toc'><a href='#h'>1 Historia</a><a href='#b'>2 Byggnaden</a>"
                 "<a href='#r'>3 Rivningen</a><a href='#k'>4 Källor</a></div>"
                 f"<h2 id='h'>Historia [ redigera ]</h2><p>{B}</p><p>{C}</p>")
    assert extract_html(html, "t").title == "Pumphuset vid Åsen"
