"""What follows a number: en/ett agreement, label nouns that name by number,
count nouns and the verbs that are not counted.
"""

from __future__ import annotations

from .elided_count_words import ELIDED_ONE_PREPOSITIONS
from .name_numbers import NAME_NUMBER_NOUNS

# Nouns (and plural forms that look the same) that take "ett". Anything not
# here takes "en". Longer entries also match as the tail of a compound
# ("sjukhus" -> "hus"), so keep very short, ambiguous words in ETT_EXACT.
ETT_NOUNS = frozenset("""
gräs läge stöd virus vaccin ämne verktyg sortiment utrymme behov utbud innehåll underhåll
intyg avdrag bagage redskap
barn hus alternativ företag jobb kilo kilogram gram ton hektar öre pund äpple land län
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
säbo
svin lejon kors band märke ansikte löfte rykte intresse bröd
kött stall segel näste spår kabinett
tips gripande yttrande utlåtande utskick
knippe paket kryddmått
sätt fett spett
""".split())

ETT_EXACT = frozenset({"år", "ark", "ex", "fel", "sår", "tal", "dop", "lod", "hot", "lik", "ras", "ben", "set", "par",
                       "test", "pass", "bud", "lov", "drag", "mål", "hål", "lag", "slag", "varv", "kast", "hopp",
                       "pkt", "oavgjort", "pbb", "ibb"})  # "1 seger och 1 oavgjort": a draw (s53); "1/2 pbb" (s64)

# Nouns said with "en" after one alone ("en poäng") but whose compound numbers
# ending in one take the counting form "ett" ("trettioett poäng", as sports
# Swedish says it; "ett poäng" is heard too).
COUNTING_FORM_NOUNS = frozenset({"poäng", "poängs"})

# Words that, right after a number, are not the noun it counts ("1 och 2",
# "3 till 5", "ev. för"): the number keeps the counting form "ett". A verb of
# going right after it ("Skåne expressen 1 går", "V75-1 gick") makes it the
# number of a line, a race or a train, a name: "ett".
NOT_NOUN = frozenset("""
och eller till i på för med om mot vid under över efter före som är var blev
har hade kan ska skulle av från ut in upp ner men så att den det de där när
mellan bland hos kring utan sedan inför enligt genom
går gick kör körde avgår avgick stannar stannade startar startade vann vinner
plus minus genom fram resp respektive via
""".split())

# Plural adjectives that stand between a number and its noun ("21 nya jobb",
# "31 lediga platser"): the noun after them decides en/ett.
PLURAL_ADJECTIVES = frozenset("""
nya gamla stora små unga olika andra fler flera egna tomma lediga äldre yngre
större mindre bästa sämsta första sista vanliga svenska utländska allvarliga
""".split())
# Endings of plural adjectives not listed ("anmälda", "planerade", "fristående").
PLURAL_ADJECTIVE_ENDINGS = ("iga", "liga", "ska", "ade", "ande", "ende", "erade", "da", "kta", "pta", "sta", "tta")  # "anmälda", "sökta" (s64)

# Large powers after a number are common-gender nouns: "1 miljon" -> "en miljon".
MAGNITUDE_NOUNS = frozenset({"miljon", "miljoner", "miljard", "miljarder"})
# The same written short before a currency ("112 milj. kr", "4 md kr", "12 mdr euro"): a number counts them.
MAGNITUDE_SHORT = frozenset({"milj", "mn", "md", "mdr", "mrd", "mill"})

# Flats by their number of rooms: "en 3:a" -> "en trea".
FLAT_NOUNS = ("etta", "tvåa", "trea", "fyra", "femma", "sexa", "sjua", "åtta", "nia")

FLAT_FOLLOWERS = frozenset("""
på i med och eller som för till vid om nära mitt mot inom hos utanför intill bakom bredvid
motsvarar motsvarade kostar kostade är var blir blev har hade ligger låg får fick kan kunde ska skulle går gick
säljs såldes säljes hyrs hyrdes uthyres byts byttes passar passade räcker räckte behövs ut bort nu direkt snart
el centralt
ca cirka drygt knappt omkring runt uppemot närmare minst högst
""".split())  # ("mot 2:a centralt": where the flat wanted lies, session 52; "för en 1:a ca 14 mån": a word of about, no
# noun's, opens what the flat costs or takes, session 66)  # after a flat ("en 3:a motsvarar", "en 4:a säljs"): a verb, a preposition, no noun; "el" is "el." ("eller")
# written short in an ad ("söker 2:a el. 3:a"; risk: "en 3:a el ingår" reads a flat, which it is); a preposition of
# place ("kötid för en 3:a inom Bostaden", session 65, normalize487)

# Nouns that name something by its number ("linje 1", "sidan 1", "elområde 1 låg"): the number
# after them is said in the counting form "ett" whatever follows.
LABEL_NOUNS = frozenset("""
linje linjen nummer numret nr sidan sida kapitel rum plats platsen buss bussen
spår spåret väg vägen gate hus fas etapp klass grupp avdelning våning paragraf
punkt artikel tabell figur bilaga version vecka veckan lag laget division
divisionen serien hall hallen skolår årskurs match matchen omgång omgången
tåg flyg flight avgång tur färja div div. åk åk. v. husen plan planet
paragraferna paragrafer punkterna sidorna kapitlen vinst vinsten hål hålet bana banan heat heatet
station stationen ingång ingången kassa kassan
sträcka sträckan delsträcka deltävling deltävlingen runda rundan
område området elområde elområdet prisområde prisområdet zon zonen sektion sektionen block blocket
salong sal scen rad raden
avsnitt del episod säsong
ärende ärendet ärendena fråga frågan frågorna uppgift uppgiften uppgifterna moment momentet
stycket st.
omg. omg kärl kärlet
""".split()) | NAME_NUMBER_NOUNS  # ("avsnitt 1 av 10": "avsnitt ett av tio", session 51, normalize191)

# Compounds written with a number: "1-rumslägenhet" -> "enrumslägenhet". The combining form "en-" of the heads
# that take it (session 51: a grade in stars, "1-stjärniga recensioner" -> "enstjärniga"; measures and counts,
# "enlitersflaska", "enprocentsspärren", "enmetersdjup", "enmilsgränsen", "enmiljonsgränsen", "ensekundsregeln",
# "enpoängsmatch", "enmatchsavstängning"; "enhjuling", "enöring"); "ett-" before the rest ("ettåring", "ettmålsledning").
EN_COMPOUND_HEADS = ("rum", "plan", "kron", "tim", "dag", "man", "vecko", "veck",
                     "minut", "månad", "gång", "manna", "sits", "familj",
                     "stjärn", "liter", "procent", "meter", "mil", "sekund", "poäng", "match", "hjul", "öring")

# Words before "N-word" that make the number a type's name, not a count joined to the word:
# "typ 1-diabetes" -> "typ ett-diabetes" (the hyphen kept: a type of diabetes, not "ettdiabetes").
# Risk: "typ" as a filler ("typ 5-åringar", about five-year-olds) keeps the hyphen too. A class's, a
# division's or a level's number too ("en klass 2-varning", "division 1-finalen": session 54, 4 of 5 writers kept
# the hyphen).
TYPE_NAME_BEFORE = frozenset({"typ", "typen", "Typ", "grad", "graden", "fas", "fasen", "stadium", "stadiet",
                              "klass", "Klass", "division", "Division", "nivå", "Nivå",
                              # an emergency's priority ("prio 1-larm": "prio ett-larm", the writers of sessions 40-58
                              # in all 5 such rows)
                              "prio", "Prio", "prioritet", "Prioritet"})

# Words after a bare four-digit number that make it a count, not a year.
COUNT_NOUNS = frozenset("""
personer människor kronor invånare elever barn bostäder lägenheter deltagare
besökare meter kilometer ton liter hushåll anställda jobb platser fall
medlemmar studenter patienter passagerare resenärer bilar företag hus
exemplar underskrifter namn röster sökande lärare sjuksköterskor poliser
mil timmar dagar år minuter sidor fordon djur träd villor tomter kunder
poäng mål matcher segrar vinster förluster starter lopp gånger sekunder veckor månader steg skott
räddningar ärenden anmälningar brott olyckor larm samtal utryckningar
""".split())

NOT_COUNT_VERBS = frozenset("""
ökar minskar kommer startar börjar hamnar ligger gäller finns står var blev
hade fick gick kom införde infördes byggdes öppnade stängde
omfattar innebär handlar visar planerar satsar landar slutar pekar kostar räknar
väntas beräknas planeras innehåller betyder inleds avslutas fortsätter präglas blir
efter därefter under bakom ovanför nedanför emellan bortom
""".split())  # the prepositions ending like a plural: "tog över gården 1994 efter sin far" is a year

# Function words that never name what a pair of numbers counts (session 29, blind set 89: "röstsiffrorna 35–26 enligt
# § 14" was no vote, the word after the pair taken for a counted noun): the prepositions and the conjunctions.
NOT_COUNTED_WORDS = ELIDED_ONE_PREPOSITIONS | frozenset("och men eller samt som när då där medan eftersom att så".split())

# Words before a four-digit number that make it an identifier, not a year:
# "lgh 1102" -> "elva noll två", "box 1234", "rum 1205", "linje 1809".
ID_LABELS = frozenset("""
lgh lgh. lägenhet lägenheten lägenhetsnummer box postbox pb rum rummet sal salen
nr nr. nummer numret linje linjen busslinje buss bussen tåg tåget flight flyg
gate kod koden spår spåret plats hus
""".split())  # not "platsen": "på platsen" is "there", and a year after it is a year ("restes på platsen 1927", session 29)
# A label word that is part of a verb phrase before the number, no label: "ägde rum 1317"
# (took place: a year), "tog plats 1998". The words right before the label word.
ID_LABEL_VERBS = {
    "rum": frozenset("äga äger ägde ägt ägit ägs".split()),
    "plats": frozenset("ta tar tog tagit tas togs få får fick fått hade har ge ger gav".split()),
}
# The tails of compounds that are ID labels too: "Pågatåg 1048",
# "Öresundståg 1123", "nattåget 3941" (a train's number, in pairs). Not before
# a number that may be a year ("Luciatåg 2024").
ID_LABEL_TAILS = ("tåg", "tåget")
# A march or a campaign, no train: "fälttåget 1718", "korståget 1147" (a year).
MARCH_HEADS = ("fält", "kors", "seger", "triumf", "här", "krigs", "plundrings", "vikinga", "fackel", "lucia",
               "demonstrations", "karnevals", "fest")

# Parts of a text named short before their number ("p. 4.2", "art. 6.1 e",
# "fig. 4"), said in full; after a number "3 p." is points.
SECTION_SHORT = {"p.": "punkt", "art.": "artikel", "Art.": "Artikel", "fig.": "figur", "Fig.": "Figur",
                 "tab.": "tabell", "Tab.": "Tabell"}

# Section labels: the dotted number after them is a section, "kapitel 3.2"
# -> "kapitel tre punkt två", never a decimal.
VERSIONED_NAMES = frozenset("""
wcag usb bluetooth ios ipados macos android windows html wi-fi wifi http tls python java linux ubuntu
""".split())
"""A standard or a system named with its version after it, its parts joined by points ("WCAG 2.1", "USB 3.0",
"Bluetooth 5.3": "två punkt ett", as "version 2.1" is said; session 34, normalize109)."""

SECTION_LABELS = frozenset("""
kapitel kapitlet kap kap. avsnitt avsnittet paragraf punkt punkten artikel regel regeln
bilaga tabell figur sektion stycke version versionen moment momentet firmware firmwaren mjukvaruversion
""".split()) | VERSIONED_NAMES

# Words that make "F–9" a span of school years (förskoleklass to year nine):
# a school word in the line or a school compound after it ("F–9-skolan").
SCHOOL_WORDS = frozenset("""
skola skolan skolor skolorna skolans grundskola grundskolan elever eleverna elev årskurs årskurser åk
klass klasser klasserna lärare rektor undervisning förskoleklass fritids fritidshem barn barnen
lågstadiet mellanstadiet högstadiet stadiet
""".split())
# Words right before "F–3" (an en dash) that make it a span of school years in
# a line without a school word (an activity "för F–3", "i F–6" in a school's
# newsletter). Risk: "för F–4" naming anything else with an F and one digit.
SCHOOL_SPAN_BEFORE = frozenset({"för", "i", "till", "från", "alla"})

# Offices and ranks a masculine ordinal ("förste", "andre") is written before
# as a title: "1:e vice ordförande" -> "förste vice ordförande", "2:e
# löjtnant" -> "andre löjtnant". Before any other noun "1:e" is "första" ("1:e
# pris", "1:e reserv", "2:e gången").
MASCULINE_ORDINAL_TITLES = frozenset("""
vice ordförande sekreterare löjtnant kapten sergeant fanjunkare konsul intendent kammarskrivare
statsadvokat hovmarskalk bibliotekarie arkivarie assistent styrman maskinist konsertmästare violinist
kammarrättsråd hovrättsråd byråsekreterare amanuens aktuarie antikvarie direktör ingenjör
socialsekreterare handläggare kurator controller
""".split())

# Words right before a count whose noun is left out at the clause's end
# ("i dag finns 1.", "hon har 1.", "från 3 butiker till 1."): verbs of having
# and being and a few particles. After a noun ("Storgatan 1", "årskurs 1")
# the number is a label, said "ett".
ELIDED_COUNT_BEFORE = frozenset("""
finns fanns har hade haft är var blev blir återstår återstod kvar valdes väljs fick får behövs behövdes
saknas saknades bara endast till mot än nu sålde säljs köpte köptes klarade klarar överlevde
""".split())
# Strong verbs in the past before a count whose noun is left out ("beviljade 3 ansökningar, avslog 1"): as
# ELIDED_COUNT_BEFORE (a weak verb's past in "-ade" is known by its ending).
ELIDED_OBJECT_VERBS = frozenset("avslog tog gav vann sköt godkände".split())
# Verbs right after a count that stands for a noun counted before it in the
# sentence ("fyra ledamöter avstod och 1 var frånvarande", "två dog och 1
# skadades"): the count takes that noun's gender ("en"), else the counting form.
ELIDED_SUBJECT_VERBS = frozenset("""
var är blev blir avstod avstår skadades skadas omkom dog dött greps grips fördes förs saknas saknades
röstade röstar reserverade klarade klarar överlevde lämnade stannade
kvar kvarstår kvarstod återstår återstod
""".split())  # ("kvar": "6 mejerier ..., i dag finns bara 1 kvar" -> "ett", the noun counted before)
# A verb right after "1 av 10" (no noun counted after the share): the noun is the one counted before
# (an adverb before the verb too: "1 av 6 fortfarande är bebott", session 60).
VERBS_AFTER_SHARE = ELIDED_SUBJECT_VERBS | frozenset("""
har hade saknar saknade vill ville kan kunde ska tycker tyckte anser ansåg uppger uppgav svarar svarade går gick
planerar planerade behöver behövde använder använde äger ägde bor bodde får fick tror trodde väljer valde säger
riskerar lever når nådde tänker
fortfarande redan också även inte aldrig alltid numera
""".split())

# "H1", "H2" are a half-year ("första halvåret") before a year ("H1 2025") or in a sentence with one
# of these words of business (a report's period); elsewhere a flat's, a hall's or a heading's name.
HALF_YEARS = {"H1": "första halvåret", "H2": "andra halvåret",
              # a council's four-month periods ("underskott efter T2": session 53, normalize235)
              "T1": "tertial ett", "T2": "tertial två", "T3": "tertial tre"}
HALF_YEAR_WORDS = frozenset("""
omsättning omsättningen resultat resultatet vinst vinsten förlust förlusten rapport rapporten
delårsrapport delårsrapporten försäljning försäljningen intäkter intäkterna kostnader kostnaderna
jämfört period perioden kvartal kvartalet helår helåret helårs tillväxt tillväxten
rörelseresultat rörelseresultatet ökade minskade steg sjönk procent halvåret bokslut prognos
underskott underskottet överskott överskottet budget budgeten nämnden tertial tertialet delår delåret
""".split())

# After a number with a trailing plus ("500+ programpunkter": "över femhundra programpunkter", read by
# ``symbols._more_than``): the endings of a plural noun the number counts, and verbs in the present tense with those
# endings that say the number is an age group ("65+ betalar halva priset": "sextiofem plus").
PLURAL_NOUN_ENDINGS = ("er", "ar", "or", "are", "na")
GROUP_VERBS = frozenset("""betalar kommer ligger åker reser bjuder deltar erbjuder tränar spelar
sker gäller vaccineras erbjuds kallas bokar""".split())  # ("vaccinationen för 65+ sker", session 60)

