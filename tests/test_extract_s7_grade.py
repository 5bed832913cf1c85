"""Session 7, class 'a review's grade standing alone under its text' (issue #9; recall; ``furniture._GRADE``,
``text._SOURCE``): "Betyg: 4 av 5", "Vårt betyg: 3/5" alone under the review were dropped as a lone doubted line.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guard is the page's rating widget asking the reader for a grade.
"""

from __future__ import annotations

import pytest
from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_PAGE = ("Bokhörnan Gävle\nRecensioner\nEvenemang\n\nDeckare i skärgårdsmiljö håller hela vägen\n\nAv Tove Rask\n2027-08-09\n\n"
         "Lena Forsbergs nya deckare utspelar sig på en ö utanför Gävle under en stormig höstvecka.\n\n"
         "Intrigen är tät och personerna trovärdiga, särskilt den tystlåtna polisen Ingrid Moberg.\n\n"
         "Slutet är kanske lite väl förutsägbart, men det gör inte så mycket.\n\n{grade}\n\nDela\nFler recensioner\n"
         "Sommarens bästa barnböcker\n")


@pytest.mark.parametrize("grade", ["Betyg: 4 av 5", "Vårt betyg: 3/5", "Mitt betyg: 2 av 5"])
def test_a_grade_alone_under_the_review_is_read(grade: str) -> None:
    spoken = _spoken(_read(_PAGE.format(grade=grade)))
    assert grade in spoken and "det gör inte så mycket." in spoken


def test_the_pages_rating_widget_is_not_read() -> None:
    spoken = _spoken(_read(_PAGE.format(grade="Vad tycker du om recensionen?\nGe ditt betyg\n★★★★★")))
    assert "Ge ditt betyg" not in spoken
