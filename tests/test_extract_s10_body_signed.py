"""A post signed by its writer with an informal greeting ("Kram, Camilla", "Kramar Anna", "Allt gott," over "Birgitta",
"Hälsningar, Malin") and perhaps a short thanks over it ("Tack för de här 25 åren.") lost its close: the greeting
was no letter's close (letterclose.GREETING knows "hälsningar"), the lone name line went by its place or the classifier,
and the thanks without a verb was taken for a picture's caption (session 10 E2: letterclose._INFORMAL, _NAMED, a
closing thanks over the greeting; furniture's captions skip the signature and the line right over it).

Every dump here was written after the fix, for fictional sites; the guards are a caption standing alone over the
page's boxes, and a greeting-shaped button of the page.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Cykelverkstan på Hörnet\nHem\nVerkstad\nBlogg\n\nVi flyttar till större lokaler\n6 oktober 2025\n\n"
         "Efter sju år i källaren på Järnvägsgatan flyttar verkstaden till gamla brandstationen vid torget i november.\n\n"
         "Där får vi plats med tre arbetsbänkar i stället för en, och äntligen en riktig butik för reservdelar.\n\n")
_FOOT = "\nKategorier: Nyheter\nLämna ett svar\nDin e-postadress kommer inte publiceras.\n© Cykelverkstan\n"


def test_a_thanks_and_a_one_line_greeting_with_the_name_are_read() -> None:
    spoken = _spoken(_read(_HEAD + "Tack för sju fina år i källaren.\n\nKramar, Jonna\n" + _FOOT))
    assert "Tack för sju fina år i källaren." in spoken
    assert "Kramar, Jonna" in spoken


def test_an_informal_greeting_over_a_first_name_is_read() -> None:
    spoken = _spoken(_read(_HEAD + "Allt väl,\nTorbjörn\n" + _FOOT))
    assert "Allt väl," in spoken and "Torbjörn" in spoken


def test_a_greeting_and_name_with_a_role_is_read() -> None:
    spoken = _spoken(_read(_HEAD + "Hälsningar, Lena, verkstadschef\n" + _FOOT))
    assert "Hälsningar, Lena, verkstadschef" in spoken


def test_guard_a_lone_caption_over_the_pages_boxes_still_goes() -> None:
    spoken = _spoken(_read(_HEAD + "Den nya lokalen vid torget en höstdag.\n" + _FOOT))
    assert "Den nya lokalen vid torget en höstdag." not in spoken
