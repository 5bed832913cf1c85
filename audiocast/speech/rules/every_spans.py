"""A span of numbers after "var" before a time in the singular is a span of ordinals: "var 4–6 timme" -> "var
fjärde till sjätte timme" (session 64, normalize485: a dose's "var 4–6 tim" was "var fyra till sex timmar").
"""

from __future__ import annotations

import re

from ..numbers import ordinal
from ..report import Trace
from .machinery import keep_stop, sub

# "var" (every), a span and a time in the singular; a time written short only after a dose (below): "Väntetiden var
# 4–6 h" is the verb and a span of hours.
_EVERY_SPAN = re.compile(r"(?<![\w])(?P<v>[Vv]ar) (?P<a>\d{1,2})\s?[–-]\s?(?P<b>\d{1,2}) "
                         r"(?:(?P<w>timme|minut|dag|vecka|månad)|(?P<s>tim\.?|h|min\.?))(?![\wåäö])")
_DOSE_BEFORE = re.compile(r"\b(?:tabl|tablett|tabletter|kapsel|kapslar|mg|ml|dos|dosen|droppar)\b")
_SHORT_TIMES = {"tim": "timme", "tim.": "timme", "h": "timme", "min": "minut", "min.": "minut"}


def _every_span(m: re.Match[str]) -> str | None:
    if m.group("s") and not _DOSE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "Väntetiden var 4–6 h": the verb, a span of hours
    said = _SHORT_TIMES[m.group("s")] + keep_stop(m, m.group("s").endswith(".")) if m.group("s") else m.group("w")
    return f"{m.group('v')} {ordinal(int(m.group('a')))} till {ordinal(int(m.group('b')))} {said}"


def every_spans(text: str, trace: Trace | None = None) -> str:
    """ "1 tablett var 4–6 timme" -> "1 tablett var fjärde till sjätte timme", "500 mg var 4–6 tim" -> "... var fjärde
    till sjätte timme" (class "ordinal"): "var" before a span and a time in the singular means every so many; a time
    written short ("tim", "h", "min") only after a dose within a few words.

    Risk: the verb "var" before a span and a time in the singular ("det var 2–3 dag" is no Swedish) or, after a dose,
    before a time written short ("dosen var 4–6 h lång") is read as every so many.
    """
    if "ar " not in text or ("–" not in text and "-" not in text):
        return text
    return sub(_EVERY_SPAN, _every_span, text, trace, "ordinal")
