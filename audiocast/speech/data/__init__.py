"""Plain data for the Swedish normalizer: no logic, only tables.

Editors and linguists change these; the rules in ``speech/rules/`` read them.
Every table is a tuple, a frozenset or a dict of plain strings so it can be
reviewed line by line. One module per domain:

- ``number_words.py``: number words, signs, Roman numerals and regnal names
- ``nouns.py``: en/ett agreement and the words that follow a number
- ``calendar.py``: month and weekday abbreviations, words around dates and years
- ``quantities.py``: money, units, percent, prices, wind, symbols, fractions
- ``contact.py``: web addresses, phone and service numbers
- ``sport.py``: the words that make "3–1" a score
- ``words.py``: abbreviations, acronyms, letter names, parties, syllable shapes
- ``lexikon.tsv``: the editors' pronunciation lexicon (read by ``lexicon.py``)

The weekday and month names are not here: they live in
``audiocast/calendar_sv.py`` and are re-exported below for older callers
(``speech/script.py`` reads ``data.MONTHS`` and ``data.WEEKDAYS``).
"""

from __future__ import annotations

from ...calendar_sv import MONTHS, WEEKDAYS

__all__ = ["MONTHS", "WEEKDAYS"]
