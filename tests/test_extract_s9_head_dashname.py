"""Session 9, class 'the site's name set after a dash in the headline's row' (issue #9).

A headline row with the site's or the page's name after a dash ("Ny lekplats invigs i maj – Byavisan Ekeby") or
before it ("Ekeby IF – Ny lekplats invigs i maj") was said whole: only a bar or a dot cut the row. A dash cuts it now
too when both parts open with a capital and the cut part is a label, the site's name or a short line the page has on
its own (headline.core); a dash going on with the headline's sentence ("Juli 2025 – het i söder") keeps the row
whole. Every dump here was written after the fix, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Under lördagen samlades ett fyrtiotal medlemmar vid klubbstugan för att röja sly och måla om läktaren.\n\n"
    "Arbetet tog hela dagen, och på kvällen bjöd styrelsen på grillad korv och kaffe för alla som hjälpt till.\n\n"
    "Nästa arbetsdag blir i början av september, då staketet runt planen ska bytas ut.\n"
)


def test_the_sites_name_after_a_dash_is_cut_off() -> None:
    page = ("Lindås Bollklubb\nStart\nLag\nKontakt\n\nFyrtio medlemmar röjde vid klubbstugan – Lindås Bollklubb\n"
            "14 maj 2026\n\n" + _TEXT)
    assert _read(page).title == "Fyrtio medlemmar röjde vid klubbstugan"


def test_the_pages_name_before_an_en_dash_is_cut_off_in_a_glued_dump() -> None:
    page = ("Lindås BK\nStart\nLag\nKontakt\nLindås BK – Arbetsdagen samlade fyrtio medlemmar\n14 maj 2026\n"
            + _TEXT.replace("\n\n", "\n"))
    assert _read(page).title == "Arbetsdagen samlade fyrtio medlemmar"


def test_a_dash_that_goes_on_with_the_sentence_keeps_the_row_whole() -> None:
    page = ("Lindås Bollklubb\nStart\nLag\nKontakt\n\nMaj 2026\n\nMaj 2026 – klubbstugan fick nytt liv\n14 maj 2026\n\n"
            + _TEXT)
    assert _read(page).title == "Maj 2026 – klubbstugan fick nytt liv"
