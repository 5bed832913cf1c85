"""A small feedgen extension for what feedgen's own podcast extension lacks or gets wrong.

Registered with ``FeedGenerator.register_extension("audiocast", ...)``; it
writes, through feedgen's ``extend_ns``/``extend_rss`` hooks:

- channel: ``podcast:guid``, ``podcast:locked``, and ``itunes:image`` and
  ``itunes:explicit`` (feedgen writes explicit as yes/no/clean, which
  validators reject, and drops image URLs not ending in .jpg/.png);
- item: ``podcast:transcript`` (several), ``podcast:chapters`` and Podlove
  Simple Chapters (``psc:chapters``).
"""

from __future__ import annotations

from dataclasses import dataclass

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from lxml import etree

from ..models import Chapter
from .sidecars import vtt_timestamp

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
PSC_NS = "http://podlove.org/simple-chapters"
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"

NAMESPACES = {"podcast": PODCAST_NS, "psc": PSC_NS, "itunes": ITUNES_NS}


def _sub(parent: etree._Element, ns: str, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
    elem = etree.SubElement(parent, f"{{{ns}}}{tag}", attrib)
    if text is not None:
        elem.text = text
    return elem


class AudiocastExtension(BaseExtension):
    """Channel-level tags; set the attributes, feedgen calls :meth:`extend_rss`."""

    def __init__(self) -> None:
        self.podcast_guid: str | None = None
        self.locked_owner: str | None = None
        """E-mail of the owner; with it, ``podcast:locked`` is written as ``no``."""
        self.image_url: str | None = None
        self.explicit: bool | None = None

    def extend_ns(self) -> dict[str, str]:
        """The namespaces this extension writes."""
        return dict(NAMESPACES)

    def extend_rss(self, rss_feed: etree._Element) -> etree._Element:
        """Append the channel tags to the feed's ``<channel>``."""
        channel = rss_feed[0]
        if self.image_url:
            _sub(channel, ITUNES_NS, "image", href=self.image_url)
        if self.explicit is not None:
            _sub(channel, ITUNES_NS, "explicit", "true" if self.explicit else "false")
        if self.podcast_guid:
            _sub(channel, PODCAST_NS, "guid", self.podcast_guid)
        if self.locked_owner:
            _sub(channel, PODCAST_NS, "locked", "no", owner=self.locked_owner)
        return rss_feed


@dataclass(frozen=True)
class Transcript:
    """One ``podcast:transcript`` link."""

    url: str
    type: str
    rel: str | None = None
    language: str | None = None


class AudiocastEntryExtension(BaseEntryExtension):
    """Item-level tags: transcripts and chapters (JSON and Podlove Simple Chapters)."""

    def __init__(self) -> None:
        self.transcripts: list[Transcript] = []
        self.chapters_url: str | None = None
        self.simple_chapters: list[Chapter] = []

    def extend_ns(self) -> dict[str, str]:
        """The namespaces this extension writes."""
        return dict(NAMESPACES)

    def extend_rss(self, entry: etree._Element) -> etree._Element:
        """Append the item tags to an ``<item>``."""
        for t in self.transcripts:
            attrib = {"url": t.url, "type": t.type}
            if t.language:
                attrib["language"] = t.language
            if t.rel:
                attrib["rel"] = t.rel
            _sub(entry, PODCAST_NS, "transcript", **attrib)
        if self.chapters_url:
            _sub(entry, PODCAST_NS, "chapters", url=self.chapters_url, type="application/json+chapters")
        if self.simple_chapters:
            psc = _sub(entry, PSC_NS, "chapters", version="1.2")
            for ch in self.simple_chapters:
                _sub(psc, PSC_NS, "chapter", start=vtt_timestamp(ch.start_ms), title=ch.title)
        return entry
