"""A week's list: several days of the week in one line ("Lör +14°, sol. Sön
+9°, regn. Mån +11°", "Tors regn, Fre uppehåll"). Called by
``weekdays.weekdays_alone`` once the days it knows are read.

The short forms that are also words ("Mån", "mån": a degree, "i viss mån";
"Tors": Tor's) are read as the weekday only here, where another day of the
week stands in the same line and the short form opens an item of the list.
"""

from __future__ import annotations

import re

from ...calendar_sv import WEEKDAYS
from ..data.calendar import WEEK_LIST_AMBIGUOUS, WEEK_LIST_NOT_AFTER
from ..report import Trace
from .machinery import alternation, keep_stop, sub

_DAY = (rf"(?:{alternation(list(WEEKDAYS))})(?:ar|en)?|tis|ons|fre|lör|sön|tisd|onsd|torsd|lörd|sönd")
# The item before, opened by another day ("Lör +14°, sol. Mån", "lör och Mån"), or the item
# after ("Tors regn, Fre uppehåll"): the short form stands in a week's list.
_DAY_ITEM_BEFORE = re.compile(rf"(?i:(?:^|[.,;:(]\s?)(?:{_DAY})\b[^,.;:]{{0,40}}?(?:[,.;]|\s(?:och|samt|eller|&)))\s*$")
# (an item of a sentence; an abbreviation's stop inside it, "mån köttbullar m. potatismos, tis fisk", session 56)
_DAY_ITEM_AFTER = re.compile(
    rf"(?:(?:[^,.;:]|\.(?=\s[a-zåäö])){{0,40}}?[,.;]|(?:[^.;:]|\.(?=\s[a-zåäö])){{0,40}}?[.;])\s(?i:{_DAY})\b")
# What a day's item opens with: a temperature, a time, a number, a bracket, a colon.
_DAY_ITEM_OPENING = re.compile(r"\s?(?::|\(|[+−–-]?\d|\s(?:plus|minus|kl|klockan)\b)")
_OTHER_DAY = re.compile(rf"(?i:\b(?:{_DAY})\b)")
# The ambiguous short form opening an item of the list: at the line's start, after a
# sentence's or an item's mark, or after a link word; not before a word that makes it the
# noun ("mån om", "i mån av", "mån på"); "Mån" with its capital anywhere ("Temperatur Mån +3").
_DAY_WORD = re.compile(alternation(list(WEEK_LIST_AMBIGUOUS)))  # _AMBIGUOUS_DAY's gate (the word first: a fast scan)
_AMBIGUOUS_DAY = re.compile(
    rf"(?:(?<=^)|(?<=[.,;:!?(]\s)|(?<=[.,;:!?(])|(?<=\soch\s)|(?<=\ssamt\s)|(?<=\seller\s)|(?<=\s&\s)|(?<=\s)(?=Mån\b))"
    rf"(?P<w>{alternation(list(WEEK_LIST_AMBIGUOUS))})(?P<dot>\.)?"
    rf"(?![\w:/@-]|\.\w|\s+(?:{alternation(list(WEEK_LIST_NOT_AFTER))})\b)"
)


def week_list_days(text: str, trace: Trace | None = None) -> str:
    """ "Lör +14°, sol. Sön +9°. Mån +11°, halvklart." -> "... Måndag plus elva
    grader" (class "date"): a short form that is also a word (WEEK_LIST_AMBIGUOUS:
    "Mån", "mån", "Tors", "tors") opening an item of a list of days is that
    weekday, in a forecast, a menu or a list of hours: the item before or
    after it opens with another day ("Sön +9°. Mån +11°", "Tors regn, Fre
    uppehåll"), or it opens with a temperature, a time or a colon and the
    line names another day.

    Risk: the noun "mån" opening a sentence in a line that names a weekday
    ("Mån om miljön var han, på tisdag ...") is read as Monday unless a word
    of WEEK_LIST_NOT_AFTER follows it ("om", "av", "på"); the name's
    genitive "Tors" right after an item opened by a weekday likewise."""
    if "ån" not in text and "ors" not in text:
        return text
    if _DAY_WORD.search(text) is None or _AMBIGUOUS_DAY.search(text) is None:
        return text

    def day(m: re.Match[str]) -> str | None:
        w, s = m.group("w"), m.string
        if not (_DAY_ITEM_BEFORE.search(s, max(0, m.start() - 60), m.start())
                or _DAY_ITEM_AFTER.match(s, m.end())
                or (_DAY_ITEM_OPENING.match(s, m.end()) and _OTHER_DAY.search(s) is not None)):
            return None
        name = WEEKDAYS[0] if w.lower() == "mån" else WEEKDAYS[3]
        return (name.capitalize() if w[0].isupper() else name) + keep_stop(m, bool(m.group("dot")))

    return sub(_AMBIGUOUS_DAY, day, text, trace, "date")
