"""Session 38, from extract167 (HTML, scored unread at the session's start, then opened): a call to action's box
between the article's paragraphs, named by its class ("ctablock", "c-cta", "cta-box"): a union's membership pitch,
its question heading, its text and its button. Measured first over every annotated HTML page: the texts inside elements
so named, 180 boilerplate and none the article's (``html_classes._CTA``). Written after the fix, with another site."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_PAGE = """<html><head><title>Nytt avtal för busschaufförerna | Kommunal Mitt</title></head><body>
<header><a href="/">Kommunal Mitt</a></header>
<main><h1>Nytt avtal ger busschaufförerna längre raster</h1>
<p class="ingress">Efter ett halvårs förhandlingar är det klart: chaufförerna i regionens stadstrafik får en längre rast mitt på passet.</p>
<p>Avtalet gäller från den 1 mars och omfattar alla som kör i stadstrafiken, omkring tvåhundra personer.</p>
<p>– Det här är något medlemmarna har drivit i flera år, och nu har vi det svart på vitt, säger klubbordföranden Lena Berg.</p>
<div class="{cls}"><div class="inner"><h3>Vill du också bli medlem?</h3>
<p>Med oss får du stöd när det behövs, en inkomstförsäkring och rabatt på försäkringar.</p>
<a class="btn" href="/bli-medlem">Bli medlem i dag</a></div></div>
<p>Rasten blir trettio minuter i stället för tjugo, och den ska läggas mellan tredje och femte timmen av passet.</p>
<p>Arbetsgivaren räknar med att behöva anställa fyra nya chaufförer för att få turerna att gå ihop.</p>
</main><footer>Kommunal Mitt, Storgatan 1</footer></body></html>"""


def _spoken(html: str) -> str:
    article = extract_html(html, "avtal.html")
    return "\n".join([article.title, article.lead or ""] + [b.text for b in article.blocks])


def test_a_call_to_actions_box_named_by_its_class_is_not_read() -> None:
    for cls in ("ctablock ctablock--green", "c-cta", "cta-box"):
        spoken = _spoken(_PAGE.replace("{cls}", cls))
        assert "Vill du också bli medlem?" not in spoken and "inkomstförsäkring" not in spoken
        assert "Rasten blir trettio minuter" in spoken and "fyra nya chaufförer" in spoken


def test_guard_a_word_holding_cta_is_no_such_box() -> None:
    spoken = _spoken(_PAGE.replace("{cls}", "factabox"))
    assert "inkomstförsäkring" in spoken
