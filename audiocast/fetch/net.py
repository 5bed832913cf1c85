"""The guarded HTTP client: checked addresses, our own redirects, one deadline per request.

:class:`HttpClient.get` fetches one URL the way a polite and careful fetcher
should, and raises :class:`FetchError` (one line: the URL and the cause) for
anything else:

- Every hop (the URL and each redirect, at most ``max_redirects``) goes through
  :class:`~audiocast.fetch.guard.AddressGuard`: http(s) only, allowed ports,
  public addresses unless allowed.
- The connection goes to the address that was checked: the host name is
  resolved once, and :mod:`http.client` is given a socket connected to that
  address, while ``Host``, TLS SNI and the certificate check use the name
  (no second lookup, so no DNS rebinding).
- One deadline for the whole request, redirects included (``deadline``,
  30 s by default), as well as ``timeout`` for each wait on the network: every
  read from the socket waits at most the smaller of the two, so a server that
  trickles its headers one byte at a time or never ends its body is given up
  on when the deadline passes. The deadline is checked in the socket's own
  reads (no threads, no signals), so it holds inside :mod:`http.client`'s
  header parsing as well as in our body loop.
- A body larger than ``max_bytes`` (after gzip decompression, so a small gzip
  bomb is as large as it unpacks to) is refused while it streams.

Limits, known and accepted: the name lookup (``getaddrinfo``) is the system
resolver's and is bounded by its own timeouts (resolv.conf), not by the
deadline; the TLS handshake gets the time left as one timeout (CPython applies
it to the whole handshake); proxies from the environment (``HTTPS_PROXY``) are
not used, since the point is to connect to the checked address; a connection
is not kept alive between requests.
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import urljoin, urlsplit

import certifi

from ..errors import FetchError
from .guard import AddressGuard, Target

REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 65536


@dataclass
class Response:
    """A final answer (2xx or 304) with its body read."""

    url: str
    """The URL that answered, after redirects."""
    status: int
    content_type: str
    """The media type, lower case, without parameters; empty when the server sent none."""
    body: bytes
    etag: str | None
    last_modified: str | None
    encoding: str | None
    """The charset the Content-Type header named, if any."""
    link: str = ""
    """The ``Link`` headers, joined with commas (the WordPress API announces itself there)."""


class DeadlinePassed(TimeoutError):
    """The request's overall deadline passed."""


class _Deadline:
    """When the request must be done, and how long one wait on the socket may last."""

    def __init__(self, seconds: float, per_wait: float):
        self.at = time.monotonic() + seconds
        self.per_wait = per_wait

    def wait(self) -> float:
        """The timeout for the next wait on the socket; DeadlinePassed when none is left."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise DeadlinePassed()
        return min(self.per_wait, left)

    def expired(self) -> bool:
        """True when (within the clock's slack) no time is left."""
        return time.monotonic() >= self.at - 0.005


class _DeadlineSocket(socket.socket):
    """A plain socket whose every read waits no longer than the deadline allows."""

    deadline: _Deadline | None = None

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        if self.deadline is not None:
            self.settimeout(self.deadline.wait())
        return super().recv_into(buffer, nbytes, flags)


class _DeadlineSSLSocket(ssl.SSLSocket):
    """The same for TLS: :mod:`http.client` reads through ``recv_into``."""

    deadline: _Deadline | None = None

    def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
        if self.deadline is not None:
            self.settimeout(self.deadline.wait())
        return super().recv_into(buffer, nbytes, flags)


def _open_socket(target: Target, deadline: _Deadline) -> _DeadlineSocket:
    """A socket connected to one of the target's checked addresses (tried in order)."""
    last: OSError | None = None
    for address in target.addresses:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sock = _DeadlineSocket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(deadline.wait())
            sock.connect((address, target.port))
        except DeadlinePassed:
            sock.close()
            raise
        except OSError as exc:
            sock.close()
            last = exc
            continue
        sock.deadline = deadline
        return sock
    assert last is not None  # a Target always has an address
    raise last


class _Connection(http.client.HTTPConnection):
    """HTTP to the checked address; ``Host`` is the URL's host."""

    def __init__(self, target: Target, deadline: _Deadline):
        super().__init__(target.host, target.port)
        self._target = target
        self._deadline = deadline

    def connect(self) -> None:
        self.sock = _open_socket(self._target, self._deadline)


class _TLSConnection(http.client.HTTPSConnection):
    """HTTPS to the checked address; SNI and the certificate check use the URL's host."""

    def __init__(self, target: Target, deadline: _Deadline, context: ssl.SSLContext):
        super().__init__(target.host, target.port, context=context)
        self._target = target
        self._deadline = deadline
        self._tls = context

    def connect(self) -> None:
        raw = _open_socket(self._target, self._deadline)
        try:
            raw.settimeout(self._deadline.wait())
            sock = self._tls.wrap_socket(raw, server_hostname=self._target.host)
        except BaseException:
            raw.close()
            raise
        assert isinstance(sock, _DeadlineSSLSocket)
        sock.deadline = self._deadline
        self.sock = sock


class HttpClient:
    """GET with the guard, the deadline and the size limit; see the module docstring."""

    def __init__(self, guard: AddressGuard, *, headers: Mapping[str, str], timeout: float = 10,
                 deadline: float = 30, max_bytes: int = 5_000_000, max_redirects: int = 5,
                 cafile: str | None = None):
        """``cafile``: the certificate authorities trusted for https (default: certifi's, as requests)."""
        self.guard = guard
        self.cafile = cafile
        self.headers = dict(headers)
        self.timeout = timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self._context: ssl.SSLContext | None = None

    def _tls_context(self) -> ssl.SSLContext:
        if self._context is None:
            context = ssl.create_default_context(cafile=self.cafile or certifi.where())
            context.sslsocket_class = _DeadlineSSLSocket
            self._context = context
        return self._context

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            own_port: int | None = None, accept: str | None = None) -> Response:
        """The final answer for ``url`` (2xx, or 304 for a conditional request); FetchError otherwise.

        ``own_port`` is the port the operator's URL uses (allowed for every hop);
        by default the port of ``url`` itself.
        """
        headers = dict(self.headers)
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        if own_port is None:
            own_port = port_of(url)
        deadline = _Deadline(self.deadline, self.timeout)
        current = url
        try:
            for _ in range(self.max_redirects + 1):
                target = self.guard.check(current, own_port)
                location = self._exchange(target, deadline, headers)
                if isinstance(location, Response):
                    return location
                current = urljoin(current, location)
        except FetchError as exc:
            raise exc if exc.url == url else FetchError(url, f"{exc.reason} (redirected to {exc.url})") from exc
        except OSError as exc:
            if isinstance(exc, TimeoutError) and deadline.expired():  # the wait the deadline shortened ran out
                exc = DeadlinePassed()
            raise FetchError(url, self._explain(exc)) from exc
        except http.client.HTTPException as exc:
            raise FetchError(url, f"the server's answer is not valid HTTP ({exc.__class__.__name__})") from exc
        except ValueError as exc:  # http.client refuses a header value (e.g. an ETag with a line break)
            raise FetchError(url, f"the request cannot be made ({exc})") from exc
        raise FetchError(url, f"more than {self.max_redirects} redirects; the site sends the fetcher in circles")

    def _exchange(self, target: Target, deadline: _Deadline, headers: dict[str, str]) -> Response | str:
        """One request to one checked target: the Response, or the Location of a redirect."""
        connection: http.client.HTTPConnection = (
            _TLSConnection(target, deadline, self._tls_context()) if target.scheme == "https"
            else _Connection(target, deadline)
        )
        try:
            connection.request("GET", target.path, headers=headers)
            answer = connection.getresponse()
            status = answer.status
            if status in REDIRECTS:
                location = answer.getheader("Location")
                if not location:
                    raise FetchError(target.url, f"the server answered HTTP {status} without saying where to")
                return location
            if not (200 <= status < 300 or status == 304):
                raise FetchError(target.url, f"the server answered HTTP {status} {answer.reason or ''}".rstrip())
            body = b"" if status == 304 else self._read_body(target.url, answer, deadline)
            return _response(target.url, status, answer.headers, body)
        finally:
            connection.close()

    def _read_body(self, url: str, answer: http.client.HTTPResponse, deadline: _Deadline) -> bytes:
        declared = answer.getheader("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(url, f"the page is too large ({int(declared)} bytes, limit {self.max_bytes})")
        coding = answer.getheader("Content-Encoding", "identity").strip().lower()
        if coding not in ("identity", "gzip", "x-gzip", ""):
            raise FetchError(url, f"the server sent the page encoded as {coding!r}, which was not asked for")
        unzip = zlib.decompressobj(16 + zlib.MAX_WBITS) if coding in ("gzip", "x-gzip") else None
        chunks: list[bytes] = []
        size = 0
        while True:
            deadline.wait()
            chunk = answer.read1(CHUNK)
            if not chunk:
                break
            if unzip is not None:
                try:
                    chunk = unzip.decompress(chunk, self.max_bytes + 1 - size)
                except zlib.error as exc:
                    raise FetchError(url, f"the server sent a broken gzip body ({exc})") from exc
                if unzip.unconsumed_tail:
                    size = self.max_bytes + 1
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"the page is too large (more than {self.max_bytes} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _explain(self, exc: OSError) -> str:
        """One line for a network failure: the probable cause and what to do."""
        if isinstance(exc, DeadlinePassed):
            return (f"timed out: no complete answer within {self.deadline:g} s (the server is too slow or "
                    "stalls); try again later")
        if isinstance(exc, TimeoutError):
            return f"timed out after {self.timeout:g} s without an answer; the site is slow or down, try again later"
        if isinstance(exc, ssl.SSLCertVerificationError):
            return f"the site's certificate is not valid ({exc.verify_message}); the address may be wrong"
        if isinstance(exc, ssl.SSLError):
            return f"the secure connection failed ({exc.reason or exc.__class__.__name__})"
        if isinstance(exc, ConnectionRefusedError) or exc.errno in _UNREACHABLE:
            return "cannot connect; check the address and the internet connection"
        return f"the connection failed ({exc.strerror or exc.__class__.__name__}); try again later"


_UNREACHABLE = {errno.ENETUNREACH, errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EHOSTUNREACH}


def _response(url: str, status: int, headers: Message, body: bytes) -> Response:
    content_type = headers.get_content_type() if headers.get("Content-Type") else ""
    return Response(
        url=url, status=status, content_type=content_type.lower(), body=body,
        etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"),
        encoding=headers.get_content_charset(), link=", ".join(headers.get_all("Link") or []),
    )


def port_of(url: str) -> int | None:
    """The port a URL connects to (80/443 when it names none); None for a malformed URL."""
    try:
        parts = urlsplit(url)
        return parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    except ValueError:
        return None
