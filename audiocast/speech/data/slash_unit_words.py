"""A measure or a price per another written with a slash under the first
unit ("kr/ha", "€/m²", "kg N/ha", "kg ts/ha", "150 min./vecka", "€/m²/år"),
read by ``rules/slash_units.py``: the slash becomes "per" and the short
form under it its noun, what is between the unit and the slash (a
substance) its word.
"""

from __future__ import annotations

# The short form under the slash -> the noun said after "per" (singular).
PER_NOUNS = {
    "ha": "hektar", "m²": "kvadratmeter", "m2": "kvadratmeter", "kvm": "kvadratmeter",
    "m³": "kubikmeter", "m3": "kubikmeter", "km": "kilometer", "km²": "kvadratkilometer", "km2": "kvadratkilometer",
    "mil": "mil",
    "m": "meter", "ml": "milliliter", "dl": "deciliter", "kg": "kilo", "hg": "hekto", "g": "gram", "l": "liter", "ton": "ton", "t": "ton",
    "st": "styck", "st.": "styck", "pers": "person", "pers.": "person", "person": "person",
    "dag": "dag", "dygn": "dygn", "vecka": "vecka", "v": "vecka", "v.": "vecka", "vecka.": "vecka",
    "mån": "månad", "mån.": "månad", "månad": "månad", "år": "år", "h": "timme", "tim": "timme",
    "tim.": "timme", "timme": "timme", "min": "minut", "min.": "minut", "kWh": "kilowattimme",
    "MWh": "megawattimme", "kWp": "kilowatt peak", "MWp": "megawatt peak", "port.": "portion", "port": "portion", "natt": "natt", "säck": "säck",
    "elev": "elev", "invånare": "invånare", "ko": "ko", "djur": "djur", "hushåll": "hushåll",
    # what a number of people is counted per ("max 6 pers./lag", "4 pers/bord")
    "lag": "lag", "grupp": "grupp", "bord": "bord", "båt": "båt", "rum": "rum", "bil": "bil", "familj": "familj",
    "klass": "klass", "tur": "tur", "stuga": "stuga", "lgh": "lägenhet", "lägenhet": "lägenhet",
    "tillfälle": "tillfälle", "kurs": "kurs", "förpackning": "förpackning", "hund": "hund",
    "kW": "kilowatt", "MW": "megawatt",  # an effect tariff's "59 kr/kW"
}

# A second period after the first denominator ("€/m²/år", "kr/m² och år"): said "och" the noun.
SECOND_PERIODS = {"år": "år", "mån": "månad", "månad": "månad", "dygn": "dygn", "dag": "dag",
                  "vecka": "vecka", "h": "timme", "tim": "timme"}

# Units and currencies written before the slash (the later rules read the
# number and the unit): a price, a weight, a time written short.
SLASH_NUMERATORS = (
    "kr", "kronor", "öre", "€", "euro", "EUR", "SEK", "$", "USD", "NOK", "DKK", "£",
    "kg", "g", "mg", "µg", "ton", "t", "l", "dl", "m³", "m3", "kWh", "MWh", "GWh", "h", "tim", "tim.", "min", "min.",
    "st", "st.", "km", "mil", "ex.", "Mkr", "mkr", "tkr", "pers", "pers.",
    "varv", "slag", "ord", "bilder", "andetag", "cfu", "inv.", "inv", "tryck", "kompressioner", "steg", "förp", "förp.",
)

# Numerators written short that no later rule reads without their stop
# ("max 6 pers/lag"): the words said for them (one, many).
NUMERATOR_WORDS = {"pers": ("person", "personer"), "pers.": ("person", "personer"),
                   # a rate per minute or second counted in whole things ("1 400 varv/min", "72 slag/min")
                   "varv": ("varv", "varv"), "slag": ("slag", "slag"), "ord": ("ord", "ord"),
                   # a rate of pushes or steps ("100–120 tryck/min", session 64)
                   "tryck": ("tryck", "tryck"), "kompressioner": ("kompression", "kompressioner"), "steg": ("steg", "steg"),
                   "förp": ("förpackning", "förpackningar"), "förp.": ("förpackning", "förpackningar"),  # "max 2 förp/hushåll"
                   "bilder": ("bild", "bilder"), "andetag": ("andetag", "andetag"),
                   # bacteria counted in colony-forming units ("12 000 cfu/l")
                   "cfu": ("kolonibildande enhet", "kolonibildande enheter"),
                   # a density of people ("1,7 inv./km²", session 60)
                   "inv.": ("invånare", "invånare"), "inv": ("invånare", "invånare")}

# A word (a crop, a material) between a weight and the slash is said before "per" only under these
# ("5 800 kg vete/ha", "300 kg foder/ko", "40 kg avfall/invånare"), never two choices ("2 kg mjöl/socker").
PER_NOUNS_AFTER_WORD = frozenset({"ha", "m²", "m2", "kvm", "km²", "ko", "djur", "invånare", "person", "pers",
                                  "pers.", "år", "hushåll", "elev", "dag", "dygn", "vecka", "mån", "månad"})
NOT_SUBSTANCES = frozenset({"och", "eller", "per", "mot", "till", "från", "med", "utan"})

# A substance written short between a weight and the slash ("kg N/ha",
# "kg ts/ha", "g CO2/km"): its name. The one-letter ones only before a slash
# or "per"; "ts" also alone after a weight ("12 kr/kg ts").
SUBSTANCES = {
    "N": "kväve", "P": "fosfor", "K": "kalium", "S": "svavel",
    "ts": "torrsubstans", "TS": "torrsubstans", "CO2": "koldioxid", "CO₂": "koldioxid",
    "CO2e": "koldioxidekvivalenter", "CO₂e": "koldioxidekvivalenter",
    "ECM": "e ce emm",  # energy-corrected milk per cow ("11 500 kg ECM/ko", session 64)
}
SUBSTANCES_ALONE = frozenset({"ts", "TS"})
SUBSTANCE_UNITS = ("kg", "g", "ton", "t", "mg")

# A word after a noun's slash that the noun is counted per, never its
# alternative ("kött/person", "vin/gäst", "lotter/medlem"): "per", not "eller".
PER_AFTER_WORD_SLASH = frozenset("""person invånare deltagare gäst portion medlem anställd hushåll
aktie andel capita vårddygn patient brukare plats
besök kund tillfälle tömning hämtning kväll""".split())
# What a plural before the slash is counted per ("100 burar/båt", "4 spön/person"): "per" after a plural only (a
# singular before it is one of two: "kanot/båt", session 60).
PER_AFTER_PLURAL_SLASH = frozenset("båt bil lag bord hund häst ekipage fiskare jägare licens kort".split())
# Parts of the day before a slash: one or the other ("dag/kväll"), never one per the other.
DAY_PARTS = frozenset("dag dagtid morgon förmiddag eftermiddag natt helg vardag lunch".split())  # "1,3 sökande/plats" (session 58); "2 m³ ris/besök" (session 60)
# (session 49, normalize178: "högst 2 besökare/patient" was "två besökare patient", the slash dropped)
# A company's key figures: a sum per share ("vinst/aktie", "utdelning/stamaktie", "eget kapital/B-aktie" is no
# word pair): any noun ending so after the slash is the share each sum is divided by.
PER_AFTER_WORD_SLASH_ENDINGS = ("aktie",)
# The same written short ("1 l vatten/port.", "lotter/medl."): the noun said after "per".
# (Not "st", "pers": a price's "kr/st." and "kr/pers." are read by the price rules.)
PER_AFTER_WORD_SLASH_SHORT = {"port": "portion", "delt": "deltagare", "medl": "medlem", "anst": "anställd",
                              "inv": "invånare"}
# A stay's lengths on both sides of a slash, each with its number ("8 dagar/7 nätter", "3 nätter/4 dagar"): two
# counts of one stay, said with "och", not one per the other (session 52, normalize199).
STAY_LENGTHS = frozenset({"dag", "dagar", "natt", "nätter", "dygn", "vecka", "veckor", "övernattning", "övernattningar",
                          "dgr"})  # ("8 dgr/7 nätter", session 61)
# One energy in both its units on a food's label ("1 580 kJ/378 kcal"): the second said after a comma, not "per".
ENERGY_UNITS = frozenset({"kJ", "kcal"})
