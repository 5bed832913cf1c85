"""Session 7, class 'an embedded social media post in a box of its own between the paragraphs' (issue #9;
:mod:`audiocast.ingest.embedboxes`): the poster, the platform's name, the post's text, its counts and buttons, told by
the chrome whatever the post says; the post's text was read as the article's.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are a share row under the article's paragraphs, a live report's posts between their times and "Dela",
and the article's sentence naming a platform.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Västerbottens Nyheter\nNyheter\nSport\n\nRenarna stoppade trafiken på E12\n\nPublicerad 2 november 2027\n\n"
         "En hjord på över hundra renar blockerade E12 vid Vindeln i två timmar på måndagen.\n\n"
         "Trafikverket varnade bilister i sociala medier under eftermiddagen.\n\n")
_TAIL = ("\n\nSamebyn säger att renarna var på väg till vinterbetet och att flytten gick som planerat.\n\n"
         "– Vi ber om förståelse. Det händer bara ett par gånger om året, säger renskötaren Nils Labba.\n\nDela\n")


def test_a_post_with_handle_platform_and_counts_is_not_read() -> None:
    post = "trafikverket_nord\nInstagram\nTrafikverket Nord\nRenar på vägen vid Vindeln. Kör försiktigt!\n312 gilla-markeringar"
    spoken = _spoken(_read(_HEAD + post + _TAIL))
    assert "Kör försiktigt!" not in spoken and "Trafikverket Nord" not in spoken
    assert "säger renskötaren Nils Labba." in spoken


def test_a_post_between_its_poster_and_its_buttons_is_not_read() -> None:
    post = "Vindelns kommun\nFacebook\nE12 är stängd vid Vindeln på grund av renar. Välj annan väg.\nGilla\nKommentera\nDela"
    spoken = _spoken(_read(_HEAD + post + _TAIL))
    assert "Välj annan väg." not in spoken and "Vindelns kommun" not in spoken


def test_a_share_row_under_paragraphs_in_one_box_leaves_them() -> None:
    box = ("Polisen var på plats och dirigerade trafiken förbi hjorden.\n"
           "Ingen olycka inträffade, men köerna blev flera kilometer långa.\nDela detta:\nFacebook\nE-post")
    spoken = _spoken(_read(_HEAD + box + _TAIL))
    assert "Ingen olycka inträffade" in spoken


def test_a_live_reports_posts_and_a_sentence_naming_a_platform_stay() -> None:
    live = "14.20\nHjorden har nu lämnat vägen och trafiken flyter igen.\nDela"
    spoken = _spoken(_read(_HEAD + live + _TAIL))
    assert "trafiken flyter igen." in spoken
    named = _HEAD.replace("i sociala medier", "på Facebook") + "Instagram var fullt av bilder från kön." + _TAIL
    assert "Instagram var fullt av bilder från kön." in _spoken(_read(named))
