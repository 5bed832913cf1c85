"""Session 19 round 4 (E15): an old template's title class glued in one word ("posttitle", "nyhetsrubrik").

A page without any heading element sets its post's title in a <div class="posttitle"> over the date line; the class
was not read as a title's ("post-title" was), so the <title>, og:title and JSON-LD headline, the site's name
with a section's, won.
Tested on pages written after the fix (other clubs, classes and words than the opened set's).
"""

from __future__ import annotations

import pytest

from audiocast.ingest.html import extract_html

_TEXT = (
    "<p>Över sextio dragare och deras förare kom till Sjöbacka i helgen när klubben för första gången höll i "
    "distriktets mästerskap i bruksprov, med både spår och lydnad på schemat.</p>"
    "<p>Bäst av klubbens egna gick det för Karin Dahl och hennes schäfer Bruno, som vann lägre klass med god marginal "
    "efter ett felfritt spårarbete i skogen bakom stugan.</p>"
    "<p>– Han har aldrig gått så fint, säger Karin Dahl, som tränat Bruno sedan han var valp.</p>"
)


def _page(cls: str) -> str:
    return (
        "<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Brukshundklubben Sjöbacka</title>"
        "<meta property='og:title' content='Brukshundklubben Sjöbacka – Aktuellt'>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
        '"headline":"Brukshundklubben Sjöbacka","datePublished":"2018-05-04"}</script></head><body>'
        "<div id='top'><div class='logo'>Brukshundklubben Sjöbacka</div></div>"
        "<div id='nav'><ul><li><a href='/'>Hem</a></li><li><a href='/aktuellt'>Aktuellt</a></li>"
        "<li><a href='/kurser'>Kurser</a></li></ul></div>"
        f"<div id='main'><div class='entry'><div class='{cls}'>Klubbens egna tog hem segern i bruksprovet</div>"
        "<div class='entryinfo'>Skrivet 2026-04-12 av Lars Östman</div>"
        f"<div class='entrybody'>{_TEXT}</div></div></div></body></html>"
    )


@pytest.mark.parametrize("cls", ["entrytitle", "nyhetsrubrik", "articleheadline"])
def test_a_glued_title_class_names_the_headline(cls: str) -> None:
    assert extract_html(_page(cls), "t").title == "Klubbens egna tog hem segern i bruksprovet"


