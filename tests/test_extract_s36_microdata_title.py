"""Session 36, from extract143 (session 35's never-read HTML measure, opened now: headline 90 %): a page whose <title>
names only its section ("Nyheter", a CMS's category page title) and states its article's headline in microdata
(``itemprop="headline"`` in an article's item) has its headline said by the page: the statements do not "name only
the site" (``html_headline._names_only_site``), so the heading the microdata names is the headline even with the
article's tool row, author, category and date between it and the first paragraph, and no <h1> on the page. Written
after the fix, with another site and other words; the guard: a teaser's microdata headline in a sidebar does not."""

from __future__ import annotations

from lxml import html as lxml_html

from audiocast.ingest.html import extract_html
from audiocast.ingest.html_headline import names_only_site

_PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Nyheter</title></head>
<body>
<header><div class="brand"><a href="/">Segelsällskapet Västerfjärden</a></div>
<nav><ul><li><a href="/">Start</a></li><li><a href="/nyheter" aria-current="page">Nyheter</a></li>
<li><a href="/kappsegling">Kappsegling</a></li><li><a href="/hamnen">Hamnen</a></li></ul></nav></header>
<main>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Juniorerna tog hem lagseglingen efter en blåsig finaldag</h2></div>
<div class="icons"><button class="btn" type="button" aria-label="Verktyg">Verktyg</button>
<ul class="dropdown-menu"><li><a href="/nyheter/lagsegling?print=1">Skriv ut</a></li><li><a href="/nyheter/lagsegling?mail=1">E-post</a></li></ul></div>
<dl class="article-info"><dt>Detaljer</dt><dd class="createdby">Skrivet av Olof Strand</dd>
<dd class="category-name">Kategori: <a href="/nyheter">Nyheter</a></dd>
<dd class="published"><time datetime="2025-08-24T18:40:00+02:00">Publicerad: 24 augusti 2025</time></dd>
<dd class="hits">Visningar: 187</dd></dl>
<div itemprop="articleBody">
<p>Sällskapets juniorlag vann lagseglingen i Västerfjärden på söndagen, sedan vinden ökat till tolv sekundmeter under eftermiddagens tre sista heat.</p>
<p>Laget med fyra optimistjollar hade förlorat två heat på lördagen men vände i finalen mot seglarna från grannklubben på andra sidan fjärden.</p>
<p>– Vi övade starter hela sommaren, och det var där vi vann, säger lagledaren Maja Fors.</p>
<h3>Nästa år på hemmavatten</h3>
<p>Tävlingen arrangeras nästa sommar av sällskapet självt, och anmälan öppnar i mars för alla klubbar i distriktet.</p>
</div>
</div>
</main>
<aside><h3>Senaste nytt</h3>
<div itemscope itemtype="https://schema.org/Article"><a href="/nyheter/hamnfest"><span itemprop="headline">Hamnfesten lockade över fyrahundra besökare i juli</span></a></div>
</aside>
</body></html>"""


def test_the_microdata_headline_names_a_page_titled_by_its_section() -> None:
    article = extract_html(_PAGE, "lagsegling.html")
    assert article.title == "Juniorerna tog hem lagseglingen efter en blåsig finaldag"
    assert (article.lead or article.blocks[0].text).startswith("Sällskapets juniorlag vann")


def test_a_teasers_microdata_headline_leaves_the_page_named_by_its_section_only() -> None:
    page = _PAGE.replace('itemprop="headline">Juniorerna', 'class="x">Juniorerna')
    assert names_only_site(lxml_html.document_fromstring(page))
    assert not names_only_site(lxml_html.document_fromstring(_PAGE))
