"""A gift box under the article (a short heading, an appeal giving a Swish, bankgiro or plusgiro number, a thanks) was
read when its appeal was a sentence the classifier trusts ("Swisha till 123 987 65 43 – varje krona går till …"): it
became the article's last paragraph. appeals.gift_box_tags drops such a box set apart under the text, with no running
prose after it, before the article's end is sought (session 10 E2).

Every dump here was written after the fix, for fictional sites; the guards are the article's own appeal as its last
paragraph (no heading of a box over it) and an appeal box with the article going on below it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Hembygdsföreningen Lövånger\nStart\nGården\nKontakt\n\nKvarnen får nytt tak före vintern\n4 september 2025\n\n"
         "Taket på den gamla vattenkvarnen vid Lövån läcker så illa att golvet har börjat ruttna.\n\n"
         "Föreningen har fått ett bidrag från länsstyrelsen som täcker halva kostnaden för ett nytt spåntak.\n\n"
         "– Resten hoppas vi samla in bland medlemmar och bybor, säger ordföranden Ella Lind.\n\n")
_FOOT = "\nDela\n© Hembygdsföreningen Lövånger\n"


def test_a_gift_box_with_a_trusted_appeal_goes() -> None:
    box = ("Ge kvarnen ett nytt tak\nSätt in en gåva på bankgiro 5432-1098 och märk den Kvarntaket, så syns ditt "
           "namn på tavlan i kvarnen.\nTack för att du bidrar!\n")
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert not [line for line in box.splitlines() if line in spoken]


def test_a_swish_box_without_a_thanks_goes() -> None:
    box = "Stöd föreningen\nSwisha valfritt belopp till 123 678 90 12, varje krona går till att bevara bygdens hus.\n"
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert not [line for line in box.splitlines() if line in spoken]


def test_guard_the_articles_own_appeal_as_its_last_paragraph_stays() -> None:
    line = "Den som vill hjälpa till kan swisha en gåva till 123 678 90 12 och märka den Kvarntaket."
    assert line in _spoken(_read(_HEAD + line + "\n" + _FOOT))


def test_guard_an_appeal_box_with_the_article_going_on_below_stays() -> None:
    box = "Så kan du hjälpa\nGåvor tas emot på bankgiro 5432-1098, märk inbetalningen Kvarntaket.\n"
    more = "\nArbetet med taket börjar i oktober, och föreningen räknar med att det är klart innan snön kommer.\n"
    spoken = _spoken(_read(_HEAD + box + more + _FOOT))
    assert "Gåvor tas emot på bankgiro 5432-1098, märk inbetalningen Kvarntaket." in spoken
