"""Session 19 round 4 (E15): a letter's place and day under its headline (``placedates``).

"Vallby, Marie bebådelsedag 2025" between a letter's headline and its text: the date grammar cannot read a feast day
or a season, so the line was no date line and, right over the lead, was taken for the headline. Tested on pages and
lines written after the fix, with other places, feasts and words than the opened set's.
"""

from __future__ import annotations

import pytest
from extract_helpers import read_dump

from audiocast.ingest.placedates import place_date

_LETTER = (
    "Bjärnums församling\nGudstjänster\nKyrkor\nKontakt\n"
    "Församlingsbrev\n"
    "Orgeln är renoverad och konserterna börjar igen\n"
    "{dateline}\n"
    "Kära församlingsbor! Efter ett år av tystnad kan vi äntligen berätta att orgeln i Bjärnums kyrka är "
    "färdigrenoverad och klingar som aldrig förr.\n"
    "Renoveringen har kostat drygt 900 000 kronor, och en stor del har samlats in av er genom kollekter och gåvor "
    "under de senaste tre åren.\n"
    "Den första konserten hålls på palmsöndagen klockan 18, och då spelar domkyrkoorganisten från Lund verk av Bach.\n"
)


@pytest.mark.parametrize("dateline", [
    "Bjärnum i fastan 2026",
    "Bjärnum, tredje söndagen i advent 2025",
    "Norra Rörum, Kyndelsmässodagen 2026",
])
def test_a_letters_place_and_day_is_no_headline(dateline: str) -> None:
    article = read_dump(_LETTER.format(dateline=dateline))
    assert article.title == "Orgeln är renoverad och konserterna börjar igen"
    assert article.lead is not None and article.lead.startswith("Kära församlingsbor!")
    assert dateline not in [b.text for b in article.blocks]


@pytest.mark.parametrize(("line", "shape"), [
    ("Luleå i slutet av mars 2026", True),
    ("Sölvesborg, annandag påsk 2026", True),
    ("Hjo den 14 maj 2026", True),
    ("Fiske i Vättern 2026", False),  # a title: "i" and no month or time of the year
    ("Båtklubben, 40 platser, byggd 1994", False),  # a record: figures after the comma
    ("Skolan i sommarlovet 2026", False),
])
def test_the_place_and_day_shape(line: str, shape: bool) -> None:
    assert place_date(line) is shape


def test_a_headline_in_that_shape_over_a_kicker_of_one_word_stays() -> None:
    # Only right under a headline-like line of three words or more: under a one-word kicker it is the headline.
    page = (
        "Hembygdsföreningen\nStart\nOm oss\n"
        "Krönika\n"
        "Ystad, en vinter 1956\n"
        "Det var den kallaste vintern i mannaminne, och hamnen frös till redan i december så att fiskebåtarna "
        "fick ligga kvar vid kajen i tre månader.\n"
        "Min far gick varje morgon ner till bryggan för att se om isen hade släppt, men den låg kvar ända in i mars.\n"
    )
    assert read_dump(page).title == "Ystad, en vinter 1956"
