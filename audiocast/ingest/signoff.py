"""A sign-off under an article's text ("Sven-Olof Berg, sekreterare", "Anna Holm, ordförande i föreningen"): the
writer's name and role closing the text of an association's or a club's news. What the page sets after it, when
it is no running paragraph of text (a programme table, a box of dates, a link list), is the page's, not the
article's.
"""

from __future__ import annotations

import re

SIGN_OFF = re.compile(
    r"(?:[A-ZÅÄÖÉÁÀÜØÆÓÍÚ][\w-]+|[A-ZÅÄÖ]\.)(?: (?:[A-ZÅÄÖÉÁÀÜØÆÓÍÚ][\w-]+|[A-ZÅÄÖ]\.)){1,3}, (?:[a-zåäöé][\w-]*)"
    r"(?: [\wåäöÅÄÖ-]+){0,5}")
"""Two to four capitalised names (an accented capital opens a Sami or Finnish name: "Ánde Labba"), a comma and a role
in lower case of at most six words, no sentence end."""


SLASH_SIGN = re.compile(r"/\s?[A-ZÅÄÖÉ][\w-]*(?:,? [\w&-]+){0,6}")
"""A sign-off after a slash, the Swedish letter's way: "/Lena, Ahmed och Josefin", "/Mikael, för styrelsen"."""


def is_sign_off(line: str) -> bool:
    """A writer's sign-off: a name, a comma and a role ("Sven-Olof Berg, sekreterare"), or names after a slash
    ("/Styrelsen"), nothing else."""
    text = line.strip()
    return len(line) <= 80 and (SIGN_OFF.fullmatch(text) is not None or SLASH_SIGN.fullmatch(text) is not None)


def cut_after_sign_off(texts: list[str], running: list[bool]) -> int:
    """How many of an article's lines to keep: all of them, or up to and including a sign-off that stands right
    after running prose with no running paragraph after it (``running[k]``: line k is a paragraph of prose in
    the text, not a table row, a heading or a link)."""
    for k, text in enumerate(texts):
        if k and running[k - 1] and is_sign_off(text) and not any(running[k + 1:]):
            return k + 1
    return len(texts)
