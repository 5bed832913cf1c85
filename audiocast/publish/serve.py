"""``audiocast serve``: output/ over HTTP on 127.0.0.1, with byte ranges.

Podcast apps and browsers seek in MP3s with Range requests, so this server
answers a single byte range (206 with Content-Range) and anything else in a
Range header — garbage, a backwards range, a start past the end, several
ranges, an absurdly long header — with 416 and ``Content-Range: bytes */SIZE``.
It serves files only inside the folder (no directory listings, no path
traversal), hides the catalog and temporary files, and sends the content
types podcast apps expect.

Every file carries an ETag (size and modification time) and Last-Modified, so
``If-None-Match`` and ``If-Modified-Since`` are answered with 304. Feeds,
pages, transcripts and chapters are gzipped for clients that accept it
(never MP3s or images, never a range).

Staying up: idle connections are dropped after :data:`IDLE_TIMEOUT` seconds,
the listen backlog is :data:`LISTEN_BACKLOG`, and at most
:data:`MAX_CONNECTIONS` connections are served at once (one thread each). A
connection beyond that is answered at once with ``503 Service Unavailable``
and ``Retry-After: 1`` and closed, rather than left waiting unseen in the
backlog behind clients that may hold their thread for up to the idle timeout.
Responses are buffered so that headers and a small body leave in one send,
and TCP_NODELAY is set so the tail of a bigger one is not held back by Nagle.

Not here: TLS, authentication, directory listings, multipart ranges.
"""

from __future__ import annotations

import email.utils
import errno
import gzip
import io
import logging
import os
import re
import socket
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import BaseRequestHandler
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from ..errors import ConfigError, PublishError

log = logging.getLogger(__name__)

IDLE_TIMEOUT = 30.0
"""Seconds a connection may sit idle (or stall mid-request) before it is dropped."""
LISTEN_BACKLOG = 128
"""Connections the kernel queues while the accept loop is busy."""
MAX_CONNECTIONS = 256
"""Connections served at once; one more is answered with 503 and closed."""
GZIP_MAX_BYTES = 8 * 1024 * 1024
"""Larger text files are sent uncompressed (they are compressed in memory)."""
WRITE_BUFFER = 64 * 1024
"""Response buffer: headers and a body up to about this size leave in one send."""
MAX_RANGE_HEADER = 200
"""A Range header longer than this is not a single byte range: 416."""

CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml; charset=utf-8",
    ".vtt": "text/vtt; charset=utf-8",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
}
COMPRESSIBLE = frozenset({".xml", ".html", ".json", ".vtt", ".css", ".js", ".txt"})
"""Suffixes gzipped for clients that accept it; they are also revalidated on every use."""
HIDDEN_SUFFIXES = (".sqlite", ".sqlite-journal", ".sqlite-wal", ".tmp")

_RANGE = re.compile(r"bytes=([0-9]{0,18})-([0-9]{0,18})", re.IGNORECASE)
_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Retry-After: 1\r\nConnection: close\r\nContent-Length: 21\r\n\r\nbusy, try again soon\n"
)

_Request = socket.socket | tuple[bytes, socket.socket]
"""What socketserver hands to ``process_request`` (a TCP server: always the socket)."""


@dataclass(frozen=True)
class _FileState:
    """What the validators of one file version are made from."""

    size: int
    mtime: float
    mtime_ns: int

    @property
    def etag(self) -> str:
        """A strong ETag of the file as stored."""
        return f'"{self.size:x}-{self.mtime_ns:x}"'

    @property
    def gzip_etag(self) -> str:
        """The ETag of the gzipped representation (a different body, so a different tag)."""
        return f'"{self.size:x}-{self.mtime_ns:x}-gz"'

    @property
    def last_modified(self) -> str:
        """Last-Modified as an HTTP date."""
        return email.utils.formatdate(self.mtime, usegmt=True)


class PodcastServer(ThreadingHTTPServer):
    """A threading HTTP server with an idle timeout and a bound on concurrent connections."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(
        self,
        address: tuple[str, int],
        handler: Callable[..., BaseRequestHandler],
        idle_timeout: float = IDLE_TIMEOUT,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.idle_timeout = idle_timeout
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, handler)

    def process_request(self, request: _Request, client_address: object) -> None:
        """Serve the connection in a thread if a slot is free, else answer 503 and close it."""
        if not self._slots.acquire(blocking=False):
            log.debug("%s: %d connections open, answered 503", client_address, self.max_connections)
            _refuse(request)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: _Request, client_address: object) -> None:
        """Serve one connection, then free its slot."""
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: object, client_address: object) -> None:
        """Log instead of printing: a client gone away is routine, anything else a bug."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            log.debug("%s went away", client_address)
        else:
            log.exception("error while serving %s", client_address)


def _refuse(request: _Request) -> None:
    """Send the 503 of a full server; never block the accept loop for long."""
    if not isinstance(request, socket.socket):
        return  # a datagram server's request; not ours
    try:
        request.settimeout(1.0)
        request.sendall(_BUSY)
        request.setblocking(False)
        request.recv(65536)  # unread request bytes would turn the close into a reset
    except OSError:
        pass


class PodcastRequestHandler(SimpleHTTPRequestHandler):
    """GET and HEAD of files in one folder, with single byte ranges, validators and gzip."""

    server_version = "audiocast"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    wbufsize = WRITE_BUFFER
    disable_nagle_algorithm = True

    def setup(self) -> None:
        """Apply the server's idle timeout to this connection (reads and writes alike)."""
        super().setup()
        self.connection.settimeout(getattr(self.server, "idle_timeout", IDLE_TIMEOUT))

    def do_GET(self) -> None:
        """Send a file, or the part of it a Range header asks for."""
        self._send(body=True)

    def do_HEAD(self) -> None:
        """Send the headers GET would send."""
        self._send(body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Log through :mod:`logging` instead of printing to stderr."""
        log.debug("%s " + format, self.address_string(), *args)

    def _resolve(self) -> Path | None:
        """The requested file inside the served folder, or None."""
        root = Path(self.directory).resolve()
        rel = unquote(urlsplit(self.path).path)
        parts = [p for p in rel.split("/") if p not in ("", ".")]
        if any(p == ".." or p.startswith(".") or "\\" in p or "\0" in p for p in parts):
            return None
        try:
            target = root.joinpath(*parts).resolve() if parts else root
            if target != root and root not in target.parents:
                return None
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file() or target.name.endswith(HIDDEN_SUFFIXES):
                return None
        except (OSError, ValueError):  # a name too long for the file system, say
            return None
        return target

    def _send(self, body: bool) -> None:
        path = self._resolve()
        if path is None:
            self.send_error(HTTPStatus.NOT_FOUND, "Not found")
            return
        try:
            fh = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "Not found")
            return
        try:
            with fh:
                self._send_open_file(path.suffix.lower(), fh, body)
        except (ConnectionError, TimeoutError):
            self.close_connection = True  # the client went away or stalled (players often do when seeking)

    def _send_open_file(self, suffix: str, fh: BinaryIO, body: bool) -> None:
        """The answer for one open file: 304, 416, 206, or 200 (gzipped or not)."""
        st = os.fstat(fh.fileno())
        state = _FileState(st.st_size, st.st_mtime, st.st_mtime_ns)
        compressible = suffix in COMPRESSIBLE
        range_header = self.headers.get("Range")
        if range_header is not None and not _if_range_holds(self.headers.get("If-Range"), state):
            range_header = None  # the client's copy is stale: it gets the whole new file
        use_gzip = (
            compressible
            and range_header is None
            and state.size <= GZIP_MAX_BYTES
            and _accepts_gzip(self.headers.get("Accept-Encoding", ""))
        )
        etag = state.gzip_etag if use_gzip else state.etag
        if self._not_modified(state):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self._send_validators(state, etag, compressible)
            self.end_headers()
            return
        if range_header is not None:
            self._send_range(fh, state, range_header, suffix, body)
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", _content_type(suffix))
        self._send_validators(state, etag, compressible)
        if use_gzip:
            data = _GZIP_CACHE.get(fh, state)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body:
                self.wfile.write(data)
            return
        self.send_header("Content-Length", str(state.size))
        self.end_headers()
        if body:
            _copy(fh, self.wfile, state.size)

    def _send_range(self, fh: BinaryIO, state: _FileState, header: str, suffix: str, body: bool) -> None:
        """206 with the asked part of the file, or 416 if the header is not one satisfiable byte range."""
        parsed = parse_range(header, state.size)
        if parsed is None:
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{state.size}")
            self._send_validators(state, state.etag, suffix in COMPRESSIBLE)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        start, end = parsed
        length = end - start + 1
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", _content_type(suffix))
        self._send_validators(state, state.etag, suffix in COMPRESSIBLE)
        self.send_header("Content-Range", f"bytes {start}-{end}/{state.size}")
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if body:
            fh.seek(start)
            _copy(fh, self.wfile, length)

    def _send_validators(self, state: _FileState, etag: str, compressible: bool) -> None:
        """Headers every answer about a file carries, 304 included."""
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", state.last_modified)
        if compressible:
            self.send_header("Vary", "Accept-Encoding")
            self.send_header("Cache-Control", "no-cache")  # feeds and pages change: revalidate (cheap 304)

    def _not_modified(self, state: _FileState) -> bool:
        """True if the client's copy is current (If-None-Match wins over If-Modified-Since)."""
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            return "*" in tags or state.etag in tags or state.gzip_etag in tags
        since = _http_date(self.headers.get("If-Modified-Since"))
        return since is not None and int(state.mtime) <= since


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """(start, end), both inclusive, of a single byte range of a ``size``-byte file; None to answer 416.

    >>> parse_range("bytes=0-99", 1000), parse_range("bytes=-500", 1000), parse_range("bytes=900-", 1000)
    ((0, 99), (500, 999), (900, 999))
    >>> [parse_range(h, 1000) for h in ("bytes=abc", "bytes=5-2", "bytes=1000-", "bytes=0-1,5-6", "bytes=-0")]
    [None, None, None, None, None]
    """
    header = header.strip()
    m = _RANGE.fullmatch(header) if len(header) <= MAX_RANGE_HEADER else None
    if m is None or size == 0:
        return None
    first, last = m.groups()
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
        if (last and int(last) < start) or start >= size:
            return None
        return start, end
    if not last or int(last) == 0:
        return None
    return max(0, size - int(last)), size - 1


def _if_range_holds(header: str | None, state: _FileState) -> bool:
    """True if there is no If-Range, or it names the current file (by strong ETag or exact date)."""
    if header is None:
        return True
    header = header.strip()
    if header.startswith('"'):
        return header == state.etag
    return _http_date(header) == int(state.mtime)


def _accepts_gzip(header: str) -> bool:
    """True if an Accept-Encoding header allows gzip (``gzip``, ``x-gzip`` or ``*``, q above 0)."""
    for item in header.split(","):
        coding, _, params = item.partition(";")
        if coding.strip().lower() not in ("gzip", "x-gzip", "*"):
            continue
        name, _, value = params.partition("=")
        if name.strip().lower() != "q":
            return True
        try:
            return float(value) > 0
        except ValueError:
            return False
    return False


def _http_date(value: str | None) -> int | None:
    """An HTTP date as whole seconds since the epoch, or None if missing or malformed."""
    if not value or len(value) > 100:
        return None
    try:
        parsed: datetime = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return None
    return int(parsed.timestamp())


class _GzipCache:
    """Gzipped bodies of the last few file versions (feeds are asked for often and change seldom)."""

    def __init__(self, entries: int = 32) -> None:
        self._entries = entries
        self._data: OrderedDict[tuple[str, _FileState], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, fh: BinaryIO, state: _FileState) -> bytes:
        """The open file gzipped (deterministically: no time stamp in the header)."""
        key = (os.path.realpath(fh.name), state)
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        data = gzip.compress(fh.read(state.size), compresslevel=6, mtime=0)
        with self._lock:
            self._data[key] = data
            while len(self._data) > self._entries:
                self._data.popitem(last=False)
        return data


_GZIP_CACHE = _GzipCache()


def _content_type(suffix: str) -> str:
    return CONTENT_TYPES.get(suffix, "application/octet-stream")


def _copy(src: BinaryIO, dst: io.BufferedIOBase, length: int) -> None:
    while length > 0:
        chunk = src.read(min(64 * 1024, length))
        if not chunk:
            break
        dst.write(chunk)
        length -= len(chunk)


def make_server(
    directory: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    idle_timeout: float = IDLE_TIMEOUT,
    max_connections: int = MAX_CONNECTIONS,
) -> PodcastServer:
    """An HTTP server for ``directory`` (not yet serving; call ``serve_forever()``).

    Port 0 picks a free port: read it back from ``server.server_address``.
    Raises :class:`ConfigError` for a port outside 0-65535 or a bad limit, and
    :class:`PublishError` for a missing folder or a port that cannot be used.
    """
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise ConfigError(f"port {port!r} is not a port number; use one from 1024 to 65535, e.g. --port 8000")
    if not idle_timeout > 0 or max_connections < 1:
        raise ConfigError("the idle timeout must be above 0 seconds and at least one connection must be allowed")
    directory = Path(directory)
    if not directory.is_dir():
        raise PublishError(f"{directory}: no such folder to serve; run `audiocast render` first or pass --out")
    handler = partial(PodcastRequestHandler, directory=str(directory))
    try:
        return PodcastServer((host, port), handler, idle_timeout, max_connections)
    except OSError as exc:
        raise PublishError(_listen_error(host, port, exc)) from None


def _listen_error(host: str, port: int, exc: OSError) -> str:
    """One line: why the server cannot listen and what to do."""
    where = f"cannot listen on {host}:{port} ({exc.strerror or exc})"
    if exc.errno == errno.EADDRINUSE:
        return f"{where}; the port is in use by another program (another `audiocast serve`?), try another --port"
    if exc.errno == errno.EACCES:
        return f"{where}; ports below 1024 need administrator rights, use --port 8000 or another above 1023"
    return f"{where}; check the address and try another --port"


serve = make_server


def serve_forever(directory: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``directory`` until interrupted (Ctrl-C)."""
    run(make_server(directory, host, port))


def run(server: ThreadingHTTPServer) -> None:
    """Serve with ``server`` until interrupted (Ctrl-C), then close it."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


__all__ = [
    "CONTENT_TYPES",
    "IDLE_TIMEOUT",
    "LISTEN_BACKLOG",
    "MAX_CONNECTIONS",
    "PodcastRequestHandler",
    "PodcastServer",
    "make_server",
    "parse_range",
    "run",
    "serve",
    "serve_forever",
]
