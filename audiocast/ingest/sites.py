"""Per-site template profiles: what a site repeats on every page is template, never article.

A newsroom's pages share their chrome (skip links, menus, cookie text, the
newsletter box, the footer) and differ in the article. A profile counts, for
every line seen on a site's pages, on how many pages it stands. A line that
stands on several *other* pages of the same site is template on this one,
whatever it says and in whatever language. The more articles of a site have
been read, the better its template is known.

A profile is stored as ``<output>/.sites/<site-slug>.json``::

    {"site": "Ölandsbro kommun", "version": 2,
     "pages": {"<article slug>": {"stamp": "<size>-<mtime_ns>", "seq": ["<line key>", ...]}}}

where a line key is a short hash of the line's words (lowercase, :func:`~audiocast.ingest.hints.template_key`), in
page order, so the profile holds no article text.

A site's template is a sequence, not a bag of lines: a line is template on a page only where it stands on enough
other pages *and* among the same lines (within :data:`NEIGHBOURS` lines) as on at least one of them. What a site
repeats elsewhere in other company is not its template: the article's own headline stands in the "Senaste nytt" or
"Mest läst" list of the site's other pages, between other titles, and over its date line and lead on its own page.
Each place a line stands on the page is judged alone: a blog lists its latest posts beside every post, the post's own
title too, and that place of the title is template while the headline's is not.

A profile is derived data: delete it and it is rebuilt
from the dumps of that site in the articles folder the next time one of them
is read. Not here: how a dump is parsed (:mod:`audiocast.ingest.text`).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict
from urllib.parse import urlsplit

from ..errors import IngestError
from .dates import is_date_line
from .dumpclean import slugify
from .hints import template_key

PROFILE_DIR = ".sites"
PROFILE_VERSION = 2
MIN_OTHER_PAGES = 2
"""A line is template when it stands on at least this many other pages of the site ..."""
MIN_SHARE = 0.3
"""... and on at least this share of them (a standard closing sentence in 3 of 50 articles is not template)."""
NEIGHBOURS = 2
"""... and among the same lines as on another page: one of the lines this near it here stands this near it there.
Two lines, not one: a menu item or a widget's label between values that change (a weekday over its dish) still has
the widget's other labels within two lines."""


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
    seq: list[str]
    """The keys of the page's lines in page order (lines without words left out)."""


@dataclass
class SiteProfile:
    """The pages of one site and their line keys."""

    site: str
    pages: dict[str, PageEntry] = field(default_factory=dict)

    def observe(self, page: str, lines: list[str], stamp: str = "") -> bool:
        """Record a page's lines (replacing an earlier reading of it); whether anything changed."""
        entry: PageEntry = {"stamp": stamp, "seq": [_key(line) for line in lines if template_key(line)]}
        if self.pages.get(page) == entry:
            return False
        self.pages[page] = entry
        return True

    def template_places(self, page: str) -> tuple[set[str], dict[str, frozenset[int]]]:
        """The lines that are template on ``page``: on enough of the site's other pages, among the same lines.

        Each place a line stands on the page is judged alone: the keys template at every place they stand, and
        for a key template at some of its places only (the article's headline, listed again in the site's box
        of its latest posts beside the article), which of its occurrences (0 for the first). A page not observed
        (none of its lines known) gets the lines frequent enough on the others."""
        others = [p["seq"] for name, p in self.pages.items() if name != page]
        if len(others) < MIN_OTHER_PAGES:
            return set(), {}
        need = max(MIN_OTHER_PAGES, math.ceil(MIN_SHARE * len(others)))
        counts = Counter(k for seq in others for k in set(seq))
        frequent = {k for k, n in counts.items() if n >= need}
        own = self.pages.get(page)
        if own is None:
            return {k.removeprefix(DATED) for k in frequent}, {}
        mine = _places(own["seq"], frequent)
        found: dict[str, set[int]] = {}
        for seq in others:
            theirs = _neighbourhoods(seq, {k for k, rings in mine.items() if len(found.get(k, ())) < len(rings)})
            for k, ring in theirs.items():
                found.setdefault(k, set()).update(j for j, mine_j in enumerate(mine[k]) if ring & mine_j)
        whole = {k.removeprefix(DATED) for k, js in found.items() if len(js) == len(mine[k])}
        parts = {k.removeprefix(DATED): frozenset(js) for k, js in found.items() if js and len(js) < len(mine[k])}
        return whole, parts

    def other_pages(self, page: str) -> int:
        """How many other pages of the site are known."""
        return len([p for p in self.pages if p != page])

    def to_json(self) -> str:
        return json.dumps({"site": self.site, "version": PROFILE_VERSION, "pages": self.pages},
                          ensure_ascii=False, indent=1, sort_keys=True)


DATED = "~"
"""Marks a date line's key in a page's sequence: a date is no company a line keeps (a list of the site's news sets
each title by its date, and the article's own page its headline over the same date)."""


def _key(line: str) -> str:
    key = template_key(line)
    return DATED + key if is_date_line(line) else key


BADGE_PLACES = 3
"""A line standing at this many places of one page or more is a badge or a counter ("Premium" beside each paid
title, "Läs mer" under each card): no company a line keeps either. A paper's headline stands over its lead under
"Premium" on its own page and under "Premium" again in the "Mest läst" list of its other pages: with the badge as
company the headline was template on its own page and the page lost its article (session 41, a paywalled regional
paper's three pages). A menu said twice, in the header and the footer, keeps its items as company."""


def _places(seq: list[str], keys: set[str]) -> dict[str, list[set[str]]]:
    """For each of ``keys`` on the page, each place it stands: the keys within :data:`NEIGHBOURS` lines of it (a date,
    a badge of :data:`BADGE_PLACES` places and the key itself left out)."""
    places: dict[str, list[set[str]]] = {}
    if not keys:
        return places
    badges = {x for x, n in Counter(seq).items() if n >= BADGE_PLACES}
    for i, k in enumerate(seq):
        if k in keys:
            ring = {x for x in (*seq[max(0, i - NEIGHBOURS):i], *seq[i + 1:i + 1 + NEIGHBOURS])
                    if x != k and not x.startswith(DATED) and x not in badges}
            places.setdefault(k, []).append(ring)
    return places


def _neighbourhoods(seq: list[str], keys: set[str]) -> dict[str, set[str]]:
    """For each of ``keys`` on the page: the keys within :data:`NEIGHBOURS` lines of any place it stands."""
    return {k: set().union(*rings) for k, rings in _places(seq, keys).items()}


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
