"""Short forms read from the words around them (``rules/readings.py`` and
``rules/shortforms.py``): the chair's genitive before what is the chair's,
a fee after a price, adverbs after an adjective written short, short first
parts of compounds written with a period, magnitudes after a bare number.
"""

from __future__ import annotations

from .definite_words import MEETING_VERBS

# Nouns (or the ends of compounds) that are the chair's when "ordf." stands
# right before them: "ordf. utslagsröst" -> "ordförandens utslagsröst".
CHAIR_GENITIVE_HEADS = (
    "röst", "förslag", "beslut", "yrkande", "mandat", "uppdrag", "ansvar", "hälsning", "berättelse",
    "kommentar", "tal", "roll", "post", "vägnar", "klubba", "ord", "inledning", "rapport", "sida", "linje",
    "besked", "sammanfattning",
)

# Words before "avg." that make it a fee, not a departure: "395 kr + avg.",
# "inkl. avg.", "exkl. avg." (said by now: "plus", "inklusive").
FEE_BEFORE = frozenset({"plus", "+", "inkl.", "exkl.", "inklusive", "exklusive", "kr", "kronor", "euro", "utan"})

# Words that are no nouns after an adjective written short: "ev. redan" is
# the adverb, "eventuellt redan", not an adjective before a noun.
ADVERBS_AFTER_SHORT = frozenset("""
redan inte ej också även bara endast snart senare tidigare fortfarande alltid aldrig ännu
troligen kanske dock sedan nu då här där helt mycket mer mest nästa dessutom tillsammans
lite litet något ett
""".split())

# A short first part of a compound written with a period before the rest
# ("ord.pris" -> "ordinarie pris", "Ord.pris"): said as its word and a space.
DOTTED_COMPOUND_HEADS = {"ord": "ordinarie"}
DOTTED_COMPOUND_TAILS = ("pris", "priset", "ordförande", "ledamot", "ledamöter", "tid", "tider")
# ... and joined to the rest when the first part is a genitive ("förs.hemmet"
# -> "församlingshemmet", "komm.fullmäktige"): any rest of three letters or more.
DOTTED_JOINED_HEADS = {"förs": "församlings", "församl": "församlings", "anm": "anmälnings", "komm": "kommun", "kommunfullm": "kommunfullmäktige",
                       "min": "minimi", "max": "maximi",  # "min.mått" -> "minimimått"
                       "reg": "registrerings",  # "reg.skylten" -> "registreringsskylten" (session 45)
                       "orig": "original"}  # "i orig.kartong" -> "originalkartong" (session 56, normalize292)
# ... whose rest is itself clipped with a stop ("anm.avg." -> "anmälningsavgift", session 56, normalize281)
DOTTED_JOINED_TAILS = {"avg": "avgift"}

# Church and other titles written short before a full name (two capitalised
# words): "past. Eva Lind" -> "pastor", "komm. Karin Ås" -> "komminister".
TITLES_BEFORE_NAME = {"past.": "pastor", "komm.": "komminister", "diak.": "diakon", "kapl.": "kaplan",
                      "prost.": "prost", "biskop.": "biskop", "rev.": "revisor", "rev.suppl.": "revisorssuppleant",
                      "kass.": "kassör", "kh.": "kyrkoherde", "ing.": "ingenjör", "kantor.": "kantor",
                      # a church notice's titles without their stops ("kh Eva Ek", "kmr Olle Berg")
                      "kh": "kyrkoherde", "kmr": "komminister", "kmr.": "komminister",
                      "kom.": "komminister"}  # (only after "av", "med", "och": "kom." is a verb's past too)

# Magnitudes written short after a number without a currency: "6,8 mdr
# året innan" -> "sex komma åtta miljarder".
BARE_MAGNITUDES = {"mdr": "miljarder", "Mdr": "miljarder", "milj": "miljoner"}

# "tom" written without its stops is "till och med" before a date, a
# weekday or a number ("öppet tom söndag"); elsewhere it is the word "tom".
TOM_BEFORE = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "januari", "februari", "mars",
    "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december", "vecka",
    "nästa", "årsskiftet", "sommaren", "hösten", "våren", "vintern",
)

# Professions written short in job ads ("ssk", "usk"): the singular, and
# the plural after a number above one or a word of many ("3 ssk", "flera usk").
PROFESSIONS_SHORT = {
    "ssk": ("sjuksköterska", "sjuksköterskor"),
    "usk": ("undersköterska", "undersköterskor"),
    "spec.ssk": ("specialistsjuksköterska", "specialistsjuksköterskor"),
    "spec. ssk": ("specialistsjuksköterska", "specialistsjuksköterskor"),
    "dsk": ("distriktssköterska", "distriktssköterskor"),
}
PLURAL_BEFORE = frozenset("""
två tre fyra fem sex sju åtta nio tio elva tolv flera fler många några alla våra era dessa inga
""".split())
# "lärarleg.", "sjuksköterskeleg.": a licence ending a compound after a
# profession's stem (not "kolleg.", "privileg.").
LICENCE_TAIL = "legitimation"
LICENCE_STEMS = (
    "lärar", "förskollärar", "läkar", "tandläkar", "sjuksköterske", "barnmorske", "psykolog", "fysioterapeut",
    "arbetsterapeut", "dietist", "logoped", "optiker", "audionom", "tandhygienist", "apotekar", "receptarie",
    "kurator", "psykoterapeut", "naprapat", "kiropraktor",
)
# Words right before "leg." that make it an identity card, not "legitimerad" before a profession
# ("Ta med leg.", "Giltig leg. krävs", "visa leg. i kassan"): it ends the phrase there.
ID_CARD_BEFORE = ("med", "visa", "visas", "uppvisa", "uppvisas", "giltig", "fotografisk", "och", "samt", "eller", "kräver")
# "utb." before a noun naming a person is "utbildad" ("utb. förskollärare"),
# else the education ("relevant utb. inom vård"); these words are no such noun.
NOT_PERSON_AFTER_UTB = frozenset("inom som och eller i på för med samt är krävs krav".split())

# Nouns written short after "st." (a count written "24 st. lgh"): their plural.
PLURALS_AFTER_PIECES = {"lgh": "lägenheter", "lgh.": "lägenheter", "medl.": "medlemmar", "anst.": "anställda"}

# Short forms of credits and notices the abbreviation table lacks (read with
# a capital first letter too; the period kept when it ends the sentence).
MORE_SHORT_FORMS = {
    "medv.": "medverkande", "manusförf.": "manusförfattare", "koreogr.": "koreografi",
    "scenogr.": "scenografi", "arrangör.": "arrangör", "fotogr.": "fotograf", "illustr.": "illustrationer",
    "diam.": "diameter",  # "en form (ca 24 cm i diam.)"
    "feat.": "featuring",  # "Robyn feat. Avicii"
    "kass.": "kassör",  # "och hon till kass."
    "iom.": "i och med",  # "iom. pandemin" (the table's "iom" left its stop)
}

# a magnitude word before "ex." counts copies whatever follows ("2 milj. ex. på tre år")
COPIES_COUNTED_BY = frozenset(("tusen", "miljon", "miljoner", "miljard", "miljarder"))

# A language's adjective written short before the noun it qualifies ("med sv. text" -> "svensk text", "eng. tal" ->
# "engelskt tal"); alone it is the language ("på sv."). Inflected as ADJECTIVE_ABBREVIATIONS.
LANGUAGE_ADJECTIVES = {
    "sv.": ("svensk", "svenskt", "svenska", "svenska"),
    "eng.": ("engelsk", "engelskt", "engelska", "engelska"),
    "ital.": ("italiensk", "italienskt", "italienska", "italienska"),  # "sjungs på ital." (session 63)
}
# An age limit's licence: "18 år leg." -> "arton år legitimation" (shown at the door), not "legitimerad".
LICENCE_AFTER = frozenset(("år", "års"))

# People or pieces counted, written before a slash and what they are counted per ("max 6 pers./lag", "4
# personer/rum", "2 st./hushåll"): the slash is "per" (the short forms said in full).
COUNTED_BEFORE_SLASH = {
    "pers.": "personer", "pers": "personer", "personer": "personer", "person": "person", "st.": "stycken",
    "st": "stycken", "stycken": "stycken", "medl.": "medlemmar", "deltagare": "deltagare", "spelare": "spelare",
    "elever": "elever", "barn": "barn", "vuxna": "vuxna", "biljetter": "biljetter", "lotter": "lotter",
}

# A post written short as the subject of a verb is definite ("Ordf. hälsade alla välkomna" -> "Ordföranden",
# "av ordf. som tackade" -> "ordföranden"); before a name, "i", "och" or nothing it stays bare ("Ordf. Eva Ek").
DEFINITE_POSTS = {"ordf.": "ordföranden", "sekr.": "sekreteraren", "kass.": "kassören",
                  "v. ordf.": "vice ordföranden", "v.ordf.": "vice ordföranden"}
# A post written short after a word of asking or turning to someone and ending
# its clause (no name after it) is the one who holds it: "Beställ hos förf."
# -> "hos författaren", "Anmälan till ordf. eller sekr." (POSTS_AFTER_CONTACT).
POSTS_AFTER_CONTACT = {**DEFINITE_POSTS, "förf.": "författaren", "kass.": "kassören"}
CONTACT_WORDS = ("hos", "till", "av", "från", "kontakta", "Kontakta", "ring", "Ring", "mejla", "Mejla", "via")
# ... but "till" after a verb of electing names the post itself: "väljs till ordf." -> "ordförande".
ELECTING_WORDS = frozenset("""
väljs valdes vald valda välja väljas väljer omvaldes omvald omval utsågs utses utsedd utsedda utse blev blir
nominerades nomineras nominerad föreslogs föreslås föreslagen föreslagna kandiderar kandidera utnämndes utnämnd
valde omvalde utsåg utser utnämnde utnämner nominerade nominerar föreslog föreslår
""".split())  # (session 40, normalize133: the verb's active voice too, "Fullmäktige valde Eva Nord till ordf.")
# Verbs (and "som") after which the post before them is their subject.
SUBJECT_VERBS = frozenset("""
som har hade ska skulle kan kunde vill ville får fick tog gav sa sade säger läste öppnade hälsade tackade
meddelade förklarade konstaterade svarade svarar avslutade förklarar berättar berättade menar menade anser ansåg
fällde fäller lade lägger valde väljer ställde ställer höll håller
""".split()) | MEETING_VERBS  # "ordf. fällde utslagsröst" (session 63)

# A post in the definite form after "tf." ("Tf. chefen", "den tf. rektorn"): the adjective is definite too,
# "tillförordnade" (by the post's ending: "skolchefen", "generaldirektören").
DEFINITE_POST_ENDINGS = ("chefen", "rektorn", "direktören", "ordföranden", "sekreteraren", "hövdingen", "herden",
                         "befälhavaren", "ledaren", "föreståndaren", "intendenten", "redaktören", "åklagaren",
                         "kaptenen", "tränaren", "domaren", "prästen", "borgmästaren", "kassören", "förvaltaren",
                         "läkaren", "kanslern", "generalen", "kommissarien", "vd:n", "vd:en")

# Short forms that are also a verb in the past ("rev." revisor, "rev" tore down): after a subject
# pronoun, their period ending the sentence, they are the verb and the stop ("när hon rev. Sedan").
# Risk: "... valdes hon rev." (a post after an inverted subject) is read as the verb.
PAST_VERB_ABBREVIATIONS = frozenset({"rev.", "red."})
SUBJECT_PRONOUNS = frozenset({"han", "hon", "hen", "de", "dom", "vi", "jag", "du", "ni", "man"})

# A noun written short in the singular is plural after a count above one ("6 avd." -> "sex avdelningar",
# "3 lgh" -> "tre lägenheter"; it was "sex avdelning"). Risk: "på 3 vån." meaning the third floor is read
# "tre våningar" (a floor is mostly written "3:e vån." or "3 tr.").
PLURAL_AFTER_COUNT = {"avd.": "avdelningar", "lgh": "lägenheter", "lgh.": "lägenheter", "vån.": "våningar",
                      "uppl.": "upplagor", "vol.": "volymer"}  # "2 vol., 880 s." (session 65, normalize522)

# "St." before a street or a place: "Stora" ("St. Nygatan", "St. Torget") unless
# the name opens with a saint's name ("St. Eriksgatan", "St. Olofs kyrka",
# "St. Hans backe": "Sankt", the default). A street's last part and the places
# named "Stora" that are no streets.
SAINT_STEMS = tuple("""
eriks erik olofs olof pers per peders lars görans göran jörgens jörgen pauls paul pauli johannes jakobs jakob
mikaels mikael clemens gertruds gertrud ibbs knuts knut annas anna eskils eskil sigfrids sigfrid botvids botvid
anne annes nikolai nicolai petri hans mårtens mårten staffans stefans birgittas birgitta martins martin ansgars thomas tomas
markus marcus lukas lucas matteus andreas laurentii botulfs davids david peter petersburg moritz gallen tropez
louis kitts lucia helena gotthard barbara marie maria george""".split())
# Words before "pers" that make it the noun, an athlete's personal best ("sitt pers.", "nytt pers."; session 54).
BEST_BEFORE = frozenset({"sitt", "nytt", "ett", "mitt", "ditt", "hans", "hennes", "deras", "personligt", "säsongens"})

# Places abroad named in English or French after "St.": "Saint" ("St. Louis", "St. Andrews", "St. Tropez"), as a
# Swedish newsreader says them; German and Russian saints stay "Sankt" ("St. Moritz", "St. Petersburg").
SAINT_ABROAD = frozenset("""
louis paul pauls andrews albans helens kitts lucia vincent johnstone mirren tropez etienne étienne denis ives
austell augustine augustin john johns john's george's georges patrick's patricks lawrence barth barthélemy malo
""".split())
STORA_STREET_ENDINGS = ("gatan", "vägen", "torget", "gränd", "gången", "stigen", "backen", "allén", "bron",
                        "plan", "hamnen", "torg", "tvärgatan", "esplanaden", "strandgatan")
STORA_PLACES = frozenset("""essingen karlsö mellösa tuna sjöfallet mossen skedvi kopparberg levene
hammar kil åby rör tomegatan""".split())

# Verbs in the imperative after which an adjective written short stands
# before its noun ("Anmäl ev. allergier" -> "eventuella"), as after the
# prepositions of EV_ADJECTIVE_AFTER.
IMPERATIVES_BEFORE_SHORT = frozenset("""
anmäl meddela uppge ange betala lämna skicka rapportera ta tag medtag bifoga boka redovisa notera kontrollera
åtgärda glöm besvara ställ hänvisa anmäla ersätta täcka
""".split())
# Endings of a participle after "särsk.": the adverb, "särskilt inbjudna gäster".
PARTICIPLE_ENDINGS = ("udna", "ivna", "alda", "edda", "ädda", "rda", "ade", "ställda", "sända", "anpassade")

# A nationality written short before a film's, a series' or a book's kind, as a
# TV listing writes it ("(Am. thriller, 2015)", "(Sv dokumentärserie)", "Eng.
# kriminaldrama", "Sv-dansk dramaserie"): the adjective agreeing with the kind.
# Forms: common, neuter, plural. Read only before GENRE_TAILS ("fr." elsewhere is
# "från", "kan." a verb).
NATIONALITY_SHORT = {
    "sv": ("svensk", "svenskt", "svenska"), "eng": ("engelsk", "engelskt", "engelska"),
    "am": ("amerikansk", "amerikanskt", "amerikanska"), "amer": ("amerikansk", "amerikanskt", "amerikanska"),
    "brit": ("brittisk", "brittiskt", "brittiska"), "fr": ("fransk", "franskt", "franska"),
    "fra": ("fransk", "franskt", "franska"), "ty": ("tysk", "tyskt", "tyska"), "da": ("dansk", "danskt", "danska"),
    "dan": ("dansk", "danskt", "danska"), "dk": ("dansk", "danskt", "danska"), "no": ("norsk", "norskt", "norska"),
    "nor": ("norsk", "norskt", "norska"), "fi": ("finsk", "finskt", "finska"), "fin": ("finsk", "finskt", "finska"),
    "isl": ("isländsk", "isländskt", "isländska"), "it": ("italiensk", "italienskt", "italienska"),
    "ital": ("italiensk", "italienskt", "italienska"), "sp": ("spansk", "spanskt", "spanska"),
    "span": ("spansk", "spanskt", "spanska"), "jap": ("japansk", "japanskt", "japanska"),
    "kan": ("kanadensisk", "kanadensiskt", "kanadensiska"), "austr": ("australisk", "australiskt", "australiska"),
    "holl": ("holländsk", "holländskt", "holländska"), "ned": ("nederländsk", "nederländskt", "nederländska"),
    "belg": ("belgisk", "belgiskt", "belgiska"), "ry": ("rysk", "ryskt", "ryska"), "pol": ("polsk", "polskt", "polska"),
    "irl": ("irländsk", "irländskt", "irländska"), "kor": ("koreansk", "koreanskt", "koreanska"),
    "sydkor": ("sydkoreansk", "sydkoreanskt", "sydkoreanska"), "mex": ("mexikansk", "mexikanskt", "mexikanska"),
    "österr": ("österrikisk", "österrikiskt", "österrikiska"), "nord": ("nordisk", "nordiskt", "nordiska"),
}
# The kinds a nationality stands before in a listing, as the tail of the noun
# ("dokumentärserie", "kriminaldrama", "familjefilm").
GENRE_TAILS = (
    "film", "filmer", "serie", "serier", "drama", "dramer", "komedi", "thriller", "dokumentär", "dokumentärer",
    "deckare", "deckarserie", "animation", "skräck", "western", "musikal", "romantik", "action", "satir", "roman",
    "novell", "dikter", "pjäs", "opera", "långfilm", "kortfilm", "miniserie", "realityserie", "reportage", "talkshow",
    "underhållning", "frågesport", "dokusåpa", "sitcom", "kriminalserie", "deckarfilm", "tecknad", "äventyr",
)
# The short forms read without their stop too ("(Sv dokumentärserie"), after a
# bracket, a comma or at a line's start: none is a Swedish word ("Fin film" is fine).
NATIONALITY_BARE = ("sv", "eng", "am", "amer", "brit", "ty", "dk", "isl", "ital", "jap", "austr", "holl", "belg",
                    "sydkor", "mex", "österr", "irl", "fra", "dan", "nor", "span")
# The kinds of GENRE_TAILS that take "ett" ("ett amerikanskt drama").
NEUTER_GENRES = ("drama", "reportage", "äventyr")
# "jfr" after a comma before one of these is a pointer to read ("jfr kap. 3",
# "jfr även bilaga 2"): "jämför"; before a value it is "jämfört med" ("ökade 4 %,
# jfr 9 % i riket", "jfr fjolårets 32 kr").
COMPARE_POINTERS = frozenset("""
kap kapitel kapitlet s sid sidan bilaga bil avsnitt avsnittet tabell fig figur not punkt även också ovan nedan
ex t prop sou sfs mål dom domen artikel art §
""".split())
# Words before "t.v." that make it a place in a picture or on a road, "till
# vänster" ("På bilden t.v.", "sväng t.v. vid", "sitter t.v."), not "tills vidare".
LEFT_AFTER = frozenset("""
bilden bild fotot foto ovan nedan syns sitter satt står stod ligger låg sväng svänger svängde svänga ta tag
håll vik kör gå längst skylten pilen ingången dörren hörnet porten mannen kvinnan paret
""".split())
# Verbs after a compound cut short ("tills innertemp. är 70°", "Barnavd. stängs i sommar"): the
# compound is their subject, definite ("innertemperaturen", "Barnavdelningen").
DEFINITE_TAIL_VERBS = frozenset("""
är var blir blev ska skulle bör måste får fick ligger låg når nådde sjunker sjönk stiger steg håller höll
stängs stängdes öppnas öppnade flyttas flyttades läggs lades byggs renoveras har hade
""".split())

# A vehicle or a line as the subject right before "avg." or "ank." makes them verbs ("Bussen avg. från hpl
# Torget" -> "avgår", "Tåget ank. spår 3" -> "ankommer"; they were the nouns "avgång", "ankomst").
VEHICLE_SUBJECTS = frozenset("""
bussen tåget färjan båten flyget planet spårvagnen pendeltåget pendeln tunnelbanan linjen expressen
ersättningsbussen fjärrtåget regionaltåget nattåget snabbtåget
buss ersättningsbuss tåg färja båt spårvagn pendeltåg
""".split())  # (the indefinite in a notice's terse style: "Ersättningsbuss avg. 14.12 från spår 3", session 66)
DEPARTURE_VERBS = {"avg.": "avgår", "ank.": "ankommer"}
