"""Abbreviations: the written short forms and what is said for them, and
the sets that say where a short form is read (only before a name, only
before a number, a word when it ends the sentence, ...).

The rule that reads them is ``rules/shortforms.py``; acronyms, letter names
and party letters are in ``data/words.py``.
"""

from __future__ import annotations

import re

from .abbreviation_common import COMMON_ABBREVIATIONS, COMMON_LOWERCASE_ONLY, COMMON_NON_FINAL
from .abbreviation_families import FAMILY_ABBREVIATIONS, MONTH_SHORT_FORMS
from .abbreviation_titles import TITLE_ABBREVIATIONS, TITLE_BEFORE_NAME_ONLY, TITLE_NON_FINAL
from .compound_tail_words import MORE_COMPOUND_TAILS

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
    "avd.": "avdelning", "avsn.": "avsnitt",  # a series' episodes ("(4 avsn.)", session 51; the plural the same word)
    "alk.": "alkohol", "dim.": "dimension",  # (a tyre's or a pipe's size: "vinterdäck … i samma dim.", session 66)
    "Mvh": "Med vänlig hälsning",
    "mvh": "med vänlig hälsning",
    "e.förl.": "efter förlängning",
    "e. förl.": "efter förlängning",
    "efter förl.": "efter förlängning",
    "e.str.": "efter straffar", "e.o.": "efter övertid", "e.s.": "efter straffar",  # "3–2 e.o.", "3–2 e.s." (s43, s52)
    "på str.": "på straffar", "efter str.": "efter straffar", "st. slalom": "storslalom", "str.": "storlek",
    "e. str.": "efter straffar",
    # "fs" (förlängningsspel) and "sd." (sudden death) after "e." closing a score ("4–3 e. fs.", "2–1 e. sd.")
    "e.fs.": "efter förlängning", "e. fs.": "efter förlängning", "e.sd.": "efter sudden death",
    "e. sd.": "efter sudden death",
    "Sthlm": "Stockholm",
    "Gbg": "Göteborg",
    "brf": "bostadsrättsföreningen",
    "Brf": "Bostadsrättsföreningen",
    "brf:en": "bostadsrättsföreningen", "brf:ens": "bostadsrättsföreningens", "brf:s": "bostadsrättsföreningens",
    "brf:er": "bostadsrättsföreningar", "brf:erna": "bostadsrättsföreningarna",  # the plural (session 63)
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
    "fom": "från och med",  # written without its stops; "tom" is read before a date only (rules/readings.py)
    "ffa": "framför allt",
    "sk": "så kallade",  # inflected by the article before it, as "s.k."
    "ev": "eventuellt",  # inflected for its noun (ADJECTIVE_ABBREVIATIONS)
    "p g a": "på grund av",
    "tel.": "telefon",
    "tel": "telefon",
    "tfn": "telefon",
    "tfn.": "telefon",
    "o.d.": "och dylikt",
    "o.a.": "och andra",  # "Zorn, Larsson o.a."
    "medarb.": "medarbetare",
    "tillsv.": "tillsvidare",
    "upplysn.": "upplysningar",
    "tillf.": "tillfälligt",  # inflected for its noun (ADJECTIVE_ABBREVIATIONS)
    "gemens.": "gemensamt",
    "prel.": "preliminärt",  # inflected for its noun (ADJECTIVE_ABBREVIATIONS)
    "förs.": "församling",  # "bosatt i Sköns förs."
    "samarb.": "samarbete",  # "i samarb. m. Folksam"
    "min.": "minst",  # before a number only (NUMBER_ABBREVIATIONS); "25 min." is read by the units
    "kal.": "kaliber",  # before a number only: "en kal. 6,5×55"
    "etc.": "etcetera",
    "f.d.": "före detta",
    "fd": "före detta",
    # Short forms in parts written with spaces and no stops, as many papers do ("f d", "m m", "o s v", "d v s",
    # "f n", "m a o"): the same words (risk: none seen; no sentence has these letters apart)
    "f d": "före detta", "m m": "med mera", "o s v": "och så vidare", "d v s": "det vill säga",
    "f n": "för närvarande", "m a o": "med andra ord",
    "fd.": "före detta",
    "jfr": "jämför",
    "jfr.": "jämför",
    "jmf": "jämfört med",  # (session 64: the writers' own readings, 8 rows only so, none only "jämför"; "jfr" stays)
    "jmf.": "jämfört med",
    "jfrpris": "jämförpris",
    "jmfpris": "jämförpris",
    "resp.": "respektive",
    "inkl.": "inklusive",
    "inkl": "inklusive",
    "exkl.": "exklusive",
    "exkl": "exklusive",
    "ang.": "angående",
    "tf.": "tillförordnad",
    "tf": "tillförordnad",
    "t.f.": "tillförordnad",
    "kap.": "kapitel",
    "e.Kr.": "efter Kristus",
    "f.Kr.": "före Kristus",
    "fr.a.": "framför allt",
    "främst": "främst",
    "ev.": "eventuellt",
    "veg.": "vegetariskt",  # inflected for its noun (ADJECTIVE_ABBREVIATIONS)
    "t.v.": "tills vidare",
    "t.h.": "till höger",
    "obs.": "observera",
    "max.": "max",
    "ansv.": "ansvarig",
    "v. ordf.": "vice ordförande",
    "v.ordf.": "vice ordförande",
    "v. ordförande": "vice ordförande",
    "m.a.o.": "med andra ord",
    "ung.": "ungefär",
    "strl.": "storlek",  # clothes and shoes: "strl. 38" (no word 'strl')
    "strl": "storlek",
    "org.": "organist",  # before a full name only (NAME_TITLES): "org. Per Ek" in a concert notice
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
    "p.e.": "procentenheter",  # "höjs med 0,25 p.e."
    "obs!": "observera!",
    "Obs!": "Observera!",
    "OBS!": "Observera!",
    "vd": "ve de",
    # the definite form: the letters' names and the ending, "ve-den" (never
    # "vedéen", which the voice said as three syllables); the plural "ve-de-ar"
    "vd:n": "ve den",
    "vd:ns": "ve dens",
    "vd:ar": "ve de-ar",
    "vd:arna": "ve de-arna",
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
    "tv": "te ve",
    # spelled short forms Språkrådet writes in small letters ("dvd",
    # "adhd"); "id" and "it" only before a hyphen (HYPHEN_ONLY_ABBREVIATIONS:
    # "id-kortet", "it-chefen")
    "vd:s": "ve des",
    "dvd": "de ve de",
    "adhd": "a de hå de",
    "mms": "emm emm ess",
    "cv": "ce ve",
    "gps": "ge pe ess",
    "dna": "de enn a",
    "bnp": "be enn pe",
    "ptsd": "pe te ess de",
    "hbtq": "hå be te ku",
    "id": "i de",
    "it": "i te",
    # the heads of compounds in small letters (session 25, normalize76: "va-taxa" said "ve a-taxa"); "va" and "pr"
    # only before a hyphen ("va" is also "vad" in speech; "hr" is "herr", below)
    "va": "ve a",
    "pr": "pe ärr",
    "vvs": "ve ve ess",
    "tv:n": "teven",
    "tv:ns": "tevens",
    "forts.": "fortsättning",
    "övr.": "övriga",
    "särsk.": "särskilt",  # inflected for its noun (ADJECTIVE_ABBREVIATIONS)
    "allm.": "allmänt",
    "begr.": "begränsat",  # inflected for its noun (ADJECTIVE_ABBREVIATIONS): "ett begr. antal"
    "obl.": "obligatoriskt",
    # prices: "fr. 4 995 kr p.p.", "1 200 kr ink. moms"
    "p.p.": "per person",
    "ink.": "inklusive",
    "st.": "stycken",
    "s.": "sidan",
    "sid.": "sidan",
    "bl.": "bland",
    "f.n.": "för närvarande",
    "ordf.": "ordförande",
    "enl.": "enligt",
    "pers.": "personer",
    "förp.": "förpackningar",  # "1 förp." -> "en förpackning" (SINGULAR_AFTER_PER)
    "ord.": "ordinarie",
    # a book's binding in its data ("(412 s., inb.)", "häft., 180 s.")
    "inb.": "inbunden",
    "häft.": "häftad",
    # days after a number ("25 dgr semester"; MEASURE_GENITIVES before a noun)
    "dgr": "dagar",
    "dgr.": "dagar",
    "sms": "ess emm ess",
    "sms:a": "ess emm ess-a",  # the ending after a hyphen, as "S M S:a" (rules/letter_endings.py)
    "sms:et": "ess emm ess-et",
    "div.": "division", "div": "division",  # "div 3 norra": before a number only (NUMBER_ABBREVIATIONS)
    "lp": "läsperiod", "Lp": "Läsperiod",  # a university's study period, "under lp 2": before a number only
    "avg.": "avgång",
    "ank.": "ankomst",
    # traffic's short forms: a stop, a bus stop ("vid hpl Centrum"; "tpl" below)
    "hpl": "hållplats", "hpl.": "hållplats", "busshpl": "busshållplats", "busshpl.": "busshållplats",
    "bg": "bankgiro",
    "bg.": "bankgiro",
    "pg": "plusgiro",
    "pg.": "plusgiro",
    "stud.": "studerande",
    "pens.": "pensionärer",
    "ggr": "gånger",
    "ggr.": "gånger",
    "ex.": "exempelvis",
    "em.": "eftermiddag",
    "e.m.": "eftermiddag",
    "fm.": "förmiddag",
    "f.m.": "förmiddag",
    "sekr.": "sekreterare",
    "jur. kand.": "juris kandidat",
    "jur.kand.": "juris kandidat",
    "jur. dr": "juris doktor",
    "ö.g.": "över gården",
    "c/o": "care of",
    "org.nr": "organisationsnummer",
    "org.nr.": "organisationsnummer",
    "orgnr": "organisationsnummer",
    "d.ä.": "den äldre",
    "d.y.": "den yngre",
    **TITLE_ABBREVIATIONS,  # titles, degrees and styles (data/abbreviation_titles.py)
    # a fare there and back ("495 kr t/r")
    "t/r": "tur och retur",
    "tur/retur": "tur och retur",
    # places, addresses, terms
    "ö.h.": "över havet",
    "ö.h": "över havet",
    "m.ö.h.": "meter över havet",
    "kv.": "kvarteret",
    "uppg.": "uppgång",
    "uppg": "uppgång",
    "bv": "bottenvåning",
    "nb": "nedre botten",
    "ht": "höstterminen",
    "vt": "vårterminen",
    "ht.": "höstterminen",
    "vt.": "vårterminen",
    "lå": "läsåret",  # "lå 2024/25" (session 32)
    "lå.": "läsåret",
    # law and administration
    "BrB": "brottsbalken",
    "SoL": "socialtjänstlagen",
    "OSL": "offentlighets- och sekretesslagen",
    "ÄB": "ärvdabalken",
    "JB": "jordabalken",
    # titles, institutions and notices (blind set 5)
    "Kungl.": "Kungliga",
    "kungl.": "kungliga",
    "adv.": "advokat",
    "red. anm.": "redaktionens anmärkning",
    "Red. anm.": "Redaktionens anmärkning",
    "red.anm.": "redaktionens anmärkning",
    "vån": "våning",
    "pkt": "paket",
    "pkt.": "paket",
    "P.S.": "pe ess",
    "bitr.": "biträdande",
    "temp.": "temperatur",
    "inv.": "invånare",
    "Tpl": "Trafikplats",
    "tpl": "trafikplats",
    "tpl.": "trafikplats",
    "f.ö.": "för övrigt",
    "PS.": "pe ess",
    # a kilometre left without a number before it: "vid km 154" (a road's
    # kilometre post), "gram per km"; "5 km" is read by the unit rule first
    "km": "kilometer",
    # a recipe's measures after a number in words or a word of amount ("en krm
    # salt", "två msk olja", "några msk", "ett par dl"); after digits the unit
    # rule reads them. Singular after "en", "ett", "halv" (SINGULAR_AFTER_PER).
    "msk": "matskedar", "tsk": "teskedar", "krm": "kryddmått", "dl": "deciliter", "cl": "centiliter",
    "ml": "milliliter", "en krm": "ett kryddmått",
    "kvm": "kvadratmeter", "pbb": "prisbasbelopp", "ibb": "inkomstbasbelopp",  # a price base amount (session 64)
    # the forester's measures after a magnitude word ("1,2 milj. m³sk"); after digits the unit rule reads them
    "m³sk": "skogskubikmeter", "m3sk": "skogskubikmeter", "m³fub": "kubikmeter fast under bark",
    "e.fl.": "efter förlängning",
    # sport, music, models and brands (blind set 7)
    "omg.": "omgång",
    "e.f.": "efter förlängning",
    "op.": "opus", "litt.": "littera",  # a train's class ("litt. X31", session 64)
    "Mk": "mark",
    "mc": "emm ce",
    "E. coli": "e coli",
    "e. coli": "e coli",
    # an address's "for the attention of" before a name (only before a capital)
    "att.": "attention",
    # a personal identity number's label; an ad's "by agreement" and "or"
    # ("enl. ök.", "895 000 kr el. bud"; "el." ending a sentence is the word,
    # electricity: WORD_LIKE_ABBREVIATIONS)
    "pnr": "personnummer",
    "pnr.": "personnummer",
    "persnr": "personnummer",
    "persnr.": "personnummer",
    "ök.": "överenskommelse",
    "e.ö.k.": "efter överenskommelse",
    # classified ads: "hyra enl. överensk.", "tillträde e.ö.", "knappt anv.", "möbl."
    "e.ö.": "efter överenskommelse",
    # council minutes: "Närv.: ...", "Yrk.: Bifall", "prot. fört av", "Just. Anna Ek" (NAME_TITLES),
    # "Kommunstyrelsens au." (its working committee)
    "närv.": "närvarande",
    # a match report: "Utv.: Holm 2 min", "i allsv.", "ass. tränare"; "ass." before a
    # scorer's name is the assist ("(ass. Lind)"), in the rule
    "utv.": "utvisningar",
    "allsv.": "allsvenskan",
    "ass.": "assisterande",
    "yrk.": "yrkande",
    "prot.": "protokoll",
    "just.": "justerare",
    "au.": "arbetsutskott",
    "överensk.": "överenskommelse",
    "anv.": "använd",
    "möbl.": "möblerad",
    "ö.k.": "överenskommelse",
    **COMMON_ABBREVIATIONS,  # Språkrådet's common short forms and a letter's (data/abbreviation_common.py)
    # church notices and classified ads: "Högm. sön.", "Gudstj. m. nattvard",
    # "Hälsn. Anna"; "ring e. 18", "ef. 17" (after a number only: NUMBER_ABBREVIATIONS)
    "högm.": "högmässa", "gudstj.": "gudstjänst", "hälsn.": "hälsningar",
    "e.": "efter", "ef.": "efter", "e. klockan": "efter klockan", "ef. klockan": "efter klockan",
    # a company's report: "resultat e. skatt", "vinst f. skatt", "fg. år" (the year before)
    "e. skatt": "efter skatt",
    "e.skatt": "efter skatt",
    "f. skatt": "före skatt",
    "f.skatt": "före skatt",
    "fg.": "föregående",
    "föreg.": "föregående",
    "el.": "eller",
    # a label's abbreviation and "nr" written apart are one compound, said
    # with one stress ("ref. nr 2025-0311" -> "referensnummer")
    "ref. nr": "referensnummer",
    "ref. nr.": "referensnummer",
    "reg. nr": "registreringsnummer",
    "reg. nr.": "registreringsnummer",
    "tel. nr": "telefonnummer",
    "tel. nr.": "telefonnummer",
    "org. nr": "organisationsnummer",
    "org. nr.": "organisationsnummer",
    "lgh. nr": "lägenhetsnummer",
    "lgh. nr.": "lägenhetsnummer",
    # "barn u. 18 år": "under", read only before a number (NUMBER_ABBREVIATIONS)
    "u.": "under",
    # a concert notice's soloist, before a full name only (PERFORMER_TITLES)
    "sol.": "solist",
    # how a drug is given (a health page): "10 mg morfin i.v."
    "i.v.": "intravenöst",
    "p.o.": "peroralt",
    "s.c.": "subkutant",
    "i.m.": "intramuskulärt",
    # opening hours: "vard 10–18" (weekdays); the short weekdays are the calendar's
    "vard": "vardagar",
    "vard.": "vardagar",
    "helgd.": "helgdagar",
    # a property ad: "utg.pris", "Mån.avg.", "Tilltr."
    "utg. pris": "utgångspris",
    "mån.avg.": "månadsavgift",
    "mån.avg": "månadsavgift",
    "mån. avg.": "månadsavgift",
    "tilltr.": "tillträde",
    # a doctor's degree after the name, in the German order ("Ola Bo, Dr. theol.")
    "Dr. theol.": "doktor i teologi",
    "Dr. med.": "doktor i medicin",
    "Dr. phil.": "doktor i filosofi",
    "Dr. jur.": "doktor i juridik",
    "teol. dr": "teologie doktor",
    "teol.dr": "teologie doktor",
    "teol. dr.": "teologie doktor",
    "teol. kand.": "teologie kandidat",
    # a phone number's labels
    "vx": "växel",
    "vxl": "växel",
    "vxl.": "växel",
    "mob.": "mobil",
    "tel.tid": "telefontid",
    "tel. tid": "telefontid",
    "tills.": "tillsammans",  # "tills. m. SLU"; "vänta tills." is the word (WORD_LIKE_ABBREVIATIONS)
    "univ.": "universitet",
    # a court's and a council's
    "åkl.": "åklagare",
    "kammaråkl.": "kammaråklagare",
    "ers.": "ersättare",
    "led.": "ledamot",  # before a full name only: "led. Anna Ek"; "Han led." is the verb
    "adj.": "adjungerad",
    # an ad's and a notice's
    "nuv.": "nuvarande",
    "nybes.": "nybesiktigad",
    "dir. mus.": "director musices", "dir.": "direktör",  # "dirigent" in a line about music (MUSIC_STEMS, CHOIR_WORDS)
    "uppl.": "upplaga",  # "upplagan" after an ordinal (DEFINITE_AFTER_ORDINAL)
    "övers.": "översättning",  # "översatt" after "är" or before "från"/"av" (TRANSLATED_NEAR)
    # credits and titles: "Ill.: Per Ek", "pastor emer. Bo Lind", "spec. i
    # allmänmedicin"; ranks and church titles before a name (NAME_TITLES)
    "ill.": "illustrationer",
    "emer.": "emeritus",
    "spec. i": "specialist i",
    "kpt.": "kapten",
    "kapt.": "kapten",
    "lt.": "löjtnant",
    "sgt.": "sergeant",
    "kontr.": "kontraktsprost",
    "medl.": "medlemmar",  # "ej medl. 150 kr" (a price per member is read by the unit rule first)
    "aukt.": "auktoriserad",
    "publ.": "publicerad",
    "uppd.": "uppdaterad",
    "kyrkoh.": "kyrkoherde",
    "överl.": "överläkare", "ö.l.": "överläkare",
    "usk": "undersköterska",
    # a specialist physician in a job advert ("söker spec.läk. i allmänmedicin")
    "spec.läk.": "specialistläkare",
    "spec. läk.": "specialistläkare",
    "sjuksk.": "sjuksköterska",
    "arr.": "arrangör",
    "balk.": "balkong",
    "centr.": "centralt",
    "mkt": "mycket",
    # a board's members: "suppl. Ida Ahl", "(rev. suppl.)"
    "suppl.": "suppleant",
    "rev. suppl.": "revisorssuppleant",
    "rev.": "revisor",
    "ledn.": "ledning",  # a notice's "under ledn. av Eva Lind": the one who leads it
    "vik.": "vikarierande",  # "vik." ending a sentence is the bay (WORD_LIKE_ABBREVIATIONS); "vikariat" before no noun
    # a job ad: "pers. brev", "kunskaper i sv. och eng.", "eller motsv."
    "pers. brev": "personligt brev",
    "pers.brev": "personligt brev",
    "sv.": "svenska",
    "eng.": "engelska",
    "motsv.": "motsvarande",
    "st.f.": "stället för",  # "i st.f. blommor"
    "st. f.": "stället för",
    "st f": "stället för",
    # "Gudstjänst m. nattvard": "med" before a word only (NUMBER_ABBREVIATIONS' kin: WORD_AFTER_ABBREVIATIONS)
    "m.": "med",
    "t.": "till",  # before a word only (WORD_AFTER_ABBREVIATIONS): "svar t. ”Moped”", "vittnen t. olyckan"
    "m. fl.": "med flera",
    "m. m.": "med mera",
    # voices after a singer's name in a concert notice: "Per Ek (ten.)"
    "sopr.": "sopran",
    "ten.": "tenor",
    # titles before a name only (NAME_TITLES): "Hr Berg", "red. Anna Lind"
    "hr": "herr",
    "hr.": "herr",
    "red.": "redaktör",
    # laws whose short names are no other word ("4 kap. 2 § ÄktB")
    "ÄktB": "äktenskapsbalken",
    "SkolL": "skollagen",
}

# Abbreviations that are also words ("tom" empty, "ord" word, "ex" a former
# partner, "max"): with their period ending the sentence ("Flaskan var tom.",
# "inte ett ord.", "samma balk.", "på ett rev.") they are the word and the sentence's stop.
WORD_LIKE_ABBREVIATIONS = frozenset("tom. ord. ex. max. from. kap. el. vik. bil. tills. balk. rev. ung. alt. mob.".split())

# Short forms read only as the first part of a compound: "id-kortet" ->
# "i de-kortet", "it-chefen" -> "i te-chefen"; "id" and "it" alone are left.
HYPHEN_ONLY_ABBREVIATIONS = frozenset({"id", "it", "va", "pr"})

# Abbreviations read only before a word: "m. nattvard" -> "med"; "m."
# ending a sentence or before a number is left as written.
WORD_AFTER_ABBREVIATIONS = frozenset({"m.", "t."})

# Abbreviations that end a compound with their period ("Vattentemp.",
# "Barnavd."): the compound said whole, "Vattentemperatur".
COMPOUND_TAIL_ABBREVIATIONS = {"temp.": "temperatur", "avd.": "avdelning", "anst.": "anställning", "ordf.": "ordförande"}
COMPOUND_TAIL_ABBREVIATIONS.update({k: v for k, v in MORE_COMPOUND_TAILS.items() if k not in COMPOUND_TAIL_ABBREVIATIONS})

# "omg." after a word of starting or answering is "omgående" (a job ad's
# "tillträde omg."); elsewhere a league's round ("omgång").
OMG_AT_ONCE_AFTER = frozenset(
    "tillträde tillträdet start starta börja börjar svar svara leverans leveransen ledig ledigt tillgänglig"
    # a job ad's or a classified ad's verb before it ("Lärare sökes omg.", "Lägenhet uthyres omg.")
    " sökes söks anställes anställs uthyres hyres säljes inflyttning tillsättning".split())

# Abbreviations read only before a number: "barn u. 18 år" -> "under"; a
# lone "u." elsewhere (an initial, "o. u.") is left as written.
NUMBER_ABBREVIATIONS = frozenset({"u.", "min.", "Min.", "kal.", "Kal.", "div", "Div", "e.", "ef.", "str.", "Str.", "lp", "Lp", "ver."})

# Titles read only before a capitalised word (a name): "dr Ek" -> "doktor Ek";
# elsewhere "dr" is left as written. "org." is a concert notice's organist
# before a full name, two capitalised words ("org. Per Ek"; "en ideell org.
# Sedan ..." stays); risk: an organisation's "org." before a two-word name
# ("Röda Korsets org. Nya Zeeland") is read "organist" too. ("sol." is not
# read: it is also the sun ending a sentence.)
NAME_TITLES = frozenset({"dr", "dr.", "hr.", "gen.", "övl.", "org.", "hr", "red.", "led.", "kpt.", "kapt.", "lt.", "sgt.", "kontr.", "just."}) | TITLE_BEFORE_NAME_ONLY

# Words before a sentence-final "bil." that make it the appendix, not the car
# ("se bil." -> "se bilaga"; "kom i bil." stays).
APPENDIX_AFTER = frozenset({"se", "enligt", "jfr", "jämför"})

# Words around "övers." that make it the participle "översatt" ("Boken är
# övers. från engelska"), not the noun "översättning" ("Övers.: Eva Ek").
TRANSLATED_NEAR = frozenset({"är", "var", "blev", "från", "av", "till"})
# Nouns written short as a plural that are singular after "per" or one
# ("en", "ett", said by now): "200 kr per pers." -> "per person", "50
# kr/medl." -> "per medlem", "bord för 1 pers." -> "en person".
SINGULAR_AFTER_PER = {"pers.": "person", "medl.": "medlem", "förp.": "förpackning", "p.e.": "procentenhet",
                      "st.": "styck", "msk": "matsked", "tsk": "tesked", "milj.": "miljon", "milj": "miljon"}
SINGULAR_AFTER = frozenset({"per", "en", "ett", "halv", "halvt", "1"})
# Nouns written short that are definite after an ordinal: "på 4:e vån." -> "fjärde våningen", "i 2:a uppl.".
DEFINITE_AFTER_ORDINAL = {"vån.": "våningen", "vån": "våningen", "uppl.": "upplagan", "st.": "stycket",
                          "avd.": "avdelningen", "omg.": "omgången"}  # "i 6:e avd. av V64" (s56, normalize291)
# (session 40, normalize133: a law's paragraph's subsection, "6 § andra st." -> "andra stycket", was "stycken")
# Generations read only after a capitalised word (a name): "Karlsson jr" ->
# "Karlsson junior".
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr."})

# Abbreviations that are the first part of a compound joined by a hyphen:
# said as one word with the rest ("Jfr-pris" -> "Jämförpris", not "Jämför-pris").
COMPOUND_HEAD_ABBREVIATIONS = {
    "jfr": "jämför", "jmf": "jämför", "utg": "utgångs", "avd": "avdelnings", "exp": "expeditions", "kvm": "kvadratmeter",  # "exp.avgift", "kvm-pris" (s61)
    # a noun written short as the first part of a compound: "Tfn-tid" -> "Telefontid", "ordf.-posten" -> "ordförandeposten", "sekr-posten", a fee's kind "serv.avg." (s62)
    "tel": "telefon", "tfn": "telefon", "ordf": "ordförande", "sekr": "sekreterar", "hcp": "handicap", "lgh": "lägenhets", "serv": "service", "bokn": "boknings", "adm": "administrations",
    "ht": "hösttermins", "vt": "vårtermins",  # "vt-kurser" -> "vårterminskurser" (a term's compound, session 38)
    "gc": "gång- och cykel"}  # "gc-väg" (9 rows of the writers' own readings, 5 "ge ce"; session 60)

# A measure of time written short after a number is a genitive before the
# noun it measures ("25 dgr semester" -> "tjugofem dagars semester", as
# "trettio dagars uppsägningstid"): the nouns of quantities'
# DURATION_GENITIVE_NOUNS and these (MEASURED_NOUNS); before any other word
# the plural ("30 dgr netto", "14 dgr kvar", "5 dgr ledigt").
MEASURE_GENITIVES = {"dgr": "dagars", "dgr.": "dagars"}
MEASURED_NOUNS = frozenset("""
vård vistelse sjukhusvistelse sjukskrivning sjukfrånvaro frånvaro arbete arbetstid kurs utbildning
läger lägervistelse resa rundresa vandring seglats kryssning festival marknad program
""".split())

# One-letter abbreviations that have no capitalised variant: "S." alone is
# the letter (a party), "s. 12" is "sidan".
LOWERCASE_ONLY_ABBREVIATIONS = frozenset({"s.", "v.", "u.", "m.", "t.", "e.", "ef.", "e. klockan", "tex", "sk", "fom", "cl", "ml", "pers."})  # "Tex Willer", "Cl" (chlorine); "Gunnar Pers." a surname (session 40)

# Abbreviations after which a period does not end a sentence.
NON_FINAL_ABBREVIATIONS = frozenset({
    "t.ex.", "bl.a.", "s.k.", "kl.", "ca.", "nr.", "p.g.a.", "pga.", "fr.o.m.", "t.", "samarb.", "kal.", "min.",
    "t.o.m.", "dvs.", "d.v.s.", "jfr.", "resp.", "inkl.", "exkl.", "ang.", "dir. mus.",
    "tel.", "tfn.", "f.d.", "fd.", "tf.", "t.f.", "suppl.", "vik.", "st.f.", "st. f.", "m.", "kap.", "prof.", "doc.", "dr.",
    "St.", "ev.", "fr.a.", "m.a.o.", "ung.", "vs.", "s.", "sid.", "milj.",
    "proc.", "bl.", "v.", "reg.nr.", "lgh.", "d.ä.", "d.y.", "e.Kr.", "f.Kr.", "c:a", "forts.", "övr.", "vxl.", "mob.", "nuv.", "dir.", "åkl.", "kammaråkl.", "ers.", "led.", "adj.", "adr.", "alt.", "avs.", "bil.", "gm", "mom.", "omkr.", "urspr.", "äv.", "N.B.", "vån.", "rv.", "lv.", "ordf.", "enl.",
    "Dr.", "leg.", "fil.", "med.", "tekn.", "H.M.", "H.K.H.", "kv.", "dnr.", "port.",
    "diarienr.", "ärendenr.", "målnr.", "ref.", "div.", "avg.", "ank.", "obs.", "max.", "hpl.", "busshpl.", "tpl.",
    "ansv.", "v. ordf.", "v.ordf.", "org.", "Kungl.", "kungl.", "adv.", "pkt.", "bitr.", "temp.",
    "ord.", "ex.", "em.", "sekr.", "jur. kand.", "jur.kand.", "org.nr.",
    "omg.", "op.", "sym.", "E. coli", "e. coli", "att.", "el.", "u.", "ref. nr.", "reg. nr.", "tel. nr.", "org. nr.",
    "lgh. nr.", "pnr.", "persnr.", "sol.", "m.h.a.", "i.o.m.", "aukt.", "kyrkoh.", "överl.", "sjuksk.",
    "centr.", "red.", "övers.", "publ.", "uppd.", "arr.", "prot.", "just.", "ass.", "emer.", "kpt.", "kapt.", "lt.", "sgt.", "kontr.",
    "följ.", "vol.", "exv.", "m.h.t.", "m.t.p.", "f.k.", "sign.", "förk.", "övl.", "gen.", "stf.", "ställf.", "kommunalr.", "frk.", "förf.",
    "fil. lic.", "fil.lic.", "tekn. lic.", "tekn.lic.", "tekn. dr.", "med. kand.", "med.kand.", "med. lic.",
    "jur. dr.", "teol. dr.", "teol. kand.", "tilltr.", "pol. mag.", "civ. ing.", "civ.ing.", "civ. ek.", "civ.ek.", "leg. läk.", "leg.läk.", "leg. vet.",
}) | TITLE_NON_FINAL | COMMON_NON_FINAL

# Words after which "ev." stands before a noun (an adjective: "för ev. skador"),
# not inside a clause (an adverb: "mötet kan ev. flyttas").
EV_ADJECTIVE_AFTER = frozenset("""
för om med på av vid och eller samt till i inga alla utan mot från efter före
under vid kring angående inför rörande enligt bland trots genom hos
""".split())

# A concert notice's performers: a title before a full name, two
# capitalised words ("sol. Anna Björk" -> "solist Anna Björk"); only after
# the start of a list item (a comma, "och", "samt", a colon, the line's
# start) or in a line about music (MUSIC_STEMS), since "sol." also ends a
# weather line.
PERFORMER_TITLES = frozenset({"sol."})
PERFORMER_LIST_BEFORE = frozenset({"och", "samt", "med"})
# ... or anywhere in a line about music (a stem of these in it).
MUSIC_STEMS = ("konsert", "sjung", "orgel", "organist", "musik", "mässa", "gudstjänst", "medverk",
               "sopran", "tenor", "piano", "orkester", "symfoni", "kvartett", "dirigent")
# ... or a choir, as a word or a compound's end ("kören", "kyrkokör"; not "körde").
CHOIR_WORDS = ("kör", "kören", "körer", "körerna", "körens")

# "anm." is "anmälan" (a registration) before the words that say when,
# where or how one registers ("Anm. senast fre", "anm. till kansliet",
# "anm. via hemsidan", "ingen anm. krävs"); elsewhere "anmärkning" (a note).
REGISTRATION_AFTER = frozenset("""
senast till via på hos görs sker krävs behövs tas tel tel. tfn tfn. per e-post mejl ej och är
""".split())
REGISTRATION_BEFORE = frozenset({"ingen", "utan", "föregående", "med", "efter", "krävs", "och", "emot"})  # ("tar emot": plural)

# Royal styles ("H.M.", "H.K.H.") are his or hers by the royal title after them or, standing for the royal, the
# nearest before them in the sentence (rules/royal_styles.py): "H.K.H. Kronprinsessan" -> "Hennes Kungliga Höghet",
# "H.M. Drottning Silvia" -> "Hennes Majestät" (the table's form says "Hans"). Lowercase title -> the possessive.
ROYAL_TITLE_GENDERS = {
    "kung": "Hans", "kungen": "Hans", "konungen": "Hans", "kronprins": "Hans", "kronprinsen": "Hans", "prins": "Hans",
    "prinsen": "Hans", "hertig": "Hans", "hertigen": "Hans",
    "drottning": "Hennes", "drottningen": "Hennes", "kronprinsessa": "Hennes", "kronprinsessan": "Hennes",
    "prinsessa": "Hennes", "prinsessan": "Hennes", "hertiginna": "Hennes", "hertiginnan": "Hennes",
}

# Adjectives written short, inflected for the noun after them: common,
# neuter, plural or definite, and the form said when no noun follows (an
# adverb: "kan ev. flyttas"; a noun left out: "lärare och övr.").
ADJECTIVE_ABBREVIATIONS = {
    "ev.": ("eventuell", "eventuellt", "eventuella", "eventuellt"),
    "övr.": ("övrig", "övrigt", "övriga", "övriga"),
    "särsk.": ("särskild", "särskilt", "särskilda", "särskilt"),
    "allm.": ("allmän", "allmänt", "allmänna", "allmänt"),
    "begr.": ("begränsad", "begränsat", "begränsade", "begränsat"),
    "obl.": ("obligatorisk", "obligatoriskt", "obligatoriska", "obligatoriskt"),
    "leg.": ("legitimerad", "legitimerat", "legitimerade", "legitimerad"),
    "prel.": ("preliminär", "preliminärt", "preliminära", "preliminärt"),
    "ev": ("eventuell", "eventuellt", "eventuella", "eventuellt"),
    "tillf.": ("tillfällig", "tillfälligt", "tillfälliga", "tillfälligt"),
    "urspr.": ("ursprunglig", "ursprungligt", "ursprungliga", "ursprungligen"),
    "gemens.": ("gemensam", "gemensamt", "gemensamma", "gemensamt"),
    "veg.": ("vegetarisk", "vegetariskt", "vegetariska", "vegetariskt"),  # a menu's "veg. lasagne"
}


# Families of short forms made in data/abbreviation_families.py: a hospital's
# units ("kir. klin."), months with their stop ("okt."), in small letters only.
for _key, _said in FAMILY_ABBREVIATIONS.items():
    ABBREVIATIONS.setdefault(_key, _said)
LOWERCASE_ONLY_ABBREVIATIONS = LOWERCASE_ONLY_ABBREVIATIONS | MONTH_SHORT_FORMS | COMMON_LOWERCASE_ONLY

def _spaced_variants() -> None:
    """Each abbreviation of short parts with periods written with spaces too
    ("bl. a.", "t. ex.", "o. s. v.", "fr. o. m."): an older or a careful
    hand writes them so, and read part by part they were garbage ("o. s.
    v." -> "och sidan vecka")."""
    import re

    short_parts = re.compile(r"[a-zåäö]{1,3}\.(?:[a-zåäöA-ZÅÄÖ]{1,3}\.){1,3}")  # not "H. M." (initials)
    for key, said in list(ABBREVIATIONS.items()):
        if short_parts.fullmatch(key):
            spaced = key.replace(".", ". ").strip()
            ABBREVIATIONS.setdefault(spaced, said)
            if key in NON_FINAL_ABBREVIATIONS:
                SPACED_NON_FINAL.add(spaced)


SPACED_NON_FINAL: set[str] = set()
_spaced_variants()
NON_FINAL_ABBREVIATIONS = NON_FINAL_ABBREVIATIONS | frozenset(SPACED_NON_FINAL)

# Short forms in parts spelled with spaces ("t o m", "m fl", "t. ex.", "bl. a.") -> the dotted form the rules
# know ("t.o.m.", "m.fl.", "t.ex.", "bl.a."): read by rules/spellings.py, so a rule that reads a short form's
# context ("t.o.m. 31/8" a date, "fr.o.m. mån" a weekday) and the units ("4 m fl": no metre) see one spelling.
SHORT_FORM_SPELLINGS: dict[str, str] = {}
for _key in ABBREVIATIONS:
    _parts = [p for p in _key.split(".") if p]
    if re.fullmatch(r"[a-zåäö]{1,3}\.(?:[a-zåäö]{1,3}\.){1,3}", _key) and len(_parts) > 1:
        if ABBREVIATIONS.get(" ".join(_parts)) == ABBREVIATIONS[_key]:  # (the common ones, written apart too)
            SHORT_FORM_SPELLINGS[" ".join(_parts)] = SHORT_FORM_SPELLINGS[". ".join(_parts) + "."] = _key



# "ex." is the noun "exemplar" (copies), not "exempelvis", after a word that
# counts or describes copies ("några ex.", "signerade ex."; or a participle
# in -ade) or before a verb of which it is the subject ("ex. finns på
# biblioteket", "ex. kan beställas").
COPIES_BEFORE = frozenset("""
några få fler flera många alla de dessa inga ytterligare extra övriga enstaka samtliga sista nya gamla begagnade antal
""".split())
COPIES_VERBS = frozenset("""
finns fanns kan kunde ska skall går gick säljs såldes trycks trycktes återstår återstod delas delades
lånas lånades skickas skickades levereras beställs räcker är var blev kostar kostade ingår saknas tillkommer
""".split())
