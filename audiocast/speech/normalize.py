"""Run the rules over a line, in order, and say what changed.

``normalize`` and ``explain`` are the public entry points. The order of the
rules is :data:`~.rules.PIPELINE`, kept in ``speech/rules/__init__.py``.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .phonemes import protect, restore
from .report import Explanation, Trace
from .rules import PIPELINE, run_pipeline
from .rules.cleanup import clean

__all__ = ["PIPELINE", "explain", "normalize"]


def _run(text: str, lexicon: Lexicon | None, trace: Trace | None) -> str:
    if lexicon is not None:
        # The lexicon runs first, so an entry whose written form is a token
        # ("SCB", "X2000", "Nato") wins over the number and acronym rules.
        text = lexicon.apply(clean(text), trace)
    # Phonemes from the lexicon ([[IPA]]) pass the rules untouched.
    text, blocks = protect(text)
    said = restore(run_pipeline(text, trace), blocks)
    if said[:1].islower() and _OPENS_WITH_NUMBER.match(text):
        said = said[0].upper() + said[1:]  # "3 personer greps." -> "Tre personer greps." (session 61)
    return said


_OPENS_WITH_NUMBER = re.compile(r"\s*(?:[–—-]\s+)?[-−–+]?[\d½⅓⅔¼¾⅕⅛⅒]")
"""A line that opens with a number (after a quote's dash or with its sign): its words take the sentence's capital,
as a writer spells them (of the evaluation set's rows whose line opens with a number, 198 write only the capital and 42
only the small letter, 26 accept both; session 61)."""


def normalize(text: str, lexicon: Lexicon | None = None) -> str:
    """One written Swedish line in the words a newsreader would say.

    Sentence punctuation (. , ? !) is kept so the voice phrases it; a phone
    number is said "noll", its area code (four digits one by one), then each
    written group as a number ("08-123 45 67": "noll åtta hundratjugotre
    fyrtiofem sextiosju"). ``lexicon`` (the
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
