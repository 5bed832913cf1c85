"""A maker's second model named after its first without the maker again:
"Saab 9-3 eller 9-5" -> "Saab nio tre eller nio fem", "Boeing 737 och 747"
(the second was read as a score, "nio mot fem", or as a plain number).
The makers and how their numbers are said are MODEL_BRANDS in
``speech/data/admin.py``; the models are read by ``admin.references``.
"""

from __future__ import annotations

import re

from ..data.admin import MODEL_BRANDS
from ..report import Trace
from .admin import _MODEL_BRAND, _model_brand
from .machinery import alternation, number_noun, sub, word_start

# the maker and its model, a link, the next model of the same shape (no maker before it)
_NEXT_MODEL = re.compile(
    rf"\b(?P<pre>(?P<b>{alternation(MODEL_BRANDS)})\s\d{{1,4}}(?:-\d{{1,3}})?(?:,\s\d{{1,4}}(?:-\d{{1,3}})?)*"
    r"(?:,|\s(?:eller|och|samt|&|till))\s)(?P<m>\d{1,4}(?:-\d{1,3})?)(?![\w]|[.,]\d|-\w)"
)
_HINT = re.compile(rf"{word_start(MODEL_BRANDS)}\s\d")  # \b(?:makes)\s\d, the lookbehind after the capital (a fast scan)
# "X62:or", "X2000:orna", "fick två 3:or": a number's plural noun after a colon, the letters before it kept
_PLURAL = re.compile(r"(?<![\w:.,])(?P<p>[A-ZÅÄÖ]{1,3}[ -]?)?(?P<n>\d{1,4}):(?P<e>orna|ornas|ors|or)(?![\w:])")


def _plural(m: re.Match[str]) -> str | None:
    n = int(m.group("n"))
    if n >= 100 and n % 100 == 0 and n % 1000:
        return None  # "900:or": no plural a listener knows
    said = number_noun(n).removesuffix("an") + m.group("e")
    letters = (m.group("p") or "").rstrip(" -")
    return f"{letters} {said}" if letters else said


def _next_model(m: re.Match[str]) -> str | None:
    model = _MODEL_BRAND.fullmatch(f"{m.group('b')} {m.group('m')}")
    said = _model_brand(model) if model else None
    if said is None:
        return None
    return m.group("pre") + said.removeprefix(m.group("b") + " ")


def model_lists(text: str, trace: Trace | None = None) -> str:
    """ "Köpes: Saab 9-3 eller 9-5" -> "Saab 9-3 eller nio fem" (the first
    left to the model rule: "Saab nio tre") (class "model name"): a model
    number linked by "eller", "och", a comma after a maker's model is that
    maker's too, said as the maker's models are (MODEL_BRANDS). A number's
    plural after a colon is its noun's ("nya X62:or" -> "X sextiotvåor", "fick
    två 3:or" -> "treor", "X2000:orna" -> "X tvåtusenorna").

    Risk: a count after a maker's model ("Volvo 240 och 3 lastbilar"? the
    number of three digits only is a model for "number" makers) is read as
    a model when it has the model's shape."""
    if ":or" in text:
        text = sub(_PLURAL, _plural, text, trace, "model name")
    if _HINT.search(text) is None:
        return text
    return sub(_NEXT_MODEL, _next_model, text, trace, "model name")
