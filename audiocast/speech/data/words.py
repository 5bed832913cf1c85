"""Acronyms, letter names, party letters, places and titles read by the
word rules, and the syllable shapes that decide whether an unknown
all-capital word is read or spelled. (Abbreviations: ``data/abbreviations.py``.)
"""

from __future__ import annotations

LETTER_NAMES = {
    "a": "a", "b": "be", "c": "ce", "d": "de", "e": "e", "f": "eff", "g": "ge",
    "h": "hå", "i": "i", "j": "ji", "k": "kå", "l": "ell", "m": "emm",
    "n": "enn", "o": "o", "p": "pe", "q": "ku", "r": "ärr", "s": "ess",
    "t": "te", "u": "u", "v": "ve", "w": "dubbelve", "x": "eks", "y": "y",
    "z": "säta", "å": "å", "ä": "ä", "ö": "ö",
}

# All-capital words read as words, with the form to hand to the voice.
ACRONYM_WORDS = {
    "BUP": "Bup", "IVO": "Ivo",  # said as words by 21 of 21 fresh writers (session 53; sets 30-31 spelled them)
    "LAS": "Las",  # the employment protection act, said as a word (31 of the evaluation set's readings, spelled in 2)
    "NATO": "Nato", "IKEA": "Ikea", "ICA": "Ica", "SAS": "Sas", "SAAB": "Saab",
    "UEFA": "Uefa", "FIFA": "Fifa", "NASA": "Nasa", "AIDS": "aids",
    "BRIS": "Bris", "SIDA": "Sida", "SÄPO": "Säpo", "UNICEF": "Unicef",
    "UNESCO": "Unesco", "OPEC": "Opec", "COOP": "Coop", "NOVUS": "Novus",
    "SIFO": "Sifo", "SABO": "Sabo", "ROT": "rot", "RUT": "rut",
    "COVID": "covid", "ABBA": "Abba", "LEGO": "Lego", "VOLVO": "Volvo",
    "SCANIA": "Scania", "PISA": "Pisa", "SACO": "Saco",
    "FB": "Facebook",  # "på FB", "Följ oss på FB!": the network, as a newsreader says it (session 46, normalize164)
    "TÅGET": "tåget", "ESTONIA": "Estonia", "NOKAS": "Nokas",
    "LAN": "lan", "APL": "apl", "SIS": "Sis", "DIF": "Diff", "NOA": "Noa",
    "MIO": "Mio", "ELLE": "Elle", "ASEA": "Asea", "ESA": "Esa", "EPA": "epa",
    "PIN": "pinn", "NIKE": "Nike", "ARLA": "Arla", "POSTEN": "Posten",
    "KOMVUX": "Komvux", "VINNOVA": "Vinnova", "FORMAS": "Formas",
    "SKOLVERKET": "Skolverket", "INTERPOL": "Interpol", "EUROPOL": "Europol",
    "JAS": "Jas", "PFAS": "Pfas", "NASDAQ": "Nasdaq", "FIS": "Fis",
    "BRÅ": "Brå", "IVA": "iva", "VW": "Volkswagen",
    # "REA!" on a shop's sign: the sale, a word
    "REA": "rea",
    # Norrlands universitetssjukhus said as a word (blind set 32 wrote "Nus"; "SUS" in Skåne is spelled, set 20)
    "NUS": "Nus",
    "UFO": "ufo", "LOL": "lol",  # said as words
    "NÄL": "Näl", "SÖS": "Sös", "SÄS": "Säs", "AFA": "Afa", "ALMI": "Almi", "MUF": "Muf",
    "TUI": "Tui", "DIGG": "Digg", "MAX": "Max",  # a travel firm, an agency, a burger chain said as words
    "RAM": "ram",  # a computer's working memory, said as a word ("16 GB RAM")
    "LIDL": "Lidl",  # a grocery chain said as a word (was spelled: its "dl" ends no Swedish word)
    "CUF": "Cuf", "LUF": "Luf", "SAPO": "Säpo", "FAR": "Far", "KRIS": "Kris",
    "TR": "tingsrätt",  # "Solna TR": a district court
    "BG": "bankgiro", "PG": "plusgiro",  # "BG 5312-4461": the payment labels in capitals
    "MVH": "med vänlig hälsning",
    "VAB": "vabb",
    "OBS": "observera",
    "HCP": "handicap",  # "herrar HCP 0–12", as "hcp" (session 55, normalize274: it was spelled)
    "NB": "nota bene",  # "NB: Ta med matsäck"  # "OBS att tiden är ändrad", as "Obs!" and "obs."
    "BRF": "bostadsrättsföreningen",  # "BRF Solsidan", as "Brf" and "brf"  # care of a sick child, said as the word ("vabba")
    # laws whose short names are no other word (the others: LAW_SHORT_NAMES)
    "SFB": "socialförsäkringsbalken", "YGL": "yttrandefrihetsgrundlagen",
    "ÄB": "ärvdabalken",  # in its genitive too ("ÄB:s regler": "ärvdabalkens")
}

# Everyday words written in capitals for emphasis inside a sentence ("Det var
# ALLA mot EN", "Vi säger NEJ", "DU kan hjälpa"): the words, never spelled
# (they were "e enn", "enn e ji"). Not "AV", "BRA", "NY", "ER", "DE", "VAR"
# ("AV-teknik", "BRA" Brazil in a table, "NY" New York, the video referee).
EMPHASIS_WORDS = frozenset("""
EN ETT NEJ JA MEN OCH ÄR DU JAG VI NI HAN HON DET DEM SKA KAN NU HÄR DÄR ALLT FEL FALSKT PÅ FÖR OM MOT
OSS MIG DIG SIG NÄR HUR VAD VEM SÅ DÅLIGT NYA VÅR GÅ
""".split()) | frozenset("""
MÅL BIL HUS BÅT HEM MAT DAG ÅR TID TÅG SOL SNÖ KÖP LÄS MER KUL
""".split())
# (session 22, N25: Swedish words of two or three letters a heading, an ad or a live ticker writes in capitals,
# "MÅL! 2–1", "HALLSTA BIL & DÄCK", spelled letter by letter as any short word of capitals with no list entry is;
# none has an acronym's reading in Swedish news: not "NY" (New York), "IS", "VIN", "SOS", "BRA" (the airline))
ACRONYM_WORDS.update({w: w.lower() for w in EMPHASIS_WORDS if w not in ACRONYM_WORDS})

# All-capital words spelled letter by letter (known, so not "unsure").
# Some have a customary spoken form instead of the bare letter names.
ACRONYM_SPELLED = {
    "TV": "te ve", "TV4": "te ve fyra", "SVT": None, "SR": None, "SMHI": None,
    "WC": "ve ce",  # a toilet: said "vecé", never "dubbelve ce"
    # a currency's code on its own ("betala med NOK"; after or before a number the money rule reads it)
    "NOK": "norska kronor", "SEK": "svenska kronor", "DKK": "danska kronor",
    "AIK": None, "GIF": None, "EU": None, "FN": None, "USA": None, "MVP": None, "SCB": None,
    "SKR": None, "CSN": None, "LSS": None, "SFI": None, "KTH": None, "SJ": None,
    "SL": None, "UD": None, "SD": None, "MP": None, "KD": None, "LO": None,
    "TCO": None, "IFK": None, "BK": None, "FF": None, "IF": None, "DN": None,
    "GP": None, "SVD": None, "UNT": None, "NT": None, "HD": None, "VD": None,
    "IT": None, "AB": None, "HB": None, "OS": None, "VM": None, "EM": None,
    "SM": None, "NHL": None, "NBA": None, "KHL": None, "SHL": None,
    "SSL": None, "BBC": None, "CNN": None, "NRK": None, "DR": None,
    "OECD": None, "IMF": None, "ECB": None, "WHO": "dubbelve hå o", "UNHCR": None,
    "MSB": None, "FHM": None, "KI": None, "RFSU": None, "RFSL": None,
    "HBTQ": None, "HBTQI": None, "SOS": None, "BVC": None, "MVC": None,
    "VC": "vårdcentral", "UMO": None, "SOU": None, "PBL": None, "LVU": None,
    "LVM": None, "GDPR": None, "AI": None, "PR": None, "CV": None,
    "SMS": None, "ATG": None, "SEB": None, "ATP": None, "BNP": None,
    "KPI": None, "HV": None, "SKL": None, "SOK": None, "RF": None,
    "SSAB": None, "LKAB": None, "ABF": None, "HSB": None, "JO": None,
    "JK": None, "KO": None, "PTS": None, "SSM": None,
    "SLU": None, "KB": None, "UK": None, "ST": None, "FRA": None,
    "USK": None, "TT": None, "SVT2": "ess ve te två",
    "P1": "pe ett", "P3": "pe tre", "P4": "pe fyra", "SR P4": "ess ärr pe fyra",
    "HR": None, "VA": None, "GPS": None, "DNA": None, "PCR": None,
    "ADHD": None, "IVF": None, "CO2": "koldioxid", "EL": None,
    "VAR": None, "SHL:s": None, "MMA": None, "PT": None, "PRO": None,
    "SPF": None, "RSMH": None, "FUB": None, "SRF": None, "DHR": None,
    "SKPF": None, "NPF": None, "BBIC": None, "LSO": None, "RAKEL": "Rakel",
    "IAAF": None, "OSSE": None, "ÖB": None, "SAOL": "saol", "SAOB": "saob", "EKN": None, "PM": None,
    # said the Swedish way: "be emm ve" (not "dubbelve"); quarters of a year
    "BMW": "be emm ve", "H2O": "hå två o", "Q1": "första kvartalet", "Q2": "andra kvartalet",
    "Q3": "tredje kvartalet", "Q4": "fjärde kvartalet",
}

# Names written in mixed case, said part by part: "BankID" -> "bank i de"
# (blind set 5), "iOS" -> "i o ess" (blind set 6). Matched case-sensitively
# as whole words; an ending after a colon or a hyphen stays ("BankID-appen").
MIXED_CASE_WORDS = {
    "BankID": "bank i de", "iOS": "i o ess", "macOS": "mack o ess", "eID": "e i de",
    "HovR": "hovrätten", "CO2e": "koldioxidekvivalenter", "CO₂e": "koldioxidekvivalenter",
    # laws' short names in mixed case, in their genitive too ("BrB:s bestämmelser": "brottsbalkens", session 55,
    # normalize286: the genitive was spelled; the name alone was read by the abbreviations already)
    "BrB": "brottsbalken", "SoL": "socialtjänstlagen",
    # company names with a dot between capitals, said as one word (else the
    # capitals after the dot are spelled: "E.o enn")
    "E.ON": "Eon",
    # a chemical formula a health page writes: "500 ml NaCl"
    "NaCl": "koksalt",
    # measures and degrees in mixed case, said by their letters
    "vVD": "vice ve de",
    # a match's statistics ("0,8 xG", "1,4 xGA": expected goals, against), said by their letters
    "xG": "eks ge", "xGA": "eks ge a", "npxG": "enn pe eks ge",
    "pH": "pe hå", "HbA1c": "hå be a ett ce", "mRNA": "emm ärr enn a", "PhD": "pe hå de",
    # papers, agencies and universities whose acronym keeps a small letter:
    # spelled as the capitals would be ("SvD", "LiU"), or said as a word where
    # the capitals would be ("JämO", "KomVux")
    "SvD": "ess ve de", "SvT": "ess ve te", "SvFF": "ess ve eff eff", "SvIF": "ess ve i eff",
    "LiU": "ell i u", "LiTH": "ell i te hå", "MdH": "emm de hå", "MiUn": "emm i u enn", "HiG": "hå i ge",
    "KaU": "kå a u", "RiR": "ärr i ärr", "JämO": "Jämo", "KomVux": "Komvux",
    # sports clubs written in mixed case, said as words ("BoIS" was left unread)
    "BoIS": "Bois", "MoDo": "Modo", "SoIK": "Soik",
    "PwC": "pe ve ce", "IoT": "i o te", "AfD": "a eff de", "PiS": "pe i ess",  # a firm, things online, parties
    # said as words, as their capitals would be (the rest of this shape is spelled by rules/mixed_capitals.py)
    "MoMA": "Moma", "VoIP": "Vojp", "SiS": "Sis",
    "HaV": "Hav",  # Havs- och vattenmyndigheten, said as a word (normalize88, read after it was scored: session 28)
    "FoU": "eff o u",  # forskning och utveckling, spelled as the normalize35 writer did (b35n-h263, session 12)
}
# (Not "iPhone", "iPad": every blind set's writer kept them as written.)

# Capitalised words that are ordinary Swedish words when a whole line is in
# capitals ("ALLA VAR ÖVERENS"), though spelled elsewhere.
SHOUTED_WORDS = frozenset({"VAR", "EL", "KO", "VA", "RV", "LV",  # "PÅ RV 40": the road, read by the abbreviation
                           # an ad in capitals: its units and short forms, read by their rules in small letters
                           # ("45 000 KR", "KL 19", "TFN 070-...", "2 ST", "NR 5", "PGA")
                           "KR", "KL", "ST", "TFN", "NR", "KM", "KG", "CM", "MM", "KVM", "MKR", "TKR", "HK", "PGA",
                           "MFL", "DL", "CL", "ML"})

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
tr tv tj sj kj ch sch skr spr str spl skj stj th ph sc sw
""".split())

CODAS = frozenset("""
b c d f g h j k l m n p r s t v x z
st nd nt rt rs ns ks ck ll nn mm ss tt rk rg rn rd lk lt ld ng nk ft kt pt
sk sp rm lm ls ls rv lv ms mp mb ts ds gs ps rst nst ngs nkt lp rp pp kk ff
nsk rsk lsk ngd nds rds rks lds sh cks
bb dd gg rr mn gn rl mt ngt
jl js jt jd jk lf lg
w ws wn
zz tz ch th
""".split())
# (session 12: "bb dd gg rr mn gn rl mt ngt" added, the ends of "jobb", "klubb", "bygg", "herr", "hamn",
# "regn", "karl", "tomt", "långt": an e-mail's "jobb@" was spelled "ji o be be"; session 30: "jl js jt jd jk",
# the ends of "mejl", "grejs", "mejt", "lejd", "spejk": an address's "@mejl.se" was spelled "emm e ji ell"; session 56:
# "w ws wn", the ends of the English names and words Swedish addresses hold, "snow", "brown": "bengt.snow@" was spelled;
# session 57: "zz tz ch th", "jazz", "blitz", "bach", "smith": "jazz-munkedal.se" was spelled "ji a säta säta")

VOWELS = frozenset("aeiouyåäöé")  # "é" of a name in capitals ("ÅHLÉNS", "CAFÉ")

# Endings of a street name: a small letter right after its number is a house
# letter ("Sjövägen 2b" -> "två be").
STREET_ENDINGS = (
    "gatan", "gata", "vägen", "väg", "gränd", "gränden", "torget", "torg", "stigen", "backen",
    "allén", "leden", "platsen", "plan", "esplanaden", "kajen", "stråket", "slingan", "parken",
)
# A compass point's initial before a street name: "Ö. Storgatan" -> "Östra"
# (also without its period: "Ö Storgatan", "N Strandgatan", "Ö Promenaden").
STREET_DIRECTIONS = {"Ö": "Östra", "V": "Västra", "N": "Norra", "S": "Södra"}
# Capital letters right after a number that are units, not house letters ("5V", "60W").
UNIT_LETTERS = frozenset("VW")
# Street names that have no street ending, after a compass point's initial:
# "Ö Promenaden" -> "Östra Promenaden".
STREET_NAMES_BARE = frozenset({"Promenaden", "Esplanaden", "Hamnen", "Långgatan", "Kvarngatan"})
# Nouns a single capital letter with a period is a label of, not an initial:
# "i grupp C. Sedan ..." keeps the letter and the sentence's stop.
LETTER_LABEL_NOUNS = frozenset("""
grupp gruppen plan planen klass klassen typ typen division serie serien avdelning sal salen
hus huset del delen bilaga bilagan kategori kategorin nivå nivån linje linjen spår spåret
zon zonen pool poolen sektion sektionen alternativ alternativet punkt punkten paragraf bokstaven
""".split())

# Towns whose central station is written "<town> C" ("Göteborg C" ->
# "Göteborg central"): a capital C after one of them is the station.
STATION_TOWNS = frozenset("""
Stockholm Göteborg Malmö Uppsala Linköping Norrköping Örebro Västerås Helsingborg Lund Umeå
Gävle Sundsvall Karlstad Jönköping Växjö Kalmar Halmstad Borås Eskilstuna Södertälje Luleå
Östersund Falun Borlänge Nässjö Hallsberg Alvesta Hässleholm Kristianstad Karlskrona Skövde
Trollhättan Uddevalla Varberg Katrineholm Nyköping Norrtälje Flemingsberg Arlanda Lidköping
Mjölby Motala Avesta Sala Enköping Kiruna Boden Skellefteå Örnsköldsvik Härnösand Ljusdal
Sthlm Gbg
""".split())

# A compass letter after a place's name at a road junction or a stop
# ("trafikplats Ulricehamn Ö", "avfart Borås V", "hållplats Ekedal N"): the
# part of the place, said as its adjective.
COMPASS_AFTER_PLACE = {"N": "norra", "S": "södra", "Ö": "östra", "O": "östra", "V": "västra"}
PLACE_POINT_LABELS = ("trafikplats", "trafikplatsen", "tpl", "tpl.", "avfart", "avfarten", "påfart", "påfarten",
                      "hållplats", "hållplatsen", "hållplatserna", "trafikplatserna", "anslutning")

# A "C" after any capitalised town is its central station when a travel
# preposition stands before the town ("från Ekedal C", "mellan Ekedal C och
# Storvik") and the line speaks of trains or buses (a stem of TRAVEL_STEMS).
STATION_PREPOSITIONS = frozenset("från till mellan mot via vid om utanför förbi".split())  # "norr om Vikby C" (session 33)
TRAVEL_STEMS = ("tåg", "buss", "spår", "avgå", "ankom", "resenär", "station", "pendel", "linje", "byte")


# Two-letter compass points before a hyphen and a part of a place or the
# wind ("NV-udden", "SO-vind"): the point's word joined to the noun,
# "nordvästudden", "sydostvind". Only before COMPASS_PART_NOUNS, so "SO-lärare"
# and "NO-ämnen" (school subjects) and "SV-kursen" (a study association) stay
# letters. A place's facing too: "balkong i SV-läge", "SO-vänd tomt".
COMPASS_POINTS = {"NV": "nordväst", "NO": "nordost", "NÖ": "nordost", "SV": "sydväst", "SO": "sydost", "SÖ": "sydost"}
# One compass letter before a place's facing ("balkong i S-läge" -> "söderläge",
# "V-läget"): only before these nouns, so "S-ledda" and "V-förslaget" stay the parties.
COMPASS_LETTER_FACINGS = {"S": "söder", "N": "norr", "V": "väster", "Ö": "öster"}
COMPASS_LETTER_NOUNS = ("läge", "läget", "lägen", "lägena")
COMPASS_PART_NOUNS = frozenset("""
udden udde uddens sidan sida sidans hörnet hörn hörnan delen delarna del kusten kust kustens stranden strand
läget änden spetsen gaveln fasaden flanken sluttningen slänten kanten viken vik skären området hörnen
vind vinden vindar vindarna vindbyar stormen kulingen
läge lägen lägena lägets ände spets gavel fasad flank sluttning sluttningar slänt slänter kant skär hörna hörnor
riktning riktningen gräns gränsen vänd vänt vända vänder storm kuling byar
""".split())

# A town's short form written with a hyphen after its first letter, said
# as one word: "Ö-vik" (Örnsköldsvik) -> "Övik"; a genitive keeps its s.
PLACE_SHORT_FORMS = {"Ö-vik": "Övik"}

# Military ranks with a grade written as a number: "Överste 1. gr." ->
# "Överste av första graden".
GRADED_RANKS = ("överste", "kommendör", "Överste", "Kommendör")

# School subjects written short in a teacher's job ad: read after "lärare
# i", "behörighet i" or joined by a slash to another subject ("ma/NO",
# "sv/eng"). NO and SO are said by their letters, as teachers say them.
SCHOOL_SUBJECTS = {
    "ma": "matematik", "sv": "svenska", "eng": "engelska", "sva": "svenska som andraspråk",
    "no": "enn o", "so": "ess o", "idh": "idrott och hälsa", "hkk": "hem- och konsumentkunskap",
    "mu": "musik", "bi": "biologi", "fy": "fysik", "ke": "kemi", "tk": "teknik", "hi": "historia",
    "sh": "samhällskunskap", "re": "religion", "ge": "geografi", "ty": "tyska", "fr": "franska",
    "sp": "spanska", "slöjd": "slöjd", "bild": "bild", "musik": "musik", "teknik": "teknik",
    "bl": "bild", "slö": "slöjd",  # session 16: "Ämnen: tk. och bl." (never before a letter: "bl.a.")
}
# Every way a subject's short form is written: small, capitals, a capital first, and "SvA" (svenska som
# andraspråk, as schools write it: "lärare i Sv/SvA"; session 54).
SUBJECT_KEYS = [*SCHOOL_SUBJECTS, *(k.upper() for k in SCHOOL_SUBJECTS), *(k.capitalize() for k in SCHOOL_SUBJECTS),
                "SvA"]
# Words that open a list of subjects written short ("Ämnen: sv., ma. och eng.", "ämnena sv och ma").
SUBJECT_LIST_LABELS = ("ämnen", "ämnena", "ämne", "ämnet", "behörighet i", "undervisar i", "undervisning i")
# Words right before a subject that make a lone short form a subject
# ("lärare i ma", "behörig i sv").
SUBJECT_BEFORE = frozenset({"lärare", "behörighet", "behörig", "legitimation", "undervisning", "ämnena",
                            # a school's results (session 11): "klarade NP i ma", "betyg i sv", "provet i eng"
                            "NP", "np", "betyg", "betyget", "betygen", "prov", "provet", "proven", "läxa", "läxor",
                            "lektion", "lektionen", "godkänd", "godkända", "godkänt", "underkänd", "underkänt", "kunskaper",
                            "resultat"})

# Laws whose short names are also other things ("MB" megabyte, "RF" the
# sports federation, "RB Leipzig"): the law's name only right after a law
# reference, said by now ("23 kap. 4 § RB" -> "... paragrafen
# rättegångsbalken"); the short names writers spell ("PBL", "LSS", "LVU")
# are not here.
LAW_SHORT_NAMES = {
    "RB": "rättegångsbalken", "MB": "miljöbalken", "FB": "föräldrabalken", "UB": "utsökningsbalken",
    "JB": "jordabalken", "HB": "handelsbalken",  # the land code a lease cites ("12 kap. 4 § JB": session 65, normalize513)
    "RF": "regeringsformen", "TF": "tryckfrihetsförordningen", "KL": "kommunallagen", "FL": "förvaltningslagen",
    "AML": "arbetsmiljölagen", "ABL": "aktiebolagslagen", "LAS": "lagen om anställningsskydd",
    "TBL": "trafikbrottslagen",  # "enl. 3 § TBL": said in full (session 44, normalize150)
    # the laws a court, the police or an agency cites by letters that spell no other name (session 46, normalize160:
    # "13 § PL", "5 § MFL", "2 § NSL" said in full)
    "PL": "polislagen", "MFL": "marknadsföringslagen", "NSL": "narkotikastrafflagen", "OL": "ordningslagen",
    "VL": "vapenlagen", "DL": "diskrimineringslagen", "FPL": "förvaltningsprocesslagen", "AvtL": "avtalslagen",
    "KöpL": "köplagen", "AlkL": "alkohollagen", "JL": "jaktlagen", "UtlL": "utlänningslagen", "SkolL": "skollagen",
    "TrF": "trafikförordningen", "IL": "inkomstskattelagen", "SFL": "skatteförfarandelagen",
    # a lantmäteri notice's laws (session 63, normalize467: "enl. 5 kap. FBL" said in full)
    "FBL": "fastighetsbildningslagen", "AL": "anläggningslagen", "LL": "ledningsrättslagen",
}
# The words a law reference ends with once said ("fjärde paragrafen RB").
LAW_REFERENCE_ENDS = frozenset("paragrafen paragraferna kapitlet stycket punkten paragraf kap. §".split())

# A compass point's initial with its period before a place that is no
# street ("Ö. Tommarps kyrka", "i V. Frölunda"): the place's first word,
# "Östra". Told from a person's initial ("S. Andersson") by a place noun
# after the name or a place preposition before the letter.
COMPASS_PLACE_NOUNS = frozenset("""
kyrka kyrkan kyrkor församling församlingen socken kyrkogård kyrkogården skola skolan station stationen
hamn hamnen by byn prästgård prästgården bygdegård bygdegården hembygdsgård hembygdsgården camping
badplats strand stranden IF IK BK GIF SK FF AIF
""".split())
COMPASS_PLACE_BEFORE = frozenset({"i", "utanför", "nära", "vid"})

# Emoji that stand for a noun in the sentence, with the article they take:
# named after an article ("med en 👍") or a verb of sending or reacting
# ("skrev ❤️ under bilden"); elsewhere every emoji is dropped.
EMOJI_NOUNS = {
    "❤": ("ett", "hjärta"), "♥": ("ett", "hjärta"), "💙": ("ett", "blått hjärta"), "💛": ("ett", "gult hjärta"),
    "💚": ("ett", "grönt hjärta"), "🖤": ("ett", "svart hjärta"), "💔": ("ett", "krossat hjärta"),
    "👍": ("en", "tumme upp"), "👎": ("en", "tumme ner"), "🌹": ("en", "ros"), "🙏": ("ett", "par knäppta händer"),
    "😂": ("en", "skrattande emoji"), "🤣": ("en", "skrattande emoji"), "😢": ("en", "gråtande emoji"),
    "😡": ("en", "arg emoji"), "👏": ("en", "applåd"), "⭐": ("en", "stjärna"),  # "Priset: 5 ⭐ av 5"
}
# The plural of EMOJI_NOUNS after a count ("fick 3 000 ❤️" -> "tretusen
# hjärtan", "15 000 👍" -> "tummar upp").
EMOJI_PLURALS = {
    "❤": "hjärtan", "♥": "hjärtan", "💙": "blå hjärtan", "💛": "gula hjärtan", "💚": "gröna hjärtan",
    "🖤": "svarta hjärtan", "💔": "krossade hjärtan", "👍": "tummar upp", "👎": "tummar ner", "🌹": "rosor",
    "🙏": "par knäppta händer", "😂": "skrattande emojier", "🤣": "skrattande emojier", "😢": "gråtande emojier",
    "😡": "arga emojier", "👏": "applåder", "⭐": "stjärnor",
}
# Words of an uncounted quantity before an emoji of EMOJI_PLURALS make it the plural noun counted
# ("fick tusentals ❤️" -> "tusentals hjärtan", "massor av 👍" -> "massor av tummar upp").
EMOJI_QUANTITY_WORDS = (
    "tusentals", "hundratals", "tiotusentals", "hundratusentals", "miljontals", "tiotals", "dussintals",
    "massor av", "mängder av", "en massa", "en mängd", "flera", "många", "otaliga", "ett hav av", "ett regn av",
)
# Words before a year's four digits and an emoji that make the number a count of it ("fick 2025 ❤️"); after any other
# word the four digits are a year ("på midsommarafton 2025 ❤️", session 64: it was "tvåtusentjugofem hjärtan").
EMOJI_COUNT_BEFORE = frozenset({"fick", "får", "fått", "har", "hade", "gav", "ger", "över", "nästan", "drygt", "ca",
                                "cirka", "runt", "med", "och"})
# A heart between its subject and what is loved is the verb ("Vi ❤️ Uppsala"
# -> "Vi älskar Uppsala"): the hearts of EMOJI_NOUNS after these subjects,
# a word after them.
HEART_SUBJECTS = frozenset("jag vi du ni han hon de alla man".split())
# Words after which an emoji is a noun of the sentence, said with its article.
EMOJI_NOUN_AFTER = frozenset("skrev skriver skickade skickar reagerade reagerar med av svarade svarar satte la gav ger".split())

# Weather symbols named in a line about the weather (WEATHER_LINE_WORDS: "Väder i
# dag: 🌧️ och 8 °C" -> "regn och åtta grader"); elsewhere dropped as every emoji
# ("Sommarfest ☀️").
WEATHER_EMOJI = {
    "☀": "sol", "🌞": "sol", "⛅": "halvklart", "🌤": "mest sol", "🌥": "mest moln", "☁": "moln", "🌦": "skurar",
    "🌧": "regn", "⛈": "åska", "🌩": "åska", "🌨": "snö", "❄": "snö", "💨": "blåst", "🌫": "dimma", "🌈": "regnbåge",
}
# Medals are their metal wherever they stand ("Hon tog 🥇 i SM", "🥇 Anna Ek 🥈 Per Lind").
MEDAL_EMOJI = {"🥇": "guld", "🥈": "silver", "🥉": "brons"}
WEATHER_LINE_WORDS = ("väder", "vädret", "prognos", "grader", "°", "temperatur", "smhi", "blåsigt", "mulet")

# Nouns a count with a letter for its thousands or millions counts ("45k
# följare", "1,2M visningar"); "5K på 20 min" (a race) and "4M har" (a
# house letter) are not such counts.
SOCIAL_COUNT_NOUNS = frozenset("""
följare visningar prenumeranter likes gillamarkeringar gillningar delningar kommentarer views lyssningar
tittare spelningar streams besökare klick medlemmar underskrifter namnunderskrifter kronor kr röster
lyssnare nedladdningar gilla-markeringar
""".split())



# A fraction as the first part of a compound ("ett ½-kilo smör" -> "ett
# halvkilo", "¼-final" -> "kvartsfinal", "¾-ärm" -> "trekvartsärm").
FRACTION_HEADS = {"½": "halv", "¼": "kvarts", "¾": "trekvarts"}

# Words of how far a thing has come, after a fraction of it: the part is the
# plural, not a genitive before a noun ("till ¾ klart" -> "tre fjärdedelar
# klart", "⅔ täckt"); after "till" any word is ("till ¾ av").
DEGREE_WORDS = frozenset("""
klar klart klara färdig färdigt färdiga full fullt fulla fylld fyllt fyllda tom tomt tomma
täckt täckta belagd belagt belagda såld sålt sålda bokad bokat bokade uthyrd uthyrt uthyrda
byggd byggt byggda utbyggd utbyggt utbyggda vaccinerad vaccinerade färdigställd färdigställt
avklarad avklarat avverkad avverkat riven rivet rivna renoverad renoverat betald betalt betalda
""".split())
