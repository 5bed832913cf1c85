"""A cookie or consent dialog copied with the page: its heading, its text and its buttons go as one dialog.

The rules ``cookie``, ``cookie-choices`` and ``consent-tcf`` (``data/boilerplate.tsv``) know the dialog's standing
sentences, the IAB TCF purposes in the Swedish wording consent platforms show (written from how they read, not checked
against IAB's published translation) and the consent platforms' buttons, the same on every site. The rest of a dialog
is the site's own wording: its heading ("Vi värdesätter din integritet", "Kakor på Ortens blad"), its sentences
("Vissa kakor används för att anpassa annonser", "Nödvändiga kakor kan inte väljas bort") and a button the rules
cannot know alone ("OK", "Fler alternativ"). Read as the article, the heading was taken for the headline, the text
for the lead, and a dialog over a page without a headline above its text made the page unreadable.

An age gate over an alcohol or gaming site is such a dialog too (the rule ``age-gate``: "Du måste ha fyllt 20 år för
att besöka den här webbplatsen.", "Jag har fyllt 20 år"; session 33).

One pass (:func:`consent_box_tags`, at the top or the foot of the page alike) tells the whole dialog:

- its **consent lines**: a line a consent rule knows, or a line of at most :data:`SENTENCE_WORDS` words that speaks
  of consent (:data:`CONSENT_WORDS`: kakor, cookies, samtycke, integritet, personuppgifter, "våra partner");
- a **dialog** is a run of consent lines at most :data:`GAP` other lines apart (a blank line ends it unless a consent
  line follows it), with at least :data:`LEAST` consent lines, one of them known to the rules (a button, a standing
  sentence): the words alone never make a dialog, so an article about cookies is read;
- its **heading**: a short line (:data:`HEAD_WORDS`, no full stop) right over its first consent line;
- its **buttons**: short lines (:data:`BUTTON_WORDS`, no sentence) right under its last consent line, at most
  :data:`BUTTONS`, never a short headline over its date line;
- in a dump with blank lines, a **box** of at most :data:`BOX_LINES` lines between blank lines that holds a button the
  rules know is the dialog whole down to that button, its text however worded ("Vi och våra 187 partner …").

Guards: a headline that speaks of privacy ("Ny lag ska skydda din integritet") over a byline and prose has no consent
line a rule knows beside it and stays; a dialog ends where its consent lines end, so the article after it is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import words

RULE = "consent-box"
CONSENT_RULES = frozenset({"cookie", "cookie-choices", "consent-tcf", "age-gate"})
CONSENT_WORDS = re.compile(
    r"(?i)\b(?:kakor(?:na)?|kakan|cookies?|cookie-?\w+|samtycke\w*|samtyck(?:er|a)|integritet\w*|personuppgift\w*"
    r"|(?:våra|\d+) (?:annons)?partners?|dina (?:cookie)?val|spårningstekni\w+)\b")
"""What a dialog's own sentences speak of, in the site's own wording ("Vissa kakor används …", "Vi värnar om din
integritet")."""
SENTENCE_WORDS = 60
"""A consent line told by its words has at most this many words (a dialog's sentence, not an article's paragraph)."""
LEAST = 2
"""Consent lines a dialog has at least (one of them known to the rules)."""
HEAD_WORDS = 10
"""The dialog's heading has at most this many words."""
BUTTON_WORDS = 4
"""A line among the dialog's own with at most this many words (and no sentence) is its button or tab."""
BUTTONS = 4
"""Short lines at most right under the dialog's last consent line taken as its buttons."""
HEAD_TAGS = frozenset({"date", "published", "byline", "updated"})
GAP = 2
"""Other lines allowed between two consent lines of one dialog."""
BOX_LINES = 8
"""A dialog set as a box between blank lines has at most this many lines: its title, its text, its buttons."""


def _known(x: TaggedLine) -> bool:
    return x.rule in CONSENT_RULES


def _consent(x: TaggedLine) -> bool:
    return _known(x) or (x.tag is None and words(x.text) <= SENTENCE_WORDS and bool(CONSENT_WORDS.search(x.text)))


def _button(x: TaggedLine) -> bool:
    return words(x.text) <= BUTTON_WORDS and x.text.rstrip()[-1:] not in (".", "!", "?", ":")


def _heading(x: TaggedLine) -> bool:
    return x.tag is None and words(x.text) <= HEAD_WORDS and not x.text.rstrip().endswith(".")


def _run_end(lines: Sequence[TaggedLine], first: int) -> int:
    """The index of the last consent line of the run that starts at lines[first]."""
    last, k = first, first + 1
    while k < len(lines) and k - last <= GAP + 1:
        if lines[k].blank_before and not _consent(lines[k]):
            break
        if _consent(lines[k]):
            last = k
        k += 1
    return last


def _drop(lines: Sequence[TaggedLine], start: int, end: int) -> None:
    for x in lines[start:end]:
        if x.tag is None:
            x.tag, x.rule = "drop", RULE


def _dialogs(lines: Sequence[TaggedLine]) -> None:
    i = 0
    while i < len(lines):
        if not _consent(lines[i]):
            i += 1
            continue
        last = _run_end(lines, i)
        run = [x for x in lines[i:last + 1] if _consent(x)]
        if len(run) < LEAST or not any(_known(x) for x in run):
            i = last + 1
            continue
        start = i - 1 if i > 0 and not lines[i].blank_before and _heading(lines[i - 1]) else i
        end = last + 1
        while end < min(len(lines), last + 1 + BUTTONS) and not lines[end].blank_before and _button(lines[end]):
            if end + 1 < len(lines) and lines[end + 1].tag in HEAD_TAGS:
                break  # a short headline over its date line or byline, right under the dialog
            end += 1
        _drop(lines, start, end)
        i = end


def _boxes(lines: Sequence[TaggedLine]) -> None:
    start = 0
    for k in range(1, len(lines) + 1):
        if k < len(lines) and not lines[k].blank_before:
            continue
        box = lines[start:k]
        known = [j for j, x in enumerate(box) if x.rule in CONSENT_RULES and _button(x)]
        if len(box) <= BOX_LINES and known:
            _drop(lines, start, start + known[-1])  # the dialog's text stands above its buttons
        start = k


def consent_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Tag each consent dialog's lines ``drop`` (module docstring)."""
    _dialogs(lines)
    if any(x.blank_before for x in lines):
        _boxes(lines)
