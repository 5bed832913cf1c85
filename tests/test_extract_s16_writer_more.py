"""Session 16 (E1): a box of the writer's other texts under the article, its heading naming the writer ("Fler texter av
<Name>", "Mer av <Name>"; issue #9: boilerplate read aloud; moreboxes.py).

Round b58 read an analysis closed by "Fler texter av Olof Grahn" over two of his headlines. The heading's shape holds on
any site: a word of "more", a word of the site's items or none, and the writer's capitalised name; under it the titles
(moreboxes' own test: at least two title-like lines of four words or more). Every page here was written after the fix,
for an invented site; the guards: such words in the article's subheading over its paragraph, and "Mer av" over a
sentence's words.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

from audiocast.ingest.moreboxes import is_more_head

_TOP = "Vänersborgs Allehanda\nNyheter\nSport\nKultur\nÅsikt\n"
_END = "Kommentera\nVänersborgs Allehanda\nAnsvarig utgivare: Tove Lind\n"
_BODY = ("Kommunens nya kulturhus har kostat 40 miljoner kronor mer än beräknat, visar en rapport från revisorerna.\n"
         "Revisorerna pekar på brister i hur projektet styrdes och att politikerna fick för lite information.\n"
         "– Vi borde ha ställt fler frågor tidigt, säger kommunstyrelsens ordförande Amir Sandberg.\n"
         "Frågan tas upp på fullmäktige i juni.\n")


def _page(after: str) -> str:
    return _TOP + "Kulturhuset blev 40 miljoner dyrare\nPublicerad 4 juni 2026\nAv Rebecka Holm\n" + _BODY + after + _END


def test_the_writers_other_texts_under_a_heading_with_her_name_go() -> None:
    after = "Mer av Rebecka Holm\nDärför stänger simhallen i augusti\nSå mycket höjs taxan för sophämtning\n"
    lines = spoken_lines(read_dump(_page(after)))
    assert "Frågan tas upp på fullmäktige i juni." in lines
    for gone in ("Mer av Rebecka Holm", "Därför stänger simhallen i augusti", "Så mycket höjs taxan för sophämtning"):
        assert gone not in lines


def test_a_heading_with_an_item_word_and_the_writers_name_goes() -> None:
    after = "Fler krönikor av Rebecka Holm\nEn sommar utan badplats vid Vänern\nVarför bygger ingen hyresrätter här?\n"
    lines = spoken_lines(read_dump(_page(after)))
    assert "Fler krönikor av Rebecka Holm" not in lines
    assert "En sommar utan badplats vid Vänern" not in lines


def test_guard_shapes_that_are_no_writers_heading() -> None:
    assert is_more_head("Läs fler texter av Sara Ek")
    assert not is_more_head("Mer av samma vara")
    assert not is_more_head("Fler av oss borde cykla")


def test_guard_such_a_heading_over_a_paragraph_stays() -> None:
    after = ("Fler texter av Hjalmar Bergman\n"
             "Biblioteket ställer samtidigt ut fler texter av Hjalmar Bergman, som gick i skola i staden som barn.\n")
    lines = spoken_lines(read_dump(_page(after)))
    assert any(x.startswith("Biblioteket ställer samtidigt ut") for x in lines)
