"""Session 8 w3, class 'the top picture's caption read as the lead' (issue #9; headdigest.top_caption): under the
head's byline and date, the picture's caption stands first - a verbless first sentence naming a person or a place
("Ingrid Storbacka i sitt hem i Övermark."), perhaps a second short one - and the article's real lead, a longer
paragraph, follows. Fictional sites; guards keep a short lead that has a verb and a lead continued by the text."""

from __future__ import annotations

from extract_helpers import read_dump as _read

_HEAD = "Kustbladet\nNyheter\nKultur\n\nHan har byggt båtar i femtio år\nText: Mia Ek\n12.5.2026\n\n"
_LEAD = ("Han har byggt över tvåhundra träbåtar i sin verkstad vid hamnen, och nu lämnar Bertil Holm, 77, över "
         "verksamheten till sitt barnbarn.")
_REST = ("\n\nVerkstaden luktar tjära och nysågat virke. På golvet ligger en halvfärdig snipa som ska bli klar till "
         "midsommar.\n\n– Jag har aldrig haft en tråkig dag här, säger han.\n")


def test_a_verbless_caption_over_the_lead_is_not_the_lead() -> None:
    for caption in ("Bertil Holm i verkstaden vid hamnen i Kaskö.",
                    "Bertil Holm vid sin senaste snipa. Den första båten byggde han som fjortonåring."):
        a = _read(_HEAD + caption + "\n\n" + _LEAD + _REST)
        assert a.lead == _LEAD, caption


def test_a_short_lead_with_a_verb_stays_the_lead() -> None:
    lead = "Bertil Holm lämnar över båtbyggeriet."
    a = _read(_HEAD + lead + "\n\n" + _LEAD + _REST)
    assert a.lead == lead


# Written after the fix.

def test_a_caption_over_the_lead_in_a_dump_without_blank_lines_is_not_the_lead() -> None:
    head = "Kustbladet\nNyheter\nKultur\n\nHan har byggt båtar i femtio år\nText: Mia Ek\nFoto: Jon Berg\n"
    caption = "Bertil Holm på slipen i Kaskö. Verkstaden köpte han 1981."
    a = _read(head + caption + "\n" + _LEAD + _REST.replace("\n\n", "\n"))
    assert a.lead == _LEAD


def test_a_lead_opening_with_a_name_and_a_verb_stays_the_lead() -> None:
    lead = "Bertil Holm slutar bygga båtar efter femtio år i Kaskö."
    a = _read(_HEAD + lead + "\n\n" + _LEAD + _REST)
    assert a.lead == lead


def test_a_verbless_lead_that_opens_with_no_name_stays_the_lead() -> None:
    lead = "Succé för båtvarvet i Kaskö. Över tusen besökare kom till öppet hus."
    a = _read(_HEAD + lead + "\n\n" + _LEAD + _REST)
    assert a.lead == lead
