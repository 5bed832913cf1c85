"""Law, administration and identifiers: the labels that make a number a
reference ("SFS 2010:800", "prop. 2024/25:12", "dnr 2024-0345", "mål B
1234-24"), a payment or organisation number, a registration plate, a flight
or a model name, and how each is said.
"""

from __future__ import annotations

# Series written "<label> <year>:<number>" or "<label> <year>/<yy>:<number>",
# with the label as it is said. Matched case-sensitively, dots included.
REFERENCE_SERIES = {
    "SFS": "ess eff ess",
    "SOU": "ess o u",
    "Ds": "de ess",
    "dir.": "direktiv",
    "Dir.": "direktiv",
    "prop.": "proposition",
    "Prop.": "proposition",
    "proposition": "proposition",
    "skr.": "skrivelse",
    "Skr.": "skrivelse",
    "bet.": "betänkande",
    "rskr.": "riksdagsskrivelse",
    "mot.": "motion",
    "motion": "motion",
    # the Riksdag's other documents by session and number ("interpellation 2024/25:12")
    **{w: w for w in """motionen propositionen betänkande betänkandet skrivelse skrivelsen interpellation
       interpellationen fråga frågan yttrande yttrandet""".split()},
    "ip.": "interpellation",
    "NJA": "enn ji a",
    "RÅ": "ärr å",
    "HFD": "hå eff de",
    "AD": "a de",
    "MÖD": "emm ö de",
    # the other courts' yearbooks ("MIG 2024:3" is never the pronoun "mig"; "RH 2019:44", "MD 2020:7")
    "MIG": "emm i ge",
    "RH": "ärr hå",
    "MD": "emm de",
    "PMÖD": "pe emm ö de",
    "FÖD": "eff ö de",
    # a municipality's plans by year and number ("detaljplan … (Pl 2023:04)", "Dp 2023:14"; session 49, normalize178
    # and 181: the label was left as written)
    "Dp": "detaljplan", "Pl": "plan",
}

# Words right before a bare "(2018:218)" that make it a statute's SFS number:
# the name of a law ("utlänningslagen", "brottsbalken", "förordningen").
STATUTE_ENDINGS = ("lagen", "lag", "balken", "förordningen", "förordning", "ordningen", "stadgan")
# A law's short name before "3:1" (its chapter and section: "BrB 3:1", "RF
# 2:1", "SoL 4:1"): the pair is said with "kolon" ("tre kolon ett"), as a
# lawyer reads it aloud, not as a clock time. A law's name ending in
# "-balken" or "-lagen" before it does so too ("brottsbalken 3:1").
LAW_CODES = (
    "BrB", "RB", "RF", "MB", "FB", "ÄB", "JB", "UB", "ÄktB", "SoL", "LSS", "PBL", "OSL", "SFB", "KL", "FL",
    "TF", "YGL", "AML", "ABL", "LAS", "LOU", "HSL", "HL", "SkL", "IL", "SFL", "ML", "LVU", "LVM", "LPT",
)

# Words before "<letters> 1234-24", "2024-0345", "2023/118" that make it a
# case, file or diary number (read as an identifier, never a range or a sum).
CASE_LABELS = frozenset("""
mål målet målnummer målnr målnr. dnr dnr. diarienummer diarienr diarienr. diarienumret ärende ärendet
ärendenummer ärendenumret ärendenr ärendenr. änr änr. beslut referens referensnummer ref ref. ref.nr aktbilaga
annonsnummer annonsnr annonsnr. annons-id rekryteringsnummer order ordern ordernr ordernr. bokning
bokningen bokningsnummer bokningsnr ärendeid id
motion motionen medborgarförslag medborgarförslaget interpellation interpellationen skrivelse skrivelsen
""".split())
"""(The council's papers by their name, session 45, normalize152: "Medborgarförslag 2025/03" was a span, "till tre";
"id", the last part of "ärende-id", "annons-id", session 62, normalize458.)"""
# Words of marking an application or a letter ("Ansökan märks ”Projektledare
# 14/25”", "märk kuvertet ”Lärare 7/26”"): a number and a slash after them in
# the sentence is the reference to write, said "fjorton snedstreck tjugofem".
MARK_WORDS = frozenset("märk märks märkt märkta märkas märker märkes märkning märkningen".split())
# The labels among these that name a number: after them even a date-shaped
# "2024-11-06" is the number itself; after the others it is a meeting's date.
CASE_NUMBER_LABELS = frozenset("""
målnummer målnr dnr dnr. diarienummer diarienr diarienumret ärendenummer ärendenumret ärendenr änr änr.
referensnummer ärendeid id
""".split())
# Letters of a municipal board or committee that start a diary number
# written without a label ("KS 2023/118", "BN 2022/64", "SBN 2024-12").
DIARY_PREFIXES = frozenset("""
KS KF BN SN MN UN TN KFN MBN SBN BUN OSN VON KN FN GVN ÄN ÄHN IFN
""".split())

# The label itself as said, when it is an abbreviation (read by the
# abbreviation rule, ``rules/words.py``).
CASE_LABEL_WORDS = {"dnr": "diarienummer", "dnr.": "diarienummer", "diarienr": "diarienummer",
                    "diarienr.": "diarienummer", "ärendenr": "ärendenummer", "ärendenr.": "ärendenummer",
                    "änr": "ärendenummer", "änr.": "ärendenummer",  # (the consumer board's, ARN: "änr 2024-08123")
                    "målnr": "målnummer", "målnr.": "målnummer", "ref.": "referens", "ref.nr": "referensnummer",
                    "art.nr": "artikelnummer", "art.nr.": "artikelnummer", "best.nr": "beställningsnummer",
                    "best.nr.": "beställningsnummer"}

# Payment and organisation numbers: the label and how the digits are said.
#   "digits": one by one ("organisationsnummer 556677-8899")
#   "pair groups": in pairs, a pause between the written groups ("bankgiro
#       5050-1055" -> "femtio femtio, tio femtiofem")
#   "digit groups": one by one, a pause between the written groups ("swish
#       123 456 78 90" -> "ett två tre, fyra fem sex, sju åtta, nio noll")
#   "pairs": two by two ("bankgiro 5050-1055" -> "femtio femtio tio femtiofem")
#   "groups": each written group as a number ("sms till 72 980")
NUMBER_LABELS = {
    "swish": "digit groups", "swisha": "digit groups", "swishnummer": "digit groups",
    "swishnumret": "digit groups",
    # the verb's forms before the number ("alla som swishade till 900 1223": session 33, normalize105; it was a year)
    "swishade": "digit groups", "swishar": "digit groups", "swishat": "digit groups", "swishas": "digit groups",
    "organisationsnummer": "digits", "organisationsnumret": "digits", "orgnr": "digits",
    "org.nr": "digits", "org.nr.": "digits", "personnummer": "digits", "personnumret": "digits",
    "pnr": "digits", "pnr.": "digits", "persnr": "digits", "persnr.": "digits",
    "bankgiro": "pair groups", "bankgironummer": "pair groups", "bg": "pair groups", "bg.": "pair groups",
    "bankgirot": "pairs", "bankgironumret": "pairs",  # "Bankgirot är 123-4567" (session 22; as the golden b46n)
    "plusgiro": "pairs", "plusgironummer": "pairs", "pg": "pairs", "pg.": "pairs",
    "plusgirot": "pairs", "plusgironumret": "pairs", "postgirot": "pairs",
    "postgiro": "pairs", "clearingnummer": "digits", "kontonummer": "digits",
    "sms": "groups", "sms:a": "groups", "smsa": "groups", "kortnummer": "groups",
    "ocr": "pairs", "ocr-nummer": "pairs", "ocr-numret": "pairs",
    # a product's batch or lot in a recall notice: a code read out to be
    # checked against the package, digit by digit ("batchnr 4412")
    "batchnummer": "digits", "batchnumret": "digits", "batchnr": "digits", "batchnr.": "digits",
    "lotnummer": "digits", "lotnr": "digits", "lotnr.": "digits",
    "partinummer": "digits", "partinr": "digits", "partinr.": "digits", "tillverkningsnummer": "digits",
    # a book's or a journal's number, read out to be noted down
    "isbn": "digits", "isbn-nummer": "digits", "issn": "digits", "ean": "digits", "ean-kod": "digits",
    # a code keyed in: said digit by digit ("portkod 4512" -> "fyra fem ett två")
    "kod": "digits", "koden": "digits", "portkod": "digits", "portkoden": "digits", "pinkod": "digits",
    "pinkoden": "digits", "pin-kod": "digits", "pin-koden": "digits", "dörrkod": "digits", "dörrkoden": "digits",
    "lösenord": "digits", "lösenordet": "digits",  # a password of digits ("lösenordet ”123456”": session 61)
}
# A compound ending in "-nummer"/"-nr" names a code of its own before a
# number of five digits or more ("kundnummer 884213", "artikelnr 40123",
# "IMO 9235517"): said digit by digit, not as a count; except the numbers
# other rules read by their own shape (phones, postal codes).
CODE_LABEL_NOT = ("telefon", "mobil", "fax", "växel", "tel", "post", "sms", "start")  # "Startnummer 1–100": a span (s53)

# A label in its definite form before whose number it is and "är" ("Bankgirot för Fiskeklubben Abborren är
# 5432-1098"; session 49, normalize180: it was read as a range, "femtusenfyrahundratrettiotvå till tusennittioåtta").
OWNED_LABELS = ("bankgirot", "bankgironumret", "plusgirot", "plusgironumret", "postgirot", "swishnumret",
                "organisationsnumret", "kontonummer", "kontonumret", "bankgiro", "plusgiro")

# Little words that may stand between the label and the number ("Swish till",
# "bankgiro nr", "organisationsnummer är").
NUMBER_LABEL_FILLERS = frozenset("till på är nr nummer numret via: porten dörren entrén oss mig in gärna".split())  # "sms:a oss på 71 200"

# Words before a registration plate "ABC 123", "ABC 12D".
PLATE_LABELS = frozenset("""
registreringsnummer registreringsnumret registreringsnummret reg.nr reg.nr. regnr regnummer
registreringsskylt registreringsskylten
skylt skylten skyltar skyltarna nummerplåt nummerplåten nummerskylt nummerskylten registrering registreringen
""".split())

# Two-character airline codes: "SK 1420" is a flight, said in pairs.
AIRLINE_CODES = frozenset("""
SK DY D8 LH KL AY BA FR W6 AF TP U2 DK LO OS SN LX IB EW TK QR EK AA UA DL AC
""".split())

# Words that make a year-shaped number after an airline's code a flight
# ("flyg SK 1984 till Nice"); without one "OS 1984" is the Olympic Games' year.
FLIGHT_WORDS = frozenset("""
flyg flyget flygning flygningen flight plan planet avgång avgången ankomst landar landade lyfter lyfte
gate terminal arlanda landvetter kastrup bromma incheckning försenat inställt
""".split())

# Model names after a brand: how the number is said.
#   "digits": "Boeing 737" -> "sju tre sju"
#   "pair": "Saab 9-3" -> "nio tre" (the dash is not said)
#   "series": "Porsche 911" -> "nio elva" (three digits only)
#   "number": "Volvo 142" -> "hundrafyrtiotvå" (three digits only, as "series")
# A Volvo's three digits are the number ("Volvo 142" -> "hundrafyrtiotvå",
# "Volvo 240" -> "tvåhundrafyrtio"): what every writer of our blind sets wrote
# first ("två-fyrtio" is heard too, from enthusiasts).
MODEL_BRANDS = {"Boeing": "digits", "Saab": "pair", "Airbus": "digits", "Volvo": "number", "Porsche": "series"}

# Train and vehicle names written as one token, said as a whole.
MODEL_NAMES = {
    "X2000": "eks tvåtusen", "X2": "eks två", "X40": "eks fyrtio", "X31": "eks trettioett",
    "X60": "eks sextio", "X61": "eks sextioett", "X62": "eks sextiotvå", "X11": "eks elva",
    "A320": "a trehundratjugo", "A321": "a trehundratjugoett", "A350": "a trehundrafemtio",
}

# Words before "Kvarnen 2:14" that make "2:14" a property designation
# ("fastigheten Kvarnen 2:14" -> "kvarnen två kolon fjorton").
PROPERTY_LABELS = frozenset("""
fastigheten fastigheterna fastighet tomten tomterna kvarteret kv. kv del delen
fastighetsbeteckningen fastighetsbeteckning beteckningen
gården gårdarna hemmanet torpet skiftet jordbruksfastigheten
""".split())

# Words of a property sale or a building permit in the line ("Såld: Ekbacken
# 2:14, Lessebo", "bygglov för 12 radhus på Solbacken 1:23"): a capitalised
# name and "N:M" after them is a property designation too.
PROPERTY_SALE_WORDS = frozenset("""
såld sålda sålt köpt köpta köpte köper säljer sålde såldes säljs sålts köptes köps lagfart lagfarter
fastighetsaffär fastighetsaffärer
fastighetsköp överlåtelse överlåtelser
bygglov bygglovet rivningslov marklov förhandsbesked detaljplan detaljplanen planändring avstyckning
strandskyddsdispens
""".split())

# The parts of a paragraph written after "N §" ("1 § 2 st. 3 p."): each is
# said as an ordinal with the part's definite noun ("andra stycket").
LAW_SUBUNITS = {
    "st.": "stycket", "st": "stycket", "stycket": "stycket",
    "p.": "punkten", "p": "punkten", "punkt": "punkten", "punkten": "punkten",
    "mom.": "momentet", "momentet": "momentet",
}
