"""https to a pinned address: the certificate is checked for the URL's host name, not for the address.

The certificates are made for the test by the ``openssl`` command (skipped without it).
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from audiocast.errors import FetchError
from audiocast.fetch import AddressGuard
from audiocast.fetch.net import HttpClient

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A test CA and a certificate for news.test signed by it."""
    d = tmp_path_factory.mktemp("certs")
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=audiocast test CA", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=d)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
             "-subj", "/CN=news.test", cwd=d)
    (d / "ext.cnf").write_text("subjectAltName=DNS:news.test\nbasicConstraints=CA:FALSE\n"
                               "extendedKeyUsage=serverAuth\n")
    _openssl("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "leaf.pem", "-days", "2", "-extfile", "ext.cnf", cwd=d)
    return d


class _Hello(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = f"<p>Hej från {self.headers.get('Host')}</p>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def tls_port(certs: Path) -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs / "leaf.pem", certs / "leaf.key")
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> None:
    """news.test and other.test both resolve to 127.0.0.1."""
    def fake(host: str, port: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        if host not in ("news.test", "other.test", "127.0.0.1"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def _client(certs: Path, **kwargs: Any) -> HttpClient:
    return HttpClient(AddressGuard(["127.0.0.1"]), headers={}, cafile=str(certs / "ca.pem"), **kwargs)


def test_https_to_the_pinned_address_checks_the_name(certs: Path, tls_port: int, names: None):
    answer = _client(certs).get(f"https://news.test:{tls_port}/a")
    assert answer.body.decode() == f"<p>Hej från news.test:{tls_port}</p>"
    with pytest.raises(FetchError, match="certificate is not valid"):
        _client(certs).get(f"https://other.test:{tls_port}/a")
    with pytest.raises(FetchError, match="certificate is not valid"):  # the default CAs do not know the test CA
        HttpClient(AddressGuard(["127.0.0.1"]), headers={}).get(f"https://news.test:{tls_port}/a")


def test_a_silent_tls_server_meets_the_deadline(certs: Path, names: None):
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    try:
        with pytest.raises(FetchError, match=r"no complete answer within 0\.8 s"):
            _client(certs, deadline=0.8, timeout=5).get(f"https://news.test:{listener.getsockname()[1]}/")
    finally:
        for s in [*accepted, listener]:
            s.close()
