"""HTML pages of page builders and old layouts (round 14, blind pages ``b12-*``): the headline by evidence.

Phenomena covered (the inline pages here were written after the fix, for sites and wording of their own; the
``b12-*`` pages in tests/data/extract were scored before the fixes, and the later batches after them):

- an ``<h1>`` that is the site's name (a logo link home, the stated og:site_name), a section label that is
  also a menu link ("Kultur"), a consent dialog's title or a word the page's statements do not name
  ("Aktuellt") gives way to the heading the page's <title>/og:title/JSON-LD headline or its permalink names;
  a first <h1> the statements do name, or one no other heading beats, stays;
- a page with no heading for its article: the title-classed element above the text with a date under it
  that shares a word (inflections alike) with the page's statements or its first paragraph;
- a layout page (text in ``<div>``/``<br>``): the site's name at the top (the first line coming back in the
  footer, a masthead block) is never the headline, however large;
- a lead class inside a small furniture box (a subscribe widget's "preamble") is not the article's lead;
- a closing sentence in a ``<div>`` of its own beside the text's ``<div>``s is text;
- short lines trafilatura takes from outside the headline's article element (a sidebar box, the footer) or
  set above the headline inside it (a disclaimer) are not read; running prose is never dropped that way.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from extract_helpers import spoken_lines

from audiocast.ingest import load
from audiocast.ingest.boilerplate import default_rules
from audiocast.ingest.html import extract_html
from audiocast.ingest.html_boxes import (
    clean_post_embeds,
    drop_furniture_rows,
    drop_labelled_boxes,
    separate_inline_runs,
)
from audiocast.ingest.html_headline import choose_headline, headline_without_h1, similarity, site_names
from audiocast.ingest.html_heads import article_h1
from audiocast.ingest.html_scope import scope_pairs

DATA = Path(__file__).parent / "data" / "extract"
B12 = sorted(DATA.glob("b12-*.html"))
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _spoken(html: str) -> str:
    return "\n".join(spoken_lines(extract_html(html, "t.html")))


def _para(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


TEXT = _para(
    "Kommunen har beslutat att bygga om korsningen vid Prästgårdsvägen under hösten. Arbetet börjar i september "
    "och beräknas pågå i tio veckor, med enkelriktad trafik under större delen av tiden.",
    "Korsningen har länge pekats ut som en av de farligaste i tätorten. De senaste fem åren har det skett elva "
    "olyckor där, varav två med svårt skadade cyklister.",
    "– Vi har väntat länge på det här, och det känns bra att det äntligen blir av, säger Eva Lindblom som bor "
    "vid korsningen och har drivit frågan i flera år.",
)


# ---------------------------------------------------------------- the <h1> that is not the article's

def test_site_name_h1_linking_home_gives_way_to_the_second_h1_named_by_og_title() -> None:
    html = f"""<html><head><title>Korsningen vid Prästgårdsvägen byggs om i höst – Hembygdsnytt Ösby</title>
    <meta property="og:title" content="Korsningen vid Prästgårdsvägen byggs om i höst"></head><body>
    <div class="elementor-location-header"><h1 class="elementor-heading-title"><a href="https://osby.example/">Hembygdsnytt Ösby</a></h1></div>
    <div class="elementor-location-single"><h1 class="elementor-heading-title">Korsningen vid Prästgårdsvägen byggs om i höst</h1>
    <span>12 juni 2025</span>{TEXT}</div>
    <div class="elementor-column"><h1 class="elementor-heading-title">Veckans evenemang</h1><p>Loppis lördag 10–14</p></div>
    </body></html>"""
    article = extract_html(html, "t.html")
    assert article.title == "Korsningen vid Prästgårdsvägen byggs om i höst"
    assert "Hembygdsnytt Ösby" not in _spoken(html)


def test_section_label_h1_that_is_a_menu_link_gives_way_to_the_h2_named_by_the_json_ld_headline() -> None:
    html = f"""<html><head><title>Kultur | Dalabygdens Nyheter</title>
    <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Spelmansstämman flyttar till Bjursås"}}</script></head>
    <body><div class="top"><a href="/nyheter">Nyheter</a> <a href="/kultur">Kultur</a> <a href="/sport">Sport</a></div>
    <div class="page"><h1 class="page-name">Kultur</h1><div class="story"><h2 class="story-head">Spelmansstämman flyttar till Bjursås</h2>
    <p class="story-date">3 mars 2026</p>{TEXT}</div></div></body></html>"""
    assert extract_html(html, "t.html").title == "Spelmansstämman flyttar till Bjursås"


def test_site_title_only_blog_reads_the_entry_title_that_links_to_its_own_permalink() -> None:
    html = f"""<html><head><title>Fjällstugan på Ruten</title></head><body>
    <div id="branding"><h1 id="site-title"><a href="https://ruten.example/" rel="home">Fjällstugan på Ruten</a></h1></div>
    <div id="content"><div class="post hentry"><h2 class="entry-title"><a href="https://ruten.example/2025/02/03/forsta-skidturen-till-toppen/">Första skidturen till toppen i år</a></h2>
    <div class="entry-meta">3 februari 2025</div><div class="entry-content">{TEXT}</div></div></div></body></html>"""
    assert extract_html(html, "t.html").title == "Första skidturen till toppen i år"


def test_a_consent_dialogs_h1_is_not_the_headline() -> None:
    html = f"""<html><head><title>Korsningen byggs om i höst - Ösby kommun</title></head><body>
    <div class="consent-banner"><h1>Vi värnar om din integritet</h1><p>Vi använder kakor för statistik.</p></div>
    <div class="main"><h1>Korsningen byggs om i höst</h1><p>2025-06-12</p>{TEXT}</div></body></html>"""
    article = extract_html(html, "t.html")
    assert article.title == "Korsningen byggs om i höst"
    assert "integritet" not in _spoken(html)


def test_an_h1_the_page_does_not_name_gives_way_only_to_a_heading_it_names_nearly_word_for_word() -> None:
    named = f"""<html><head><title>Ny förskola invigd i Ösby</title><meta property="og:title" content="Ny förskola invigd i Ösby"></head>
    <body><h1 class="listing">Aktuellt</h1><div class="item"><h3 class="item-head">Ny förskola invigd i Ösby</h3><p>2025-08-20</p>{TEXT}</div></body></html>"""
    assert extract_html(named, "t.html").title == "Ny förskola invigd i Ösby"
    # og:title an SEO variant naming neither heading well: the <h1> stays, a subheading does not take its place.
    unnamed = f"""<html><head><title>Trafiksäkerhet Ösby 2025</title><meta property="og:title" content="Trafiksäkerhet Ösby 2025"></head>
    <body><div class="main"><h1>Nu blir det säkrare att cykla till skolan</h1><p>2025-08-20</p>{TEXT}
    <h2>Så påverkas trafiken i Ösby</h2>{TEXT}</div></body></html>"""
    assert extract_html(unnamed, "t.html").title == "Nu blir det säkrare att cykla till skolan"


def test_a_short_headline_the_breadcrumb_links_is_no_label_when_og_title_names_it() -> None:
    html = f"""<html><head><title>Ny rektor | Ösby skola</title><meta property="og:title" content="Ny rektor"></head><body>
    <div class="crumbs"><a href="/">Start</a> › <a href="/nytt">Nytt</a> › <a href="/nytt/ny-rektor">Ny rektor</a></div>
    <div class="content"><h1>Ny rektor</h1><p>2025-06-12</p>{TEXT}<h2 class="entry-title">Korsningen vid Prästgårdsvägen byggs om</h2><p>2025-06-13</p></div>
    </body></html>"""
    assert extract_html(html, "t.html").title == "Ny rektor"


def test_the_first_h1_stays_when_the_page_names_it() -> None:
    html = f"""<html><head><title>Korsningen byggs om | Ösby</title><meta property="og:site_name" content="Ösby"></head><body>
    <div class="content"><h1>Korsningen byggs om</h1><p>2025-06-12</p>{TEXT}
    <h2 class="entry-title"><a href="/2025/06/korsningen-byggs-om-igen/">Korsningen byggs om igen nästa år</a></h2><p>2025-06-13</p></div></body></html>"""
    doc = lxml.html.document_fromstring(html)
    first = article_h1(doc)
    assert choose_headline(doc, first) is first


def test_a_label_inside_the_headline_element_is_left_out_by_its_class_or_by_the_og_title() -> None:
    by_class = f"""<html><head><title>Korsningen byggs om i höst</title></head><body><article>
    <h1><span class="teaser-kicker">Trafik</span> Korsningen byggs om i höst</h1><p>2025-06-12</p>{TEXT}</article></body></html>"""
    assert extract_html(by_class, "t.html").title == "Korsningen byggs om i höst"
    by_og = f"""<html><head><meta property="og:title" content="Korsningen byggs om i höst"></head><body><article>
    <h1>Korsningen byggs om i höst <b>(uppdaterad)</b></h1><p>2025-06-12</p>{TEXT}</article></body></html>"""
    assert extract_html(by_og, "t.html").title == "Korsningen byggs om i höst"
    # a word the statements also give stays: "JUST NU:" in og:title too
    kept = f"""<html><head><meta property="og:title" content="JUST NU: Korsningen byggs om i höst"></head><body><article>
    <h1><strong>JUST NU:</strong> Korsningen byggs om i höst</h1><p>2025-06-12</p>{TEXT}</article></body></html>"""
    assert extract_html(kept, "t.html").title == "JUST NU: Korsningen byggs om i höst"


def test_a_hidden_h1_is_not_the_headline() -> None:
    html = f"""<html><head><title>Korsningen byggs om i höst – Ösby kommun</title></head><body>
    <div class="drawer" hidden><h1>Ösby kommun</h1></div><div class="site">Ösby kommun</div>
    <div class="main"><h1>Korsningen byggs om i höst</h1><p>2025-06-12</p>{TEXT}</div></body></html>"""
    assert extract_html(html, "t.html").title == "Korsningen byggs om i höst"


def test_a_letters_closing_greeting_and_signature_are_read_the_footer_is_not() -> None:
    rows = "".join(f"<tr><td style='padding:10px'>{t}</td></tr>" for t in [
        "Hej alla medlemmar! Nu är säsongens sista tävling avgjord, och vi vill tacka alla som har varit med och "
        "arrangerat under året.",
        "Årsmötet hålls den 22 november i klubbstugan. Motioner ska vara styrelsen till handa senast den 1 november.",
        "Vinterträningen i skyttehallen börjar den första tisdagen i december. Den som vill låna ett vapen av "
        "klubben anmäler det till vapenansvarig senast dagen före.",
        "Bästa hälsningar,", "Karin, Ola och Mirja",
    ])
    html = f"""<html><head><title>Medlemsbrev november</title></head><body><table width="600">
    <tr><td style="font-size:24px">Ösby Skytteförening</td></tr><tr><td><table>
    <tr><td><h1>Medlemsbrev november</h1></td></tr>{rows}</table></td></tr>
    <tr><td style="font-size:11px">Du får detta brev som medlem.<br><a href="#">Avsluta prenumeration</a></td></tr></table></body></html>"""
    text = _spoken(html)
    assert "Bästa hälsningar" in text and "Karin, Ola och Mirja" in text
    assert "Avsluta prenumeration" not in text and "Du får detta brev" not in text


# ---------------------------------------------------------------- no heading at all

def test_title_classed_element_without_heading_is_the_headline_when_it_shares_an_inflected_word() -> None:
    html = f"""<html><head><title>Asfaltering av cykelbanor | Tekniska kontoret</title>
    <meta property="og:title" content="Asfaltering av cykelbanor"></head><body>
    <div class="crumbs">Trafik</div><div class="news-title-big">Kommunen asfalterar om cykelbanorna längs ån</div>
    <div class="news-when">Publicerad 4 maj 2026</div><div class="news-body">{TEXT}</div></body></html>"""
    doc = lxml.html.document_fromstring(html)
    found = headline_without_h1(doc)
    assert found is not None and found.text_content() == "Kommunen asfalterar om cykelbanorna längs ån"
    assert extract_html(html, "t.html").title == "Kommunen asfalterar om cykelbanorna längs ån"


def test_title_classed_element_after_the_text_has_begun_is_no_headline() -> None:
    html = f"""<html><head><title>Korsningen byggs om</title></head><body><div class="news-body">{TEXT}</div>
    <div class="cta-title">Korsningen byggs om – läs mer</div><div>2025-06-12</div></body></html>"""
    assert headline_without_h1(lxml.html.document_fromstring(html)) is None


def test_a_page_whose_title_names_only_site_and_section_reads_the_heading_that_opens_its_text() -> None:
    html = f"""<html><head><title>Aktuellt | Ösby Golfklubb</title><meta property="og:title" content="Aktuellt | Ösby Golfklubb">
    </head><body><div class="nav"><a>Banan</a> <a>Aktuellt</a> <a>Medlemskap</a></div>
    <div class="page"><div class="label">Aktuellt</div><h2 class="rich">Banan öppnar för spel på lördag</h2>{TEXT}</div></body></html>"""
    assert extract_html(html, "t.html").title == "Banan öppnar för spel på lördag"


def test_a_subheading_further_down_is_not_taken_for_the_title_of_a_section_only_page() -> None:
    html = f"""<html><head><title>Aktuellt | Ösby Golfklubb</title></head><body>
    <div class="page">{TEXT}<h2>Så påverkas medlemmarna i år</h2>{TEXT}</div></body></html>"""
    doc = lxml.html.document_fromstring(html)
    assert choose_headline(doc, None) is None


# ---------------------------------------------------------------- layout pages

def test_layout_page_site_name_above_the_text_is_not_the_headline() -> None:
    paras = "<br><br>".join([
        "Årets surströmmingsskiva hålls lördagen den 16 augusti på gården vid Norrvik. Vi börjar klockan 17 och "
        "håller på så länge det finns strömming och gott humör kvar.",
        "Föreningen bjuder på strömming, tunnbröd, potatis och lök. Dryck tar var och en med sig själv, och den som "
        "vill får gärna ta med en efterrätt att dela.",
        "Anmäl dig till Birgitta senast den 10 augusti så att vi vet hur många burkar vi ska köpa in.",
    ])
    html = f"""<html><head><title>Norrviks Byförening | Nytt</title></head><body><div id="all">
    <div style="font-size:29px;font-weight:bold">Norrviks Byförening</div>
    <div class="menu"><a href="/">Hem</a> <a href="/nytt">Nytt</a> <a href="/kontakt">Kontakt</a></div>
    <div class="wrap"><div style="font-size:18px;font-weight:bold">Surströmmingsskiva på gården i augusti</div>
    <div style="font-size:11px">2025-07-28 · Styrelsen</div><div class="txt">{paras}</div></div>
    <div style="font-size:11px">Norrviks Byförening · Norrvik 4 · 760 10 Bergshamra</div></div></body></html>"""
    article = extract_html(html, "t.html")
    assert article.title == "Surströmmingsskiva på gården i augusti"
    assert "Norrvik 4" not in _spoken(html)


def test_layout_page_post_title_set_as_a_link_with_its_post_line_under_it_is_the_headline() -> None:
    paras = "<br><br>".join([
        "Efter två års uppehåll spelar vi sommarteater igen. I år blir det en folklustspel om ett bröllop som går "
        "överstyr, skrivet av föreningens egen Gunnar Lund.",
        "Föreställningarna ges på logen vid Västergården den 4, 5, 11 och 12 juli klockan 19. Biljetter säljs i "
        "affären och vid entrén.",
        "Vi söker fortfarande någon som vill hjälpa till med scenografin. Hör av dig till Lena!",
    ])
    html = f"""<html><head><title>Västerby Teaterförening</title></head><body><div id="allt">
    <div style="font-size:28px;font-weight:bold">Västerby Teaterförening</div>
    <div class="navigation"><a href="/">Hem</a> · <a href="/spel">Föreställningar</a> · <a href="/kontakt">Kontakt</a></div>
    <div class="post"><a href="index.php?p=88"><b>Sommarteatern är tillbaka på logen</b></a><br><small>Skrivet 2025-05-12 av Lena</small>
    <div class="text">{paras}</div></div><div class="foot">Västerby Teaterförening · Västergården</div></div></body></html>"""
    assert extract_html(html, "t.html").title == "Sommarteatern är tillbaka på logen"


def test_layout_page_headline_in_a_header_cell_is_read_as_a_browser_sets_it_bold() -> None:
    paras = "<br><br>".join([
        "Vägföreningen har fått klartecken att sänka hastigheten på Skogsvägen till 30 kilometer i timmen. Skyltarna "
        "sätts upp under nästa vecka, och polisen har lovat att göra kontroller under hösten.",
        "Flera barnfamiljer har flyttat till vägen de senaste åren, och många har upplevt att bilarna kör för fort "
        "förbi husen. Frågan togs upp på årsstämman i våras.",
    ])
    html = f"""<html><head><title>Skogsvägens vägförening - Nytt</title></head><body><table width="700">
    <tr><td><font size="5"><b>Skogsvägens vägförening</b></font></td></tr>
    <tr><td><a href="index.html">Start</a> | <a href="stadgar.html">Stadgar</a> | <a href="kontakt.html">Kontakt</a></td></tr>
    <tr><td><table width="100%"><tr><th align="left">Sänkt hastighet på Skogsvägen från oktober</th></tr>
    <tr><td><small>2025-09-20</small></td></tr><tr><td>{paras}</td></tr></table></td></tr></table></body></html>"""
    assert extract_html(html, "t.html").title == "Sänkt hastighet på Skogsvägen från oktober"


def test_closing_sentence_in_its_own_div_beside_the_texts_divs_is_read() -> None:
    divs = "".join(f"<div>{t}</div><div><br></div>" for t in [
        "Nu startar vi en ny kurs i grundläggande sjukvård för föreningens ledare. Kursen hålls i klubbhuset två "
        "lördagar i oktober och leds av en instruktör från Röda korset.",
        "Du lär dig hjärt- och lungräddning, hur man tar hand om en stukning och vad som ska finnas i "
        "sjukvårdsväskan på en match eller ett träningsläger.",
        "Kursen är gratis för föreningens ledare och tränare. Anmälan görs till kansliet.",
        "Hoppas vi ses där!",
    ])
    html = f"""<html><head><title>Kurs i sjukvård för ledare | Ösby BK</title></head><body>
    <div class="et_pb_post"><h1 class="entry-title">Kurs i sjukvård för ledare</h1><p class="post-meta">sep 2, 2025</p>
    <div class="et_pb_text_inner">{divs}</div></div><div class="footer">Ösby BK · Idrottsvägen 2</div></body></html>"""
    assert _spoken(html).rstrip().endswith("Hoppas vi ses där!")


# ---------------------------------------------------------------- lead and scope

def test_a_lead_class_inside_a_subscribe_box_is_not_the_lead() -> None:
    html = f"""<html><head><title>Korsningen byggs om</title></head><body>
    <div class="post"><h1 class="post-title">Korsningen byggs om</h1>
    <div class="body">{TEXT[:400]}<div class="subscribe-widget"><div class="preamble"><p>Gillar du nyhetsbrevet? Prenumerera gratis så får du nya inlägg direkt i inkorgen.</p></div></div>{TEXT[400:]}</div></div></body></html>"""
    article = extract_html(html, "t.html")
    assert article.lead is None or "Prenumerera" not in article.lead
    assert "Prenumerera gratis" not in _spoken(html)


def test_lines_from_outside_the_headlines_article_element_are_not_read_but_its_prose_is() -> None:
    html = f"""<html><head><title>Insändare | Ösby Tidning</title>
    <meta property="og:title" content="Laga gatlyktorna på Skolvägen"></head><body>
    <div class="cols"><div class="left"><div class="letter"><p class="note">Insändaren uttrycker skribentens åsikt.</p>
    <h2 class="letter-title">Laga gatlyktorna på Skolvägen</h2>{TEXT}</div></div>
    <div class="right"><p>Skicka din insändare till red@osby.example</p></div></div>
    <div class="foot"><p>Ösby Tidning</p></div></body></html>"""
    text = _spoken(html)
    assert extract_html(html, "t.html").title == "Laga gatlyktorna på Skolvägen"
    for furniture in ("uttrycker skribentens åsikt", "red@osby.example", "Ösby Tidning"):
        assert furniture not in text
    assert "Eva Lindblom" in text


def test_page_without_h1_reads_the_lower_heading_its_json_ld_names_and_only_that_headings_article() -> None:
    html = f"""<html><head><title>Föreningsnytt – Ösby IF</title>
    <script type="application/ld+json">{{"@type":"Article","headline":"Klubbstugan får solceller på taket"}}</script></head><body>
    <div class="grid"><div class="cell-main"><div class="post"><span class="tag">Anläggning</span>
    <h3 class="post-name">Klubbstugan får solceller på taket</h3>{TEXT}</div></div>
    <div class="cell-side"><p>Kansliet har öppet tisdagar 17–19.</p><p>Swisha medlemsavgiften till 123 45 67.</p></div></div>
    </body></html>"""
    article = extract_html(html, "t.html")
    assert article.title == "Klubbstugan får solceller på taket"
    text = _spoken(html)
    assert "Kansliet har öppet" not in text and "Swisha" not in text and "Anläggning" not in text
    assert "Eva Lindblom" in text


def test_scope_keeps_running_prose_from_outside_and_everything_when_no_element_holds_the_text() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><div class='a'><h1>Rubrik här</h1><p>Kort rad.</p></div>"
        "<div class='b'><p>" + "En lång mening om saken som fortsätter och fortsätter. " * 4 + "</p></div></body></html>")
    h1 = doc.find(".//h1")
    long = ("En lång mening om saken som fortsätter och fortsätter. " * 4).strip()
    pairs = [("p", "Kort rad."), ("p", long)]
    assert scope_pairs(h1, pairs) == pairs  # no element around the headline holds the text: nothing dropped
    assert scope_pairs(None, pairs) == pairs


# ---------------------------------------------------------------- boxes and embeds told by what they say

def test_a_small_box_under_a_box_label_goes_whole_on_a_site_of_utility_classes() -> None:
    html = f"""<html><head><title>Korsningen byggs om i höst</title></head><body><article class="px-4">
    <h1 class="text-4xl">Korsningen byggs om i höst</h1>{TEXT[:TEXT.index("</p>") + 4]}
    <div class="rounded bg-gray-50 p-3"><p class="font-bold">Tipsa oss!</p><p>Har du sett något? Ring 0771-10 10 10 dygnet runt.</p></div>
    <div class="mt-4 p-2"><span class="font-bold">Swisha en gåva</span><span>Stöd Ösbybladet med valfritt belopp.</span></div>
    {TEXT[TEXT.index("</p>") + 4:]}</article></body></html>"""
    text = _spoken(html)
    assert "Ring 0771-10 10 10" not in text and "valfritt belopp" not in text
    assert "Eva Lindblom" in text


def test_a_box_label_opening_a_long_block_of_text_does_not_take_the_text_with_it() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><h1>Rubrik</h1><div><p>Tipsa oss!</p>" + "<p>Så här gick det till när vi startade tipslinjen, och det "
        "här har vi lärt oss av de första tusen samtalen från våra läsare i bygden.</p>" * 4 + "</div></body></html>")
    drop_labelled_boxes(doc, default_rules(), doc.find(".//h1"))
    assert "tipslinjen" in doc.text_content()


def test_an_embedded_x_post_keeps_its_text_not_its_attribution_or_picture_link() -> None:
    doc = lxml.html.document_fromstring(
        '<html><body><blockquote class="twitter-tweet"><p lang="sv">Vägen är öppen igen efter olyckan. '
        '<a href="https://t.co/q">pic.x.com/q1w2e3</a></p>&mdash; Trafikverket Öst (@trafikverket_ost) '
        '<a href="https://x.com/t/1">2 mars 2026</a></blockquote></body></html>')
    clean_post_embeds(doc)
    text = doc.text_content()
    assert "Vägen är öppen igen efter olyckan." in text
    assert "@trafikverket_ost" not in text and "pic.x.com" not in text and "2 mars 2026" not in text


def test_a_container_of_spans_headings_and_paragraphs_is_read_entry_by_entry_not_run_together() -> None:
    entries = "".join(
        f'<div class="q1"><span class="q2">{t}</span><h3 class="q3">{h}</h3><p class="q4">{p}</p><span class="q5">Dela</span></div>'
        for t, h, p in [
            ("16.40", "Vattnet stiger vid Kvarnbron", "Vattennivån vid Kvarnbron har stigit med en halv meter sedan i "
             "morse. Kommunen lägger ut sandsäckar längs ån och stänger gångvägen."),
            ("15.55", "Skolan i Åby stänger tidigt", "Eleverna i Åby skola skickas hem klockan två, eftersom vägen till "
             "skolan riskerar att översvämmas under kvällen."),
        ])
    html = f"""<html><head><title>Översvämning i Ösby – följ läget</title></head><body><main><div class="w">
    <span class="k">LIVE</span><h1>Översvämning i Ösby – följ läget</h1>
    <p>Kraftigt regn har fått ån genom Ösby att svämma över. Här samlar vi det senaste om läget i kommunen under dagen.</p>
    {entries}</div></main></body></html>"""
    text = _spoken(html)
    assert "Vattnet stiger vid Kvarnbron" in text.split("\n") and "Skolan i Åby stänger tidigt" in text.split("\n")
    assert "Dela" not in text.split() and "16.40" not in text


def test_inline_runs_beside_blocks_get_a_paragraph_each() -> None:
    doc = lxml.html.document_fromstring("<html><body><div><span>14.05</span><h3>Rubrik</h3><p>Text.</p><a>Dela</a></div></body></html>")
    separate_inline_runs(doc)
    div = doc.find(".//div")
    assert [c.tag for c in div] == ["p", "h3", "p", "p"] and div[0].text_content() == "14.05"


def test_a_row_of_furniture_chips_goes_a_row_with_one_sentence_stays() -> None:
    doc = lxml.html.document_fromstring(
        "<html><body><div class='a'><span>Följ utvecklingen</span><span>Uppdateras automatiskt</span></div>"
        "<div class='b'><span>Följ utvecklingen</span><span>Kommunen öppnar en krisgrupp i kväll.</span></div></body></html>")
    drop_furniture_rows(doc, default_rules())
    text = doc.text_content()
    assert "Uppdateras automatiskt" not in text and "krisgrupp" in text


# ---------------------------------------------------------------- the signals

def test_similarity_is_low_for_a_site_name_inside_a_long_title() -> None:
    assert similarity("Bygdegården Åsen", "Bygdegården får ny ventilation – stängd under februari – Bygdegården Åsen") < 0.3
    assert similarity("Så halverade vi energin", "sa-halverade-vi-energin") == 1.0  # a slug, accents folded


def test_site_names_come_from_og_site_name_and_the_json_ld_publisher() -> None:
    doc = lxml.html.document_fromstring(
        '<html><head><meta property="og:site_name" content="Ösby Tidning"><script type="application/ld+json">'
        '{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Ösby Media AB"}}</script></head><body></body></html>')
    assert site_names(doc) == {"osby tidning", "osby media ab"}


# ---------------------------------------------------------------- the round's pages

def _norm(line: str) -> str:
    return " ".join(t.lower() for t in _TOKEN.findall(line))


KNOWN_LEAKS = {"b12-l01-live-genererade-klasser": 1}
"""Lines still read aloud, with the reason: a live report's relative time ("Senaste uppdateringen för 3 minuter
sedan") needs a rule in data/boilerplate.tsv (shared with the dump readers; asked for in the round's report)."""


@pytest.mark.parametrize("page", B12, ids=lambda p: p.name)
def test_round_pages_headline_no_leak_full_recall(page: Path) -> None:
    exp = json.loads(page.with_name(page.name + ".json").read_text(encoding="utf-8"))
    article = load(page)
    assert " ".join(article.title.split()) == " ".join(exp["title"].split())
    lines = spoken_lines(article)[1:]
    got = Counter(_norm(x) for x in [article.title, *lines] if _norm(x))
    wanted = Counter(_norm(x) for x in [exp["title"], exp.get("lead") or "", *exp["body"]] if _norm(x))
    surplus = got - wanted
    leaked = [b for b in exp["boilerplate"] if surplus[_norm(b)] > 0]
    assert len(leaked) <= KNOWN_LEAKS.get(page.name.removesuffix(".html"), 0), leaked
    want = Counter(_TOKEN.findall(" ".join([exp.get("lead") or "", *exp["body"]]).lower()))
    have = Counter(_TOKEN.findall(" ".join(lines).lower()))
    assert sum((want & have).values()) / sum(want.values()) >= 0.99


def test_round_has_its_pages() -> None:
    assert len(B12) >= 30
