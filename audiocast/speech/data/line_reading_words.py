"""Short forms whose reading depends on what the line is about (``rules/line_readings.py``): written short ->
[(stems of the line's subject, reading)], the first subject found in the line wins, and with none the
abbreviation tables' reading stands ("rep." -> "repris" in a TV listing).

- "rep." in a choir's, an orchestra's or a theatre group's notice is its rehearsal: "Kyrkokören ... rep. tis.
  19–21" -> "repetition" (not "repris", a broadcast shown again);
- "koll." in a church notice is the collection: "Högmässa ..., koll. till Svenska kyrkans internationella arbete"
  -> "kollekt";
- "pred." and "lit." in a church notice name the service's preacher and liturgist (session 21): "Högmässa ...,
  lit. Eva Lund, pred. Olof Berg" -> "liturg", "predikant" (elsewhere "lit." is left as written);
- "akt." in a funeral notice is the funeral service (session 45): "Akt. i Stora Kopparbergs kyrka tis 18/2" ->
  "Akten".
"""

from __future__ import annotations

# What a church's notice names: its service, its building, its clergy.
_CHURCH_STEMS = ("mässa", "gudstjänst", "kyrka", "kyrkan", "församling", "andakt", "psalm", "präst", "kantor",
                 "kyrkoherde", "komminister", "kapell", "vesper", "konfirmation", "dop", "söndagen efter")
LINE_READINGS: dict[str, list[tuple[tuple[str, ...], str]]] = {
    "rep.": [(("kören", "körer", "kyrkokör", "barnkör", "manskör", "damkör", "körsång", "orkester", "musikal",
               "teatergrupp", "amatörteater", "ensemble", "spelmanslag", "tenor", "sopran",
               "sångare", "stämmor", "dirigent", "musikkår"), "repetition")],
    "koll.": [(("mässa", "gudstjänst", "kyrka", "kyrkan", "församling", "andakt", "psalm", "präst", "kantor",
                "kyrkoherde", "komminister"), "kollekt")],
    "pred.": [(_CHURCH_STEMS, "predikant")],
    "lit.": [(_CHURCH_STEMS, "liturg")],
    # a funeral notice's "Akt. i Stora Kopparbergs kyrka": the funeral service, "akten" (session 45, normalize158)
    "akt.": [(("kyrka", "kyrkan", "kapell", "kapellet", "fonus", "minnesstund", "osa", "begravning", "jordfästning"),
              "akten")],
}
# Of these, the ones that stand before a name as a title: their stop ends no sentence ("pred. Per Ås").
NAME_TITLES = frozenset({"pred.", "lit."})
# A line of these is a TV or radio listing: "rep." there is "repris" whatever else it names.
LISTING_STEMS = ("svt", "tv3", "tv4", "tv6", "tv8", "tv10", "kanal 5", "kanal 9", "p1 ", "p2 ", "p4 ", "sänds", "tablå")
