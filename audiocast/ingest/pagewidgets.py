"""Lines of a dump told by their neighbours, whatever their words: the page's widgets - a feedback question over its
answer buttons ("Var sidan till hjälp?" over "Ja" and "Nej"), a feature presented by a sponsor under the article
("Matchens lirare", the player, "Presenteras av …"), a switch over its options ("Uppdatera automatiskt", "På", "Av") - and a list's item beside its twin, which the article keeps
however the classifier doubts it. Used by the dump parser (:mod:`audiocast.ingest.text`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine
from .lineshape import words
from .valuerows import value_row_tags

P_TRUSTED = 0.5
"""A paragraph of the article the classifier gives at least this goes on below a sponsor's line (as the parser's)."""


_YES_NO = (("ja", "nej"), ("yes", "no"))
FEEDBACK_WORDS = 10
"""A feedback widget's question ("Hittade du det du sökte?") is at most this many words."""


_GRADE = re.compile(r"(?i)(?:ja|nej|delvis|yes|no|partly|(?:mycket|ganska|inte|helt|varken|mindre|inte alls)\b.{0,20}|"
                    r"(?:bra|dålig|dåligt|nöjd|missnöjd|neutral|okej|ok))[.!]?")
"""An answer button of a feedback or rating widget ("Ja", "Delvis", "Mycket nöjd", "Ganska bra", "Inte alls")."""
ANSWER_WORDS = 3


def feedback_question(lines: Sequence[TaggedLine], i: int) -> bool:
    """A question of at most :data:`FEEDBACK_WORDS` words right over its answer buttons, no blank line between: two,
    "Ja" and "Nej", or two or more grades of at most :data:`ANSWER_WORDS` words ("Mycket nöjd", "Ganska nöjd", "Inte
    nöjd"; :data:`_GRADE`): the page's feedback widget, whatever it asks. An article's question over a list of things
    ("Vad behöver du ta med?" over "Matsäck", "Vattenflaska") has no grades."""
    ln = lines[i]
    if ln.text[-1] != "?" or words(ln.text) > FEEDBACK_WORDS or i + 2 >= len(lines):
        return False
    a, b = lines[i + 1], lines[i + 2]
    answers = (a.text.strip(" .!").lower(), b.text.strip(" .!").lower())
    if not a.blank_before and not b.blank_before and answers in _YES_NO:
        return True
    return answers_under(lines, i) >= 2


_VOTE = re.compile(r"(?i)(?:rösta|skicka(?: in)?(?: ditt)?(?: svar| röst(?:en)?)?|svara|vote|submit)(?: nu| här)?[.!]?")
"""A poll's button under its options ("Rösta", "Skicka svar", "Rösta nu!")."""


def _poll_under(lines: Sequence[TaggedLine], i: int) -> int:
    """Two to six options of at most :data:`OPTION_WORDS` words, no sentence's end, under the question and over a vote
    button (:data:`_VOTE`; blank lines between allowed): a poll, whatever its options ("Bra", "Krångligt", "Vet inte",
    "Skicka svar"). The number of its lines under the question (the button's included), or 0. An article's question over
    a list of things has no vote button."""
    for n, x in enumerate(lines[i + 1:i + 8]):
        if _VOTE.fullmatch(x.text.strip()):
            return n + 1 if n >= 2 else 0
        if x.tag not in (None, "drop") or words(x.text) > OPTION_WORDS or x.text.rstrip()[-1:] in (".", "?", ":"):
            return 0
    return 0


OPTION_WORDS = 7
"""A poll's option ("Bättre än i fjol", since session 34 "Ja, i närheten av där jag bor": extract139) is at most this many
words; the vote button under the options is what tells the poll."""


def answers_under(lines: Sequence[TaggedLine], i: int) -> int:
    """How many answer buttons (:data:`_GRADE`, at most :data:`ANSWER_WORDS` words) are glued under ``lines[i]`` (or a
    poll's options and its vote button, :func:`_poll_under`)."""
    poll = _poll_under(lines, i)
    if poll:
        return poll
    n = 0
    for x in lines[i + 1:]:
        if x.blank_before or words(x.text) > ANSWER_WORDS or not _GRADE.fullmatch(x.text.strip()):
            break
        n += 1
    return n


SPONSORED_TITLE_WORDS = 5
"""A sponsored feature's title and its subject over the sponsor's line ("Matchens lirare", "Omar Said") are short."""


def sponsored_box_tags(lines: Sequence[TaggedLine]) -> None:
    """A feature presented by a sponsor under the article: at most two short lines (:data:`SPONSORED_TITLE_WORDS`, no
    sentence's end) glued right above a sponsor's line ("Presenteras av Lindå Bygg", rule ``sponsor``), a blank line or
    a kept sentence above them, and no paragraph of the article that the classifier trusts below (:data:`P_TRUSTED`):
    "Matchens lirare" and the player's name are the sponsor's box."""
    end = len(lines)
    for i, ln in enumerate(lines):
        if ln.rule != "sponsor" or i < 2 or ln.blank_before:
            continue
        k = i
        while k > max(0, i - 2) and lines[k - 1].tag is None and words(lines[k - 1].text) <= SPONSORED_TITLE_WORDS and (
                lines[k - 1].text[-1] not in ".!?:") and not lines[k].blank_before:
            k -= 1
        if k == i or not (lines[k].blank_before or (lines[k - 1].tag is None and lines[k - 1].text[-1] in ".!?")):
            continue
        if any(x.tag is None and (x.p or 0.0) >= P_TRUSTED and words(x.text) >= 8 and x.text[-1] in ".!?"
               for x in lines[i + 1:end] if x.tag not in {"stop", "footer"}):
            continue
        for x in lines[k:i]:
            x.tag, x.rule = "drop", "sponsored-box"


def widget_box_tags(lines: Sequence[TaggedLine], head: str) -> None:
    """The page's boxes under the article that its neighbours tell: a sponsor's feature (:func:`sponsored_box_tags`),
    an opening-hours box or a weather widget (:func:`hours_weather_tags`; ``head``: the headline and the lead), a
    switch, a widget's value rows (:mod:`audiocast.ingest.valuerows`)."""
    sponsored_box_tags(lines)
    hours_weather_tags(lines, head)
    switch_tags(lines)
    value_row_tags(lines)


OPTION_LETTERS = 3
"""A switch's option is one word of at most this many letters ("På", "Av", "Off")."""
SWITCH_LABEL_WORDS = 4


def _option(ln: TaggedLine) -> bool:
    return ln.text.isalpha() and len(ln.text) <= OPTION_LETTERS


SWITCH_STATES = frozenset({"på", "av", "on", "off"})
"""Data: a switch's state shown alone under its label ("Uppdatera automatiskt" over "På")."""


def switch_tags(lines: Sequence[TaggedLine]) -> None:
    """A switch of the page's ("Uppdatera automatiskt" over "På" and "Av"): a short label without a sentence's end
    (at most :data:`SWITCH_LABEL_WORDS` words) right over two or more option lines, each one word of at most
    :data:`OPTION_LETTERS` letters, or over its state alone (:data:`SWITCH_STATES`: "På", "Off"), no blank line
    between; the label and its options go (a state's label the rules took already, "Uppdatera automatiskt", takes
    its state with it). A line "På" or "Av" alone is no sentence of the article. A feedback question's answers
    ("Ja", "Nej") are the feedback widget's; a list's items are longer or numbered."""
    for i in range(len(lines) - 1):
        label = lines[i]
        if label.tag not in (None, "drop") or words(label.text) > SWITCH_LABEL_WORDS or label.text[-1] in ".!?:,":
            continue
        k = i + 1
        while k < len(lines) and _option(lines[k]) and not lines[k].blank_before:
            k += 1
        state = k == i + 2 and lines[i + 1].text.lower() in SWITCH_STATES
        if (label.tag is None and 2 <= k - i - 1 <= OPTION_LETTERS) or state:
            for x in lines[i:k]:
                if x.tag in (None, "menu"):
                    x.tag, x.rule = "drop", "switch"


_DAY = r"(?:mån|tis|ons|tors?|fre|lör|sön)(?:dag(?:ar)?)?\.?|vardagar|helgdagar|helger|lunch\w*|idag|i dag|imorgon|i morgon"
_HOURS_ITEM = re.compile(
    rf"(?i)(?:{_DAY})(?:\s*[–—-]\s*(?:{_DAY}))?\s*:?\s*(?:kl\.?\s*)?"
    r"(?:\d{1,2}(?:[.:]\d\d)?\s*[–—-]\s*\d{1,2}(?:[.:]\d\d)?|stängt|öppet)\.?")
"""An opening hours' row: days and a span of hours, or "stängt" ("Måndag–fredag 10–17", "Lör: 10.00–15.00", "Sön:
Stängt", "Lunchstängt 12–13")."""
_TEMPERATURE = re.compile(
    rf"(?i)(?:(?:{_DAY})\s*:?\s*)?[+−-]?\d{{1,2}}\s*°\s*c?"
    r"|(?:(?:vind|byvind|nederbörd|regn|snödjup|snö|luftfuktighet)\s*:?\s*)?\d+(?:[,.]\d+)?\s*(?:\(\d+\)\s*)?(?:m/s|mm|cm|%)")
"""A weather widget's row: a temperature, with a day before it or not ("Idag 12°", "9 °C"), or another reading, with
its name before it or not ("Vind 6 m/s", "Nederbörd 2 mm", "62 cm")."""
_DAY_ALONE = re.compile(rf"(?i)(?:{_DAY})")
_HOURS_TOPIC = re.compile(r"(?i)öppe[tn]|öppna|stäng|öppettid")
_WEATHER_TOPIC = re.compile(r"(?i)väd(?:er|ret)|smhi|prognos|grader|temperatur|regn|snö|blås|vind|sol(?:en|ig|sken)?\b|°")
WIDGET_HEAD_WORDS = 4
"""A widget's heading ("Öppettider", "Vädret i Åby") is at most this many words."""
CONDITION_WORDS = 2
"""A weather widget's condition under a temperature ("Molnigt", "Lätt regn") is at most this many words."""


def hours_weather_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """An opening-hours box or a weather widget under the article: a short heading over two or more rows glued under
    it shaped as opening hours (:data:`_HOURS_ITEM`) or temperatures (:data:`_TEMPERATURE`; a day alone or a short
    condition between them), running prose above and none below. The article's own box stays: one about opening
    hours under an article that speaks of opening or closing (a shop reopens), one about the weather under an article
    that speaks of the weather (:data:`_HOURS_TOPIC`, :data:`_WEATHER_TOPIC`; its headline and lead, ``head``, too)."""
    for i, label in enumerate(lines):
        if label.tag not in (None, "drop") or words(label.text) > WIDGET_HEAD_WORDS or label.text[-1:] in ".!?,":
            continue
        k, rows, kind = i + 1, 0, ""
        while k < len(lines) and not lines[k].blank_before and lines[k].tag in (None, "drop", "date"):
            text = lines[k].text.strip()
            row = "hours" if _HOURS_ITEM.fullmatch(text) else "weather" if _TEMPERATURE.fullmatch(text) else ""
            if row and kind and row != kind:
                break
            if not row and not (kind != "hours" and (_DAY_ALONE.fullmatch(text) or (
                    words(text) <= CONDITION_WORDS and not re.search(r"[\d.!?:]", text)))):
                break
            rows, kind, k = rows + (1 if row else 0), kind or row, k + 1
        if rows < 2:
            continue
        above = [x.text for x in lines[:i] if is_running_prose(x)]
        topic = _HOURS_TOPIC if kind == "hours" else _WEATHER_TOPIC
        if not above or any(topic.search(t) for t in [head, *above]) or any(is_running_prose(x) for x in lines[k:]):
            continue
        for x in lines[i:k]:
            if x.tag is None:
                x.tag, x.rule = "drop", f"{kind}-widget"


def is_parallel(lines: Sequence[TaggedLine], i: int) -> bool:
    """A list's item beside its kept twin: the line above or below (no blank line between) opens the same way, its
    label before a colon the same but for its number or letter ("Vuxen nybörjare 1: tisdagar …" over "Vuxen nybörjare
    2: söndagar …", "Grupp A: …" over "Grupp B: …"), or, without a colon, its first two words the same. The classifier
    doubts a list's lines one by one; the list says they belong together."""
    own = _opening(lines[i].text)
    near = [lines[i - 1]] if i > 0 and not lines[i].blank_before else []
    near += [lines[i + 1]] if i + 1 < len(lines) and not lines[i + 1].blank_before else []
    return bool(own[0]) and any(x.tag is None and _opening(x.text) == own for x in near)


def _opening(text: str) -> tuple[tuple[str, ...], bool]:
    """How a list's item opens: its label before a colon less the label's last word (the item's number or letter),
    or its first two words; and whether it has a label."""
    label, colon, _ = text.partition(":")
    head = label.lower().split()
    if colon and 2 <= len(head) <= 4:
        return tuple(head[:-1]), True
    first = text.lower().split()[:2]
    return (tuple(first) if len(first) == 2 else ()), False
