"""The writer's presentation under a page dump's article ("Maria Lind har arbetat på kliniken sedan 2015 och …",
"Per Ek är styrelseledamot i föreningen."): a paragraph in a box of its own below the article's text, after which no
running prose comes, that opens with the name the page's head gives as the writer's (a short line above the lead:
"Maria Lind, leg. veterinär", "onsdag 3 juni 2026, Per Ek"; the name alone on the line the rules told as the
byline, "Patrik Sund" over his role "Sportreporter"; or a post's meta line the rules took under it, its parts
set apart by dots: "2 maj 2026 · Sven-Åke Berg · 5 min läsning") and goes on with a verb in lower case. The article
speaks of its writer in the third person there only; a person of the news named in the head's byline line is rare,
and such a sentence in the middle of the text (running prose after it) stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import P_END_PROSE, is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import FACT_ITEM, is_quote, words

_OPENING_NAME = re.compile(r"((?:[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?\s){1,2}[A-ZÅÄÖÉ][a-zåäöéü-]+)\s+[a-zåäö]")
HEAD_LINE_WORDS = 8
"""A byline in the head is a short line: at most this many words."""


def _byline_of(name: str, line: str) -> bool:
    """Whether the head's line is a byline naming ``name``: the name opens it before a comma ("Maria Lind, leg.
    veterinär") or closes it after a comma or 'Av' ("onsdag 3 juni 2026, Per Ek", "Av Per Ek"). A headline naming a
    person ("Kören utser Aino Virtanen till dirigent") is no byline, nor the site's name alone on its line (an
    association's name over its menu: its presentation is :func:`audiocast.ingest.furniture.about_tags`' to tell)."""
    n = re.escape(name)
    if re.fullmatch(rf"{n},.*|(?:.*,\s*|(?i:av)\s+){n}", line):
        return True
    parts = [p.strip() for p in re.split(r"\s[·|•]\s", line)]
    # A post's meta line, its parts set apart by dots or bars: "2 maj 2026 · Sven-Åke Berg · 5 min läsning".
    return len(parts) >= 2 and name in parts and any(re.search(r"\d", p) for p in parts)


def bio_tags(lines: Sequence[TaggedLine], body_from: int) -> None:
    """Drop the writer's presentation under the article (see the module docstring); ``lines[:body_from]`` is the head
    (headline, byline, lead)."""
    head = [ln.text for ln in lines[:body_from] if words(ln.text) <= HEAD_LINE_WORDS or (
        words(ln.text) <= HEAD_LINE_WORDS + 4 and re.search(r"\s[·|•]\s", ln.text))]  # a post's meta line, dotted
    # The head's line the rules told as the byline, the writer's name alone on it ("Eva-Lena Grahn" over "Krönikör").
    bylines = {ln.text for ln in lines[:body_from] if ln.tag == "byline"}
    cut = page_tail(lines[body_from:]) + body_from
    for i in range(body_from + 1, cut):
        ln = lines[i]
        m = _OPENING_NAME.match(ln.text)
        if ln.tag is not None or not (_set_apart(lines, i) or _under_label(lines, i) or _glued_bio(lines, body_from, i, m)):
            continue
        # The head's lines, and a meta line the rules took under the lead ("2 maj 2026 · Sven-Åke Berg · 5 min läsning").
        meta = [x.text for x in lines[body_from:i] if x.tag is not None and words(x.text) <= HEAD_LINE_WORDS + 4]
        if m is None or not (any(_byline_of(m.group(1), h) for h in head + meta) or m.group(1) in bylines):
            continue
        if any(is_running_prose(x) and (x.p is None or x.p >= P_END_PROSE) for x in lines[i + 1:cut]):
            continue  # the article goes on (a sentence the classifier doubts below is a side box's: an event's notice)
        ln.tag, ln.rule = "drop", "author-box"


_SPEECH_VERBS = frozenset({"säger", "menar", "tycker", "berättar", "förklarar", "svarar", "konstaterar", "påpekar"})


def _glued_bio(lines: Sequence[TaggedLine], body_from: int, i: int, m: re.Match[str] | None) -> bool:
    """In a dump without blank lines (no box is set apart), the writer's presentation is glued under the text: a
    sentence opening with the name and a verb in the present tense ("Maria Lind är sjuksköterska …", "Olle Svensson
    har drivit …", "Karin Holm sitter i styrelsen …"), not one telling the news in the past ("Per Ek höll i mötet")
    nor one quoting ("Per Ek säger att …"). :func:`bio_tags` checks the name is the head's byline and that no
    running prose follows."""
    if m is None or any(x.blank_before for x in lines[body_from:i + 1]) or lines[i].text[-1:] not in ".!":
        return False
    verb = lines[i].text[m.end(1):].split()[0]
    return verb.endswith("r") and verb not in _SPEECH_VERBS


def _set_apart(lines: Sequence[TaggedLine], i: int) -> bool:
    """The line stands in a box of its own (blank lines around it)."""
    return lines[i].blank_before and (i + 1 == len(lines) or lines[i + 1].blank_before)


def _under_label(lines: Sequence[TaggedLine], i: int) -> bool:
    """The line stands right under a box's label the rules took ("Om skribenten"): a dump without blank lines sets the
    writer's box so (no running prose may follow it: :func:`bio_tags` checks)."""
    return i > 0 and lines[i - 1].label


_NAME_ALONE = re.compile(r"(?:[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?\s){1,2}[A-ZÅÄÖÉ][a-zåäöéü-]+")
CARD_LINK_WORDS = 6
"""The writer card's last line, a link to the writer's other posts ("Fler inlägg av Tove"), is at most this many words."""


def writer_card_tags(lines: Sequence[TaggedLine], body_from: int) -> None:
    """Drop a writer's card under the article, its lines glued together: a name alone on its line, a sentence about
    the person opening with that name or its first name and a verb in lower case ("Tove är kommunikationsansvarig
    …"), and a short link without a stop naming the person again ("Fler inlägg av Tove"), with no running prose
    after the card. A fact box about a person of the news has no such link line, and prose after it keeps it. Without
    the link line, the card goes when it is glued under the article's last paragraph and the article has not named the
    person (:func:`_unsaid_writer`)."""
    cut = page_tail(lines[body_from:]) + body_from
    for i in range(body_from + 1, cut - 2):
        name, about, link = lines[i], lines[i + 1], lines[i + 2]
        if name.tag is not None or about.tag is not None or about.blank_before or link.blank_before:
            continue
        if not _NAME_ALONE.fullmatch(name.text):
            continue
        first = name.text.split()[0]
        if not re.match(rf"(?:{re.escape(name.text)}|{re.escape(first)})\s+[a-zåäö]", about.text) or about.text[-1] not in ".!":
            continue
        if first not in link.text.split() or words(link.text) > CARD_LINK_WORDS or link.text[-1] in ".!?":
            if _unsaid_writer(lines, body_from, i) and not any(is_running_prose(x) for x in lines[i + 2:cut]):
                for ln in (name, about):  # the writer's name and presentation, no link line under them
                    ln.tag, ln.rule = "drop", "writer-card"
            continue
        if any(is_running_prose(x) for x in lines[i + 3:cut]):
            continue
        for ln in (name, about, link):
            if ln.tag is None:
                ln.tag, ln.rule = "drop", "writer-card"


def _unsaid_writer(lines: Sequence[TaggedLine], body_from: int, i: int) -> bool:
    """The name alone at ``lines[i]`` is glued under the article's text (no blank line between) and the article has
    not named the person (the surname nowhere above, head included): its writer signing, the sentence under the name
    the writer's presentation ("Lena Forsell" over "Lena Forsell är medlem i klubbens programråd och …"). A fact box
    about a person of the news names someone the article speaks of, or goes on with a fact line ("Född: 1990")."""
    name = lines[i]
    if name.blank_before or lines[i - 1].tag is not None or not is_running_prose(lines[i - 1]):
        return False
    after = lines[i + 2] if i + 2 < len(lines) else None
    if after is not None and not after.blank_before and after.tag is None and FACT_ITEM.fullmatch(after.text):
        return False  # a fact line goes on under the sentence ("Antal samhällen: 4"): a fact box about a person
    surname = name.text.split()[-1]
    return not any(re.search(rf"\b{re.escape(surname)}\b", ln.text) for ln in lines[:i] if ln.tag is None)


_ABOUT_NAME = re.compile(r"Om ((?-i:[A-ZÅÄÖÉ])[a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)(?: (?-i:[A-ZÅÄÖÉ])[a-zåäöéü-]+)?\s*:?")
ABOUT_BOX_LINES = 3
"""The writer's box under its heading ("Om Lisa") holds at most this many lines."""
P_BOX_DOUBTED = 0.5
"""The writer's box's lines are doubted by the classifier: each under this (an article's paragraph scores above)."""


def about_writer_tags(lines: Sequence[TaggedLine], body_from: int) -> None:
    """Drop the writer's box under the article: a heading "Om Lisa" (or "Om Lisa Fjällström") naming a person the head
    names (a short line above the first paragraph: "2 februari 2026 Lisa Fjällström 4 kommentarer"), over at most
    :data:`ABOUT_BOX_LINES` lines glued under it that the classifier doubts (:data:`P_BOX_DOUBTED`), with no running
    prose it trusts after them. A heading "Om Tyresö" over a paragraph is another matter (the place is no writer)."""
    head = [ln.text for ln in lines[:body_from] if words(ln.text) <= HEAD_LINE_WORDS + 4]
    cut = page_tail(lines[body_from:]) + body_from
    for i in range(body_from + 1, cut):
        ln = lines[i]
        m = _ABOUT_NAME.fullmatch(ln.text)
        if ln.tag is not None or m is None or not any(re.search(rf"\b{re.escape(m.group(1))}\b", h) for h in head):
            continue
        k = i + 1
        while k < cut and k - i <= ABOUT_BOX_LINES and lines[k].tag is None and not lines[k].blank_before:
            k += 1
        box = lines[i + 1:k]
        if not box or k - i > ABOUT_BOX_LINES or any(is_quote(x.text) or (x.p or 0.0) >= P_BOX_DOUBTED for x in box):
            continue
        if any(is_running_prose(x) and (x.p is None or x.p >= P_BOX_DOUBTED) for x in lines[k:cut]):
            continue
        for x in lines[i:k]:
            x.tag, x.rule = "drop", "author-box"
