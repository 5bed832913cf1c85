"""Session 22: a headline that shares no word with its article's text is doubted (``confidence.shares_word``).

Written after the change, with new pages: a section's name taken for the headline is flagged for an editor; a
headline naming what the text is about is not, through an inflection or a compound's head too.
"""

from __future__ import annotations

from audiocast.ingest.confidence import shares_word


def test_a_section_name_shares_nothing_with_the_text() -> None:
    text = ["Kyrkorådet i Frösö församling vill sälja prästgården. Beslutet fattas i kyrkofullmäktige i juni."]
    assert not shares_word("Familj och fritid", text)
    assert not shares_word("Skriv till oss", text)


def test_a_headline_shares_a_word_by_its_stem() -> None:
    text = ["Kyrkorådet i Frösö församling vill sälja prästgården. Beslutet fattas i kyrkofullmäktige i juni."]
    assert shares_word("Prästgård kan säljas", text)  # "prästgården": the same first five letters
    assert shares_word("Frösö", text)
    assert shares_word("Ja!", text)  # no word of four letters: nothing to compare, no doubt
