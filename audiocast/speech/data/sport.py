"""Sports results: the words around "3–1" that make it a score, not a range.
"""

from __future__ import annotations

# Words that, shortly before "3–1", make it a score rather than a range.
SCORE_CONTEXT = frozenset("""
vann vinna vinner förlorade förlora förlorar föll faller slog slår besegrade rond ronden släppte
segrade segern seger vinst vinsten förlust förlusten förlustens slutade
slutar ställningen ställning resultatet resultat kryss krysset oavgjort
ledning ledningen ledde leder reducerade kvitterade utökade matchen match
mål målen halvtid halvtidsvila finalen final semifinalen kvartsfinalen
derbyt mötet vändning slutresultatet stod blev vände siffrorna siffror slutsiffrorna setsiffrorna
tog hemmaseger bortaseger storseger uddamålsseger kryssade poäng
slutresultat slutställning slutställningen halvtidsresultat halvtidsresultatet pausresultat pausresultatet pausställningen
periodsiffror periodsiffrorna gjorde straffar straffarna straffläggningen målskillnad
målskillnaden setsiffror skott skotten utvisningar hörnor utvisningsminuter utvisningsminuterna
avgjordes avgjorde avgörs set
underläge underläget underlägena överläge överläget perioder perioderna halvlekar
periodresultat periodresultaten setresultat setresultaten matchresultat matchresultatet
nickade nickar sköt skjuter prickade petade dunkade styrde
målgörare målskyttar målskytt
""".split())  # ("Målgörare: 0–1 Jonsson (12)": a list of goals' running score, session 59; it was a range)
# (session 42, normalize143: a goal's verb before the running score, "nickade in 0–2", was read as a range)

# Words up to ten words before "41–20" that make it a vote, said "fyrtioett
# mot tjugo". They win over the sports words ("vid votering ... vann
# förslaget med 9–4" is a vote).
VOTE_CONTEXT = frozenset("""
bifölls avslogs antogs röstsiffrorna röstsiffror röstsiffran votering voteringen
omröstning omröstningen återremitterades klubbades röstade röstades
rösterna röstetal yrkade yrkande återremiss reservation reserverade
beviljades avstyrktes tillstyrktes antog avslog biföll godkände godkändes
beviljade avstyrkte tillstyrkte
""".split())
# The nouns of a vote that make a pair before them in its sentence a vote ("slutade 8–5 efter votering", "26–25 i
# omröstningen"): a vote keeps "mot" when a score's dash is silent (session 17).
VOTE_AFTER_WORDS = frozenset("""
votering voteringen omröstning omröstningen röstsiffrorna fullmäktige kommunfullmäktige regionfullmäktige
""".split())
# Words of a decision that make "med 35–26" a vote ("beslutet, som togs med
# 31–30"): only with "med" right before the pair.
DECISION_WORDS = frozenset("""
beslut beslutet beslutades beslutade togs fattades förslag förslaget motionen motion
ärendet budgeten yrkandet fullmäktige kommunfullmäktige regionfullmäktige
nämnden styrelsen ledamöterna riksdagen ja nej godkände godkändes beslöt biföll avslog antog
tillstyrkte avstyrkte
""".split())
# A decision's verb right before the pair, the pair followed by what was
# decided ("att", "om", "för") or the sentence's end: "Nämnden beslutade 7–2
# att säga nej" is a vote, with no "med".
DECISION_VERBS = frozenset("""
beslutade beslöt biföll avslog antog godkände tillstyrkte avstyrkte beviljade
""".split())
DECISION_AFTER = frozenset({"att", "om", "för", ""})
VOTE_WORD = "mot"
"""What joins a council vote's two numbers ("bifölls med 41–20" -> "fyrtioett mot tjugo"): votes are not sport and
keep "mot" when a score's dash is silent (``rules.machinery.SCORE_DASH``, session 17)."""
HALF_POINT_WORD = "mot"
"""What joins a score in half points ("4½–3½", "6,5–1,5": "fyra och en halv mot tre och en halv"): it keeps "mot"
when a whole score's dash is silent (session 17): after "och en halv" or "komma fem" a silent dash blurs where one
side ends, and every writer of the evaluation sets' three half-point scores accepted "mot", one of them only it."""
DECISION_WINDOW = 10
"""How many words before "med 35–26" a decision word may stand
("Kommunfullmäktige sa ja till den nya simhallen med 35–26")."""

# Words right before two teams joined by a dash with no result after them:
# "Derbyt Djurgården–AIK spelas" -> "Djurgården–AIK" (the dash silent).
MATCH_WORDS = frozenset("""
derbyt derby matchen match mötet kvalet kval kvalmatchen finalen semifinalen kvartsfinalen
seriefinalen premiären säsongspremiären bortamatchen hemmamatchen cupmatchen mellan
""".split())

# The verbs of the clock right before a time: it is the time a race took ("vinnaren klockade 19.47 på 5 km" ->
# "nitton minuter och fyrtiosju sekunder"), never the hour (session 40, normalize132).
TIMING_VERBS = frozenset({"klockade", "klockades", "klockar", "klockas"})

# Words before "32:18", "1.52,40" that make it a race time, not a clock time (the verbs of the clock among them).
RACE_CONTEXT = frozenset("""
tiden tid sprang springer åkte åker cyklade cyklar simmade simmar travade travar
noterade noterar vann vinner loppet milen maran maraton vasaloppet segraren segrade
rekordet personbästa pers årsbästa banrekord banrekordet efter gick mål segertid
segertiden sluttid sluttiden
maratonet halvmaraton halvmaratonet ultramaraton vanns stafetten
""".split()) | TIMING_VERBS

# The one who races ("bäste lokala åkare på 4.02.17", "snabbaste löparen på 1.12.40"): with hours, minutes and
# seconds written with dots, the racer's noun makes them a race time as a race word does (session 26; a date of that
# shape stands after no such noun). Not for "12.30" alone: "åkare" is also a haulier, who keeps clock times.
RACER_NOUNS = frozenset("""
åkare åkaren åkarna löpare löparen löparna cyklist cyklisten cyklisterna simmare simmaren orienterare
orienteraren skidåkare skidåkaren deltagare deltagaren segrare segraren vinnare vinnaren
""".split())  # (read as the end of a compound too: "etappvinnaren", "långloppsåkaren"; session 52, normalize207)

# Verbs that may follow a score ("segern med 3–0 säkrade guldet", "1–0 stod
# sig matchen ut").
SCORE_VERBS = frozenset("""
säkrade innebar betydde gav gjorde avgjorde skickade tog fick höll räckte
stod står gick håller
""".split())

# Verbs that may follow a result opening a quote ("– 2–1 var rättvist").
RESULT_VERBS = frozenset("""
var är blev blir känns kändes kändes låter lät räcker räckte smakar smakade
""".split())

# Words right after a score that still leave it a score ("3–1 i halvtid",
# "2–2 och"): not a counted noun that would make it a range.
AFTER_SCORE_WORDS = frozenset("""
i mot efter på och till när för med hemma borta inför trots men då så som var det sedan
under och efter eller vid att genom direkt redan igen strax innan
den senast senare tidigare från ur
medan eftersom fastän samt varav vilket vilka där dit också även dessutom ändå dock
sammanlagt totalt sammanräknat
""".split())
# (session 27: a conjunction or a clause's adverb after the pair opens the next clause, never the noun a range counts:
# "biföll motionen med 41–20 medan 4 ledamöter avstod" is a vote; session 42: "från", "ur", where a goal came from,
# "sköt 1–3 från distans"; session 47: the two matches' sum after the pair, "förlorade kvalet med 3–4 sammanlagt")
# Phrases right after "a–b" that make it a score: "3–1 i halvtid", "2–1 efter
# straffar", "1–0 hemma". (So does "mot" before a capitalised name: "mot AIK".)
SCORE_AFTER = (
    "i halvtid", "i paus", "i förlängning", "i första", "i andra", "i tredje",
    "i sista", "i finalen", "i matchen", "i derbyt",
    # the match named after the pair ("efter 0–1 i kvalet")
    "i kvalet", "i kvalmatchen", "i semifinalen", "i kvartsfinalen", "i åttondelsfinalen", "i returen",
    "i returmötet", "i mötet", "i premiären", "i seriefinalen", "i cupfinalen", "i bortamatchen",
    "i hemmamatchen", "i cupmatchen", "i slutspelet", "i gruppspelet",
    # the tally the pair is ("5 segrar och 19–2 i målskillnad", "vann 5–3 i sammanlagt"; session 33)
    "i målskillnad", "i målskillnaden", "i målkvot", "i sammanlagt", "i sammanlagda mål", "i totalt",
    "efter förlängning", "efter straffar", "efter full tid",
    "e.f.", "e.fl.", "e.str.", "e. str.", "e.förl.", "e. förl.", "efter förl.", "efter straffl.", "efter sudden death",
    "e.fö.", "e. fö.", "e.fr.", "e.fs.", "e. fs.", "e.sd.", "e. sd.", "e.o.", "e. o.", "efter övertid", "e.s.", "e. s.",
    # "e." before the end's full word ("3–2 e. straffar", "e. förlängning"): "efter"
    "e. straffar", "e. förlängning", "e. straffläggning", "e. sudden death", "e. straffsparksläggning",
    "e. straff", "e.straff", "e. övertid",
    "sudden death", "efter straffläggning", "walkover",
    "vid förlängning", "vid straffar", "vid full tid",
    "vid halvtid", "vid paus", "vid periodpaus", "vid periodpausen",
    "hemma", "borta", "på hemmaplan", "på bortaplan",
    # the point of the match the pair stood at ("låg under med 2–4 efter två perioder"): no counted noun
    # follows a range so ("2–4 efter två veckor" is a range: weeks, not a match's parts)
    "efter en period", "efter två perioder", "efter första perioden", "efter andra perioden",
    "efter första halvlek", "efter första halvleken", "efter halvlek", "efter en halvlek",
    "efter första set", "efter första setet", "efter två set", "efter tre set",
    "efter första quartern", "efter tre quarters", "efter fem inningar", "efter halva matchen",
    # how the goal came, named after the score it made ("ökade till 0–2 i powerplay", "3–1 i tom bur"): a range
    # counts nothing so (session 22)
    "i powerplay", "i power play", "i numerärt överläge", "i numerärt underläge", "i boxplay", "i spel fem mot fyra",
    "i tom bur", "i öppen bur", "i tomt mål", "på straff", "på straffslag", "på straffspark", "på straffpass",
    "på frispark", "på hörna", "på hörnan", "på retur", "på returen", "på nick", "med huvudet", "på volley",
    "på övertid", "i övertid", "i tilläggstid", "i slutminuten", "i slutsekunderna", "i slutskedet",
    "i förlängningen", "i sudden death",
)
# Heads joined to a score by a hyphen: "en 2–1-seger", "3–0-ledningen".
SCORE_COMPOUND_HEADS = (
    "seger", "segern", "vinst", "vinsten", "förlust", "förlusten", "ledning", "ledningen",
    "match", "matchen", "kryss", "krysset", "mål", "målet", "resultat", "resultatet",
)

# A placing at the head of a result line ("1) Sara Lind, IFK Umeå", "1. Eva
# Berg") as a sports reporter says it: the noun of the place, "etta", "tvåa".
# Above twelve the ordinal ("trettonde").
PLACING_WORDS = (
    "etta", "tvåa", "trea", "fyra", "femma", "sexa", "sjua", "åtta", "nia", "tia", "elva", "tolva",
)

# Verbs of finishing: "slutade 5:a", "kom 2:a", "är nu 3:a i serien" is a
# placing, said as its noun ("femma", "tvåa", "trea"); adverbs may stand between.
PLACING_VERBS = frozenset("""
slutade slutar slutat kom kommer kommit blev blir blivit hamnade hamnar hamnat är var
placerade placerar ligger låg legat ligga rankad rankat rankade rankas
""".split())
# A standing's words right after "N:a" ("20.41,6, 4:a totalt"): the placing, "fyra totalt" (session 63: the evaluation
# set's writers 8 rows only so, none "fjärde"); also adverbs between a verb of finishing and its placing.
STANDING_WORDS = frozenset("totalt sammanlagt sammanräknat".split())
PLACING_ADVERBS = frozenset("nu just då bara totalt sammanlagt återigen igen ändå till slut sist fortfarande sig som delad delat ensam"
                            " först därmed alltså också även".split())  # ("slutade först 4:a", session 53)
"""Words between a verb of finishing and its placing ("ligger delad 3:a", "blev ensam 2:a": session 34, a shared placing)."""
# A contest's parts and kinds after "N:a i" ("3:a i första heatet", "2:a i andra åket", "4:a i SM"): the "N:a" is a
# placing in it (read by rules.placings, session 56).
CONTEST_PARTS = ("heatet", "heat", "finalen", "semifinalen", "kvartsfinalen", "loppet", "tävlingen", "deltävlingen",
                 "åket", "omgången", "racet", "sprinten", "prologen", "etappen", "VM", "SM", "EM", "OS", "JSM", "JVM",
                 "DM", "NM", "USM", "världscupen",
                 # a league's table and its lists ("laget är 3:a i tabellen", session 56, normalize310)
                 "tabellen", "serien", "ligan", "gruppen", "skytteligan", "poängligan", "världsrankingen")
PLACING_WHEN_NOUNS = ("året", "säsongen", "dagen", "veckan", "månaden", "gången", "loppet", "tävlingen")
PLACING_WHEN_ADVERBS = ("därpå", "därefter", "efter", "innan", "före", "dessförinnan")
"""A time's adverbial right after a placing, no noun it counts: "och 5:a året därpå" (session 51, normalize193)."""

# Words shortly before "1.13,5a" that make it a trotting kilometre time (said
# "ett tretton komma fem"), not a swimmer's minutes ("en femtiotvå ...").
TROT_CONTEXT = frozenset("""
km-tid km-tiden km-tider kilometertid kilometertiden kilometertider travade travar
travet travlopp travloppet kuskade kuskar kusk kusken autostart voltstart sulky sulkyn
V75 V86 V64 V65 V5 V4 GS75 Elitloppet elitloppet hästen hästar stoet valacken hingsten
kallblod kallblodet kallbloden kallblodstravare kallblodstravaren varmblod varmblodet varmbloden
""".split())
# Letters after a kilometre time, said as the trotting pages say them: "a" autostart, "v" voltstart, "g" galopp
# ("1.12,5ag" -> "... autostart galopp"). Session 56 chose "auto" and "volt" (43 of 63 rows accepting them, our own
# appended readings counted too); session 60 counted the writers' own readings alone: 65 rows accept "autostart" and
# 57 "auto" (11 only the long word, 3 only the short), "voltstart" 6 and "volt" 4.
TROT_SUFFIXES = {"a": "autostart", "v": "voltstart", "g": "galopp"}

# Words before two tallies of penalties ("utvisningar 6x2–4x2"): the teams'
# penalties set against each other, said with "mot" like a score.
PENALTY_WORDS = frozenset("""
utvisningar utvisningarna utvisningsminuter utvisningsminuterna utv utv. straffminuter
""".split())

# A cross-country race's style after its distance ("10 km K", "15 km F").
SKI_STYLES = {"K": "klassiskt", "F": "fri stil"}

# Chess pieces in Swedish notation ("Sf3": springaren till f3).
CHESS_PIECES = {"K": "kung", "D": "dam", "T": "torn", "L": "löpare", "S": "springare"}

# Letters that mark a club's name ("IFK Hässleholm", "Höllvikens GIF"): a
# result written between two such names is a score ("IFK Hässleholm 2 – 0
# Höllvikens GIF"), not a range.
CLUB_MARKERS = frozenset("""
IF IFK GIF FF BK SK HC IK AIK FC BoIS IBK BIK SIF GoIF FK HK IS DFF AIF SSK BP
""".split())

# A swimming stroke written short after its distance ("50 m fj", "200 m ry"):
# said as a commentator says it, "femtio meter fjäril".
SWIM_STROKES = {"fj": "fjäril", "fjär": "fjäril", "ry": "rygg", "br": "bröst", "fr": "frisim", "fs": "frisim",
                "ms": "medley"}

# The words after "m:ss" or "m.ss" that make it a length of time, not a clock time: a track, a
# film or a shift on the ice ("låten är 3:45 lång", "spelade 18.02 i istid"): said in minutes and seconds.
DURATION_AFTER = frozenset("""
lång långt långa istid speltid spelartid
""".split())

# A part of a match after minutes and seconds with "i" or "av" ("efter 2.14 i första perioden", "på 4.32 i andra
# perioden", "efter 2.14 av övertiden"): the game clock, time played in that part, said as minutes and seconds (session
# 26, from two blind sets that read "två minuter och fjorton sekunder"), never a clock time of day.
GAME_PARTS = frozenset("""
perioden övertiden förlängningen halvleken sudden
""".split())

# The one a race time after "efter" is counted behind ("1.12 efter segraren"):
# the time is a gap in minutes and seconds, not a clock time.
GAP_BEHIND = frozenset("""
segraren vinnaren ledaren täten ettan tvåan trean klungan medaljplats pallplats bronset silvret guldet
segrande vinnande segrarinnan vinnarinnan
""".split())
# The ones a race's winner is ahead of, after "före": "1.05 före tvåan" is a gap, "en minut och fem sekunder"
# (session 46, normalize159; it was read "ett noll fem").
GAP_AHEAD = frozenset("""
tvåan trean fyran femman sexan klungan fältet konkurrenterna närmaste jagarna jagande
""".split())

# Words in a sentence that make "1:48.23" (a colon, then a point) minutes,
# seconds and hundredths, as the track and the pool write them; without them
# (or a distance in metres) a one-digit head may be hours ("Vasaloppet:
# 3:58.12", said "tre femtioåtta tolv").
HUNDREDTHS_CONTEXT = frozenset("""
simmade simmar simmaren simning frisim fjärilsim bröstsim ryggsim medley häck hinder
varvtid varvtiden varvet banan banrekord banrekordet kortbana långbana stafett stafetten
""".split())

# Labels of a document's parts: a pair after them ("§ 8–12", "punkt 4–6",
# "sidan 12–14") is a range of parts, never a score, whatever sports word
# ("mötet") stands before.
RANGE_LABELS = frozenset("""
paragraf paragraferna punkt punkterna sidan sida sidorna kapitel kapitlen artikel bilaga bilagorna
tabell figur avsnitt avsnitten §
s sid kap bil art avsn tab fig
siffrorna siffror talen numren
""".split())
# (session 27: their short forms too, "s. 1–120" in a sentence naming a book's "Grand final" was a score; session 58:
# the digits a puzzle uses, "innehåller siffrorna 1–9", normalize333 and normalize354: it was "ett mot nio")

# Labels of the penalty minutes of a match's two teams ("Utvisningar: 6–10 min"): the pair after one, with
# minutes after it, is said "sex mot tio minuter" (it was the range "sex till tio").
PENALTY_LABELS = ("utvisningar", "utvisningarna", "utvisningsminuter", "utvisningsminuterna", "utv.", "utv")

# Words right before "h:mm:ss" that make it the clock's time of day with its seconds, not a duration:
# "kom i mål 11:47:12" (the time the runner crossed the line; "i mål på 2:13:45" is the race time),
# "kl. 10:32:05". Each entry is the words before it, nearest last.
CLOCK_SECONDS_BEFORE = (("i", "mål"), ("startade",), ("start",), ("starten", "gick"), ("startskottet", "gick"))

# An ordinal written without its colon ("kom 3e i loppet", "på 11e plats", "den 21a", "stadens 11e"): read
# as "3:e" where a word of these (or a placing verb of PLACING_VERBS, or a genitive) stands right before it, or
# one of the heads below right after it; elsewhere "2a"/"3e" may be a house's letter ("Storgatan 2a") and stays.
COLONLESS_ORDINAL_BEFORE = frozenset("den det sin sitt sina hans hennes deras dess vart varje för på".split())
COLONLESS_ORDINAL_HEADS = frozenset("""
plats platsen gången året omgången dagen veckan månaden upplagan upplaga raka försöket säsongen säsong
matchen match målet minuten varvet sträckan etappen loppet tävlingen advent söndagen sön sönd symfoni
pris priset klass klassen halvlek halvleken hälft hälften kvartalet halvåret perioden period ronden
generationen våningen våning vån reserv seger segern jubileum jubileet maj hand träffen serien end åket
dam herr klassarna måndagen tisdagen onsdagen torsdagen fredagen lördagen
""".split())

# The three-letter codes of the nations a results list sets after an athlete's name (IOC, FIS, IBU: "Brignone,
# ITA", "Weng (NOR)"): said as the nation, as the writers of normalize159 read them (session 46: "Schweiz" for SUI;
# the letters "ess u i" tell a listener nothing). "USA" stays spelled (it is said so); "FRA" and "CAN" (the
# Swedish agencies), "DEN" and "GER" (Swedish words) are no codes here.
NATION_CODES = {
    "SWE": "Sverige", "NOR": "Norge", "FIN": "Finland", "ISL": "Island", "EST": "Estland", "LAT": "Lettland",
    "LTU": "Litauen", "AUT": "Österrike", "SUI": "Schweiz", "ITA": "Italien", "SLO": "Slovenien", "CZE": "Tjeckien",
    "SVK": "Slovakien", "POL": "Polen", "UKR": "Ukraina", "BLR": "Belarus", "RUS": "Ryssland", "KAZ": "Kazakstan",
    "NED": "Nederländerna", "BEL": "Belgien", "GBR": "Storbritannien", "IRL": "Irland", "ESP": "Spanien",
    "POR": "Portugal", "AND": "Andorra", "HUN": "Ungern", "CRO": "Kroatien", "SRB": "Serbien", "BIH": "Bosnien",
    "BUL": "Bulgarien", "ROU": "Rumänien", "GRE": "Grekland", "TUR": "Turkiet", "JPN": "Japan", "CHN": "Kina",
    "KOR": "Sydkorea", "AUS": "Australien", "NZL": "Nya Zeeland", "BRA": "Brasilien", "ARG": "Argentina",
    "MEX": "Mexiko", "JAM": "Jamaica", "KEN": "Kenya", "ETH": "Etiopien", "RSA": "Sydafrika", "DNK": "Danmark",
}

# Verbs of any doing that, right before "8/10" in a sentence about a match (a word of SCORE_CONTEXT besides them),
# count hits out of attempts as SHOT_BEFORE's words do anywhere ("Gottfridsson gjorde 8/10" -> "åtta av tio"; session
# 47, normalize166: it was the eighth of October), read by ``parts.shots_of``.
TALLY_VERBS = frozenset("gjorde gör sänkte sänker".split())

# A page's word right before a pair ("se s. 14–17", "sidorna 3–5"): pages, a span, never a vote's "mot" in a sentence
# about a decision (session 47, normalize167).
PAGE_LABELS = frozenset({"s", "sid", "sidan", "sidorna", "sidor", "sida"})

# A field event's words: a bare decimal in their sentence is a height or a length in metres ("Höjdhopp P15: 1) Leo
# Ek, IFK Växjö, 1,78", "hoppade 1,92"), said with the measure's "en" ("en komma sjuttioåtta"; session 53).
FIELD_EVENTS = ("längd", "höjd", "tresteg", "stav", "kula", "spjut", "diskus", "slägga")
"""The events after "i" ("6.42 i längd", "1,83 i höjd"): a mark written with a point is no clock (``calendar``)."""
FIELD_VERBS = ("hoppade", "hoppar", "stötte", "stöter", "kastade", "kastar")
"""The verbs before a mark ("hoppade 6.42"), read by ``calendar`` as FIELD_EVENTS are."""
FIELD_EVENT_WORDS = frozenset(FIELD_EVENTS) | frozenset(FIELD_VERBS) | frozenset("""
höjdhopp höjdhoppet höjdhopparen stavhopp stavhoppet längdhopp längdhoppet trestegshopp
kulstötning spjutkastning diskuskastning släggkastning hopp ribban riben
""".split())
