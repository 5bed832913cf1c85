"""Acronyms read from the words around them (read by
``rules/acronym_context.py``): a council body before its committee, a boat
class's letters, the labels of a match's lines before a team's code."""

from __future__ import annotations

# A council's body in the genitive before its committee written short ("KS au" -> "kommunstyrelsens
# arbetsutskott"); the body alone is spelled by the acronyms rule.
BODY_GENITIVES = {
    "KS": "kommunstyrelsens", "KF": "kommunfullmäktiges", "BUN": "barn- och utbildningsnämndens",
    "SN": "socialnämndens", "SBN": "samhällsbyggnadsnämndens", "MBN": "miljö- och byggnadsnämndens",
    "KFN": "kultur- och fritidsnämndens", "TN": "tekniska nämndens", "RS": "regionstyrelsens",
}
COMMITTEES = {"au": "arbetsutskott", "AU": "arbetsutskott"}

# A boat class named by letters before its word ("OK-jolle": the letters, not "okej").
LETTER_CLASS_WORDS = ("jolle", "jollen", "jollar", "jollarna", "jollen-SM", "klassen")

# Labels of a match's line before a team's three-letter code and a colon ("Mål ÖRE: Svensson 2"): the code is the
# first letters of a team's place named in the line ("KFUM Örebro–Pixbo"), said as the place.
TEAM_LINE_LABELS = frozenset("mål målskyttar skott utvisningar assist poäng räddningar".split())

# A record's short form after a result or "nytt" ("3.34,57, NR", "(WR)", "nytt SR"; session 59). A personal or a
# season's best ("PB", "SB") is left spelled: the writers say "nytt pe be".
RECORD_SHORTS = {"NR": "nationsrekord", "WR": "världsrekord", "VR": "världsrekord", "ER": "europarekord",
                 "SR": "svenskt rekord", "OR": "olympiskt rekord", "CR": "mästerskapsrekord"}
