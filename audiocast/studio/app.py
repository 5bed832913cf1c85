"""The studio's web application: the queue, an article, the lexicon, approval.

Server-rendered HTML in Swedish (Jinja2 templates in ``templates/``), a little
JavaScript (``static/studio.js``) that only adds comfort: every form works
without it. :func:`create_app` builds the Starlette application for one
newsroom; :func:`check_bind` says whether an address may be listened on.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import socket
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..approval import record_approval
from ..atomic import write_text
from ..config import Config
from ..errors import AudiocastError, ConfigError
from ..tts import Engine
from .auth import (
    CSRF_FIELD,
    TOKEN_PARAM,
    AuthMiddleware,
    Gate,
    checked_form,
    safe_next,
    session_of,
    with_session_cookie,
)
from .preview import Previewer
from .sidecar import drop_markdown_line, read_edits, set_markdown_title, sidecar_path, write_edits
from .workspace import STATES, ArticleView, ConflictError, Newsroom, SegmentView, file_version, state_counts

PASSWORD_ENV = "AUDIOCAST_STUDIO_PASSWORD"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; media-src 'self'; "
        "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, password: str | None) -> None:
    """Raise ConfigError unless the studio may listen on ``host``: loopback, or another with a password."""
    if not is_loopback(host) and not password:
        raise ConfigError(
            f"the studio listens on {host} only with a password: set {PASSWORD_ENV} "
            "(or leave out --host to stay on 127.0.0.1)"
        )


# --------------------------------------------------------------------------
# Pieces of pages


@dataclass(frozen=True)
class Piece:
    """A stretch of a spoken segment, marked when a rule changed it or is unsure of it."""

    text: str
    mark: str | None = None
    """None, "changed" or "unsure"."""
    note: str = ""


def highlight(seg: SegmentView) -> list[Piece]:
    """The spoken text in pieces: what a rule wrote and what it doubted are marked."""
    spoken = seg.spoken
    spans: list[tuple[int, int, str, str]] = []
    for change in seg.changes:
        at = spoken.find(change.spoken)
        if change.spoken and at >= 0:
            spans.append((at, at + len(change.spoken), "changed", f"{change.rule}: {change.written}"))
    for unsure in seg.unsure:
        at = spoken.find(unsure.token)
        if unsure.token and at >= 0:
            spans.append((at, at + len(unsure.token), "unsure", unsure.reason))
    pieces: list[Piece] = []
    pos = 0
    for start, end, mark, note in sorted(spans):
        if start < pos:
            continue
        if start > pos:
            pieces.append(Piece(spoken[pos:start]))
        pieces.append(Piece(spoken[start:end], mark, note))
        pos = end
    if pos < len(spoken):
        pieces.append(Piece(spoken[pos:]))
    return pieces


# --------------------------------------------------------------------------
# The application


class Studio:
    """The routes of one studio over one newsroom."""

    def __init__(self, newsroom: Newsroom, previewer: Previewer):
        self.newsroom = newsroom
        self.previewer = previewer
        self.env = Environment(loader=PackageLoader("audiocast.studio", "templates"),
                               autoescape=select_autoescape(["html"]))
        self.env.globals.update(STATES=STATES, CSRF_FIELD=CSRF_FIELD)

    # -- helpers --------------------------------------------------------------

    def page(self, request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        session = session_of(request)
        flash, session.flash = session.flash, []
        html = self.env.get_template(name).render(csrf=session.csrf, session=session, flash=flash,
                                                  path=request.url.path, **context)
        return HTMLResponse(html, status_code=status)

    def view_of(self, slug: str) -> ArticleView:
        path = self.newsroom.find(slug)
        if path is None:
            raise HTTPException(404, f"Ingen artikel heter {slug}.")
        return self.newsroom.view(path)

    @staticmethod
    def back(request: Request, url: str, message: str, kind: str = "info") -> RedirectResponse:
        session_of(request).flash.append((kind, message))
        return RedirectResponse(url, status_code=303)

    def edits_file(self, view: ArticleView) -> Path:
        """The file an edit of ``view`` writes: the Markdown itself or the sidecar."""
        return view.path if view.kind == "markdown" else sidecar_path(view.path)

    def _keys(self, slug: str) -> list[str] | None:
        """The cache key of each part of the article ``slug`` as it reads now (None: no such article)."""
        path = self.newsroom.find(slug) if slug else None
        view = self.newsroom.view(path) if path else None
        if view is None or view.script is None:
            return None
        return [self.previewer.key(s.spoken) for s in view.script.segments]

    # -- pages ----------------------------------------------------------------

    async def queue(self, request: Request) -> Response:
        state = request.query_params.get("state") or None
        if state not in STATES:
            state = None
        everything = await run_in_threadpool(self.newsroom.queue)
        views = [v for v in everything if state is None or v.state == state]
        return self.page(request, "queue.html", views=views, state=state, counts=state_counts(everything),
                         notice=self.previewer.notice)

    async def article(self, request: Request) -> Response:
        return await run_in_threadpool(self.article_page, request, request.path_params["slug"])

    def article_page(self, request: Request, slug: str, error: str | None = None, status: int = 200) -> Response:
        """The article page; with ``error`` (a conflict) at the top and ``status``."""
        view = self.view_of(slug)
        segments = self.newsroom.segments(view)
        fresh = {int(i) for i in request.query_params.get("nytt", "").split(",") if i.isdigit()}
        info = self.previewer.info(view.slug)
        keys = [self.previewer.key(s.spoken) for s in segments] if segments else []
        return self.page(
            request, "article.html", status=status, view=view, segments=segments, lines=self.newsroom.lines(view),
            pieces=[highlight(s) for s in segments], keys=keys, info=info,
            preview_current=info is not None and info.content_hash == view.content_hash,
            edits_version=file_version(self.edits_file(view)),
            lexicon_version=file_version(self.newsroom.lexicon_path), error=error,
            editor=session_of(request).editor, fresh=fresh,
        )

    async def lexicon(self, request: Request) -> Response:
        entries = [(w, s, self.newsroom.usage(w, s)) for w, s in self.newsroom.lexicon_entries()]
        return self.page(request, "lexicon.html", entries=entries,
                         lexicon_version=file_version(self.newsroom.lexicon_path),
                         lexicon_file=self.newsroom.lexicon_path)

    # -- sound ----------------------------------------------------------------

    async def segment_audio(self, request: Request) -> Response:
        view = self.view_of(request.path_params["slug"])
        index = int(request.path_params["index"])
        if view.script is None or not 0 <= index < len(view.script.segments):
            raise HTTPException(404, "Ingen sådan mening.")
        try:
            path = await run_in_threadpool(self.previewer.clip, view.script.segments[index].spoken)
        except AudiocastError as exc:
            raise HTTPException(500, f"Meningen kunde inte läsas upp: {exc}") from None
        return FileResponse(path, media_type="audio/wav")

    async def preview_audio(self, request: Request) -> Response:
        path = self.previewer.audio_path(self.view_of(request.path_params["slug"]).slug)
        if not path.exists():
            raise HTTPException(404, "Ingen förhandslyssning ännu.")
        return FileResponse(path, media_type="audio/wav")

    async def stats(self, request: Request) -> Response:
        view = self.view_of(request.path_params["slug"])
        info = self.previewer.info(view.slug)
        keys = [self.previewer.key(s.spoken) for s in view.script.segments] if view.script else []
        return JSONResponse({
            "slug": view.slug, "state": view.state, "content_hash": view.content_hash, "keys": keys,
            "preview": info.__dict__ if info else None,
            "preview_current": info is not None and info.content_hash == view.content_hash,
        })

    async def make_preview(self, request: Request) -> Response:
        await checked_form(request)
        slug = request.path_params["slug"]
        return await self._preview_and_back(request, self.view_of(slug), "")

    async def _preview_and_back(self, request: Request, view: ArticleView, before: str,
                                old_keys: list[str] | None = None) -> Response:
        """Render the preview (in a worker thread: it takes seconds) and go back to the article,
        to the first part that sounds different from ``old_keys`` (default: the last preview's)."""
        if old_keys is None:
            last = self.previewer.info(view.slug)
            old_keys = last.keys if last else []
        try:
            info = await run_in_threadpool(self.previewer.render, view)
        except AudiocastError as exc:
            return self.back(request, f"/a/{view.slug}", f"{before}Förhandslyssningen misslyckades: {exc}", "error")
        message = (f"{before}Förhandslyssningen är klar: {info.synthesized} klipp syntetiserades, "
                   f"{info.cached} kom från cachen.")
        fresh = [i for i, (a, b) in enumerate(zip(old_keys, info.keys, strict=False)) if a != b]
        if not fresh or len(old_keys) != len(info.keys):
            return self.back(request, f"/a/{view.slug}#lyssna", message)
        parts = ", ".join(str(i + 1) for i in fresh)
        message += f" {'Del' if len(fresh) == 1 else 'Delarna'} {parts} låter nu annorlunda."
        query = urlencode({"nytt": ",".join(str(i) for i in fresh)})
        return self.back(request, f"/a/{view.slug}?{query}#mening-{fresh[0]}", message)

    # -- edits ----------------------------------------------------------------

    async def toggle_line(self, request: Request) -> Response:
        form = await checked_form(request)
        view = self.view_of(request.path_params["slug"])
        line, keep = str(form.get("line", "")), form.get("action") == "keep"
        try:
            with self.newsroom.edit_lock():
                self.newsroom.check_version(self.edits_file(view), str(form.get("base", "")))
                if view.kind == "markdown":
                    if keep:
                        raise AudiocastError("I en Markdown-artikel läses alla rader upp; skriv in raden i filen.")
                    text = view.path.read_text(encoding="utf-8")
                    write_text(view.path, drop_markdown_line(text, line))
                else:
                    write_edits(view.path, read_edits(view.path).toggled(line, keep))
        except ConflictError as exc:
            return self.article_page(request, view.slug, error=str(exc), status=409)
        except AudiocastError as exc:
            return self.back(request, f"/a/{view.slug}", str(exc), "error")
        verb = "läses nu upp" if keep else "läses inte upp längre"
        return self.back(request, f"/a/{view.slug}#sidan", f"Raden ”{line}” {verb}.")

    async def set_title(self, request: Request) -> Response:
        form = await checked_form(request)
        view = self.view_of(request.path_params["slug"])
        title = " ".join(str(form.get("title", "")).split())
        if not title:
            return self.back(request, f"/a/{view.slug}", "Rubriken kan inte vara tom.", "error")
        try:
            with self.newsroom.edit_lock():
                self.newsroom.check_version(self.edits_file(view), str(form.get("base", "")))
                if view.kind == "markdown":
                    write_text(view.path, set_markdown_title(view.path.read_text(encoding="utf-8"), title))
                else:
                    write_edits(view.path, replace(read_edits(view.path), title=title))
        except ConflictError as exc:
            return self.article_page(request, view.slug, error=str(exc), status=409)
        return self.back(request, f"/a/{view.slug}", f"Rubriken är nu ”{title}”.")

    async def add_entry(self, request: Request) -> Response:
        form = await checked_form(request)
        written, spoken = str(form.get("written", "")).strip(), str(form.get("spoken", "")).strip()
        slug = str(form.get("back", ""))
        old_keys = self._keys(slug)
        try:
            with self.newsroom.edit_lock():
                self.newsroom.check_version(self.newsroom.lexicon_path, str(form.get("base", "")))
                self.newsroom.add_lexicon_entry(written, spoken)
        except ConflictError as exc:
            if slug and self.newsroom.find(slug) is not None:
                return self.article_page(request, slug, error=str(exc), status=409)
            return self.back(request, "/lexikon", str(exc), "error")
        except AudiocastError as exc:
            return self.back(request, f"/a/{slug}" if slug else "/lexikon", str(exc), "error")
        saved = f"Uttalet av ”{written}” är sparat i lexikonet. "
        if slug and self.newsroom.find(slug) is not None:
            return await self._preview_and_back(request, self.view_of(slug), saved, old_keys)
        return self.back(request, "/lexikon", saved)

    async def remove_entry(self, request: Request) -> Response:
        form = await checked_form(request)
        written = str(form.get("written", ""))
        try:
            with self.newsroom.edit_lock():
                self.newsroom.check_version(self.newsroom.lexicon_path, str(form.get("base", "")))
                self.newsroom.remove_lexicon_entry(written)
        except ConflictError as exc:
            return self.back(request, "/lexikon", str(exc), "error")
        return self.back(request, "/lexikon", f"”{written}” är borttaget ur lexikonet.")

    async def approve(self, request: Request) -> Response:
        form = await checked_form(request)
        view = self.view_of(request.path_params["slug"])
        editor = " ".join(str(form.get("editor", "")).split())
        if not editor:
            return self.back(request, f"/a/{view.slug}#godkann", "Skriv ditt namn för att godkänna.", "error")
        session_of(request).editor = editor
        if view.content_hash is None or form.get("hash") != view.content_hash:
            return self.article_page(
                request, view.slug, status=409,
                error="Artikeln ändrades efter att du öppnade den; lyssna på den nya versionen och godkänn igen.")
        record_approval(view.path, view.content_hash, editor)  # under the folder's lock
        return self.back(request, f"/a/{view.slug}", f"Godkänd av {editor}. Den publiceras vid nästa rendering.")

    # -- logging in with a password ------------------------------------------

    async def login(self, request: Request) -> Response:
        gate: Gate = request.app.state.gate
        token = request.query_params.get(TOKEN_PARAM) if request.method == "GET" else None
        if request.method == "POST":
            form = await request.form()
            token = str(form.get(TOKEN_PARAM, ""))
            if gate.token_ok(token) and gate.password_ok(str(form.get("password", ""))):
                session = gate.new_session(request.app.state.default_editor)
                return with_session_cookie(RedirectResponse(safe_next(str(form.get("next", ""))), 303), gate, session)
        if not gate.token_ok(token):
            return HTMLResponse(self.env.get_template("refused.html").render(), status_code=403)
        failed = request.method == "POST"
        html = self.env.get_template("login.html").render(
            token=token, next=safe_next(request.query_params.get("next")), failed=failed)
        return HTMLResponse(html, status_code=403 if failed else 200)


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "Ett oväntat fel."
    env: Environment = request.app.state.studio.env
    return HTMLResponse(env.get_template("error.html").render(status=status, detail=detail), status_code=status)


class _SecurityHeaders:
    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(config: Config, articles_dir: Path, out_dir: Path, *, token: str | None = None,
               password: str | None = None, engine: Engine | None = None,
               allowed_hosts: list[str] | None = None, default_editor: str | None = None) -> Starlette:
    """The studio for the newsroom in ``articles_dir`` (output and previews in ``out_dir``).

    ``token`` (default: a new random one) is what the printed URL carries;
    ``engine`` the voice for previews (default: the configuration's, resolved
    on first use); ``allowed_hosts`` the host names requests may name
    (default: the loopback names).
    """
    newsroom = Newsroom(config, articles_dir, out_dir)
    studio = Studio(newsroom, Previewer(newsroom, engine))
    gate = Gate(token or secrets.token_urlsafe(24), password)
    editor = default_editor if default_editor is not None else os.environ.get("USER", "")
    static = StaticFiles(directory=str(resources.files("audiocast.studio").joinpath("static")))
    routes = [
        Route("/", studio.queue),
        Route("/a/{slug}", studio.article),
        Route("/a/{slug}/segment/{index:int}.wav", studio.segment_audio),
        Route("/a/{slug}/preview.wav", studio.preview_audio),
        Route("/a/{slug}/stats.json", studio.stats),
        Route("/a/{slug}/preview", studio.make_preview, methods=["POST"]),
        Route("/a/{slug}/line", studio.toggle_line, methods=["POST"]),
        Route("/a/{slug}/title", studio.set_title, methods=["POST"]),
        Route("/a/{slug}/approve", studio.approve, methods=["POST"]),
        Route("/lexikon", studio.lexicon),
        Route("/lexikon/add", studio.add_entry, methods=["POST"]),
        Route("/lexikon/remove", studio.remove_entry, methods=["POST"]),
        Route("/login", studio.login, methods=["GET", "POST"]),
        Mount("/static", app=static, name="static"),
    ]
    hosts = allowed_hosts or ["127.0.0.1", "localhost", "[::1]", "::1"]
    middleware = [
        Middleware(_SecurityHeaders),
        Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
        Middleware(AuthMiddleware, gate=gate, default_editor=editor),
    ]
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: _http_error})
    app.state.gate, app.state.studio, app.state.default_editor = gate, studio, editor
    return app


def studio_url(host: str, port: int, token: str) -> str:
    """The address to open, with the access token."""
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/?{TOKEN_PARAM}={token}"


def serve(app: Starlette, sock: socket.socket) -> None:
    """Run the studio on the bound socket ``sock`` until interrupted (uvicorn; warnings only)."""
    import uvicorn  # the server only when serving: the tests drive the application without it

    uvicorn.Server(uvicorn.Config(app, log_level="warning", server_header=False)).run(sockets=[sock])


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: any free port). Raises ConfigError when it cannot be had."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise ConfigError(
            f"cannot listen on {host}:{port} ({exc.strerror}); choose another port with --port"
        ) from None
    return sock
