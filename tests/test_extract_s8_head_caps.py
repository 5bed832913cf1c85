"""Session 8, class 'a headline set in capitals' (issue #9 item 3; headline.shape_of with CAPS_HEAD_WORDS,
headmeta._caps_heads_untagged).

A site that styles its headlines in capitals gives them so to a copy ("NYTT TAK PÅ SMEDJAN"). A line in capitals had a
label's shape ("NYHET", "JUST NU") and was scored down, and over a "Publicerad …" line the name rule took it for the
writer's name; a sweep of generated heads lost a short headline in capitals in about a third of the pages. A line in
capitals of four words or more without a row's separators is no label, and one holding a sentence's word is no name.
Every dump here was written after the fix, for fictional sites and wordings; the guards keep a label in capitals and a
byline in capitals.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Skidklubben har fått klartecken från markägarna att dra ett nytt elljusspår genom skogen norr om skolan.\n\n"
    "Spåret blir tre kilometer långt och ska vara klart till jul, om ideella krafter hjälper till med röjningen.\n\n"
    "Arbetsdagarna annonseras på klubbens sida, och alla som kan hålla i en röjsåg är välkomna att anmäla sig.\n"
)


def test_a_short_headline_in_capitals_over_its_published_line_is_the_headline_not_a_name() -> None:
    page = ("Bergsjö Skidklubb\nHem\nTräningar\nKontakt\n\nNYHET\nNYTT ELLJUSSPÅR TILL JUL\n"
            "Publicerad 2 oktober 2026\n\n" + _TEXT)
    assert _read(page).title == "NYTT ELLJUSSPÅR TILL JUL"


def test_a_headline_in_capitals_beats_a_teaser_list_above_it() -> None:
    page = ("Bergsjö Skidklubb\nHem\nTräningar\n\nSenaste nytt\nKlubbmästerskapet avgjort\nVallningskurs i november\n\n"
            "SPÅRET DRAS GENOM SKOGEN\n2 oktober 2026\n\n" + _TEXT)
    assert _read(page).title == "SPÅRET DRAS GENOM SKOGEN"


def test_a_label_and_a_byline_in_capitals_stay_what_they_are() -> None:
    page = ("Bergsjö Skidklubb\nHem\nTräningar\n\nJUST NU\nElljusspåret förlängs till jul\nAV KARIN BERG\n"
            "2 oktober 2026\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Elljusspåret förlängs till jul"
