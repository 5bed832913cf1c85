"""Fetching pages and feeds from a real local HTTP server (no internet)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from audiocast.errors import FetchError, IngestError
from audiocast.fetch import STATE_FILE, Fetcher, load_url
from audiocast.ingest import discover, extract_html, load
from audiocast.models import BlockKind

DATA = Path(__file__).parent / "data" / "extract"


def _page(name: str) -> bytes:
    return (DATA / name).read_bytes()


class Site:
    """What the server serves; tests change it between fetches."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, bytes]] = {
            "/brand": ("text/html; charset=utf-8", _page("mitt-haninge-skolbrand.html")),
            "/lada": ("text/html; charset=utf-8", _page("lokaltidningen-ingress-bildtext.html")),
            "/farja": ("text/html", _page("nynashamns-posten-nolang.html")),
            "/start": ("text/html; charset=utf-8", _page("startsida-inte-artikel.html")),
            "/english": ("text/html; charset=utf-8", _page("english-only-council.html")),
            "/big": ("text/html; charset=utf-8", b"<html><body>" + b"<p>Mycket text.</p>" * 40_000 + b"</body></html>"),
        }
        self.requests: list[tuple[str, str | None]] = []
        self.lock = threading.Lock()

    def feed(self, base: str, paths: list[str]) -> bytes:
        items = "".join(
            f"<item><title>Artikel {p}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
            f"<pubDate>Tue, 03 Nov 2026 08:00:00 +0100</pubDate></item>"
            for p in paths
        )
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lokalt</title>'
                f"<link>{base}/</link><description>Nyheter</description>{items}</channel></rss>").encode()


SITE = Site()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        with SITE.lock:
            SITE.requests.append((self.path, self.headers.get("If-None-Match")))
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path not in SITE.pages:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = SITE.pages[self.path]
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("ETag", etag)
        if self.path != "/big":  # make the client count the bytes itself
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = ["127.0.0.1"]
"""Loopback is refused by default; the tests' own server is allowed explicitly."""


def _fetcher(tmp_path: Path) -> Fetcher:
    return Fetcher(tmp_path, timeout=0.5, max_bytes=300_000, allow=LOCAL)


def test_feed_fetch_writes_articles_and_reports_each_error(server: str, tmp_path: Path):
    paths = ["/brand", "/lada", "/farja", "/missing", "/slow", "/big", "/start", "/english"]
    SITE.pages["/feed.xml"] = ("application/rss+xml", SITE.feed(server, paths))
    with _fetcher(tmp_path) as f:
        report = f.fetch(server + "/feed.xml")
    assert len(report.written) == 3
    assert all(p.exists() and p.parent == tmp_path and p.suffix == ".md" for p in report.written)
    reasons = {e.url.rsplit("/", 1)[1]: e.reason for e in report.errors}
    assert set(reasons) == {"missing", "slow", "big", "start", "english"}
    assert "404" in reasons["missing"]
    assert "timed out" in reasons["slow"]
    assert "too large" in reasons["big"]
    assert "not an article" in reasons["start"]
    assert "not in Swedish" in reasons["english"]
    assert all("\n" not in r for r in reasons.values())
    assert all(isinstance(e, FetchError) for e in report.errors)

    # Written files are Markdown that load() reads back to the extracted article.
    assert discover([tmp_path]) == sorted(report.written)
    brand = next(p for p in report.written if "vikingaskolan" in p.name)
    assert brand.name == "2026-10-14-brand-pa-vikingaskolan-tre-klassrum-forstorda.md"
    text = brand.read_text(encoding="utf-8")
    assert f"source_url: {server}/brand" in text
    article = load(brand)
    expected = extract_html(_page("mitt-haninge-skolbrand.html"), "x", url=f"{server}/brand", slug=brand.stem)
    expected.source = article.source
    assert article == expected
    assert any(b.kind is BlockKind.FACTBOX for b in article.blocks)
    # The page's own date (no zone given) wins over the feed entry's and is Stockholm time.
    farja = load(next(p for p in report.written if "farjetrafiken" in p.name))
    assert farja.published is not None and farja.published.isoformat() == "2026-11-05T08:15:00+01:00"

    # State is a real SQLite file.
    with sqlite3.connect(tmp_path / STATE_FILE) as db:
        urls = {row[0] for row in db.execute("SELECT url FROM pages WHERE slug IS NOT NULL")}
    assert urls == {f"{server}/brand", f"{server}/lada", f"{server}/farja"}
    assert not list(tmp_path.glob(".*.tmp"))

    # Twice: the unchanged feed answers 304, nothing new is written.
    with _fetcher(tmp_path) as f:
        again = f.fetch(server + "/feed.xml")
    assert again.written == [] and again.errors == []
    assert again.unchanged == [server + "/feed.xml"]

    # A changed feed: old entries skipped without a request, no duplicates.
    SITE.pages["/feed.xml"] = ("application/rss+xml", SITE.feed(server, ["/brand", "/lada", "/farja"]))
    SITE.requests.clear()
    with _fetcher(tmp_path) as f:
        third = f.fetch(server + "/feed.xml")
    assert third.written == [] and third.errors == []
    assert sorted(third.unchanged) == sorted(f"{server}{p}" for p in ["/brand", "/lada", "/farja"])
    assert [p for p, _ in SITE.requests] == ["/feed.xml"]
    assert len(list(tmp_path.glob("*.md"))) == 3


def test_page_conditional_request_and_editor_edits(server: str, tmp_path: Path):
    url = server + "/lada"
    with _fetcher(tmp_path) as f:
        first = f.fetch(url)
        assert len(first.written) == 1
        path = first.written[0]
        SITE.requests.clear()
        second = f.fetch(url)
        assert second.written == [] and second.unchanged == [url]
        assert SITE.requests[-1][1] is not None  # sent If-None-Match, got 304

        # The page changes on the web; the untouched file is refreshed in place.
        original = SITE.pages["/lada"]
        changed = original[1].replace(b"Planen \xc3\xa4r att ladan", b"Tanken \xc3\xa4r att ladan")
        SITE.pages["/lada"] = (original[0], changed)
        third = f.fetch(url)
        assert third.written == [path]
        assert "Tanken är att ladan" in path.read_text(encoding="utf-8")

        # An editor fixes the file; a later change on the web does not overwrite it.
        edited = path.read_text(encoding="utf-8").replace("Tanken", "Idén")
        path.write_text(edited, encoding="utf-8")
        SITE.pages["/lada"] = original
        fourth = f.fetch(url)
        assert fourth.written == [] and fourth.unchanged == [url]
        assert path.read_text(encoding="utf-8") == edited
    SITE.pages["/lada"] = original
    assert len(list(tmp_path.glob("*.md"))) == 1


def test_single_page_errors(server: str, tmp_path: Path):
    with _fetcher(tmp_path) as f:
        report = f.fetch(server + "/nothing-here")
    assert report.written == [] and len(report.errors) == 1
    assert "HTTP 404" in str(report.errors[0])
    with _fetcher(tmp_path) as f:
        report = f.fetch("http://127.0.0.1:1/closed")
    assert "cannot connect" in report.errors[0].reason


def test_load_url(server: str):
    article = load_url(server + "/brand", timeout=2, allow=LOCAL)
    assert article.title == "Brand på Vikingaskolan – tre klassrum förstörda"
    assert article.url == server + "/brand"
    english = load_url(server + "/english", timeout=2, allow=LOCAL)
    assert english.language == "en" and english.title == "Council approves new bus depot"
    with pytest.raises(IngestError, match="not in Swedish; it looks like English"):
        load_url(server + "/english", timeout=2, require_swedish=True, allow=LOCAL)
    with pytest.raises(FetchError, match="too large"):
        load_url(server + "/big", timeout=2, max_bytes=10_000, allow=LOCAL)
    with pytest.raises(FetchError, match="404"):
        load_url(server + "/missing", timeout=2, allow=LOCAL)


def test_atom_feed_detected_by_content(server: str, tmp_path: Path):
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Lokalt</title>'
            b'<entry><title>Brand</title><link href="/brand"/><id>urn:1</id>'
            b"<updated>2026-11-03T08:00:00Z</updated></entry></feed>")
    SITE.pages["/atom"] = ("text/plain", atom)
    with _fetcher(tmp_path) as f:
        report = f.fetch(server + "/atom")
    assert len(report.written) == 1 and report.errors == []
