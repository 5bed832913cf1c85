"""Session 7, third wave (issue #9), class 'an HTML page's standfirst set as a subtitle under the headline': a
theme's ``<h2 class="…subtitle">`` or a plain heading right under the ``<h1>`` holding running prose was lost (the
body's container starts below it). A subtitle's class word (subtitle, sub-title, dek, strapline) names a lead, and a
heading right under the h1 of twelve words or more ending a sentence is the lead whatever its class
(:func:`audiocast.ingest.html._prose_under`).

Written after the fix, for fictional sites and other themes than the page that showed the class. Guard: a short
subheading right under the h1 stays no lead.
"""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_TEXT = ("Arbetet med den nya gång- och cykelbron över Nissan började i mars och har gått fortare än planerat.",
         "Bron blir 48 meter lång och byggs i trä, vilket enligt kommunen är ett billigare och klimatsmartare val.",
         "Under tiden får cyklister ta en omväg via Stationsgatan, något som har väckt irritation bland pendlarna.")
_LEAD = "Den nya cykelbron över Nissan i Halmstad öppnar redan i juni, två månader tidigare än beräknat."


def _page(under_h1: str) -> str:
    body = "".join(f"<p>{t}</p>" for t in _TEXT)
    return (f'<html lang="sv"><head><title>Cykelbron öppnar i juni – Hallandsnytt</title></head><body><header><nav>'
            f'<a href="/">Hem</a><a href="/halmstad">Halmstad</a></nav></header><div class="post"><div class="post-head">'
            f'<h1 class="post-title">Cykelbron öppnar i juni</h1>{under_h1}<span class="byline">Av Nils Gran, '
            f'12 april 2027</span></div><div class="post-body">{body}</div></div><footer>Hallandsnytt</footer>'
            f'</body></html>')


def _read(under_h1: str):  # type: ignore[no-untyped-def]
    return extract_html(_page(under_h1), "t.html", slug="t")


def test_a_themes_strapline_under_the_headline_is_the_lead() -> None:
    art = _read(f'<p class="article-strapline">{_LEAD}</p>')
    assert art.lead == _LEAD and art.blocks[0].text == _TEXT[0]


def test_a_plain_h3_of_prose_under_the_headline_is_the_lead() -> None:
    art = _read(f"<h3>{_LEAD}</h3>")
    assert art.lead == _LEAD


def test_a_short_subheading_under_the_headline_is_no_lead() -> None:
    art = _read("<h2>Halmstad</h2>")
    assert art.lead != "Halmstad"
    assert any(b.text == _TEXT[2] for b in art.blocks) or art.lead == _TEXT[0]
