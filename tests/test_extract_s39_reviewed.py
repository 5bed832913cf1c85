"""Session 39, from extract177 (HTML, opened): a page's review stamp ("Sidan granskades senast 12 januari 2025") under
an article was read; a stamp saying when the page was last updated was already dropped (rows ``updated`` and
``date-label``), one saying when it was reviewed or checked was not (row ``page-reviewed``). Written after the fix."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_PAGE = ("Vattenbolaget Norr\nStart\nAvbrott\nKundservice\n\nSpolning av ledningarna i Östby\n4 mars 2027\n\n"
         "Under vecka 12 spolar vi vattenledningarna i Östby, och vattnet kan då bli missfärgat under några timmar.\n\n"
         "Missfärgat vatten är inte farligt, men vänta med att tvätta vit tvätt tills vattnet är klart igen.\n\n"
         "– Spola kranen en stund så brukar det gå över, säger driftchefen Per Ekholm.\n\n{stamp}\n\nKontakta oss\n")


def test_a_pages_review_stamp_is_not_read() -> None:
    for stamp in ("Sidan granskades senast 2 mars 2027", "Innehållet kontrollerades senast: 1 mars 2027"):
        lines = spoken_lines(read_dump(_PAGE.format(stamp=stamp)))
        assert stamp not in lines
        assert "– Spola kranen en stund så brukar det gå över, säger driftchefen Per Ekholm." in lines
