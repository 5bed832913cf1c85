"""Session 8, a blog's and a small site's parts under the post (issue #9), found on a third battery of self-written
fragments under two invented club posts, with and without blank lines:

- a pager's bare words over the neighbouring posts' titles ("Föregående" / title / "Nästa" / title; rule
  ``post-nav-bare``), a search field ("Sök efter:", "Sök"; ``site-search``), a blog's post line with the writer and
  the time ("Upplagd av Margit kl. 19:40"; ``byline-posted``: the writer, not a sentence to read);
- a comment form's fields under its label glued among other lines ("Lämna ett svar" / "Din e-postadress kommer inte
  publiceras." / "Namn" / "Webbplats" / "Publicera kommentar"; :mod:`audiocast.ingest.labelruns`, the rules' lines
  between skipped, a listed post's date taken with its title).

Every dump here was written after the fixes, for a fictional site, in other wordings than the battery; the guards are
an article's sentence opening with "Nästa" and one about searching.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_POST = ("Motorklubben Tranås\nStart\nTävlingar\nBlogg\nlördag 7 juni 2025\nRekord i veteranrallyt\n"
         "Årets veteranrally runt Sommen samlade 64 bilar, den äldsta en Ford T från 1924.\n"
         "Vädret var på vår sida och över tusen personer tittade när bilarna startade från torget.\n")
_FOOT = "Skapa en gratis webbplats med Wix.com\n"


def test_a_pager_a_search_field_and_a_post_line_are_not_read() -> None:
    tail = "Upplagd av Lasse kl. 21:05\nFöregående\nVårmötet i april\nNästa\nSommarkörning i Gränna\nSök efter:\nSök\n"
    spoken = _spoken(_read(_POST + tail + _FOOT))
    assert "tittade när bilarna startade från torget." in spoken
    for line in ("Upplagd av Lasse", "Föregående", "Vårmötet i april", "Nästa", "Sommarkörning i Gränna", "Sök efter:"):
        assert line not in spoken


def test_a_comment_forms_fields_under_its_label_are_not_read() -> None:
    form = ("Lämna en kommentar\nDin e-postadress visas inte.\nNamn\nE-post\nHemsida\nSkicka kommentar\n")
    spoken = _spoken(_read(_POST + form + _FOOT))
    for line in ("Din e-postadress visas inte.", "Namn", "Hemsida", "Skicka kommentar"):
        assert line not in spoken
    assert "Vädret var på vår sida" in spoken


def test_sentences_of_the_article_opening_with_next_or_about_searching_stay() -> None:
    text = ("Nästa år körs rallyt den 6 juni, och anmälan öppnar redan i januari.\n"
            "Sök gärna bland bilderna från dagen på klubbens sida, där finns över trehundra.\n")
    spoken = _spoken(_read(_POST + text + _FOOT))
    assert "Nästa år körs rallyt den 6 juni" in spoken and "Sök gärna bland bilderna" in spoken
