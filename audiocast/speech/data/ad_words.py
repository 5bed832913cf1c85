"""Clipped words of a local paper's classified ads and notices ("bes. t.o.m.
aug.", "aut.", "Saml. vid kyrkan", "22 kr/kg lv.",
"Startavg.", "utkörn.", "Kyrkl. handlingar") and the words around a short
form that tell how it is read.

``data/abbreviation_families.py`` merges AD_ABBREVIATIONS into the
abbreviations' table (an entry there wins); the compound tails ("Startavg.")
are ``smallprint_words.SMALLPRINT_COMPOUND_TAILS``; ``rules/adwords.py`` reads the
words around "el.", "o.", "ev."; the abbreviations inflect AD_ADJECTIVES like ADJECTIVE_ABBREVIATIONS.
"""

from __future__ import annotations

# Written short form -> spoken words, wherever it stands (a capitalised
# variant is added by the abbreviations' rule). Risk: "rel." for "religion"
# in a school's timetable is read "relativt"; "aut." for another
# word than a car's gearbox ("aut." is no Swedish word of its own); "saml."
# before "verk", "skrifter" is "samlade" (a table entry, read first).
AD_ABBREVIATIONS = {
    # a vehicle ad: the gearbox, the inspection "bes. t.o.m. aug." (the date rule may have read "t.o.m.")
    "aut.": "automat", "autom.": "automat", "automatl.": "automatlåda",
    "bes. t.o.m.": "besiktigad till och med", "bes. till och med": "besiktigad till och med",
    "bes. tom": "besiktigad till och med", "bes. t o m": "besiktigad till och med",
    "besikt.": "besiktning", "besiktn.": "besiktning", "nybesikt.": "nybesiktigad", "nybesiktn.": "nybesiktigad",
    # a notice's meeting point; collected works keep their adjective
    "saml.": "samling", "saml. verk": "samlade verk", "saml. skrifter": "samlade skrifter",
    # the state and the parts of what is sold ("dragkr.", "orig. radio", "2 år gml")
    "dragkr.": "dragkrok", "orig.": "original", "mönsterdj.": "mönsterdjup",
    "mätarst.": "mätarställning", "djupg.": "djupgående",  # a car's odometer, a boat's draught (s57)
    # a housing ad's viewing, a car's fuel use in mixed driving ("Visn. sön 14–14.45", "0,55 l/mil bl.k.", session 56)
    "visn.": "visning", "bl.k.": "blandad körning",
    "gml": "gammal", "gml.": "gammal", "rel.": "relativt", "eft.": "efter",  # "rel. nytt", "eft. kl. 18"
    # found and lost, answers and proceeds ("avh. mot beskr.", "Hittel. utgår", "Svar t. tidn.", "Beh. oavkortat till")
    "avh.": "avhämtas", "beskr.": "beskrivning", "hittel.": "hittelön", "tidn.": "tidningen",
    "självpl.": "självplock", "beh. oavkortat": "behållningen oavkortat", "beh. går": "behållningen går",
    # a notice's welcome and age limit ("Välk.!", "Åldersgr. 18 år")
    "välk.": "välkomna", "åldersgr.": "åldersgräns", "tävl.": "tävling",
    # a pet's care in its price ("inkl. första vacc. och avmaskning", session 59); "vacc." is no other word
    # a service's hymns and verses ("Psalmer: 21, 289 (Sv. ps.)", "psalm 2 (vv. 1–3)", session 59)
    "sv. ps.": "Svenska psalmboken", "sv.ps.": "Svenska psalmboken", "vv.": "verserna",
    "vacc.": "vaccination", "vacc": "vaccination", "är vacc.": "är vaccinerad", "är vacc": "är vaccinerad",
    "alla vacc.": "alla vaccinationer",
    "fam.": "familj",  # a list of fees ("fam. 500 kr"); before a name it is "familjen" (rules/adwords)
    # the same written without their stops, in the pairs an ad uses them in ("aut, drag", "bes tom sept.",
    # "knappt anv", "Saml vid kyrkan", "inkl utkörn", "mot avh.")
    "aut": "automat", "nyserv": "nyservad", "bes tom": "besiktigad till och med",
    "bes till och med": "besiktigad till och med",  # "bes tom maj" after the dates read "tom"
    "båda bes.": "båda besiktigade", "nyligen bes.": "nyligen besiktigad", "nybes": "nybesiktigad",
    "bes t.o.m.": "besiktigad till och med", "knappt anv": "knappt använd", "lite anv": "lite använd",
    "sparsamt anv": "sparsamt använd", "saml vid": "samling vid", "saml på": "samling på",
    "utkörn": "utkörning", "hemkörn": "hemkörning", "mot avh.": "mot avhämtning", "mot avh": "mot avhämtning",
    "el bud": "eller bud", "el högstbjudande": "eller högstbjudande", "el byte": "eller byte",
    "el nyare": "eller nyare", "el äldre": "eller äldre",
    # how to answer an ad: "Ring 070-... el sms", "mejla el ring"
    "el sms": "eller ess emm ess", "el sms:a": "eller ess emm ess-a", "el mejl": "eller mejl", "el mejla": "eller mejla",
    "el ring": "eller ring", "el e-post": "eller e-post",
    # a sloppy hand's "ring eftr kl 18", "2 år gl", "Kyl/frys"
    "eftr": "efter", "år gl": "år gammal", "år gl.": "år gammal", "kyl/frys": "kyl och frys",
    # livestock sold by its weight alive or slaughtered (after the unit, said by now: "22 kr/kg lv.")
    "kilo lv.": "kilo levande vikt", "kilo lv": "kilo levande vikt", "kilo lev. vikt": "kilo levande vikt",
    "kilot lv.": "kilot levande vikt", "kilo slaktv.": "kilo slaktvikt", "kilot slaktv.": "kilot slaktvikt",
}

# A trade or an office written short before a name ("jägm. Ola Ek"): a title
# (``data/abbreviation_titles.py`` merges them; the stop is the title's own).
AD_TITLES = {
    "jägm.": "jägmästare", "skogsm.": "skogsmästare", "byggm.": "byggmästare", "trädgårdsm.": "trädgårdsmästare",
    "vaktm.": "vaktmästare", "kyrkvaktm.": "kyrkvaktmästare", "lantbr.": "lantbrukare", "köpm.": "köpman",
}

# Adjectives written short, inflected for the noun after them like
# ADJECTIVE_ABBREVIATIONS (common, neuter, plural or definite, alone):
# "Kyrkl. handlingar" -> "Kyrkliga handlingar", "årl. möte" -> "årligt möte"
# (not "kommun.", "ideell.": words of their own closing a sentence).
AD_ADJECTIVES = {
    "kyrkl.": ("kyrklig", "kyrkligt", "kyrkliga", "kyrkligt"),
    "årl.": ("årlig", "årligt", "årliga", "årligen"),
    "bef.": ("befintlig", "befintligt", "befintliga", "befintlig"),  # "bef. vitvaror ingår"
    "välsk.": ("välskött", "välskött", "välskötta", "välskött"),  # "välsk. Volvo V70"
    "möbl.": ("möblerad", "möblerat", "möblerade", "möblerad"),  # "möbl. rum" -> "möblerat rum"
    "sedvanl.": ("sedvanlig", "sedvanligt", "sedvanliga", "sedvanligt"),  # "Sedvanl. årsmötesförh."
    "nysl.": ("nyslipad", "nyslipat", "nyslipade", "nyslipad"),  # "nysl. kedja"
    "renov.": ("renoverad", "renoverat", "renoverade", "renoverad"),
    "nyrenov.": ("nyrenoverad", "nyrenoverat", "nyrenoverade", "nyrenoverad"),
    # a forest's and a loan's (session 11): "71 ha prod. skogsmark", "eff. ränta 7,2 %", "(eff. 7,88 %)"
    # (alone, before its rate, the effective rate; the abbreviations' rule leaves "eff." in a line
    # without "ränta" or a percent)
    "prod.": ("produktiv", "produktivt", "produktiva", "produktion"),
    "eff.": ("effektiv", "effektivt", "effektiva", "effektiv ränta"),
    # a shop's "REA på utv. varor" (before its noun; alone or before a count a match's penalties, "utvisningar")
    "utv.": ("utvald", "utvalt", "utvalda", "utvisningar"),
    # a notice's adjectives cut short ("Priv. parkering", "Ekon. stöd kan sökas", "Tekn. chef Per Lind",
    # "ett internat. samarbete")
    "priv.": ("privat", "privat", "privata", "privat"),
    "ekon.": ("ekonomisk", "ekonomiskt", "ekonomiska", "ekonomiskt"),
    "tekn.": ("teknisk", "tekniskt", "tekniska", "tekniskt"),
    "internat.": ("internationell", "internationellt", "internationella", "internationellt"),
}

# A short form ending a compound with its stop ("Startavg.", "Anmälningsavg.",
# "utkörn.", "hemkörn."): the compound said whole. Risk: a word that merely
# ends so, with a period, is read as the compound (none is a Swedish word's end).

# Words after "ev." that make it the adverb "eventuellt" even where a noun
# could follow: an adjective or a count before the noun ("ev. trasig", "ev.
# egen sekatör", "ev. egna skridskor", "ev. en pressad vitlöksklyfta").
# Adjectives in -ig/-iga/-igt and -lig are found by their ending too.
EV_ADVERB_BEFORE = frozenset("""
egen eget egna ny nytt nya trasig trasigt trasiga sliten slitet slitna begagnad begagnat begagnade annan annat
andra extra fler flera större mindre längre kortare äldre yngre gammal gammalt gamla hel helt hela halv halvt
liten litet små stor stort stora varm varmt varma kall kallt kalla torr torrt torra ren rent rena bra en
färre mer mera senare tidigare högre lägre
""".split())
EV_ADVERB_ENDINGS = ("ig", "iga", "igt", "lig", "liga", "ligt", "isk", "iska", "iskt")
# Modal verbs before an inverted clause's subject: "när ska ev. pengar gå till …" (the adjective of the subject, a
# plural noun: "eventuella"; "kan ev. flyttas", a verb after it, stays the adverb). Session 36, normalize118.
EV_MODALS = frozenset("ska skall kan kunde kommer bör borde måste får fick skulle vill ville".split())
# People named by an adjective ("ev. anhöriga", "ev. intresserade"): alone, as a noun, "eventuella" (was
# "eventuellt anhöriga"); before a noun ("ev. sjuka barn") the adverb "eventuellt". Alone means a verb, a
# word of EV_PEOPLE_NEXT or a passive in -s follows. Risk: a noun in -s after one ("ev. sjuka kalvs") reads
# as a verb.
EV_PEOPLE = frozenset("""
anhöriga närstående intresserade sökande berörda drabbade skadade sjuka inblandade boende anställda frivilliga
medverkande deltagande efterlevande förkylda smittade vaccinerade nyinflyttade
""".split())
EV_PEOPLE_NEXT = frozenset("kan ska bör får måste kommer och samt eller som med i till på från har är var via om för av vid hos".split())

# Makes of the machines an ad sells beside the vehicles of designation_words.VEHICLE_MAKES: a model's
# number glued to its letters after one is the number and the letters ("Husqvarna 450e" -> "fyrahundrafemtio
# e", "Volvo 740GL" -> "sjuhundrafyrtio ge ell"; was read digit by digit).
MACHINE_MAKES = (
    "Stihl", "Jonsered", "Partner", "McCulloch", "Echo", "Makita", "Dolmar", "Polaris", "Lynx", "Ski-Doo",
    "Arctic Cat", "Valtra", "Valmet", "John Deere", "Deere", "Iveco", "Stiga", "Cub Cadet", "Seat", "Skoda",
    "Nissan", "Hyundai", "Kia", "Mitsubishi", "Subaru", "Volkswagen", "Dacia", "Tesla", "Ktm", "KTM", "Aprilia",
    "Ducati", "Buster", "Linder", "Yamarin", "Evinrude", "Mercury", "Tohatsu", "Johnson", "Crescent", "Kabe",
    "Hobby", "Adria", "Knaus", "Hymer", "Bürstner", "Dethleffs",
)
# Letters glued to a number that are a unit, not a model's letters ("60hk", "125cc" stays "cc").
MODEL_LETTERS_NOT = frozenset({"s", "st", "kr", "hk", "km", "kg", "cm", "mm", "ml", "m", "g", "h", "kw", "kwh", "v", "w"})

# A result out of a maximum written with a slash ("Erik Holm 196/200", "98/100 på liggande", "fick 48/50 på
# provet"): "a av b" when b is one of these round maxima (never a month, so never a date) and the result is at
# least half of it, or a word of points or shots is near (sportnotes._out_of); under 100 only with such a
# word or after a full name ("Sara Lind 47/50"; "Projektledare 14/25" is a reference and its year). Not "50/50" (fifty-fifty),
# not before a unit ("100/200 m"), not after a road's or a line's word ("linje 100/200").
RESULT_MAXIMA = frozenset({20, 25, 30, 40, 50, 60, 75, 100, 120, 125, 150, 175, 200, 225, 250, 300, 400, 500, 600,
                           1000})  # (125, 175, 225: a trap or skeet shooter's rounds of 25 targets, session 52)
RESULT_WORDS = frozenset("""
poäng p rätt fel skott träff träffar sköt skjutning skytte liggande stående knästående serie serier provet prov
tävlingen resultat resultatet totalt fick nådde tog
""".split())
UNITS_AFTER_RESULT = frozenset("""
m meter km mil cm mm g kg mg l dl ml kr kronor % procent hk kw grader timmar minuter sekunder år
mbit gbit kbit mb gb megabit
""".split())

# A division's number and a compass letter ("div. 3 n", "division 5 s Hälsingland"): the part of the league.
DIVISION_PARTS = {"n": "norra", "s": "södra", "ö": "östra", "v": "västra", "N": "norra", "S": "södra", "Ö": "östra",
                  "V": "västra"}

# The words that open an ad's next item after a length ("markis 5 m. Pris 89 000 kr", "Båt 4,5 m. Motor
# 8 hk"): "m." before them is the length's metres ending its item, never "med" a maker.
AD_ITEM_LABELS = frozenset("""
Pris Nypris Bud Tel Tfn Ring Mobil Mått Vikt Motor Säljes Köpes Hämtas Obs Kontakt Mejl Sms Årsmodell Mil
""".split())
