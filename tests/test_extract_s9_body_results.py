"""Session 9, class 'the article's results under a "Resultat" heading were taken for a poll's box' (issue #9, recall
first; ``data/boilerplate.tsv`` rule ``poll``): "Resultat" was a poll's label, and as a label it took the lines of its
box with it: a sports article's own result list under its heading was lost. A poll is told by its other lines (its
question, "Rösta", the vote count, the disclaimer), which stay rules.

Every dump here was written after the fix, for fictional sites and in other wordings; the guard is a poll under the
article, its "Resultat" button among its lines.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Fjällsport\nSkidor\nSkoter\n9 februari 2025\nHemmaseger i Kalixloppet\n"
         "Kalix SK tog en dubbelseger i årets Kalixlopp när Jonas Berg spurtade ner klubbkamraten på upploppet.\n"
         "Loppet kördes i tio minusgrader och med nyspårade spår hela vägen från Töre.\n")
_ROWS = ["1. Jonas Berg, Kalix SK 1.12.04", "2. Per Alm, Kalix SK 1.12.06", "3. Tor Nyman, Luleå SK 1.13.40"]


def test_a_result_list_under_its_heading_is_read() -> None:
    for heading in ("Resultat", "Resultatet:", "Resultat:"):
        spoken = " ".join(_spoken(_read(_HEAD + heading + "\n" + "\n".join(_ROWS) + "\nDela\nFjällsport\n")))
        assert all(row.split(". ", 1)[1] in spoken for row in _ROWS)


def test_a_result_list_between_blank_lines_is_read() -> None:
    spoken = " ".join(_spoken(_read(_HEAD + "\nResultat\n" + "\n".join(_ROWS) + "\n\nDela\nFjällsport\n")))
    assert "Tor Nyman, Luleå SK" in spoken


def test_a_poll_under_the_article_is_still_not_read() -> None:
    poll = ("\nVeckans fråga\nSka Kalixloppet bli längre?\nJa, 60 km\nNej, det är bra som det är\nRösta\nResultat\n"
            "238 röster\nOmröstningen är inte vetenskaplig.\n\nFjällsport\n")
    spoken = _spoken(_read(_HEAD + poll))
    assert "Loppet kördes i tio minusgrader och med nyspårade spår hela vägen från Töre." in spoken
    assert not any(x in spoken for x in ("Ska Kalixloppet bli längre?", "Ja, 60 km", "Resultat", "Rösta"))
