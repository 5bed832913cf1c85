"""Session 9, class 'a short standfirst between the headline and the date line' (issue #9).

A headline with a standfirst of eight to eleven words under it, then the byline or date line ("Simhallen stänger hela
sommaren" / "Fuktskador i taket – skolorna får åka buss till Norrby" / date / text): the standfirst rule wanted twelve
words and twice the headline's, so the standfirst was either taken for the headline (the headline lost) or dropped as
a rival candidate (article text lost). A line of eight words or more, one and a half times the headline's, is the
standfirst now when both have a finite verb and the head's date line, byline or the writer's name stands under it
before the text (headdigest._dek_size); a kicker has no verb ("Aktuellt inom äldreomsorgen"), greets, or is a site's
notice ("Artikeln har uppdaterats"). Every dump here was written after the fix, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Föreningen har i flera år försökt få kommunen att ta över driften av den gamla badplatsen vid Storsjön.\n\n"
    "Nu är beslutet fattat, och redan i sommar ska det finnas både badvakt och nya bryggor på plats.\n\n"
    "– Det känns som en stor lättnad för oss som har skött allt ideellt, säger föreningens kassör.\n"
)


def test_a_short_standfirst_over_the_date_line_is_the_lead() -> None:
    page = ("Storsjöbygdens tidning\nHem\nNyheter\nSport\n\nKommunen tar över badplatsen\n"
            "Badvakt och nya bryggor väntar badgästerna redan i sommar\n8 maj 2026\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Kommunen tar över badplatsen"
    assert article.lead == "Badvakt och nya bryggor väntar badgästerna redan i sommar"


def test_a_short_standfirst_over_a_bare_name_in_a_glued_dump() -> None:
    page = ("Storsjöbygdens tidning\nHem\nNyheter\nBadplatsen vid Storsjön räddas\n"
            "Efter fem års kamp tar kommunen över driften från föreningen\nMalin Hed\n" + _TEXT.replace("\n\n", "\n"))
    article = _read(page)
    assert article.title == "Badplatsen vid Storsjön räddas"
    assert "Efter fem års kamp tar kommunen över" in spoken_text(article)


def test_a_kicker_without_a_verb_over_a_long_headline_stays_a_kicker() -> None:
    page = ("Storsjöbygdens tidning\nHem\nNyheter\n\nNytt från fritidsförvaltningen\n"
            "Kommunen tar över den gamla badplatsen vid Storsjön i sommar\n8 maj 2026\n\n" + _TEXT)
    assert _read(page).title == "Kommunen tar över den gamla badplatsen vid Storsjön i sommar"
