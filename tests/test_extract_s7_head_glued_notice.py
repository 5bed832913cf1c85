"""Session 7, class 'a notice set right over the headline read as the lead' (issue #9;
headcands._unrelated_notice_over_head).

A one-line notice over the article's headline, with a blank line or none ("Obs! Texten uppdateras löpande.", "Den här
artikeln är mer än ett år gammal.", "Texten har lästs in med syntetisk röst."), was the page's first paragraph: the
lead, with the site's name for a headline. Under it stands a headline with its lead right under it, and the notice names
nothing of them, as a lead would. Every dump here was written after the fix, for fictional sites, in other wordings
and positions; the guard keeps a short lead that names what its text tells.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_LEAD = "Ett rådjur med kid har setts vandra längs Storgatan i Tallby flera morgnar i rad den senaste veckan."
_TEXT = (
    "Djuren verkar ha tagit sig in i stan via järnvägsbanken och övernattar i parken bakom biblioteket.\n"
    "Viltvårdaren ber alla att hålla hundar kopplade och att inte mata djuren, hur söta de än är.\n"
)


def test_an_age_notice_glued_over_the_headline_is_no_lead() -> None:
    page = "Tallby Nytt\nNyheter\nSport\nDet här är en äldre artikel.\nRådjur på promenad genom centrum\n" + _LEAD + "\n" + _TEXT
    article = _read(page)
    assert article.title == "Rådjur på promenad genom centrum"
    assert article.lead == _LEAD and "äldre artikel" not in _spoken(article)


def test_a_voice_notice_over_the_headline_with_blank_lines_is_no_lead() -> None:
    page = ("Tallby Nytt\nMeny\n\nArtikeln läses upp av en AI-röst.\n\nRådjur på promenad genom centrum\n\n"
            + _LEAD + "\n\n" + _TEXT.replace("\n", "\n\n"))
    assert _read(page).title == "Rådjur på promenad genom centrum"


def test_a_free_to_read_notice_under_the_breadcrumb_is_no_lead() -> None:
    page = ("Tallby Nytt\nStart / Nyheter / Tallby\nDen här texten är fri att läsa för alla.\n"
            "Rådjur på promenad genom centrum\n" + _LEAD + "\n" + _TEXT)
    assert _read(page).title == "Rådjur på promenad genom centrum"


def test_a_short_lead_that_names_its_text_stays() -> None:
    page = "Tallby Nytt\nNyheter\nRådjur i Tallby\nRådjuret i Tallby syns varje morgon.\nEtt kid följer med\n" + _LEAD + "\n" + _TEXT
    article = _read(page)
    assert article.title == "Rådjur i Tallby" and article.lead == "Rådjuret i Tallby syns varje morgon."


def test_a_notice_between_a_kicker_row_and_a_headline_with_its_meta_row_is_no_lead() -> None:
    page = ("Grannsamverkan Tallby\nStart\nOm oss\nSkyltar och dekaler\nKontakt\n"
            "Aktuellt / Rådjur på promenad genom centrum\nNOTIS · VILT\nDet här är en äldre artikel.\n"
            "Rådjur på promenad genom centrum\n3 mars 2026 · Kim Berg, kontaktombud\n" + _LEAD + "\n" + _TEXT)
    article = _read(page)
    assert article.title == "Rådjur på promenad genom centrum"
    assert article.lead == _LEAD
