"""Money, units, percent, prices, wind directions, symbols and fractions:
written forms after (or around) a number and what they are said as.
"""

from __future__ import annotations

from ...calendar_sv import WEEKDAYS
from .change_words import COMPARATIVES
from .nouns import VERSIONED_NAMES

# code -> (singular, plural, gender, name of the hundredth or "")
CURRENCIES = {
    "kr": ("krona", "kronor", "en", "öre"),
    "kronor": ("krona", "kronor", "en", "öre"),
    "krona": ("krona", "kronor", "en", "öre"),
    ":-": ("krona", "kronor", "en", "öre"),
    "SEK": ("krona", "kronor", "en", "öre"),
    "öre": ("öre", "öre", "ett", ""),
    "€": ("euro", "euro", "en", "cent"),
    "EUR": ("euro", "euro", "en", "cent"),
    "euro": ("euro", "euro", "en", "cent"),
    "$": ("dollar", "dollar", "en", "cent"),
    "USD": ("dollar", "dollar", "en", "cent"),
    "US$": ("amerikansk dollar", "amerikanska dollar", "en", "cent"),  # session 45, normalize158: "u ess$"
    "dollar": ("dollar", "dollar", "en", "cent"),
    "£": ("pund", "pund", "ett", "pence"),
    "GBP": ("pund", "pund", "ett", "pence"),
    "pund": ("pund", "pund", "ett", "pence"),
    "NOK": ("norsk krona", "norska kronor", "en", "öre"),
    "DKK": ("dansk krona", "danska kronor", "en", "öre"),
    "ISK": ("isländsk krona", "isländska kronor", "en", ""),
    "CHF": ("schweizerfranc", "schweizerfranc", "en", ""),
    "JPY": ("yen", "yen", "en", ""),
    "¥": ("yen", "yen", "en", ""),
    # the codes a currency pair names (CURRENCY_DEFINITE) that had no amount's reading (session 50)
    "CNY": ("yuan", "yuan", "en", ""),
    "CAD": ("kanadensisk dollar", "kanadensiska dollar", "en", "cent"),
    "AUD": ("australisk dollar", "australiska dollar", "en", "cent"),
    "PLN": ("zloty", "zloty", "en", ""),
    "zł": ("zloty", "zloty", "en", ""),  # the złoty's own sign after the sum ("249 zł", session 58, normalize361)
    "snt": ("cent", "cent", "en", ""),  # Finland-Swedish: "50 snt"
}

# Scaled amounts: "5 mkr" -> "fem miljoner kronor".
SCALED_CURRENCIES = {
    "tkr": (1_000, "tusen kronor"),
    "Tkr": (1_000, "tusen kronor"),
    "TKR": (1_000, "tusen kronor"),
    "Mnkr": (10**6, None),
    "MNKR": (10**6, None),
    "Mdr kr": (10**9, None),
    "Md kr": (10**9, None),
    "mkr": (10**6, None),
    "Mkr": (10**6, None),
    "MKR": (10**6, None),
    "msek": (10**6, None),
    "mSEK": (10**6, None),
    "MDKR": (10**9, None),
    "mnkr": (10**6, None),
    "mdkr": (10**9, None),
    "mdr kr": (10**9, None),
    "md kr": (10**9, None),
    "Mdkr": (10**9, None),
    "MSEK": (10**6, None),
    "Msek": (10**6, None),
    "mdSEK": (10**9, None),
    "MdSEK": (10**9, None),
    "kSEK": (1_000, "tusen kronor"),
    "KSEK": (1_000, "tusen kronor"),
    "TSEK": (1_000, "tusen kronor"),
    # millions of a foreign currency: the code of the currency said
    "MEUR": (10**6, "EUR"),
    "MUSD": (10**6, "USD"),
    "MNOK": (10**6, "NOK"),
    "MDKK": (10**6, "DKK"),
    # Finland-Swedish: millions and billions of euros with the sign ("120 M€", "1,5 md€")
    "M€": (10**6, "EUR"), "M$": (10**6, "USD"), "md$": (10**9, "USD"),
    "milj. €": (10**6, "EUR"),
    "md€": (10**9, "EUR"),
    "Md€": (10**9, "EUR"),
}

# Magnitude words and abbreviations that may stand between a number and "kr".
MAGNITUDES = {
    "miljon": "miljon", "miljoner": "miljoner", "milj.": "miljoner",
    "milj": "miljoner", "mn": "miljoner", "miljard": "miljard",
    "miljarder": "miljarder", "mdr": "miljarder", "md": "miljarder", "md.": "miljarder", "mdr.": "miljarder",
    "Mdr": "miljarder", "Md": "miljarder", "Milj.": "miljoner", "Milj": "miljoner",
    "tusen": "tusen",
}

# written -> (singular, plural, gender). Matched case-sensitively, only right
# after a number.
UNITS_OF_MEASURE = {
    "km/h": ("kilometer i timmen", "kilometer i timmen", "en"),
    "km/tim": ("kilometer i timmen", "kilometer i timmen", "en"),
    # "t" under a distance is the hour, never the ton ("90 km/t", "4 mil/t")
    "km/t": ("kilometer i timmen", "kilometer i timmen", "en"),
    "mil/t": ("mil i timmen", "mil i timmen", "en"), "mil/h": ("mil i timmen", "mil i timmen", "en"),
    "m/s": ("meter per sekund", "meter per sekund", "en"),
    "kr/kWh": ("krona per kilowattimme", "kronor per kilowattimme", "en"),
    "öre/kWh": ("öre per kilowattimme", "öre per kilowattimme", "ett"),
    "kr/l": ("krona per liter", "kronor per liter", "en"),
    "kr/liter": ("krona per liter", "kronor per liter", "en"),
    "kr/mån": ("krona i månaden", "kronor i månaden", "en"),
    "kr/månad": ("krona i månaden", "kronor i månaden", "en"),
    "kr/år": ("krona per år", "kronor per år", "en"),
    "kr/st": ("krona styck", "kronor styck", "en"),
    "kr/h": ("krona i timmen", "kronor i timmen", "en"),
    "kr/tim": ("krona i timmen", "kronor i timmen", "en"),
    "kr/kg": ("krona per kilo", "kronor per kilo", "en"),  # every blind writer: "per kilo"
    "kr/m²": ("krona per kvadratmeter", "kronor per kvadratmeter", "en"),
    "kr/kvm": ("krona per kvadratmeter", "kronor per kvadratmeter", "en"),
    "kr/person": ("krona per person", "kronor per person", "en"),
    "kr/pers": ("krona per person", "kronor per person", "en"),
    "kr/pers.": ("krona per person", "kronor per person", "en"),
    "kr/dag": ("krona per dag", "kronor per dag", "en"),
    "kr/dygn": ("krona per dygn", "kronor per dygn", "en"),
    "kr/natt": ("krona per natt", "kronor per natt", "en"),
    "kr/vecka": ("krona i veckan", "kronor i veckan", "en"),
    "kr/timme": ("krona i timmen", "kronor i timmen", "en"),
    "kr/mil": ("krona per mil", "kronor per mil", "en"),
    "kr/km": ("krona per kilometer", "kronor per kilometer", "en"),
    "kr/invånare": ("krona per invånare", "kronor per invånare", "en"),
    "kr/elev": ("krona per elev", "kronor per elev", "en"),
    "kr/barn": ("krona per barn", "kronor per barn", "en"),
    "kr/ton": ("krona per ton", "kronor per ton", "en"),
    "Mbit/s": ("megabit per sekund", "megabit per sekund", "en"),
    "Gbit/s": ("gigabit per sekund", "gigabit per sekund", "en"),
    "Tbit/s": ("terabit per sekund", "terabit per sekund", "en"),  # an attack's traffic (session 31, normalize97)
    "kbit/s": ("kilobit per sekund", "kilobit per sekund", "en"),
    "km²": ("kvadratkilometer", "kvadratkilometer", "en"),
    # areas and volumes of the small units (a cable's section, an engine's volume)
    "cm²": ("kvadratcentimeter", "kvadratcentimeter", "en"),
    "mm²": ("kvadratmillimeter", "kvadratmillimeter", "en"),
    "dm²": ("kvadratdecimeter", "kvadratdecimeter", "en"),
    "cm³": ("kubikcentimeter", "kubikcentimeter", "en"),
    "dm³": ("kubikdecimeter", "kubikdecimeter", "en"),
    # a building part's heat transfer (U-value) and a material's conductivity (lambda)
    "W/m²K": ("watt per kvadratmeter och kelvin", "watt per kvadratmeter och kelvin", "en"),
    "W/m2K": ("watt per kvadratmeter och kelvin", "watt per kvadratmeter och kelvin", "en"),
    "W/(m²K)": ("watt per kvadratmeter och kelvin", "watt per kvadratmeter och kelvin", "en"),
    "W/mK": ("watt per meter och kelvin", "watt per meter och kelvin", "en"),
    "W/(mK)": ("watt per meter och kelvin", "watt per meter och kelvin", "en"),
    "mK": ("millikelvin", "millikelvin", "en"),  # a quantum computer's cold (session 54; "K" alone is a thousand)
    "kg/cm²": ("kilo per kvadratcentimeter", "kilo per kvadratcentimeter", "ett"),
    "m²": ("kvadratmeter", "kvadratmeter", "en"),
    "m2": ("kvadratmeter", "kvadratmeter", "en"),
    "kvm": ("kvadratmeter", "kvadratmeter", "en"),
    "m³": ("kubikmeter", "kubikmeter", "en"),
    "m3": ("kubikmeter", "kubikmeter", "en"),
    "cm": ("centimeter", "centimeter", "en"),
    "dm": ("decimeter", "decimeter", "en"),
    "rok": ("rum och kök", "rum och kök", "ett"),
    "tr": ("trappa", "trappor", "en"),
    "r.o.k.": ("rum och kök", "rum och kök", "ett"),
    "r o k": ("rum och kök", "rum och kök", "ett"),  # "Villa 5 r o k" (session 41, normalize139)
    "r. o. k.": ("rum och kök", "rum och kök", "ett"),
    "r.o.k": ("rum och kök", "rum och kök", "ett"),
    "mm": ("millimeter", "millimeter", "en"),
    "km": ("kilometer", "kilometer", "en"),
    "m": ("meter", "meter", "en"),
    "kg": ("kilo", "kilo", "ett"),
    "hg": ("hekto", "hekto", "ett"),
    "g": ("gram", "gram", "ett"),
    "mg": ("milligram", "milligram", "ett"),
    "µg": ("mikrogram", "mikrogram", "ett"),
    "IE": ("internationell enhet", "internationella enheter", "en"),  # a dose of a drug or vitamin ("5 000 IE heparin")
    "ton": ("ton", "ton", "ett"),
    "oz": ("uns", "uns", "ett"),  # troy ounces of gold and silver ("38 000 oz": "trettioåttatusen uns")
    "l": ("liter", "liter", "en"),
    "dl": ("deciliter", "deciliter", "en"),
    "cl": ("centiliter", "centiliter", "en"),
    "ml": ("milliliter", "milliliter", "en"),
    "°C": ("grad", "grader", "en"),
    "° C": ("grad", "grader", "en"),
    "°": ("grad", "grader", "en"),
    "grader C": ("grad", "grader", "en"),
    "kWh": ("kilowattimme", "kilowattimmar", "en"),
    "MWh": ("megawattimme", "megawattimmar", "en"),
    "GWh": ("gigawattimme", "gigawattimmar", "en"),
    "TWh": ("terawattimme", "terawattimmar", "en"),
    "W": ("watt", "watt", "en"),
    "kW": ("kilowatt", "kilowatt", "en"),
    "MW": ("megawatt", "megawatt", "en"),
    "GW": ("gigawatt", "gigawatt", "en"),
    "kV": ("kilovolt", "kilovolt", "en"),
    # a particle's energy in physics news ("elektroner till 3 GeV", session 49, normalize179): the letters were spelled
    "eV": ("elektronvolt", "elektronvolt", "en"), "keV": ("kiloelektronvolt", "kiloelektronvolt", "en"),
    "MeV": ("megaelektronvolt", "megaelektronvolt", "en"), "GeV": ("gigaelektronvolt", "gigaelektronvolt", "en"),
    "TeV": ("teraelektronvolt", "teraelektronvolt", "en"),
    "V": ("volt", "volt", "en"),
    "ha": ("hektar", "hektar", "en"),  # "en hektar" (session 58, normalize378: it was "ett")
    "h": ("timme", "timmar", "en"),
    "tim": ("timme", "timmar", "en"),
    "min": ("minut", "minuter", "en"),
    "lgh": ("lägenhet", "lägenheter", "en"),
    "mån": ("månad", "månader", "en"),
    "sek": ("sekund", "sekunder", "en"),
    "dB": ("decibel", "decibel", "en"),
    "hp": ("högskolepoäng", "högskolepoäng", "en"),
    "GB": ("gigabyte", "gigabyte", "en"),
    "MB": ("megabyte", "megabyte", "en"),
    "hk": ("hästkraft", "hästkrafter", "en"),
    "lgd": ("längd", "längder", "en"),  # a horse's winning margin ("3 lgd före", session 61, normalize436)
    "kn": ("knop", "knop", "en"),  # a ship's speed ("en fart på 28 kn", session 56, normalize298)
    "ft": ("fot", "fot", "en"),  # an airfield's cloud base ("molnbas 200 ft", session 58, normalize373)
    "kcal": ("kilokalori", "kilokalorier", "en"),
    "st": ("styck", "stycken", "ett"),
    "st.": ("styck", "stycken", "ett"),
    "pers": ("person", "personer", "en"),  # "Till 4 pers:", a recipe's or a table's persons (not "pers", a best)
    "mil": ("mil", "mil", "en"),
    "m³/s": ("kubikmeter per sekund", "kubikmeter per sekund", "en"),
    "m3/s": ("kubikmeter per sekund", "kubikmeter per sekund", "en"),
    "l/s": ("liter per sekund", "liter per sekund", "en"),
    "l/mil": ("liter per mil", "liter per mil", "en"),
    "l/100 km": ("liter per hundra kilometer", "liter per hundra kilometer", "en"),
    "g/km": ("gram per kilometer", "gram per kilometer", "ett"),
    "s": ("sekund", "sekunder", "en"),
    "ppm": ("miljondel", "miljondelar", "en"),
    # a ship's carrying capacity ("2 000 dwt") and size in gross tonnage ("28 700 BT"), bacteria counted in
    # colony-forming units ("300 cfu")
    "dwt": ("dödviktston", "dödviktston", "ett"), "BT": ("bruttoton", "bruttoton", "ett"),
    "cfu": ("kolonibildande enhet", "kolonibildande enheter", "en"),
}

# Kitchen measures, copies, portions, ton, becquerel: read after a number only.
UNITS_OF_MEASURE.update({
    "msk": ("matsked", "matskedar", "en"),
    "tsk": ("tesked", "teskedar", "en"),
    "krm": ("kryddmått", "kryddmått", "ett"),
    "ex.": ("exemplar", "exemplar", "ett"),
    # a duration in weeks after its number ("på 3 v.", "1 v. kvar"); "v. 27"
    # before its number is the week, read by the abbreviations
    "v.": ("vecka", "veckor", "en"),
    # a table's points ("31 p på 17 matcher"); "1 p." in a law is read before
    "p": ("poäng", "poäng", "ett"),
    "port.": ("portion", "portioner", "en"),
    # "port" without its stop after a count of two or more before a colon, a comma or the end ("Till 4 port:");
    # before a noun it stays ("8 port switch"), and "1 port" is a gate (rules/quantities._unit)
    "port": ("portion", "portioner", "en"),
    # a league's rounds after their count ("efter 24 omg." -> "omgångar"); "omg." alone is the abbreviation
    "omg.": ("omgång", "omgångar", "en"),
    "omg": ("omgång", "omgångar", "en"),
    # counts written short after their number in notices and ads ("450 medl.",
    # "120 anst.", "24 lgh"); before a number "lgh 1102" is a flat's number
    "medl.": ("medlem", "medlemmar", "en"),
    "anst.": ("anställd", "anställda", "en"),
    # a match's crowd and a player's assists ("4 512 åsk.", "2 mål och 1 ass.")
    "åsk.": ("åskådare", "åskådare", "en"),
    "ass.": ("assist", "assist", "en"),
    "lgh.": ("lägenhet", "lägenheter", "en"),
    # a count of floors ("ett hus i 5 vån."); a floor in an address is read first ("5 vån." -> "våning fem")
    "vån.": ("våning", "våningar", "en"),
    "vån": ("våning", "våningar", "en"),
    "t": ("ton", "ton", "ett"),
    "Bq": ("becquerel", "becquerel", "en"),
    "μg": ("mikrogram", "mikrogram", "ett"),
    # the A-weighted level keeps its letter, as an acoustician and a reader say it
    "dBA": ("decibel a", "decibel a", "en"),
    "dB(A)": ("decibel a", "decibel a", "en"),
    "km2": ("kvadratkilometer", "kvadratkilometer", "en"),
    "ng": ("nanogram", "nanogram", "ett"),
    "mmol": ("millimol", "millimol", "en"),
    "hPa": ("hektopascal", "hektopascal", "en"),
    "mAh": ("milliamperetimme", "milliamperetimmar", "en"),
    # radiation doses (a measurement after an accident, a radon report)
    "Sv": ("sievert", "sievert", "en"),
    "mSv": ("millisievert", "millisievert", "en"),
    "µSv": ("mikrosievert", "mikrosievert", "en"),
    "μSv": ("mikrosievert", "mikrosievert", "en"),
    # the forester's measures: solid cubic metres of standing forest, of wood under bark
    "m³sk": ("skogskubikmeter", "skogskubikmeter", "en"),
    "m3sk": ("skogskubikmeter", "skogskubikmeter", "en"),
    "m³fub": ("kubikmeter fast under bark", "kubikmeter fast under bark", "en"),
    "m3fub": ("kubikmeter fast under bark", "kubikmeter fast under bark", "en"),
    "m³to": ("kubikmeter toppmätt", "kubikmeter toppmätt", "en"),  # timber measured at its top ("kr/m³to")
    "m3to": ("kubikmeter toppmätt", "kubikmeter toppmätt", "en"),
    "m³sv": ("kubikmeter sågade varor", "kubikmeter sågade varor", "en"),  # a sawmill's output (session 59)
    # an engine's torque, a transformer's power, energy, pressure and light
    "Nm": ("newtonmeter", "newtonmeter", "en"),
    "kN": ("kilonewton", "kilonewton", "en"),
    "kVA": ("kilovoltampere", "kilovoltampere", "en"),
    "Wh": ("wattimme", "wattimmar", "en"),
    "Ah": ("amperetimme", "amperetimmar", "en"),
    "kJ": ("kilojoule", "kilojoule", "en"),
    "MJ": ("megajoule", "megajoule", "en"),
    "GJ": ("gigajoule", "gigajoule", "en"),
    "Pa": ("pascal", "pascal", "en"),
    "kPa": ("kilopascal", "kilopascal", "en"),
    "MPa": ("megapascal", "megapascal", "en"),
    "bar": ("bar", "bar", "en"),
    "mbar": ("millibar", "millibar", "en"),
    # a pressure in millimetres of mercury (blood pressure, "140/90 mm Hg", "120 mmHg")
    "mm Hg": ("millimeter kvicksilver", "millimeter kvicksilver", "en"),
    "mmHg": ("millimeter kvicksilver", "millimeter kvicksilver", "en"),
    "lux": ("lux", "lux", "en"),
    "lm": ("lumen", "lumen", "en"),
    "mV": ("millivolt", "millivolt", "en"),
    "µV": ("mikrovolt", "mikrovolt", "en"),
    "ms": ("millisekund", "millisekunder", "en"),
    "hl": ("hektoliter", "hektoliter", "en"),
    "TB": ("terabyte", "terabyte", "en"),
    # a data store in petabytes after a number ("40 PB lagring"); "PB" alone (a personal best) is no unit
    "PB": ("petabyte", "petabyte", "en"),
    "kB": ("kilobyte", "kilobyte", "en"),
    "Mbit": ("megabit", "megabit", "en"),
    "Gbit": ("gigabit", "gigabit", "en"),
    "Tbit": ("terabit", "terabit", "en"),
    "rpm": ("varv per minut", "varv per minut", "ett"),
    "ppb": ("miljarddel", "miljarddelar", "en"),
    "°F": ("grad Fahrenheit", "grader Fahrenheit", "en"),
    # water's hardness in German degrees ("8 °dH", "dH" alone): "tyska grader"
    "°dH": ("tysk grad", "tyska grader", "en"),
    "dH": ("tysk grad", "tyska grader", "en"),
    # how often, with the number's agreement ("1 ggr/tim": "en gång i timmen")
    "ggr": ("gång", "gånger", "en"),
    "ggr.": ("gång", "gånger", "en"),
    # "g" before a period under a slash is the times, not grams ("testa brandvarnaren 1 g/mån"; session 63): no gram
    # is counted per month, week or term (risk: "500 g/år" of a yearly intake is read as times too)
    "g/mån": ("gång i månaden", "gånger i månaden", "en"), "g/v": ("gång i veckan", "gånger i veckan", "en"),
    "g/vecka": ("gång i veckan", "gånger i veckan", "en"), "g/år": ("gång per år", "gånger per år", "en"),
    "g/termin": ("gång per termin", "gånger per termin", "en"),
    "m/s²": ("meter per sekundkvadrat", "meter per sekundkvadrat", "en"),
    "mg/dl": ("milligram per deciliter", "milligram per deciliter", "ett"),
    # a plant's or a mine's output in millions of tons, a solar park's peak power
    "Mton": ("miljon ton", "miljoner ton", "en"),
    "Mt": ("miljon ton", "miljoner ton", "en"),
    "kton": ("kiloton", "kiloton", "ett"),
    "Wp": ("watt peak", "watt peak", "en"),
    "kWp": ("kilowatt peak", "kilowatt peak", "en"),
    "MWp": ("megawatt peak", "megawatt peak", "en"),
    "GWp": ("gigawatt peak", "gigawatt peak", "en"),
})

# The units' and currencies' words as said, singular and plural ("meter", "kronor", "amerikanska dollar"): what a
# rule looks for once the units are read (``cleanup._SAID_UNIT``) or at a compound's head (``number_heads.compound``).
# Units that count things rather than measure them: a decimal before them keeps the counting form ("1,18 poäng per
# match": "ett komma arton"), where a measure's says "en" ("1,8 kg": "en komma åtta kilo"; session 53).
COUNTED_UNITS = frozenset({"poäng", "styck", "stycken", "exemplar", "rum och kök"})
SAID_UNIT_WORDS = frozenset(form for forms in (*UNITS_OF_MEASURE.values(), *CURRENCIES.values()) for form in forms[:2])

# "mg/l", "µg/m³", "kWh/år": a measure per another, said "... per ...".
_PER_NUMERATORS = ("mg", "µg", "μg", "g", "kg", "Bq", "kWh", "MWh", "GWh", "l", "ton", "ng", "mmol", "mSv", "µSv", "μSv")
_PER_DENOMINATORS = {
    "l": "liter", "m³": "kubikmeter", "m3": "kubikmeter", "kg": "kilo", "år": "år",
    "dygn": "dygn", "m²": "kvadratmeter", "m2": "kvadratmeter", "mån": "månad", "h": "timme",
    "ml": "milliliter", "dl": "deciliter",  # a concentration in blood or a drug ("20 ng/ml", "5 mg/ml"; session 50)
}
# Nouns a measure of time stands before as a genitive: "2 min mellanrum" ->
# "två minuters mellanrum", "10 min promenad" -> "tio minuters promenad".
TIME_UNITS = frozenset({"min", "min.", "tim", "tim.", "sek", "sek.", "s", "h", "mån", "mån."})  # "s": "4,3 s marginal"
# Nouns a number of degrees qualifies, in the genitive: "20 graders värme",
# "96° innertemperatur" -> "nittiosex graders innertemperatur".
DEGREE_HEADS = frozenset("""
värme kyla frost innertemperatur kärntemperatur lutning vattentemperatur
ugn varmluftsugn vatten tvätt
""".split())  # (a recipe's "i 200 °C ugn", a label's "i 60 graders tvätt": session 51, normalize191)
# Nouns a length qualifies, in the genitive: "på 80 m avstånd" -> "åttio
# meters avstånd", "på 40 m djup", "inom 5 km radie".
LENGTH_HEADS = frozenset("""
avstånd håll djup höjd radie längd bredd sträcka omkrets diameter tjocklek vattendjup
""".split())
LENGTH_HEAD_UNITS = frozenset({"m", "km", "mil", "cm", "mm", "dm"})
GENITIVE_HEADS = frozenset("""
mellanrum avstånd gångavstånd cykelavstånd promenad promenadavstånd väntan väntetid spel paus
körning bilresa bilväg tågresa resa försening marginal försprång tillägg tystnad betänketid träning uppvärmning
vikariat provanställning anställning förordnande uppehåll kontrakt praktik garanti abonnemang bindningstid
uppsägningstid
""".split())

# Units after a slash or "per" that follow a word, not a number ("korn/m³",
# "CO2/km", "protein/100 g", "per m³"): said "per" and the unit's singular.
PER_UNIT_WORDS = {
    "m³": "kubikmeter", "m3": "kubikmeter", "m²": "kvadratmeter", "m2": "kvadratmeter", "kvm": "kvadratmeter",
    "km": "kilometer", "km²": "kvadratkilometer", "mil": "mil", "m": "meter", "kg": "kilo", "hg": "hekto",
    "g": "gram", "l": "liter", "dl": "deciliter", "ml": "milliliter", "h": "timme", "kWh": "kilowattimme",
    "ha": "hektar",  # "2 500 plantor/ha", "6 ton/ha" (session 52, normalize198)
    # nouns a limit is counted per ("max 2 köp/hushåll")
    "hushåll": "hushåll", "person": "person", "deltagare": "deltagare", "familj": "familj", "kund": "kund",
    "elev": "elev", "lgh": "lägenhet", "lägenhet": "lägenhet", "bostad": "bostad", "fordon": "fordon",
    # a timber price per the forester's measure ("29 kr/m³sk", "350 kr/m³fub")
    "m³sk": "skogskubikmeter", "m3sk": "skogskubikmeter",
    "m³fub": "kubikmeter fast under bark", "m3fub": "kubikmeter fast under bark",
    "m³to": "kubikmeter toppmätt", "m3to": "kubikmeter toppmätt", "m³sv": "kubikmeter sågade varor",  # ("25 kr/m³to": timber measured at its top)
}
# A second period after a per unit ("1 450 kr/m²/år"): "per kvadratmeter och år".
PER_SECOND = {"år": "år", "mån": "månad", "månad": "månad", "dygn": "dygn", "dag": "dag", "vecka": "vecka",
              "h": "timme", "tim": "timme"}
for _n in _PER_NUMERATORS:
    for _d, _said in _PER_DENOMINATORS.items():
        _one, _many, _g = UNITS_OF_MEASURE[_n]
        UNITS_OF_MEASURE.setdefault(f"{_n}/{_d}", (f"{_one} per {_said}", f"{_many} per {_said}", _g))

# The energy units in one case, as papers and ads write them too ("5 000 kwh per år", "300 KWH", "2,5 GWH",
# "1,85 kr/kwh"): the same units. Risk: none seen; no word or acronym is spelled so.
ENERGY_UNITS = ("kWh", "MWh", "GWh", "TWh")
for _written in [u for u in UNITS_OF_MEASURE if any(e in u for e in ENERGY_UNITS)]:
    for _e in ENERGY_UNITS:
        if _e in _written:
            for _case in (_e.lower(), _e.upper()):
                UNITS_OF_MEASURE.setdefault(_written.replace(_e, _case), UNITS_OF_MEASURE[_written])

# Nouns of time after "N,5": said "ett och ett halvt år", "två och en halv
# timme" (the noun in the singular after "halv"), not "komma fem". Written
# form -> (singular, gender). Measures with a unit ("1,5 km") keep "komma".
HALF_NOUNS = {
    "år": ("år", "ett"), "månad": ("månad", "en"), "månader": ("månad", "en"),
    "timme": ("timme", "en"), "timmar": ("timme", "en"), "vecka": ("vecka", "en"),
    "veckor": ("vecka", "en"), "dygn": ("dygn", "ett"), "dag": ("dag", "en"), "dagar": ("dag", "en"),
    "decennium": ("decennium", "ett"), "decennier": ("decennium", "ett"),
    # genitives before the noun they measure ("1,5 års fängelse")
    "års": ("års", "ett"), "månaders": ("månads", "en"), "veckors": ("veckas", "en"),
    "timmars": ("timmes", "en"), "dagars": ("dags", "en"), "dygns": ("dygns", "ett"),
    # the units written short ("ca 1,5 tim", "laddtid 3,5 h", "2,5 min")
    "tim": ("timme", "en"), "h": ("timme", "en"), "min": ("minut", "en"), "mån": ("månad", "en"),
    # a flat's rooms ("2,5 rok", "3,5 rum och kök": "två och ett halvt rum och kök", session 59, normalize388)
    "rok": ("rum och kök", "ett"), "rum": ("rum", "ett"), "r.o.k.": ("rum och kök", "ett"),
}

# Currency signs and codes written before the amount: "€50", "USD 100".
PREFIX_CURRENCIES = ("€", "$", "£", "USD", "EUR", "SEK", "GBP", "NOK", "DKK", "kr", "Kr")  # "kr 500" (an advert's way)
# What "29:90 kr/st" is per.
PRICE_PER = {"st": " per styck", "kg": " per kilo", "l": " per liter", "hg": " per hekto",
             # the unit written in full ("39,90/liter": session 53, normalize239; the slash was lost)
             "liter": " per liter", "kilo": " per kilo", "styck": " per styck", "hekto": " per hekto"}
# Written percent and per mille -> spoken.
PERCENT_WORDS = {
    "%": "procent",
    "‰": "promille",
    "%-enheter": "procentenheter",
    "%-enhet": "procentenhet",
    "procentenheter": "procentenheter",
    "procentenhet": "procentenhet",
    "procent": "procent",
    "promille": "promille",
    # alcohol by volume with its word first ("2,25 vol.-%", "5,2 vol-%", "13 vol.%", "7 vol. %"; session 41: "vol.-%"
    # was "volym-%", the sign left unsaid); the sign first, "4,5 % vol.", is read by the percent rule
    "vol.-%": "volymprocent", "vol-%": "volymprocent", "vol.%": "volymprocent", "vol. %": "volymprocent",
    "vol %": "volymprocent", "volym-%": "volymprocent", "volym%": "volymprocent", "vol%": "volymprocent",  # (s57)
}
# Words (besides the units, magnitudes and currencies) before which "2.25" with
# two decimals is a decimal, not a time. "m" (metres: "1.65 m lång", "hoppade
# 2.05 m"), "poäng" and "sekunder" too: no clock time stands before them (the
# one-letter units are left out of the units' list here, "m" is the common one).
# Risk: "12.30 m.m." (med mera after a time) is read as a decimal.
DECIMAL_UNIT_WORDS = ("%", "‰", "procent", "procentenheter", "procentenhet", "promille", "grader", "meter", "kilo",
                      "m", "poäng", "sekunder")
# Words (besides LABEL_NOUNS) after which "3.2" is a section or version, not a decimal.
# (A weekday before "4.3" makes it a date, "tisdag den fjärde mars".)
DECIMAL_LABELS = frozenset({"kap", "kapitel", "avsnitt", "version", "den"}) | frozenset(WEEKDAYS) | frozenset({
    "mån", "tis", "ons", "tors", "tor", "fre", "lör", "sön",
}) | VERSIONED_NAMES

# Words before "29:90" that make it a price ("kostar 29:90"), not a time.
PRICE_CONTEXT = frozenset("""
kostar kostade kosta pris priset priser styckpris endast bara à á a' nu rea
extrapris kilopris literpris betalar betalade betala jämförpris jfr-pris jämförpriset
""".split())

# Compass abbreviations before a wind speed: "SV 5–10 m/s" -> "sydväst ...".
# (noun, adjective) — the adjective is used before "vind".
COMPASS_POINTS = {
    "N": ("nord", "nordlig"), "NO": ("nordost", "nordostlig"), "NNO": ("nordnordost", "nordnordostlig"),
    "O": ("ost", "ostlig"), "Ö": ("öst", "östlig"), "SO": ("sydost", "sydostlig"),
    "S": ("syd", "sydlig"), "SV": ("sydväst", "sydvästlig"), "V": ("väst", "västlig"),
    "NV": ("nordväst", "nordvästlig"), "NNV": ("nordnordväst", "nordnordvästlig"),
    "SSV": ("sydsydväst", "sydsydvästlig"), "SSO": ("sydsydost", "sydsydostlig"),
    "ONO": ("ostnordost", "ostnordostlig"), "VSV": ("västsydväst", "västsydvästlig"),
    # with "Ö" for öst, as many write it ("Vind SÖ 5 m/s")
    "SÖ": ("sydöst", "sydöstlig"), "NÖ": ("nordöst", "nordöstlig"),
}
# The two-letter points in small letters, read only before a speed ("vind sö 5 m/s", "nv 4–7 m/s"; no
# weekday "sö" has a speed after it); elsewhere "sv" may be "svenska".
COMPASS_POINTS_SMALL = {
    "sv": ("sydväst", "sydvästlig"), "nv": ("nordväst", "nordvästlig"), "sö": ("sydöst", "sydöstlig"),
    "nö": ("nordöst", "nordöstlig"), "so": ("sydost", "sydostlig"), "no": ("nordost", "nordostlig"),
}

# Words before a compass abbreviation that make it the direction (a house's
# side, a slope, a wind turning): "vetter mot SV" -> "sydväst", "i läge NO".
COMPASS_BEFORE = ("vetter", "vette", "sluttar", "sluttande", "blickar", "vänd", "vänder", "vrider", "vred",
                  "läge", "riktning", "riktningen", "väderstreck")
# Places after "NV om" that make the letters a direction from them ("NV om byn"; a
# capitalised name too): not "frågade SV om kursen".
PLACES_AFTER_COMPASS = ("byn", "staden", "stan", "centrum", "tätorten", "sjön", "älven", "kyrkan", "gården",
                        "orten", "samhället", "bron", "fjället", "vägen", "kusten", "gränsen", "hamnen")
# Words of weather in the sentence that make "från NO", "mot SV" a direction.
WEATHER_WORDS = ("vind", "blås", "oväder", "ovädret", "lågtryck", "högtryck", "regn", "snö", "moln", "front", "storm",
                 # a wind's speed, the weather itself, a gale (session 46, normalize159: "10–15 m/s från SV")
                 "m/s", "sekundmeter", "väder", "kuling", "byar")

SYMBOLS = {
    "§": "paragraf",
    "§§": "paragraferna",
    "&": "och",
    "+": "plus",
    "=": "är lika med",
    "×": "gånger",
    "±": "plus minus",
    "≈": "ungefär",
    "~": "cirka",
    "‰": "promille",
    "∅": "diameter",  # a baking tin's or a pipe's width: "form ∅ 24 cm"
    "Ø": "diameter",  # the same sign as the letter, set apart: "hagel Ø 2 cm" (session 46, normalize159 and 164)
    "ø": "diameter",  # in small letters, set apart: "matsalsbord ø 120 cm" (session 53, normalize244)
    "#": "nummer",
    "@": "snabel-a",
    "→": "till",
    "<": "under",
    ">": "över",
    # a bound before a measure ("≥ 20 °C", "≤ 5 mg"): as a rule is read aloud
    "≥": "minst",
    "≤": "högst",
    "≠": "inte lika med",
    "©": "copyright",
    "†": "död",
    "™": "",
    "®": "",
}

# "<" is "under" before an age, a temperature or a time ("barn < 12 år",
# "< 0 grader"), and "mindre än" before any other measure or count, as a
# result is read ("proverna visade < 10 bakterier").
LESS_THAN_UNDER = frozenset("""
år års grader grad ° °C månader månad veckor vecka dagar dag timmar timme minuter minut
""".split())

FRACTIONS = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4),
    "⅕": (1, 5), "⅛": (1, 8), "⅒": (1, 10),
}
# Verbs right after a fraction sign that make it a share standing for its people or things ("¼ bor utanför
# tätorten", "¾ svarade ja", "⅓ saknar körkort"): the part alone, "en fjärdedel", "hälften", never the
# genitive before a noun ("en kvarts"). Risk: a noun spelled like one of these after a sign ("¼ var").
SHARE_VERBS = frozenset("""
bor bodde arbetar arbetade jobbar jobbade pendlar pendlade tycker tyckte anser ansåg svarar svarade uppger uppgav
säger sa vill ville kan kunde har hade är var blir blev saknar saknade röstar röstade väljer valde får fick äger
ägde lever levde använder använde äter åt går gick kommer kom studerar studerade reser reste klarar klarade
vet visste tror trodde känner kände behöver behövde ja nej
cyklar cyklade åker åkte kör körde röker rökte handlar handlade läser läste spelar spelade tränar tränade
betalar betalade väntar väntade flyttar flyttade
""".split())  # (and a survey's answers: "⅔ nej")
# Words before a fraction that make it a share of what was just counted, never a genitive before the noun after it
# ("200 tåg, varav ⅓ godståg" -> "en tredjedel godståg", was "en tredjedels").
SHARE_BEFORE = frozenset({"varav", "därav"})
# Comparatives right after a fraction sign: the part is how much more or less, never a genitive before a noun ("⅓ fler
# än väntat" -> "en tredjedel fler", was "en tredjedels fler"; session 42, normalize143).
FRACTION_COMPARATIVES = COMPARATIVES | frozenset("mer mera bättre sämre snabbare tyngre lättare".split())

# A period after a slash at the end of a word ("420 kr mer/mån", "två
# gånger/vecka"): how often, said the way an amount per period is.
PER_PERIOD = {
    "mån": "i månaden", "månad": "i månaden", "år": "per år", "dag": "per dag",
    "dygn": "per dygn", "vecka": "i veckan", "v": "i veckan", "tim": "i timmen",
    "termin": "per termin", "säsong": "per säsong", "kvartal": "per kvartal", "halvår": "per halvår",
    "läsår": "per läsår", "timme": "i timmen", "match": "per match", "natt": "per natt",
    "avsnitt": "per avsnitt", "föreställning": "per föreställning", "sändning": "per sändning",  # session 45
}

# Two words of one kind joined by a slash are "och": plurals ("pensionärer/
# studenter") or street names ("Kungsgatan/Drottninggatan"); these endings
# tell the kind.
SLASH_PLURAL_ENDINGS = ("er", "ar", "or", "na", "are")  # "elever/lärare": the plural of an agent noun too
SLASH_STREET_ENDINGS = ("gatan", "vägen", "gränd", "gränden", "torget", "leden", "allén", "stigen",
                        # a boulevard's, a quay's, a promenade's name ("Vasagatan/Kungsportsavenyn", session 47)
                        "avenyn", "esplanaden", "promenaden", "kajen", "boulevarden", "backen")

# A period after a scaled amount's slash ("30 Mkr/år", "5 tkr/mån"), as said.
MONEY_PER = {
    "år": "per år", "mån": "i månaden", "månad": "i månaden", "st": "styck",
    "dag": "per dag", "vecka": "i veckan",
    # a price per a short unit or count ("6 500 kr/v", "250 kr/ex.", "120 kr/h"):
    # the slash is "per" (or the period's idiom), the abbreviation its noun
    "v": "i veckan", "ex": "per exemplar", "h": "i timmen", "tim": "i timmen", "pers": "per person",
    "kg": "per kilo", "hg": "per hekto", "l": "per liter", "m": "per meter", "km": "per kilometer",
    "mil": "per mil", "kvm": "per kvadratmeter", "lgh": "per lägenhet", "port": "per portion",
    "oz": "per uns", "MWh": "per megawattimme",  # a commodity's price ("2 652 USD/oz", s57)
    "bit": "per bit", "natt": "per natt", "termin": "per termin", "säsong": "per säsong",
    "ht": "per hösttermin", "vt": "per vårtermin",  # a club's fee per term ("800 kr/ht", session 65, normalize517)
    # a visit's price in an ad (session 23): "550 kr/beh." -> "per behandling", "90 kr/tillf."
    "beh": "per behandling", "tillf": "per tillfälle",
    # a price per a pack of a shop's sign ("ägg 45 kr/ds", "12 kr/förp")
    "ds": "dussinet", "dussin": "dussinet", "förp": "per förpackning", "pkt": "per paket", "fl": "per flaska",
    "påse": "per påse", "burk": "per burk", "knippe": "per knippe", "bunt": "per bunt",
    # a unit's definite form after the slash is itself the "per" ("45 kr/dussinet" -> "fyrtiofem kronor
    # dussinet", "18 kr/kilot", "kr/flaskan"), said as written: never "per dussinet"
    **{w: w for w in """dussinet kilot hektot litern stycket paketet flaskan burken påsen biten metern portionen
                         knippet bunten lådan asken kartongen natten timmen veckan månaden""".split()},
}

# Words before "412 s." in the same sentence that make "s." pages ("sidor"),
# not seconds: a book, a report, a thesis and what one says of their length;
# a paper's supplement, a magazine, a catalogue or a brochure too (session 21); a case's or an
# authority's documents, "förundersökningen på 340 s." (session 34; not "dom", also the spoken "de"); its author and
# a signing ("Författaren Åsa Lind, aktuell med ”Sommaren” (Rabén & Sjögren, 312 s.)", session 62).
PAGE_CONTEXT = frozenset("""
bok boken böcker roman romanen romaner uppsats uppsatsen uppsatser rapport rapporten
avhandling avhandlingen antologi antologin diktsamling diktsamlingen häfte häftet
kokbok kokboken bilderbok bilderboken biografi biografin essä essän skrift skriften
utredning utredningen omfatta omfattar omfattande förlag förlaget utgiven utgivning
sidor sidan inbunden pocket recension recensionen recenserad novell noveller novellsamling deckare
debutroman lyrik reportagebok faktabok barnbok ungdomsbok ljudbok översättning översatt bokförlag
bilaga bilagan bilagor specialbilaga specialbilagan tidskrift tidskriften magasin magasinet katalog katalogen
broschyr broschyren jubileumsbok jubileumsskrift årsbok årsboken
författare författaren författarna författarens författarinna författarinnan poet poeten signerar signering
förundersökning förundersökningen förundersökningsprotokoll förundersökningsprotokollet domen domslut domskälen
protokoll protokollet årsredovisning årsredovisningen avtal avtalet handling handlingen handlingar handlingarna
remiss remissen promemoria promemorian betänkande betänkandet dokument dokumentet stämningsansökan
stämningsansökningen överklagande överklagandet utlåtande utlåtandet granskningsrapport granskningsrapporten
""".split())
# "Bonniers, 288 s.", "(Norstedts 2025, 412 s.)": a publisher's name in the
# genitive before the number of a book's pages.
PUBLISHER_BEFORE_PAGES = r"[A-ZÅÄÖ][a-zåäö]+s(?: förlag)?,?(?: (?:19|20)\d\d,)? $"

# A duration before one of these nouns qualifies it and takes the genitive:
# "12 mån bindningstid" -> "tolv månaders bindningstid", "2 min mellanrum".
DURATION_GENITIVE_NOUNS = frozenset("""
bindningstid uppsägningstid mellanrum väntetid garanti provanställning fängelse
paus promenad promenadavstånd gångavstånd körning bilresa bilväg resa restid försening
kötid handläggningstid leveranstid karenstid prövotid ledighet föräldraledighet kö köer bilköer
semester vila betänketid uppehåll avstånd tystnad praktik
kokning gräddning stekning jäsning marinering
arbetsdag arbetsvecka arbetspass arbete pass skift
tidstillägg tillägg straff utvisning avstängning
ålder
""".split())  # (session 40, normalize131: "6 tim. arbetsdag" -> "sex timmars arbetsdag"; "vid 4 mån. ålder", s60)
# Time units (their plural) and their definite plural, for "de första 6 mån"
# -> "de första sex månaderna".
DURATION_DEFINITE = {
    "minuter": "minuterna", "timmar": "timmarna", "månader": "månaderna",
    "sekunder": "sekunderna", "dygn": "dygnen", "veckor": "veckorna",
}
# Units of distance (their plural) and their definite plural, for "de sista 3 km" -> "de sista tre
# kilometrarna", "de första 100 m" -> "de första hundra metrarna" (session 28: a race's last stretch).
DISTANCE_DEFINITE = {"kilometer": "kilometrarna", "meter": "metrarna", "mil": "milen"}
# (without "de" too, as a price list writes it: "399 kr/mån första 6 mån" -> "första sex månaderna")
DEFINITE_BEFORE = ("första", "sista", "senaste", "kommande", "närmaste", "de två första")


# Units of a connection's speed: two numbers with a slash before one are the
# speeds down and up ("100/10 Mbit/s" -> "hundra snedstreck tio megabit per
# sekund"), never a fraction or a date.
SPEED_PAIR_UNITS = ("Mbit/s", "Gbit/s", "Tbit/s", "kbit/s", "Mbit", "Gbit", "Tbit")  # "100/100 Mbit" (the "/s" left out)

# Units that, joined to the noun after them by a hyphen, are said as the
# genitive of a measure ("1,5 l-förpackning" -> "en komma fem liters
# förpackning", "2 kg-påse" -> "två kilos påse").
GENITIVE_COMPOUND_UNITS = frozenset({"l", "dl", "cl", "ml", "kg", "hg", "g"})
# Units of power, energy, voltage, area and data joined by a hyphen to the
# noun after them: the genitive of the unit as the number wants it ("ett 500
# Wh-batteri" -> "femhundra wattimmars batteri", "en 150 hk-motor" ->
# "hundrafemtio hästkrafters motor", "en 60 m²-lokal" -> "kvadratmeters").
GENITIVE_PLURAL_COMPOUND_UNITS = frozenset("""
Wh kWh MWh GWh TWh W kW MW GW Wp kWp MWp V kV mAh Ah hk m² m2 kvm m³ km² ha dB GB TB MB Nm kVA Mbit Gbit
""".split()) | {e.lower() for e in ENERGY_UNITS} | {e.upper() for e in ENERGY_UNITS}  # (the energy units in one case)

# Lengths and times joined by a hyphen to the noun after them make one word
# with a whole number, the unit in its genitive ("25 m-bassäng" ->
# "tjugofemmetersbassäng", "10 km-loppet", "20 mil-tur", "90 min-pass" ->
# "nittiominuterspass"): the unit's genitive for each.
CLOSED_COMPOUND_UNITS = {
    "m": "meters", "km": "kilometers", "mm": "millimeters", "cm": "centimeters", "mil": "mils",
    "min": "minuters",
}

# Words before "140/90" that make it a blood pressure, the two numbers said
# with "över" (systolic over diastolic), not a date or a fraction.
BLOOD_PRESSURE_WORDS = frozenset("""
blodtryck blodtrycket blodtrycksvärde blodtrycksvärdet blodtrycksvärden övertryck undertryck
""".split())

# Units written short without their stop that are read after a number only before a word of age
# ("10 v gamla" -> "tio veckor gamla"): elsewhere a stopless "v" is volts ("12 v batteri") or a side.
STOPLESS_AGE_UNITS = {"v": "v."}
AGE_WORDS = ("gammal", "gamla", "gammalt")

# A currency by its code in the definite form, as a market report names one against another ("EUR/SEK": "euron mot
# kronan"; rules/currency_pairs.py). The Swedish krona is "kronan" against a currency of another name.
CURRENCY_DEFINITE = {
    "EUR": "euron", "USD": "dollarn", "SEK": "kronan", "NOK": "norska kronan", "DKK": "danska kronan",
    "ISK": "isländska kronan", "GBP": "pundet", "JPY": "yenen", "CHF": "schweizerfrancen", "CNY": "yuanen",
    "CAD": "kanadensiska dollarn", "AUD": "australiska dollarn", "PLN": "zlotyn",
}
# A currency's code after "per" (one of it, "11 kr per USD": "per dollar") or "i" (an amount in it, "i EUR": "i euro"):
# its singular and its plural from CURRENCIES ("i SEK" against other currencies: "svenska kronor").
CURRENCY_PER = {code: CURRENCIES[code][0] for code in CURRENCY_DEFINITE}
CURRENCY_IN = {code: CURRENCIES[code][1] for code in CURRENCY_DEFINITE} | {"SEK": "svenska kronor"}

# Units written as symbols, which take no stop of their own: a stop after one before a number is the sentence's
# ("endast 40 h. 24 900 kr.", "0,53 l/mil. 129 900:-"; session 61, normalize437).
STOPLESS_SYMBOLS = frozenset({"h", "l", "dl", "cl", "ml", "kg", "g", "hg", "mg", "km", "m", "cm", "mm", "m²", "m³", "km²",
                              "kWh", "MWh", "W", "kW", "MW", "V", "A", "Hz", "dB", "ha", "t", "mil"})

# What a home comes with after "m." in an ad ("vån 2 av 4 m. hiss"): "med", not metres (``unit_readings.with_fittings``;
# session 62, normalize462).
HOME_FITTINGS = frozenset("""
hiss balkong balkonger altan uteplats terrass garage carport kakelugn braskamin öppen sjöutsikt utsikt
förråd gästhus attefallshus bastu pool trädgård möbler
""".split())
