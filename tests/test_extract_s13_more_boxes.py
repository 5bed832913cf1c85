"""Two page furniture classes in a text dump, as data rows of the boilerplate table:

- a box of the site's coming items under a label of the ``more-items`` rule with more kinds of item ("Kommande
  kurser", "Kommande konserter", "Kommande träffar", ...), its dated rows going with it;
- a web shop's cart in the page's header ("Varukorg (0)", "Kundvagn 2"), rule ``shop-cart``.

Seen on a held-out set after it was measured; every page here was written for these tests after the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import load
from audiocast.ingest.boilerplate import default_rules, first_match

SEWING = """Syföreningen Tråden
Varukorg (0)
Start
Kurser
Butik
Om oss

Nybörjarkursen i lapptäcke blev fullsatt på en dag
5 februari 2026

Vårens nybörjarkurs i lapptäcke fylldes på mindre än ett dygn, och föreningen öppnar nu en reservlista.

Kursen hålls sex torsdagskvällar i föreningens lokal på Kvarngatan, och symaskiner finns att låna på plats.

– Intresset har aldrig varit så stort, säger kursledaren Britt Hallén.

Kommande kurser
12 mars\tBroderi för nybörjare
9 april\tLaga och sy om kläder
7 maj\tQuiltning på maskin

Syföreningen Tråden är en ideell förening i Kvarnby sedan 1978.
"""


def test_a_box_of_coming_courses_and_the_cart_are_not_read(tmp_path: Path):
    page = tmp_path / "lapptacke.txt"
    page.write_text(SEWING, encoding="utf-8")
    article = load(page)
    assert article.title == "Nybörjarkursen i lapptäcke blev fullsatt på en dag"
    said = "\n".join([article.lead or ""] + [b.text for b in article.blocks])
    assert "reservlista" in said and "Britt Hallén" in said
    for gone in ("Kommande kurser", "Broderi för nybörjare", "Quiltning", "Varukorg"):
        assert gone not in said


@pytest.mark.parametrize("line", ["Kommande konserter", "Kommande föreställningar i Sala", "Kommande möten:",
                                  "Kommande utflykter"])
def test_labels_of_coming_items(line: str):
    m = first_match(default_rules(), line)
    assert m is not None and m[0].name == "more-items"


@pytest.mark.parametrize("line", ["Varukorg (3)", "Kundvagn 1", "Din varukorg är tom", "Till kassan"])
def test_a_shops_cart(line: str):
    m = first_match(default_rules(), line)
    assert m is not None and m[0].name == "shop-cart"


@pytest.mark.parametrize("line", [
    "Kommande konserter hålls i kyrkan varje söndag i advent.",  # the article's sentence
    "Varukorgen kostar nu nästan hundra kronor mer än i fjol.",
    "Kommande vecka",
])
def test_sentences_about_them_are_not_furniture(line: str):
    m = first_match(default_rules(), line)
    assert m is None or m[0].name not in {"more-items", "shop-cart"}
