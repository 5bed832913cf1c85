"""Titles, degrees and styles written short: before a name ("Dr. Holm",
"fil. dr Karin Ås", "leg. läk."), after one ("Bengt Karlsson jr") and the
royal styles ("H.M.", "H.K.H.").

Part of the abbreviation table (``data/abbreviations.py`` merges it into
ABBREVIATIONS where it stood); where each is read (only before a name, only
after one) is said by the sets there (NAME_TITLES, NAME_SUFFIXES); a royal style's
"Hans" or "Hennes" by ``rules/royal_styles.py`` (ROYAL_TITLE_GENDERS).
"""

from __future__ import annotations

from .ad_words import AD_TITLES
from .given_name_shorts import GIVEN_NAME_SHORTS

# Written short form -> spoken words (case-sensitive; the rule adds a
# capitalised variant).
TITLE_ABBREVIATIONS = {
    "Dr.": "doktor",
    # a prosecutor's rank before a name ("Chefsåkl. Lars Persson": session 65, normalize521; "kammaråkl." is in the table)
    "chefsåkl.": "chefsåklagare", "överåkl.": "överåklagare",
    "Dr": "doktor",
    "fil. dr": "filosofie doktor",
    "h.c.": "honoris causa",  # an honorary degree's ("fil. dr h.c."), session 29
    "fil.dr": "filosofie doktor",
    "fil. dr.": "filosofie doktor",
    "fil.dr.": "filosofie doktor",
    "med. dr": "medicine doktor",
    "med.dr": "medicine doktor",
    "med. dr.": "medicine doktor",
    "med.dr.": "medicine doktor",
    "tekn. dr": "teknologie doktor",
    # every faculty's doctor written short ("odont. dr", "jur. dr", "teol. dr", "agr. dr")
    "odont. dr": "odontologie doktor", "odont.dr": "odontologie doktor", "odont. dr.": "odontologie doktor",
    "jur. dr": "juris doktor", "jur.dr": "juris doktor", "teol. dr": "teologie doktor", "teol. dr.": "teologie doktor",
    "agr. dr": "agronomie doktor", "agr. dr.": "agronomie doktor", "vet. med. dr": "veterinärmedicine doktor",
    "ekon. dr.": "ekonomie doktor", "pol. dr": "politices doktor", "fil. hedersdr": "filosofie hedersdoktor",
    "fil. kand.": "filosofie kandidat",
    "fil.kand.": "filosofie kandidat",
    "fil. mag.": "filosofie magister",
    "Jr.": "junior",
    "Sr.": "senior",
    # a title before a name and a generation after one, lower case and
    # without the period too ("dr Ek", "Bengt Karlsson jr"): read only in
    # that place (NAME_TITLES, NAME_SUFFIXES)
    "dr": "doktor",
    "dr.": "doktor",
    "jr": "junior",
    "jr.": "junior",
    "sr": "senior",
    "sr.": "senior",
    "fil. lic.": "filosofie licentiat",
    "fil.lic.": "filosofie licentiat",
    "fil. lic": "filosofie licentiat",
    "tekn. lic.": "teknologie licentiat",
    "tekn.lic.": "teknologie licentiat",
    "tekn. dr.": "teknologie doktor",
    "med. kand.": "medicine kandidat",
    "med.kand.": "medicine kandidat",
    "med. lic.": "medicine licentiat",
    "jur. dr.": "juris doktor",
    "pol. mag.": "politices magister",
    "pol.mag.": "politices magister",
    "ek. dr": "ekonomie doktor", "ek.dr": "ekonomie doktor", "ekon. dr": "ekonomie doktor",
    "ekon.dr": "ekonomie doktor", "ek. lic.": "ekonomie licentiat", "fil. kand": "filosofie kandidat", "fil. mag": "filosofie magister",
    "civ. ing.": "civilingenjör",
    "civ.ing.": "civilingenjör",
    "civ. ek.": "civilekonom",
    "civ.ek.": "civilekonom",
    "leg.": "legitimerad",
    "leg. läk.": "legitimerad läkare",
    "leg.läk.": "legitimerad läkare",
    "leg. vet.": "legitimerad veterinär",  # (session 58, normalize354: "vet." was left, heard as the verb)
    "H.M. Drottningen": "Hennes Majestät Drottningen",
    "H.M.": "Hans Majestät",
    "H.K.H.": "Hans Kungliga Höghet",  # (not "Kunglig": the writers 6 rows against 1, session 60)
    "Maj:t": "Majestät", "Maj:ts": "Majestäts",  # "Hans Maj:t Konungen"
    "v.d.": "ve de", "V.D.": "ve de",  # the managing director in the older spelling ("Bolagets v.d. avgick")
    "Mr.": "mister", "Mrs.": "missis",  # English titles before a name
    "mr": "mister", "mrs": "missis",  # and without the stop ("Mr Smith"), before a name only (TITLE_BEFORE_NAME_ONLY)
    # ranks and posts before a name or a post ("Övl. Lars Lind", "Gen. Micael
    # Bydén" before a name only: NAME_TITLES; "stf. försvarschef",
    # "kommunalr. Per Ek", "Frk. Julie")
    "övl.": "överstelöjtnant",
    "övlt.": "överstelöjtnant",
    # the deputy chair ("V. ordf. Karl Berg", "v. ordf." was "ve. ordförande")
    "v. ordf.": "vice ordförande", "v.ordf.": "vice ordförande", "v ordf": "vice ordförande",
    "v. ordf": "vice ordförande", "vice ordf.": "vice ordförande",
    "gen.": "general",
    "stf.": "ställföreträdande",
    "ställf.": "ställföreträdande",
    "kommunalr.": "kommunalråd",
    "frk.": "fröken",
    # "em." after a professor or a pastor is "emeritus", never the afternoon
    "prof. em.": "professor emeritus",
    "prof.em.": "professor emeritus",
    "professor em.": "professor emeritus",
    "past. em.": "pastor emeritus",
    "kyrkoh. em.": "kyrkoherde emeritus",
    "biskop em.": "biskop emeritus",
    "förf.": "författare",
    "komp.": "kompositör",  # "Komp. Lars Ek": before a name only
    "ackomp.": "ackompanjatör",  # "Ackomp. Olle Sund, piano": before a name only
    "ft.": "featuring",  # "Maggio ft. Hellström": between two names only (FEATURING_ONLY in the rule)
    **AD_TITLES,  # a trade before a name in a notice ("jägm. Ola Ek"; data/ad_words)
    **GIVEN_NAME_SHORTS,  # a given name written short before a surname ("Hj. Lindqvist"; data/given_name_shorts)
}

TITLE_BEFORE_NAME_ONLY = frozenset({"övlt.", "komp.", "ft.", "ackomp.", "mr", "mrs"}) | {k.lower() for k in GIVEN_NAME_SHORTS}
"""Titles read only before a capitalised name (joined to NAME_TITLES). ("fam." is the family before its name,
"familjen", and "familj" in a list of fees: data/ad_words and rules/adwords.)"""

TITLE_NON_FINAL = frozenset(k for k in TITLE_ABBREVIATIONS if k.endswith(".") and k.lower() not in ("jr.", "sr."))
"""A title's or a degree's stop is its own, never the sentence's ("fil.kand. Per
Lind", "blev med.dr. 2019"); a generation after a name ("King Jr.") may end one."""
