"""The first section's heading of an article set as sibling sections is read like the others (session 11 W,
html_firsthead): trafilatura left out every subheading of a CMS text portlet, the gaps between kept paragraphs gave the
second to the last back and the first was lost. Invented pages written after the fix."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Tre saker att tänka på inför vårbränningen"
SECTIONS = [
    ("Kontrollera brandrisken", "Innan du eldar ska du alltid kontrollera brandrisken i länsstyrelsens app eller på "
     "webben. Vid eldningsförbud får ingen eldning ske utomhus, inte ens i grill."),
    ("Håll elden liten", "Elda i små högar och ha alltid vatten och kratta till hands. Lämna aldrig elden utan tillsyn, "
     "och se till att den är helt släckt innan du går därifrån."),
    ("Anmäl större bränning", "Den som ska bränna mer än en hög ris ska anmäla det till räddningstjänsten i förväg. "
     "Det gör du enkelt via kommunens e-tjänst."),
]


def _page(heading: str = "<h2 class='rubrik2' id='h-{n}'>{n}. {t}</h2>", side: str = "") -> str:
    parts = "".join(heading.format(n=n, t=t) + f"<p class='brodtext'>{p}</p>" for n, (t, p) in enumerate(SECTIONS, 1))
    return (f"<html lang='sv'><head><title>{HEAD} - Räddningstjänsten Mellanå</title></head><body>{side}"
            f"<div class='layout' id='Mitt'><div class='portlet' id='rubrik'><div class='portlet-content'><h1>{HEAD}</h1>"
            "</div></div><div class='portlet' id='ingress'><div class='portlet-content'><p class='ingress'>Snart är det "
            "dags att elda fjolårets ris och löv. Räddningstjänsten påminner om vad som gäller.</p></div></div>"
            "<div class='image-portlet'><img src='/bild/eld.jpg' alt=''><div class='image-caption'>Ha alltid vatten "
            "nära när du eldar. Foto: Räddningstjänsten</div></div>"
            f"<div class='portlet' id='text'><div class='portlet-content'>{parts}</div></div></div></body></html>")


def _heads(html: str) -> list[str]:
    return [b.text for b in extract_html(html, "t").blocks if b.kind.value == "heading"]


def test_the_first_numbered_heading_of_a_portlets_sections_is_read() -> None:
    heads = _heads(_page())
    assert heads[:3] == ["1. Kontrollera brandrisken", "2. Håll elden liten", "3. Anmäl större bränning"]


def test_the_first_heading_of_h3_sections_is_read() -> None:
    heads = _heads(_page("<h3 class='sv-h3'>{t}</h3>"))
    assert "Kontrollera brandrisken" in heads


def test_guard_a_side_columns_heading_is_not_put_back() -> None:
    side = "<div class='side'><h2 class='rubrik2'>Aktuellt</h2><ul><li><a href='/a'>Eldningsförbud i länet</a></li></ul></div>"
    assert "Aktuellt" not in _heads(_page(side=side))
