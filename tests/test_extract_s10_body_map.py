"""A map under the article, copied as its title and its buttons ("Karta över avstängningen", "Visa karta i större
format"), was read: the table knew "Visa större karta" and "Kartdata …" only (data/boilerplate.tsv row map-chrome,
session 10 E2).

Every dump here was written after the fix, for fictional sites; the guard is the article's sentence about a map.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Tierps kommun\nTrafik\nBo\nKontakt\nBron över Tämnarån stängs i tre veckor\nPublicerad 3 april 2025\n"
         "Bron över Tämnarån vid Karlholm stängs för all trafik från den 22 april, medan brofästena lagas.\n"
         "Biltrafiken leds om via Skärplinge, och en gångbro byggs upp bredvid den gamla bron.\n")
_FOOT = "Dela sidan\nSenast uppdaterad 3 april 2025\nTierps kommun\nCookies\n"


def test_a_maps_title_and_buttons_are_not_read() -> None:
    box = "Karta med omledningsvägen\nÖppna kartan i helskärmsläge\nKortkommandon\n"
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert not [line for line in box.splitlines() if line in spoken]


def test_a_maps_bigger_view_button_is_not_read() -> None:
    spoken = _spoken(_read(_HEAD + "Visa karta i större format\n" + _FOOT))
    assert "Visa karta i större format" not in spoken


def test_guard_the_articles_sentence_about_a_map_stays() -> None:
    line = "Kartan över omledningen finns också uppsatt vid bron och i kommunhusets entré."
    assert line in _spoken(_read(_HEAD + line + "\n" + _FOOT))
