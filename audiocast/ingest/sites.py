"""Per-site template profiles: what a site repeats on every page is template, never article.

A newsroom's pages share their chrome (skip links, menus, cookie text, the
newsletter box, the footer) and differ in the article. A profile counts, for
every line seen on a site's pages, on how many pages it stands. A line that
stands on several *other* pages of the same site is template on this one,
whatever it says and in whatever language. The more articles of a site have
been read, the better its template is known.

A profile is stored as ``<output>/.sites/<site-slug>.json``::

    {"site": "Ölandsbro kommun", "version": 1,
     "pages": {"<article slug>": {"stamp": "<size>-<mtime_ns>", "lines": ["<line key>", ...]}}}

where a line key is a short hash of the line's words (lowercase, :func:`~audiocast.ingest.hints.template_key`), so the
profile holds no article text. It is derived data: delete it and it is rebuilt
from the dumps of that site in the articles folder the next time one of them
is read. Not here: how a dump is parsed (:mod:`audiocast.ingest.text`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict
from urllib.parse import urlsplit

from ..errors import IngestError
from .dumpclean import slugify
from .hints import template_key

PROFILE_DIR = ".sites"
PROFILE_VERSION = 1
MIN_OTHER_PAGES = 2
"""A line is template when it stands on at least this many other pages of the site ..."""
MIN_SHARE = 0.3
"""... and on at least this share of them (a standard closing sentence in 3 of 50 articles is not template)."""


def site_slug(name: str) -> str:
    """A file-name-safe key of a site's name or host."""
    return slugify(name.removeprefix("www."))


def host_of(url: str | None) -> str | None:
    """The host of a fetched page's URL (``www.`` dropped), or None."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


class PageEntry(TypedDict):
    stamp: str
    """The file's size and modification time when it was read ("" for a fetched page)."""
    lines: list[str]
    """The keys of the page's lines, sorted, each once."""


@dataclass
class SiteProfile:
    """The pages of one site and their line keys."""

    site: str
    pages: dict[str, PageEntry] = field(default_factory=dict)

    def observe(self, page: str, lines: list[str], stamp: str = "") -> bool:
        """Record a page's lines (replacing an earlier reading of it); whether anything changed."""
        keys = sorted({k for k in map(template_key, lines) if k})
        entry: PageEntry = {"stamp": stamp, "lines": keys}
        if self.pages.get(page) == entry:
            return False
        self.pages[page] = entry
        return True

    def template_keys(self, page: str) -> set[str]:
        """Keys of the lines that are template on ``page``: seen on enough of the site's other pages."""
        others = [p for name, p in self.pages.items() if name != page]
        if len(others) < MIN_OTHER_PAGES:
            return set()
        need = max(MIN_OTHER_PAGES, math.ceil(MIN_SHARE * len(others)))
        counts: dict[str, int] = {}
        for p in others:
            for k in p["lines"]:
                counts[k] = counts.get(k, 0) + 1
        return {k for k, n in counts.items() if n >= need}

    def other_pages(self, page: str) -> int:
        """How many other pages of the site are known."""
        return len([p for p in self.pages if p != page])

    def to_json(self) -> str:
        return json.dumps({"site": self.site, "version": PROFILE_VERSION, "pages": self.pages},
                          ensure_ascii=False, indent=1, sort_keys=True)


class SiteProfiles:
    """The profiles of an output folder (``<output>/.sites/``), loaded lazily, saved on change."""

    def __init__(self, output: Path):
        self.folder = Path(output) / PROFILE_DIR
        self._loaded: dict[str, SiteProfile] = {}

    def path_of(self, site: str) -> Path:
        return self.folder / f"{site_slug(site)}.json"

    def get(self, site: str) -> SiteProfile:
        """The profile of a site (empty when none is stored or the stored one is unreadable)."""
        key = site_slug(site)
        if key not in self._loaded:
            profile = SiteProfile(site)
            path = self.path_of(site)
            if path.is_file():
                try:
                    data = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    data = {}  # derived data: a damaged profile is rebuilt from the articles
                if isinstance(data, dict) and data.get("version") == PROFILE_VERSION:
                    profile.pages = dict(data.get("pages") or {})
            self._loaded[key] = profile
        return self._loaded[key]

    def save(self, profile: SiteProfile) -> None:
        """Write a profile atomically (raises IngestError when the output folder cannot be written)."""
        path = self.path_of(profile.site)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(profile.to_json(), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            raise IngestError(str(path), f"cannot write the site profile ({exc.strerror}); check the output folder") from exc
