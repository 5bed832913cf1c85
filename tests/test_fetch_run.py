"""A fetch run: caps per run, file modes, two runs into one folder at once, links that are not web pages."""

from __future__ import annotations

import os
import stat
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from audiocast.fetch import LOCK_FILE, Fetcher, FetchReport
from audiocast.ingest import load

DATA = Path(__file__).parent / "data" / "extract"
ARTICLES = {
    "/brand": "mitt-haninge-skolbrand.html",
    "/lada": "lokaltidningen-ingress-bildtext.html",
    "/farja": "nynashamns-posten-nolang.html",
}
LOCAL = ["127.0.0.1"]


def _feed(base: str, links: list[str]) -> bytes:
    items = "".join(f"<item><title>Artikel</title><link>{link}</link><guid>{link}</guid></item>" for link in links)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lokalt</title>'
            f"<link>{base}/</link><description>Nyheter</description>{items}</channel></rss>").encode()


class _Handler(BaseHTTPRequestHandler):
    feed = b""
    delay = 0.0
    hits: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        if self.path == "/feed.xml":
            ctype, body = "application/rss+xml", self.feed
        elif self.path in ARTICLES:
            time.sleep(self.delay)  # both runs are inside the same page at once
            ctype, body = "text/html; charset=utf-8", (DATA / ARTICLES[self.path]).read_bytes()
        else:
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site() -> Iterator[tuple[str, type[_Handler]]]:
    handler = type("Handler", (_Handler,), {"hits": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    handler.feed = _feed(base, [base + p for p in ARTICLES])
    yield base, handler
    httpd.shutdown()
    httpd.server_close()


def test_items_per_feed_run_are_capped(site: tuple[str, type[_Handler]], tmp_path: Path):
    base, _ = site
    first = Fetcher(tmp_path, allow=LOCAL, max_items=2).fetch(base + "/feed.xml")
    assert len(first.written) == 2 and first.errors == []
    assert first.skipped == [base + "/farja"]
    second = Fetcher(tmp_path, allow=LOCAL, max_items=2).fetch(base + "/feed.xml")
    assert len(second.written) == 1 and second.skipped == []
    assert sorted(second.unchanged) == [base + "/brand", base + "/lada"]


def test_pages_per_run_are_capped(site: tuple[str, type[_Handler]], tmp_path: Path):
    base, handler = site
    fetcher = Fetcher(tmp_path, allow=LOCAL, max_pages=2)
    report = fetcher.fetch(base + "/feed.xml")  # the feed and one article
    assert len(report.written) == 1 and report.skipped == [base + "/lada", base + "/farja"]
    assert fetcher.fetch(base + "/brand").skipped == [base + "/brand"]
    assert handler.hits == ["/feed.xml", "/brand"]


def test_files_are_readable_like_every_other_file(site: tuple[str, type[_Handler]], tmp_path: Path):
    base, _ = site
    report = Fetcher(tmp_path, allow=LOCAL).fetch(base + "/brand")
    [path] = report.written
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644


def test_two_runs_at_once_write_each_article_once(site: tuple[str, type[_Handler]], tmp_path: Path):
    base, handler = site
    handler.delay = 0.3
    reports: list[FetchReport] = []
    start = threading.Barrier(2)

    def run() -> None:
        start.wait()
        reports.append(Fetcher(tmp_path, allow=LOCAL).fetch(base + "/feed.xml"))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert handler.hits.count("/brand") == 2  # both runs really fetched the same pages at the same time
    files = sorted(tmp_path.glob("*.md"))
    assert len(files) == 3, files
    assert sorted(p for r in reports for p in r.written) == files
    assert sorted(u for r in reports for u in r.unchanged) == sorted(base + p for p in ARTICLES)
    assert all(r.errors == [] for r in reports)
    assert (tmp_path / LOCK_FILE).exists()


def test_links_that_are_not_web_pages_are_never_fetched_nor_written(site: tuple[str, type[_Handler]],
                                                                   tmp_path: Path):
    base, handler = site
    handler.feed = _feed(base, ["javascript:alert(document.cookie)", "file:///etc/passwd",
                                "http://169.254.169.254/latest/meta-data/", base + "/brand"])
    report = Fetcher(tmp_path, allow=LOCAL).fetch(base + "/feed.xml")
    [path] = report.written
    assert f"source_url: {base}/brand" in path.read_text(encoding="utf-8")
    assert load(path).url == base + "/brand"
    reasons = [e.reason for e in report.errors]
    assert len(reasons) == 3, reasons
    assert any("link-local" in r for r in reasons)
    assert all("\n" not in r for r in reasons)
    assert "javascript" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.md"))
    assert handler.hits == ["/feed.xml", "/brand"]
