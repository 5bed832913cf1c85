"""A blood pressure's pair of numbers and a unit written short without its stop before a word of age;
called by ``quantities.units`` before the units after a number.

"blodtrycket bör ligga under 140/90" -> "hundrafyrtio över nittio" (systolic over diastolic, a pressure word of
data/quantities.BLOOD_PRESSURE_WORDS up to eight words before the pair, or "mm Hg" after it); a pair further
from the word in the same sentence is one too, a second pressure most often ("... under 140/90; hos patienten
uppmättes 165/100" -> "hundrasextiofem över hundra").

"10 v gamla" -> "tio veckor gamla" (data/quantities.STOPLESS_AGE_UNITS, AGE_WORDS).

Risk: any pair of the blood pressure's shape (50-299 over 30-149) later in a sentence that names a blood
pressure is read with "över" ("blodtrycket var bra och laget vann 98/64"; a new sentence is safe); a stopless
"v" before "gammal" that is not weeks (volts, "på 24 v gamla modellen") is read weeks.
"""

from __future__ import annotations

import re

from ..data.quantities import AGE_WORDS, BLOOD_PRESSURE_WORDS, STOPLESS_AGE_UNITS
from ..numbers import cardinal
from ..report import Trace
from .machinery import alternation, prev_words, sub

# "140/90": a blood pressure, systolic over diastolic (two or three digits each).
_BLOOD_PRESSURE = re.compile(r"(?<![\w,.:/])(?P<a>[5-9]\d|[12]\d\d)/(?P<b>[3-9]\d|1[0-4]\d)(?P<u> ?mm ?Hg)?(?![\w/]|[.,]\d)")
_STOPLESS_AGE = re.compile(
    rf"(?<![\w,.])(?P<n>\d{{1,2}}) (?P<u>{alternation(list(STOPLESS_AGE_UNITS))})(?: (?=(?:{alternation(list(AGE_WORDS))})\b)|(?=[,;!?]))")  # "om 6 v!" (s63)


def _pressure_word(words: list[str]) -> bool:
    return any(w.strip(".,:;") in BLOOD_PRESSURE_WORDS for w in words)


def _blood_pressure(m: re.Match[str]) -> str | None:
    if not m.group("u") and not _pressure_word(prev_words(m, 8, sentence=True)):
        # a pressure word earlier in the sentence, past the eight words: "blodtrycket bör ligga under 140/90;
        # hos patienten uppmättes 165/100", "blodtrycket var högt vid inskrivningen, och i går uppmättes 181/112"
        start = max(m.string.rfind(". ", 0, m.start()), m.string.rfind("! ", 0, m.start()),
                    m.string.rfind("? ", 0, m.start())) + 1
        if not _pressure_word(m.string[start:m.start()].lower().split()):
            return None
    return f"{cardinal(int(m.group('a')))} över {cardinal(int(m.group('b')))}{' millimeter kvicksilver' * bool(m.group('u'))}"


def blood_pressures(text: str, trace: Trace | None = None) -> str:
    """A blood pressure's pair said with "över" (the module's docstring)."""
    return sub(_BLOOD_PRESSURE, _blood_pressure, text, trace, "quantity")


def stopless_ages(text: str, trace: Trace | None = None) -> str:
    """"10 v gamla" -> "10 v. gamla", which the units read "tio veckor gamla" (the module's docstring); so before a
    comma: "Sommarjobb 3 v, 6 tim/dag" -> "tre veckor" (session 60).

    Risk: a count of things written "v" before a comma (a letter's name?) is read as weeks."""
    return sub(_STOPLESS_AGE, lambda m: f"{m.group('n')} {STOPLESS_AGE_UNITS[m.group('u')]} ", text, trace, "unit")
