"""Session 8, class 'a box of the site's other items under the article: a heading saying there are more, over their
titles' (issue #9; :mod:`audiocast.ingest.moreboxes`): "Fler berättelser" over three headlines with verbs ("Hamburgsunds
IF fick nya mål …") was read, heading and all.

Every dump here was written after the fix, for a fictional site, in other wordings than the dump that showed the class;
the guards are the article's subheading of the same shape over its paragraph and a fact box of short items under it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Båtklubben Vågen\nStart\nKlubben\nHamnen\n\n14 april 2026\n\nSjösättningen flyttas en vecka\n\n"
         "På grund av isen i viken flyttas vårens sjösättning från den 25 april till den 2 maj.\n\n"
         "Kranen är bokad mellan klockan åtta och sexton, och varje båt har en tid på tjugo minuter.\n\n"
         "– Vi hoppas att alla kan komma på den nya dagen, säger hamnkaptenen Ola Strand.\n\n")
_TAIL = "Båtklubben Vågen\nHamnvägen 3, 442 31 Kungälv\nKakor\n"


def test_earlier_reports_under_their_heading_are_not_read() -> None:
    box = ("Tidigare reportage\nStyrelsen välkomnar sju nya medlemmar\n"
           "Vinterns arbetsdag samlade trettio medlemmar i hamnen\n\n")
    spoken = _spoken(_read(_HEAD + box + _TAIL))
    assert "säger hamnkaptenen Ola Strand." in spoken
    assert "Tidigare reportage" not in spoken and "sju nya medlemmar" not in spoken and "Vinterns arbetsdag" not in spoken


def test_more_stories_from_the_club_under_a_byline_glued_to_them_are_not_read() -> None:
    box = ("Text: Ola Strand\nFler berättelser från klubben\nJuniorerna seglar läger i Marstrand i sommar\n"
           "Nya bryggan invigs med kaffe och tårta\nKlubbens jolle har fått nytt segel\n")
    spoken = _spoken(_read(_HEAD + box + _TAIL))
    assert "säger hamnkaptenen Ola Strand." in spoken
    assert "Juniorerna seglar" not in spoken and "Nya bryggan invigs" not in spoken and "nytt segel" not in spoken


def test_a_subheading_over_its_paragraph_and_a_short_fact_box_stay() -> None:
    sub = ("Tidigare händelser\nSjösättningen har flyttats två gånger förut, båda gångerna på grund av is i viken "
           "under en kall vår.\n\n")
    spoken = _spoken(_read(_HEAD + sub + _TAIL))
    assert "Tidigare händelser" in spoken and "båda gångerna på grund av is" in spoken
    facts = "Tidigare sjösättningar\n2024: 20 april\n2025: 26 april\n\n"
    spoken = _spoken(_read(_HEAD + facts + _TAIL))
    assert "2024: 20 april" in spoken
