"""Plain data for the Swedish normalizer: no logic, only tables.

Editors and linguists change these; the rules in ``rules.py`` read them.
Every table is a tuple or a dict of plain strings so it can be reviewed line
by line.
"""

from __future__ import annotations

# --- number words ----------------------------------------------------------

UNITS = (
    "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
    "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton",
    "arton", "nitton",
)
TENS = {
    2: "tjugo", 3: "trettio", 4: "fyrtio", 5: "femtio",
    6: "sextio", 7: "sjuttio", 8: "åttio", 9: "nittio",
}
ORDINAL_UNITS = (
    "nollte", "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde",
    "åttonde", "nionde", "tionde", "elfte", "tolfte", "trettonde", "fjortonde",
    "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde",
)
ORDINAL_TENS = {
    2: "tjugonde", 3: "trettionde", 4: "fyrtionde", 5: "femtionde",
    6: "sextionde", 7: "sjuttionde", 8: "åttionde", 9: "nittionde",
}
# Large powers are nouns (en miljon, två miljoner): (value, singular, plural).
LARGE = (
    (10**12, "biljon", "biljoner"),
    (10**9, "miljard", "miljarder"),
    (10**6, "miljon", "miljoner"),
)
DIGITS = UNITS[:10]

# --- en/ett agreement ------------------------------------------------------

# Nouns (and plural forms that look the same) that take "ett". Anything not
# here takes "en". Longer entries also match as the tail of a compound
# ("sjukhus" -> "hus"), so keep very short, ambiguous words in ETT_EXACT.
ETT_NOUNS = frozenset("""
barn hus företag jobb kilo kilogram gram ton hektar öre pund äpple land län
lag mål fall brott bolag hem rum kvarter område ärende beslut förslag möte
tåg flyg flygplan fordon djur träd svar besök program projekt prov pris lån
avtal krav parti hushåll samtal larm inbrott arbete mord dygn kvartal halvår
decennium sekel årtusende tillfälle exempel antal nummer bidrag lopp vittne
offer sjukhus boende kontor torg fält slott kök bibliotek museum universitet
gymnasium lager skepp fartyg hotell kafé café kraftverk bygge kapitel avsnitt
stycke öga öra huvud hjärta liv finger dussin tiotal hundratal
tusental skott slag straff kast hopp varv ägg glas paket brev mejl sms foto
papper blad kort konto datum steg tecken initiativ mandat val uppdrag yrke
fynd nät ställe tillstånd ombud värde belopp grepp hål rån rekord
styck dödsfall tält bad hål ord lopp spel arbetstillfälle
jobbtillfälle hyreshus kommunalråd råd regeringsråd sammanträde evenemang
event kvarter äldreboende förskolebarn skolbarn körkort ögonblick
torn fönster kontrakt recept vapen gevär system problem schema tema material
resultat underlag åtal uttalande besked samhälle hav berg fjäll vatten tillbud
bråk skalv namn ljud ljus guld silver brons lamm får bord skåp golv tak
trapphus garage förråd staket plank stängsel fält dike träsk kärr moln
fängelse häkte kontor kapell tempel kloster
apotek verk konstverk monument mästerskap landskap sällskap centrum stipendium
akvarium drama vrak kvitto torp gods meddelande inlägg tillägg förbud
bygglov protokoll dokument instrument experiment parlament departement
regemente citat format uppslag anbud hjul däck lok plagg mått frö skal
utbrott angrepp överfall ingripande anrop utskott bistånd syskon kuvert
block hörn rör stopp besked bett hot jubileum sjukhem
svin lejon kors band märke ansikte löfte rykte intresse bröd
kött stall segel näste spår kabinett
tips gripande yttrande utlåtande utskick
""".split())
ETT_EXACT = frozenset({"år", "ark", "ex", "fel", "sår", "tal", "dop", "lod", "hot", "lik", "ras", "ben", "set", "par",
                       "test", "pass", "bud", "lov"})
# Flats by their number of rooms: "en 3:a" -> "en trea".
FLAT_NOUNS = ("etta", "tvåa", "trea", "fyra", "femma", "sexa", "sjua", "åtta", "nia")
FLAT_FOLLOWERS = frozenset("på i med och eller som för till vid om nära mitt".split())
# Nouns that name something by its number ("linje 1", "sidan 1"): the number
# after them is said in the counting form "ett" whatever follows.
LABEL_NOUNS = frozenset("""
linje linjen nummer numret nr sidan sida kapitel rum plats platsen buss bussen
spår spåret väg vägen gate hus fas etapp klass grupp avdelning våning paragraf
punkt artikel tabell figur bilaga version vecka veckan lag laget division
divisionen serien hall hallen skolår årskurs match matchen omgång omgången
""".split())

# Compounds written with a number: "1-rumslägenhet" -> "enrumslägenhet".
EN_COMPOUND_HEADS = ("rum", "plan", "kron", "tim", "dag", "man", "vecko", "veck",
                     "minut", "månad", "gång", "manna", "sits", "familj")

# --- calendar --------------------------------------------------------------

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
WEEKDAY_ABBREVIATIONS = {
    "mån": 0, "må": 0, "tis": 1, "ti": 1, "ons": 2, "on": 2, "tor": 3, "tors": 3,
    "to": 3, "fre": 4, "fr": 4, "lör": 5, "lö": 5, "sön": 6, "sö": 6,
}

# --- money -----------------------------------------------------------------

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
}
# Scaled amounts: "5 mkr" -> "fem miljoner kronor".
SCALED_CURRENCIES = {
    "tkr": (1_000, "tusen kronor"),
    "mkr": (10**6, None),
    "Mkr": (10**6, None),
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
}
# Magnitude words and abbreviations that may stand between a number and "kr".
MAGNITUDES = {
    "miljon": "miljon", "miljoner": "miljoner", "milj.": "miljoner",
    "milj": "miljoner", "mn": "miljoner", "miljard": "miljard",
    "miljarder": "miljarder", "mdr": "miljarder", "md": "miljarder",
    "tusen": "tusen",
}

# --- units -----------------------------------------------------------------

# written -> (singular, plural, gender). Matched case-sensitively, only right
# after a number.
UNITS_OF_MEASURE = {
    "km/h": ("kilometer i timmen", "kilometer i timmen", "en"),
    "km/tim": ("kilometer i timmen", "kilometer i timmen", "en"),
    "m/s": ("meter per sekund", "meter per sekund", "en"),
    "kr/kWh": ("krona per kilowattimme", "kronor per kilowattimme", "en"),
    "öre/kWh": ("öre per kilowattimme", "öre per kilowattimme", "ett"),
    "kr/l": ("krona per liter", "kronor per liter", "en"),
    "kr/liter": ("krona per liter", "kronor per liter", "en"),
    "kr/mån": ("krona i månaden", "kronor i månaden", "en"),
    "kr/månad": ("krona i månaden", "kronor i månaden", "en"),
    "kr/år": ("krona om året", "kronor om året", "en"),
    "kr/st": ("krona styck", "kronor styck", "en"),
    "kr/h": ("krona i timmen", "kronor i timmen", "en"),
    "kr/tim": ("krona i timmen", "kronor i timmen", "en"),
    "kr/kg": ("krona kilot", "kronor kilot", "en"),
    "kr/m²": ("krona per kvadratmeter", "kronor per kvadratmeter", "en"),
    "kr/kvm": ("krona per kvadratmeter", "kronor per kvadratmeter", "en"),
    "kr/person": ("krona per person", "kronor per person", "en"),
    "kr/pers": ("krona per person", "kronor per person", "en"),
    "kr/pers.": ("krona per person", "kronor per person", "en"),
    "kr/dag": ("krona om dagen", "kronor om dagen", "en"),
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
    "km²": ("kvadratkilometer", "kvadratkilometer", "en"),
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
    "mm": ("millimeter", "millimeter", "en"),
    "km": ("kilometer", "kilometer", "en"),
    "m": ("meter", "meter", "en"),
    "kg": ("kilo", "kilo", "ett"),
    "hg": ("hekto", "hekto", "ett"),
    "g": ("gram", "gram", "ett"),
    "mg": ("milligram", "milligram", "ett"),
    "µg": ("mikrogram", "mikrogram", "ett"),
    "ton": ("ton", "ton", "ett"),
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
    "V": ("volt", "volt", "en"),
    "ha": ("hektar", "hektar", "ett"),
    "h": ("timme", "timmar", "en"),
    "tim": ("timme", "timmar", "en"),
    "min": ("minut", "minuter", "en"),
    "sek": ("sekund", "sekunder", "en"),
    "dB": ("decibel", "decibel", "en"),
    "GB": ("gigabyte", "gigabyte", "en"),
    "MB": ("megabyte", "megabyte", "en"),
    "hk": ("hästkraft", "hästkrafter", "en"),
    "kcal": ("kilokalori", "kilokalorier", "en"),
    "st": ("styck", "stycken", "ett"),
    "st.": ("styck", "stycken", "ett"),
    "mil": ("mil", "mil", "en"),
    "m³/s": ("kubikmeter per sekund", "kubikmeter per sekund", "en"),
    "m3/s": ("kubikmeter per sekund", "kubikmeter per sekund", "en"),
    "l/s": ("liter per sekund", "liter per sekund", "en"),
    "l/mil": ("liter per mil", "liter per mil", "en"),
    "l/100 km": ("liter per hundra kilometer", "liter per hundra kilometer", "en"),
    "g/km": ("gram per kilometer", "gram per kilometer", "ett"),
    "s": ("sekund", "sekunder", "en"),
    "ppm": ("miljondel", "miljondelar", "en"),
}

# --- abbreviations ---------------------------------------------------------

# Written abbreviation -> spoken words. Matched as whole tokens; the dots are
# part of the key. Case-sensitive; a capitalised variant is added by the rule.
ABBREVIATIONS = {
    "t.ex.": "till exempel",
    "t ex": "till exempel",
    "t.ex": "till exempel",
    "bl.a.": "bland annat",
    "bl a": "bland annat",
    "bl.a": "bland annat",
    "m.fl.": "med flera",
    "m fl": "med flera",
    "mfl": "med flera",
    "m.m.": "med mera",
    "mm.": "med mera",
    "osv.": "och så vidare",
    "osv": "och så vidare",
    "o.s.v.": "och så vidare",
    "fr.o.m.": "från och med",
    "fr o m": "från och med",
    "from.": "från och med",
    "t.o.m.": "till och med",
    "t o m": "till och med",
    "tom.": "till och med",
    "t.o.m": "till och med",
    "fr.o.m": "från och med",
    "p.g.a": "på grund av",
    "m.fl": "med flera",
    "m.m": "med mera",
    "s.k": "så kallade",
    "d.v.s": "det vill säga",
    "o.s.v": "och så vidare",
    "vån.": "våning",
    "Sthlm": "Stockholm",
    "Gbg": "Göteborg",
    "brf": "bostadsrättsföreningen",
    "Brf": "Bostadsrättsföreningen",
    "rv": "riksväg",
    "rv.": "riksväg",
    "lv": "länsväg",
    "lv.": "länsväg",
    "s.k.": "så kallade",
    "s k": "så kallade",
    "dvs.": "det vill säga",
    "dvs": "det vill säga",
    "d.v.s.": "det vill säga",
    "ca": "cirka",
    "ca.": "cirka",
    "c:a": "cirka",
    "cirka": "cirka",
    "nr": "nummer",
    "nr.": "nummer",
    "S:t": "Sankt",
    "S:ta": "Sankta",
    "St.": "Sankt",
    "p.g.a.": "på grund av",
    "pga.": "på grund av",
    "pga": "på grund av",
    "p g a": "på grund av",
    "tel.": "telefon",
    "tel": "telefon",
    "tfn": "telefon",
    "tfn.": "telefon",
    "o.d.": "och dylikt",
    "etc.": "etcetera",
    "f.d.": "före detta",
    "fd": "före detta",
    "fd.": "före detta",
    "jfr": "jämför",
    "jfr.": "jämför",
    "resp.": "respektive",
    "inkl.": "inklusive",
    "inkl": "inklusive",
    "exkl.": "exklusive",
    "exkl": "exklusive",
    "ang.": "angående",
    "tf.": "tillförordnad",
    "tf": "tillförordnad",
    "kap.": "kapitel",
    "e.Kr.": "efter Kristus",
    "f.Kr.": "före Kristus",
    "fr.a.": "framför allt",
    "främst": "främst",
    "ev.": "eventuellt",
    "t.v.": "tills vidare",
    "m.a.o.": "med andra ord",
    "ung.": "ungefär",
    "kl.": "klockan",
    "kl": "klockan",
    "milj.": "miljoner",
    "prof.": "professor",
    "doc.": "docent",
    "vs.": "mot",
    "vs": "mot",
    "mkr": "miljoner kronor",
    "mdkr": "miljarder kronor",
    "tkr": "tusen kronor",
    "kr": "kronor",
    "kr.": "kronor",
    "proc.": "procent",
    "obs!": "observera!",
    "Obs!": "Observera!",
    "OBS!": "Observera!",
    "vd": "ve de",
    "åk": "årskurs",
    "reg.nr": "registreringsnummer",
    "reg.nr.": "registreringsnummer",
    "regnr": "registreringsnummer",
    "lgh": "lägenhet",
    "lgh.": "lägenhet",
    "anm.": "anmärkning",
    "anm": "anmärkning",
    "v.": "vecka",
    "åk.": "årskurs",
    "tv": "teve",
    "forts.": "fortsättning",
    "övr.": "övriga",
    "st.": "stycken",
    "s.": "sidan",
    "sid.": "sidan",
    "bl.": "bland",
    "f.n.": "för närvarande",
    "ordf.": "ordförande",
    "enl.": "enligt",
    "pers.": "personer",
    "d.ä.": "den äldre",
    "d.y.": "den yngre",
}
# Abbreviations after which a period does not end a sentence.
NON_FINAL_ABBREVIATIONS = frozenset({
    "t.ex.", "bl.a.", "s.k.", "kl.", "ca.", "nr.", "p.g.a.", "pga.", "fr.o.m.",
    "t.o.m.", "dvs.", "d.v.s.", "jfr.", "resp.", "inkl.", "exkl.", "ang.",
    "tel.", "tfn.", "f.d.", "fd.", "tf.", "kap.", "prof.", "doc.", "dr.",
    "St.", "ev.", "fr.a.", "m.a.o.", "ung.", "vs.", "s.", "sid.", "milj.",
    "proc.", "bl.", "v.", "reg.nr.", "lgh.", "d.ä.", "d.y.", "e.Kr.", "f.Kr.", "c:a", "forts.", "övr.", "vån.", "rv.", "lv.", "ordf.", "enl.",
})

# --- acronyms and letters --------------------------------------------------

LETTER_NAMES = {
    "a": "a", "b": "be", "c": "ce", "d": "de", "e": "e", "f": "eff", "g": "ge",
    "h": "hå", "i": "i", "j": "ji", "k": "kå", "l": "ell", "m": "emm",
    "n": "enn", "o": "o", "p": "pe", "q": "ku", "r": "ärr", "s": "ess",
    "t": "te", "u": "u", "v": "ve", "w": "dubbelve", "x": "ex", "y": "y",
    "z": "säta", "å": "å", "ä": "ä", "ö": "ö",
}
# All-capital words read as words, with the form to hand to the voice.
ACRONYM_WORDS = {
    "NATO": "Nato", "IKEA": "Ikea", "ICA": "Ica", "SAS": "Sas", "SAAB": "Saab",
    "UEFA": "Uefa", "FIFA": "Fifa", "NASA": "Nasa", "AIDS": "aids",
    "BRIS": "Bris", "SIDA": "Sida", "SÄPO": "Säpo", "UNICEF": "Unicef",
    "UNESCO": "Unesco", "OPEC": "Opec", "COOP": "Coop", "NOVUS": "Novus",
    "SIFO": "Sifo", "SABO": "Sabo", "ROT": "rot", "RUT": "rut",
    "COVID": "covid", "ABBA": "Abba", "LEGO": "Lego", "VOLVO": "Volvo",
    "SCANIA": "Scania", "PISA": "Pisa", "BUP": "bupp", "SACO": "Saco",
    "TÅGET": "tåget", "ESTONIA": "Estonia", "NOKAS": "Nokas",
    "LAN": "lan", "APL": "apl", "SIS": "Sis", "GIF": "Gif", "DIF": "Diff",
    "MIO": "Mio", "ELLE": "Elle", "ASEA": "Asea", "ESA": "Esa", "EPA": "epa",
    "PIN": "pinn", "NIKE": "Nike", "ARLA": "Arla", "POSTEN": "Posten",
    "KOMVUX": "Komvux", "VINNOVA": "Vinnova", "FORMAS": "Formas",
    "SKOLVERKET": "Skolverket", "INTERPOL": "Interpol", "EUROPOL": "Europol",
    "JAS": "Jas", "PFAS": "Pfas", "NASDAQ": "Nasdaq", "FIS": "Fis",
    "BRÅ": "Brå", "IVA": "iva", "IVO": "Ivo",
}
# All-capital words spelled letter by letter (known, so not "unsure").
# Some have a customary spoken form instead of the bare letter names.
ACRONYM_SPELLED = {
    "TV": "teve", "TV4": "teve fyra", "SVT": None, "SR": None, "SMHI": None,
    "AIK": None, "EU": None, "FN": None, "USA": None, "MVP": None, "SCB": None,
    "SKR": None, "CSN": None, "LSS": None, "SFI": None, "KTH": None, "SJ": None,
    "SL": None, "UD": None, "SD": None, "MP": None, "KD": None, "LO": None,
    "TCO": None, "IFK": None, "BK": None, "FF": None, "IF": None, "DN": None,
    "GP": None, "SVD": None, "UNT": None, "NT": None, "HD": None, "VD": None,
    "IT": None, "AB": None, "HB": None, "OS": None, "VM": None, "EM": None,
    "SM": None, "NHL": None, "NBA": None, "KHL": None, "SHL": None,
    "SSL": None, "BBC": None, "CNN": None, "NRK": None, "DR": None,
    "OECD": None, "IMF": None, "ECB": None, "WHO": "ve hå o", "UNHCR": None,
    "MSB": None, "FHM": None, "KI": None, "RFSU": None, "RFSL": None,
    "HBTQ": None, "HBTQI": None, "SOS": None, "BVC": None, "MVC": None,
    "VC": None, "UMO": None, "SOU": None, "PBL": None, "LVU": None,
    "LVM": None, "GDPR": None, "AI": None, "PR": None, "CV": None,
    "SMS": None, "ATG": None, "SEB": None, "ATP": None, "BNP": None,
    "KPI": None, "HV": None, "SKL": None, "SOK": None, "RF": None,
    "SSAB": None, "LKAB": None, "ABF": None, "HSB": None, "JO": None,
    "JK": None, "KO": None, "PTS": None, "SSM": None,
    "SLU": None, "KB": None, "UK": None, "ST": None, "FRA": None,
    "USK": None, "TT": None, "SVT2": "ess ve te två",
    "P1": "pe ett", "P3": "pe tre", "P4": "pe fyra", "SR P4": "ess ärr pe fyra",
    "HR": None, "VA": None, "GPS": None, "DNA": None, "PCR": None,
    "ADHD": None, "IVF": None, "CO2": "ce o två", "EL": None,
    "VAR": None, "SHL:s": None, "MMA": None, "PT": None, "PRO": None,
    "SPF": None, "RSMH": None, "FUB": None, "SRF": None, "DHR": None,
    "SKPF": None, "NPF": None, "BBIC": None, "LSO": None, "RAKEL": "Rakel",
    "ÖB": None, "SAOL": "saol", "SAOB": "saob", "EKN": None, "PM": None,
}
# Capitalised words that are ordinary Swedish words when a whole line is in
# capitals ("ALLA VAR ÖVERENS"), though spelled elsewhere.
SHOUTED_WORDS = frozenset({"VAR", "EL", "KO", "VA"})
# Party letters in parentheses after a politician's name.
PARTIES = {
    "S": "socialdemokrat", "M": "moderat", "C": "centerpartist",
    "L": "liberal", "KD": "kristdemokrat", "V": "vänsterpartist",
    "MP": "miljöpartist", "SD": "sverigedemokrat", "FP": "folkpartist",
}
# Consonant clusters a Swedish word may start or end with; used to guess
# whether an unknown all-capital word can be read as a word.
ONSETS = frozenset("""
b c d f g h j k l m n p q r s t v w x z
bl br dr dj fl fr gl gr gn hj kl kn kr kv lj pl pr sk sl sm sn sp st sv
tr tv tj sj ch sch skr spr str spl skj stj th ph
""".split())
CODAS = frozenset("""
b c d f g h j k l m n p r s t v x z
st nd nt rt rs ns ks ck ll nn mm ss tt rk rg rn rd lk lt ld ng nk ft kt pt
sk sp rm lm ls ls rv lv ms mp mb ts ds gs ps rst nst ngs nkt
""".split())
VOWELS = frozenset("aeiouyåäö")

# --- Roman regnal numbers --------------------------------------------------

REGNAL_MALE = frozenset("""
Karl Carl Gustav Gustaf Erik Johan Magnus Oscar Oskar Fredrik Adolf Charles
Louis Ludvig Henrik Olof Birger Valdemar Knut Håkan Haakon Harald Olav
Christian Kristian Frederik Napoleon Benedictus Johannes Paulus Pius Leo
Frans Filip Richard Edvard Edward Georg George Vilhelm Wilhelm Peter Ivan
Sigismund Alexander Nikolaj Juan Felipe Albert Baudouin Willem Philippe
Sverker Sten Stenkil Inge Emund Anund Eriks Karls Gustavs
""".split())
REGNAL_FEMALE = frozenset("""
Kristina Ulrika Margareta Elizabeth Elisabet Elisabeth Victoria Viktoria
Katarina Maria Mary Anna Beatrix Juliana Wilhelmina Drottning
""".split())

# Nouns a Roman numeral counts as a plain number: "kapitel IV" -> "kapitel
# fyra", "del II", "fas III", "etapp II".
ROMAN_NUMBERED_NOUNS = frozenset("""
kapitel del delen fas fasen etapp etappen avsnitt volym band akt steg bilaga
division divisionen nivå säsong
""".split())

# --- symbols ---------------------------------------------------------------

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
    "#": "nummer",
    "@": "snabel-a",
    "→": "till",
    "<": "mindre än",
    ">": "mer än",
    "©": "copyright",
    "™": "",
    "®": "",
}
FRACTIONS = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4),
    "⅕": (1, 5), "⅛": (1, 8), "⅒": (1, 10),
}

# --- URLs and e-mail -------------------------------------------------------

TOP_DOMAINS = {
    "se": "se", "com": "komm", "nu": "nu", "org": "org", "net": "nätt",
    "eu": "e u", "no": "no", "dk": "de kå", "fi": "eff i", "de": "de e",
    "uk": "u kå", "info": "info", "io": "i o", "gov": "gov",
}
URL_WORDS = {
    "www": "ve ve ve", "http": "", "https": "", "mailto": "",
    "gmail": "gmail", "hotmail": "hotmail", "outlook": "outlook", "icloud": "icloud",
}

# --- scores, years and ranges ----------------------------------------------

# Words that, shortly before "3–1", make it a score rather than a range.
SCORE_CONTEXT = frozenset("""
vann vinna vinner förlorade förlora förlorar föll faller slog slår besegrade
segrade segern seger vinst vinsten förlust förlusten förlustens slutade
slutar ställningen ställning resultatet resultat kryss krysset oavgjort
ledning ledningen ledde leder reducerade kvitterade utökade matchen match
mål målen halvtid halvtidsvila finalen final semifinalen kvartsfinalen
derbyt mötet vändning slutresultatet stod blev vände siffrorna siffror slutsiffrorna setsiffrorna
tog hemmaseger bortaseger storseger uddamålsseger kryssade poäng
slutresultat slutställning slutställningen halvtidsresultat halvtidsresultatet
periodsiffror periodsiffrorna
""".split())
# Past-tense verbs that may follow a score ("segern med 3–0 säkrade guldet").
SCORE_VERBS = frozenset("""
säkrade innebar betydde gav gjorde avgjorde skickade tog fick höll räckte
""".split())
# Verbs that may follow a result opening a quote ("– 2–1 var rättvist").
RESULT_VERBS = frozenset("""
var är blev blir känns kändes kändes låter lät räcker räckte smakar smakade
""".split())
# Words just before a bare four-digit number that make it a year.
YEAR_CONTEXT = frozenset("""
år året i sedan från till under efter före inför våren hösten sommaren
vintern mellan och in med fram runt omkring kring jämfört år: senast
valet valåret säsongen budgeten budgetåret början slutet mitten av
född född: f. död död: avled
""".split()) | frozenset(
    "januari februari mars april maj juni juli augusti september oktober "
    "november december".split())
# Words after a bare four-digit number that make it a count, not a year.
COUNT_NOUNS = frozenset("""
personer människor kronor invånare elever barn bostäder lägenheter deltagare
besökare meter kilometer ton liter hushåll anställda jobb platser fall
medlemmar studenter patienter passagerare resenärer bilar företag hus
exemplar underskrifter namn röster sökande lärare sjuksköterskor poliser
mil timmar dagar år minuter sidor fordon djur träd villor tomter kunder
""".split())
NOT_COUNT_VERBS = frozenset("""
ökar minskar kommer startar börjar hamnar ligger gäller finns står var blev
hade fick gick kom införde infördes byggdes öppnade stängde
""".split())

# --- phone numbers ---------------------------------------------------------

# Short service numbers, said the customary way.
SERVICE_NUMBERS = {
    "112": "ett ett två",
    "1177": "elva sjuttiosju",
    "114 14": "ett ett fyra, ett fyra",
    "11414": "ett ett fyra, ett fyra",
    "113 13": "ett ett tre, ett tre",
    "11313": "ett ett tre, ett tre",
    "116 111": "ett ett sex, ett ett ett",
    "116 123": "ett ett sex, ett två tre",
    "90 000": "nittio noll noll noll",
    "90000": "nittio noll noll noll",
    "116 000": "ett ett sex, noll noll noll",
    "90 101": "nittio, ett noll ett",
    "118 118": "ett ett åtta, ett ett åtta",
}
# Service numbers that are also round counts ("90 000 besökare", "publiken
# var 90 000."): said as a service number only after a call word ("ring").
SERVICE_ALSO_COUNTS = frozenset({"90 000", "90000", "116 000", "90 101", "118 118"})
# Words after "112"/"1177" that still leave it a phone number.
SERVICE_FOLLOWERS = frozenset("""
eller och om direkt för på i vid så när genom via men där dit
""".split())
# Words before a number that make it a phone number.
PHONE_CONTEXT = frozenset("""
ring ringa ringer ringde ringt larma larmade larmar larmat telefon tel tel.
tfn tfn. telefonnummer numret nummer sms:a sms:a mobil mobilnummer växel
växeln jour jouren
""".split())

# Words before a number that make the number one to dial ("ring 90 000"):
# the calling verbs and phone nouns, not "nummer" (which also names a house
# or a line: "nummer 1809").
CALL_WORDS = frozenset("""
ring ringa ringer ringde ringt larma larmade larmar larmat telefon tel tel.
tfn tfn. telefonnummer sms:a mobil mobilnummer växel växeln telefonnumret
""".split())

# Words before a four-digit number that make it an identifier, not a year:
# "lgh 1102" -> "elva noll två", "box 1234", "rum 1205", "linje 1809".
ID_LABELS = frozenset("""
lgh lgh. lägenhet lägenheten lägenhetsnummer box postbox pb rum rummet sal salen
nr nr. nummer numret linje linjen busslinje buss bussen tåg tåget flight flyg
gate kod koden spår spåret plats platsen hus
""".split())

# Section labels: the dotted number after them is a section, "kapitel 3.2"
# -> "kapitel tre punkt två", never a decimal.
SECTION_LABELS = frozenset("""
kapitel kapitlet kap kap. avsnitt avsnittet paragraf punkt punkten artikel
bilaga tabell figur sektion stycke version versionen moment momentet
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
}

# Words before "29:90" that make it a price ("kostar 29:90"), not a time.
PRICE_CONTEXT = frozenset("""
kostar kostade kosta pris priset priser styckpris endast bara à á a' nu rea
extrapris kilopris literpris betalar betalade betala
""".split())

# Road-style letter+number names that end in "-an": "E4:an" -> "e fyran".
NUMBER_NOUNS = {
    1: "ettan", 2: "tvåan", 3: "trean", 4: "fyran", 5: "femman", 6: "sexan",
    7: "sjuan", 8: "åttan", 9: "nian", 10: "tian", 11: "elvan", 12: "tolvan",
}
