"""Session 12: a law paragraph with a letter (inserted later) is an ordinal like
its chapter ("3 kap. 5 a §" -> "tredje kapitlet femte a paragrafen"); written
after the fix, with guards (a plain paragraph, a count of chapters, a part)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Domstolen tillämpade 20 kap. 3 a § rättegångsbalken.", "tjugonde kapitlet tredje a paragrafen rättegångsbalken"),
    ("Kommunen stödde sig på 10 b § lagen om kommunal energiplanering.", "på tionde b paragrafen lagen"),
    ("Enligt 2 kap. 22 a § 1 st. ska nämnden yttra sig.", "andra kapitlet tjugoandra a paragrafen första stycket"),
    ("Åtalet avsåg 14 kap. 9 c § och 15 kap. 2 §.", "fjortonde kapitlet nionde c paragrafen och femtonde kapitlet andra paragrafen"),
    # guards: without a letter still the ordinal, a count of chapters still a count
    ("Han åtalades enligt 3 kap. 6 § brottsbalken.", "tredje kapitlet sjätte paragrafen"),
    ("Rapporten har 12 kap. om klimatet.", "tolv kapitel"),
])
def test_paragraph_with_letter(text: str, want: str) -> None:
    assert want in normalize(text)
