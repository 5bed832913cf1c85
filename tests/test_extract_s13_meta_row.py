"""The head's meta row and its reaction buttons in a page dump.

- A meta row: the date, then the writer and/or the reading time, set apart by dots or bars ("12 sep 2024 · Jenny Ek
  · 3 min läsning"). It is the article's date line (rule ``date-meta-row``), not a menu of three items.
- A like button with its count ("Gilla (48)", "Gilla 12") in the share row under it is a button; with the comment
  counter beside it ("Kommentarer (12)"), the row is the head's, and the article under it is read, not taken for the
  comment section's start.

Found on a held-out page (an intranet's club news lost its whole text: the count row ended the article before it
began). Every page here was written for these tests after the fix, on other sites and with other wordings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import load
from audiocast.ingest.boilerplate import default_rules, first_match

PARAS = [
    "Skolans elevråd har samlat in över 14 000 kronor till den lokala djurhemmet under höstens loppis i aulan.",
    "Pengarna ska gå till nya hundgårdar och till veterinärkostnader för katter som lämnats vid stationen.",
    "– Vi hade aldrig trott att så många skulle komma, säger elevrådets ordförande Sanna Lind.",
    "Nästa loppis hålls i mars, och då vill elevrådet samla in pengar till skolans egen idrottsdag.",
]


def _page(meta: str, buttons: list[str]) -> str:
    head = ["Lärplattformen – Björkängsskolan", "Start", "Kurser", "Nyheter", "Kalender", "", "Nyheter från elevrådet", ""]
    title = "Elevrådets loppis gav 14 000 kronor till djurhemmet"
    tail = ["", "Kommentarer (3)", "Maja Holm", "Vad bra gjort!", "4 mars 2025", "Skriv en kommentar…", "",
            "Senaste nytt", "Lovschema för våren", "Ny matsedel vecka 11"]
    return "\n".join(head + [title, meta, ""] + buttons + [""] + [p + "\n" for p in PARAS] + tail) + "\n"


@pytest.mark.parametrize(("meta", "buttons"), [
    ("3 mars 2025 · Per Ek · 4 min läsning", ["Gilla (17)", "Kommentarer (3)"]),
    ("3 mars 2025 | 4 min läsning | Per Ek", ["Gilla 17", "Kommentarer (3)"]),
    ("2025-03-03 · Av Per Ek, lärare i SO · Lästid 4 min", ["Gilla (17)", "Kommentarer (3)"]),
])
def test_the_article_under_a_meta_row_and_its_counters_is_read(tmp_path: Path, meta: str, buttons: list[str]):
    page = tmp_path / "loppis.txt"
    page.write_text(_page(meta, buttons), encoding="utf-8")
    article = load(page)
    assert article.title == "Elevrådets loppis gav 14 000 kronor till djurhemmet"
    said = [article.lead or ""] + [b.text for b in article.blocks]
    assert said[0] == PARAS[0]
    assert all(p in said for p in PARAS)
    assert not any(s.startswith(("Gilla", "Kommentarer", "Maja Holm", "Vad bra")) for s in said)
    assert article.published is not None and (article.published.month, article.published.day) == (3, 3)


@pytest.mark.parametrize("line", [
    "12 sep 2024 · Jenny Backlund · 3 min läsning",
    "7 januari 2026 | Ola Nyström, ordförande",
    "2 juni 2025 · 4 min läsning",
    "14 okt 2025 • Lästid 6 min • Anna-Karin Berg",
])
def test_meta_rows_are_date_lines(line: str):
    m = first_match(default_rules(), line)
    assert m is not None and m[0].action == "published"


@pytest.mark.parametrize("line", [
    "12 nov 2026 | Mörkerpromenad med polisen – anmäl dig senast fredag",  # a teaser list's row: its title
    "3 nov 2026 · Nya skyltar sätts upp vid infarterna",
    "Start · Nyheter · Kontakt",  # a menu
])
def test_teaser_rows_and_menus_are_no_meta_rows(line: str):
    m = first_match(default_rules(), line)
    assert m is None or m[0].action != "published"  # no date line at all


@pytest.mark.parametrize("line", ["Gilla (48)", "Gilla 12", "Gilla"])
def test_a_like_button_with_its_count_is_a_share_button(line: str):
    m = first_match(default_rules(), line)
    assert m is not None and m[0].name == "share"


def test_a_sentence_about_likes_is_no_button():
    assert first_match(default_rules(), "Gilla 12 saker med hösten i Björkäng") is None
