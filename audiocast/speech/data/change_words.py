"""Words of change and of dividing that make "d/m" after them a part, not a date (``rules/change_parts.py``).

"Priset har stigit med 1/3", "vill sänka taxan med 1/4", "minskade till 1/3": a quantity changes by or to a
part; "fördelat som grundstöd (1/3) och mandatstöd (2/3)": a whole divided into parts. No date is said after
"med" or "till" that follows a verb of change: a day is "den 1/3", "från 1/3" or "med start 1/3".
"""

from __future__ import annotations

from .calendar import CHANGE_VERBS


def _forms(stems: str, endings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem + ending for stem in stems.split() for ending in endings)


# Weak verbs of change of the first conjugation (stem + "a", "ar", "ade", "at", "as", "ades", "ats") and their
# nouns ("ökning", "minskningen").
_FIRST = _forms("ök minsk reducer rabatter juster back ras tapp klättr förbättr försämr kort förkort halver "
                "expander dubbl tredubbl", ("a", "ar", "ade", "at", "as", "ades", "ats", "ning", "ningen"))
# Weak verbs of the second conjugation (stem + "a", "er", "s", "te"/"de", "t", "tes"/"des", "ts"), and nouns.
_SECOND = _forms("höj sänk krymp förläng", ("a", "er", "s", "te", "de", "t", "tes", "des", "ts", "ning", "ningen"))
# Strong verbs written out, and nouns of change that take no verb ending.
_OTHER = frozenset("""
stiga stiger steg stigit stigande sjunka sjunker sjönk sjunkit sjunkande falla faller föll fallit fallande
växa växer växte vuxit skära skär skärs skar skars skurit skurits dyka dyker dök dykt
nedskärning nedskärningen nedgång nedgången uppgång uppgången tillväxt tillväxten reduktion reduktionen
""".split())
# Comparatives: a change "med" a part ("blev dyrare med 1/3"), never "till" ("fler volontärer till 2/3" is a day).
COMPARATIVES = frozenset("dyrare billigare högre lägre större mindre längre kortare fler färre".split())
# Adverbs of direction right before "med": "gick upp med 1/3", "drogs ned med 1/4".
DIRECTION_WORDS = frozenset("upp ned ner uppåt nedåt neråt".split())
CHANGE_WORDS = _FIRST | _SECOND | _OTHER | CHANGE_VERBS
CHANGE_WORDS_MED = CHANGE_WORDS | COMPARATIVES
# Verbs and nouns of dividing a whole earlier in the sentence: "fördelat som grundstöd (1/3) och mandatstöd
# (2/3)", "pengarna fördelas 2/3 till skolan". Not "delas ut" (a prize is handed out on a day) nor "fördelen"
# (an advantage).
DIVIDE_WORDS = frozenset("""
fördela fördelar fördelade fördelat fördelas fördelades fördelats fördelning fördelningen fördelad
uppdelad uppdelat uppdelade uppdelning uppdelningen
""".split())
# Verbs of a share before "för": "Staten står för 2/3 och kommunen för 1/3", "svarar för 1/4".
SHARE_VERBS = frozenset("står stod stått stå svarar svarade svarat svara".split())
