"""Wave 2b, class 'an HTML newsletter's greeting set as a heading' (issue #9; html_heads.greeting_texts).

A newsletter sent from a mail tool and published as a web page sets its greeting in a heading ("<h2>Hej alla
medlemmar!</h2>"): it was read as a subheading (a chapter opening at "Hej") and the page had no lead. A heading that is
a salutation is the letter's first line. The pages here were written after the fix, for senders of their own; the
guard keeps a real subheading that opens with a greeting's word.
"""

from __future__ import annotations

from audiocast.ingest.html import extract_html
from audiocast.models import BlockKind

_TEXT = (
    "<p>Vårens städdag i koloniområdet blir lördag 25 april. Vi samlas vid redskapsboden kl 9 och håller på till lunch.</p>"
    "<p>Föreningen bjuder på soppa och kaffe. Ta med egna handskar och gärna en skottkärra om du har.</p>"
)


def _page(greeting: str, title: str = "Städdag i koloniområdet 25 april") -> str:
    return ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Nyhetsbrev april – Koloniföreningen Solrosen'
            '</title></head><body><header><nav><a href="/">Hem</a> <a href="/brev">Nyhetsbrev</a></nav></header><main>'
            f'<article><h1>{title}</h1><p class="meta">3 april 2026</p>{greeting}{_TEXT}</article></main>'
            "<footer>Koloniföreningen Solrosen · Box 4 · 432 10 Varberg</footer></body></html>")


def test_a_greeting_in_an_h2_is_the_letters_first_line_not_a_subheading() -> None:
    article = extract_html(_page("<h2>Hej alla odlare!</h2>"), "t.html")
    assert article.lead == "Hej alla odlare!"
    assert all(b.kind is not BlockKind.HEADING for b in article.blocks)
    assert any(b.text.startswith("Vårens städdag") for b in article.blocks)


def test_a_greeting_with_a_comma_in_an_h3_is_no_subheading() -> None:
    article = extract_html(_page("<h3>Kära kolonister,</h3>"), "t.html")
    assert article.lead == "Kära kolonister,"
    assert not any(b.kind is BlockKind.HEADING and b.text == "Kära kolonister," for b in article.blocks)


def test_guard_a_subheading_that_is_no_greeting_stays_a_heading() -> None:
    page = _page("<p>Här kommer aprilbrevet med det viktigaste inför säsongen i koloniområdet.</p><h2>Hej då vinter</h2>")
    article = extract_html(page, "t.html")
    assert any(b.kind is BlockKind.HEADING and b.text == "Hej då vinter" for b in article.blocks)
