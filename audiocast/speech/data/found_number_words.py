"""Words that tell how a number is read by its context (``rules/found_numbers.py``, session 16 N5):
a share of a group, a player's shooting figures, placings, betting signs, a dose's "x", Advent's
Sundays and the day's names of a church's notices."""

from __future__ import annotations

# A word after a fraction that makes it a share of a group ("3/4 från kommunen", "2/3 av dem").
SHARE_AFTER = frozenset("""
från av att utifrån utanför inom var är kom kommer hade har tycker anser svarade svarar vill säger
röstade ville uppgav uppger saknar saknade bor bodde arbetar jobbar
""".split())
# A word before a fraction that makes it a share ("kom 3/4", "var ¼", "medan ⅓").
SHARE_BEFORE = frozenset("""
kom var är utgjorde utgör svarade svarar ansåg anser tyckte tycker uppgav uppger och medan men
nästan drygt knappt cirka omkring runt över under ungefär bara endast hela
""".split())
# Fraction glyphs and their parts.
FRACTION_GLYPHS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅙": (1, 6)}

# Words that make a line of "Name 7/9" a player's shots and goals (handball, football, basketball).
SHOT_LINE_WORDS = ("handboll", "skott", "räddning", "målskytt", "straff", "målvakt", "bäst i", "basket",
                   "innebandy")

# A word heading placings joined by dashes ("placeringarna 1–2", "heatplaceringar 1-3-2").
PLACING_WORDS = ("placering", "placeringar", "placeringarna", "heatplaceringar", "heatplaceringarna",
                 "delplaceringar", "placeringssiffror", "placeringssiffrorna")

# A dose's units before "x N" ("500 mg paracetamol x 4": "gånger fyra").
DOSE_UNITS = ("mg", "g", "ml", "µg", "mikrogram", "milligram", "tablett", "tabletter", "tabl", "kapslar", "kapsel",
              "droppar", "E", "IE", "puffar", "doser", "dos", "st")

# The last word of a day's name in a church's or an event's notice before a clock time without "kl."
# ("Kristi himmelsfärds dag 10.00", "Juldagen 07.00", "Midsommarafton 15.00").
DAY_NAME_ENDS = ("dag", "dagen", "afton", "aftonen", "advent", "helgdag", "natt", "natten", "jul", "påsk", "pingst",
                 "nyår")
# Weekdays: a clock time after them is left to the calendar's rules (a TV listing, "onsdag 19.30").
WEEKDAY_NAMES = frozenset("måndag tisdag onsdag torsdag fredag lördag söndag".split())
# Words ending like a day's name that name no day of a notice ("Sverige idag 19.30" in a TV listing).
NOT_DAY_NAMES = frozenset("idag dag jul påsk pingst natt natten".split())
# Nouns after "N+1" counted as points ("14+1 poäng": "fjorton plus ett poäng").
PLUS_ONE_NOUNS = ("poäng",)

# Units' short forms after "N+" that the unit rules read once the plus is "över" ("30+ m/s", "20+ °C").
PLUS_UNITS = ("m/s", "km/h", "km", "m", "cm", "mm", "kg", "g", "°C", "°", "%", "kr", "mil", "l", "dl", "ml", "kW",
              "kWh", "MW", "hk", "ton", "mph", "knop")
