"""The daily edition: which articles it holds, and its slug, title and description.

One place for these, used by the pipeline (the episode in the catalog and
the feed) and by :mod:`audiocast.speech.script` (the script's own slug and
title). What is *not* here: what the edition says (``speech``) and how it is
rendered (``pipeline``).

>>> from datetime import date
>>> edition_slug(date(2024, 5, 25))
'utgava-2024-05-25'
>>> edition_title(date(2024, 5, 25))
'Dagens utgåva, lördag 25 maj 2024'
"""

from __future__ import annotations

from datetime import date

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
