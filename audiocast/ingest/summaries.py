"""A summary in several languages under a page dump's article (a line in Swedish, one in English, one in Arabic: "English:
The language café moves to …"): a box of the page's, for visitors who read another language, saying again what the
article says. A box below the article's running prose whose lines are written in two languages or more, half of them
or more in a language other than the article's (the function words tell Latin script apart; a line mostly of another
script - Arabic, Tigrinya, Cyrillic - is another language by that alone), no quote among them. An English sentence
in a Swedish paragraph's box, or a quote in English, stays.

The same page may instead give the article's short version in the other language as one paragraph right under the
article's text, with a link to the other language's page ("Lue meänkielelä", "Read in English") and no blank line
between (:func:`trailing_language_tags`): a line below the article's last Swedish paragraph of running prose, a
sentence of :data:`OTHER_WORDS` words or more (no fact box's field, "Titel: …"), in another language (by its function words, or a Finnic language by its double
vowels: Meänkieli and Finnish), never a quote, is the page's; the short link under it then goes with the page's tail.
A paragraph in another language with the article's Swedish text going on under it stays.

Session 19 (body recall): a short Swedish sentence holding Swedish words that are English function words ("Vid osäker
is ställs turen in …": "is", "in", "by", "be") is no English: English writes no å, ä or ö, so a line told English whose
own words (names and quoted titles aside) hold them in :data:`SWEDISH_LETTER_WORDS` words or more stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lang import FUNCTION_WORDS
from .lang import line_language as _language
from .lineshape import is_quote, words
from .records import blank_boxes

OTHER_WORDS = 6
"""A line under the article's text is told to be in another language only from this many words."""
_FIELD = re.compile(r"[^\W\d_][\w -]{0,25}:\s")
_QUOTE_OPEN = "\"”“»«'’"
SWEDISH_LETTER_WORDS = 2
"""A line told English whose own words hold å, ä or ö in at least this many is Swedish (English has none)."""
_SWEDISH_LETTER = re.compile(r"[åäö]")


def trailing_language_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the lines in another language below the article's last Swedish paragraph (see the module docstring)."""
    cut = page_tail(lines)
    swedish = [i for i in range(cut) if is_running_prose(lines[i]) and _language(lines[i].text) == "sv"]
    if len(swedish) < 2:
        return
    for ln in lines[swedish[-1] + 1:cut]:
        text = ln.text
        if ln.tag is not None or is_quote(text) or text[0] in _QUOTE_OPEN or words(text) < OTHER_WORDS or (
            text[-1] not in ".!?…" or _FIELD.match(text)
        ):
            continue  # a quote; a title or a fact box's field ("Titel: E-bikes in rural commuting") is no paragraph
        if _foreign(text):
            ln.tag, ln.rule = "drop", "other-language"


_QUOTED = re.compile(r"[”“\"»«][^”“\"»«]{1,200}[”“\"»«]")
_NAME_RUN = re.compile(
    r"(?<=\S )(?-i:[A-ZÅÄÖ][\w&.-]*)(?:\s+(?:(?:of|the|and|for|in|on|to|at|a|an|&)\s+)*(?-i:[A-ZÅÄÖ][\w&.-]*))+")
"""A run of two or more capitalised words past the sentence's first word, with the small words of a title between
("Journal of Applied Ecology", "Clean Air for the Schools of Tomorrow"): a name, in whatever language, not the
sentence's own words."""


def _foreign(text: str) -> bool:
    """A sentence in another language than Swedish: told so without the titles it quotes or names (a run of capitalised
    words, :data:`_NAME_RUN`), and with at most one Swedish function word (a Swedish sentence naming an English study,
    "Studien ”Microplastic ingestion …” är publicerad i …", "Resultaten publiceras i tidskriften Energy and
    Buildings.", is Swedish)."""
    bare = _NAME_RUN.sub(" ", _QUOTED.sub(" ", text))
    tokens = re.findall(r"[^\W\d_]+", bare.lower())
    swedish = sum(t in FUNCTION_WORDS["sv"] for t in tokens)
    language = _told_language(bare)
    return swedish <= 1 and language not in {"sv", "unknown"}


def _told_language(text: str) -> str:
    """The line's language, a line told English whose words hold å, ä or ö in :data:`SWEDISH_LETTER_WORDS` words or
    more being Swedish: Swedish words that are English function words ("is", "in": "Bussar ställs in i kväll"), and
    English writes no å, ä, ö (session 19 for the trailing line; session 24 for the box, where a live report's entry,
    its heading told English over its Swedish paragraph, was dropped as a summary in two languages)."""
    language = _language(text)
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    if language == "en" and sum(bool(_SWEDISH_LETTER.search(t)) for t in tokens) >= SWEDISH_LETTER_WORDS:
        return "sv"
    return language


def language_tags(lines: Sequence[TaggedLine]) -> None:
    """The page's lines in other languages under the article: a summary box in several languages, then a short version
    in the other language right under the text (see the module docstring)."""
    multilingual_box_tags(lines)
    trailing_language_tags(lines)
    bilingual_pair_tags(lines)


def multilingual_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a summary box in several languages under the article's text (see the module docstring)."""
    if not any(ln.blank_before for ln in lines[1:]):
        return
    cut = page_tail(lines)
    seen_prose = False
    for first, end in blank_boxes(lines, cut):
        box = [ln for ln in lines[first:end] if ln.tag is None]
        if seen_prose and len(box) >= 2 and not any(is_quote(ln.text) for ln in box):
            langs = [_told_language(ln.text) for ln in box]
            foreign = [x for x in langs if x not in {"sv", "unknown"}]
            if len(set(langs) - {"unknown"}) >= 2 and 2 * len(foreign) >= len(box):
                for ln in box:
                    ln.tag, ln.rule = "drop", "summary-languages"
                continue
        seen_prose = seen_prose or any(is_running_prose(ln) and _language(ln.text) == "sv" for ln in box)


PAIR_HALF_WORDS = 6
"""Each half of a bilingual site's paired line ("Takaisin uutisiin / Tillbaka till nyheter") is at most this many
words."""
MIN_PAIRS = 2
_PAIR = re.compile(r"(?P<a>[^/]+?) / (?P<b>[^/]+)")


def _paired(text: str) -> bool:
    """A label written twice, in two languages, with a slash between: two short halves, neither ending a sentence."""
    m = _PAIR.fullmatch(text)
    return m is not None and all(
        1 <= words(h) <= PAIR_HALF_WORDS and h.rstrip()[-1] not in ".!?" for h in (m["a"], m["b"]))


def bilingual_pair_tags(lines: Sequence[TaggedLine]) -> None:
    """A bilingual site's paired lines below the article: :data:`MIN_PAIRS` kept lines or more in a row shaped "label /
    label" (:func:`_paired`: "Tulevat tapahtumat / Kommande evenemang", "9.12. Joulumarkkinat / Julmarknad"), below
    the article's last running prose with none after them: the site's labels and calendar, written in both of its
    languages. An article's own lines with a slash ("Tisdagar 18–20 / lokalen") have its text going on under them."""
    cut = page_tail(lines)
    last = max((i for i in range(cut) if is_running_prose(lines[i])), default=None)
    if last is None:
        return
    run: list[TaggedLine] = []
    for ln in [*lines[last + 1:cut], None]:
        if ln is not None and ln.tag is not None:
            continue
        if ln is not None and _paired(ln.text):
            run.append(ln)
            continue
        if len(run) >= MIN_PAIRS:
            for x in run:
                x.tag, x.rule = "drop", "bilingual-pairs"
        run = []
