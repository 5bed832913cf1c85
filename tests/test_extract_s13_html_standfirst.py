"""A lead set right under the headline that nothing names a lead, outside the text's container, is read (session 13 W,
html_standfirst): a single-page application's wrappers with utility classes, a theme's header holding the headline,
byline and lead. Invented pages written after the fix (other subjects than the probes), with guards: a short label and a
listening link under the headline, a teaser link, a caption beside the top picture, a paywall notice."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Färjan till Lillön får ny turlista från april"
LEAD = ("Färjeleden till Lillön går tätare på morgnarna från den första april. Samtidigt försvinner den sista turen "
        "på kvällen, vilket väcker ilska bland de bofasta.")
P = [
    "Trafikverkets färjerederi har räknat resenärerna under ett år och sett att morgonturerna är fulla medan "
    "kvällsturen ofta går nästan tom.",
    "– Vi flyttar kapacitet dit där den behövs. Men vi förstår att ändringen påverkar dem som jobbar kväll, "
    "säger trafikchefen Ulla Brandt.",
    "Boendeföreningen på Lillön har samlat in över 300 namn mot att kvällsturen tas bort och vill träffa rederiet "
    "innan beslutet börjar gälla.",
    "Den nya turlistan gäller till och med oktober. Därefter ska rederiet utvärdera ändringarna tillsammans med "
    "kommunen.",
]


def _page(top: str, body_cls: str = "article-body") -> str:
    body = "".join(f"<p>{x}</p>" for x in P)
    return (f"<html lang='sv'><head><title>{HEAD} | Skärgårdsbladet</title></head><body>"
            f"<header><a href='/'>Skärgårdsbladet</a><nav><a href='/n'>Nyheter</a><a href='/s'>Sport</a></nav></header>"
            f"<main class='mx-auto px-4'>{top}<div class='{body_cls}'>{body}</div>"
            f"<div class='mt-8'><div>Mest läst</div><ol><li><a href='/x'>Ny brygga byggs i Storviken</a></li></ol></div>"
            f"</main></body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_a_lead_in_a_wrapper_of_its_own_under_the_headline_is_read_first() -> None:
    top = (f"<div class='mb-3'><h1 class='text-4xl font-bold'>{HEAD}</h1></div>"
           f"<div class='mb-3'><p class='text-lg font-semibold'>{LEAD}</p></div>"
           "<div class='text-sm'><div>Jonas Ek</div><div>Publicerad 3 mars 2026, 06:00</div></div>")
    article = extract_html(_page(top), "t")
    assert article.lead == LEAD
    assert [b.text for b in article.blocks][:1] == [P[0]]


def test_a_lead_after_the_byline_in_the_headlines_wrapper_is_read() -> None:
    top = (f"<div class='top'><h1>{HEAD}</h1><div class='meta'><span>Av Jonas Ek</span> <time>3 mars 2026</time></div>"
           f"<div style='font-size:1.3em'>{LEAD}</div></div>")
    read = _read(_page(top, body_cls="content"))
    assert read.startswith(LEAD) and P[3] in read


def test_guard_a_label_and_a_listening_link_under_the_headline_are_no_lead() -> None:
    top = (f"<div class='mb-3'><h1>{HEAD}</h1></div><div class='mb-3'><p>Plus</p></div>"
           "<div class='mb-3'><p>Lyssna på artikeln 3 min</p></div>")
    article = extract_html(_page(top), "t")
    assert article.lead == P[0]
    assert "Lyssna" not in _read(_page(top)) and "Plus" not in (article.lead or "")


def test_guard_a_teaser_link_under_the_headline_is_no_lead() -> None:
    teaser = "Ny brygga byggs i Storviken: så påverkas båttrafiken till öarna i sommar när arbetet pågår."
    top = f"<div class='mb-3'><h1>{HEAD}</h1></div><div class='mb-3'><p><a href='/b'>{teaser}</a></p></div>"
    read = _read(_page(top))
    assert "så påverkas båttrafiken" not in read and read.startswith(P[0])


def test_guard_a_caption_beside_the_top_picture_is_no_lead() -> None:
    caption = "Färjan Lillö II lägger till vid bryggan i Storviken en blåsig morgon i februari, fullsatt med pendlare."
    top = (f"<div class='mb-3'><h1>{HEAD}</h1></div>"
           f"<div class='mb-3'><div><img src='f.jpg'></div><div class='text-xs'><p>{caption}</p></div></div>")
    read = _read(_page(top))
    assert "blåsig morgon" not in read


def test_the_lead_inside_the_texts_container_is_read_once() -> None:
    top = f"<div class='mb-3'><h1>{HEAD}</h1></div>"
    html = _page(top).replace("<div class='article-body'>", f"<div class='article-body'><p>{LEAD}</p>")
    read = _read(html)
    assert read.count("går tätare på morgnarna") == 1 and read.startswith(LEAD)


def test_a_lead_in_a_span_beside_the_headline_in_its_wrapper_is_read() -> None:
    top = (f"<div class='hero'><span class='cat'>Skärgård</span><h1>{HEAD}</h1><span class='sub'>{LEAD}</span>"
           "<span class='when'>3 mars 2026</span></div>")
    read = _read(_page(top, body_cls="content"))
    assert read.startswith(LEAD) and "Skärgård\n" not in read and P[2] in read
