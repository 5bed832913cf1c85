"""The guarded HTTP client against real sockets on 127.0.0.1: deadlines, redirects, pinning, gzip."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from audiocast.errors import FetchError
from audiocast.fetch import AddressGuard
from audiocast.fetch.net import HttpClient

LOCAL = ["127.0.0.1"]
"""Loopback is refused by default; the tests' own servers are allowed explicitly."""
GIVE_UP = 20.0
"""The misbehaving servers stop after this long, so a broken client fails the test instead of hanging it."""


def _client(deadline: float = 1.5, timeout: float = 5.0, **kwargs: Any) -> HttpClient:
    guard = AddressGuard(kwargs.pop("allow", LOCAL), kwargs.pop("ports", ()))
    return HttpClient(guard, headers={"User-Agent": "audiocast-test"}, timeout=timeout, deadline=deadline, **kwargs)


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[socket.socket], None]], str]]:
    """Start a TCP server on 127.0.0.1 whose connections are handled by the given function."""
    sockets: list[socket.socket] = []

    def start(handle: Callable[[socket.socket], None]) -> str:
        listener = socket.create_server(("127.0.0.1", 0))
        sockets.append(listener)

        def serve() -> None:
            while True:
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                threading.Thread(target=_run, args=(handle, conn), daemon=True).start()

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    yield start
    for s in sockets:
        s.close()


def _run(handle: Callable[[socket.socket], None], conn: socket.socket) -> None:
    with conn:
        try:
            handle(conn)
        except OSError:
            pass


def _trickle_headers(conn: socket.socket) -> None:
    conn.recv(65536)
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    end = time.monotonic() + GIVE_UP
    while time.monotonic() < end:  # a header line that never ends, one byte every 0.2 s
        conn.sendall(b"X")
        time.sleep(0.2)


def _trickle_body(conn: socket.socket) -> None:
    conn.recv(65536)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
    end = time.monotonic() + GIVE_UP
    while time.monotonic() < end:
        conn.sendall(b"x")
        time.sleep(0.2)


def _silent(conn: socket.socket) -> None:
    conn.recv(65536)
    time.sleep(GIVE_UP)


@pytest.mark.parametrize("handler", [_trickle_headers, _trickle_body, _silent], ids=["headers", "body", "silent"])
def test_the_deadline_holds_for_servers_that_trickle_or_stall(raw_server: Any, handler: Any):
    url = raw_server(handler) + "/artikel"
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        _client(deadline=1.5, timeout=5.0).get(url)
    elapsed = time.monotonic() - started
    message = str(info.value)
    assert message.startswith(url + ": ") and "\n" not in message
    # The overall deadline (1.5 s), not the per-read timeout (5 s), is what gave up.
    assert "no complete answer within 1.5 s" in message
    print(f"{handler.__name__}: gave up after {elapsed:.2f} s")  # figures for the report (pytest -s)


def test_a_silent_server_meets_the_read_timeout_first(raw_server: Any):
    url = raw_server(_silent) + "/"
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s without an answer"):
        _client(deadline=10, timeout=0.3).get(url)


class _Site(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    hosts: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).hosts.append(self.headers.get("Host", ""))
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site() -> Iterator[tuple[str, type[_Site]]]:
    handler = type("Site", (_Site,), {"routes": {}, "hosts": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()


def _redirect(to: str, status: int = 302) -> tuple[int, dict[str, str], bytes]:
    return status, {"Location": to}, b""


def test_every_redirect_hop_is_checked(site: tuple[str, type[_Site]]):
    base, handler = site
    port = base.rsplit(":", 1)[1]
    handler.routes.update({
        "/ok": (200, {"Content-Type": "text/html; charset=utf-8"}, b"<p>Hej</p>"),
        "/relative": _redirect("/ok", 301),
        "/metadata": _redirect("http://169.254.169.254/latest/meta-data/"),
        "/private": _redirect("http://10.0.0.1/admin"),
        "/ipv6-loopback": _redirect(f"http://[::1]:{port}/ok"),
        "/script": _redirect("javascript:alert(1)"),
        "/file": _redirect("file:///etc/passwd"),
        "/port": _redirect("http://127.0.0.1:6379/"),
        "/loop": _redirect("/loop", 307),
        "/nowhere": (302, {}, b""),
    })
    client = _client()
    answer = client.get(base + "/relative")
    assert (answer.url, answer.status, answer.body, answer.encoding) == (base + "/ok", 200, b"<p>Hej</p>", "utf-8")
    expected = {
        "/metadata": "refused: 169.254.169.254 is a link-local address",
        "/private": "refused: 10.0.0.1 is a private address",
        "/ipv6-loopback": "refused: ::1 is a loopback address",
        "/script": "only http and https links",
        "/file": "only http and https links",
        "/port": "refused: port 6379",
        "/loop": "more than 5 redirects",
        "/nowhere": "HTTP 302 without saying where",
    }
    for path, words in expected.items():
        with pytest.raises(FetchError) as info:
            client.get(base + path)
        assert info.value.url == base + path
        assert words in info.value.reason and "\n" not in str(info.value), (path, info.value.reason)


def test_the_connection_goes_to_the_checked_address(site: tuple[str, type[_Site]], monkeypatch: pytest.MonkeyPatch):
    """The name is looked up once per hop; the socket goes to that address, Host names the site."""
    base, handler = site
    port = int(base.rsplit(":", 1)[1])
    handler.routes["/a"] = (200, {"Content-Type": "text/html"}, b"<p>Hej</p>")
    answers = iter([[("127.0.0.1", port)], [("10.9.9.9", port)]])  # a rebinding resolver: 2nd answer private
    lookups: list[str] = []

    def rebinding(host: str, p: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", addr) for addr in next(answers)]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    answer = _client(allow=["127.0.0.1"]).get(f"http://news.test:{port}/a")
    assert answer.body == b"<p>Hej</p>"
    assert lookups == ["news.test"]
    assert handler.hosts == [f"news.test:{port}"]
    with pytest.raises(FetchError, match="private"):  # the second lookup's answer is checked too
        _client(allow=["127.0.0.1"]).get(f"http://news.test:{port}/a")


def test_gzip_within_the_size_limit(site: tuple[str, type[_Site]]):
    base, handler = site
    page = b"<p>Kommunen bygger en ny cykelbana.</p>" * 100
    handler.routes["/gz"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(page))
    handler.routes["/bomb"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                               gzip.compress(b"\0" * 20_000_000))
    handler.routes["/br"] = (200, {"Content-Type": "text/html", "Content-Encoding": "br"}, b"xx")
    handler.routes["/broken"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, b"not gzip")
    client = _client(max_bytes=1_000_000)
    assert client.get(base + "/gz").body == page
    assert len(gzip.compress(b"\0" * 20_000_000)) < 100_000
    with pytest.raises(FetchError, match=r"too large \(more than 1000000 bytes\)"):
        client.get(base + "/bomb")
    with pytest.raises(FetchError, match="encoded as 'br'"):
        client.get(base + "/br")
    with pytest.raises(FetchError, match="broken gzip"):
        client.get(base + "/broken")


def test_loopback_is_refused_unless_allowed(site: tuple[str, type[_Site]]):
    base, handler = site
    handler.routes["/a"] = (200, {"Content-Type": "text/html"}, b"hej")
    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.1 is a loopback address .*\[fetch\] allow"):
        _client(allow=[]).get(base + "/a")
    assert handler.hosts == []  # refused before connecting
