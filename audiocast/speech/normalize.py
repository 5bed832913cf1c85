"""The machinery: run the rules over a line, in order, and say what changed.

``normalize`` and ``explain`` are the public entry points. The order of
:data:`PIPELINE` matters: forms that contain numbers in a context (phone
numbers, dates, times, money, units) are read before bare numbers, and
bare numbers before the fallback that reads leftover digits one by one.
"""

from __future__ import annotations

from collections.abc import Callable

from . import rules as R
from .lexicon import Lexicon
from .report import Explanation, Trace

Rule = Callable[[str, Trace | None], str]

PIPELINE: tuple[Rule, ...] = (
    R.clean,
    R.shouting,
    R.quote_dash,
    R.urls_emails,
    R.wind_directions,
    R.phone_numbers,
    R.section_numbers,
    R.decimal_point,
    R.born,
    R.symbols,
    R.roman_regnal,
    R.dates,
    R.colon_prices,
    R.clock_times,
    R.number_compounds,
    R.units,
    R.money,
    R.percent,
    R.ordinals,
    R.scores,
    R.identifiers,
    R.years,
    R.ranges,
    R.cardinals,
    R.leftover_digits,
    R.parties,
    R.acronyms,
    R.abbreviations,
    R.tidy,
)
"""The rules in the order they run (after the lexicon)."""


def _run(text: str, lexicon: Lexicon | None, trace: Trace | None) -> str:
    if lexicon is not None:
        text = lexicon.apply(R.clean(text), trace)
    for rule in PIPELINE:
        text = rule(text, trace)
    return text


def normalize(text: str, lexicon: Lexicon | None = None) -> str:
    """One written Swedish line in the words a newsreader would say.

    Sentence punctuation (. , ? !) is kept so the voice phrases it; phone
    numbers come out in digit groups separated by commas. ``lexicon`` (the
    editors' pronunciation lexicon) is applied first; ``None`` applies none —
    pass ``Lexicon.default()`` for the shipped one.

    >>> normalize("Mötet börjar kl. 14.30 den 1 maj.")
    'Mötet börjar klockan fjorton och trettio den första maj.'
    """
    return _run(text, lexicon, None)


def explain(text: str, lexicon: Lexicon | None = None) -> Explanation:
    """Like :func:`normalize`, and also which rule changed what and which
    tokens the rules were unsure of (unknown all-capital words, numbers they
    could not classify)."""
    trace = Trace()
    spoken = _run(text, lexicon, trace)
    return Explanation(spoken=spoken, changes=list(trace.changes), unsure=list(trace.unsure))
