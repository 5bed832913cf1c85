"""An identifier read digit by digit keeps its dash as a word ("556012-3456"
-> "fem fem sex noll ett två streck tre fyra fem sex"): an organisation
number, a customer's or a case's number written in dashed parts is dictated
so the listener can note it; ten digits run on cannot be. Used by the rules
that read a labelled number digit by digit (``admin.py``).
"""

from __future__ import annotations

from ..numbers import digits


def dashed_digits(number: str) -> str:
    """Digit by digit, the dash of an organisation number's shape (six
    digits, a dash, the rest: "556012-3456", "212000-0142") said "streck"; other
    dashed numbers (an ISBN, "8327-9") run on as before.

    >>> dashed_digits("556012-3456")
    'fem fem sex noll ett två streck tre fyra fem sex'

    Risk: a dash that writers leave unsaid ("802456-7890" read as ten
    digits) is said, as the organisation number is written.
    """
    parts = [" ".join(digits(g) for g in part.split()) for part in number.split("-")]
    if len(parts) != 2 or len(number.split("-")[0].strip()) != 6:
        return " ".join(p for p in parts if p)  # an ISBN, a clearing number's check digit: as before, run on
    return " streck ".join(parts)
