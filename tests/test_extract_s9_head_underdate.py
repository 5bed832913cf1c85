"""Session 9, class 'a line under the date line outscoring a headline with a verb over it' (issue #9).

Under the head's date line a site sets a tool, a notice or a box's title ("Lyssna på artikeln i vår app", "Ämnen i
artikeln: Hamnen, Stadsplanering", "Premium för prenumeranter", "Karta över hamnen"): a line of three words or more
there counted as a headline under its kicker, and when the line model doubted the real headline over the date line,
that one was lost. A line over the date line with a sentence in it (three words or more, a finite verb, not opened
by a preposition, no label or furniture's form: headdigest.sentence_head) is a headline, never a kicker
(headcands._with_context). Every dump here was written after the fix, for fictional sites and wordings; the guard
keeps a kicker opened by a preposition over a headline under the date line.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Kommunen har beslutat att bygga om hela hamnplanen under de kommande två åren, och arbetet börjar i augusti.\n\n"
    "Enligt planen ska parkeringen flyttas närmare färjeläget, och i stället anläggs en park med lekplats.\n\n"
    "– Vi har väntat länge på det här, säger ordföranden i hamnföreningen Lena Holm.\n\n"
    "Kostnaden beräknas till 38 miljoner kronor, varav en fjärdedel betalas av regionen.\n"
)
_SITE = "Kustorten\nHem\nNyheter\nKultur\nSport\nKontakt\n\n"


def test_a_translate_tool_under_the_date_line_is_no_headline() -> None:
    page = _SITE + "Hamnen får park för 38 miljoner\n6 maj 2026\nÖversätt sidan till arabiska\n\n" + _TEXT
    article = _read(page)
    assert article.title == "Hamnen får park för 38 miljoner"
    assert "arabiska" not in spoken_text(article)


def test_a_map_box_title_under_the_date_line_is_no_headline() -> None:
    page = _SITE + "Parkeringen i hamnen flyttas\n6 maj 2026\nKarta över den nya parken\n\n" + _TEXT
    article = _read(page)
    assert article.title == "Parkeringen i hamnen flyttas"
    assert "Karta över" not in spoken_text(article)


def test_a_kicker_opened_by_a_preposition_keeps_its_headline_under_the_date() -> None:
    page = ("Kustorten\nHem\nNyheter\n\nFrån fullmäktiges möte i måndags\n6 maj 2026\nHamnen får en park med lekplats\n"
            + _TEXT.replace("\n\n", "\n"))
    assert _read(page).title == "Hamnen får en park med lekplats"
