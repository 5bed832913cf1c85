"""Session 10 (E3), a hosted blog's pager in English over the neighbouring posts' titles (issue #9; boilerplate.tsv
next-items).

A Swedish pottery's blog on a hosted platform keeps the platform's English furniture: "Newer Post" over the next
post's title and "Older Post" over the previous one's, under the author's name. They were read after the article
(an invented probe). "Newer/Older/Previous/Next Post" (or Article, Entry, Story) is a pager's label, as "Nästa
inlägg" is: the title under it goes with it. The probe was written before the fix, the other page after.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TEXT = ("I höst startar vi två nya kvällskurser för nybörjare. Kurserna är på tisdagar och torsdagar, åtta tillfällen "
         "vardera, och vi har plats för sex deltagare i varje grupp.\n"
         "Lera, glasyr och bränning ingår i priset, och du får ta med dig allt du gör hem.\n"
         "Anmälan öppnar den 20 augusti. Förra året blev kurserna fulla på två dagar, så var snabb!\n\n")


def test_newer_and_older_post_with_their_titles_under_a_pottery_blog() -> None:
    page = ("Skip to Content\nKeramikverkstan\nHem\nKurser\nBlogg\n\nBlogg\nNya kvällskurser i drejning i höst\n"
            "August 12, 2025\n\n" + _TEXT + "Keramikverkstan\nNewer Post\nSommarens öppettider\nOlder Post\n"
            "Vi har fått en ny ugn!\n\nLeave a comment\n\nKeramikverkstan\nPowered by Squarespace\n")
    spoken = spoken_text(read_dump(page))
    assert "så var snabb!" in spoken
    assert "Sommarens öppettider" not in spoken and "ny ugn" not in spoken


def test_previous_and_next_article_under_a_bakerys_news() -> None:
    page = ("Bageriet Vete\nStart\nNyheter\nBeställ\n\nNyheter\nNu bakar vi semlor igen\n2 februari 2026\n\n"
            "Från och med i dag finns semlorna i disken igen, både klassiska och med vaniljkräm. Vi bakar dem varje "
            "morgon klockan fem.\nBeställ gärna till fikat på jobbet senast dagen innan.\n\n"
            "Previous Article\nJulens öppettider\nNext Article\nNytt surdegsbröd i butiken\n\n© Bageriet Vete\n")
    spoken = spoken_text(read_dump(page))
    assert "klockan fem" in spoken and "Julens öppettider" not in spoken and "surdegsbröd" not in spoken
