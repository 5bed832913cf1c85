"""``audiocast serve``: output/ over HTTP on 127.0.0.1, with byte ranges.

Podcast apps and browsers seek in MP3s with Range requests, so this server
answers single byte ranges (206 with Content-Range, 416 when unsatisfiable).
It serves files only inside the folder (no directory listings, no path
traversal), hides the catalog and temporary files, and sends the content
types podcast apps expect.
"""

from __future__ import annotations

import email.utils
import logging
import os
import re
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import PublishError

log = logging.getLogger(__name__)

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
HIDDEN_SUFFIXES = (".sqlite", ".sqlite-journal", ".sqlite-wal", ".tmp")

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class PodcastRequestHandler(SimpleHTTPRequestHandler):
    """GET and HEAD of files in one folder, with single byte ranges."""

    server_version = "audiocast"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        """Send a file, or the part of it a Range header asks for."""
        self._send(body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        """Send the headers GET would send."""
        self._send(body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Log through :mod:`logging` instead of printing to stderr."""
        log.debug("%s " + format, self.address_string(), *args)

    def _resolve(self) -> Path | None:
        """The requested file inside the served folder, or None."""
        root = Path(self.directory).resolve()
        rel = unquote(urlsplit(self.path).path)
        parts = [p for p in rel.split("/") if p not in ("", ".")]
        if any(p == ".." or p.startswith(".") or "\\" in p or "\0" in p for p in parts):
            return None
        target = root.joinpath(*parts).resolve() if parts else root
        if target != root and root not in target.parents:
            return None
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file() or target.name.endswith(HIDDEN_SUFFIXES):
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
        with fh:
            size = os.fstat(fh.fileno()).st_size
            start, end = 0, size - 1
            status = HTTPStatus.OK
            header = self.headers.get("Range")
            if header:
                parsed = _parse_range(header, size)
                if parsed is None:
                    self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    self.send_header("Content-Range", f"bytes */{size}")
                    self.send_header("Accept-Ranges", "bytes")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if parsed != "ignore":
                    start, end = parsed
                    status = HTTPStatus.PARTIAL_CONTENT
            length = max(0, end - start + 1)
            self.send_response(status)
            self.send_header("Content-Type", CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream"))
            self.send_header("Content-Length", str(length))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Last-Modified", email.utils.formatdate(os.fstat(fh.fileno()).st_mtime, usegmt=True))
            if status == HTTPStatus.PARTIAL_CONTENT:
                self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            self.end_headers()
            if body and length:
                fh.seek(start)
                _copy(fh, self.wfile, length)


def _parse_range(header: str, size: int) -> tuple[int, int] | str | None:
    """(start, end) of a single byte range; "ignore" for forms we answer with the whole file; None if unsatisfiable."""
    m = _RANGE.match(header.strip())
    if not m or (not m.group(1) and not m.group(2)):
        return "ignore"  # several ranges or another unit: RFC 9110 lets us send it all
    first, last = m.groups()
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
        if last and int(last) < start:
            return "ignore"
        if start >= size:
            return None
        return start, end
    suffix = int(last)
    if suffix == 0 or size == 0:
        return None
    return max(0, size - suffix), size - 1


def _copy(src, dst, length: int) -> None:
    try:
        while length > 0:
            chunk = src.read(min(64 * 1024, length))
            if not chunk:
                break
            dst.write(chunk)
            length -= len(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client went away mid-file (players often do when seeking)


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """An HTTP server for ``directory`` (not yet serving; call ``serve_forever()``).

    Port 0 picks a free port: read it back from ``server.server_address``.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise PublishError(f"{directory}: no such folder to serve; run `audiocast render` first or pass --out")
    handler = partial(PodcastRequestHandler, directory=str(directory))
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise PublishError(
            f"cannot listen on {host}:{port} ({exc.strerror}); the port is probably in use, try --port"
        ) from None
    server.daemon_threads = True
    return server


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


__all__ = ["CONTENT_TYPES", "PodcastRequestHandler", "make_server", "run", "serve", "serve_forever"]
