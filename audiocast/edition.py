"""The daily edition: which articles it holds, and its slug, title and description.

One place for these, used by the pipeline (the episode in the catalog and
the feed) and by :mod:`audiocast.speech.script` (the script's own slug and
title). What is *not* here: what the edition says (``speech``) and how it is
rendered (``pipeline``).

>>> from datetime import date, datetime
>>> edition_slug(date(2024, 5, 25))
'utgava-2024-05-25'
>>> edition_title(date(2024, 5, 25))
'Dagens utgåva, lördag 25 maj 2024'
"""

from __future__ import annotations

from datetime import date, datetime

from .calendar_sv import local_day, written_date
from .models import Article, EpisodeSpec, Script

EDITION_KIND = "edition"


def edition_slug(day: date) -> str:
    """The edition's identity in the catalog: ``utgava-2024-05-25``."""
    return f"utgava-{day.isoformat()}"


def edition_title(day: date) -> str:
    """The edition's title in the feed and on the page."""
    return f"Dagens utgåva, {written_date(day)}"


def edition_description(articles: list[Article]) -> str:
    """The edition's description: its headlines in order."""
    return "I dag: " + "; ".join(a.title for a in articles)


def newest_day(articles: list[Article]) -> tuple[date, list[Article]] | None:
    """The newest day any article was published, and that day's articles
    (oldest first, then by slug); None when no article has a date."""
    dated = [(a.published, a) for a in articles if a.published is not None]
    if not dated:
        return None
    day = max(local_day(when) for when, _ in dated)
    todays = sorted((((when, a.slug), a) for when, a in dated if local_day(when) == day), key=lambda p: p[0])
    return day, [a for _, a in todays]


def _by_day(articles: list[Article]) -> dict[date, list[Article]]:
    """The dated articles per local day, each day's oldest first, then by slug."""
    days: dict[date, list[tuple[tuple[datetime, str], Article]]] = {}
    for a in articles:
        if a.published is not None:
            days.setdefault(local_day(a.published), []).append(((a.published, a.slug), a))
    return {day: [a for _, a in sorted(items, key=lambda p: p[0])] for day, items in days.items()}


def editions_due(articles: list[Article], changed: set[str], published: set[str]) -> list[tuple[date, list[Article]]]:
    """The editions to make in a run, oldest first: the newest day's, and every older day's
    that is already ``published`` (edition slugs) and has an article in ``changed`` (slugs of
    articles rendered again in this run), so an edit to an older article updates its day's
    edition. Days with nothing changed are left alone (their episodes stay as they are).

    >>> from datetime import UTC, datetime
    >>> def art(slug, day):
    ...     return Article(slug=slug, title=slug, published=datetime(2024, 5, day, 9, tzinfo=UTC), source=slug)
    >>> arts = [art("a", 20), art("b", 21), art("c", 25)]
    >>> [d.day for d, _ in editions_due(arts, set(), {"utgava-2024-05-20"})]
    [25]
    >>> [d.day for d, _ in editions_due(arts, {"a", "b"}, {"utgava-2024-05-20", "utgava-2024-05-25"})]
    [20, 25]
    """
    days = _by_day(articles)
    if not days:
        return []
    newest = max(days)
    return [(day, arts) for day, arts in sorted(days.items())
            if day == newest or (edition_slug(day) in published and any(a.slug in changed for a in arts))]


def edition_spec(day: date, articles: list[Article], script: Script, author: str) -> EpisodeSpec:
    """The edition episode of ``day`` made of ``articles``, spoken as ``script``."""
    return EpisodeSpec(
        kind=EDITION_KIND,
        slug=edition_slug(day),
        script=script,
        title=edition_title(day),
        description=edition_description(articles),
        published=max((a.published for a in articles if a.published is not None), default=None),
        author=author,
        url=None,
        source=edition_sources(articles),
    )


def edition_sources(articles: list[Article]) -> str:
    """Where the edition was read from: its articles' sources."""
    return ", ".join(a.source for a in articles)
