"""Session 16 (E1): a portrait's section "Om <Name>" followed by the article's prose is the article's, not an "about
the sender" box ending a press release (issue #9: body lost).

Round b56 lost a closing "Om <sender>" section; the brief asks that a real section of a portrait titled "Om …" stays
whenever running prose of the article follows it, in a dump and in an HTML page. Written after the round, for an
invented paper; these guard the text and HTML passes that drop an "Om <sender>" box (html_about.py, the about passes of
furniture.py) against taking a portrait's section.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import lead_and_blocks, read_dump

from audiocast.ingest import load

_SECTION = ["Om Edvin Rask",
            "Edvin växte upp på gården bredvid båtvarvet och lärde sig hyvla bordgångar innan han kunde cykla.",
            "I dag bygger han två klinkbåtar om året och lär ut hantverket på folkhögskolan i Kalix varje vinter."]


def test_a_portraits_about_section_in_a_dump_stays() -> None:
    page = "\n".join(["Kalix Kuriren", "Nyheter", "Sport", "Båtbyggaren som inte vill ha motor", "4 juli 2026",
                      "På varvet vid Rånefjärden luktar det tjära och nysågad fur. Här bygger Edvin Rask, 71, sina båtar.",
                      "– En båt ska ros eller seglas. Motor är fusk, säger han och ler.",
                      *_SECTION, "– Jag slutar när händerna säger ifrån, säger han.",
                      "Dela", "Facebook", "Kalix Kuriren", "Ansvarig utgivare: Maj Lund"]) + "\n"
    kept = lead_and_blocks(read_dump(page))
    for line in _SECTION:
        assert line in kept


def test_a_portraits_about_section_in_an_html_page_stays(tmp_path: Path) -> None:
    paras = "".join(f"<p>{x}</p>" for x in _SECTION[1:])
    html = ("<html><head><title>Båtbyggaren som inte vill ha motor</title></head><body><article>"
            "<h1>Båtbyggaren som inte vill ha motor</h1><p>4 juli 2026</p>"
            "<p>På varvet vid Rånefjärden luktar det tjära och nysågad fur. Här bygger Edvin Rask, 71, sina båtar.</p>"
            "<p>– En båt ska ros eller seglas. Motor är fusk, säger han och ler när vi kommer in i verkstaden.</p>"
            f"<h3>{_SECTION[0]}</h3>{paras}</article></body></html>")
    page = tmp_path / "batbyggaren.html"
    page.write_text(html, encoding="utf-8")
    kept = lead_and_blocks(load(page))
    for line in _SECTION:
        assert line in kept
