"""Lines among the headline's candidates that open the text: a digest's first notice's title, a headline's standfirst.

A page of short notices under one title ("Kortnytt vecka 11", "Lokalt i korthet"): its first notice's title is no
headline (:func:`first_notice`).

A free paper's or a parish's digest sets its title over the date line and then its notices, each a title glued over
one paragraph, a blank line between them. The first notice's title stands where a headline stands (between the date
line and the first paragraph) and outscored the digest's own title. A notice is told by its block's form, whatever its
words: a title-like line with one paragraph of prose glued under it, and at least :data:`SIBLINGS` more blocks of that
form follow. The first notice's title then opens the text (it is the lead's line, read before its paragraph), and the
headline is chosen among the lines over the date line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine, is_caption
from .headcrumbs import SEPARATORS
from .headline import furniture_shape, shape_of
from .headmeta import ANCHORS
from .headshapes import dangling_end, real_words, speaks_of_itself
from .headtaglines import section_voice
from .lineshape import is_title_like, words

SIBLINGS = 2
"""At least this many notices of the same form follow the first one."""
BLOCKS_LOOKED_AT = 6
"""How many blocks under the first notice are looked at for its siblings (an ad's block may stand between)."""
PROSE_WORDS = 8


def _blocks(lines: Sequence[TaggedLine], start: int) -> list[list[TaggedLine]]:
    """The blocks (lines between blank lines) from lines[start] on, the untagged lines of each."""
    out: list[list[TaggedLine]] = []
    for ln in lines[start:]:
        if ln.blank_before or not out:
            out.append([])
        if ln.tag is None:
            out[-1].append(ln)
    return out


def _notice(block: list[TaggedLine]) -> bool:
    """A title-like line (no label, button or menu shape) over one paragraph of prose."""
    return (len(block) == 2 and is_title_like(block[0].text) and shape_of(block[0].text) is None
            and not is_title_like(block[1].text) and words(block[1].text) >= PROSE_WORDS)


def first_notice(lines: Sequence[TaggedLine], found: Sequence[tuple[int, bool]], lead: int) -> int | None:
    """The index of the first notice's title when lines[lead] is the first notice's paragraph of a digest (see the
    module docstring): the candidate right above it, glued, with a blank line over it, a date line or byline above
    that with another candidate over it (the digest's title), and :data:`SIBLINGS` notices of the same form among the
    next blocks, the first of them right after (an ad's block, all tagged, may stand between). Else None."""
    if not found or found[-1][0] != lead - 1 or lines[lead].blank_before:
        return None
    title = lead - 1
    if not lines[title].blank_before or (lead + 1 < len(lines) and not lines[lead + 1].blank_before):
        return None
    anchors = [a for a in range(title) if lines[a].tag in ANCHORS]
    if not anchors or not any(j < anchors[-1] for j, _ in found):
        return None
    blocks = [b for b in _blocks(lines, lead + 1)[:BLOCKS_LOOKED_AT] if b]
    siblings = 0
    for block in blocks:
        if not _notice(block):
            break
        siblings += 1
    return title if siblings >= SIBLINGS else None


DEK_WORDS = 12
"""A standfirst is a line of at least this many words (a headline is shorter; a kicker over it shorter still)."""
HEAD_WORDS = 3
"""A headline over its standfirst has at least this many words: a line of one or two over a long line is a kicker or a
section's name over a long headline ("Skatt" / "Glöm inte: Så gör du om du har sålt din bostadsrätt under 2024")."""
_PARTS = re.compile(r"\s[·|•/]\s")


_STOP_TAGS = frozenset({"stop"})
"""A sub-menu's item the rules took for a list's label ("Nyheter från måltidsservice"): over it, no headline stands."""


def standfirst(lines: Sequence[TaggedLine], found: Sequence[tuple[int, bool]], lead: int) -> int | None:
    """The index of the headline's standfirst when the last candidate is one: a title-like line of :data:`DEK_WORDS`
    words or more, at least twice as long as the candidate right above it (a headline of :data:`HEAD_WORDS` words or
    more opening its block, no label, button or menu shape, no furniture's form, no row of parts), nothing but a date line or a byline between them, and nothing but the
    head's tagged lines (byline, date line, tools) or the writer's bare name (then tagged a byline) between it and
    the first paragraph ("Simhallen stänger i sommar" / "Fuktskador i taket tvingar
    kommunen att stänga badet – skolorna får åka buss till Norrby" / "Anna Ek" / date / text). Set without a full stop,
    it stood among the candidates and outscored the headline by its length and its words shared with the text; it is the
    article's lead. Else None. A breadcrumb's last item laid out under its separator line ("Start" / "/" / "Trafikinfo"
    / "/" / "Nyheter och förändringar") is a section's name, no headline over a standfirst (session 43, extract179:
    over the annotated dumps the line under a stacked crumb is the headline 80 times when it is long and has no stop,
    the crumb's last item 16 times, and then the long line says it again)."""
    last = len(found) - 1
    if last >= 2 and _name_line(lines[found[last][0]].text):
        last -= 1  # the writer's bare name under the standfirst ("Anna Ek"), no byline's word to tell it
    if last < 1:
        return None
    head, dek = found[last - 1][0], found[last][0]
    h = real_words(lines[head].text)
    dated = any(ln.tag in ANCHORS or _name_line(ln.text) for ln in lines[dek + 1:lead])
    if h < HEAD_WORDS or shape_of(lines[head].text) is not None or not _dek_size(lines[head].text, lines[dek].text, dated):
        return None
    if section_voice(lines[head].text):
        return None  # a section's name in the site's voice ("Möt våra medarbetare"): the long line is the headline
    if head and lines[head - 1].text.strip() in SEPARATORS:
        return None  # a breadcrumb's last item, laid out under its separator line: the long line is the headline
    if _PARTS.search(lines[head].text) or not (lines[head].blank_before or head == 0 or (
            lines[head - 1].tag is not None and lines[head - 1].tag not in _STOP_TAGS)):
        return None  # a kicker's row ("Vecka 12 · Norrviks kommun") or a line glued under a crumb or a menu (a sub-menu's
        # item the rules took for a list's label, "Nyheter från måltidsservice" over "Frågor och svar": session 34)
    if furniture_shape(lines[head].text) or furniture_shape(lines[dek].text) or dangling_end(lines[head].text):
        return None  # a kicker ending on 'till', 'hos' ("Fem frågor till"): the long line under it is the headline
    if any(ln.tag not in ANCHORS for ln in lines[head + 1:dek]):
        return None  # a menu or a box between: the line above is no headline over its standfirst
    under = lines[dek + 1:lead]
    if not all(ln.tag is not None or _name_line(ln.text) for ln in under):
        return None
    for ln in under:
        if ln.tag is None:
            ln.tag, ln.rule = "byline", "head-byline"  # the writer's bare name, read as the byline
            if hasattr(ln, "value"):
                ln.value = ln.text
    return dek


SHORT_DEK_WORDS = 8
"""A standfirst of fewer than :data:`DEK_WORDS` words is at least this many, with a finite verb in it."""
SHORT_DEK_RATIO = 1.5
LONG_HEAD_WORDS = 6
"""A headline of this many words or more, a finite verb in it, has a standfirst under it that is longer still, whatever
the ratio (a kicker over a headline is a few words)."""


def _dek_size(head: str, dek: str, dated: bool) -> bool:
    """Whether ``dek`` under ``head`` is sized as the headline's standfirst: :data:`DEK_WORDS` words or more and twice
    the headline's, or (``dated``: the head's date line or byline under it, before the text) :data:`SHORT_DEK_WORDS`
    or more and :data:`SHORT_DEK_RATIO` times the headline's when both have a finite verb ("Hamnplanen byggs om för 38 miljoner" / "Parkeringen flyttas och en ny park anläggs vid
    färjeläget"); a kicker over a headline has none ("Aktuellt inom äldreomsorgen", "Rapport från höstens arbetsdag")
    or greets ("Hallå där fältisar!"), and a site's notice speaks of the text ("Artikeln har uppdaterats")."""
    n, h = real_words(dek), real_words(head)
    if n >= DEK_WORDS and n >= 2 * h:
        return True
    return (dated and n >= SHORT_DEK_WORDS and (n >= SHORT_DEK_RATIO * h or (h >= LONG_HEAD_WORDS and n > h)) and "!" not in head and "?" not in head
            and not speaks_of_itself(head) and _has_verb(head) and _has_verb(dek))


def sentence_head(text: str) -> bool:
    """Whether a line over the head's date line is a headline with a sentence in it, never a kicker: three words or
    more, a finite verb (:func:`_has_verb`: "Hamnplanen byggs om för 38 miljoner"), no label, button or menu shape and
    no furniture's form, not opened by a preposition. A kicker names a section or a report ("Rapport från provningen 14
    november", "Från elevrådets möte i tisdags")."""
    first = text.split()[0].lower() if text.split() else ""
    return (real_words(text) >= HEAD_WORDS and shape_of(text) is None and not furniture_shape(text)
            and first not in _OPENING_PREPOSITIONS and "!" not in text and not speaks_of_itself(text) and _has_verb(text))


_OPENING_PREPOSITIONS = frozenset("från om inför efter med på i vid under till hos mot över ur bland kring".split())
"""A line opened by one of these is a phrase, a kicker's form ("Från elevrådets möte i tisdags")."""


def _has_verb(text: str) -> bool:
    """Whether a line has a finite verb after its first word (:func:`audiocast.ingest.furniture.is_caption`'s test)."""
    return not is_caption(text.rstrip(".") + ".")


def _name_line(text: str) -> bool:
    """A person's name alone: two or three words, each opened by a capital ("Anna Ek", "Per-Olof Lind")."""
    parts = text.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and p.replace("-", "").isalpha() for p in parts)


CAPTION_LEAD_WORDS = 20
"""The top picture's caption over the lead is at most this many words, in at most two sentences."""
LEAD_RATIO = 1.5
"""The real lead under the caption is at least this many times its words."""
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_CAPS_WORD = re.compile(r"[A-ZÅÄÖÉ]{2,}[.!?]?")
"""A word in capitals: a lead's kicker in capitals ("NY PARK. Kommunen har beslutat …"), never a caption's name."""


def top_caption(lines: Sequence[TaggedLine], found: Sequence[tuple[int, bool]], lead: int) -> int | None:
    """The index of the real lead when ``lines[lead]`` is the top picture's caption over it, else None: under a head
    (``found``), a paragraph of at most two sentences and :data:`CAPTION_LEAD_WORDS` words whose first sentence opens
    with a name (two capitalised words, not in capitals: "NY PARK. Kommunen …" is a lead's kicker) and has no verb
    (:func:`audiocast.ingest.furniture.is_caption`: "Ingrid Storbacka i sitt hem i Övermark."), standing alone between
    blank lines when the article's paragraphs do, and under it a paragraph of running prose :data:`LEAD_RATIO` times
    as long or more. The caption is then dropped."""
    ln = lines[lead]
    parts = _SENTENCES.split(ln.text)
    named = len(first := parts[0].split()) >= 2 and all(w[:1].isupper() and not _CAPS_WORD.fullmatch(w) for w in first[:2])
    if not found or len(parts) > 2 or words(ln.text) > CAPTION_LEAD_WORDS or not named or not is_caption(parts[0]):
        return None
    nxt = next((k for k in range(lead + 1, len(lines)) if lines[k].tag is None), None)
    if nxt is None or is_title_like(lines[nxt].text):
        return None
    apart = nxt + 1 < len(lines) and lines[nxt + 1].blank_before  # the article's paragraphs stand between blank lines
    if apart and not (ln.blank_before and lines[nxt].blank_before):
        return None
    if words(lines[nxt].text) < LEAD_RATIO * words(ln.text) or lines[nxt].text[-1] not in ".!?":
        return None
    ln.tag, ln.rule = "drop", "top-caption"
    return nxt


QUESTION_WORDS = 6
"""A question that opens the text under the head's date line is at least this many words."""
_ASKER = re.compile(r"(?:[A-ZÅÄÖ][a-zåäöé]+\s+)?(?:av|by|från)\s+(?-i:[A-ZÅÄÖÉ]).*|.*,\s*\d{1,3}\s*år")
"""A credit over the date line ("Fråga från Tjej, 14 år", "Insänt av Per Ek"): a reader's question column, whose
question under the date line is its headline."""


def question_lead(lines: Sequence[TaggedLine], found: Sequence[tuple[int, bool]], i: int) -> bool:
    """Whether lines[i] is the article's lead set as a question ("Vem ska egentligen betala för den nya parken?"),
    not a headline under a kicker: a question of :data:`QUESTION_WORDS` words or more right under the head's date line
    or byline, with a candidate of a headline's form right over those (three words or more, no label, button or menu
    shape, no furniture's form, no kicker's dangling end, no asker's credit :data:`_ASKER`) and prose right under the question. Set without a full stop,
    it looked like a headline under its kicker, and the headline over the date line was lost."""
    ln = lines[i]
    if ln.tag is not None or not ln.text.rstrip().endswith("?") or real_words(ln.text) < QUESTION_WORDS or not found:
        return False
    k = i - 1
    while k >= 0 and lines[k].tag in ANCHORS:
        k -= 1
    if k == i - 1 or k < 0 or found[-1][0] != k:
        return False
    head = lines[k].text
    if real_words(head) < HEAD_WORDS or shape_of(head) is not None or furniture_shape(head) or dangling_end(head):
        return False
    if _ASKER.fullmatch(head.strip()):
        return False
    nxt = next((x for x in lines[i + 1:] if x.tag is None), None)
    return nxt is not None and not is_title_like(nxt.text) and words(nxt.text) >= PROSE_WORDS


_ANSWER = re.compile(r"[–—-]\s+\S")
"""A line opened by a dialogue dash ("– Sedan 2014, säger hon."): an interview's answer, or a quote."""
INTERVIEW_PAIRS = 2
"""An interview is at least this many questions, each a line of its own over an answer opened by a dialogue dash."""


def _answered(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k] is a question on a line of its own with its answer under it, opened by a dialogue dash."""
    if lines[k].tag is not None or not lines[k].text.rstrip().endswith("?") or not is_title_like(lines[k].text):
        return False
    nxt = next((x for x in lines[k + 1:] if x.tag is None), None)
    return nxt is not None and _ANSWER.match(nxt.text) is not None


def interview_question(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k] is an interview's question, not a headline: a question alone on its line, its answer under it
    opened by a dialogue dash, and :data:`INTERVIEW_PAIRS` such pairs from it on ("Hur många kor har ni i dag?" / "– Vi
    har 140 …" / "Varför fortsätter du?" / "– För att …"). Under the date line it stands where a headline stands, and
    the head's standfirst above it was dropped as a notice over the head."""
    if not _answered(lines, k):
        return False
    return sum(_answered(lines, m) for m in range(k, len(lines))) >= INTERVIEW_PAIRS
