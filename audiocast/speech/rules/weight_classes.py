"""A weight class after an age class in combat sports ("Guld i U13 -42 kg",
"F15 -57 kg", "H21 -90 kg": judo, wrestling, taekwondo): the minus belongs to
the weight, "u tretton minus fyrtiotvå kilo". The age class's digits before
a space and a dash made it a span of classes ("u tretton till fyrtiotvå kg",
the unit left unsaid). A weight class after a word ("i -52 kg") was read
right already.

The shape is an age class (one capital and one or two digits), a space, a
minus glued to two or three digits and "kg". A wrestling style's short form
after the weight ("60 kg gr", "50 kg fr") is said in full (table
``data/weight_class_words.py``): "fr" was left as two letters.
"""

from __future__ import annotations

import re

from ..data.weight_class_words import WRESTLING_STYLES
from ..report import Trace
from .machinery import alternation, sub

_WEIGHT_AFTER_CLASS = re.compile(r"(?P<cls>(?<![\w–-])[A-ZÅÄÖ]\d{1,2}\s)[-−–](?P<kg>\d{2,3}(?:,\d)?\s?kg\b)")
_STYLE_AFTER_WEIGHT = re.compile(rf"(?<=\d kg )(?P<s>{alternation(WRESTLING_STYLES)})(?=[\s),.;]|$)")


def weight_classes(text: str, trace: Trace | None = None) -> str:
    """ "U13 -42 kg" -> "U13 minus 42 kg" (class "symbol"; the class, the
    number and the unit are said later); "60 kg gr" -> "60 kg grekisk-romersk"
    (class "abbreviation").

    Risk: an age class, a space and a dash before a weight in kilos is a
    weight class; a span of classes written "P13 -15 kg" does not exist, but
    "U13 -42 kg" meant as "from U13 up to 42 kg" would be read as a class.
    "gr" or "fr" right after a weight in kilos is a wrestling style ("5 kg gr"
    meaning grams of something would be misread; unseen).
    """
    if "kg" not in text:
        return text
    if "kg gr" in text or "kg fr" in text or "kg GR" in text or "kg FR" in text:  # (each shape a substring)
        text = sub(_STYLE_AFTER_WEIGHT, lambda m: WRESTLING_STYLES[m.group("s")], text, trace, "abbreviation")
    return sub(_WEIGHT_AFTER_CLASS, lambda m: f"{m.group('cls')}minus {m.group('kg')}", text, trace, "symbol")
