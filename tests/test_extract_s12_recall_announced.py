"""Session 12 (R), body recall: the items of a list the article announces, one short sentence each between blank lines
(issue #9: body recall).

Advice is set as a run of short sentences under a line that announces it ("Så minskar du risken att smittas:", "Om du
kör på ett vilt"). An item opened by an imperative has a caption's form (no finite verb after its first word), so the
lone caption's rule (furniture.caption_tags) took it: blind extract24/25 lost 6-11 tokens a page, and an invented page
with three items under "Om det börjar brinna hos dig" lost all three. The signal (announced.announced_item): the line
over the run of items ends in a colon or is a heading that turns to the reader. Every page here was written after the
fix, for invented sites and wordings; the guards are what the caption rule was built to drop: a caption under a heading
that names a thing, a gallery's captions, a caption standing alone between two paragraphs.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_HEAD = ("Kommunen informerar\nStart\nNyheter\nKontakt\n\nHalka väntas i helgen\n16 januari 2027\n\n"
         "SMHI varnar för underkylt regn i hela länet från lördag morgon till söndag kväll.\n\n"
         "– Vägarna kan bli mycket hala på kort tid, säger trafiksamordnare Lena Björk.\n\n")
_FOOT = "\nKontakta oss\nKommunen, 123 45 Åby\n"


def test_instructions_under_a_colon() -> None:
    page = (_HEAD + "Tänk på det här när du går ut:\n\nSätt på broddar eller halkskydd.\n\n"
            "Håll i ledstången i trappor och vid busshållplatser.\n\nTa bussen om du kan.\n" + _FOOT)
    lines = spoken_lines(read_dump(page))
    for item in ("Sätt på broddar eller halkskydd.", "Håll i ledstången i trappor och vid busshållplatser.",
                 "Ta bussen om du kan."):
        assert item in lines


def test_instructions_under_a_heading_to_the_reader() -> None:
    page = (_HEAD + "Om du halkar och skadar dig\n\nRing 1177 för råd om vård.\n\n"
            "Vid allvarlig skada, ring 112.\n\nAnmäl halkan till kommunens felanmälan.\n" + _FOOT)
    lines = spoken_lines(read_dump(page))
    for item in ("Ring 1177 för råd om vård.", "Vid allvarlig skada, ring 112.", "Anmäl halkan till kommunens felanmälan."):
        assert item in lines


def test_guard_a_caption_under_a_heading_naming_a_thing_still_goes() -> None:
    page = (_HEAD + "Sandningen\n\nSandbilen vid depån i Åby.\n\n"
            "Kommunen har sex sandbilar i tjänst och börjar på huvudgatorna och busslinjerna före klockan sex.\n" + _FOOT)
    assert "Sandbilen vid depån i Åby." not in spoken_lines(read_dump(page))


def test_guard_a_caption_between_two_paragraphs_still_goes() -> None:
    page = (_HEAD + "Förra vintern kostade halkbekämpningen kommunen drygt fyra miljoner kronor, en miljon mer än budgeterat.\n\n"
            "Gångbanan vid torget i januari.\n\n"
            "I år har kommunen köpt in mer salt och anställt två extra förare till sandbilarna under vintern.\n" + _FOOT)
    assert "Gångbanan vid torget i januari." not in spoken_lines(read_dump(page))
