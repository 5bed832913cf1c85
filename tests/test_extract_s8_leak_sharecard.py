"""Session 8, class 'a card for the next event glued under the share row that closed the article' (issue #9;
:func:`audiocast.ingest.articleend.end_tags`): "Dela", then "Nästa hemmamatch", its date, the teams and "Köp biljett" -
the card stood in the first box under the article's end (the place of its fact box) and named the team the article
named, so it was read.

Every dump here was written after the fix, for a fictional site, in other wordings than the dump that showed the class;
the guards are the article's result lines above the share row and its fact box under it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Lugi Innebandy\nStart\nLag\nMatcher\n\nLugi tog första segern i slutspelet\n\nAv Tove Ek\n3 mars 2026 22:10\n\n"
         "Lugi vann den första kvartsfinalen mot Växjö med 6–4 efter tre mål i tredje perioden.\n\n"
         "– Vi visste att vi hade mer att ge efter andra perioden, säger lagkaptenen Hugo Ståhl.\n\n"
         "Lugi leder nu matchserien med 1–0 och kan avgöra på hemmaplan på lördag.\n")
_TAIL = "Fler nyheter\nJuniorerna vann DM\nLugi Innebandy\nKakor\n"


def test_the_next_home_games_card_under_the_share_row_is_not_read() -> None:
    card = "Målskyttar Lugi: Ståhl 2, Berg 2, Nyman, Ali.\nPublik: 1 240.\nDela\nNästa match\nLör 7 mars 16:00\nLugi – Växjö\nKöp biljetter\n"
    spoken = _spoken(_read(_HEAD + card + _TAIL))
    assert "Målskyttar Lugi: Ståhl 2, Berg 2, Nyman, Ali." in spoken and "Publik: 1 240." in spoken
    assert "Nästa match" not in spoken and "Lugi – Växjö" not in spoken


def test_a_course_card_with_a_booking_button_under_the_share_row_is_not_read() -> None:
    card = "Dela artikeln\nInnebandyskola för barn\nSöndagar i Lugihallen\nBoka plats\n"
    spoken = _spoken(_read(_HEAD + card + _TAIL))
    assert "Innebandyskola för barn" not in spoken and "Söndagar i Lugihallen" not in spoken
    assert "kan avgöra på hemmaplan på lördag." in spoken


def test_the_articles_fact_box_under_the_share_row_stays() -> None:
    box = "Dela\nFakta: kvartsfinalen\nLugi–Växjö 6–4 (1–2, 1–1, 4–1)\nPublik: 1 240\nMål: Ståhl 2, Berg 2, Nyman, Ali\n"
    spoken = _spoken(_read(_HEAD + box + _TAIL))
    assert "Lugi–Växjö 6–4 (1–2, 1–1, 4–1)" in spoken and "Mål: Ståhl 2, Berg 2, Nyman, Ali" in spoken
