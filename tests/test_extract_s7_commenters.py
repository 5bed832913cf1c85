"""Session 7, class 'a blog's comments whose commenter line carries a verb of saying' (issue #9;
:func:`audiocast.ingest.threadruns.is_commenter`): "Anonym sa...", "Britt i Borås skriver:", "Karin said..." under
the comment counter; the thread was not told because the name line was no bare name.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guard is a sentence of the article reporting what someone said, under no counter.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_POST = ("Fågelbloggen Hornborga\nHem\nArkiv\n\nTranorna är tillbaka\n\nlördag 21 mars 2027\n\n"
         "I morse räknade vi 3 400 tranor vid Hornborgasjön. Det är tidigt i år, och de kommer att bli fler.\n\n"
         "Bästa platsen att se dem är fortfarande Trandansen, men kom tidigt på morgonen.\n\n"
         "Upplagd av Nils kl. 18:20\n\n")


def test_comments_under_name_and_sa_are_not_read() -> None:
    thread = ("2 kommentarer:\n\nGun från Falköping sa...\nUnderbart, vi åker dit i morgon!\n22 mars 2027 08:10\n\n"
              "Anonym sa...\nHur länge stannar de?\n22 mars 2027 09:45\n\nSkicka en kommentar\n")
    spoken = _spoken(_read(_POST + thread))
    assert "kom tidigt på morgonen." in spoken
    assert "Underbart, vi åker dit i morgon!" not in spoken and "Hur länge stannar de?" not in spoken


def test_comments_under_name_and_skriver_without_blank_lines_are_not_read() -> None:
    thread = "Kommentarer (2)\nErik Holm skriver:\nTack för tipset.\nSara skriver:\nSåg dem i går också!\n"
    spoken = _spoken(_read(_POST + thread))
    assert "Tack för tipset." not in spoken and "Såg dem i går också!" not in spoken


def test_comments_in_english_are_not_read() -> None:
    thread = "3 comments\n\nBirdwatcher said...\nAmazing numbers!\n\nNils said...\nThanks!\n"
    spoken = _spoken(_read(_POST + thread))
    assert "Amazing numbers!" not in spoken


def test_the_articles_report_of_what_someone_said_stays() -> None:
    post = _POST.replace("Upplagd av Nils kl. 18:20\n\n", "Ornitologen Eva Berg sa i radio att toppen kommer om en vecka.\n\n")
    spoken = _spoken(_read(post + "Dela\n"))
    assert "Ornitologen Eva Berg sa i radio" in spoken
