"""Session 13 (D2): a news site's button to give the article away as a gift ("Ge bort artikeln") in the share row
under the byline was read aloud (held-out extract42 u06); a Swedish button's words, certain, as data in the share
rule of data/boilerplate.tsv. Written after the fix, on invented pages; guard: the same words in a sentence stay."""

from __future__ import annotations

import pytest
from extract_helpers import read_dump, spoken_lines

_PAGE = ("Västkustposten\nMeny\nNyheter\nSport\n\nNyheter\nHamnen byggs ut för fler fiskebåtar\n"
         "Kommunen bygger ut fiskehamnen i Smögen med tjugo nya platser för yrkesfiskare, beslutade nämnden i går.\n"
         "Lisa Berg\n4 april 2026 07:00\nDela artikeln\nKopiera länk\n{button}\n"
         "Bygget börjar i september och ska vara klart till nästa sommar, enligt hamnchefen Per Ek.\n"
         "Kostnaden beräknas till elva miljoner kronor, varav hälften betalas av staten.\n")


@pytest.mark.parametrize("button", ["Ge bort artikeln", "Ge bort den här artikeln", "Dela artikeln gratis",
                                    "Ge bort artikel"])
def test_a_gift_button_in_the_share_row_is_not_read(button: str) -> None:
    lines = spoken_lines(read_dump(_PAGE.format(button=button)))
    assert button not in lines
    assert "Bygget börjar i september och ska vara klart till nästa sommar, enligt hamnchefen Per Ek." in lines


def test_guard_the_words_in_a_sentence_stay() -> None:
    sentence = "Ge bort artikeln till en vän, uppmanar tidningen i sin nya kampanj för prenumeranter."
    lines = spoken_lines(read_dump(_PAGE.format(button="Kopiera länk") + sentence + "\n"))
    assert sentence in lines
