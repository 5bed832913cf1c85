"""The fetcher: pages and feeds into a folder of Markdown articles, with its state in SQLite.

``Fetcher(into).fetch(url)`` writes each new article into the folder ``into``
as Markdown with front matter (see :mod:`audiocast.ingest.markdown`), with a
``source_url:`` line, so an editor can open and fix it before rendering.

Safety rules:

- One new file per new article, mode 0644 like every file audiocast writes;
  a file is written to a temporary name in the same folder and renamed into
  place, so a half-written file never exists.
- Two fetches into the same folder at once never write the same article
  twice: choosing the file name, writing it and recording it in the state
  happen under an exclusive lock (``fcntl.flock`` on ``into/.audiocast-fetch.lock``),
  and the state is read again under the lock.
- A file an editor has changed is never overwritten: when a known page has
  changed on the web, the file is only replaced if it is still exactly what
  fetch wrote last time.
- Conditional requests (``If-None-Match``/``If-Modified-Since``): a page or feed
  that answers 304 Not Modified is reported as unchanged. Feed entries fetched
  before are skipped without a request, so fetching a feed twice never
  duplicates articles.
- Bounded: at most ``max_items`` new entries of a feed and ``max_pages``
  requests per run (the rest waits for the next run and is listed as
  skipped); the network rules (addresses, ports, redirects, deadline, size)
  are :mod:`audiocast.fetch.net`'s and :mod:`audiocast.fetch.guard`'s.
- Only http(s) links are followed and written as ``source_url``.
- State lives in a SQLite file ``into/.audiocast-fetch.sqlite`` (url, etag,
  last_modified, slug, path, sha256 of the written file, fetched_at).
- Every failure (404, timeout, refused address, page too large, not an
  article, not Swedish) becomes one :class:`FetchError` with a one-line reason
  in the report; the rest of a feed is still fetched.
"""

from __future__ import annotations

import fcntl
import hashlib
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

import feedparser

from .. import __version__
from ..atomic import write_bytes
from ..calendar_sv import STOCKHOLM
from ..errors import FetchError, IngestError
from ..ingest import extract_html, slugify, to_markdown
from ..models import Article
from . import wordpress
from .guard import AddressGuard, is_web_url
from .net import HttpClient, Response, port_of

DEFAULT_USER_AGENT = f"audiocast/{__version__} (Swedish news read aloud as a podcast)"
STATE_FILE = ".audiocast-fetch.sqlite"
LOCK_FILE = ".audiocast-fetch.lock"
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,*/*;q=0.5")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json")
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def user_agent_for(contact: str | None) -> str:
    """Our user agent, with the operator's contact address so a site can reach them."""
    return f"audiocast/{__version__} (Swedish news read aloud as a podcast; {contact})" if contact else DEFAULT_USER_AGENT


@dataclass
class FetchReport:
    """What one fetch did."""

    written: list[Path] = field(default_factory=list)
    """Article files written (new, or refreshed because the page changed)."""
    unchanged: list[str] = field(default_factory=list)
    """URLs not written: 304 Not Modified, already fetched from the feed, or edited by an editor."""
    errors: list[FetchError] = field(default_factory=list)
    """One error per page that failed; the rest were still fetched."""
    skipped: list[str] = field(default_factory=list)
    """URLs left for the next run because ``max_items`` or ``max_pages`` was reached."""


class Fetcher:
    """Fetches article pages and feeds into a folder of Markdown articles."""

    def __init__(
        self,
        into: Path,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 10,
        deadline: float = 30,
        max_bytes: int = 5_000_000,
        allow: Sequence[str] = (),
        ports: Sequence[int] = (),
        max_items: int = 50,
        max_pages: int = 200,
        max_redirects: int = 5,
    ):
        """``timeout``: longest wait for the network; ``deadline``: longest time for one request
        (redirects included); ``allow``: networks and host names that may be private
        (``[fetch] allow``); ``ports``: ports besides 80, 443 and the given URL's;
        ``max_items``: feed entries per feed; ``max_pages``: requests per Fetcher (one run)."""
        self.into = Path(into)
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_items = max_items
        self.max_pages = max_pages
        self.pages = 0
        """Requests made so far by this Fetcher (counted against ``max_pages``)."""
        self._client = HttpClient(
            AddressGuard(allow, ports), timeout=timeout, deadline=deadline, max_bytes=max_bytes,
            max_redirects=max_redirects,
            headers={"User-Agent": user_agent, "Accept": ACCEPT, "Accept-Language": "sv,en;q=0.5",
                     "Accept-Encoding": "gzip"},
        )

    def close(self) -> None:
        """Nothing stays open between requests; kept so a Fetcher is a context manager."""

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state --------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        try:
            self.into.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.into / STATE_FILE, timeout=30)
            db.execute(
                "CREATE TABLE IF NOT EXISTS pages (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, "
                "slug TEXT, path TEXT, sha256 TEXT, fetched_at TEXT NOT NULL)"
            )
        except (OSError, sqlite3.Error) as exc:
            raise FetchError(str(self.into), f"cannot open the fetch state ({exc}); check the folder is writable") from exc
        return db

    @contextmanager
    def _lock(self) -> Iterator[None]:
        """Only one fetch at a time chooses a file name, writes and records (short sections)."""
        try:
            handle = open(self.into / LOCK_FILE, "a")
        except OSError as exc:
            raise FetchError(str(self.into), f"cannot open the lock file ({exc.strerror}); "
                                             "check the folder is writable") from exc
        with handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @staticmethod
    def _state(db: sqlite3.Connection, url: str) -> dict[str, str | None] | None:
        row = db.execute(
            "SELECT etag, last_modified, slug, path, sha256 FROM pages WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return None
        return dict(zip(("etag", "last_modified", "slug", "path", "sha256"), row, strict=True))

    @staticmethod
    def _remember(db: sqlite3.Connection, url: str, resp: Response, slug: str | None,
                  path: Path | None, sha: str | None) -> None:
        db.execute(
            "INSERT INTO pages (url, etag, last_modified, slug, path, sha256, fetched_at) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified, "
            "slug=COALESCE(excluded.slug, pages.slug), path=COALESCE(excluded.path, pages.path), "
            "sha256=COALESCE(excluded.sha256, pages.sha256), fetched_at=excluded.fetched_at",
            (url, resp.etag, resp.last_modified, slug, str(path) if path else None, sha,
             datetime.now(UTC).isoformat(timespec="seconds")),
        )
        db.commit()

    # -- HTTP ---------------------------------------------------------------

    def _capped(self) -> bool:
        return self.pages >= self.max_pages

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            own_port: int | None = None, accept: str | None = None) -> Response:
        """One guarded GET (see :class:`HttpClient.get`), counted against ``max_pages``."""
        if self._capped():
            raise FetchError(url, f"not fetched: this run has made its {self.max_pages} requests ([fetch] max_pages)")
        self.pages += 1
        return self._client.get(url, etag=etag, last_modified=last_modified, own_port=own_port, accept=accept)

    # -- public -------------------------------------------------------------

    def fetch(self, url: str) -> FetchReport:
        """Fetch an article page or a feed of articles into the folder."""
        report = FetchReport()
        if self._capped():
            report.skipped.append(url)
            return report
        with closing(self._db()) as db:
            state = self._state(db, url)
            try:
                resp = self.get(url, etag=state["etag"] if state else None,
                                last_modified=state["last_modified"] if state else None)
            except FetchError as exc:
                report.errors.append(exc)
                return report
            if resp.status == 304:
                report.unchanged.append(url)
                return report
            if _is_feed(resp):
                self._fetch_feed(db, url, resp, report)
            else:
                self._store_page(db, url, resp, report)
        return report

    def _fetch_feed(self, db: sqlite3.Connection, url: str, resp: Response, report: FetchReport) -> None:
        parsed = feedparser.parse(resp.body)
        if parsed.bozo and not parsed.entries:
            report.errors.append(FetchError(url, "the feed cannot be read (not valid RSS or Atom)"))
            return
        own_port = port_of(url)
        fetched = 0
        for entry in parsed.entries:
            link = entry.get("link")
            if not link or not isinstance(link, str):
                continue
            link = urljoin(resp.url, link.strip())
            if not is_web_url(link):
                scheme = link.split(":", 1)[0][:20]
                report.errors.append(FetchError(url, f"a feed entry links to a {scheme}: address, not a web page; "
                                                     "skipped"))
                continue
            if self._state(db, link) is not None:
                report.unchanged.append(link)
                continue
            if fetched >= self.max_items or self._capped():
                report.skipped.append(link)
                continue
            fetched += 1
            try:
                page = self.get(link, own_port=own_port)
            except FetchError as exc:
                report.errors.append(exc)
                continue
            when = entry.get("published_parsed") or entry.get("updated_parsed")
            fallback = datetime(*when[:6]).replace(tzinfo=UTC).astimezone(STOCKHOLM) if when else None
            self._store_page(db, link, page, report, fallback_date=fallback, new_only=True)
        self._remember(db, url, resp, None, None, None)

    def extract(self, url: str, resp: Response, require_swedish: bool = True) -> Article:
        """The article in a fetched page: from the WordPress REST API when the site has one, else the page."""
        page = _decode(resp)
        article = self._from_wordpress(url, resp, page, require_swedish)
        if article is None:
            article = extract_html(page, source=url, url=resp.url or url, require_swedish=require_swedish)
        if article.url is not None and not is_web_url(article.url):
            article.url = None
        return article

    def _from_wordpress(self, url: str, resp: Response, page: str, require_swedish: bool) -> Article | None:
        """The post from the site's REST API; None when there is none or anything fails (then: the page)."""
        for api_url in wordpress.api_urls(resp.url or url, resp.link, page):
            try:
                answer = self.get(api_url, own_port=port_of(url), accept="application/json")
                post = wordpress.post_from_json(answer.body)
                html = wordpress.post_page(post, wordpress.page_lang(page))
                article = extract_html(html, source=url, url=resp.url or url, require_swedish=require_swedish)
            except (FetchError, IngestError, ValueError):
                continue
            return wordpress.apply_post(article, post)
        return None

    def _store_page(self, db: sqlite3.Connection, url: str, resp: Response, report: FetchReport,
                    fallback_date: datetime | None = None, new_only: bool = False) -> None:
        try:
            article = self.extract(url, resp)
        except IngestError as exc:
            report.errors.append(FetchError(url, exc.reason))
            return
        if article.published is None and fallback_date is not None:
            article.published = fallback_date
        try:
            with self._lock():
                state = self._state(db, url)
                if new_only and state is not None:  # another fetch wrote it meanwhile
                    report.unchanged.append(url)
                    return
                self._write(db, url, resp, article, state, report)
        except FetchError as exc:
            report.errors.append(exc)

    def _write(self, db: sqlite3.Connection, url: str, resp: Response, article: Article,
               state: dict[str, str | None] | None, report: FetchReport) -> None:
        """Write the article (new file, or the untouched old one); called under the lock."""
        old = state.get("path") if state else None
        old_path = Path(old) if old else None
        if state is not None and old_path is not None and old_path.exists():
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
            write_bytes(path, data, fsync=False)
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


def _is_feed(resp: Response) -> bool:
    if resp.content_type in _FEED_TYPES or resp.content_type.endswith(("+xml", "/xml")):
        head = resp.body[:2000].lstrip().lower()
        return b"<rss" in head or b"<feed" in head or b"<rdf" in head or not head.startswith((b"<!doctype html", b"<html"))
    head = resp.body[:1000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)


def _decode(resp: Response) -> str:
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


def load_url(url: str, *, user_agent: str = DEFAULT_USER_AGENT, timeout: float = 10, deadline: float = 30,
             max_bytes: int = 5_000_000, require_swedish: bool = False, allow: Sequence[str] = (),
             ports: Sequence[int] = ()) -> Article:
    """Fetch one article page and extract it, writing nothing.

    Raises FetchError when the page cannot be fetched and IngestError when it
    is not an article (or, with ``require_swedish``, not in Swedish). A page in
    another language is extracted and says so in ``Article.language``.
    """
    fetcher = Fetcher(Path("."), user_agent=user_agent, timeout=timeout, deadline=deadline, max_bytes=max_bytes,
                      allow=allow, ports=ports)
    resp = fetcher.get(url)
    if _is_feed(resp):
        raise FetchError(url, "this is a feed, not an article page; use 'audiocast fetch' for feeds")
    return fetcher.extract(url, resp, require_swedish=require_swedish)
