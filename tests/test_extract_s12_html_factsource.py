"""A fact box's own lines around its list are read with it (session 12 W, html_insets.list_items): its source under
the list ("Källa: …") and a field's label as its title ("Fakta: …" in a CMS's field__label). Invented pages written
after the fix, with guards: a list item's own paragraph is not read twice, a wiki infobox's row label is no title."""

from __future__ import annotations

from audiocast.ingest.html import extract_html
from audiocast.models import BlockKind

HEAD = "Fler drunkningar i sjöar än i havet i somras"
P = ["Sommarens drunkningar skedde till största delen i insjöar, visar Livräddningssällskapets sammanställning som "
     "kom på tisdagen. Hälften av de omkomna var ensamma när olyckan hände.",
     "– Många badar vid en brygga långt från andra människor, och då finns ingen som ser när något händer, säger "
     "generalsekreteraren Karin Ek.",
     "Sällskapet vill nu att fler kommuner sätter upp livbojar vid sina badplatser och erbjuder simskola för vuxna."]


def _page(box: str) -> str:
    return (f"<html lang='sv'><head><title>{HEAD}</title></head><body><main><article><h1>{HEAD}</h1>"
            f"<div class='body'><p>{P[0]}</p><p>{P[1]}</p>{box}<p>{P[2]}</p></div></article></main></body></html>")


def _box(article_html: str) -> tuple[str, tuple[str, ...]]:
    article = extract_html(article_html, "t")
    box = next(b for b in article.blocks if b.kind is BlockKind.FACTBOX)
    return box.text, box.items


def test_the_source_under_a_fact_boxs_list_is_read_with_it() -> None:
    title, items = _box(_page("<div class='fact-box'><h3>Så räddar du någon</h3><ul><li>Ropa på hjälp och ring 112."
                              "</li><li>Kasta något som flyter.</li></ul><p class='fact-box__source'>Källa: "
                              "Livräddningssällskapet</p></div>"))
    assert title == "Så räddar du någon" and items[-1] == "Källa: Livräddningssällskapet" and len(items) == 3


def test_a_fields_label_is_the_fact_boxs_title() -> None:
    title, items = _box(_page("<div class='field field--name-field-fakta'><div class='field__label'>Fakta: Drunkningar "
                              "2026</div><div class='field__item'><ul><li>Juni: 11</li><li>Juli: 19</li></ul></div></div>"))
    assert title == "Fakta: Drunkningar 2026" and items == ("Juni: 11", "Juli: 19")


def test_guard_a_paragraph_inside_a_list_item_is_read_once() -> None:
    _, items = _box(_page("<div class='faktaruta'><h3>Råd</h3><ul><li><p>Bada aldrig ensam.</p></li>"
                          "<li><p>Håll barnen inom räckhåll.</p></li></ul></div>"))
    assert items == ("Bada aldrig ensam.", "Håll barnen inom räckhåll.")
