"""The listeners' page as HTML, and the server with real HTTP requests."""

from __future__ import annotations

import http.client
import threading
from datetime import datetime
from html.parser import HTMLParser

import pytest

from audiocast.errors import PublishError
from audiocast.publish import Catalog, make_server, write_feed, write_site
from test_publish_support import STOCKHOLM, make_config, publish_episode

WHEN = datetime(2024, 5, 25, 9, 15, tzinfo=STOCKHOLM)


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    config = make_config(out)
    with Catalog(out / "catalog.sqlite") as cat:
        cat.upsert(publish_episode(config, out, "ny-bro", "Ny bro & ny väg", WHEN))
        records = cat.episodes()
    write_feed(config, records, out / "feed.xml", config.feed_url)
    write_site(config, records, out)
    (out / "episodes" / ".ny.mp3.abc.tmp").write_bytes(b"half written")
    return config, out, records


@pytest.fixture(scope="module")
def server(output):
    srv = make_server(output[1], port=0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv.server_address[1]
    srv.shutdown()
    srv.server_close()


def request(port: int, path: str, method: str = "GET", headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request(method, path, headers=headers or {})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp, body


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_page_structure_is_accessible(output):
    config, out, records = output
    html = (out / "index.html").read_text(encoding="utf-8")
    page = _Collector()
    page.feed(html)
    tags = [t for t, _ in page.tags]
    assert dict(page.tags[0][1]) == {"lang": "sv"}
    assert tags.count("h1") == 1 and tags.count("h2") == len(records)
    audios = [a for t, a in page.tags if t == "audio"]
    assert len(audios) == 1
    assert audios[0]["aria-label"] == "Lyssna: Ny bro &amp; ny väg".replace("&amp;", "&")
    assert "autoplay" not in audios[0] and audios[0]["preload"] in ("none", "metadata")
    assert audios[0]["src"] == records[0].audio_file
    chapters = [a for t, a in page.tags if t == "a" and a.get("class") == "chapter"]
    assert [c["href"] for c in chapters] == [f"{records[0].audio_file}#t={s}" for s in ("0", "0.6", "1.5", "2.5")]
    assert any(t == "a" and a.get("href") == config.feed_url for t, a in page.tags), "subscribe link"
    assert "Bilar får köra via rv 83" in html, "the transcript is on the page"


def test_server_sends_files_with_types_and_ranges(server, output):
    config, out, records = output
    mp3 = (out / records[0].audio_file).read_bytes()
    resp, body = request(server, "/" + records[0].audio_file)
    assert resp.status == 200 and body == mp3
    assert resp.getheader("Content-Type") == "audio/mpeg"
    assert resp.getheader("Accept-Ranges") == "bytes"

    resp, body = request(server, "/" + records[0].audio_file, headers={"Range": "bytes=100-199"})
    assert resp.status == 206 and body == mp3[100:200]
    assert resp.getheader("Content-Range") == f"bytes 100-199/{len(mp3)}"
    resp, body = request(server, "/" + records[0].audio_file, headers={"Range": "bytes=-10"})
    assert resp.status == 206 and body == mp3[-10:]
    resp, body = request(server, "/" + records[0].audio_file, headers={"Range": f"bytes={len(mp3) - 5}-"})
    assert resp.status == 206 and body == mp3[-5:]
    resp, body = request(server, "/" + records[0].audio_file, headers={"Range": f"bytes={len(mp3)}-"})
    assert resp.status == 416 and resp.getheader("Content-Range") == f"bytes */{len(mp3)}"

    resp, body = request(server, "/" + records[0].audio_file, method="HEAD")
    assert resp.status == 200 and body == b"" and resp.getheader("Content-Length") == str(len(mp3))

    for path, ctype in [("/feed.xml", "application/rss+xml"), ("/" + records[0].transcript_vtt, "text/vtt"),
                        ("/" + records[0].chapters_json, "application/json"), ("/", "text/html"),
                        ("/cover.jpg", "image/jpeg")]:
        resp, body = request(server, path)
        assert resp.status == 200 and resp.getheader("Content-Type").startswith(ctype), path
    assert request(server, "/feed.xml")[1] == (out / "feed.xml").read_bytes()


@pytest.mark.parametrize(
    "path",
    ["/../catalog.sqlite", "/%2e%2e/%2e%2e/etc/passwd", "/episodes/../../etc/passwd", "/..%2f..%2fetc%2fpasswd",
     "/catalog.sqlite", "/episodes/", "/episodes/.ny.mp3.abc.tmp", "/nothing.mp3"],
)
def test_server_refuses_traversal_listings_and_hidden_files(server, path):
    resp, body = request(server, path)
    assert resp.status == 404
    assert b"root:" not in body and b"half written" not in body and b"SQLite" not in body


def test_server_reports_a_busy_port_and_a_missing_folder(output, tmp_path):
    srv = make_server(output[1], port=0)
    try:
        with pytest.raises(PublishError, match="in use"):
            make_server(output[1], port=srv.server_address[1])
    finally:
        srv.server_close()
    with pytest.raises(PublishError, match="no such folder"):
        make_server(tmp_path / "missing")
