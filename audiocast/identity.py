"""An article's identity (its slug) and its publication time, settled before rendering.

Slugs that collide
    The slug is the slugified file stem, so ``x.md`` and ``x.txt``, ``Brand i
    Älvsjö.md`` and ``brand-i-alvsjo.md``, or ``a/x.md`` and ``b/x.md`` make the
    same slug. Without care they would be one episode whose MP3 flips every
    run. :func:`assign_slugs` gives each article its own identity, stable
    across runs:

    1. an article whose own hashed slug ``<slug>-<hash6>`` is already in the
       catalog keeps it (an identity, once given, sticks);
    2. of the files sharing a slug, the one the catalog already publishes
       under that slug (by its source's folder and file name) keeps it, so a
       published GUID never moves to another article;
    3. otherwise the first by ``folder/file name`` keeps the plain slug;
    4. every other one gets ``<slug>-<hash6>``, where ``hash6`` is the first
       six hex digits of the SHA-256 of its ``folder/file name`` (the last two
       parts of its path: the same whichever folder the run starts from, and
       whichever other files exist).

    Each article given a hashed slug gets one line saying so.

Publication time of a date without a time
    ``date: 2026-11-23`` (or a dump's ``måndag 23 november 2026``) is read as
    midnight in Stockholm, which is the evening before for a listener west of
    Sweden. :func:`settle_time` moves such a time (exactly 00:00:00 in
    Stockholm) to 11:00 UTC of that day — 12:00 in Stockholm in winter, 13:00
    in summer — which is the same calendar date everywhere from UTC−11 to
    UTC+12; the n-th article of that day (in file order) gets n seconds more,
    so articles of one day keep their order in podcast apps.

What is *not* here: how a slug is made from a name (:func:`audiocast.ingest.slugify`).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from .calendar_sv import STOCKHOLM
from .errors import IngestError
from .ingest import slugify

DATE_ONLY_UTC = time(11, 0)
"""When an article dated without a time is published: 11:00 UTC of its day."""

MAX_SAME_DAY_SECONDS = 3_599
"""Seconds added at most for the order of one day's articles (before 12:00 UTC)."""

EARLIEST_YEAR, LATEST_YEAR = 1900, 2999
"""Publication years outside this range are a typo (and overflow time zone arithmetic)."""


@dataclass(frozen=True)
class Identity:
    slug: str
    notice: str | None = None
    """One line when the article does not get its plain slug."""


def path_key(path: Path | str) -> str:
    """``folder/file name``: what identifies an article file across runs."""
    path = Path(path)
    return f"{path.parent.name}/{path.name}"


def hashed_slug(slug: str, path: Path) -> str:
    """``<slug>-<6 hex digits of the SHA-256 of folder/file name>``.

    >>> hashed_slug("x", Path("articles/x.txt")) == hashed_slug("x", Path("/srv/articles/x.txt"))
    True
    """
    return f"{slug}-{hashlib.sha256(path_key(path).encode('utf-8')).hexdigest()[:6]}"


PublishedSource = Callable[[str], str | None]
"""published_source(slug): the source of the catalog's article with that slug, or None."""


def assign_slugs(files: list[Path], published_source: PublishedSource) -> dict[Path, Identity]:
    """Each file's slug, with a notice for each file that does not get its plain slug."""
    groups: dict[str, list[Path]] = defaultdict(list)
    for path in files:
        groups[slugify(path.stem)].append(path)
    out: dict[Path, Identity] = {}
    for slug, paths in groups.items():
        if len(paths) == 1 and published_source(hashed_slug(slug, paths[0])) is None:
            out[paths[0]] = Identity(slug)
            continue
        owner = _owner(slug, paths, published_source)
        for path in paths:
            if path == owner:
                out[path] = Identity(slug)
                continue
            new = hashed_slug(slug, path)
            others = ", ".join(str(p) for p in paths if p != path) or f"an earlier article (episode {slug!r})"
            out[path] = Identity(
                new,
                f"{path}: its episode name {slug!r} is also made by {others}; it is published as {new!r} "
                "(rename one of the files to choose)",
            )
    return out


def _owner(slug: str, paths: list[Path], published_source: PublishedSource) -> Path | None:
    """The file that keeps the plain slug, or None when none may."""
    candidates = [p for p in paths if published_source(hashed_slug(slug, p)) is None]
    source = published_source(slug)
    if source is not None:
        for path in candidates:
            if path_key(path) == path_key(source):
                return path
        if any(path_key(p) == path_key(source) for p in paths):
            return None  # the publisher of the plain slug now has a hashed one
    return min(candidates, key=path_key, default=None)


def check_published(published: datetime | None, source: str) -> None:
    """IngestError for a publication year no article can have (e.g. 1 or 9999)."""
    if published is not None and not EARLIEST_YEAR <= published.year <= LATEST_YEAR:
        raise IngestError(
            source,
            f"the publication date {published.date().isoformat()} is outside the years "
            f"{EARLIEST_YEAR}–{LATEST_YEAR}; fix the date",
        )


def date_only_day(published: datetime | None) -> date | None:
    """The day of a publication time that is exactly midnight in Stockholm, else None."""
    if published is None:
        return None
    try:
        local = published.astimezone(STOCKHOLM) if published.tzinfo else published
    except (OverflowError, ValueError):
        return None
    return local.date() if local.time() == time(0, 0) else None


def settle_time(day: date, rank: int) -> datetime:
    """The publication time of the ``rank``-th (from 0) article of ``day`` dated without a time.

    >>> settle_time(date(2026, 11, 23), 2).isoformat()
    '2026-11-23T12:00:02+01:00'
    """
    moment = datetime.combine(day, DATE_ONLY_UTC, tzinfo=UTC) + timedelta(seconds=min(rank, MAX_SAME_DAY_SECONDS))
    return moment.astimezone(STOCKHOLM)
