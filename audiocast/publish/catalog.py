"""The catalog: every published episode, in an SQLite file in output/.

The feed and the site are built from the catalog alone, so ``audiocast feed``
needs no rendering, and an article removed from articles/ stays published
until it is pruned. The catalog is also what keeps an episode's GUID fixed
when its article changes.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from ..errors import PublishError
from ..models import Chapter
from ..sanitize import clean_optional, clean_text, safe_url

SCHEMA_VERSION = 1

KINDS = ("article", "edition")

_COLUMNS = (
    "guid", "slug", "kind", "title", "description", "source", "url", "content_hash",
    "audio_file", "bytes", "duration_ms", "published", "rendered", "engine", "voice",
    "author", "chapters", "transcript_vtt", "transcript_json", "chapters_json",
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS episodes (
    guid TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('article', 'edition')),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    content_hash TEXT NOT NULL,
    audio_file TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    published TEXT NOT NULL,
    rendered TEXT NOT NULL,
    engine TEXT NOT NULL,
    voice TEXT NOT NULL,
    author TEXT,
    chapters TEXT NOT NULL,
    transcript_vtt TEXT,
    transcript_json TEXT,
    chapters_json TEXT,
    PRIMARY KEY (kind, slug)
);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT NOT NULL PRIMARY KEY,
    error TEXT NOT NULL,
    at TEXT NOT NULL
);
"""


@dataclass
class EpisodeRecord:
    """One published episode as the catalog, feed and site know it."""

    guid: str
    """Never changes once published (the catalog keeps the first one)."""
    slug: str
    kind: str
    """"article" or "edition"."""
    title: str
    description: str
    source: str
    """Where the article was read from: a file path or a URL."""
    url: str | None
    """The article's public web address, if known."""
    content_hash: str
    """Hash of what was rendered; a new hash means a new audio file name."""
    audio_file: str
    """Path relative to the output folder, e.g. ``episodes/<slug>-<hash8>.mp3``."""
    bytes: int
    """Size of the tagged MP3 file (the enclosure length)."""
    duration_ms: int
    published: datetime
    """The article's publication time (timezone-aware): the item's pubDate."""
    rendered: datetime
    """When the audio was made (timezone-aware)."""
    engine: str
    voice: str
    author: str | None = None
    chapters: list[Chapter] = field(default_factory=list)
    transcript_vtt: str | None = None
    """WebVTT transcript, relative to the output folder."""
    transcript_json: str | None = None
    """Podcasting 2.0 JSON transcript, relative to the output folder."""
    chapters_json: str | None = None
    """Podcasting 2.0 JSON chapters, relative to the output folder."""


@dataclass(frozen=True)
class Failure:
    """An article's last failed render, for the editors (``audiocast status``, the studio)."""

    source: str
    """The article file, as an absolute path."""
    error: str
    """One line: the file and the cause (as ``audiocast render`` printed it)."""
    at: datetime
    """When the render that failed ran (timezone-aware)."""


def clean_record(record: EpisodeRecord) -> EpisodeRecord:
    """``record`` with its text cleaned for XML and HTML and a non-web ``url`` dropped."""
    return replace(
        record,
        slug=clean_text(record.slug),
        title=clean_text(record.title),
        description=clean_text(record.description),
        source=clean_text(record.source),
        url=safe_url(record.url),
        author=clean_optional(record.author),
        chapters=[Chapter(clean_text(c.title), c.start_ms, c.end_ms) for c in record.chapters],
    )


def _check_record(record: EpisodeRecord) -> None:
    """Refuse records the feed could not publish correctly."""
    problems = []
    if record.kind not in KINDS:
        problems.append(f"kind must be one of {KINDS}, not {record.kind!r}")
    for name in ("published", "rendered"):
        value = getattr(record, name)
        if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
            problems.append(f"{name} must be a timezone-aware datetime, got {value!r}")
    if record.bytes < 0 or record.duration_ms < 0:
        problems.append("bytes and duration_ms must not be negative")
    if not record.slug or not record.guid:
        problems.append("slug and guid must not be empty")
    if problems:
        raise PublishError(f"episode {record.slug!r} cannot be cataloged: {'; '.join(problems)}")


def _to_row(record: EpisodeRecord) -> tuple[object, ...]:
    chapters = json.dumps(
        [[c.title, c.start_ms, c.end_ms] for c in record.chapters], ensure_ascii=False
    )
    values = {
        **{name: getattr(record, name) for name in _COLUMNS if name != "chapters"},
        "published": record.published.isoformat(),
        "rendered": record.rendered.isoformat(),
        "chapters": chapters,
    }
    return tuple(values[name] for name in _COLUMNS)


log = logging.getLogger(__name__)


def _read_row(path: Path, row: sqlite3.Row) -> EpisodeRecord | None:
    """The record of a row, or None (logged) when the row cannot be read: a row written
    by hand or by another program must not stop the feed of every other episode."""
    try:
        record = _from_row(row)
        _check_record(record)
    except (ValueError, TypeError, KeyError, IndexError, PublishError) as exc:
        log.warning("%s: catalog row %r cannot be read (%s); it is left out", path, row["slug"], exc)
        return None
    return record


def _from_row(row: sqlite3.Row) -> EpisodeRecord:
    data = {name: row[name] for name in _COLUMNS}
    data["published"] = datetime.fromisoformat(data["published"])
    data["rendered"] = datetime.fromisoformat(data["rendered"])
    data["chapters"] = [Chapter(t, int(s), int(e)) for t, s, e in json.loads(data["chapters"])]
    return EpisodeRecord(**data)


BUSY_SECONDS = 5.0
"""How long to wait for a catalog another process is writing before giving up."""


def is_locked(exc: sqlite3.Error) -> bool:
    """Whether an SQLite error means another process holds the database (busy or locked)."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def locked_error(path: Path, exc: sqlite3.Error) -> PublishError:
    """The message for a catalog another process holds: wait, never move it away."""
    return PublishError(
        f"{path}: the catalog is locked by another process ({exc}); wait for the other audiocast run "
        "(or the program that has the file open) to finish, then try again"
    )


class Catalog:
    """The SQLite catalog of published episodes (``output/catalog.sqlite``).

    Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
        except (OSError, sqlite3.Error) as exc:
            raise PublishError(
                f"{self.path}: cannot open the catalog ({exc}); check that the output folder is writable"
            ) from None
        self._db.row_factory = sqlite3.Row
        try:
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            if is_locked(exc):
                raise locked_error(self.path, exc) from None
            raise PublishError(
                f"{self.path}: not a usable audiocast catalog ({exc}); "
                "move it away and run `audiocast render` to rebuild it"
            ) from None

    def _migrate(self) -> None:
        """Create the schema, or check that an existing one is the version we know."""
        with self._db:
            self._db.executescript(_SCHEMA)
            rows = self._db.execute("SELECT version FROM schema_version").fetchall()
            if not rows:
                self._db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
                return
        version = rows[0]["version"]
        if len(rows) != 1 or version != SCHEMA_VERSION:
            self._db.close()
            raise PublishError(
                f"{self.path}: catalog schema version {version} is not the supported version "
                f"{SCHEMA_VERSION}; it was written by another version of audiocast. "
                "Use that version, or move the file away to start a new catalog"
            )
        columns = {r["name"] for r in self._db.execute("PRAGMA table_info(episodes)")}
        missing = set(_COLUMNS) - columns
        if missing:
            self._db.close()
            raise PublishError(
                f"{self.path}: catalog table lacks columns {sorted(missing)}; "
                "the file is damaged or foreign, move it away to start a new catalog"
            )

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            if is_locked(exc):
                raise locked_error(self.path, exc) from None
            raise PublishError(f"{self.path}: catalog query failed ({exc})") from None

    def get(self, slug: str, kind: str = "article") -> EpisodeRecord | None:
        """The published episode for ``slug``, or None."""
        rows = self._query("SELECT * FROM episodes WHERE kind = ? AND slug = ?", (kind, slug))
        return _read_row(self.path, rows[0]) if rows else None

    def upsert(self, record: EpisodeRecord) -> EpisodeRecord:
        """Insert or replace the episode for ``record.slug``; returns what was stored.

        An episode already in the catalog keeps its GUID: the returned record
        carries the stored GUID, whatever ``record.guid`` said.
        """
        _check_record(record)
        existing = self.get(record.slug, record.kind)
        if existing is not None:
            record = replace(record, guid=existing.guid)
        placeholders = ", ".join("?" for _ in _COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS if c not in ("kind", "slug"))
        try:
            with self._db:
                self._db.execute(
                    f"INSERT INTO episodes ({', '.join(_COLUMNS)}) VALUES ({placeholders}) "
                    f"ON CONFLICT (kind, slug) DO UPDATE SET {updates}",
                    _to_row(record),
                )
        except sqlite3.IntegrityError as exc:
            raise PublishError(
                f"{self.path}: episode {record.slug!r} clashes with another episode ({exc}); "
                "two slugs must not share a GUID"
            ) from None
        except sqlite3.Error as exc:
            if is_locked(exc):
                raise locked_error(self.path, exc) from None
            raise PublishError(f"{self.path}: could not store episode {record.slug!r} ({exc})") from None
        return record

    def episodes(self, kind: str = "article", limit: int | None = None) -> list[EpisodeRecord]:
        """Published episodes of ``kind``, newest first (by publication, then rendering time)."""
        rows = self._query("SELECT * FROM episodes WHERE kind = ?", (kind,))
        records = [r for r in (_read_row(self.path, row) for row in rows) if r is not None]
        records.sort(key=sort_key, reverse=True)
        return records if limit is None else records[: max(limit, 0)]

    def slugs(self, kind: str = "article") -> set[str]:
        """The slugs of all published episodes of ``kind``."""
        return {r["slug"] for r in self._query("SELECT slug FROM episodes WHERE kind = ?", (kind,))}

    def remove(self, slug: str, kind: str = "article") -> EpisodeRecord | None:
        """Unpublish ``slug``; returns the removed record (its files are the caller's to delete)."""
        record = self.get(slug, kind)
        if record is not None:
            try:
                with self._db:
                    self._db.execute("DELETE FROM episodes WHERE kind = ? AND slug = ?", (kind, slug))
            except sqlite3.Error as exc:
                if is_locked(exc):
                    raise locked_error(self.path, exc) from None
                raise PublishError(f"{self.path}: could not remove episode {slug!r} ({exc})") from None
        return record

    # -- the articles whose last render failed (a table added in place: older catalogs gain it when opened)

    def set_failures(self, failed: dict[str, str], fine: list[str], at: datetime) -> None:
        """Record the articles of one render: ``failed`` (source -> one-line error) failed at ``at``,
        those in ``fine`` rendered (their earlier failure is forgotten). In one transaction."""
        try:
            with self._db:
                self._db.executemany("DELETE FROM failures WHERE source = ?", [(s,) for s in fine])
                self._db.executemany(
                    "INSERT INTO failures (source, error, at) VALUES (?, ?, ?) "
                    "ON CONFLICT (source) DO UPDATE SET error = excluded.error, at = excluded.at",
                    [(source, error, at.isoformat()) for source, error in failed.items()],
                )
        except sqlite3.Error as exc:
            if is_locked(exc):
                raise locked_error(self.path, exc) from None
            raise PublishError(f"{self.path}: could not record the failed articles ({exc})") from None

    def failures(self) -> dict[str, Failure]:
        """Every article whose last render failed, by source (an unreadable row is left out)."""
        out: dict[str, Failure] = {}
        for row in self._query("SELECT source, error, at FROM failures"):
            try:
                out[row["source"]] = Failure(row["source"], row["error"], datetime.fromisoformat(row["at"]))
            except (TypeError, ValueError):
                log.warning("%s: failure row %r cannot be read; it is left out", self.path, row["source"])
        return out


def sort_key(record: EpisodeRecord) -> tuple[float, float, str]:
    """Order of episodes, oldest first: publication time, then rendering time, then slug."""
    return (record.published.timestamp(), record.rendered.timestamp(), record.slug)
