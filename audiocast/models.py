"""The plain data that travels between the stages.

ingest -> Article -> speech -> Script -> tts/audio -> Timeline -> publish.
Nothing here does I/O.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class BlockKind(str, enum.Enum):
    """What a block of an article's body is; decides pauses and chapters."""

    PARAGRAPH = "paragraph"
    QUOTE = "quote"        # a paragraph opened by a quote dash ("– ...")
    HEADING = "heading"    # a subheading: starts a new section and chapter
    FACTBOX = "factbox"    # a titled box of short lines (phone numbers, facts)


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    """Written text. For a FACTBOX, its title (may be empty)."""
    items: tuple[str, ...] = ()
    """For a FACTBOX: its short lines, in order. Empty for other kinds."""


@dataclass
class Article:
    slug: str
    """Stable identifier, lowercase ASCII with dashes; names the episode files."""
    title: str
    published: datetime | None
    """Publication time (timezone-aware, Europe/Stockholm when the source gives no zone)."""
    source: str
    """Where it was read from: a file path or a URL."""
    author: str | None = None
    url: str | None = None
    """The article's public web address, if known."""
    lead: str | None = None
    """The ingress: the short paragraph under the headline."""
    blocks: list[Block] = field(default_factory=list)
    site_name: str | None = None
    language: str = "sv"


class SegmentKind(str, enum.Enum):
    INTRO = "intro"        # podcast name, weekday and date
    TITLE = "title"        # the headline
    LEAD = "lead"
    HEADING = "heading"
    SENTENCE = "sentence"  # body text
    QUOTE = "quote"
    FACTBOX = "factbox"    # a fact box's title or one of its lines
    TRANSITION = "transition"  # daily edition: "Nästa nyhet ..." / table of contents
    OUTRO = "outro"


# Pauses after a segment, in milliseconds: sentence < paragraph < section.
PAUSE_SENTENCE_MS = 300
PAUSE_PARAGRAPH_MS = 700
PAUSE_SECTION_MS = 1200


@dataclass(frozen=True)
class Segment:
    spoken: str
    """Exactly what goes to the voice."""
    written: str
    """What a reader sees for the same stretch (used in transcripts)."""
    kind: SegmentKind
    pause_after_ms: int
    chapter: int
    """Index into Script.chapters of the chapter this segment belongs to."""


@dataclass
class Script:
    slug: str
    title: str
    segments: list[Segment]
    chapters: list[str]
    """Chapter titles, in order; Segment.chapter indexes this list."""


@dataclass(frozen=True)
class Timing:
    start_ms: int
    end_ms: int
    """End of the speech itself (not counting the pause after it)."""


@dataclass(frozen=True)
class Chapter:
    title: str
    start_ms: int
    end_ms: int


@dataclass
class Timeline:
    """Where each segment of a Script landed in the finished audio."""

    timings: list[Timing]
    """One per Script.segments, in order."""
    duration_ms: int

    def chapters(self, script: Script) -> list[Chapter]:
        """Chapters from the segment times: each starts at its first segment."""
        starts: dict[int, int] = {}
        for seg, t in zip(script.segments, self.timings):
            starts.setdefault(seg.chapter, t.start_ms)
        order = sorted(starts.items(), key=lambda kv: kv[1])
        out: list[Chapter] = []
        for i, (idx, start) in enumerate(order):
            end = order[i + 1][1] if i + 1 < len(order) else self.duration_ms
            out.append(Chapter(script.chapters[idx], start, end))
        # The first chapter starts at 0 so the chime belongs to it.
        if out and out[0].start_ms != 0:
            out[0] = Chapter(out[0].title, 0, out[0].end_ms)
        return out
