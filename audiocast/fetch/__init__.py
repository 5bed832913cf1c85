"""Fetching articles from the web: one article page, or every article in a site's RSS/Atom feed.

- :mod:`.fetcher`: :class:`Fetcher` (pages and feeds into a folder of Markdown
  articles, state in SQLite, caps per run, a lock against concurrent runs) and
  :func:`load_url` (one page, nothing written).
- :mod:`.net`: the guarded HTTP client (checked addresses, own redirects, one
  deadline per request, size limit, gzip).
- :mod:`.guard`: which URLs may be fetched (http(s), ports, public addresses,
  the operator's allow-list).
- :mod:`.wordpress`: a WordPress site's post from its REST API.

Not here: reading HTML into an Article (:mod:`audiocast.ingest`).
"""

from __future__ import annotations

from .fetcher import DEFAULT_USER_AGENT, LOCK_FILE, STATE_FILE, Fetcher, FetchReport, load_url, user_agent_for
from .guard import AddressGuard, allow_problem, is_web_url, why_refused

__all__ = [
    "DEFAULT_USER_AGENT", "LOCK_FILE", "STATE_FILE", "AddressGuard", "FetchReport", "Fetcher", "allow_problem",
    "is_web_url", "load_url", "user_agent_for", "why_refused",
]
