"""A widget set into the article's body between two of its paragraphs: a poll or quiz, a newsletter's sign-up form.

A site embeds its standing widgets in the middle of its articles: a poll ("Vad tycker du?" / a question / its options
/ "Rösta" or "64 röster"), a quiz ("Testa dina kunskaper" / a question / options / "Starta quizet"), a newsletter's
form ("Missa inget!" / a sentence / "E-postadress" / "Prenumerera"). The passes that tell boxes by their labels took
such a widget for the start of the page's tail, and in a dump without blank lines everything under it went with it:
the rest of the article was lost. Here a widget is told by its shape, whatever it says:

- its **controls**, the form's and poll's standing parts (data: :data:`FIELD`, a form's field or its placeholder;
  :data:`SUBMIT`, its button; :data:`COUNTER`, a poll's count of votes);
- a **form**: one to :data:`FIELDS` field lines over a button, short lines all;
- a **poll**: a short question over :data:`MIN_OPTIONS` to :data:`MAX_OPTIONS` options of at most
  :data:`OPTION_WORDS` words (no sentence) and a control under them; a quiz's questions, each over its options, with
  one control under the last ("Se dina svar");
- over it, its **heading** (a short line without a full stop) and, under that heading, at most one short sentence;
- under it, more controls ("Se resultat", "Omröstningen stänger på söndag").

A widget with the article's running prose right over it and the article going on under it is cut out of the page before the body is
read (:func:`without_body_widgets`), so the article goes on under it; one under the article's last paragraph is left
to the passes that tell the page's tail, its lines tagged ``drop`` where they stand. Risk: an article's own question over a list of answers that ends in a line
like "Svara" between two paragraphs would go; a list of things ("Vad behöver du? / Matsäck / Vattenflaska") has no
control under it and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from .furniture import TaggedLine
from .headcounters import without_lines
from .lineshape import closes_sentence, is_quote, is_title_like, words

RULE = "body-widget"
FIELD = re.compile(
    r"(?i)(?:(?:din|ange (?:din)?|skriv (?:in )?din|fyll i (?:din)?) ?)?(?:e-?post(?:adress)?|mejl(?:adress)?|"
    r"mailadress|förnamn|efternamn|namn|telefon(?:nummer)?|mobil(?:nummer)?|postnummer|ort)\s*\*?:?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|välj [\wåäö]+\s*\*?:?")
"""A form's field label or its placeholder ("E-postadress", "Din e-post", "Förnamn *", "namn@exempel.se"), a select's
("Välj linje", session 33)."""
SUBMIT = re.compile(
    r"(?i)(?:prenumerera(?: nu| gratis)?|anmäl(?: mig| dig)?(?: nu| här)?|registrera(?: mig| dig)?|skicka(?: in)?"
    r"(?: svar(?:et)?| mitt svar| din röst| röst(?:en)?)?|rösta(?: nu| här)?|svara|se (?:resultat(?:et)?|alla svar"
    r"|dina svar|ditt resultat|rätt svar)"
    r"|visa (?:resultat(?:et)?|svaren)|starta(?: quiz(?:et)?| testet)?|börja(?: quizet)?|nästa fråga"
    r"|gör (?:testet|quizet)|jag vill (?:ha|få) .{1,40}|skriv upp mig|gå med|ja,? tack|teckna(?: mig)?)\s*[.!→›»]?")
"""A form's or poll's button ("Prenumerera", "Anmäl mig", "Anmäl", "Skicka svar", "Rösta", "Se resultat", "Starta quizet")."""
COUNTER = re.compile(
    r"(?i)[\d  ]+ (?:röster|har röstat|svar|deltagare|har svarat)|(?:omröstningen|quizet|enkäten) "
    r"(?:stänger|avslutas|är öppen|pågår) .{0,60}")
"""A poll's count of votes or its closing ("64 röster", "Omröstningen stänger på söndag")."""
FIELDS = 4
"""A form has at most this many field lines."""
MIN_OPTIONS = 2
MAX_OPTIONS = 6
OPTION_WORDS = 4
"""A poll's option has at most this many words."""
QUESTION_WORDS = 16
"""A poll's question has at most this many words."""
HEAD_WORDS = 8
"""A widget's heading has at most this many words."""
SENTENCE_WORDS = 22
"""The sentence under a widget's heading has at most this many words."""
TRAILING = 3
"""Controls at most under the widget's core."""
BELOW = 3
"""Lines under a widget searched for the article's going on."""
PROSE_WORDS = 10
"""A paragraph of the article's running prose over and under the widget has at least this many words."""

L = TypeVar("L", bound=TaggedLine)


def _control(x: TaggedLine) -> bool:
    t = x.text.strip()
    return words(t) <= 8 and bool(SUBMIT.fullmatch(t) or COUNTER.fullmatch(t))


def _option(x: TaggedLine) -> bool:
    t = x.text.strip()
    return 0 < words(t) <= OPTION_WORDS and t[-1:] not in (".", "?", ":") and not _control(x)


def _form(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a form starting at lines[k] (fields over a button), or 0."""
    n = 0
    while k + n < len(lines) and n < FIELDS and FIELD.fullmatch(lines[k + n].text.strip()) and (
            n == 0 or not lines[k + n].blank_before):
        n += 1
    if n and k + n < len(lines) and not lines[k + n].blank_before and _control(lines[k + n]):
        return k + n + 1
    return 0


def _poll(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a poll starting at its question lines[k] (options under it, then a control), or 0."""
    q = lines[k].text.strip()
    if lines[k].tag is not None or not q.endswith("?") or words(q) > QUESTION_WORDS:
        return 0
    n = 0
    while k + 1 + n < len(lines) and n < MAX_OPTIONS and _option(lines[k + 1 + n]):
        n += 1
    end = k + 1 + n
    if MIN_OPTIONS <= n and end < len(lines) and _control(lines[end]):
        return end + 1
    if MIN_OPTIONS <= n and end < len(lines) and not lines[end].blank_before:
        return _poll(lines, end)  # a quiz's next question and its options (session 31, extract114), one control under all
    return 0


def _prose(x: TaggedLine) -> bool:
    return words(x.text) >= PROSE_WORDS and not is_title_like(x.text)


def _heading(x: TaggedLine) -> bool:
    t = x.text.strip()
    return 0 < words(t) <= HEAD_WORDS and not t.endswith(".") and not _prose(x)


def _top(lines: Sequence[TaggedLine], k: int) -> int:
    """The widget's first line over its core at lines[k]: its heading, and the short sentence under it."""
    if k >= 1 and not lines[k].blank_before and _heading(lines[k - 1]):
        return k - 1
    if k >= 2 and not lines[k].blank_before and not lines[k - 1].blank_before and words(
            lines[k - 1].text) <= SENTENCE_WORDS and _heading(lines[k - 2]):
        return k - 2
    return k


def _goes_on(lines: Sequence[TaggedLine], end: int) -> bool:
    """Whether the article goes on under a widget ending at ``end``: running prose within :data:`BELOW` lines, or
    lines no rule knows opened by a line announcing them ("Här är programmet:"). A subheading alone is not
    enough: a box of the page's side ("Andra störningar just nu") opens with one."""
    below = lines[end:end + BELOW]
    if not below:
        return False
    if any(_prose(x) for x in below):
        return True
    first = below[0].text.strip()
    return all(x.tag is None for x in below) and first.endswith(":")


def widget_spans(lines: Sequence[TaggedLine]) -> list[tuple[int, int]]:
    """The (start, end) of each widget between two paragraphs of running prose (module docstring). A widget under the
    article's last paragraph (or under a line the rules took there, a contact's e-mail: session 33), the article not
    going on under it, is tagged ``drop`` where it stands (its heading and sentence too, which no rule knows) and left
    in place for the passes that tell the page's tail."""
    spans: list[tuple[int, int]] = []
    k = 1
    while k < len(lines):
        core_end = _form(lines, k) or _poll(lines, k)
        if not core_end:
            k += 1
            continue
        start, end = _top(lines, k), core_end
        while end < len(lines) and end - core_end < TRAILING and not lines[end].blank_before and _control(lines[end]):
            end += 1
        if start >= 1 and _prose(lines[start - 1]) and _goes_on(lines, end):
            spans.append((start, end))
            k = end
        elif start >= 1 and (_prose(lines[start - 1]) or (lines[start - 1].tag is not None and any(
                _prose(x) for x in lines[:start]))):  # under the article, or under a box the rules took under it
            for x in lines[start:end]:
                if x.tag is None:
                    x.tag, x.rule = "drop", RULE
            k = end
        else:
            k += 1
    return spans


def without_body_widgets(lines: list[L]) -> list[L]:
    """The page without the widgets set between the article's paragraphs (:func:`widget_spans`): they are nothing of
    the article's text, and the body passes read on under them."""
    spans = widget_spans(lines)
    if not spans:
        return lines
    return without_lines(lines, {i for s, e in spans for i in range(s, e)})


_CONTROL = re.compile(r"[\s⏮⏭⏪⏩⏸⏯⏹⏺◀▶◁▷◄►⏴⏵⏶⏷↺↻⟲⟳\ufe0f]+")
"""A line of a viewer's or a player's controls only ("⏮", "◀", "▶", "⏭")."""
CONTROL_RUN = 2
"""A viewer's controls stand on at least this many lines in a row."""
LABEL_LINES = 3
"""Over its controls a viewer has at most this many lines of its own (its name, what it shows: "Partivisare", "Lind, E
(1642) – Wikström, G (1811)", "KM 2024, rond 7"); under them at most this many buttons."""
LABEL_WORDS = 8


def _label(x: TaggedLine) -> bool:
    return x.tag is None and 0 < words(x.text) <= LABEL_WORDS and not closes_sentence(x.text, 1) and not is_quote(x.text)


def control_widget_tags(lines: Sequence[TaggedLine]) -> None:
    """A viewer or player set among the article's paragraphs (a chess game's board, a slideshow, an audio player),
    told by its run of control lines (:data:`_CONTROL`, at least :data:`CONTROL_RUN`): the short lines glued over the
    run up to the article's prose (:data:`LABEL_LINES` at most, no sentence, no quote: its name and what it shows) and
    the buttons under it up to a line a rule took ("Vänd bräde" over "Ladda ner PGN") go with it, whatever they say
    (session 33, extract124: a chess club's game viewer). Guard: the lines over the run go only under running prose, so
    a heading of the article's over a list never does; under the run a short line goes only when a rule's line closes
    the widget under it. Rule ``control-widget``."""
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and _CONTROL.fullmatch(lines[k].text.strip() or "x") and not (k > i and lines[k].blank_before):
            k += 1
        if k - i < CONTROL_RUN:
            i += 1
            continue
        top = i
        while top > 0 and i - top < LABEL_LINES and _label(lines[top - 1]) and not lines[top].blank_before:
            top -= 1
        if top < i and top > 0 and _prose(lines[top - 1]):
            _tag(lines[top:i])
        end = k
        while end < len(lines) and end - k < LABEL_LINES and _label(lines[end]) and not lines[end].blank_before:
            end += 1
        if end > k and end < len(lines) and lines[end].tag is not None and not lines[end].blank_before:
            _tag(lines[k:end])
        i = k


def _tag(lines: Sequence[TaggedLine]) -> None:
    for x in lines:
        x.tag, x.rule = "drop", "control-widget"
