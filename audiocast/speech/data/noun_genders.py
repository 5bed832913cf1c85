"""The gender of the nouns a newspaper counts, beyond ``nouns.ETT_NOUNS``: the table and suffix rules read by
``rules/genders.py`` (which ``machinery.is_ett_noun`` asks).

A noun's gender decides "en"/"ett" for a lone one ("1 erbjudande" -> "ett erbjudande", "1 röst" -> "en röst") and
the form of an adjective written short before it ("ett ev. erbjudande" -> "eventuellt"). The last part of a compound
decides ("vårdplats" as "plats", "hyresrätt" as "rätt", "sjukhus" as "hus"), so the tables hold the heads and the
longest known tail of a word wins: "brandkår" is "kår" (common) although "år" is neuter.

Unknown nouns are of common gender (the documented default, "en"): about three nouns in four are.
"""

from __future__ import annotations

# Neuter nouns a paper counts that ``nouns.ETT_NOUNS`` lacks (singular; a neuter noun in a consonant has the same
# plural). Also read as the tail of a compound ("förbund" -> "idrottsförbund", "studieförbund").
MORE_ETT_NOUNS = frozenset("""
erbjudande meddelande förbund äktenskap medlemskap arrangemang engagemang moment element argument dokument
kriterium stipendium alibi arvode yrkande motiv perspektiv direktiv kollektiv arkiv bageri mejeri tryckeri
konditori fiskeri rederi sågverk bruk stadsdelsråd ämbete kansli konsulat sekretariat
läsår skolår kalenderår budgetår verksamhetsår levnadsår ljusår tjänsteår räkenskapsår valår nyår basår friår
studieår arbetsår mandatår rekordår jubileumsår krisår vinstår förlustår toppår mellanår
lån radhus flerbostadshus småhus badrum sovrum vardagsrum
frikast frislag inkast byte
slutspel seriespel derby
bidrag anslag underskott överskott
program avsnitt konvent seminarium symposium
äventyr nöje
stånd håll
uppträdande framträdande uttalande utlåtande förhållande beteende leende anseende utseende avgörande
tillkännagivande förordnande åtagande antagande påstående ställningstagande medgivande omhändertagande
övertagande förfarande sammanträffande tillgodohavande inflytande ofredande
undantag tilltag
universitet lärosäte gymnasium institut
sjukhus vårdhem härbärge
tak
dödsfall olycksfall sjukdomsfall smittfall
skred
landsting betänkande veto vite race betyg dagis konkursbo dödsbo köp varsel klipp föl kadaver vilt skift bingo
släpp förvärv skadestånd exemplar album hemvärn hinder lov distrikt reservat preparat referat attentat
certifikat internat
kalas firande bröllop disco gräl dråp försök väder regn hagel ryck lyft gäng kompani härad stift lasarett labb gym
uttag skrot drag delta hemman skifte resecentrum
spö revir
""".split())

# Neuter nouns too short to be read as a compound's tail ("bi" would end "taxi"): the word alone.
MORE_ETT_EXACT = frozenset({"bi", "sto", "bo", "spa", "fik", "skär", "sund", "näs",  # "fik": not "trafik"
                            # the compounds of "fel" ("gaffel", "skyffel" end so too: no tail of the table)
                            "skjutfel", "stavfel", "tryckfel", "fotfel", "mätfel", "systemfel", "signalfel", "växelfel",
                            "tidsfel",  # show jumping's ("4 fel och 1 tidsfel": "ett", session 55, normalize279)
                            "tekniskt fel",
                            "vågrätt", "lodrätt"})  # a crossword's clue by its number ("1 vågrätt": "ett", session 59)

# Nouns of common gender whose last letters are a neuter noun's ("brandkår" is no "år", "ordförande" no neuter noun
# in -ande, "kunskap" no "-skap" of the neuter kind): they win over the neuter tails and suffixes.
COMMON_NOUNS = frozenset("""
kår brandkår studentkår lärarkår vår
ordförande sökande arbetssökande studerande resande medresande gående förbipasserande medverkande
närstående överlevande sörjande troende inneboende föredragande handläggande kärande klagande
kunskap egenskap gemenskap vetenskap beredskap vänskap räkenskap fiendskap
detektiv kategori teori
bom
""".split()) | frozenset("""
person människa röst krona vecka månad timme minut sekund plats säng klass match poäng lägenhet bostad
hyresrätt bostadsrätt villa tomt skola förskola elev lärare kommun bil buss olycka brand skada tjänst kund
patient invånare medlem ledamot stol kilometer meter liter bok tidning film säsong serie omgång period halvlek
seger förlust kvinna flicka pojke hund katt häst älg varg björn tjej kille student vinnare deltagare åskådare
besökare resenär passagerare förare etapp sträcka gata station hållplats linje avgång miljon miljard motion
fråga kostnad vinst avgift lön pension sjukdom operation behandling kontroll anmälan straffspark frispark
hörna utvisning assist runda lektion kurs termin utbildning anställning företagare arbetare sjuksköterska
stöld våldtäkt misshandel
gång tur resa
procent procentenhet promille
""".split())
# (The second part: common nouns a paper counts, people, votes, kronor, flats, beds, seats, classes, matches, points,
# the police's crimes ("3 inbrott och 1 våldtäkt": "en", session 55, normalize274; it took the burglaries' "ett"),
# so that a compound ending in one is read as its own ("vårdplats", "straffspark") and an -ande word before it is
# seen as its adjective: "1 avgörande match"; the times of a timetable, "gång", "tur", "resa": "går Krösatågen 1
# gång/timme" was "ett", the name before the number taken as a designation's, session 56, normalize299; a share's
# words, so that a span's start agrees with the unit after its end: "från 1,12 till 1,07 %" -> "en komma tolv",
# session 62, normalize453.)

# Endings of neuter nouns (with their common-gender exceptions in COMMON_NOUNS): -eri ("ett bageri"),
# -skap of the neuter kind ("ett medlemskap"), -ment ("ett dokument"), -emang ("ett arrangemang"), -ium/-eum
# ("ett stipendium", "ett museum"), -tiv ("ett motiv"), a year's compound in -sår ("ett verksamhetsår"; every
# noun in -sår is neuter, "brännsår" too), an office in -orat/-riat ("ett lektorat", "ett vikariat").
# Not -ande/-ende: an action or a thing is neuter ("ett erbjudande", listed above), a person common ("en sökande",
# "1 av 3 svarande", "1 frånvarande"), and a paper counts people in -ande more often than things.
ETT_SUFFIXES = ("eri", "skap", "ment", "emang", "ium", "eum", "tiv", "sår", "orat", "riat")

# A participle or adjective in -ande/-ende standing before the noun it describes is no noun ("1 spännande
# match", "1 kommande möte": the noun decides). Words after it that are no noun ("1 sökande per tjänst").
NOT_NOUN_AFTER_ANDE = frozenset("""per om från till av på i för med vid under efter kvar totalt var
har hade kan ska skulle kom fick blev är gick""".split())
# The endings of a verb after an -ande noun ("1 erbjudande gäller", "1 boende skadades", "1 sökande anställdes"):
# present, past and passive; the -ande word is then the noun.
VERB_ENDINGS = ("ar", "er", "ade", "de", "te", "s")

# Endings of common nouns (words of an action, a state, a quality, a person): "-ning" ("en omröstning"), "-het",
# "-tion"/"-sion", "-else" ("en händelse"; "ett fängelse" is in the table, which is read first), "-ism", "-ist",
# "-itet". Read after the tables and the neuter suffixes; they matter where a known gender is needed, as after an
# -ande word ("1 avgörande omröstning" -> "en").
COMMON_SUFFIXES = ("ning", "het", "tion", "sion", "else", "ism", "ist", "itet")

# Suffixes of a common noun in the singular whose plural ends otherwise ("-ingar", "-heter", "-tioner"): after "s.k."
# with no article a word so ending is one thing, "så kallad" ("s.k. strukturrationalisering").
SINGULAR_COMMON_SUFFIXES = ("ing", "het", "tion", "sion", "ism", "itet")

# Common nouns whose plural ends otherwise ("form" -> "former", "modell" -> "modeller"), so that the word (or a
# compound ending in it: "samrådsform", "arbetsmodell", "nollvision") with no article after "s.k." is one thing,
# "så kallad". Only words whose plural is not the same (no "lärare", "meter", "poäng").
SINGULAR_COMMON_HEADS = frozenset("""
form modell metod vision plan reform zon regel princip strategi kris fond skatt avgift garanti policy rutin
klausul teknik grupp mottagning process bonus klinik tjänst tid lista kö dom ordning skola lösning
satsning funktion linje gräns kvot premie pott lön ersättning rabatt check
""".split())

# Words after which a count with no noun of its own is one of the nouns counted before it ("40 ansökningar, varav
# 1 från Kiruna" -> "en"; "12 inbrott, därav 1 i Boden" -> "ett"): the last noun counted in the sentence decides.
PART_OF_WORDS = frozenset({"varav", "därav"})
