"""Session 9, class 'a switch of the page read as text' (issue #9, live-report furniture;
:func:`audiocast.ingest.pagewidgets.switch_tags`): a live report's "Uppdatera automatiskt" over its options "På" and
"Av" was read between the head and the first post.

Every dump here was written after the fix, for fictional sites and in other wordings; the guards are a question
answered in the article's own words under a colon, and the article's short list items.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Älvdalsbladet\nNyheter\n2 maj 2025\nJust nu: Vårfloden stiger i Älvdalen\n"
         "Vattnet i Österdalälven stiger snabbt efter värmen. Här rapporterar vi hela dagen.\n")
_POSTS = ("16.20\nVägen mot Rot är avstängd vid bron, där vattnet nu når upp till vägbanan.\n"
          "15.45\nKommunen delar ut sandsäckar vid brandstationen till boende nära älven.\n"
          "15.05\nSMHI har höjt sin varning för höga flöden till en gul varning.\nMest läst\nNytt bageri\n")


def test_a_live_reports_switch_is_not_read() -> None:
    for switch in ("Automatisk uppdatering\nPå\nAv\n", "Uppdatera flödet\nOn\nOff\n", "Ljud\nPå\nAv\n"):
        spoken = _spoken(_read(_HEAD + switch + _POSTS))
        assert "Kommunen delar ut sandsäckar vid brandstationen till boende nära älven." in spoken
        assert not any(x in spoken for x in switch.strip().split("\n"))


def test_a_switch_between_the_posts_is_not_read() -> None:
    spoken = _spoken(_read(_HEAD + "16.30\nFärjan vid Rot har slutat gå.\nVisa bilder\nJa\nNej\n" + _POSTS))
    assert "Visa bilder" not in spoken and "Nej" not in spoken
    assert "Vägen mot Rot är avstängd vid bron, där vattnet nu når upp till vägbanan." in spoken


def test_guards_an_answer_under_a_colon_and_the_articles_items() -> None:
    spoken = _spoken(_read(_HEAD + "Vi frågade brandchefen om älven kan svämma över i natt:\nJa.\n"
                           "– Om värmen håller i sig är det troligt, säger Eva Dahl.\n" + _POSTS))
    assert "– Om värmen håller i sig är det troligt, säger Eva Dahl." in spoken
    items = "Det här behöver du i en krislåda:\nVatten i dunkar\nFicklampa med batterier\nRadio\n"
    spoken = _spoken(_read(_HEAD + items + _POSTS))
    assert "Ficklampa med batterier" in " ".join(spoken)
