"""Who may use the studio: an access token, sessions, CSRF tokens and an Origin check.

- ``audiocast studio`` makes a random token (:func:`secrets.token_urlsafe`)
  and prints a URL with it. The first request with ``?token=…`` gets a
  session cookie (HttpOnly, SameSite=Strict) and is redirected to the same
  address without the token; every request without a valid session is
  refused (403). Sessions live in memory: a restarted studio has a new token.
- With a password (``AUDIOCAST_STUDIO_PASSWORD``, required when the studio
  listens beyond the loopback interface) the token leads to a password form
  first.
- Every POST must come from the studio's own pages: its ``Origin`` (or,
  without one, its ``Referer``) must be the studio's own origin, and its form
  must carry the session's CSRF token (:func:`checked_form`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

COOKIE_PREFIX = "audiocast_studio_"
"""The session cookie's name is this plus a digest of the token: cookies do not tell ports
apart, so two studios on one machine must not overwrite each other's."""
TOKEN_PARAM = "token"
CSRF_FIELD = "csrf"
MAX_SESSIONS = 200
"""Sessions kept at most; the oldest is forgotten first."""
OPEN_PATHS = ("/static/", "/login")
"""Paths served without a session: style sheets and scripts, and the password form."""

_REFUSED = """<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Ingen åtkomst – audiocast studio</title></head>
<body><main><h1>Ingen åtkomst</h1><p>{reason}</p></main></body></html>
"""


@dataclass
class Session:
    """One browser's session."""

    id: str
    csrf: str
    editor: str = ""
    """The name the editor last approved with (the approval form's default)."""
    flash: list[tuple[str, str]] = field(default_factory=list)
    """Messages for the next page: (kind, text), kind "info" or "error"."""


class Gate:
    """The token, the optional password and the sessions of one studio."""

    def __init__(self, token: str, password: str | None = None):
        self.token = token
        self.cookie_name = COOKIE_PREFIX + hashlib.sha256(token.encode()).hexdigest()[:10]
        self.password = password or None
        self.sessions: dict[str, Session] = {}

    def token_ok(self, value: str | None) -> bool:
        return value is not None and secrets.compare_digest(value.encode(), self.token.encode())

    def password_ok(self, value: str | None) -> bool:
        if self.password is None:
            return True
        return value is not None and secrets.compare_digest(value.encode(), self.password.encode())

    def new_session(self, editor: str = "") -> Session:
        while len(self.sessions) >= MAX_SESSIONS:
            del self.sessions[next(iter(self.sessions))]
        session = Session(id=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32), editor=editor)
        self.sessions[session.id] = session
        return session

    def session_for(self, request: Request) -> Session | None:
        sid = request.cookies.get(self.cookie_name)
        return self.sessions.get(sid) if sid else None


def refused(reason: str) -> HTMLResponse:
    return HTMLResponse(_REFUSED.format(reason=reason), status_code=403)


def with_session_cookie(response: Response, gate: Gate, session: Session) -> Response:
    response.set_cookie(gate.cookie_name, session.id, httponly=True, samesite="strict", path="/")
    return response


def same_origin(request: Request) -> bool:
    """Whether a POST comes from the studio's own pages (Origin, else Referer)."""
    host = request.headers.get("host", "")
    own = f"{request.url.scheme}://{host}"
    origin = request.headers.get("origin")
    if origin is not None:
        return origin == own
    referer = request.headers.get("referer")
    if referer:
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}" == own
    return False


def session_of(request: Request) -> Session:
    """The request's session (set by :class:`AuthMiddleware`)."""
    session = request.scope.get("state", {}).get("session")
    if not isinstance(session, Session):
        raise HTTPException(403, "ingen session")
    return session


async def checked_form(request: Request) -> FormData:
    """The POSTed form, after checking its CSRF token against the session's."""
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    if not isinstance(sent, str) or not secrets.compare_digest(sent.encode(), session_of(request).csrf.encode()):
        raise HTTPException(403, "Formuläret är för gammalt eller kom inte från studion; ladda om sidan.")
    return form


class AuthMiddleware:
    """Refuses every request without a session; turns a valid ``?token=`` into one."""

    def __init__(self, app: ASGIApp, gate: Gate, default_editor: str = ""):
        self.app = app
        self.gate = gate
        self.default_editor = default_editor

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        response = self._check(request)
        if response is not None:
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _check(self, request: Request) -> Response | None:
        """None when the request may go on; else the response that refuses or redirects it."""
        if request.method not in ("GET", "HEAD") and not same_origin(request):
            return refused("Begäran kom inte från studions egna sidor (Origin/Referer saknas eller är fel).")
        path = request.url.path
        if path.startswith(OPEN_PATHS):
            return None
        token = request.query_params.get(TOKEN_PARAM)
        if token is not None:
            if not self.gate.token_ok(token):
                return refused("Nyckeln i adressen stämmer inte. Använd adressen som audiocast studio skrev ut.")
            if self.gate.password is not None:
                query = urlencode({TOKEN_PARAM: token, "next": path})
                return RedirectResponse(f"/login?{query}", status_code=303)
            session = self.gate.new_session(self.default_editor)
            return with_session_cookie(RedirectResponse(_without_token(request), status_code=303), self.gate, session)
        current = self.gate.session_for(request)
        if current is None:
            return refused("Öppna studion med adressen som audiocast studio skrev ut; den innehåller en nyckel.")
        request.scope.setdefault("state", {})["session"] = current
        return None


def _without_token(request: Request) -> str:
    query = [(k, v) for k, v in request.query_params.multi_items() if k != TOKEN_PARAM]
    path = request.url.path
    return f"{path}?{urlencode(query)}" if query else path


def safe_next(value: str | None) -> str:
    """A local path to go to after logging in (never another site)."""
    if not value or not value.startswith("/") or value.startswith("//"):
        return "/"
    return value
