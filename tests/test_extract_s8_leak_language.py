"""Session 8, class 'the article's short version in the other language of a bilingual site, right under its text'
(issue #9; :func:`audiocast.ingest.summaries.trailing_language_tags`): a Meänkieli paragraph and its link "Lue
meänkielelä" under a Swedish article, no blank line between, were read.

Every dump here was written after the fix, for a fictional site, in other wordings than the dump that showed the class;
the guards are an English sentence inside the article with Swedish text under it, and a quote in English.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.boilerplate import default_rules
from audiocast.ingest.hints import Hints
from audiocast.ingest.summaries import trailing_language_tags
from audiocast.ingest.text import rule_tags

_HEAD = ("Älvdalens Röst\nNyheter\nUutiset\nOm oss\n4.9.2025\nFärjan över älven går ett år till\n"
         "Vägverket har bestämt att linfärjan vid Kukkola får gå ett år till, trots planerna på en bro.\n"
         "Färjan tar tolv bilar och går var tjugonde minut mellan sex och tjugotvå varje dag.\n"
         "Beslutet gläder de boende på östra sidan, som annars får köra fyra mil runt via Haparanda.\n")
_TAIL = "Dela / Jaa\nFler nyheter / Lisää uutisia\nSkolbussen får ny tidtabell\nÄlvdalens Röst drivs av en ideell förening.\n"


def test_a_meankieli_paragraph_and_its_link_under_the_article_are_not_read() -> None:
    other = "Lossi kulkee vielä vuoden. Siihen mahtuu kaksitoista autoa ja se kulkee joka päivä.\nLue meänkielelä\n"
    spoken = _spoken(_read(_HEAD + other + _TAIL))
    assert "fyra mil runt via Haparanda." in spoken
    assert "Lossi kulkee" not in spoken and "Lue meänkielelä" not in spoken


def test_an_english_or_german_short_version_under_the_article_is_not_read() -> None:
    for other in ("The cable ferry at Kukkola will keep running for one more year, the road authority has decided.\n",
                  "Die Fähre bei Kukkola fährt noch ein Jahr, und sie ist für alle Autos offen.\n"):
        spoken = _spoken(_read(_HEAD + other + "In English\n" + _TAIL))
        assert other.strip() not in spoken and "fyra mil runt" in spoken


def test_an_english_sentence_with_swedish_text_under_it_and_an_english_quote_stay() -> None:
    middle = ("The ferry is part of our daily life and it has been for as long as anyone can remember here.\n"
              "Det skrev en av de boende i en skrivelse till Vägverket i våras, som fick stöd av hela byn.\n")
    spoken = _spoken(_read(_HEAD + middle + _TAIL))
    assert "The ferry is part of our daily life" in spoken
    quote = "”We will keep the ferry running for as long as the river allows it,” says the ferryman Aarne Kitti."
    lines = rule_tags(_HEAD + quote + "\n" + _TAIL, default_rules(), Hints())
    trailing_language_tags(lines)
    assert next(ln for ln in lines if ln.text == quote).tag is None


def test_a_language_switch_under_the_article_is_not_read() -> None:
    for switch in ("In English", "Suomeksi", "Välj språk"):
        spoken = _spoken(_read(_HEAD + switch + "\n" + _TAIL))
        assert switch not in spoken and "fyra mil runt via Haparanda." in spoken
