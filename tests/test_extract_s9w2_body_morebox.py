"""A box of the site's earlier items whose noun is a compound or a letter's ("Tidigare brev", "Äldre klubbnyheter",
"Fler ordförandebrev") over their titles under the article was read (audiocast.ingest.moreboxes, session 9 wave 2
E6): the items' word may be any compound of a site item's noun now, and "brev", "blad" are such nouns.

Every dump here was written after the fix, for fictional sites; the guard is the article's subheading of that shape
over its own paragraph.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Norrbo Golfklubb\nHem\nBana\nKontakt\n14 april 2025\nBanan öppnar för spel på lördag\n"
         "Efter en mild vår kan banan öppna redan på lördag, två veckor tidigare än förra året, meddelar banchefen.\n"
         "Greenerna har klarat vintern bra och de nya utslagsplatserna på hål sju och tolv tas i bruk samtidigt.\n"
         "Tider bokas som vanligt i appen, och klubbhusets café har öppet varje dag från klockan åtta.\n")
_FOOT = "Norrbo Golfklubb\nBanvägen 1, Norrbo\nTillgänglighet\n"


def test_a_box_of_earlier_letters_titled_by_month_is_not_read() -> None:
    box = ("Tidigare brev från ordföranden\nMars: Vi välkomnar sextio nya medlemmar i år\n"
           "Februari: Klubbhusets kök byggs om före säsongen\n")
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert not [line for line in box.splitlines() if line in spoken]


def test_a_box_of_older_compound_items_is_not_read() -> None:
    box = "Äldre klubbnyheter\nJuniorerna vann distriktsfinalen i Umeå\nNy tränare för damlaget är klar\n"
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert not [line for line in box.splitlines() if line in spoken]


def test_guard_the_articles_subheading_of_that_shape_over_its_paragraph_stays() -> None:
    para = ("I tidigare klubbnyheter har vi skrivit om dräneringen, som nu är klar på alla hål utom det femtonde "
            "där arbetet fortsätter i maj.")
    spoken = _spoken(_read(_HEAD + "Tidigare klubbnyheter\n" + para + "\n" + _FOOT))
    assert para in spoken
