"""The article's own <aside> between its paragraphs is read in its place (session 12 W, html_insets): a fact list or a
background box without a fact box's class name. Invented pages written after the fix (other subjects than the
probes), with guards: an inline "Läs också" box of linked titles, a box named as furniture, a single pull quote."""

from __future__ import annotations

from audiocast.ingest.html import extract_html
from audiocast.models import BlockKind

HEAD = "Vägen över Kråkmyren breddas efter olyckorna"
P = [
    "Trafikverket breddar vägen över Kråkmyren under våren, sedan tre allvarliga olyckor inträffat på den smala "
    "sträckan under det senaste året.",
    "Vägen är i dag bara sex meter bred och saknar vägren. Lastbilarna till sågverket i Kråkby möter bussar och "
    "personbilar på en sträcka där det knappt går att mötas.",
    "– Vi har väntat på det här i tio år. Varje morgon är det någon som får backa ner i diket, säger Gunilla "
    "Bergström som bor vid myren.",
    "Arbetet med vägen börjar i april och ska vara klart i oktober. Under tiden leds trafiken om via Kråkby by, "
    "vilket förlänger resan med omkring tio minuter.",
]
FACTS = ("<h3>Vägbygget i korthet</h3><ul><li>Sträcka: 4,2 kilometer över Kråkmyren</li>"
         "<li>Ny bredd: nio meter med vägren</li><li>Kostnad: 46 miljoner kronor</li></ul>")


def _page(box: str) -> str:
    body = f"<p>{P[0]}</p><p>{P[1]}</p>{box}<p>{P[2]}</p><p>{P[3]}</p>"
    return (f"<html lang='sv'><head><title>{HEAD}</title></head><body><main><article><h1>{HEAD}</h1>"
            f"<div class='text'>{body}</div></article></main></body></html>")


def _read(html: str) -> str:
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks] + [i for b in article.blocks for i in b.items])


def test_a_fact_list_in_an_aside_between_the_paragraphs_is_read_in_its_place() -> None:
    article = extract_html(_page(f"<aside>{FACTS}</aside>"), "t")
    kinds = [b.kind for b in article.blocks]
    assert BlockKind.FACTBOX in kinds
    box = article.blocks[kinds.index(BlockKind.FACTBOX)]
    assert "Kostnad: 46 miljoner kronor" in box.items and box.text == "Vägbygget i korthet"
    texts = [article.lead or ""] + [b.text for b in article.blocks]
    assert texts.index(P[1]) < texts.index("Vägbygget i korthet") < texts.index(P[3])


def test_a_background_box_of_two_paragraphs_in_an_aside_is_read() -> None:
    box = ("<aside class='inset'><h3>Bakgrund</h3><p>Vägen över Kråkmyren byggdes på femtiotalet som en grusväg till "
           "torvtäkten och asfalterades först 1978.</p><p>Trafiken på vägen har fördubblats sedan sågverket i Kråkby "
           "byggdes ut för sex år sedan.</p></aside>")
    read = _read(_page(box))
    assert "asfalterades först 1978" in read and "fördubblats" in read


def test_guard_an_inline_read_also_box_of_linked_titles_is_not_read() -> None:
    box = ("<aside><h3>Läs också</h3><ul><li><a href='/a'>Tre skadade i olycka på Kråkmyren</a></li>"
           "<li><a href='/b'>Sågverket i Kråkby anställer tjugo</a></li></ul></aside>")
    read = _read(_page(box))
    assert "Tre skadade" not in read and "anställer tjugo" not in read


def test_guard_a_box_named_as_furniture_is_not_read() -> None:
    box = f"<aside class='sidebar-ad'>{FACTS}</aside>"
    assert "46 miljoner" not in _read(_page(box))


def test_guard_a_single_pull_quote_in_an_aside_is_not_read_twice() -> None:
    box = "<aside><p>Varje morgon är det någon som får backa ner i diket.</p></aside>"
    assert _read(_page(box)).count("backa ner i diket") == 1
