"""Calendar words the date, time and year rules read: month and weekday
abbreviations, the words around dates and years.

The full weekday and month names live in ``audiocast/calendar_sv.py`` (one
home for every stage); only the written abbreviations are speech's own.
"""

from __future__ import annotations

from ...calendar_sv import MONTHS, WEEKDAYS

MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}

WEEKDAY_ABBREVIATIONS = {
    "mån": 0, "må": 0, "tis": 1, "ti": 1, "ons": 2, "on": 2, "tor": 3, "tors": 3,
    "to": 3, "fre": 4, "fr": 4, "lör": 5, "lö": 5, "sön": 6, "sö": 6,
    "månd": 0, "tisd": 1, "onsd": 2, "torsd": 3, "lörd": 5, "sönd": 6,
}

# Weekday abbreviations read as the weekday wherever they stand alone ("fre
# 8–15", "senast fre."). "mån" is also a word ("i viss mån") and the
# two-letter forms are words ("må", "to"): those only before a colon, a time,
# a number or another weekday abbreviation.
WEEKDAYS_ALONE = ("tis", "ons", "tors", "fre", "lör", "sön", "månd", "tisd", "onsd", "torsd", "lörd", "sönd")
WEEKDAYS_ALONE_CAPITALISED = ("Tis", "Ons", "Fre", "Lör", "Sön", "Månd", "Tisd", "Onsd", "Torsd", "Lörd", "Sönd")  # not "Tors" (Tor's)
# Words after a weekday's short form that make it the weekday in a list of
# opening hours ("lö 10–14, sö stängt", "mån stängt"): what the day is.
WEEKDAY_STATUS_WORDS = ("stängt", "stängd", "öppet", "öppen", "ledigt", "vilodag")
# Words right before "mån" that make it Monday even closing the sentence ("provtagning igen
# mån.", "svar senast mån"): words of when ("i viss mån", "mån om" stay the word).
MONDAY_BEFORE = ("igen", "senast", "nästa", "från", "till", "innan", "före", "efter", "tills", "sedan", "på",
                 "utom", "förutom", "stängt", "stängd", "stängda", "stänger", "ej")  # "alla dagar utom mån.", "stängt mån."
# (session 52, normalize199; "och är stängd mån.", session 59; a listing's "(ej mån)", session 66)
# Short forms of a weekday that are also words ("Mån": "i viss mån"; "Tors": Tor's), read as the
# day only in a line that names another day of the week (``rules/weeklists``), and the words after
# them that keep the noun ("mån om", "i mån av", "mån på").
WEEK_LIST_AMBIGUOUS = ("Mån", "mån", "Tors", "tors")
WEEK_LIST_NOT_AFTER = ("om", "av", "på", "sitt", "sin", "sina", "att")
# Words of when before a two-letter weekday that ends its clause ("sänder på må.", "stängt på sö.",
# "senast ti."): the day, not the word "må" ("han må bra") nor "fr." before a date ("fr. 12 maj" is "från").
SHORT_DAY_BEFORE = ("på", "senast", "tills", "innan", "före", "efter", "sedan", "nästa", "varje", "i")
# The two short forms of the weekend that are no word at all ("Lö −5/−14, sö −2/−9", "lö sol, sö regn"):
# the day wherever they stand alone, but after a word of wind ("vind sö 5 m/s": south-east).
WEEKEND_SHORT = ("lö", "sö", "Lö", "Sö")
WEEKEND_NOT_AFTER = ("vind", "vindar", "vinden", "blåst", "från", "mot")
# Words that join two weekdays into one group ("tis och tors", "mån o ons", "lör & sön"): the
# days agree in number (``weekdays``). Risk: "eller" between a day and a recurring day.
WEEKDAY_LINKS = ("och", "o", "o.", "&", "eller", "samt")

# Words right before "1/2" that make it a date (the first of February), not a
# fraction: "den 1/2", "från 3/4", "fredag 5/6"; a job's or a flat's start ("tillträde 1/9", "ledig 1/10").
DATE_BEFORE = frozenset("""
den från till fr.o.m. t.o.m. senast före efter sedan per mellan och
tillträde tillträdes ledig ledigt inflyttning
dag dagen
""".split()) | frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS)
# ("på Kanelbullens dag 4/10 bjuds …": a named day's date before a verb, session 58, normalize377; it was "fyra tiondelar")

# Words after which day and month written with both periods and no year
# ("från 1.4.", "senast 30.6.") are a date, not a decimal (periods stripped).
DOTTED_DATE_AFTER = frozenset({"från", "fr.o.m", "t.o.m", "senast", "före", "efter", "sedan", "den"})

# A month abbreviation with its period and no day is the month after one of
# these ("i slutet av aug.", "från okt. till dec.") or before a year ("jan.
# 2025"). Not "jul." (Christmas) nor "mar".
MONTH_ALONE_AFTER = (
    "av", "i", "från", "till", "under", "sedan", "före", "efter", "om", "inför",
    "per", "och", "t.o.m.", "fr.o.m.", "för", "mot",
)
# "sin 25:e jul", "vår första jul", "deras 50:e jul tillsammans": an owner's word before an ordinal
# written with its ending and "jul" with no stop: the holiday counted, not a date in July.
CHRISTMAS_OWNERS = frozenset("sin sitt min mitt din ditt vår vårt er ert hans hennes deras dess".split())
MONTH_ABBREVIATIONS_ALONE = ("jan", "feb", "febr", "apr", "aug", "sep", "sept", "okt", "nov", "dec")

# Words just before a bare four-digit number that make it a year.
YEAR_CONTEXT = frozenset("""
år året i sedan från till under efter före inför våren hösten sommaren
vintern mellan och in med fram runt omkring kring jämfört år: senast
valet valåret säsongen budgeten budgetåret början slutet mitten av
född född: f. död död: avled
födda
""".split()) | frozenset(MONTHS)
# (session 22, N25: "födda", a birth cohort: "Lag födda 2010–2013 tränar" took "tränar" for a counted noun and kept the dash;
# not "föddes", "födde": "det föddes 1200 lamm" may count)

# Words shortly before "4/5" that make it a rating out of a scale ("gav
# föreställningen 4/5" -> "fyra av fem"), not the fourth of May.
# A line naming a review ("Krogrecension: … Mat 4/5, service 3/5, miljö 5/5"): its pairs out of one scale, two or more,
# are grades (session 61, normalize443: they were dates, "fjärde maj").
REVIEW_STEM = "recension"
RATING_BEFORE = frozenset("""
gav ger ge gett givit fick får fått betyg betyget betygen betygsatte betygsätter recensenten recensionen
omdöme omdömet stjärnor poäng
pollenprognos pollenprognosen pollenhalter pollenhalten brandrisk brandrisken risknivå risknivån
index indexet luftkvalitetsindex luftkvalitetsindexet uv-index uv-indexet
""".split())  # an index on a scale ("Luftkvalitetsindex ... 3/5 – ”måttlig”", session 63)
# A grade's noun right before "4/5": a rating whatever word follows ("Betyg 4/5 för Tolkiens klassiker",
# "Omdöme: 3/5 trots ..."), where after another word of RATING_BEFORE only a pause, a capital or "i", "och" ... may follow.
GRADE_NOUNS = frozenset("betyg betyget omdöme omdömet helhetsbetyg helhetsbetyget totalbetyg totalbetyget".split())
# Words before "19/20" in shooting: hits out of shots ("sköt 19/20" -> "nitton av tjugo").
# Words before "19/20" that make it hits out of attempts: shooting, and a
# match's statistics ("Powerplay: 2/5", "straffar 3/5", "frikast 14/18").
SHOT_BEFORE = frozenset("""
sköt skjuter skjutit träffade träffar träff prickade powerplay pp boxplay bp straffar straffarna straffläggning
straffläggningen
frikast frikasten straffkast trepoängare skott räddningar räddade satte sätter prickar räddar
liggande stående
""".split())  # a biathlete's positions ("liggande 10/10, stående 8/10"; session 63)
# A lead's verb before "med" and points out of the rounds ("GM Nils Grandelius leder med 5/6"; session 61, normalize427:
# it was "femte juni"): ``parts.shots_of``.
LEAD_VERBS = frozenset("leder ledde toppar toppade".split())
# The kinds of attempt, as a word's ending, after "i", "på" or "av" right after hits out of attempts ("(4/7 i
# trepoängsskytte)", "9/12 i straffkast"; session 60): ``parts.shots_of``.
ATTEMPT_TAILS = ("skytte", "skott", "försök", "kast", "straffar", "avslut", "dueller", "närkamper", "passningar",
                 "returer", "tacklingar")
# A part of a whole above twelve (no month's) before the plural noun it counts ("och 33/42 liftar i drift"):
# ``parts.out_of_series``. Not before these plurals ("20/30 kronor", "10/15 minuter": two values), and only after a
# word that opens a count or a clause (not a name's or a label's noun: "Tåg 61/62 stannar", "Beslut 14/25 gäller").
NOT_COUNTED_PLURALS = frozenset("kronor minuter timmar sekunder dagar veckor meter liter procent år".split())
SHARE_OPENERS = frozenset("och men med har hade är var blev bara endast totalt av nu i".split())
# A day and its month after a word of the sentence is said with "den", as every date written in digits already is
# ("Restaurangen öppnar 1 juni": "öppnar den första juni"; session 40: after such a word the evaluation set's writers
# said "den" 86 times in 127, and 134 of its 144 such rows accept it), but not after these words, which the date follows
# bare as often as not ("från 1 april", "senast 3 maj", "t.o.m. 30 juni"): prepositions, conjunctions, a bound; and
# "den" itself ("den 1 juni").
DATE_BARE_AFTER = frozenset("""
från fr fr.o.m t.o.m till senast före innan efter sedan med mot och eller samt under i om på per kl klockan mellan inför
via kring omkring runt ca cirka c:a by to vid av respektive resp den
""".split())

# Words before "2/4" that make it a floor out of the house's floors ("vån 2/4"
# -> "två av fyra").
FLOOR_BEFORE = frozenset("vån vån. våning våningen plan".split())
# Labels before "3/10" that make it a part of a series ("avsnitt 3/10" ->
# "avsnitt tre av tio", "del 2/3"), not the third of October.
EPISODE_BEFORE = frozenset("avsnitt avsnittet del delen episod episoden program programmet".split()
                           + ["upplaga", "upplagan", "exemplar", "ex."])  # a print's "upplaga 1/50" (session 63)
# A line holding one of these and a clock time reads "(6/8)" after a title
# as an episode out of a series ("21.00 Mord i Midsomer (6/8)" -> "del sex
# av åtta"); a source's date in brackets has no time before it ("(GD 3/5)").
TV_LINE_STEMS = ("svt", "tv3", "tv4", "tv6", "tv8", "tv10", "tv i kväll", "tv-tips", "kanal 5", "kanal 9",
                 "tv ikväll", "teve", "sänds", "serien", "tablå", "urpremiär", "repris",
                 "kunskapskanalen", "barnkanalen", "eurosport", "tv12", "kanal 11", "sjuan")  # (session 59)
# Verbs of change before "med 1/3" ("priset sänks med 1/3"): the part it
# changes by, not the first of March.
CHANGE_VERBS = frozenset("""
höjs höjdes höjer höjde sänks sänktes sänker sänkte ökar ökade ökat minskar minskade minskat steg stiger
sjönk sjunker föll faller växte växer krympte krymper reduceras reducerades skärs skars kortas kortades
förlängs förlängdes
""".split())
# Words before "34/35" that make it two roads or lines sharing a stretch:
# "väg 34/35" -> "väg trettiofyra och trettiofem", never a date or a fraction;
# trains and trams by their numbers too ("Pendeltåg 40/41", session 21); the roads' short forms ("Rv 26/47", s64).
ROUTE_BEFORE = frozenset("""
väg vägen vägarna riksväg riksvägarna länsväg länsvägarna linje linjen linjerna busslinje busslinjerna
rv lv
buss bussarna spår spåren
pendeltåg pendeltågen tåg tågen spårvagn spårvagnen spårvagnarna spårvagnslinje spårvagnslinjerna
tunnelbanelinje tunnelbanelinjerna
""".split())
# Words before "1/5" that make it a fraction, not a date ("jämfört med 1/5",
# "drygt 1/3"): the fraction is compared or approximated.
# Words after "d/m" that follow a day, never a part ("4/12 förra vintern",
# "2/11 året innan", "ses 1/12 hemma", "fyller år 6/7 varje sommar").
DATE_FOLLOWERS = frozenset("""
förra nästa samma varje året dagen veckan kvällen morgonen natten hemma
""".split())

# Words of parts: in a sentence that holds one, "1/3" restates or sets beside
# it a part, not a date ("en tredjedel, dvs. 1/3, saknar ...", "andelen är
# 1/5", "var femte, 1/5, ..."): the part words' stems, the share words and
# the ordinals after "var".
PART_STEMS = ("tredjedel", "fjärdedel", "femtedel", "sjättedel", "sjundedel", "åttondel", "niondel", "tiondel",
              "hälft", "halva", "halvpart", "andel")
# Stems of filling in the sentence before "till 2/3" ("Fyll formen till 2/3", "tanken var fylld till
# 1/4"): how full something is, a part ("två tredjedelar"), not the second of March.
FILL_STEMS = ("fyll", "häll", "påfyll", "halvfyll", "vattenfyll")
PART_ORDINALS = frozenset("annan tredje fjärde femte sjätte sjunde åttonde nionde tionde".split())
# Words before "1/3" that make it a part, not a date: amounts ("drygt",
# "minst"), "varav" (a part of a whole named before it), owning and making
# up ("äger 1/4", "utgör 2/3"); also a written article right before it ("med
# en 1/3", see ``rules/parts.part_said``).
FRACTION_BEFORE = frozenset("""
jämfört drygt knappt nästan närmare ungefär cirka ca endast bara hela varav medan minst högst uppemot
ytterligare äger ägde ägs utgör utgjorde motsvarar motsvarade
""".split())
# Nouns of measure a fraction stands before ("1/4 kilo smör", "1/2 paket
# jäst"): no date is followed by one, so "och 1/4 kilo" is a part even after
# "och" (a date word when a date came before it). Areas and volumes too ("1/4
# hektar" -> "en fjärdedels hektar", "3/4 kubikmeter"), and the big numbers counted as nouns ("ca 1/2 miljon
# kronor" -> "en halv miljon"; it was "hälften miljon", session 55, normalize275).
FRACTION_MEASURE_NOUNS = frozenset("""
kilo hekto gram liter deciliter centiliter milliliter paket påse påsar burk burkar flaska flaskor kopp koppar
tesked teskedar matsked matskedar kryddmått bit bitar skiva skivor limpa kaka kakor kartong kartonger förpackning
tub tuber ask askar klyfta klyftor knippe kruka sats plåt portion portioner timme timmar dygn vecka veckor månad år
mil meter kilometer ton tunna säck säckar pall
hektar tunnland kvadratmeter kvadratkilometer kubikmeter minut minuter sekund sekunder majoritet
miljon miljard
""".split())
# Nouns a half stands before without an article, as one says a reduced rate or share ("barn ½ pris" ->
# "halvt pris", "1/2 avgift" -> "halv avgift", "på ½ lön", "½ fart"): "ett halvt pris" is not said.
HALF_WITHOUT_ARTICLE = frozenset("""
pris avgift entréavgift hyra lön ersättning fart biljettpris taxa ränta medlemsavgift arvode
""".split())
# Heads a part closes up with after a hyphen ("2/3-majoritet" ->
# "tvåtredjedelsmajoritet", "1/2-tid" -> "halvtid", "1/4-final" ->
# "kvartsfinal"); before another word ("1/5-firandet", "1/4-skämt") it is a date.
PART_COMPOUND_HEADS = (
    "majoritet", "tid", "tjänst", "final", "del", "liter", "kilo", "timm", "år", "sekel", "mil", "lön",
    "pension", "dag", "sida", "sidor", "not", "paus", "lek", "maraton",
)

# Labels before "3/2025": an issue of a periodical and its year ("nr 3/2025"
# -> "nummer tre tvåtusentjugofem"); a council's minuted paragraph and its
# year ("KF § 45/2024", "paragraf" once the sign is read) likewise.
ISSUE_LABELS = ("nr", "nr.", "nummer", "Nr", "Nr.", "Nummer", "numret", "paragraf", "§")
# The scales a rating is written out of.
RATING_SCALES = frozenset({5, 6, 10})

# A school or university term before its year ("HT 2025", "VT26", "ht-24").
TERMS = {"ht": "höstterminen", "vt": "vårterminen"}
# The words before a noun that take it without its article ("nästa hösttermin", "varje vårtermin"): a term written
# short after one is said so, with a year or without ("nästa ht": session 65, normalize500; it was "nästa höstterminen").
TERM_INDEFINITE_BEFORE = frozenset({"nästa", "varje", "denna", "kommande", "samma", "en", "ingen", "vilken", "annan"})

# What a recipe measures in deciliters, written "dec." ("3 dec. grädde"): after "N dec." such a
# noun makes "dec." the measure, "tre deciliter grädde", not the third of December. Risk: a date
# followed by one of these words ("den 3 dec. mjölk till skolorna") is read as a measure.
DECILITRE_NOUNS = frozenset("""
grädde vispgrädde matlagningsgrädde mjölk filmjölk mellanmjölk standardmjölk lättmjölk havremjölk
kokosmjölk yoghurt kvarg vatten buljong fond vin rödvin vitvin öl juice saft sirap olja rapsolja
olivolja socker strösocker farinsocker florsocker mjöl vetemjöl rågmjöl dinkelmjöl havregryn ris
russin mandlar nötter flingor majsena potatismjöl gräddfil crème creme vaniljsås kaffe te ströbröd
""".split())

# Verbs that say when a thing happens: a lone two-digit hour with its zero after one ("stänger 07
# på lördagen", "öppnar 08 och stänger 16") is the hour, "sju", not the digits "noll sju". Risk: a
# count written with a zero after such a verb ("går 07 varv") is read as an hour (no one writes it).
HOUR_VERBS = frozenset("""
öppnar öppnade stänger stängde börjar började startar startade slutar slutade avgår avgick
går gick landar landade anländer anlände kom vaknade vaknar somnade ringde ringer
""".split())

# Words of broadcasting: in a line with one, a weekday before "11.03" is followed by a clock time
# (a programme's, "P1 sänder lör 11.03, repris sön 21.03"), not a day and month. Risk: a date
# written with a zero month in a line about a broadcast ("repris fre 12.04") is read as a time.
BROADCAST_WORDS = frozenset("""
sänder sänds sändes sändning sändningen repris reprisen program programmet avsnitt avsnittet
radio radion tv teve kanal kanalen p1 p2 p3 p4 svt svt1 svt2 tv4 poddavsnitt direktsänds
""".split())



# Word stems that make a dash and two digits after a date a temperature, not the
# year ("Kallaste natten var 4 jan -36 i Naimakka"): rules/daymonth.date_years.
COLD_STEMS = ("kall", "köld", "kyla", "minusgrad", "grader", "graders", "temperatur", "varmast", "termometer", "frost")

# Who holds a service after "av" ("döptes i Vena kyrka 1/3 av präst Anna Berg", "vigdes 14/6 av pastor Ek"): the
# "d/m" before is a family notice's date, not a part "of" something (rules/parts.dated_span_side).
OFFICIANTS = (
    "präst", "prästen", "pastor", "pastorn", "kyrkoherde", "kyrkoherden", "komminister", "komministern", "diakon",
    "diakonen", "biskop", "biskopen", "vigselförrättare", "vigselförrättaren", "imam", "imamen", "rabbin",
    "rabbinen", "officiant", "officianten", "kaplan", "kaplanen",
)
