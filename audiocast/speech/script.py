"""From an Article to a Script: segments with the exact words to speak,
their kind, the pause after each and the chapter each belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..calendar_sv import MONTHS, WEEKDAYS, local_day, written_date
from ..edition import edition_slug, edition_title
from ..models import (
    PAUSE_PARAGRAPH_MS,
    PAUSE_SECTION_MS,
    PAUSE_SENTENCE_MS,
    Article,
    Block,
    BlockKind,
    Script,
    Segment,
    SegmentKind,
)
from .lexicon import Lexicon
from .normalize import normalize
from .numbers import cardinal, ordinal, year
from .sentences import MAX_CHUNK, chunk, split_sentences

INTRO_CHAPTER = "Inledning"
EDITION_INTRO_CHAPTER = "Inledning och innehåll"
FACTBOX_CHAPTER = "Fakta"
_QUOTE_DASH = re.compile(r"^\s*[–—-]\s*")


def spoken_date(d: date, weekday: bool = True) -> str:
    """A date as said aloud: "lördag den tjugofemte maj tvåtusentjugofyra".

    Without ``weekday``: "den tjugofemte maj tvåtusentjugofyra".
    """
    body = f"den {ordinal(d.day)} {MONTHS[d.month - 1]} {year(d.year)}"
    return f"{WEEKDAYS[d.weekday()]} {body}" if weekday else body


def _sentence_case(s: str) -> str:
    return s[:1].upper() + s[1:]


def _stop(s: str) -> str:
    """End with sentence punctuation so the voice closes the phrase (a title's
    closing colon or comma gives way to the full stop: "Så här röstade de:")."""
    s = s.strip()
    if s[-1:] in (":", ";", ","):
        s = s[:-1].rstrip()
    return s if not s or s[-1] in ".!?…" else s + "."


@dataclass
class _Builder:
    """Collects segments; pauses between them follow the structure."""

    lexicon: Lexicon | None
    segments: list[Segment]
    chapters: list[str]
    spoken: dict[str, str] = field(default_factory=dict)
    """Lines already normalized: chunking measures a sentence's spoken
    length and then speaks it, so each sentence is normalized once."""

    def say(self, written: str) -> str:
        out = self.spoken.get(written)
        if out is None:
            out = self.spoken[written] = normalize(written, self.lexicon)
        return out

    def new_chapter(self, title: str) -> int:
        self.chapters.append(title)
        self.pause_before_section()
        return len(self.chapters) - 1

    def pause_before_section(self) -> None:
        if self.segments:
            last = self.segments[-1]
            if last.pause_after_ms < PAUSE_SECTION_MS:
                self.segments[-1] = Segment(last.spoken, last.written, last.kind, PAUSE_SECTION_MS, last.chapter)

    def add(self, kind: SegmentKind, written: str, spoken: str, pause: int, chapter: int) -> None:
        spoken = spoken.strip()
        if not re.search(r"\w", spoken):
            return
        self.segments.append(Segment(spoken, written.strip(), kind, pause, chapter))

    def add_text(self, kind: SegmentKind, written: str, chapter: int, last_pause: int,
                 strip_quote_dash: bool = False) -> None:
        """Sentences of ``written``, each chunked to engine size."""
        sentences = split_sentences(written)
        pieces: list[tuple[str, str]] = []
        for sentence in sentences:
            # The quote dash is never spoken; the written form keeps it.
            source = _QUOTE_DASH.sub("", sentence) if strip_quote_dash else sentence
            dash = sentence[: len(sentence) - len(source)]
            parts = chunk(source, lambda s: len(self.say(s)), MAX_CHUNK)
            for i, part in enumerate(parts):
                pieces.append(((dash if i == 0 else "") + part, self.say(part)))
            strip_quote_dash = False
        pieces = [(w, s) for w, s in pieces if re.search(r"\w", s)]
        for i, (w, s) in enumerate(pieces):
            pause = last_pause if i == len(pieces) - 1 else PAUSE_SENTENCE_MS
            self.add(kind, w, s, pause, chapter)


def _body(b: _Builder, article: Article, chapter: int, sections_are_chapters: bool) -> int:
    """Title, lead and body blocks of ``article``; returns the last chapter."""
    title = article.title.strip()
    b.add(SegmentKind.TITLE, title, _stop(b.say(title)), PAUSE_SECTION_MS, chapter)
    if article.lead and article.lead.strip():
        b.add_text(SegmentKind.LEAD, article.lead, chapter, PAUSE_PARAGRAPH_MS)
    for block in article.blocks:
        chapter = _block(b, block, chapter, sections_are_chapters)
    return chapter


def _block(b: _Builder, block: Block, chapter: int, sections_are_chapters: bool) -> int:
    if block.kind is BlockKind.PARAGRAPH:
        b.add_text(SegmentKind.SENTENCE, block.text, chapter, PAUSE_PARAGRAPH_MS)
    elif block.kind is BlockKind.QUOTE:
        b.add_text(SegmentKind.QUOTE, block.text, chapter, PAUSE_PARAGRAPH_MS, strip_quote_dash=True)
    elif block.kind is BlockKind.HEADING:
        text = block.text.strip()
        if not text:
            return chapter
        if sections_are_chapters:
            chapter = b.new_chapter(text)
        else:
            b.pause_before_section()
        b.add(SegmentKind.HEADING, text, _stop(b.say(text)), PAUSE_PARAGRAPH_MS, chapter)
    elif block.kind is BlockKind.FACTBOX:
        title = block.text.strip()
        if sections_are_chapters:
            chapter = b.new_chapter(title or FACTBOX_CHAPTER)
        else:
            b.pause_before_section()
        b.add(SegmentKind.FACTBOX, title or FACTBOX_CHAPTER, _stop(b.say(title or FACTBOX_CHAPTER)),
              PAUSE_PARAGRAPH_MS, chapter)
        items = [i for i in block.items if i.strip()]
        for n, item in enumerate(items):
            pause = PAUSE_PARAGRAPH_MS if n == len(items) - 1 else PAUSE_SENTENCE_MS
            b.add_text(SegmentKind.FACTBOX, item, chapter, pause)
    return chapter


def build_script(article: Article, podcast_name: str, lexicon: Lexicon | None = None) -> Script:
    """The episode script for one article.

    Chapter 0 "Inledning" (podcast name, weekday and date); chapter 1 the
    headline (title, lead and body up to the first heading); one chapter per
    heading and per fact box; the outro closes the last chapter.
    """
    b = _Builder(lexicon, [], [INTRO_CHAPTER])
    name = podcast_name.strip()
    intro_written = _stop(name)
    intro_spoken = _stop(b.say(name))
    if article.published is not None:
        day = local_day(article.published)
        intro_written += " " + _stop(_sentence_case(written_date(day)))
        intro_spoken += " " + _stop(_sentence_case(spoken_date(day)))
    b.add(SegmentKind.INTRO, intro_written, intro_spoken, PAUSE_SECTION_MS, 0)
    b.chapters.append(article.title.strip() or article.slug)
    chapter = _body(b, article, 1, sections_are_chapters=True)
    b.pause_before_section()
    outro_written = f"Det var allt från {name}. Tack för att du lyssnade."
    outro_spoken = f"Det var allt från {b.say(name)}. Tack för att du lyssnade."
    b.add(SegmentKind.OUTRO, outro_written, outro_spoken, 0, chapter)
    return Script(slug=article.slug, title=article.title, segments=b.segments, chapters=b.chapters)


def build_edition_script(articles: list[Article], podcast_name: str, day: date,
                         lexicon: Lexicon | None = None) -> Script:
    """The daily edition: intro with the date, a spoken table of contents,
    each article as one chapter, one outro — like a talking newspaper."""
    b = _Builder(lexicon, [], [EDITION_INTRO_CHAPTER])
    name = podcast_name.strip()
    b.add(SegmentKind.INTRO, f"{_stop(name)} {_stop(_sentence_case(written_date(day)))}",
          f"{_stop(b.say(name))} {_stop(_sentence_case(spoken_date(day)))}", PAUSE_PARAGRAPH_MS, 0)
    n = len(articles)
    if n:
        count = f"{cardinal(n, 'en')} {'nyhet' if n == 1 else 'nyheter'}"
        b.add(SegmentKind.TRANSITION, f"I dag: {n} {'nyhet' if n == 1 else 'nyheter'}.",
              f"I dag: {count}.", PAUSE_SENTENCE_MS, 0)
    else:
        b.add(SegmentKind.TRANSITION, "I dag: inga nyheter.", "I dag: inga nyheter.", PAUSE_SECTION_MS, 0)
    for i, article in enumerate(articles, start=1):
        title = article.title.strip()
        pause = PAUSE_SECTION_MS if i == n else PAUSE_SENTENCE_MS
        b.add(SegmentKind.TRANSITION, f"{i}. {_stop(title)}",
              f"{_sentence_case(cardinal(i))}, {_stop(b.say(title))}", pause, 0)
    chapter = 0
    for i, article in enumerate(articles):
        chapter = b.new_chapter(article.title.strip() or article.slug)
        cue = "Första nyheten." if i == 0 else ("Sista nyheten." if i == n - 1 else "Nästa nyhet.")
        b.add(SegmentKind.TRANSITION, cue, cue, PAUSE_PARAGRAPH_MS, chapter)
        chapter = _body(b, article, chapter, sections_are_chapters=False)
    b.pause_before_section()
    outro = f"Det var allt för i dag från {name}. Tack för att du lyssnade."
    outro_spoken = f"Det var allt för i dag från {b.say(name)}. Tack för att du lyssnade."
    b.add(SegmentKind.OUTRO, outro, outro_spoken, 0, chapter)
    return Script(slug=edition_slug(day), title=edition_title(day), segments=b.segments, chapters=b.chapters)
