"""Session 22, HTML precision: what a reader of the page does not see as the article is not read (issue #9).

Classes, each told by what the markup declares, so it holds on any site (measured over every annotated HTML page
before shipping; the counts are in the modules' docstrings):

- text the markup hides (``hidden``, inline ``display:none``/``visibility:hidden``): a locked article's rest sent
  along out of view, a tab's panel (``html_hidden``);
- a locked article's free part in a container named for the paywalled text (``paywall-content``), which the class word
  "paywall" dropped, so the page was read again uncleaned and the offer box came back (``html_classes.names_locked_text``;
  the offer box is now taken out before any reading, ``html_paywall``);
- the platform's attribution beside an embedded post's text ("Publicerat av … den …", "— Name (@handle) date")
  (``html_boxes.clean_post_embeds``);
- the declared author's name alone on a line in the head (``html_authorline``).

The pages below were written after the fixes, for sites, names and wordings of their own; each class has a guard.
"""

from __future__ import annotations

import lxml.html
from extract_helpers import spoken_lines, spoken_text

from audiocast.ingest.html import extract_html
from audiocast.ingest.html_authorline import drop_author_line
from audiocast.ingest.html_classes import names_locked_text

HEAD = "Nya cykelboxar vid pendelstationen i Hallstavik"
P1 = ("Kommunen sätter upp fyrtio låsbara cykelboxar vid pendelstationen i Hallstavik under april. Boxarna hyrs ut "
      "per månad och ska minska stölderna, som har ökat kraftigt de senaste två åren.")
P2 = ("– Vi har fått många klagomål från pendlare som fått sina cyklar stulna eller sönderslagna, säger Tove Åkerlund, "
      "trafikplanerare på kommunen, som räknar med att boxarna blir fullbokade redan första veckan.")
P3 = ("Hyran blir 150 kronor i månaden, och bokningen öppnar på kommunens webbplats den 2 april. Den som bor mer än "
      "tre kilometer från stationen får förtur till boxarna under den första hyresperioden.")
P4 = ("Om försöket faller väl ut kan liknande boxar komma att sättas upp vid busstationen i Rimbo och vid "
      "färjeläget i Grisslehamn redan nästa år, enligt trafikplaneraren på kommunen.")


def _page(inside: str, head: str = "", after: str = "") -> str:
    return (f"<html lang='sv'><head><title>{HEAD} | Roslagsbladet</title>{head}</head><body>"
            f"<nav><a href='/'>Start</a> <a href='/trafik'>Trafik</a></nav><main><article><h1>{HEAD}</h1>"
            f"{inside}</article>{after}</main><footer><p>Roslagsbladet · Box 12, 763 22 Hallstavik</p></footer>"
            "</body></html>")


def _read(html: str) -> str:
    return spoken_text(extract_html(html, "t"))


# -- what the markup hides --------------------------------------------------------------------------------------

def test_a_locked_rest_kept_out_of_view_by_an_inline_style_is_not_read() -> None:
    html = _page(f"<div class='txt'><p>{P1}</p><p>{P2}</p></div>"
                 f"<div class='rest x91k' style='color:#222; display: none !important'><p>{P3}</p><p>{P4}</p></div>"
                 "<div class='wall'><p>Fortsätt läsa med Roslagsbladet Digital</p><a href='/k'>Köp</a></div>")
    read = _read(html)
    assert P1 in read and P2 in read
    assert "förtur" not in read and "Grisslehamn" not in read


def test_a_panel_with_the_hidden_attribute_is_not_read() -> None:
    panel = ("<section hidden><h2>Tidigare artiklar om cykelstölder</h2><p>Polisen i Norrtälje har under vintern "
             "sett en kraftig ökning av stölder av elcyklar vid stationerna, och uppmanar alla att låsa fast ramen.</p>"
             "</section>")
    read = _read(_page(f"<div class='txt'><p>{P1}</p><p>{P2}</p>{panel}<p>{P3}</p></div>"))
    assert P3 in read and "elcyklar" not in read


def test_guard_text_hidden_from_screen_readers_only_is_still_read() -> None:
    read = _read(_page(f"<div class='txt'><p>{P1}</p><p aria-hidden='true'>{P2}</p><p>{P3}</p></div>"))
    assert P2 in read


def test_guard_a_page_a_script_shows_whole_is_read() -> None:
    html = ("<html lang='sv'><head><title>Isbanan på Vallviken är öppen</title></head><body>"
            "<div id='app' style='display:none'><article><h1>Isbanan på Vallviken är öppen</h1>"
            f"<p>{P1.replace('cykelboxar', 'skridskobanor')}</p><p>{P3}</p></article></div></body></html>")
    article = extract_html(html, "t")
    assert article.title == "Isbanan på Vallviken är öppen" and "150 kronor" in spoken_text(article)


# -- a locked article's free part and the offer under it ----------------------------------------------------------

def test_the_free_part_in_a_paywalled_text_container_is_read_and_the_offer_is_not() -> None:
    html = _page(f"<div class='story__text'><p>{P1}</p><p>{P2}</p>"
                 f"<div class='story-body__paywall-content is-faded'><p>{P3[:120]}</p></div></div>"
                 "<div class='pw-8d2'><h3>Läs vidare – bli prenumerant</h3><p>Få full tillgång till roslagsbladet.se "
                 "och e-tidningen. Ingen bindningstid.</p><a href='/p'>Prova för 5 kr</a>"
                 "<p>Redan prenumerant? <a href='/in'>Logga in</a></p></div>")
    read = _read(html)
    assert P3[:60] in read and P2 in read
    assert "Läs vidare" not in read and "tillgång" not in read and "Logga in" not in read


def test_names_locked_text_tells_the_locked_text_from_the_offer_box() -> None:
    def el(cls: str) -> lxml.html.HtmlElement:
        return lxml.html.fragment_fromstring(f"<div class='{cls}'>x</div>")

    assert names_locked_text(el("Paywall_body__k2Lm9"))
    assert names_locked_text(el("entry__body--paywalled"))
    assert not names_locked_text(el("Paywall_text__q8Rt2"))  # guard: the offer's pitch
    assert not names_locked_text(el("paywall-box"))  # guard: the offer's own box
    assert not names_locked_text(el("story__paywall-notice"))
    assert not names_locked_text(el("paywall"))


# -- an embedded post's attribution ------------------------------------------------------------------------------

def test_a_facebook_posts_attribution_is_not_read_with_its_text() -> None:
    post = ("<div class='fb-post'><blockquote class='fb-xfbml-parse-ignore' cite='https://www.facebook.com/x'>"
            "<p>Nu kan du boka cykelbox vid stationen. Välkommen!</p>Publicerat av <a href='#'>Norrtälje kommun</a> "
            "den&nbsp;<a href='#'>Måndag 31 mars 2025</a></blockquote></div>")
    lines = spoken_lines(extract_html(_page(f"<div class='txt'><p>{P1}</p><p>{P2}</p>{post}<p>{P3}</p></div>"), "t"))
    assert "Nu kan du boka cykelbox vid stationen. Välkommen!" in lines
    assert not any("Publicerat av" in x for x in lines)


def test_a_facebook_posts_attribution_in_english_is_not_read() -> None:
    post = ("<div class='fb-post' data-href='https://www.facebook.com/y'><blockquote cite='https://www.facebook.com/y' "
            "class='fb-xfbml-parse-ignore'><p>Cykelboxarna vid Hallstavik station är på plats.</p>Posted by "
            "<a href='#'>Roslagens trafik</a> on&nbsp;<a href='#'>Tuesday, April 1, 2025</a></blockquote></div>")
    read = _read(_page(f"<div class='txt'><p>{P1}</p><p>{P2}</p>{post}<p>{P3}</p></div>"))
    assert "Cykelboxarna vid Hallstavik station är på plats." in read and "Posted by" not in read


def test_guard_an_ordinary_quotes_own_attribution_stays() -> None:
    quote = ("<blockquote class='citat'><p>Vi bygger för dem som cyklar varje dag.</p>Tove Åkerlund, "
             "trafikplanerare</blockquote>")
    read = _read(_page(f"<div class='txt'><p>{P1}</p><p>{P2}</p>{quote}<p>{P3}</p></div>"))
    assert "Vi bygger för dem som cyklar varje dag." in read and "trafikplanerare" in read


# -- the declared author's name alone in the head ------------------------------------------------------------------

_AUTHOR = "<meta name='author' content='Jonatan Ekholm'>"


def test_the_declared_authors_name_alone_over_the_text_is_not_read() -> None:
    head = ("<div class='flex gap-2'><img src='/a.jpg' alt=''><div><p class='font-bold'>Jonatan Ekholm</p>"
            "<p><time datetime='2025-03-28'>28 mars 2025</time></p></div></div>")
    lines = spoken_lines(extract_html(_page(f"{head}<div class='t'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>", _AUTHOR),
                                      "t"))
    assert "Jonatan Ekholm" not in lines and P1 in lines


def test_guard_a_signature_at_the_end_and_a_name_with_a_role_stay() -> None:
    pairs = [("p", "Jonatan Ekholm, ordförande i cykelföreningen"), ("p", P1), ("p", P2), ("p", P3),
             ("p", "Jonatan Ekholm")]
    assert drop_author_line(pairs, "Jonatan Ekholm") == pairs
    assert drop_author_line([("p", "Jonatan"), ("p", P1)], "Jonatan") == [("p", "Jonatan"), ("p", P1)]
    assert drop_author_line([("p", "Jonatan Ekholm"), ("p", P1)], None) == [("p", "Jonatan Ekholm"), ("p", P1)]
