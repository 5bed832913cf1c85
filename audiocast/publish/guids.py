"""Identifiers that never change: the podcast's and each episode's GUID."""

from __future__ import annotations

import re
import uuid

PODCAST_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
"""The Podcasting 2.0 namespace's UUID for ``podcast:guid``."""


def podcast_guid(feed_url: str) -> str:
    """The ``podcast:guid`` of a feed: UUIDv5 of its URL without scheme and trailing slashes.

    >>> podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml")
    '917393e3-1b1e-5cef-ace4-edaa54e1f810'
    >>> podcast_guid("http://podnews.net/rss/")
    '9b024349-ccf0-5f69-a609-6b82873eab3c'
    """
    seed = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", feed_url.strip()).rstrip("/")
    return str(uuid.uuid5(PODCAST_NAMESPACE, seed))


def episode_guid(feed_url: str, kind: str, slug: str) -> str:
    """A stable GUID for an episode: UUIDv5 of ``kind/slug`` under the podcast's GUID.

    The catalog stores it on first publication and keeps it from then on, so
    it survives changes of the article's text and of the feed's address.

    >>> episode_guid("https://example.se/feed.xml", "article", "ny-bro") == \\
    ...     episode_guid("https://example.se/feed.xml", "article", "ny-bro")
    True
    """
    return str(uuid.uuid5(uuid.UUID(podcast_guid(feed_url)), f"{kind}/{slug}"))
