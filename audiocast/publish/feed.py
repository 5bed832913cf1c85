"""The podcast feed (RSS 2.0 with iTunes, Podcasting 2.0 and Podlove tags), from the catalog.

Built with feedgen plus :mod:`.podcast_ext`. The output depends only on the
configuration and the records: ``lastBuildDate`` is the newest episode's
rendering time, so an unchanged catalog gives a byte-identical feed, and the
file is left alone when nothing changed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from feedgen.feed import FeedGenerator

from ..atomic import write_if_changed
from ..config import Config
from ..errors import PublishError
from .catalog import EpisodeRecord, clean_record, sort_key
from .cover import cover_file_name
from .guids import podcast_guid
from .output import output_error
from .podcast_ext import AudiocastEntryExtension, AudiocastExtension, Transcript
from .urls import episode_anchor, public_url

GENERATOR = "audiocast"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
"""lastBuildDate of a feed with no episodes (keeps the output deterministic)."""


def itunes_duration(duration_ms: int) -> str:
    """Whole seconds, the form Apple recommends (at least 1).

    >>> itunes_duration(61_499)
    '61'
    """
    return str(max(1, round(duration_ms / 1000)))


def _channel(fg: FeedGenerator, config: Config, feed_url: str, title: str, description: str) -> None:
    p = config.podcast
    link = p.link or p.base_url
    fg.title(title)
    fg.link(href=feed_url, rel="self", type="application/rss+xml")
    fg.link(href=link, rel="alternate")  # feedgen takes the last link as RSS <link>
    fg.description(description)
    fg.language(p.language)
    fg.generator(GENERATOR)
    if p.copyright:
        fg.copyright(p.copyright)
    cover_url = public_url(p.base_url, cover_file_name(p))
    fg.image(url=cover_url, title=title, link=link)
    fg.podcast.itunes_author(p.author)
    fg.podcast.itunes_owner(name=p.owner_name, email=p.owner_email)
    fg.podcast.itunes_category({"cat": p.category, "sub": p.subcategory} if p.subcategory else {"cat": p.category})
    fg.podcast.itunes_type("episodic")
    ext: AudiocastExtension = fg.audiocast
    ext.image_url = cover_url
    ext.explicit = p.explicit
    ext.podcast_guid = podcast_guid(feed_url)
    ext.locked_owner = p.owner_email


def _item(fg: FeedGenerator, config: Config, record: EpisodeRecord) -> None:
    base = config.podcast.base_url
    record = clean_record(record)  # a row from an older version may hold what XML cannot carry
    entry = fg.add_entry(order="append")
    entry.guid(record.guid, permalink=False)
    entry.title(record.title)
    entry.description(record.description.strip() or record.title)
    entry.link(href=record.url or base + "#" + episode_anchor(record.kind, record.slug))
    entry.pubDate(record.published)
    entry.enclosure(public_url(base, record.audio_file), str(record.bytes), "audio/mpeg")
    entry.podcast.itunes_duration(itunes_duration(record.duration_ms))
    entry.podcast.itunes_episode_type("full")
    if record.author:
        entry.podcast.itunes_author(record.author)
    ext: AudiocastEntryExtension = entry.audiocast
    if record.transcript_vtt:
        ext.transcripts.append(
            Transcript(public_url(base, record.transcript_vtt), "text/vtt", rel="captions")
        )
    if record.transcript_json:
        ext.transcripts.append(Transcript(public_url(base, record.transcript_json), "application/json"))
    if record.chapters_json:
        ext.chapters_url = public_url(base, record.chapters_json)
    ext.simple_chapters = list(record.chapters)


def feed_bytes(
    config: Config,
    records: list[EpisodeRecord],
    feed_url: str,
    title: str | None = None,
    description: str | None = None,
) -> bytes:
    """The feed document: newest first, at most ``config.podcast.max_episodes`` items."""
    limit = config.podcast.max_episodes
    if limit < 1:
        raise PublishError(f"[podcast] max_episodes is {limit}; it must be at least 1")
    records = sorted(records, key=sort_key, reverse=True)[:limit]
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("audiocast", AudiocastExtension, AudiocastEntryExtension)
    _channel(fg, config, feed_url, title or config.podcast.name, description or config.podcast.description)
    fg.lastBuildDate(max((r.rendered for r in records), default=EPOCH))
    for record in records:
        _item(fg, config, record)
    try:
        xml: bytes = fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    except ValueError as exc:
        raise PublishError(f"{feed_url}: the feed lacks a required field ({exc}); check [podcast] in audiocast.toml") from None
    return xml


def write_feed(
    config: Config,
    records: list[EpisodeRecord],
    dest: Path,
    feed_url: str,
    title: str | None = None,
    description: str | None = None,
) -> None:
    """Write the feed to ``dest`` atomically (left untouched when its bytes would not change).

    Use it for ``output/feed.xml`` (articles) and ``output/edition/feed.xml``
    (daily editions, with their own ``title`` and ``description``); URLs are
    always relative to ``config.podcast.base_url``.
    """
    write_if_changed(Path(dest), feed_bytes(config, records, feed_url, title, description), error=output_error)
