"""Session 8, class 'a page builder's post title in a <div> under the site's name in an <h1>' (issue #9 item 3;
html_headline.choose_headline falls back to headline_without_h1, whose date may be written with slashes).

A page builder sets the site's name as the page's only <h1> (a logo link in the header) and the post's title in a
title-classed <div> with the post's date under it, often written "12/04/2024"; the <title> says only "Nyheter - Site".
With no other heading the site's name stayed the headline. The site's <h1> now gives way to the element set as the
title with a date under it. The pages here were written after the fix, for fictional sites and wordings; the guard
keeps a real <h1>.
"""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_TEXT = (
    "Skytteföreningen har fått klartecken från länsstyrelsen att bygga om banan vid Kvarnberget under sommaren.",
    "Ombyggnaden ger tolv nya skjutplatser och ett ljuddämpande tak, så att grannarna slipper de värsta smällarna.",
    "Vi behöver många händer under arbetshelgerna i juni. Skriv upp dig på listan i klubbstugan eller mejla kassören.",
)


def _page(title: str, head: str, site: str = "Norrby Skytteförening") -> str:
    body = "".join(f"<div>{p}</div><div><br></div>" for p in _TEXT)
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header class="top"><a href="/"><h1 class="brand-name">{site}</h1></a>
<nav><a href="/">Start</a> <a href="/aktuellt">Aktuellt</a> <a href="/banor">Banor</a></nav></header>
<main><div class="entry">{head}<div class="entry-body">{body}</div></div></main>
<aside class="sidebar"><h3>Arkiv</h3><a href="/2026/03">Mars 2026</a></aside></body></html>"""


_HEAD = "Banan vid Kvarnberget byggs om i sommar"


def test_a_title_div_with_a_day_first_slash_date_replaces_the_sites_h1() -> None:
    page = _page("Aktuellt - Norrby Skytteförening",
                 f'<div class="entry-title">{_HEAD}</div><div class="entry-meta"><span>21/05/2026</span></div>')
    assert extract_html(page, "t.html").title == _HEAD


def test_a_title_div_with_a_year_first_slash_date_replaces_the_sites_h1() -> None:
    page = _page("Nyheter | Norrby Skytteförening",
                 f'<p class="post-heading">{_HEAD}</p><p class="post-date">2026/05/21</p>')
    assert extract_html(page, "t.html").title == _HEAD


def test_a_real_h1_under_the_sites_name_stays_and_a_title_div_without_a_date_is_not_taken() -> None:
    page = _page("Aktuellt - Norrby Skytteförening",
                 f'<h2 class="entry-title">{_HEAD}</h2><div class="entry-meta">21/05/2026</div>')
    assert extract_html(page, "t.html").title == _HEAD
    page = _page("Aktuellt - Norrby Skytteförening", '<div class="entry-title">Kvarnberget</div>')
    assert extract_html(page, "t.html").title != "Kvarnberget"


_ARTICLE = "".join(f"<p>{p}</p>" for p in _TEXT)


def test_a_section_word_in_the_h1_gives_way_to_the_articles_dated_heading() -> None:
    page = (f'<!DOCTYPE html><html lang="sv"><head><title>Nyheter - Norrby Skytteförening</title></head><body>'
            f'<nav><a href="/">Start</a> <a href="/banor">Banor</a></nav><main><h1>Nyheter</h1><article>'
            f'<h2>{_HEAD}</h2><p class="meta">2026-05-21</p>{_ARTICLE}</article></main></body></html>')
    assert extract_html(page, "t.html").title == _HEAD


def test_the_titles_headline_set_in_bold_above_the_text_is_the_headline() -> None:
    page = (f'<!DOCTYPE html><html lang="sv"><head><title>{_HEAD} | Norrby Skytteförening</title></head><body>'
            f'<div class="top">Norrby Skytteförening</div><div class="content"><p><b>{_HEAD}</b></p>{_ARTICLE}</div>'
            f'</body></html>')
    assert extract_html(page, "t.html").title == _HEAD


def test_an_h1_headline_in_capitals_stays() -> None:
    page = (f'<!DOCTYPE html><html lang="sv"><head><title>Nyheter - Norrby Skytteförening</title></head><body>'
            f'<main><h1>BANAN BYGGS OM I SOMMAR</h1><p class="meta">2026-05-21</p>{_ARTICLE}'
            f'<h2>Så hjälper du till under arbetshelgerna</h2><p>Skriv upp dig på listan i klubbstugan.</p></main>'
            f'</body></html>')
    assert extract_html(page, "t.html").title == "BANAN BYGGS OM I SOMMAR"
