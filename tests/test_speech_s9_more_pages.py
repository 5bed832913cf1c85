"""Session 9, S3 (a book's pages): "216 s." is pages, not seconds, when a compound of "bok"
("Boktips", "fackbok"), a title in quotes with its author, a publisher after it or its
illustrations tell of a book (smallprint.about_a_book, called by quantities._about_pages).
Sentences written after the fix. Guards: seconds with a stop in a line about running.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Sommarens bokfavorit: ”Havet” av Lars Ek, 304 s., Bonniers.", "trehundrafyra sidor"),
    ("Ny fackbok om fåglar, 256 s. och många bilder.", "tvåhundrafemtiosex sidor"),
    ("”Vinterland” av Maria Sten är på 198 s. och lättläst.", "hundranittioåtta sidor"),
    ("Debutantens verk, 240 s., Natur & Kulturs förlag.", "tvåhundrafyrtio sidor, Natur"),
    ("Atlasen har 120 s. med 300 ill. i färg.", "hundratjugo sidor med trehundra illustrationer"),
])
def test_book_pages(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Han sprang 60 m på 7,1 s. i Malmö.", "sju komma ett sekunder"),
    ("Vila 45 s. mellan varje serie.", "fyrtiofem sekunder"),
])
def test_book_pages_guards(text: str, want: str) -> None:
    assert want in normalize(text)
