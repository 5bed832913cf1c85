"""Fetching articles from the web: one article page, or every article in a site's RSS/Atom feed.

``Fetcher(into).fetch(url)`` writes each new article into the folder ``into``
as Markdown with front matter (see :mod:`audiocast.ingest.markdown`), with a
``source_url:`` line, so an editor can open and fix it before rendering.

Safety rules:

- One new file per new article; a file is written to a temporary name in the
  same folder and renamed into place, so a half-written file never exists.
- A file an editor has changed is never overwritten: when a known page has
  changed on the web, the file is only replaced if it is still exactly what
  fetch wrote last time.
- Conditional requests (``If-None-Match``/``If-Modified-Since``): a page or feed
  that answers 304 Not Modified is reported as unchanged. Feed entries fetched
  before are skipped without a request, so fetching a feed twice never
  duplicates articles.
- State lives in a SQLite file ``into/.audiocast-fetch.sqlite`` (url, etag,
  last_modified, slug, path, sha256 of the written file, fetched_at).
- Every failure (404, timeout, page too large, not an article, not Swedish)
  becomes one :class:`FetchError` with a one-line reason in the report; the rest
  of a feed is still fetched.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin

import requests

from . import __version__
from .atomic import write_bytes
from .errors import FetchError, IngestError
from .ingest import extract_html, slugify, to_markdown
from .ingest.dates import STOCKHOLM
from .models import Article

DEFAULT_USER_AGENT = f"audiocast/{__version__} (Swedish news read aloud as a podcast)"


def user_agent_for(contact: str | None) -> str:
    """Our user agent, with the operator's contact address so a site can reach them."""
    return f"audiocast/{__version__} (Swedish news read aloud as a podcast; {contact})" if contact else DEFAULT_USER_AGENT
STATE_FILE = ".audiocast-fetch.sqlite"
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json")
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


@dataclass
class FetchReport:
    """What one fetch did."""

    written: list[Path] = field(default_factory=list)
    """Article files written (new, or refreshed because the page changed)."""
    unchanged: list[str] = field(default_factory=list)
    """URLs not written: 304 Not Modified, already fetched from the feed, or edited by an editor."""
    errors: list[FetchError] = field(default_factory=list)
    """One error per page that failed; the rest were still fetched."""


@dataclass
class _Response:
    url: str
    status: int
    content_type: str
    body: bytes
    etag: str | None
    last_modified: str | None
    encoding: str | None


class Fetcher:
    """Fetches article pages and feeds into a folder of Markdown articles."""

    def __init__(
        self,
        into: Path,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 10,
        max_bytes: int = 5_000_000,
    ):
        self.into = Path(into)
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._session = requests.Session()
        self._session.headers.update({
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
            "Accept-Language": "sv,en;q=0.5",
        })

    def close(self) -> None:
        """Close the HTTP session."""
        self._session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state --------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        try:
            self.into.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.into / STATE_FILE)
        except (OSError, sqlite3.Error) as exc:
            raise FetchError(str(self.into), f"cannot open the fetch state ({exc}); check the folder is writable") from exc
        db.execute(
            "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, "
            "slug TEXT, path TEXT, sha256 TEXT, fetched_at TEXT NOT NULL)"
        )
        return db

    @staticmethod
    def _state(db: sqlite3.Connection, url: str) -> dict[str, str | None] | None:
        row = db.execute(
            "SELECT etag, last_modified, slug, path, sha256 FROM pages WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return None
        return dict(zip(("etag", "last_modified", "slug", "path", "sha256"), row))

    @staticmethod
    def _remember(db: sqlite3.Connection, url: str, resp: _Response, slug: str | None,
                  path: Path | None, sha: str | None) -> None:
        db.execute(
            "INSERT INTO pages (url, etag, last_modified, slug, path, sha256, fetched_at) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified, "
            "slug=COALESCE(excluded.slug, pages.slug), path=COALESCE(excluded.path, pages.path), "
            "sha256=COALESCE(excluded.sha256, pages.sha256), fetched_at=excluded.fetched_at",
            (url, resp.etag, resp.last_modified, slug, str(path) if path else None, sha,
             datetime.now(timezone.utc).isoformat(timespec="seconds")),
        )
        db.commit()

    # -- HTTP ---------------------------------------------------------------

    def _get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> _Response:
        """GET with a size limit and an overall time limit; FetchError on any failure."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        try:
            with self._session.get(url, headers=headers, timeout=(self.timeout, self.timeout), stream=True) as r:
                if r.status_code == 304:
                    return _Response(r.url, 304, "", b"", etag, last_modified, None)
                if r.status_code >= 400:
                    raise FetchError(url, f"the server answered HTTP {r.status_code} {r.reason or ''}".rstrip())
                declared = r.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, f"the page is too large ({int(declared)} bytes, limit {self.max_bytes})")
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_content(chunk_size=65536):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"the page is too large (more than {self.max_bytes} bytes)")
                    if time.monotonic() - started > 3 * self.timeout:
                        raise FetchError(url, f"timed out: the page took more than {3 * self.timeout:g} s to load")
                    chunks.append(chunk)
                ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
                charset = requests.utils.get_encoding_from_headers(r.headers) if "charset" in r.headers.get("Content-Type", "").lower() else None
                return _Response(r.url, r.status_code, ctype, b"".join(chunks), r.headers.get("ETag"),
                                 r.headers.get("Last-Modified"), charset)
        except requests.Timeout as exc:
            raise FetchError(url, f"timed out after {self.timeout:g} s; the site is slow or down, try again later") from exc
        except requests.ConnectionError as exc:
            raise FetchError(url, "cannot connect; check the address and the internet connection") from exc
        except requests.RequestException as exc:
            raise FetchError(url, f"the request failed ({exc.__class__.__name__})") from exc

    # -- public -------------------------------------------------------------

    def fetch(self, url: str) -> FetchReport:
        """Fetch an article page or a feed of articles into the folder."""
        report = FetchReport()
        with closing(self._db()) as db:
            state = self._state(db, url)
            try:
                resp = self._get(url, state and state["etag"], state and state["last_modified"])
            except FetchError as exc:
                report.errors.append(exc)
                return report
            if resp.status == 304:
                report.unchanged.append(url)
                return report
            if _is_feed(resp):
                self._fetch_feed(db, url, resp, report)
            else:
                self._store_page(db, url, resp, state, report)
        return report

    def _fetch_feed(self, db: sqlite3.Connection, url: str, resp: _Response, report: FetchReport) -> None:
        import feedparser

        parsed = feedparser.parse(resp.body)
        if parsed.bozo and not parsed.entries:
            report.errors.append(FetchError(url, "the feed cannot be read (not valid RSS or Atom)"))
            return
        for entry in parsed.entries:
            link = entry.get("link")
            if not link:
                continue
            link = urljoin(resp.url, link)
            if self._state(db, link) is not None:
                report.unchanged.append(link)
                continue
            try:
                page = self._get(link)
            except FetchError as exc:
                report.errors.append(exc)
                continue
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            fallback = datetime(*when[:6], tzinfo=timezone.utc).astimezone(STOCKHOLM) if when else None
            self._store_page(db, link, page, None, report, fallback_date=fallback)
        self._remember(db, url, resp, None, None, None)

    def _store_page(self, db: sqlite3.Connection, url: str, resp: _Response, state: dict | None,
                    report: FetchReport, fallback_date: datetime | None = None) -> None:
        try:
            article = extract_html(_decode(resp), source=url, url=resp.url or url, require_swedish=True)
        except IngestError as exc:
            report.errors.append(FetchError(url, exc.reason))
            return
        if article.published is None and fallback_date is not None:
            article.published = fallback_date
        old_path = Path(state["path"]) if state and state.get("path") else None
        if old_path is not None and old_path.exists():
            if _sha(old_path.read_bytes()) != state.get("sha256"):
                # An editor has worked on the file: leave it alone.
                report.unchanged.append(url)
                self._remember(db, url, resp, None, None, None)
                return
            path = old_path
        else:
            path = self._new_path(article)
        article.slug = path.stem
        data = to_markdown(article).encode("utf-8")
        if path.exists() and path.read_bytes() == data:
            report.unchanged.append(url)
            self._remember(db, url, resp, path.stem, path, _sha(data))
            return
        try:
            write_bytes(path, data, fsync=False, mode=None)
        except OSError as exc:
            raise FetchError(url, f"cannot write {path} ({exc.strerror}); check the folder is writable") from exc
        self._remember(db, url, resp, path.stem, path, _sha(data))
        report.written.append(path)

    def _new_path(self, article: Article) -> Path:
        stem = slugify(article.title)[:70].rstrip("-")
        if article.published is not None:
            stem = f"{article.published:%Y-%m-%d}-{stem}"
        path = self.into / f"{stem}.md"
        n = 2
        while path.exists():
            path = self.into / f"{stem}-{n}.md"
            n += 1
        return path


def _is_feed(resp: _Response) -> bool:
    if resp.content_type in _FEED_TYPES or resp.content_type.endswith(("+xml", "/xml")):
        head = resp.body[:2000].lstrip().lower()
        return b"<rss" in head or b"<feed" in head or b"<rdf" in head or not head.startswith((b"<!doctype html", b"<html"))
    head = resp.body[:1000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)


def _decode(resp: _Response) -> str:
    encoding = resp.encoding
    if not encoding:
        m = _CHARSET.search(resp.body[:4096])
        encoding = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return resp.body.decode(encoding, errors="replace")
    except LookupError:
        return resp.body.decode("utf-8", errors="replace")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_url(url: str, *, user_agent: str = DEFAULT_USER_AGENT, timeout: float = 10,
             max_bytes: int = 5_000_000, require_swedish: bool = False) -> Article:
    """Fetch one article page and extract it, writing nothing.

    Raises FetchError when the page cannot be fetched and IngestError when it
    is not an article (or, with ``require_swedish``, not in Swedish). A page in
    another language is extracted and says so in ``Article.language``.
    """
    with Fetcher(Path("."), user_agent=user_agent, timeout=timeout, max_bytes=max_bytes) as fetcher:
        resp = fetcher._get(url)
        if _is_feed(resp):
            raise FetchError(url, "this is a feed, not an article page; use 'audiocast fetch' for feeds")
        return extract_html(_decode(resp), source=url, url=resp.url or url, require_swedish=require_swedish)
