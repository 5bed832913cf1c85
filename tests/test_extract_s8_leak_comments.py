"""Session 8, class 'a blog's comments whose head is the commenter's name and the comment's date on one line' (issue #9;
:func:`audiocast.ingest.threadruns.is_commenter`): "Gun K. 26 augusti 2024 kl. 08:11" under "2 kommentarer:" - the
thread was not told because the head was no bare name, and the first comment was read.

Every dump here was written after the fix, for a fictional site, in other wordings than the dump that showed the class;
the guards are the article's own dated line of a person and a sentence counting comments.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_POST = ("Stickcaféet i Ljusdal\nStartsida\nMönster\nKontakt\n"
         "tisdag 4 mars 2025\nVårens första stickträff\n"
         "Tretton stickare kom till biblioteket i går kväll, fler än någonsin. Vi fick låna det stora rummet på övervåningen.\n"
         "Ingrid visade hur man stickar tumvantar i tvåändsstickning, och flera gick hem med ett färdigt par.\n"
         "Upplagd av Solveig kl. 21:40\n")


def test_comments_under_a_counter_with_name_and_date_heads_without_blank_lines_are_not_read() -> None:
    thread = ("3 kommentarer:\nAstrid L. 5 mars 2025 kl. 09:02\nÅh, jag missade det! Nästa gång kommer jag.\nSvara\n"
              "Bosse 5 mars 2025 kl. 17:30\nFinns mönstret att låna?\nSvara\nLägg till kommentar\nÄldre inlägg\n")
    spoken = _spoken(_read(_POST + thread))
    assert "gick hem med ett färdigt par." in spoken
    assert "Nästa gång kommer jag" not in spoken and "Finns mönstret att låna?" not in spoken


def test_comments_with_iso_dated_heads_and_no_buttons_are_not_read() -> None:
    thread = "\n2 kommentarer\n\nMarianne Öst, 2025-03-06 08:14\nVilken härlig kväll det var.\n\nKjell 2025-03-07 19:55\nTack Ingrid!\n"
    spoken = _spoken(_read(_POST + thread))
    assert "Vilken härlig kväll det var." not in spoken and "Tack Ingrid!" not in spoken
    assert "Tretton stickare kom" in spoken


def test_the_articles_dated_line_and_a_sentence_about_comments_stay() -> None:
    post = _POST.replace("Upplagd av Solveig kl. 21:40\n", "Nästa träff:\nSolveig Ek 18 mars 2025 kl. 18:00\n"
                         "Hon visar hur man stickar sockor med kabelmönster.\n"
                         "Vi fick 12 kommentarer på förra inlägget och svarar på dem på träffen.\n")
    spoken = _spoken(_read(post))
    assert "Hon visar hur man stickar sockor med kabelmönster." in spoken
    assert "Vi fick 12 kommentarer på förra inlägget" in spoken
