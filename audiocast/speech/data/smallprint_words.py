"""Short forms of the small print (notices, ads, offers, opening hours,
timetables) and the words around a short form that tell how it is read.

``data/abbreviations.py`` merges SMALLPRINT_ABBREVIATIONS into its table
(an entry there wins); ``rules/smallprint.py`` reads the rest from the words
around them.
"""

from __future__ import annotations

# Written short form -> spoken words, wherever it stands (a capitalised
# variant is added by the abbreviations' rule). Risk: none is a Swedish word
# of its own; "hcp" is also read in a line that is not about golf.
SMALLPRINT_ABBREVIATIONS = {
    "hcp": "handicap", "hcp.": "handicap",
    "kbm": "kubikmeter", "kbm.": "kubikmeter", "lpm": "löpmeter", "lpm.": "löpmeter", "löpm.": "löpmeter",
    "insl.": "insläpp", "nyb.": "nybörjare",
    "ek. för.": "ekonomisk förening", "ek.för.": "ekonomisk förening",  # a company's form after its name
    "nyserv.": "nyservad", "v-hjul": "vinterhjul", "s-hjul": "sommarhjul",  # a car ad's state
    "ny bes.": "ny besiktning", "rinn. vatten": "rinnande vatten", "rinn.vatten": "rinnande vatten",
    "utst.": "utställning", "Utst.": "Utställning", "intr.": "inträde", "fritt intr.": "fritt inträde",
    "på eng.": "på engelska", "på sv.": "på svenska",  # a guided tour's language
    "till sv.": "till svenska", "till eng.": "till engelska",  # a translation's ("tolkning till sv.", session 64)
    "påbörjad tim": "påbörjad timme", "påbörjad tim.": "påbörjad timme",  # a parking fee ("15 kr/påbörjad tim", s64)
    "på sv. och eng.": "på svenska och engelska", "på sv. o eng.": "på svenska och engelska",
    "s. om": "söder om", "n. om": "norr om", "ö. om": "öster om", "v. om": "väster om",  # "strax s. om Växjö"
    "hänv. till": "hänvisning till",
    "rörelseres.": "rörelseresultat", "Rörelseres.": "Rörelseresultat",  # a company's report
    "veg. alt.": "vegetariskt alternativ", "veg.alt.": "vegetariskt alternativ",  # a menu's choice
    "vegetariskt alt.": "vegetariskt alternativ",
    "e.fö.": "efter förlängning", "e. fö.": "efter förlängning",  # after a score ("3–4 e.fö.")
    "e.fr.": "efter förlängning",  # after a score ("6–7 e.fr.", session 64)
    "ex. moms": "exklusive moms", "ex moms": "exklusive moms",
    "acc.pris": "accepterat pris", "acc. pris": "accepterat pris",
    "skärtorsd.": "skärtorsdag", "långfred.": "långfredag", "annandagpåsk": "annandag påsk",
    "långfr.": "långfredag", "påskd.": "påskdagen", "förbr.": "förbrukning",  # (session 53, normalize242)
    "v-däck": "vinterdäck", "s-däck": "sommardäck", "fsk": "förskoleklass", "fsk-klass": "förskoleklass",
    "Af": "Arbetsförmedlingen", "Af:s": "Arbetsförmedlingens",  # "enligt Af."; in capitals the letters ("AF")
}

# "Högsta temp i går", "Lägsta temp:": "temp" without its stop after a word of a measured extreme.
TEMP_BEFORE = ("högsta", "lägsta", "Högsta", "Lägsta", "medel", "Medel", "dygnets", "max", "min")

# A short form ending a compound with its stop ("växeljust.", "Sportsänd.",
# "golvjust."): the compound said whole (risk: a word that merely ends so,
# with a period, is read as the compound).
# ... and a post's short form ending a compound title before a full name ("Hedersordf. Sven Ek"):
# the title, no stop before the name.
TITLE_COMPOUND_TAILS = {"ordf.": "ordförande", "sekr.": "sekreterare", "kassör.": "kassör",
                        "insp.": "inspektör", "läk.": "läkare"}  # "Kriminalinsp. Lena Berg", "Överläk. Per Ek"
SMALLPRINT_COMPOUND_TAILS = {"just.": "justering", "vacc.": "vaccination", "sänd.": "sändningar", "impr.": "impregnerat",
                             # an ad's or a notice's ("Startavg.", "inkl. utkörn.", "försäljn.", "årsmötesförh.",
                             # "Poängtävl.")
                             "avg.": "avgift", "körn.": "körning", "säljn.": "säljning", "förh.": "förhandlingar",
                             "tävl.": "tävling",
                             # an address's and a library's ("Besöksadr.:", "Postadr.", "Stadsbibl.")
                             "adr.": "adress", "bibl.": "biblioteket"}

# Nouns of a place or a stop, the tail of a capitalised name after "fr.":
# "fr. Busstorget", "fr. Rådhustorget", "fr. Centralstationen" are "från"
# (before a surname "fr." is "fru").
FROM_PLACE_TAILS = (
    "torget", "torg", "gatan", "vägen", "platsen", "stationen", "centralen", "terminalen", "hallen", "parken",
    "kyrkan", "skolan", "hamnen", "bryggan", "kajen", "parkeringen", "plan", "backen", "gården", "huset",
    "stadion", "centrum", "resecentrum", "hållplatsen", "flygplatsen", "stranden",
)

# Words of leaving before "fr." in the sentence ("avresa 8.15 fr. Hamnen",
# "startar 23.00 fr. Stora torget"), and of coming or moving from somewhere ("flyttade hit fr. Örebro",
# "värvades fr. Luleå", session 26): then "fr." before any name is "från".
FROM_TRAVEL_WORDS = frozenset("""
avresa avresan avgång avgången avgångar avgår avgick går gick åker åkte utgår utgick start starten startar
startade kör körs buss bussen bussar bussarna tåg tåget tågen båt båten båtar färja färjan transfer
hämtning upphämtning samling samlingen promenad promenaden tåget cykling vandring vandringen rundtur
linje linjen spårvagn spårvagnen pendeltåg pendeltåget åka åker resa resan
flyttade flyttar flytta flyttat hit värvad värvades värvats kom kommer kommit återvände återvänder
""".split())

# "min." before a noun is "minsta" ("min. beställning 5 kg", "min. ålder
# 18 år"); before a number it is "minst" and after one "minuter" (read by
# the abbreviations and the units). Words after it that keep those readings:
MIN_NOT_BEFORE = frozenset("""
en ett två tre fyra fem sex sju åtta nio tio elva tolv femton tjugo trettio hundra tusen ca cirka kl klockan
och eller per i på till från
""".split())

# Words before a bank account's clearing number and number ("konto 8327-9, 912 345 678-0",
# "Handelsbanken 6152-123 456 789"): the account is dictated, group by group. ("kontonummer"
# and "clearingnummer" are read digit by digit by the labels of data/admin.NUMBER_LABELS.)
ACCOUNT_LABELS = frozenset("""
konto kontot kontonr kontonr. kto kto. bankkonto bankkontot insamlingskonto insamlingskontot gåvokonto
gåvokontot clearingnr clearingnr. clnr clnr. clearing
""".split())
# A bank's name before the number: an account only with a dash in it ("Handelsbanken
# 6152-123 456 789"; "Swedbank 2024, 35 000 anställda" is no account).
BANK_NAMES = frozenset("""
swedbank handelsbanken shb seb nordea danske länsförsäkringar icabanken ica-banken skandiabanken sparbanken
""".split())
# Little words between the label and the number ("konto nr", "konto i Swedbank:", "till konto").
ACCOUNT_FILLERS = frozenset({"nr", "nr.", "nummer", "i", "hos", "på", "till", "bank", "banken", "danske"})

# The label opening a housing ad before "2:a" ("Uthyres: 2:a i Brunnsbo"): the flat, "tvåa"; its passive verbs make a
# flat of the "2:a" right before them too ("Nyrenoverad 2:a uthyres", session 56).
FLAT_AD_PASSIVES = frozenset("uthyres uthyrs hyres hyrs säljes säljs bytes sökes önskas köpes andrahandsuthyres".split())
FLAT_AD_LABELS = FLAT_AD_PASSIVES | {"hyra", "söker", "köper", "lägenhetsbyte", "bostadsbyte"}  # "Önskas hyra: 2:a",
# "Privatperson söker 3:a" (s54); "Lägenhetsbyte: Vår 1:a … mot er 2:a" (session 66)
# Words of a flat's size or rent later in the sentence ("2:a i Brunnsbo, 58 m², hyra 6 450 kr"), or of a housing ad
# earlier in its paragraph before a wish ("Lägenhetsbyte: har 4:a …, hyra 9 640 kr. Önskar 2:a i centrum", session 56).
FLAT_AD_WORDS = ("m²", "m2", "kvm", "rok", "hyra", "hyran", "kr/mån", "avgift", "avg.", "balkong", "hiss",
                 "lägenhet", "lgh", "bostadsrätt", "brf")
FLAT_WISH_VERBS = frozenset("önskar byter har hyr".split()) | frozenset(
    "säljer sålde köper köpte söker".split())  # a sale's verb too ("BRF Solrosen säljer 3:a på 4:e vån.", session 65)

# Words of a recurring activity in a sentence ("Kurser ht 2025: Spanska nyb., ons. 18–20, 10 ggr"):
# a weekday written short before its hours is every such day, said in the plural ("onsdagar").
# (Not "vard.": after it the dev writers said "lör 9–15" both ways, opening hours and parking.)
RECURRING_WORDS = frozenset("""
ggr gånger ht vt ht-terminen vt-terminen termin terminen kurs kurser kursen varje varannan veckovis
""".split())

# Labels in brackets after a title in a listing, said as their words: "”Flow” (Btl)" is a film
# allowed for children; "(R)" after a programme in a line of broadcast times is a repeat
# (REPEAT_LINE_WORDS or two clock times in the line).
BRACKET_LABELS = {"Btl": "barntillåten", "btl": "barntillåten", "Barnt.": "barntillåten",
                  "mv": "målvakt",  # a line-up's keeper: "Avbytare: Åberg, Lundh (mv)"
                  "org.": "organist"}  # a church notice's "Lars Holm (org.)" beside "(präst)" (session 64)
REPEAT_LINE_WORDS = ("SVT", "TV3", "TV4", "TV6", "Kanal 5", "Kanal5", "P1", "P3", "P4", "UR ", "tv-tablå", "Tablå",
                     "avsnitt", "Avsnitt", "Säsong")  # a series' episode: "Säsong 3, avsnitt 4 av 10: … (R)." (s56)
# Words of a church act that make "Off." before a title or a name the officiant.
CHURCH_WORDS = ("vigd", "Vigd", "döpt", "Döpt", "dop", "Dop", "kyrka", "kyrkoh", "Kyrkoh", "präst", "pastor",
                "jordfäst", "Jordfäst", "begravning", "Begravning", "konfirm", "kapell")
# A housing ad's area labels before their size ("BOA 124 m²", "BIA 30 kvm") and its floor ("BV").
AREA_LABELS = {"BOA": "boarea", "Boa": "boarea", "BIA": "biarea", "Bia": "biarea", "BOY": "boyta", "BIY": "biyta",
               "BIYTA": "biyta", "BOYTA": "boyta", "BYA": "byggnadsarea",
               "boa": "boarea", "bia": "biarea"}  # in small letters too before the size ("boa 142 + biarea 60 kvm", s56)
FLOOR_LABELS = {"BV": "bottenvåning", "bv": "bottenvåning"}
# Currency signs standing for the currency as a word, with no number beside them ("betalar i € eller $").
CURRENCY_WORDS = {"€": "euro", "$": "dollar", "£": "pund"}
# A unit written short as the first part of a compound, no number before it: "km-tid" ->
# "kilometertid", "kg-priset" -> "kilopriset", "kWh-priset" -> "kilowattimmepriset".
UNIT_COMPOUND_HEADS = {"km": "kilometer", "Km": "Kilometer", "kg": "kilo", "Kg": "Kilo",
                       "kWh": "kilowattimme", "mg": "milligram", "cm": "centimeter"}
# Programming languages and platforms whose sign would be read as a hashtag or a stop ("C#", ".NET").
TECH_NAMES = {"C#": "c-sharp", "F#": "f-sharp", ".NET": "dotnet", "ASP.NET": "a ess pe dotnet"}

# The seasons a Sunday of the church year is counted in ("4 sönd. e. påsk", "2 sön. i advent",
# "3 sönd. e. tref."): season as written -> said (session 11).
CHURCH_SEASONS = {"påsk": "påsk", "trettondedagen": "trettondedagen", "trettondedag jul": "trettondedag jul",
                  "trefaldighet": "trefaldighet", "tref.": "trefaldighet", "trefaldighetsdagen": "trefaldighet",
                  "advent": "advent", "fastan": "fastan", "pingst": "pingst", "pingstdagen": "pingst",
                  "Kristi himmelsfärds dag": "Kristi himmelsfärds dag", "jul": "jul", "nyår": "nyår",
                  # a season named as a time ("3:e sön. i påsktiden", session 64)
                  "påsktiden": "påsktiden", "fastetiden": "fastetiden", "jultiden": "jultiden"}
# A notice may capitalise the season as the holiday's name ("3:e sön. e. Trefaldighet", session 21): said as written.
CHURCH_SEASONS |= {k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in list(CHURCH_SEASONS.items()) if k[0].islower()}

# A person or a team right before "fr." and a capitalised name: where they come from, "från" ("en 34-årig
# man fr. Motala", "laget fr. Kisa"); session 11. (Before a surname alone "fr." is "fru".)
FROM_PERSON_BEFORE = frozenset("""
man mannen män kvinna kvinnan kvinnor pojke pojken pojkar flicka flickan flickor tjej tjejen kille killen
familj familjen par paret person personen personer elev eleven elever lag laget kör kören spelare spelaren
ryttare ryttaren löpare löparen åkare åkaren förare föraren gäster gäst besökare
""".split())
