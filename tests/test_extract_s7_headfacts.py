"""Session 7, class 'a review's fact rows between its headline and its lead' (issue #9; :mod:`audiocast.ingest.
headfacts`): rows of a label and its value, short ones too ("Album: Glasvatten", "Betyg: 4/5"), are the article's fact
box; they were lost when they had fewer than three words.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are a forum poster's card (rows glued under the poster's handle) and a lone label's line.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_LEAD = "Nora Vik debuterar med en roman om tre generationer kvinnor på en ö i Bohuslän, och det gör hon med den äran.\n"
_BODY = (
    "Berättelsen rör sig mellan 1950-talet och i dag, och det är imponerande hur lätt Vik håller ihop trådarna.\n"
    "Bäst är skildringen av mormodern Ingrid, som driver öns affär med järnhand och aldrig gråter.\n"
    "Slutet känns lite hastigt, men det är en liten invändning mot en stark debut.\n"
)


def _page(head: str) -> str:
    return ("Läslust – bokbloggen\nHem\nRecensioner\nOm bloggen\n\nSalt i håret av Nora Vik\n"
            f"{head}\n{_LEAD}{_BODY}\nFler recensioner\nSommarens deckare\n© Läslust\n")


def test_short_fact_rows_under_the_date_are_read() -> None:
    spoken = _spoken(_read(_page("14 maj 2027\nSidor: 312\nFörlag: Bonnier\nBetyg: 4/5")))
    assert "Sidor: 312" in spoken and "Förlag: Bonnier" in spoken and "Betyg: 4/5" in spoken
    assert "stark debut." in spoken


def test_fact_rows_with_a_star_grade_set_apart_by_blank_lines_are_read() -> None:
    spoken = _spoken(_read(_page("Av Elin Fors\n\nGenre: Roman\nBetyg: ★★★★☆\n")))
    assert "Genre: Roman" in spoken and "Betyg: ★★★★☆" in spoken


def test_a_forum_posters_card_is_no_fact_box() -> None:
    dump = ("Forum Vikbygden\nTrådar\nSök\n\nVem vet något om gamla tullhuset?\n2027-03-02, 20:14\nsjobusen\n"
            "Antal inlägg: 412\nBor: Vik\n\nJag har hittat ett fotografi av tullhuset från 1910. Vet någon när det "
            "revs och vad som stod där innan?\nDet ligger vid hamnen, där parkeringen är i dag.\n")
    spoken = _spoken(_read(dump))
    assert "Antal inlägg: 412" not in spoken and "Bor: Vik" not in spoken
    assert "där parkeringen är i dag." in spoken


def test_a_lone_label_line_in_the_head_is_no_fact_box() -> None:
    spoken = _spoken(_read(_page("14 maj 2027\nKategori: Romaner\n")))
    assert "Kategori: Romaner" not in spoken
