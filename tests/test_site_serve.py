"""The listeners' page as HTML, and the server with real HTTP requests."""

from __future__ import annotations

import contextlib
import gzip
import http.client
import os
import socket
import threading
import time
from datetime import datetime
from html.parser import HTMLParser

import pytest
from test_publish_support import STOCKHOLM, make_config, publish_episode

from audiocast.errors import AudiocastError, ConfigError, PublishError
from audiocast.publish import Catalog, make_server, write_feed, write_site
from audiocast.publish.serve import IDLE_TIMEOUT, MAX_CONNECTIONS, parse_range

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


@contextlib.contextmanager
def running(directory, **options):
    """A real server on 127.0.0.1 and a free port, in a thread, stopped and closed afterwards."""
    srv = make_server(directory, port=0, **options)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv.server_address[1]
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def server(output):
    with running(output[1]) as port:
        yield port


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
    # The transcript is fetched by the page when opened (site.js), not inlined: the page stays small.
    boxes = [a for t, a in page.tags if t == "details" and "transcript-box" in (a.get("class") or "")]
    assert [b["data-src"] for b in boxes] == [records[0].transcript_json]
    assert "Bilar får köra via rv 83" not in html


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
     "/catalog.sqlite", "/episodes/", "/episodes/.ny.mp3.abc.tmp", "/nothing.mp3",
     "/episodes/..%2fcatalog.sqlite", "/episodes/%2e%2e%2fcatalog.sqlite", "/..%5c..%5cetc%5cpasswd",
     "/episodes\\..\\catalog.sqlite", "/episodes%5c..%5ccatalog.sqlite", "/feed.xml%00", "/feed.xml%00.mp3",
     "/%00/../catalog.sqlite", "/catalog.sqlite%00", "/.%2e/catalog.sqlite", "/%2fetc%2fpasswd", "//etc/passwd",
     "/" + "a" * 5000, "/" + "a/" * 3000 + "feed.xml"],
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


# --------------------------------------------------------------------------
# staying up: idle connections, a bound on connections, bad ports


def test_server_answers_while_200_idle_connections_are_open(output):
    out = output[1]
    feed = (out / "feed.xml").read_bytes()
    with running(out) as port, contextlib.ExitStack() as stack:
        idle = [stack.enter_context(socket.create_connection(("127.0.0.1", port), timeout=5)) for _ in range(200)]
        idle[0].sendall(b"GET /feed.xml HTTP/1.1\r\nHost: x\r\n")  # one stalls mid-request, too
        for _ in range(20):  # each must answer within the 5-second socket timeout, or the test fails
            resp, body = request(port, "/feed.xml")
            assert resp.status == 200 and body == feed
        resp, body = request(port, "/", method="HEAD")
        assert resp.status == 200 and body == b""


def test_an_idle_connection_is_dropped_after_the_timeout(output):
    assert IDLE_TIMEOUT >= 5 and MAX_CONNECTIONS >= 200
    with running(output[1], idle_timeout=0.2) as port:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            assert sock.recv(1024) == b"", "the server closes the idle connection (not the 5 s socket timeout)"
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"GET /feed.xml HTTP/1.1\r\nHost: x\r\n")  # never finishes its headers
            assert _read_until_closed(sock) == b""


def test_a_full_server_answers_503_and_recovers(output):
    with running(output[1], max_connections=2) as port:
        first = socket.create_connection(("127.0.0.1", port), timeout=5)
        with first, socket.create_connection(("127.0.0.1", port), timeout=5):
            resp, body = request(port, "/feed.xml")
            assert resp.status == 503 and resp.getheader("Retry-After") == "1"
            first.close()
            for _ in range(100):  # the freed slot is taken back within a moment; bounded
                resp, body = request(port, "/feed.xml")
                if resp.status == 200:
                    break
                time.sleep(0.05)
            assert resp.status == 200


@pytest.mark.parametrize("port", [-1, 65536, 70000, 10**9])
def test_an_impossible_port_is_a_one_line_error(output, port):
    with pytest.raises(ConfigError, match="not a port number") as err:
        make_server(output[1], port=port)
    assert isinstance(err.value, AudiocastError) and "\n" not in str(err.value)


def test_a_busy_port_is_a_one_line_error(output):
    with running(output[1]) as port:
        with pytest.raises(PublishError, match="in use") as err:
            make_server(output[1], port=port)
    assert "\n" not in str(err.value) and "--port" in str(err.value)


def test_keep_alive_connection_serves_many_requests(server, output):
    feed = (output[1] / "feed.xml").read_bytes()
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=5)
    try:
        for _ in range(50):
            conn.request("GET", "/feed.xml")
            resp = conn.getresponse()
            assert resp.status == 200 and resp.read() == feed
    finally:
        conn.close()


# --------------------------------------------------------------------------
# ranges


BAD_RANGES = [
    "bytes=abc", "bytes=5-2", "bytes=999999999-", "bytes=0-1,5-6", "bytes=0-0, -1", "bytes=-0", "bytes=-", "bytes=",
    "bytes=--5", "bytes=1-2-3", "items=0-5", "0-5", "bytes 0-5", "bytes=²-³", "bytes=１-２".encode().decode("latin-1"), "bytes=0x10-",
    "bytes=" + "9" * 10_000 + "-", "bytes=0-" + "9" * 5000, "bytes=" + "0-1," * 2500, "x" * 10_000,
]


@pytest.mark.parametrize("header", BAD_RANGES, ids=lambda h: h[:20] + (f"..{len(h)}" if len(h) > 20 else ""))
def test_a_bad_range_is_416_and_the_connection_stays_usable(server, output, header):
    size = (output[1] / "feed.xml").stat().st_size
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=5)
    try:
        conn.request("GET", "/feed.xml", headers={"Range": header})
        resp = conn.getresponse()
        assert resp.status == 416 and resp.read() == b""
        assert resp.getheader("Content-Range") == f"bytes */{size}"
        conn.request("GET", "/feed.xml", headers={"Range": "bytes=0-4"})
        resp = conn.getresponse()
        assert resp.status == 206 and resp.read() == b"<?xml"
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("header", "part"),
    [("bytes=0-0", slice(0, 1)), ("bytes=-500", slice(-500, None)), ("bytes=10-", slice(10, None)),
     ("bytes=100-199", slice(100, 200)), ("bytes=1-99999999999", slice(1, None)), ("Bytes=2-3", slice(2, 4)),
     ("bytes=-99999999999", slice(0, None)), (" bytes=5-9 ", slice(5, 10))],
)
def test_a_single_range_is_206(server, output, records_mp3, header, part):
    data, path = records_mp3
    resp, body = request(server, path, headers={"Range": header})
    expected = data[part]
    start = part.start if part.start is None or part.start >= 0 else len(data) + part.start
    start = start or 0
    assert resp.status == 206 and body == expected
    assert resp.getheader("Content-Range") == f"bytes {start}-{start + len(expected) - 1}/{len(data)}"
    assert resp.getheader("Content-Length") == str(len(expected))


@pytest.fixture(scope="module")
def records_mp3(output):
    config, out, records = output
    data = (out / records[0].audio_file).read_bytes()
    assert len(data) > 1000
    return data, "/" + records[0].audio_file


def test_if_range_sends_the_whole_file_when_the_copy_is_stale(server, output):
    feed = (output[1] / "feed.xml").read_bytes()
    etag = request(server, "/feed.xml")[0].getheader("ETag")
    resp, body = request(server, "/feed.xml", headers={"Range": "bytes=0-4", "If-Range": etag})
    assert resp.status == 206 and body == feed[:5]
    resp, body = request(server, "/feed.xml", headers={"Range": "bytes=0-4", "If-Range": '"stale"'})
    assert resp.status == 200 and body == feed


# --------------------------------------------------------------------------
# gzip, validators, HEAD


def test_feeds_pages_transcripts_and_chapters_are_gzipped_for_clients_that_ask(server, output):
    config, out, records = output
    for rel in ["feed.xml", "index.html", records[0].transcript_vtt, records[0].chapters_json]:
        raw = (out / rel).read_bytes()
        resp, body = request(server, "/" + rel, headers={"Accept-Encoding": "gzip, deflate"})
        assert resp.status == 200 and resp.getheader("Content-Encoding") == "gzip", rel
        assert resp.getheader("Vary") == "Accept-Encoding"
        assert gzip.decompress(body) == raw and int(resp.getheader("Content-Length")) == len(body)
        plain, plain_body = request(server, "/" + rel)
        assert plain.getheader("Content-Encoding") is None and plain_body == raw
        assert plain.getheader("Vary") == "Accept-Encoding" and plain.getheader("ETag") != resp.getheader("ETag")
    feed = (out / "feed.xml").read_bytes()
    resp, body = request(server, "/feed.xml", headers={"Accept-Encoding": "gzip"})
    assert len(body) < len(feed) / 2, f"feed.xml gzipped to {len(body)} of {len(feed)} bytes"


@pytest.mark.parametrize("encoding", ["identity", "gzip;q=0", "deflate, br", ""])
def test_no_gzip_unless_the_client_accepts_it(server, encoding):
    resp, body = request(server, "/feed.xml", headers={"Accept-Encoding": encoding})
    assert resp.status == 200 and resp.getheader("Content-Encoding") is None and body.startswith(b"<?xml")


def test_never_gzip_for_mp3s_images_or_ranges(server, records_mp3):
    data, path = records_mp3
    for p, headers in [(path, {}), ("/cover.jpg", {}), ("/feed.xml", {"Range": "bytes=0-9"})]:
        resp, body = request(server, p, headers={"Accept-Encoding": "gzip", **headers})
        assert resp.getheader("Content-Encoding") is None, p
    resp, body = request(server, "/feed.xml", headers={"Accept-Encoding": "gzip", "Range": "bytes=0-4"})
    assert resp.status == 206 and body == b"<?xml"


def test_every_file_has_validators_and_conditional_requests_get_304(server, output, records_mp3):
    config, out, records = output
    paths = ["/feed.xml", "/", "/cover.jpg", records_mp3[1], "/" + records[0].transcript_vtt]
    for path in paths:
        resp, body = request(server, path)
        etag, modified = resp.getheader("ETag"), resp.getheader("Last-Modified")
        assert etag and etag.startswith('"') and modified, path
        for headers in [{"If-None-Match": etag}, {"If-None-Match": f'"x", W/{etag}'}, {"If-None-Match": "*"},
                        {"If-Modified-Since": modified}]:
            resp, body = request(server, path, headers=headers)
            assert resp.status == 304 and body == b"", (path, headers)
            assert resp.getheader("ETag") == etag and resp.getheader("Last-Modified") == modified
        for headers in [{"If-None-Match": '"other"'}, {"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"},
                        {"If-Modified-Since": "not a date"}, {"If-None-Match": '"other"', "If-Modified-Since": modified}]:
            assert request(server, path, headers=headers)[0].status == 200, (path, headers)
    gz = request(server, "/feed.xml", headers={"Accept-Encoding": "gzip"})[0].getheader("ETag")
    resp, body = request(server, "/feed.xml", headers={"Accept-Encoding": "gzip", "If-None-Match": gz})
    assert resp.status == 304 and body == b""


def test_a_changed_file_gets_a_new_etag(output, tmp_path):
    page = tmp_path / "feed.xml"
    page.write_bytes(b"<rss>one</rss>")
    with running(tmp_path) as port:
        first = request(port, "/feed.xml")[0].getheader("ETag")
        page.write_bytes(b"<rss>two, longer</rss>")
        os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 1_000_000_000))
        resp, body = request(port, "/feed.xml", headers={"If-None-Match": first, "Accept-Encoding": "gzip"})
        assert resp.status == 200 and gzip.decompress(body) == b"<rss>two, longer</rss>"
        assert resp.getheader("ETag") not in (first, None)


def test_head_sends_what_get_sends_without_the_body(server, output, records_mp3):
    config, out, records = output
    cases = [("/feed.xml", {}), ("/feed.xml", {"Accept-Encoding": "gzip"}), ("/", {}), ("/cover.jpg", {}),
             (records_mp3[1], {"Range": "bytes=10-19"}), (records_mp3[1], {"Range": "bytes=abc"}),
             ("/" + records[0].chapters_json, {"Accept-Encoding": "gzip"}), ("/nothing.mp3", {})]
    for path, headers in cases:
        got, got_body = request(server, path, headers=headers)
        head, head_body = request(server, path, method="HEAD", headers=headers)
        assert head.status == got.status and head_body == b"", (path, headers)
        drop = {"Date"}
        assert {k: v for k, v in head.getheaders() if k not in drop} == {
            k: v for k, v in got.getheaders() if k not in drop}, (path, headers)


def _read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends before it closes (the socket's timeout bounds each wait)."""
    data = b""
    for _ in range(1000):
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def test_parse_range_reads_ascii_digits_only():
    assert parse_range("bytes=１-２", 100) is None and parse_range("bytes=٣-", 100) is None
    assert parse_range("bytes=0-", 0) is None and parse_range("bytes=-5", 3) == (0, 2)


def test_the_private_dot_folders_are_never_served(tmp_path):
    """Studio previews, site profiles, the speech cache and the lock stay private (README: exclude ``.*``)."""
    private = [".studio/ny-bro.wav", ".studio/ny-bro.json", ".sites/lokalbladet.json", ".cache/tts/ab.wav",
               ".lock", "episodes/.studio/x.wav"]
    for rel in private + ["feed.xml"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"private")
    with running(tmp_path) as port:
        for rel in private:
            for path in (f"/{rel}", f"/{rel.replace('.', '%2e', 1)}"):
                resp, body = request(port, path)
                assert resp.status == 404 and body != b"private", path
        assert request(port, "/feed.xml")[0].status == 200
