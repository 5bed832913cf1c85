"""The plain data that travels between the stages.

ingest -> Article -> speech -> Script -> tts/audio -> Timeline -> publish,
and the EpisodeSpec the pipeline renders (a Script with what the feed shows).
Nothing here does I/O. Times without a zone are Swedish
(:data:`audiocast.calendar_sv.STOCKHOLM`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class BlockKind(enum.StrEnum):
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
    """Publication time (timezone-aware, :data:`~audiocast.calendar_sv.STOCKHOLM` when the source gives no zone)."""
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
    confidence: float = field(default=1.0, compare=False)
    """How sure the extractor is (0..1); see :mod:`audiocast.ingest.confidence`. Not part of equality."""
    doubts: tuple[str, ...] = field(default=(), compare=False)
    """The extractor's reasons for doubt ("headline uncertain", "unknown template", ...)."""


class SegmentKind(enum.StrEnum):
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
        for seg, t in zip(script.segments, self.timings, strict=False):
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


@dataclass(frozen=True)
class EpisodeSpec:
    """One episode to render: the script to speak and what the feed shows about it."""

    kind: str
    """"article" or "edition": which feed the episode belongs to."""
    slug: str
    """With ``kind``, the episode's identity in the catalog (and its GUID)."""
    script: Script
    title: str
    description: str
    published: datetime | None
    """None: keep the time already published, or now for a new episode."""
    author: str | None
    url: str | None
    """The article's web address; None for an edition."""
    source: str
    """Where it was read from: a file, a URL, or the sources of an edition."""

    def meta(self) -> dict[str, str | None]:
        """The metadata a listener sees, as it enters the content hash."""
        return {
            "title": self.title,
            "description": self.description,
            "published": self.published.isoformat() if self.published else None,
            "author": self.author,
            "url": self.url,
        }
