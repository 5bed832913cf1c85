"""Session 7, class 'two titles of the site's other posts under a list's heading' (issue #9; :mod:`audiocast.ingest.
teasertitles`): under a menu word of the page ("Nyheter") or a heading opening with a list's word ("Tidigare nyheter",
"Senaste från föreningen"), two bare titles are a list, a number in a title allowed; three were needed, without
numbers.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guard is the article's programme with times under a heading of its own words.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_PAGE = ("Ryttarföreningen Galoppen\nStart\nNyheter\nLektioner\n\nNytt ridhus invigt i Backe\n2027-10-02\n"
         "Föreningens nya ridhus invigdes i lördags med uppvisning och tårta. Över 200 besökare kom.\n"
         "Ridhuset har kostat 6 miljoner kronor och är byggt med stöd från kommunen och Boverket.\n"
         "– Nu kan vi rida året om, säger ordföranden Maja Sundin.\n{tail}\nRyttarföreningen Galoppen · Backe\n")


def test_two_titles_under_the_pages_menu_word_are_not_read() -> None:
    spoken = _spoken(_read(_PAGE.format(tail="Nyheter\nHöstens tävlingar klara\nNya lektionstider från 2028\n")))
    assert "säger ordföranden Maja Sundin." in spoken
    assert "Höstens tävlingar klara" not in spoken and "Nya lektionstider från 2028" not in spoken


def test_two_titles_under_an_earlier_posts_heading_are_not_read() -> None:
    spoken = _spoken(_read(_PAGE.format(tail="Tidigare från stallet\nPonnyläger i juli\nStalltjejer sökes till hösten\n")))
    assert "Ponnyläger i juli" not in spoken and "Stalltjejer sökes till hösten" not in spoken


def test_a_programme_with_times_under_the_articles_own_heading_stays() -> None:
    tail = "Program på söndag\nKlockan 11 öppet stall\nKlockan 13 uppvisning i ridhuset\n"
    spoken = _spoken(_read(_PAGE.format(tail=tail)))
    assert "Klockan 11 öppet stall" in spoken and "Klockan 13 uppvisning i ridhuset" in spoken
