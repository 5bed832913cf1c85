"""Wave 2b, class 'a newsletter's greeting over its first story read as the lead' (issue #9;
headcands._greeting_over_head).

An archived newsletter opens with its issue's head - the sender, the issue's title, a greeting ("Hej kulturvän!"),
a contents line, a separator, a label - and then the first story's headline and text. The greeting stood where a lead
stands and the issue's title was taken for the headline. A greeting that no sentence follows, with the story's
headline below it and the issue's furniture between (a separator, a label, a contents line) or the story's byline
under its headline, is dropped with the contents line. Every dump here was written after the fix, for fictional
senders, in other wordings; the guard keeps a letter's greeting over its own text.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_STORY = (
    "Trädgårdsföreningens visningsträdgård har fått ett nytt växthus. Det byggdes av frivilliga under tre helger i mars.\n"
    "Växthuset ska användas till föreningens plantskola, där medlemmar kan köpa egna odlade plantor till självkostnadspris.\n"
    "Försäljningen öppnar lördag 9 maj kl 10.\n"
)


def test_a_greeting_a_contents_line_and_a_separator_over_the_story_are_not_the_lead() -> None:
    page = ("Öppna i webbläsaren\nTRÄDGÅRDSFÖRENINGEN ROSEN · VÄXJÖ\nMedlemsblad april 2026\nHej odlarvänner!\n"
            "Det här numret: Nytt växthus · Plantskolan · Vårmötet\n~ ~ ~\nVäxthuset står klart\n" + _STORY
            + "~ ~ ~\nAvsluta prenumerationen\n")
    article = _read(page)
    assert article.title == "Växthuset står klart"
    assert article.lead is not None and article.lead.startswith("Trädgårdsföreningens visningsträdgård")
    spoken = _spoken(article)
    assert "Hej odlarvänner!" not in spoken and "Det här numret" not in spoken
    assert "Försäljningen öppnar lördag 9 maj kl 10." in spoken


def test_a_greeting_over_a_label_in_capitals_and_the_story_headline_is_not_the_lead() -> None:
    page = ("Trädgårdsföreningen Rosen\nMEDLEMSBLAD · APRIL\nKära medlemmar,\nMÅNADENS NYHET\n"
            "Nytt växthus i visningsträdgården\n" + _STORY)
    article = _read(page)
    assert article.title == "Nytt växthus i visningsträdgården"
    assert "Kära medlemmar," not in _spoken(article)


def test_a_greeting_over_a_headline_with_its_writer_under_it_is_not_the_lead() -> None:
    page = ("Visa detta mejl i din webbläsare\nTrädgårdsföreningen Rosen\nApril 2026\nHej allihopa!\n"
            "Nu har vi ett eget växthus\nBritt Sund, ordförande\n" + _STORY)
    article = _read(page)
    assert article.title == "Nu har vi ett eget växthus"
    assert article.lead is not None and article.lead.startswith("Trädgårdsföreningens visningsträdgård")


def test_guard_a_letters_greeting_over_its_subheading_and_text_stays() -> None:
    # No separator, label or contents line between, no byline: the greeting is the letter's own first line.
    page = ("Trädgårdsföreningen Rosen\nMedlemsbrev april 2026\nHej alla odlare!\nVåra nya plantor\n" + _STORY)
    article = _read(page)
    assert "Hej alla odlare!" in _spoken(article)
    assert "Trädgårdsföreningens visningsträdgård har fått ett nytt växthus." in _spoken(article)
