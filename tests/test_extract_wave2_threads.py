"""Wave 2, class 'a comment thread opened by its counter' (issue #9; :mod:`audiocast.ingest.threadruns`).

A line counting the comments ("7 kommentarer", "💬 3 comments") under the article, a commenter's name over each comment,
closed by the comment field - no time stamps, no buttons per comment. Every dump here was written after the fix, for a
fictional site, in other wordings than the dumps that showed the class; the guards are an embedded post's counter with
the article going on under it and the article's sentence about comments.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = [
    "Scoutkåren i Alunda har fått nya lokaler i den gamla brandstationen vid Stationsvägen.",
    "Kåren har hyrt in sig i församlingshemmet i tjugo år men har vuxit ur lokalen.",
    "– Nu får vi ett eget förråd för kanoterna och en stor sal för kårmötena, säger kårordföranden Lisa Berg.",
    "Inflyttningen sker i slutet av april och firas med öppet hus den 9 maj.",
]


def _page(after: str, blank: bool = True) -> str:
    return ("Alunda scoutkår\nAvdelningar\nBli scout\nKontakt\n\nScouterna flyttar in i brandstationen\n2 april 2026\n"
            + "\n".join(_BODY) + "\n" + ("\n" if blank else "") + after + "\n\nAlunda scoutkår · Box 7 · Alunda\n")


def test_a_swedish_thread_under_its_counter_is_not_read() -> None:
    thread = ("4 kommentarer\nMoa Lindh\nÄntligen! Det var trångt i församlingshemmet.\nStefan K.\n"
              "Får man komma och titta på lokalen innan öppet hus?\nLisa Berg\nAbsolut, hör av dig så ordnar vi det.\n"
              "Skriv en kommentar…")
    spoken = _spoken(_read(_page(thread)))
    assert _BODY[-1] in spoken
    assert "4 kommentarer" not in spoken and "Äntligen! Det var trångt" not in spoken
    assert "Får man komma och titta" not in spoken and "hör av dig så ordnar" not in spoken


def test_an_english_counter_with_its_emoji_glued_under_the_article_opens_the_thread() -> None:
    thread = "💬 3 comments\nPer Holm\nVilken fin lokal det blir.\nAnna S.\nBehöver ni hjälp med flytten?\nAdd a comment…"
    spoken = _spoken(_read(_page(thread, blank=False)))
    assert _BODY[-1] in spoken
    assert "Vilken fin lokal" not in spoken and "Behöver ni hjälp med flytten?" not in spoken and "comments" not in spoken


def test_an_embedded_posts_counter_with_the_article_going_on_under_it_stays() -> None:
    # Guard: no commenter's name under the counter; the article's paragraph follows.
    dump = ("Alunda scoutkår\nBli scout\n\nScouterna flyttar in i brandstationen\n2 april 2026\n" + "\n".join(_BODY[:2])
            + "\nAlunda scoutkår\nNu är nycklarna våra!\n23 kommentarer\n"
            + "Inlägget fick många glada svar från före detta scouter, och flera av dem har anmält sig som ledare.\n"
            + "\n".join(_BODY[2:]) + "\n")
    spoken = _spoken(_read(dump))
    assert "flera av dem har anmält sig som ledare" in spoken and _BODY[-1] in spoken


def test_the_articles_sentence_about_comments_stays() -> None:
    line = "Beskedet på kårens sida fick 40 kommentarer, nästan alla från föräldrar som var glada."
    spoken = _spoken(_read(_page(line, blank=False)))
    assert line in spoken and _BODY[-1] in spoken
