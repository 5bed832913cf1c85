"""Short forms whose reading depends on what the line is about (``rules/line_readings.py``): written short ->
[(stems of the line's subject, reading)], the first subject found in the line wins, and with none the
abbreviation tables' reading stands ("rep." -> "repris" in a TV listing).

- "rep." in a choir's, an orchestra's or a theatre group's notice is its rehearsal: "Kyrkokören ... rep. tis.
  19–21" -> "repetition" (not "repris", a broadcast shown again);
- "koll." in a church notice is the collection: "Högmässa ..., koll. till Svenska kyrkans internationella arbete"
  -> "kollekt".
"""

from __future__ import annotations

LINE_READINGS: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "rep.": [(("kören", "körer", "kyrkokör", "barnkör", "manskör", "damkör", "körsång", "orkester", "musikal",
               "teatergrupp", "amatörteater", "ensemble", "spelmanslag", "tenor", "sopran",
               "sångare", "stämmor", "dirigent", "musikkår"), "repetition")],
    "koll.": [(("mässa", "gudstjänst", "kyrka", "kyrkan", "församling", "andakt", "psalm", "präst", "kantor",
                "kyrkoherde", "komminister"), "kollekt")],
}
# A line of these is a TV or radio listing: "rep." there is "repris" whatever else it names.
LISTING_STEMS = ("svt", "tv3", "tv4", "tv6", "tv8", "tv10", "kanal 5", "kanal 9", "p1 ", "p2 ", "p4 ", "sänds", "tablå")
