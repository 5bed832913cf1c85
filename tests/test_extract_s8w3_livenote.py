"""Session 8 w3: a live article's status line under its head ("Artikeln uppdateras", "Texten uppdateras löpande.";
live-furniture rule) is the page's, not the article's first line. Fictional site; guard: a sentence about updating."""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_PAGE = ("Mälarkuriren\nNyheter\n\nBrand i lagerlokal i Västerås\nPublicerad 3 mars 2026 06:10\n\n{note}\n\n"
         "En lagerlokal i norra Västerås brinner sedan tidigt i morse, och räddningstjänsten är på plats med fyra "
         "enheter.\n\n– Vi har ingen uppgift om skadade, säger räddningsledaren Eva Lind.\n\n"
         "Kommunen uppdateras löpande av räddningstjänsten om läget, och allmänheten uppmanas stänga fönster.\n")


def test_a_live_articles_status_line_is_not_read() -> None:
    for note in ("Artikeln uppdateras", "Texten uppdateras löpande.", "Nyheten uppdateras"):
        heard = spoken_text(_read(_PAGE.format(note=note)))
        assert note not in heard, note
        assert "Kommunen uppdateras löpande av räddningstjänsten" in heard
