"""Session 9, class 'a quote's attribution in its <footer> was dropped as the page's footer' (issue #9, recall first;
:mod:`audiocast.ingest.html`): ``<blockquote><p>”…”</p><footer>Olle, 12 år, sjunger i kören</footer></blockquote>``
lost the line that says who speaks; every <footer> was boilerplate.

Every page here was written after the fix, for fictional sites and in other wordings; the guard is the page's own
<footer> (its address, its publisher), still not read.
"""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_TEXT = ("<p>Biblioteket i Ljungby öppnar en verkstad där barn kan bygga robotar varje lördag under hösten.</p>"
         "<p>Verkstaden har fått pengar från kommunens kulturnämnd och leds av två ingenjörer från orten.</p>"
         "<p>Platserna är tolv per tillfälle och anmälan görs i biblioteksappen från och med måndag.</p>")


def _page(quote: str) -> str:
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Robotverkstad på biblioteket</title>
</head><body><header><nav><a href="/">Start</a> <a href="/nyheter">Nyheter</a></nav></header>
<main><article><h1>Robotverkstad på biblioteket</h1>{_TEXT[:len(_TEXT) // 2]}{quote}
<p>Verkstaden är gratis och alla material finns på plats, så barnen behöver bara ta med sig nyfikenhet.</p>
</article></main><footer><p>Ljungby bibliotek, Torget 3, 341 30 Ljungby</p><p>Ansvarig utgivare: Eva Ljung</p></footer>
</body></html>"""


def _spoken(html: str) -> str:
    article = extract_html(html, "t.html")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_a_quotes_attribution_in_its_footer_is_read() -> None:
    for who in ("Maja, 10 år, har byggt en robot som kan dansa", "Ingenjören Karl Dahl, en av ledarna"):
        quote = f"<blockquote><p>”Det roligaste är när roboten gör något man inte trodde.”</p><footer>{who}</footer></blockquote>"
        spoken = _spoken(_page(quote))
        assert who in spoken and "Det roligaste är när roboten gör något man inte trodde." in spoken


def test_an_attribution_with_a_cite_inside_the_footer_is_read() -> None:
    quote = ("<blockquote><p>”Vi har väntat på det här i flera år.”</p>"
             "<footer>— <cite>Lena Berg, bibliotekarie</cite></footer></blockquote>")
    assert "Lena Berg, bibliotekarie" in _spoken(_page(quote))


def test_the_pages_own_footer_is_still_not_read() -> None:
    quote = "<blockquote><p>”Det är en dröm som går i uppfyllelse.”</p><footer>Sami, 11 år</footer></blockquote>"
    spoken = _spoken(_page(quote))
    assert "Sami, 11 år" in spoken
    assert "Torget 3" not in spoken and "Ansvarig utgivare" not in spoken
