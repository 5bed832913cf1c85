"""A school year written short that is also a verb (session 19, the everyday
paper's events and ads): "åk" is "årskurs" before the year's number or its
letter ("åk 7–9", "åk F–6"; the number said by now), and the imperative
"åk" elsewhere ("prova på att släcka brand & åk stegbil", "Åk med oss till
Ullared!").

Risk: a school year written short without its number ("alla åk") is left
as written.
"""

from __future__ import annotations

import re

GRADE_VERB_ABBREVIATIONS = frozenset({"åk", "Åk", "åk.", "Åk."})

# After it, the year: a number (said in words by now) or a capital letter ("F", "F–9", "Fsk", said "eff" by now).
GRADE_AHEAD = re.compile(
    r"\s*(?:\d|[A-ZÅÄÖ](?![a-zåäö]{2})|eff\b|[Ff]örskoleklass|(?:noll|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\b"
    r"|[a-zåäö]*(?:ton|tio|tjugo)[a-zåäö]*\b)")
# A line about alpine skiing: "åk 1", "åk 2" are its runs, the noun said as written ("var 1:a efter åk 1 (45,12)";
# session 61, normalize436: it was "årskurs ett").
ALPINE_LINE = re.compile(r"(?i:slalom|alpin|störtlopp|super-g|superkombination)")
SCHOOL_LINE = re.compile(r"(?i:elev|skol|klass|lärare|undervisning)")  # "Eleverna i åk 7 åker slalom": the school year
