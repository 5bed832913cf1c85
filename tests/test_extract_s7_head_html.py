"""Session 7, class 'an HTML page whose statements name only the site, or whose title the sidebar links too' (issue
#9; html_bodyhead.head_from_body, html_headline.names_only_site).

A page builder (Wix, Hemsida24) sets the post's title as a styled paragraph, with its picture's caption and its date
above it, under a <title> and og:title of the site and its section ("Nyheter | Skomakare Berglund"): the section's
name was the headline. And a page whose <title> names the article ("ICA-butiken i Kopparby lägger ner –
Bergslagsbladet") was taken for one naming only the site when its "Mest läst" sidebar linked that same title, so
the site's name stayed in the headline. Every page here was written after the fix, for fictional sites; the guard
keeps a long first paragraph from being passed over for a subheading.
"""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_BODY = (
    "<p class='font_7'>Efter fyrtio år i samma lokal flyttar cykelverkstaden till det gamla brandstationshuset vid torget, "
    "där det finns plats för både butik och verkstad.</p><p class='font_7'><br></p>"
    "<p class='font_7'>Flytten sker under vecka 14, och under de dagarna har verkstaden stängt. Cyklar som lämnats in "
    "före flytten går att hämta i den nya lokalen från och med måndagen.</p>"
    "<p class='font_7'>Välkomna till oss på nya adressen!</p>"
)


def _builder_page(title: str, og: str | None, head: str) -> str:
    meta = f"<meta property='og:title' content='{og}'><meta property='og:site_name' content='Cykelverkstan'>" if og else ""
    return (f"<html lang='sv'><head><title>{title}</title>{meta}</head><body><header><h2>CYKELVERKSTAN</h2>"
            "<nav><a href='/'>Hem</a><a href='/nyheter'>Nyheter</a><a href='/priser'>Priser</a></nav></header>"
            f"<main><section><div><p class='font_8'>NYHETER</p><img src='a.jpg' alt=''>"
            f"<p class='font_8'><span style='font-style:italic'>Verkstaden vid torget en vintermorgon.</span></p>"
            f"<p class='font_8'>4 mars 2026</p>{head}<div>{_BODY}</div></div></section></main>"
            "<footer><p>© 2026 Cykelverkstan</p></footer></body></html>")


def test_a_page_builders_bold_paragraph_under_its_picture_and_date_is_the_headline() -> None:
    head = "<p class='font_2'><span style='font-weight:bold'>Cykelverkstan flyttar till brandstationen</span></p>"
    article = extract_html(_builder_page("Nyheter | Cykelverkstan", "Nyheter | Cykelverkstan", head), "x.html")
    assert article.title == "Cykelverkstan flyttar till brandstationen"
    assert "vintermorgon" not in " ".join([article.lead or "", *(b.text for b in article.blocks)])


def test_a_heading_under_a_caption_and_a_date_on_a_page_titled_by_its_section_alone() -> None:
    head = "<h3>Nu flyttar vi till brandstationen</h3>"
    article = extract_html(_builder_page("Aktuellt – Cykelverkstan", None, head), "x.html")
    assert article.title == "Nu flyttar vi till brandstationen"


def test_a_title_that_the_sidebar_links_too_still_names_the_article() -> None:
    page = ("<html lang='sv'><head><title>Badhuset stänger för renovering – Ljusnetidningen</title></head><body>"
            "<header><a href='/' class='brand'>Ljusnetidningen</a></header><nav><a href='/'>Hem</a>"
            "<a href='/nyheter'>Nyheter</a></nav><main><div class='item-page'>"
            "<div class='page-header'><h2 itemprop='headline'>Badhuset stänger för renovering</h2></div>"
            "<dl class='article-info'><dt>Detaljer</dt><dd>Skrivet av Lena Ek</dd><dd>Kategori: Nyheter</dd>"
            "<dd>Publicerad: 3 mars 2026</dd><dd>Visningar: 812</dd></dl><p><strong>Badhuset i Ljusne stänger i april och öppnar igen först efter "
            "sommaren, när bassängen och omklädningsrummen har rustats upp.</strong></p>"
            "<p>Renoveringen kostar elva miljoner kronor och betalas av kommunen. Under tiden hänvisas simskolan till "
            "badet i grannkommunen, dit det går en extra buss på lördagarna.</p></div></main>"
            "<aside><h3>Mest läst</h3><ul><li><a href='/a'>Badhuset stänger för renovering</a></li>"
            "<li><a href='/b'>Ny rektor på Ljusneskolan</a></li></ul></aside></body></html>")
    assert extract_html(page, "x.html").title == "Badhuset stänger för renovering"


def test_a_long_first_paragraph_is_not_passed_over_for_a_subheading() -> None:
    head = ("<p class='font_7'>Efter många års diskussioner och flera förslag som inte blev av har vi nu äntligen "
            "bestämt oss för att flytta verkstaden till en större lokal.</p><h3>Så går flytten till</h3>")
    article = extract_html(_builder_page("Nyheter | Cykelverkstan", "Nyheter | Cykelverkstan", head), "x.html")
    assert article.title != "Så går flytten till"


def _column_page(side: str) -> str:
    return ("<html lang='sv'><head><title>Aktuellt | Sybutiken</title><meta property='og:title' content='Aktuellt | "
            "Sybutiken'><meta property='og:site_name' content='Sybutiken'></head><body><header><p>SYBUTIKEN</p></header>"
            "<main><section><div class='col'><p class='f8'>2 februari 2026</p><p class='f2'><b>Nu säljer vi även "
            "begagnade symaskiner</b></p><div><p>Från och med februari tar vi emot begagnade symaskiner som vi går "
            "igenom, servar och säljer vidare med ett års garanti i butiken på Storgatan.</p><p>Har du en gammal "
            "maskin hemma som du inte använder kan du lämna in den, så får du ett presentkort som tack när den har "
            f"sålts.</p><p>Välkommen in!</p></div></div><div class='col'>{side}</div></section></main></body></html>")


def test_a_page_builders_side_column_under_the_text_is_not_read() -> None:
    side = ("<h4>ÖPPETTIDER</h4><p>Tisdag–fredag 10–18</p><p>Lördag 10–14</p><h4>HITTA HIT</h4>"
            "<p>Storgatan 4</p><p>652 24 Karlstad</p>")
    article = extract_html(_column_page(side), "x.html")
    assert article.title == "Nu säljer vi även begagnade symaskiner"
    read = " ".join([article.lead or "", *(b.text for b in article.blocks)])
    assert "Lördag 10–14" not in read and "Karlstad" not in read and "Välkommen in!" in read
