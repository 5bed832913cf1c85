"""Session 9, class 'a call to the reader glued over the headline, taken for it' (issue #9).

A site's banner or teaser calling the reader to act, glued right over the headline ("Följ utvecklingen i hamnen här",
"Stöd lokal journalistik – bli prenumerant", "Här kan du läsa om hamnen"), outscored a headline the line model
doubted: a button's shape covers only short lines. A line of at most ten words opened by a reader's action (or with
one after a dash), or showing the way ("Här kan du ..."), is scored against when another candidate has a headline's
form (headshapes.call_line, headline.W_CALL). Every dump here was written after the fix, for fictional sites and
wordings; the guard keeps an imperative headline when it is the only one.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Kommunen har beslutat att bygga om hela hamnplanen under de kommande två åren, och arbetet börjar i augusti.\n"
    "Enligt planen ska parkeringen flyttas närmare färjeläget, och i stället anläggs en park med lekplats.\n"
    "– Vi har väntat länge på det här, säger ordföranden i hamnföreningen Lena Holm.\n"
    "Kostnaden beräknas till 38 miljoner kronor, varav en fjärdedel betalas av regionen.\n"
)
_SITE = "Kustorten\nHem\nNyheter\nKultur\nSport\nKontakt\n\n"


def test_a_subscription_call_glued_over_the_headline_is_no_headline() -> None:
    page = _SITE + "Gilla oss på Facebook för fler lokala nyheter\nHamnen får park för 38 miljoner\n6 maj 2026\n" + _TEXT
    article = _read(page)
    assert article.title == "Hamnen får park för 38 miljoner"
    assert "Facebook" not in spoken_text(article)


def test_a_series_teaser_with_a_call_after_a_dash_is_no_headline() -> None:
    page = _SITE + "Hamnen förr och nu – läs alla delar\nParkeringen i hamnen flyttas\n6 maj 2026\n" + _TEXT
    article = _read(page)
    assert article.title == "Parkeringen i hamnen flyttas"
    assert "läs alla delar" not in spoken_text(article)


def test_an_imperative_headline_alone_stays() -> None:
    page = _SITE + "Följ med på hamnvandring i maj\n6 maj 2026\n\n" + _TEXT.replace("\n", "\n\n")
    assert _read(page).title == "Följ med på hamnvandring i maj"
