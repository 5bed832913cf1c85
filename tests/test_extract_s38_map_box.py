"""Session 38, from extract168 (scored unread at the session's start, then opened): a live map's box glued into a
live report, between blank lines: its heading ("Trafikläget live"), its description, its legend ("Olycka", "Kö"), its
zoom buttons, "Visa i helskärm", its map data's credit and its update time. With two of a map's own lines of the rule
table in the box, its other lines go too (``mapboxes.map_box_tags``; measured first over the annotated dumps: 27 such
lines, all boilerplate). Written after the fix, with another site; the guard: a paragraph of the article in a box with
a map's credit stays."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_HEAD = ["Älgolycka stänger E14 väster om Ånge", "Publicerad 3 november 2025 kl. 07.12",
         "En personbil har kolliderat med en älg på E14 strax väster om Ånge, och vägen är avstängd i båda riktningarna.", ""]
_TAIL = ["", "07.40: Föraren till sjukhus",
         "Föraren fördes med ambulans till Sundsvalls sjukhus, men skadorna bedöms enligt polisen inte som livshotande.",
         "07.15: Räddningstjänsten på plats",
         "Räddningstjänsten från Ånge kom till platsen efter en kvart och arbetar nu med att bärga bilen från vägbanan."]


def test_a_live_maps_box_goes_with_its_chrome() -> None:
    box = ["Vägarna just nu", "Kartan visar händelser på vägarna i länet. Uppgifterna kommer från Trafikverket.",
           "Olycka", "Vägarbete", "Halka", "+", "−", "Visa i helskärm", "Kartdata © OpenStreetMap-bidragsgivare",
           "Uppdaterad 07.31"]
    spoken = spoken_text(read_dump("\n".join(_HEAD + box + _TAIL)))
    assert "Vägarna just nu" not in spoken and "Kartan visar" not in spoken and "Halka" not in spoken
    assert "Föraren fördes med ambulans" in spoken and "bärga bilen" in spoken


def test_guard_an_articles_paragraph_in_such_a_box_keeps_it() -> None:
    box = ["Platsen där olyckan inträffade ligger mellan Ånge och Torpshammar, på en sträcka där älgstängslet saknas på "
           "båda sidor av vägen sedan vägbygget för tio år sedan, och där flera olyckor har skett de senaste åren.",
           "Visa i helskärm", "Kartdata © OpenStreetMap-bidragsgivare"]
    spoken = spoken_text(read_dump("\n".join(_HEAD + box + _TAIL)))
    assert "älgstängslet saknas" in spoken
