"""Session 8, class 'a gallery's caption under the head's date line taken for the headline' (issue #9 item 3;
headpictures._gallery_caption via caption_under_head).

A page sets its picture gallery between the head's date line and the text: "Bild 1 av 4" and the picture's caption
with no credit ("Smedjan i vintras"). The caption stood where a headline under its kicker stands (between the date line
and the lead) and won over a short headline. The caption glued under a gallery's counter is the picture's and is not
read. Every dump here was written after the fix, for fictional sites and wordings; the guard keeps a headline under a
kicker with no gallery.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Över hundra barn sprang i lördags det första Vårruset runt sjön, och många av dem hade tränat hela vintern.\n\n"
    "Snabbast på den långa banan var elvaåriga Maja Lund från Hed, som sprang de fem kilometerna på under tjugo minuter.\n\n"
    "Nästa år hoppas föreningen kunna ordna loppet även för vuxna, om kommunen ger tillstånd att stänga vägen.\n"
)


def test_a_galleries_caption_under_the_date_line_is_neither_headline_nor_text() -> None:
    page = ("Heds IK\nHem\nFriidrott\nKontakt\n\nVårruset\n12 april 2026\nBild 1 av 6\nBarnen på startlinjen vid sjön\n\n"
            + _TEXT)
    article = _read(page)
    assert article.title == "Vårruset"
    assert "Barnen på startlinjen" not in spoken_text(article)


def test_a_galleries_caption_with_a_slash_counter_is_no_headline() -> None:
    page = ("Heds IK\nHem\nFriidrott\n\nLoppet blev en fest\nAv Per Holm\n2 / 5\nMålgången vid badplatsen\n\n" + _TEXT)
    assert _read(page).title == "Loppet blev en fest"


def test_a_headline_under_its_kicker_without_a_gallery_stays() -> None:
    page = ("Heds IK\nHem\nFriidrott\n\nRapport från Vårruset vid sjön\n12 april 2026 | Per Holm\n\n"
            "Hundra barn sprang runt sjön i solskenet\n" + _TEXT)
    assert _read(page).title == "Hundra barn sprang runt sjön i solskenet"
