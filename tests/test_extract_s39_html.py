"""Session 39, from extract170 (HTML, scored unread in session 38, opened in session 39).

A block the page's own stylesheet hides by its class (``.lang-en{display:none}``: a site builder's copy for another
language; a form's thank-you message) was read: the browser does not show it, select-all does not copy it
(``html_hidden.hidden_classes``). Measured before shipping over every annotated HTML page: 14 such blocks, none the
article's text. Written after the fix, for another site. The guards: a class hidden only on a narrow screen (inside
``@media``) or one that another rule shows (``.tab.is-open{display:block}``) is read.
"""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_PAGE = """<html><head><title>Ny bastu vid badplatsen | Sjöbo byalag</title>
<style>{css}</style></head><body>
<header><a href="/">Sjöbo byalag</a><nav><a href="/">Start</a><a href="/nyheter">Nyheter</a></nav></header>
<main><h1>Byalaget bygger bastu vid badplatsen</h1>
<p class="lead">Till sommaren får badplatsen vid Sjöbo strand en vedeldad bastu, byggd av medlemmarna själva under vinterns arbetshelger.</p>
<p>Bastun får plats för tolv personer och ska vara öppen för alla, medlemmar som gäster, mot en frivillig avgift i en låda vid dörren.</p>
<p>– Vi har pratat om det här i tio år, nu gör vi det äntligen, säger byalagets ordförande Karin Holm.</p>
<div class="{cls}"><p>The village association is building a wood-fired sauna at the beach, open to everyone from midsummer.</p></div>
<p>Virket kommer från en skog i byn och har skänkts av en markägare, medan kaminen köps in med pengar från kommunens bygdepeng.</p>
<p>Den som vill hjälpa till kan anmäla sig till arbetshelgerna i februari och mars på byalagets anslagstavla vid affären.</p>
</main><footer>Sjöbo byalag, Byvägen 3</footer></body></html>"""
_HIDDEN = "The village association is building a wood-fired sauna"


def _spoken(css: str, cls: str) -> str:
    article = extract_html(_PAGE.replace("{css}", css).replace("{cls}", cls), "bastu.html")
    return "\n".join([article.title, article.lead or ""] + [b.text for b in article.blocks])


def test_a_block_hidden_by_the_pages_own_stylesheet_is_not_read() -> None:
    for css, cls in ((".lang-en{display:none}", "lang-en"),
                     ("/* språk */ .x-hide, .is-invisible { display: none !important; }", "text is-invisible"),
                     ("body{margin:0} .only-en {visibility:hidden}", "only-en")):
        spoken = _spoken(css, cls)
        assert _HIDDEN not in spoken
        assert "Virket kommer från en skog i byn" in spoken and "Karin Holm" in spoken


def test_guard_a_class_hidden_on_a_narrow_screen_or_shown_by_another_rule_is_read() -> None:
    for css, cls in (("@media (max-width: 600px) { .wide-only { display: none } }", "wide-only"),
                     (".panel{display:none} .panel.is-open{display:block}", "panel is-open")):
        assert _HIDDEN in _spoken(css, cls)
