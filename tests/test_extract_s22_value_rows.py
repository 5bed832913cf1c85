"""Session 22 (E30): a widget's value rows glued in a dump - a chart's bars, a box of bathing temperatures - each a
name and one value with only a space between (:mod:`audiocast.ingest.valuerows`): the rows go; a fact list with
colons, a result list whose names repeat and a pair of rows stay.

Every page and row here was written after the fix, with other sites, places and numbers than the pages it came from.
"""

from __future__ import annotations

from extract_helpers import Line, read_dump, spoken_lines

from audiocast.ingest.valuerows import value_row_tags

_CHART = (
    "Vimmerby Tidning\n"
    "Nyheter\n"
    "Sport\n"
    "Familj\n"
    "Bostadsbyggandet i kommunen det högsta på tjugo år\n"
    "Publicerad 12 januari 2027 07.15\n"
    "Under förra året påbörjades byggandet av 327 nya bostäder i Vimmerby kommun, visar kommunens egen sammanställning.\n"
    "Det är det högsta antalet sedan mitten av 2000-talet, och de flesta av bostäderna är hyresrätter i centralorten.\n"
    "– Vi ser att efterfrågan finns hos både unga och äldre som vill flytta närmare service, säger samhällsbyggnadschefen Lena Broström.\n"
    "Kommunen räknar med att takten håller i sig även i år, men varnar för att höjda räntor kan få privata byggherrar att vänta.\n"
    "Diagram: Påbörjade bostäder per kommundel\n"
    "Centrum 142\n"
    "Västerby 96\n"
    "Hagalund 58\n"
    "Östra Ryd 31\n"
    "Källa: Vimmerby kommun\n"
    "Mest läst\n"
    "Ny rektor på Båtsmansskolan\n"
)

_BATHING = (
    "Kullabladet\n"
    "Nyheter\n"
    "Sommar\n"
    "Blåmaneterna har nått Kullahalvön\n"
    "Publicerad 2 juli 2027 09.00\n"
    "Badgäster vid flera stränder på Kullahalvön har under helgen larmat om stora mängder blåmaneter i vattnet.\n"
    "Maneterna är ofarliga men kan ge ett lätt sveda på huden, enligt Havs- och vattenmyndigheten.\n"
    "– Det är vanligt när vattnet blir varmt snabbt. De brukar försvinna när vinden vänder, säger marinbiologen Petra Lind.\n"
    "Badtemperaturer i dag\n"
    "Mölle 17°\n"
    "Arild 18°\n"
    "Skäret 16°\n"
    "Annons\n"
)


def test_a_charts_value_rows_under_the_article_go() -> None:
    lines = spoken_lines(read_dump(_CHART))
    assert ("Kommunen räknar med att takten håller i sig även i år, men varnar för att höjda räntor kan få privata "
            "byggherrar att vänta.") in lines
    for gone in ("Centrum 142", "Västerby 96", "Hagalund 58", "Östra Ryd 31"):
        assert gone not in lines


def test_a_bathing_temperature_box_goes() -> None:
    lines = spoken_lines(read_dump(_BATHING))
    assert ("– Det är vanligt när vattnet blir varmt snabbt. De brukar försvinna när vinden vänder, säger "
            "marinbiologen Petra Lind.") in lines
    for gone in ("Mölle 17°", "Arild 18°", "Skäret 16°"):
        assert gone not in lines


def _left(texts: list[str], blank_at: int = -1) -> list[str]:
    lines = [Line(t, blank_before=k == blank_at) for k, t in enumerate(texts)]
    value_row_tags(lines)
    return [x.text for x in lines if x.tag is None]


def test_guards_the_signal_must_not_fire_on() -> None:
    colons = ["Sittplatser: 240", "Ståplatser: 85", "Rullstolsplatser: 6"]
    assert _left(colons) == colons  # a fact list's rows with a colon: the article's
    repeated = ["Flickor 112", "Pojkar 98", "Flickor 104", "Pojkar 91"]
    assert _left(repeated) == repeated  # a result list by class: names repeat
    pair = ["Lindö 21°", "Tofta 19°"]
    assert _left(pair) == pair  # two rows glued: as often the article's pair
    split = ["Borgholm 12", "Färjestaden 9", "Löttorp 4"]
    assert _left(split, blank_at=1) == split  # a blank line between them: no glued column
    years = ["Vinter 2026", "Höst 2025", "Sommar 2025"]
    assert _left(years) == years  # an archive's list of issues (a year is no widget's value)
