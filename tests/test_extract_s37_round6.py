"""Session 37, round 6, from extract161 (HTML, opened after its last never-read figures): fact boxes lost on three kinds
of page:

- a box whose class says nothing but whose first child is its Swedish title ("Fakta: Ekbacken" in a page builder's
  heading widget over its list widget; "Matchfakta" in a React page's ``role="complementary"`` box, which the class
  words took for a sidebar): the label says fact box on any site (``html_classes.fakta_titled``);
- a box named "infobox" whose title is the bold start of its only paragraph ("<p><strong>…</strong><br>…"): the
  paragraph was skipped for holding the title, and the box was dropped with nothing read (``html._fact_boxes``).

Written after the fixes, with other pages and words; the guards: a sidebar column whose first box is a fact box does
not take the column's other boxes with it, and a sidebar's own box titled "Fakta om …" stays the page's."""

from __future__ import annotations

from audiocast.ingest.html import extract_html


def _spoken(html: str) -> str:
    article = extract_html(html, "page.html")
    return "\n".join([article.title, article.lead or ""] + [f"{b.text} {' '.join(b.items)}" for b in article.blocks])


_BUILDER = """<html><head><title>Nya förskolan i Ängsby invigd | Ängsby Bostäder</title></head><body>
<header class="site-header"><a href="/">Ängsby Bostäder</a><nav><a href="/bo">Bo hos oss</a> <a href="/nyheter">Nyheter</a></nav></header>
<div class="elementor elementor-42"><div class="e-con e-parent"><div class="e-con e-child">
<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title">Nya förskolan i Ängsby invigd</h1></div></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Den nya förskolan på Ängsbyvägen invigdes i fredags, och de första barnen flyttade in redan på måndagen efter sommaren.</p>
<p>Huset har byggts i trä och har solceller på taket som ger nästan all el som förskolan behöver under sommarhalvåret.</p>
<p>– Vi har fått en förskola som barnen själva har fått tycka till om, och det märks på gården, säger rektorn Lena Ås.</p>
</div></div></div>
<div class="e-con e-child"><div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h4 class="elementor-heading-title">Fakta: Ängsby förskola</h4></div></div>
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Sex avdelningar för 110 barn</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Kostnad: 68 miljoner kronor</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Arkitekt: Ek och Lind</span></li></ul></div></div></div>
</div></div><footer>Ängsby Bostäder AB · Box 4 · 123 45 Ängsby</footer></body></html>"""


def test_a_box_titled_fakta_in_a_page_builders_widgets_is_read() -> None:
    spoken = _spoken(_BUILDER)
    assert "Fakta: Ängsby förskola" in spoken and "Kostnad: 68 miljoner kronor" in spoken
    assert "Arkitekt: Ek och Lind" in spoken


_REACT = """<html><head><title>Ekby IF vann derbyt – Sportbladet</title></head><body><div id="__next">
<div class="sc-1-0 aB"><a href="/">Sportbladet</a></div>
<div class="sc-2-0 cD"><div class="sc-2-1 eF">Ekby IF vann derbyt mot Strandviken efter sent mål</div>
<div class="sc-2-2 gH">Publicerad 6 april 2025</div>
<div class="sc-4-0 bX">Ekby IF tog sin första seger för säsongen när laget slog Strandviken med 2–1 inför en fullsatt läktare på Ekvallen.</div>
<div class="sc-4-0 bX">Segermålet kom i den 88:e minuten, när inhopparen Adam Lind nickade in en hörna från vänsterkanten.</div>
<div class="sc-4-0 bX">– Det är en sådan match man drömmer om som liten, säger Adam Lind efter slutsignalen.</div>
<div class="sc-7-0 kL" role="complementary"><div class="sc-7-1 fG">Matchfakta</div><div class="sc-7-2 iJ">Ekby IF–Strandviken 2–1 (1–1)</div>
<div class="sc-7-2 iJ">Mål EIF: Oskar Ek (23), Adam Lind (88).</div><div class="sc-7-2 iJ">Publik: 2 140.</div></div>
<div class="sc-4-0 bX">Nästa omgång möter Ekby IF Norrviken på bortaplan, lördagen den 12 april klockan 15.</div>
</div><div class="sc-9-0 mN" role="complementary"><div class="sc-9-1 oP">Mest läst</div><a href="/a">Olycka på E4</a></div></div></body></html>"""


def test_a_react_pages_match_facts_titled_fakta_are_read() -> None:
    spoken = _spoken(_REACT)
    assert "Matchfakta" in spoken and "Mål EIF: Oskar Ek (23), Adam Lind (88)." in spoken and "Publik: 2 140." in spoken
    assert "Mest läst" not in spoken and "Olycka på E4" not in spoken


_INFOBOX = """<html><head><title>Kyrkan får nya klockor | Ängsby församling</title></head><body>
<nav><a href="/">Start</a> <a href="/kalender">Kalender</a></nav>
<main><div class="sk-article"><h1>Kyrkan får nya klockor till hösten</h1>
<p class="sk-preamble">Ängsby kyrka får två nya kyrkklockor i september, efter att de gamla spruckit under vintern.</p>
<p>Klockorna gjuts i Nederländerna och väger tillsammans nästan ett ton, och de hängs upp i tornet med hjälp av en lyftkran.</p>
<p>Församlingen har samlat in pengar sedan i våras, och nästan hälften av kostnaden har kommit från gåvor från socknens invånare.</p>
<div class="sk-infobox"><p><strong>Klockvigning</strong><br />Söndag 21 september<br />Kl. 11.00 Högmässa med klockvigning<br />Plats: Ängsby kyrka</p></div>
<p class="sk-byline"><em>Text: Per Holm</em></p></div></main>
<aside class="sidebar"><div class="box"><h2>Fakta om församlingen</h2><p>Ängsby församling har 4 200 medlemmar.</p></div>
<div class="box"><h2>Kalender</h2><p><a href="/k1">Körsång i kyrkan</a></p></div></aside></body></html>"""


def test_an_infoboxs_lines_under_its_bold_title_are_read() -> None:
    spoken = _spoken(_INFOBOX)
    assert "Söndag 21 september" in spoken and "Kl. 11.00 Högmässa med klockvigning" in spoken
    assert "Plats: Ängsby kyrka" in spoken
    assert "Körsång i kyrkan" not in spoken  # the sidebar's other box does not come along with its fact box
    assert "4 200 medlemmar" not in spoken  # a sidebar's own box titled "Fakta om …" is the page's
