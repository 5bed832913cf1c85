"""Session 8, leftovers of the head's meta lines (issue #9), each written after its fix, for fictional sites:

- a numeric date with slashes ("12/04/2024") is read, day first unless the values say month first (dates.parse_date);
- a site's name with "&" between its words is the site's name line ("Åby Kraft & Värme AB": "&" is no word);
- a headline in capitals over a "Publicerad" line is not taken for a person's name (text._is_name_line);
- "Av styrelsen", a body in lowercase after "Av" in the head, is the byline (byline.org_bylines).
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import read_dump, spoken_lines

from audiocast.ingest.boilerplate import default_rules
from audiocast.ingest.dates import is_date_line, parse_date
from audiocast.ingest.hints import Hints
from audiocast.ingest.reader import site_of_dump
from audiocast.ingest.text import _tag_lines

_TEXT = (
    "Klubben har fått bygglov för en ny brygga vid hamnen, och arbetet med pålarna börjar redan nästa vecka.\n\n"
    "Bryggan får plats för trettio båtar och ska vara klar till sjösättningen, om vädret tillåter det.\n\n"
    "Frågor om båtplatser besvaras av hamnkaptenen på klubbens telefon under helgerna.\n"
)


@pytest.mark.parametrize(("text", "day"), [
    ("12/04/2024", date(2024, 4, 12)),  # ambiguous: day first, as Swedish pages write it
    ("Publicerad 28/02/2025 kl. 09:30", date(2025, 2, 28)),
    ("03/27/2026", date(2026, 3, 27)),  # only month first fits the values
    ("1/9/2025", date(2025, 9, 1)),
])
def test_a_numeric_date_with_slashes_is_read_day_first_unless_the_values_say_otherwise(text: str, day: date) -> None:
    when = parse_date(text)
    assert when is not None and when.date() == day


def test_an_ambiguous_slashed_date_is_month_first_only_when_the_page_writes_so() -> None:
    when = parse_date("05/06/2024", month_first=True)
    assert when is not None and when.date() == date(2024, 5, 6)
    assert parse_date("1/2/3/2024") is None  # a path of numbers, no date
    assert is_date_line("17/10/2025") and not is_date_line("17/10/2025 stängs vägen")


@pytest.mark.parametrize("name", ["Åby Kraft & Värme AB", "Berg & Son Måleri", "Ljud + Ljus Norr"])
def test_a_site_name_with_a_sign_between_its_words_is_the_sites_name_line(name: str) -> None:
    dump = f"{name}\n\nStart\n\nNyheter\n\nNy fiberdragning i byn\n\n" + _TEXT
    assert site_of_dump(dump, default_rules()) == name


def test_a_five_word_name_with_a_sign_is_still_too_long_for_a_name_line() -> None:
    dump = "Bygg & Måleri i Norr AB\n\nNyheter\n\nRubrik över texten\n\n" + _TEXT
    assert site_of_dump(dump, default_rules()) != "Bygg & Måleri i Norr AB"


@pytest.mark.parametrize("head", ["SJÖSÄTTNING I MAJ", "NY BRYGGA VID HAMNEN", "HAMNFEST PÅ LÖRDAG"])
def test_a_headline_in_capitals_over_its_published_line_is_no_byline(head: str) -> None:
    dump = f"Lövsta Båtklubb\nHem\nNyheter\n\n{head}\nPublicerad 2 april 2026\n\n" + _TEXT
    lines = _tag_lines(dump, default_rules(), Hints())
    assert next(ln for ln in lines if ln.text == head).tag is None
    article = read_dump(dump)
    assert article.title == head and article.author is None


def test_a_name_over_its_published_line_is_still_the_byline() -> None:
    article = read_dump("Lövsta Båtklubb\nHem\n\nNy brygga vid hamnen\nEva Lind\nPublicerad 2 april 2026\n\n" + _TEXT)
    assert article.author == "Eva Lind"


@pytest.mark.parametrize(("line", "author"), [
    ("Av styrelsen", "Styrelsen"),
    ("Av redaktionen | 4 mars 2026", "Redaktionen"),
    ("Skrivet av kansliet", "Kansliet"),
    ("Av föreningens styrelse", "Föreningens styrelse"),
    ("Av styrelsen för Lövsta Båtklubb, 2026-03-04", "Styrelsen för Lövsta Båtklubb"),
])
def test_a_body_in_lowercase_after_av_in_the_head_is_the_byline(line: str, author: str) -> None:
    article = read_dump(f"Lövsta Båtklubb\nHem\nNyheter\n\nNy brygga vid hamnen\n{line}\n\n" + _TEXT)
    assert article.title == "Ny brygga vid hamnen"
    assert article.author == author
    assert line not in spoken_lines(article)


def test_av_with_a_lowercase_word_in_the_text_is_no_byline() -> None:
    dump = "Lövsta Båtklubb\nHem\n\nNy brygga vid hamnen\n\n" + _TEXT + "\nAv styrelsen\n"
    article = read_dump(dump)
    assert article.author is None  # under the text it is a sign-off, not the head's byline
