"""A WordPress site's article read from its REST API, against a fake WordPress on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from audiocast.fetch import Fetcher, load_url
from audiocast.fetch.wordpress import api_urls, post_from_json, slug_of
from audiocast.ingest import load
from audiocast.models import BlockKind

LOCAL = ["127.0.0.1"]

PARAGRAPHS = [
    "Trafikverket och kommunen bygger en ny gång- och cykelbana längs Nynäsvägen mellan centrum och Ösmo.",
    "Den nya banan blir tre kilometer lång och får belysning hela vägen, berättar projektledaren Anna Berg.",
    "– Många har efterfrågat en säker väg för barnen till skolan, och nu blir det äntligen av, säger hon.",
    "Under bygget leds trafiken om vid korsningen vid Vansta, och bussarna får en tillfällig hållplats.",
]
REST_ONLY = "Arbetet beräknas vara klart i april och kostar omkring 24 miljoner kronor."
THEME = ("<nav><ul><li><a href='/'>Start</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
         "<aside class='widget'><h3>Mest läst</h3><ul><li><a href='/a'>Ny pizzeria öppnar i centrum</a></li>"
         "<li><a href='/b'>Loppis i Folkets hus på lördag</a></li></ul></aside>")


def _page(head: str, title: str = "Ny cykelbana längs Nynäsvägen") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html><html lang="sv-SE"><head><meta charset="utf-8"><title>{title} – Nynäs Nyheter</title>'
            f"{head}</head><body>{THEME}<main><article><h1>{title}</h1>{body}</article></main>"
            "<footer>© Nynäs Nyheter</footer></body></html>").encode()


def _post(**overrides: Any) -> dict[str, Any]:
    post = {
        "id": 42, "slug": "ny-cykelbana-langs-nynasvagen",
        "date": "2026-11-03T08:30:00", "date_gmt": "2026-11-03T07:30:00",
        "title": {"rendered": "Ny cykelbana längs Nynäsvägen &#8211; klar i vår"},
        "excerpt": {"rendered": "<p>Äntligen en säker väg till skolan för barnen i Ösmo.</p>\n", "protected": False},
        "content": {"rendered": "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
                    + "<h2>Klart i april</h2>\n" + f"<p>{REST_ONLY}</p>\n", "protected": False},
    }
    post.update(overrides)
    return post


class _WordPress(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    hits: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        status, headers, body = self.routes.get(self.path, (404, {"Content-Type": "application/json"}, b"[]"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


HTML = {"Content-Type": "text/html; charset=UTF-8"}
JSON = {"Content-Type": "application/json; charset=UTF-8"}
SLUG_PAGE = "/2026/11/03/ny-cykelbana-langs-nynasvagen/"
SLUG_API = "/wp-json/wp/v2/posts?slug=ny-cykelbana-langs-nynasvagen"


@pytest.fixture
def wordpress() -> Iterator[tuple[str, type[_WordPress]]]:
    handler = type("WordPress", (_WordPress,), {"routes": {}, "hits": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    handler.routes.update({
        SLUG_PAGE: (200, HTML, _page(f'<link rel="https://api.w.org/" href="{base}/wp-json/" />')),
        SLUG_API: (200, JSON, json.dumps([_post()]).encode()),
        "/?p=42": (200, {**HTML, "Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'},
                   _page('<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/42" />')),
        "/wp-json/wp/v2/posts/42": (200, JSON, json.dumps(_post()).encode()),
    })
    yield base, handler
    httpd.shutdown()
    httpd.server_close()


def test_the_post_comes_from_the_rest_api(wordpress: tuple[str, type[_WordPress]], tmp_path: Path):
    base, handler = wordpress
    report = Fetcher(tmp_path, allow=LOCAL).fetch(base + SLUG_PAGE)
    assert report.errors == []
    [path] = report.written
    assert handler.hits == [SLUG_PAGE, SLUG_API]
    article = load(path)
    assert article.title == "Ny cykelbana längs Nynäsvägen – klar i vår"
    assert article.published is not None and article.published.isoformat() == "2026-11-03T08:30:00+01:00"
    assert article.lead == "Äntligen en säker väg till skolan för barnen i Ösmo."
    texts = [b.text for b in article.blocks]
    assert REST_ONLY in texts and PARAGRAPHS[1] in texts
    assert any(b.kind is BlockKind.HEADING and b.text == "Klart i april" for b in article.blocks)
    assert not any("pizzeria" in t or "Mest läst" in t for t in texts)
    assert article.url == base + SLUG_PAGE
    assert path.name == "2026-11-03-ny-cykelbana-langs-nynasvagen-klar-i-var.md"


def test_the_posts_own_json_link_and_the_link_header(wordpress: tuple[str, type[_WordPress]]):
    base, handler = wordpress
    article = load_url(base + "/?p=42", allow=LOCAL)
    assert handler.hits == ["/?p=42", "/wp-json/wp/v2/posts/42"]
    assert article.title == "Ny cykelbana längs Nynäsvägen – klar i vår"
    assert REST_ONLY in [b.text for b in article.blocks]


@pytest.mark.parametrize("answer", [
    (500, JSON, b'{"code":"internal_server_error"}'),
    (200, JSON, b"[]"),
    (200, JSON, b"<html>not json"),
    (200, JSON, json.dumps([_post(content={"rendered": "", "protected": True})]).encode()),
], ids=["error", "no-post", "not-json", "protected"])
def test_the_page_is_read_when_the_api_fails(wordpress: tuple[str, type[_WordPress]], tmp_path: Path,
                                             answer: tuple[int, dict[str, str], bytes]):
    base, handler = wordpress
    handler.routes[SLUG_API] = answer
    report = Fetcher(tmp_path, allow=LOCAL).fetch(base + SLUG_PAGE)
    assert report.errors == []
    article = load(report.written[0])
    assert article.title == "Ny cykelbana längs Nynäsvägen"
    assert REST_ONLY not in [b.text for b in article.blocks]
    assert PARAGRAPHS[2] in [b.text for b in article.blocks]


def test_an_api_elsewhere_is_held_to_the_same_rules(wordpress: tuple[str, type[_WordPress]], tmp_path: Path):
    """An API link to a refused address is not followed; the page is read instead."""
    base, handler = wordpress
    handler.routes[SLUG_PAGE] = (200, HTML, _page('<link rel="https://api.w.org/" href="http://10.0.0.8/wp-json/">'))
    report = Fetcher(tmp_path, allow=LOCAL).fetch(base + SLUG_PAGE)
    assert report.errors == [] and len(report.written) == 1
    assert handler.hits == [SLUG_PAGE]


def test_pieces():
    assert slug_of("https://x.se/2026/11/03/%C3%A5ret-runt/") == "året-runt"
    assert slug_of("https://x.se/") == ""
    assert api_urls("https://x.se/a/b/", "", "<html><head></head></html>") == []
    assert api_urls("https://x.se/a/b/", '<https://x.se/?rest_route=/>; rel="https://api.w.org/"', "") == [
        "https://x.se/?rest_route=/wp/v2/posts&slug=b"]
    auto = _post(excerpt={"rendered": "<p>Trafikverket och kommunen bygger en ny [&hellip;]</p>"})
    assert post_from_json(json.dumps(auto).encode()).excerpt == ""
    with pytest.raises(ValueError):
        post_from_json(b"[]")
