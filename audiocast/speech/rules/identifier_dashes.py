"""An identifier read digit by digit keeps its dash as a word ("556012-3456"
-> "fem fem sex noll ett två streck tre fyra fem sex"): an organisation
number, a customer's or a case's number written in dashed parts is dictated
so the listener can note it; ten digits run on cannot be. Used by the rules
that read a labelled number digit by digit (``admin.py``).
"""

from __future__ import annotations

from ..numbers import digits


def dashed_digits(number: str) -> str:
    """Digit by digit, each dash said "streck", a space between groups only a
    space.

    >>> dashed_digits("556012-3456")
    'fem fem sex noll ett två streck tre fyra fem sex'

    Risk: a dash that writers leave unsaid ("802456-7890" read as ten
    digits) is said, as the organisation number is written.
    """
    parts = [" ".join(digits(g) for g in part.split()) for part in number.split("-")]
    return " streck ".join(p for p in parts if p)
