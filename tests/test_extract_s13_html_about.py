"""A press release's presentation of its sender whose name ends in a body's form written in lower case ('Om Vindeby
kommun') ends the article (session 13 W, html_about).
Invented page written after the fix, with a guard: a section on a common subject ('Om kommunen') stays."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

HEAD = "Vindeby kommun bygger ny förskola i Östra Ån"
P = [
    "Kommunfullmäktige i Vindeby har beslutat att bygga en ny förskola med sex avdelningar i Östra Ån. Bygget börjar "
    "efter sommaren.",
    "Förskolan ersätter två äldre förskolor som har problem med ventilationen och inte längre går att bygga om.",
    "– Familjerna i Östra Ån har väntat länge på det här, säger barn- och utbildningsnämndens ordförande Eva Holm.",
    "Den nya förskolan ska vara klar till hösten 2028 och får plats för 120 barn. Gården planeras tillsammans med "
    "barnen och personalen.",
]
ABOUT = ("Vindeby kommun har 9 000 invånare och drygt 800 medarbetare. Kommunens verksamhet omfattar bland annat skola, "
         "omsorg och kultur.")


def _read(heading: str) -> str:
    body = "".join(f"<p>{x}</p>" for x in P) + f"<h3>{heading}</h3><p>{ABOUT}</p><p>Presskontakt: Eva Holm</p>"
    html = (f"<html lang='sv'><head><title>{HEAD}</title></head><body><main><article><h1>{HEAD}</h1>"
            f"<div class='release-body'>{body}</div></article></main></body></html>")
    article = extract_html(html, "t")
    return "\n".join([article.lead or ""] + [b.text for b in article.blocks])


def test_a_presentation_of_a_municipality_in_lower_case_form_ends_the_text() -> None:
    read = _read("Om Vindeby kommun")
    assert P[3] in read and "800 medarbetare" not in read and "Om Vindeby kommun" not in read


def test_guard_a_section_on_a_common_subject_stays() -> None:
    read = _read("Om kommunen")
    assert "800 medarbetare" in read
