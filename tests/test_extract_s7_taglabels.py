"""Session 7, class 'the article's topic tags under a taxonomy label' (issue #9; rule ``latest-news`` in
``ingest/data/boilerplate.tsv``): "Ämne:", "Etiketter", "Nyckelord:", "Kategorier" alone on a line over one-word tags
the article has not said; only "Ämnen" and "Taggar" were known.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guard is a packing list under a heading of the article's.
"""

from __future__ import annotations

import pytest
from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_PAGE = ("Hamnföreningen Kalmarsund\nStart\nNyheter\n\nNy sjösättningsramp vid Norra hamnen\n2027-04-14\n"
         "Föreningen har byggt en ny ramp för sjösättning av småbåtar vid Norra hamnen. Den invigs på lördag.\n"
         "Rampen är bred nog för två båtar samtidigt och har en brygga för att förtöja medan bilen parkeras.\n"
         "– Nu slipper vi köerna på våren, säger hamnkaptenen Ulla Persson.\n\n{tail}\n\nHamnföreningen Kalmarsund\n")


@pytest.mark.parametrize("label", ["Ämne:", "Etiketter", "Nyckelord:", "Kategorier:"])
def test_tags_under_a_taxonomy_label_are_not_read(label: str) -> None:
    spoken = _spoken(_read(_PAGE.format(tail=f"{label}\nBåtliv\nFritid\nKalmar\nSommar")))
    assert "säger hamnkaptenen Ulla Persson." in spoken
    assert "Båtliv" not in spoken and "Fritid" not in spoken


def test_a_packing_list_under_the_articles_heading_stays() -> None:
    spoken = _spoken(_read(_PAGE.format(tail="Ta med till invigningen\nFlytväst\nFika\nKlubbvimpel")))
    assert "Flytväst" in spoken and "Klubbvimpel" in spoken
