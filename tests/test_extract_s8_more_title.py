"""Session 8, leftovers of the headline class (issue #9): a post's title set in a title-classed ``<div>`` right under
its picture, on a page builder's post with no article heading (SITE123 and the like).

The element right after a picture is where a caption stands, so the title was dropped as the picture's caption before
the page was read by layout; with no heading left the <title> "Nyheter - Föreningen" became the headline. An element
whose class names a title and has the post's date under it (``headline_without_h1``) is the post's title, never a
caption. The pages here were written after the fix, for fictional sites; the guard keeps dropping a title-classed
caption that has no date under it.
"""

from __future__ import annotations

import pytest
from extract_helpers import spoken_lines

from audiocast.ingest import extract_html

_REST = (
    "<div>Alla är välkomna att komma och titta, det blir fika och lotterier hela dagen och barnen kan prova på.</div>"
    "<div><br></div><div>Vi vill tacka alla som har hjälpt till med arbetet under året, utan er hade det inte gått.</div>"
)


def _post(page_title: str, image_class: str, title_class: str, date: str, site: str, head: str, text: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{page_title}</title>'
        f"<style>.{title_class}{{font-size:26px;font-weight:700}}</style></head><body>"
        f'<div class="top"><div class="logo"><a href="/"><h1 class="site-title">{site}</h1></a></div>'
        '<ul class="nav"><li><a href="/">Hem</a></li><li><a href="/nyheter">Nyheter</a></li>'
        '<li><a href="/kontakt">Kontakt</a></li></ul></div><div class="page-banner"><span>Nyheter</span></div>'
        f'<div class="wrap"><div class="main"><div class="post"><div class="{image_class}"><img src="/b.jpg" alt=""></div>'
        f'<div class="{title_class}">{head}</div><div class="post-meta"><span class="date">{date}</span></div>'
        f'<div class="post-body"><div>{text}</div><div><br></div>{_REST}</div></div></div>'
        '<div class="sidebar"><h4>Senaste inläggen</h4><ul><li><a href="/a">Årsmötet</a></li>'
        '<li><a href="/b">Öppettider i sommar</a></li></ul></div></div>'
        f"<footer><div>{site} · Byvägen 3 · info@example.se</div></footer></body></html>"
    )


@pytest.mark.parametrize(("page_title", "image_class", "title_class", "date", "site", "head", "text"), [
    ("Evenemang | Norrby IF", "post-image", "post-title", "03/11/2025", "Norrby IF", "Ny konstgräsplan invigs på lördag",
     "Efter två års bygge är den nya konstgräsplanen vid Norrbyvallen klar, och på lördag inviger kommunalrådet den."),
    ("Aktuellt – Sjöviks Hembygdsgille", "entry-thumb", "entry-rubrik", "14 augusti 2025", "Sjöviks Hembygdsgille",
     "Gamla kvarnen får nytt vattenhjul",
     "Hembygdsgillet har fått bidrag från länsstyrelsen och kan nu byta det ruttna vattenhjulet på kvarnen vid ån."),
    ("Blogg - Torpets Ekogård", "blog-img", "blog-post-heading", "2025-06-02", "Torpets Ekogård",
     "Jordgubbsplockningen börjar i helgen",
     "Värmen i maj gjorde att bären mognat tidigt i år, så redan i helgen öppnar vi självplocket bakom ladan."),
])
def test_a_title_classed_div_under_the_posts_picture_is_the_headline_not_a_caption(
        page_title: str, image_class: str, title_class: str, date: str, site: str, head: str, text: str) -> None:
    article = extract_html(_post(page_title, image_class, title_class, date, site, head, text), "p.html")
    assert article.title == head
    assert article.lead == text  # the text is all there, from its first paragraph
    assert article.published is not None


def test_a_title_classed_caption_without_a_date_under_it_is_still_dropped() -> None:
    page = (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Fiskevården lyfter i Åsjön - Åsjöns FVO'
        '</title></head><body><div class="logo"><a href="/">Åsjöns FVO</a></div><article>'
        '<h1>Fiskevården lyfter i Åsjön</h1><div class="meta">5 maj 2025</div><div class="pic"><img src="/x.jpg" alt="">'
        '</div><div class="image-title">Öringen trivs i den nya lekbädden</div>'
        "<p>Föreningen lade ut tjugo ton lekgrus i bäcken förra hösten, och nu syns de första ynglen i strömmarna.</p>"
        "<p>Arbetet har gjorts ideellt med stöd av länsstyrelsen, och fler lekbäddar planeras i tillflödena.</p>"
        "<p>Den som vill hjälpa till kan anmäla sig till ordföranden, vi behöver folk som kan bära grus.</p>"
        "</article></body></html>"
    )
    article = extract_html(page, "g.html")
    assert article.title == "Fiskevården lyfter i Åsjön"
    assert not any("lekbädden" in line for line in spoken_lines(article))


def test_a_title_classed_div_its_style_sets_large_is_no_caption_even_without_a_date_under_it() -> None:
    page = _post("Klubbnytt | Västanå BK", "news-photo", "news-title", "", "Västanå BK", "Bowlinghallen får nya banor",
                 "Under sommaren byts alla åtta banorna i hallen, och seriespelet startar som vanligt i september.")
    page = page.replace('<div class="post-meta"><span class="date"></span></div>', "")
    assert "Bowlinghallen får nya banor" in spoken_lines(extract_html(page, "n.html"))


def test_a_small_caption_with_a_title_class_under_a_picture_is_still_dropped() -> None:
    page = (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Så gick cupen - Västanå BK</title>'
        "<style>.photo-title{font-size:11px;font-style:italic}</style></head><body>"
        '<div class="logo"><a href="/">Västanå BK</a></div><div class="post"><h1>Så gick cupen</h1>'
        '<div class="date">2 juni 2025</div><div class="pic"><img src="/c.jpg" alt=""></div>'
        '<div class="photo-title">Laget samlat efter semifinalen</div>'
        "<p>Laget tog sig till semifinal i sommarens cup, men föll där mot de blivande segrarna efter förlängning.</p>"
        "<p>Tränaren var ändå nöjd med spelet och ser fram emot höstens seriematcher med samma trupp.</p>"
        "<p>Nästa match spelas hemma på lördag, och klubben hoppas på många åskådare på läktaren.</p></div></body></html>"
    )
    article = extract_html(page, "c.html")
    assert article.title == "Så gick cupen"
    assert not any("samlat efter semifinalen" in line for line in spoken_lines(article))
