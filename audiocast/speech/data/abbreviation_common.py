"""Common short forms a paper writes, from Språkrådet's list ("bilj.", "m.h.t.",
"e.d.", "s.a.s.") and a reader's letter's without periods ("tex", "iaf",
"ngn"), and a match report's and a notice's that are read anywhere
("oavgj.").

Part of the abbreviation table (``data/abbreviations.py`` merges
COMMON_ABBREVIATIONS into ABBREVIATIONS where the lists stood); split from
it in session 10, when it had reached the module size limit.
"""

from __future__ import annotations

from .clipped_words import BODY_HEAD_FORMS, CLIPPED_WORDS

# Written short form -> spoken words (case-sensitive; the rule adds a
# capitalised variant).
COMMON_ABBREVIATIONS = {
    # session 63: a fare's reduced price, a broker's registration, a form's version before its number
    "red. pris": "reducerat pris", "Red. pris": "Reducerat pris", "reg. fastighetsmäklare": "registrerad fastighetsmäklare",
    "reg. mäklare": "registrerad mäklare", "ver.": "version", "btl.": "barntillåten", "Btl.": "Barntillåten", "Btl": "barntillåten", "ital.": "italienska",
    # Monday written short after "i" with its stop (the calendar leaves "mån", also a word): last Monday ("insjuknat
    # sedan i mån.": "i måndags"; session 63)
    "i mån.": "i måndags",
    # session 60: "efter ö.t." (a score's own "5–4 ö.t." is the result notes'), "i st. för" (not "stycken"), a hurdles
    # race after its distance, said by now ("60 m h inne")
    "efter ö.t.": "efter övertid", "i st. för": "i stället för", "i st.f.": "i stället för", "meter h": "meter häck",
    # a weather page's clipped temperatures without their stop ("medeltemp −14,2 °C", session 60)
    "medeltemp": "medeltemperatur", "maxtemp": "maxtemperatur", "mintemp": "mintemperatur",
    "vattentemp": "vattentemperatur", "lufttemp": "lufttemperatur",
    # a church's collection for its international work ("kollekt till Sv. kyrkans int. arbete", session 59)
    "int. arbete": "internationella arbete", "int. mission": "internationella mission",
    # Språkrådet's list, more of it: "bilj. säljs", "se följ. sida", "vol. 3",
    # "skor etc", "exv. Umeå", "m.h.t. säkerheten", "m.t.p. smittläget", "mtrl.
    # ingår", "skickas f.k.", "sign. Arg bilist" (a letter's pen name)
    "bilj.": "biljetter",
    "prem.": "premiär",  # a theatre's listing ("Stadsteatern, prem. 14/2 kl. 19.00": session 65, normalize510)
    "tandl.": "tandläkare",  # a dentist's title after "leg." ("leg. tandl.": session 65, normalize526)
    "norm.": "normalt",  # a weather report's normal ("+6,3° (norm. 0°)": session 65, normalize530)
    "ändr.": "ändring",  # a results table's change ("ändr. i p.e.": session 65, normalize533)
    "följ.": "följande",
    "likn.": "liknande",  # an ad's "Lynx 69 el. likn." (session 57, normalize328)
    "taxv.": "taxeringsvärde", "tax.v.": "taxeringsvärde",  # a property transfer's line (session 58, normalize366)
    "sem.ers.": "semesterersättning",  # a job ad's pay (session 58, normalize378)
    "vol.": "volym",
    "etc": "etcetera",
    "exv.": "exempelvis",
    "m.h.t.": "med hänsyn till",
    "m.t.p.": "med tanke på",
    "mtrl.": "material",
    "f.k.": "för kännedom",
    "sign.": "signaturen",
    # a class or category before its letter ("ponnyn Sunny Boy (kat. C, 130 cm)", "körkort kat. B"; session 47)
    "kat.": "kategori",
    "förk.": "förkortning",
    # an invitation's answer ("O.s.a. till Fonus senast 24/4") and a table's heading ("Ant. deltagare")
    "o.s.a.": "om svar anhålles",
    "ant.": "antal",
    # "e." before a match's way of ending written in full ("3–2 e. straffar", "e. förlängning"): "efter"
    "e. straffar": "efter straffar", "e. förlängning": "efter förlängning", "e. straffläggning": "efter straffläggning",
    "e. sudden death": "efter sudden death", "e. straffsparksläggning": "efter straffsparksläggning",
    # "straff" itself clipped after "e." ("6–5 e. straff", "e.straff"): a match won on penalties, "efter straffar"
    "e. straff": "efter straffar", "e.straff": "efter straffar", "e. övertid": "efter övertid",
    # a shoe's or a garment's size ("stl. 36–42")
    "stl.": "storlek",
    # a university's department before its subject ("vid Inst. för hälsovetenskap"), a named one's definite form
    "inst. för": "institutionen för",
    "inst. f.": "institutionen för",
    # Språkrådet's common abbreviations a paper writes
    "m.h.a.": "med hjälp av",
    "mha": "med hjälp av",
    "m h a": "med hjälp av",
    "i o m": "i och med",
    "i.o.m.": "i och med",
    "iom": "i och med",
    # Språkrådet's list, the ones a paper still writes
    "adr.": "adress",
    "alt.": "alternativt",
    "avs.": "avsändare",
    "bil.": "bilaga",
    "e.d.": "eller dylikt",
    "o.dyl.": "och dylikt",
    "ff.": "och följande",
    "gm": "genom",
    "mom.": "moment",
    "omkr.": "omkring",
    "s.a.s.": "så att säga",
    "u.a.": "utan anmärkning",
    # an economic association's legal form after its name ("Ytterhogdals Skogsägarförening u.p.a.", "Konsum ek. för.")
    "u.p.a.": "utan personligt ansvar",
    "ek. för.": "ekonomisk förening",
    "ek.för.": "ekonomisk förening",
    "urspr.": "ursprungligen",
    "äv.": "även",
    "N.B.": "nota bene",
    # a reader's letter writes them without periods
    "tex": "till exempel",
    "iaf": "i alla fall",
    "iofs": "i och för sig",
    "Ps.": "pe ess",
    "ngn": "någon",
    "ngt": "något",
    "ngra": "några",
    # a board's election, a match's result, a letter's post, a notice's (session 10):
    # "kass. Per Lind (omv.)", "slutade oavgj.", "biljett t.o.r.", "g.m. Per Lind",
    # "skickas rek.", "medd. från styrelsen", "Washington D.C."
    "omv.": "omvald",
    "nyv.": "nyvald",
    "oavgj.": "oavgjort",
    "t.o.r.": "tur och retur",
    "g.m.": "gift med",
    "f.v.b.": "för vidare befordran",
    "rek.": "rekommenderat",
    "sym.": "symfoni",  # a concert's work by its number ("Sibelius sym. nr 2"; session 62, normalize449)
    "medd.": "meddelande",
    "inf.": "information",
    "D.C.": "de ce",
    # a noun in -ning cut before its ending, a court's and a clinic's titles, a job ad's
    # ("Utställn. pågår", "Nettoomsättn. ökade", "Rådm. Anna Holm", "leg. tandläk.", "erf. krävs")
    "utställn.": "utställning", "omsättn.": "omsättning", "nettoomsättn.": "nettoomsättning",
    "anställn.": "anställning", "utbildn.": "utbildning", "beräkn.": "beräkning", "ersättn.": "ersättning",
    "anmärkn.": "anmärkning", "rådm.": "rådman", "tandläk.": "tandläkare", "läk.": "läkare",
    "erf.": "erfarenhet",
    "semesterers.": "semesterersättning", "semesterersättn.": "semesterersättning",  # a job ad's pay (session 52)
    "kyrkl.": "kyrklig",  # "kyrkl. vigsel", "kyrkl. begravning"
    # a concert notice's and a price list's ("fri entré för ungd.", "stud./pens. 100 kr")
    "ungd.": "ungdomar", "stud./pens.": "studerande och pensionärer", "pens./stud.": "pensionärer och studerande",
    # foreign short forms a paper keeps ("Mt. Everest", "flyttade till L.A.", "Ph.D. i fysik")
    "Mt.": "Mount", "L.A.": "ell a", "Ph.D.": "pe hå de",
    # towns written short as in a classified ad or a tweet (as "Sthlm", "Gbg")
    "Jkpg": "Jönköping", "Hbg": "Helsingborg", "Lkpg": "Linköping", "Nkpg": "Norrköping", "Mlm": "Malmö",
    "Upps.": "Uppsala", "Sthlms": "Stockholms", "Gbgs": "Göteborgs",
    # written without their stop ("Svar ang parkeringen", "Resp förälder", "enl avtal", "ordf Anna Ek")
    "ang": "angående", "resp": "respektive", "enl": "enligt", "ordf": "ordförande", "avd": "avdelning",
    # a TV listing's rerun ("Rapport (rep. från 19.30)"), a goalkeeper's saves ("34 räddn.")
    "rep.": "repris", "räddn.": "räddningar", "sec. hand": "second hand",
    # a job ad's personal assistant ("Pers. assistent sökes" was "Personer assistent")
    "pers. assistent": "personlig assistent", "pers. ass.": "personlig assistent",
    "pers. assistenter": "personliga assistenter",
    # spelled short forms written in small letters (as "dvd", "adhd"), an ending
    # after a colon too ("gps:en", "cd:n": the rule adds it to the last letter's name)
    "cd": "ce de", "pdf": "pe de eff", "usb": "u ess be", "hbtqi": "hå be te ku i", "lhbtq": "ell hå be te ku",
    "pc": "pe ce", "hlr": "hå ell ärr", "ivf": "i ve eff", "pcr": "pe ce ärr", "ocd": "o ce de", "tbc": "te be ce",
    # (session 12) artificial intelligence and the disability act, in small letters ("satsar på ai", "lss-beslut")
    "ai": "a i", "lss": "ell ess ess", "hvb": "hå ve be", "bvc": "be ve ce", "mvc": "emm ve ce",
    # a notice's and a calendar's (session 11): "Bokcirkel på bibl. kl. 18", "turer dagl. kl. 11",
    # "Arr: Kisa IK" (the colon, no stop), "diskuterades bla vägar" (no stops; never "bla bla"),
    # "eff. ränta" (read by the adjectives' rule, data/ad_words.AD_ADJECTIVES)
    "bibl.": "biblioteket", "dagl.": "dagligen", "arr": "arrangör", "bla": "bland annat",
    # a notice's and a shop's: "Minnesstund efter begravn.", "Erbj. gäller t.o.m. söndag"
    "begravn.": "begravningen", "erbj.": "erbjudandet",
    "anl. av": "anledning av", "beträff.": "beträffande",  # "Med anl. av jubileet", "Beträff. parkeringen"
    # "vard." before a word of naming is colloquially, not the weekdays ("vard. kallad folkabuss")
    "vard. kallad": "vardagligt kallad", "vard. kallat": "vardagligt kallat", "vard. kallade": "vardagligt kallade",
    "vard. kallas": "vardagligt kallas",
    # a speech's address: "Hr talman", "Fru talman" (the title before a name only, except here)
    "insp.": "inspektör",  # "Insp. Lena Berg"
    # a news report's source and a company report's year (session 12): "enl. uppg. från polisen" ("uppg."
    # alone is a stairway, "uppgång"), "jämfört med fg år" (without the stop), "gäller tills vid."
    "enl. uppg.": "enligt uppgift", "enligt uppg.": "enligt uppgift", "uppg. från": "uppgifter från",
    "fg år": "föregående år", "fg års": "föregående års", "tills vid.": "tills vidare",
    "Hr talman": "Herr talman", "hr talman": "herr talman", "Hr ordförande": "Herr ordförande",
    # (session 13) more of Språkrådet's list and a desk's clipped words, none of them a word of its own with the
    # stop ("lekt." is "lekt", "red." is "red": left out): "är fortf. kvar", "en oms. på 120 Mkr", "25 anst.",
    # "tjänstl. i höst", "beg. bil, årsm. 2015", "hela proj.", "omr. kring sjön", "uppdr. som ...", "distr.
    # sköterska", "kommunens förv.", "fil. kand.", "fil. mag.", "se fig. 3", "eg. ett annat namn", "enh. för
    # ...", "vanl. på fredagar", "närm. 200", "lägenh. om 3 rok", "hyresg. betalar", "självst. arbete", "skådesp.
    # Eva Ek", "verkst. dir.", "sammanfattn. av ...", "vidareutb. inom vården", and cities in small letters
    "fortf.": "fortfarande", "oms.": "omsättning", "anst.": "anställda", "tjänstl.": "tjänstledig",
    "beg.": "begagnad", "årsm.": "årsmodell", "proj.": "projektet", "omr.": "området", "uppdr.": "uppdrag",
    "distr.": "distrikts", "förv.": "förvaltning", "kand.": "kandidat", "mag.": "magister", "fig.": "figur",
    "eg.": "egentligen", "egentl.": "egentligen", "egtl.": "egentligen", "enh.": "enheten", "vanl.": "vanligen",
    "närm.": "närmare", "lägenh.": "lägenhet", "hyresg.": "hyresgäst", "självst.": "självständigt",
    "skådesp.": "skådespelaren", "verkst.": "verkställande", "sammanfattn.": "sammanfattning",
    "vidareutb.": "vidareutbildning", "sthlm": "Stockholm", "gbg": "Göteborg",
    # the county administrative board, as council minutes and planning notices write it ("beslut från Lst.",
    # session 53, normalize230; it was left as letters)
    "Lst.": "länsstyrelsen", "Lst": "länsstyrelsen", "lst.": "länsstyrelsen",
    "pers.bevis": "personbevis", "pers. bevis": "personbevis",  # a job ad's "ta med CV och pers.bevis" (session 53)
    "w.o.": "walkover",  # "vanns på w.o." outside a result line too (session 53, normalize240)
    "mnkr": "miljoner kronor",  # a table's unit with no number before it ("Budget (mnkr):"; session 61, normalize428)
    "förra v.": "förra veckan",  # definite after "förra" ("billigare än förra v.": session 61, normalize433)
    "u. hiss": "utan hiss",  # a flat's floor "2 tr. u. hiss" (as "m. hiss": "med"; session 61, normalize431)
    "fastighetsbet.": "fastighetsbeteckning",  # a property's designation before its name (normalize427)
}

# Offices written clipped before a name ("Ledam. Karin Ek", "Landsh. Maria Larsson", "borgm. Per Ek"): their
# stop is their own before the name (COMMON_NON_FINAL below).
OFFICE_TITLES = {
    "ledam.": "ledamot", "landsh.": "landshövding", "borgm.": "borgmästare", "ambass.": "ambassadör",
    "regionr.": "regionråd", "kommunalr.": "kommunalråd", "statsr.": "statsråd", "ärkeb.": "ärkebiskop",
    "lagkapt.": "lagkapten", "förbundskapt.": "förbundskapten", "generaldir.": "generaldirektör",
    "överdir.": "överdirektör", "avdelningsch.": "avdelningschef", "förvaltningsch.": "förvaltningschef",
}
COMMON_ABBREVIATIONS.update(OFFICE_TITLES)
# a place's noun cut short, a body's head word, "jr. o. sr.", "per mån." (data/clipped_words.py)
COMMON_ABBREVIATIONS.update({k: v for k, v in CLIPPED_WORDS.items() if k not in COMMON_ABBREVIATIONS})

# A town written short before the noun of its institution is in the genitive ("Gbg stad" -> "Göteborgs stad",
# "Sthlm stad", "Hbg kommun"): every town's short form before every such noun (a name is "X stad", never "X stad").
_TOWNS_SHORT = {"Gbg": "Göteborg", "Sthlm": "Stockholm", "Jkpg": "Jönköping", "Hbg": "Helsingborg",
                "Lkpg": "Linköping", "Nkpg": "Norrköping", "Mlm": "Malmö"}
_TOWN_NOUNS = ("stad", "kommun", "hamn", "universitet", "län", "stift", "domkyrka", "centralstation")
COMMON_ABBREVIATIONS.update({f"{short} {noun}": f"{town}s {noun}" for short, town in _TOWNS_SHORT.items()
                             for noun in _TOWN_NOUNS})

COMMON_NON_FINAL = frozenset({*OFFICE_TITLES, *BODY_HEAD_FORMS, "hr.", "Hr.", "kat.", "Kat.", *(t.capitalize() for t in OFFICE_TITLES), "strl.", "stl.", "Mt.", "g.m.", "t.o.r.", "medd.", "inf.", "rådm.", "tandläk.", "hälsn.", "kyrkl.", "uppl.", "insp.",
                              "beg.", "skådesp.", "verkst.", "fastighetsbet.", "Fastighetsbet."})
"""Their stop is their own before a capital ("g.m. Per Lind"), never the sentence's."""

COMMON_LOWERCASE_ONLY = frozenset({"nyv.", "omv.", "rek.", "bla", "ang"})  # "Jonathan Ang": a name (session 63)
"""Read in small letters only: "Nyv. 3", "Omv. 12" with a capital are streets cut short."""

# An analyst's verb before "rek." (then "till" and the advice): the recommendation, definite ("Carnegie höjer rek.
# till köp": "rekommendationen"; elsewhere "rek." is "rekommenderat": "skickas rek.", "rek. från 13 år"). Session 62.
RECOMMENDATION_VERBS = frozenset(
    "ändrar ändrade ändras höjer höjde höjs sänker sänkte sänks upprepar upprepade behåller behöll justerar justerade"
    " lyfter lyfte".split())
