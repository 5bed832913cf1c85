"""How a number after its label is said (``admin`` reads it): the label a few words back in the sentence, little words
between (NUMBER_LABEL_FILLERS), or a label in its definite form, whose number it is and "är" ("Bankgirot för
Fiskeklubben Abborren är 5432-1098"; session 49, normalize180: it was read as a range), or a colon for "är"
("Kontonummer för insamlingen: 8327-9", session 60). The styles are
``speech/data/admin.NUMBER_LABELS``."""

from __future__ import annotations

import re

from ..data.admin import NUMBER_LABEL_FILLERS, NUMBER_LABELS, OWNED_LABELS
from .machinery import alternation, next_word, prev_words


def label_style(m: re.Match[str]) -> str | None:
    raw = prev_words(m, 8, sentence=True)
    words = [w.strip("(.,:").lower() for w in raw]
    listed = False  # "batchnummer 3306, 3307 och 3310": the later numbers of a list after the label
    for w, written in zip(reversed(words[-7:]), reversed(raw[-7:]), strict=True):
        if w in NUMBER_LABELS:
            if written.endswith(".") and len(w) >= 5 and not w.endswith("nr") and written.strip("(,:") not in NUMBER_LABELS:
                return None  # "kort el. Swish. 10 % provision": a whole word's stop ends its sentence (session 54)
            if listed and (NUMBER_LABELS[w] != "digits" or next_word(m)[:1].islower()
                           and next_word(m) not in ("och", "eller", "på", "i")):
                return None  # "... och 25 år": a count after the listed numbers
            return NUMBER_LABELS[w]
        if w.isdigit() or w in ("och", "eller"):
            listed = True
        elif w not in NUMBER_LABEL_FILLERS:
            break
    # "ett sms med texten LOPP till 71 234": a short number an sms goes to
    if words and words[-1] == "till" and any(NUMBER_LABELS.get(w) == "groups" for w in words[:-1]):
        return "groups"
    owner = _OWNED_LABEL.search(m.string, max(0, m.start() - 90), m.start())  # "Bankgirot för Klubben X är …"
    return NUMBER_LABELS[owner.group("l").lower()] if owner else None


# ("Kontonummer för insamlingen: 8327-9": a colon for "är", session 60, normalize407)
_OWNED_LABEL = re.compile(rf"\b(?P<l>(?i:{alternation(OWNED_LABELS)}))\s+(?:för|till)\s+(?:[\w&-]+\s+){{0,4}}"
                          r"(?:(?:är|blir)\s*:?|[\w&-]+:)\s*(?:\d[\d -]*,\s)?$")  # (a list's second number too)
