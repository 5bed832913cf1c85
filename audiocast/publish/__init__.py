"""Publish: catalog, feed, transcripts, chapters, ID3 tags, cover, listeners' page, server.

The last stage. It gets a Script, its Timeline and a finished MP3 per
episode, and writes everything in output/ through temporary files that are
renamed into place (:mod:`audiocast.atomic`), so nothing published is ever
half written. :func:`publish_all` republishes the feeds and the page from the
catalog alone; :mod:`.output` holds the output folder's layout and lock. The
names below are imported on first use (:mod:`audiocast.lazy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .catalog import Catalog, EpisodeRecord
    from .cover import cover_file_name, ensure_cover, thumbnail_jpeg
    from .feed import feed_bytes, write_feed
    from .guids import episode_guid, podcast_guid
    from .id3 import read_chapters, tag_mp3
    from .output import CATALOG_FILE, EDITION_DIR, EPISODES_DIR, output_error, output_lock, remove_files
    from .republish import publish_all, rebuild_feed
    from .serve import make_server, serve, serve_forever
    from .sidecars import Sidecars, write_sidecars
    from .site import write_site
    from .urls import episode_anchor, public_url

_HOMES = {
    "Catalog": "catalog", "EpisodeRecord": "catalog",
    "cover_file_name": "cover", "ensure_cover": "cover", "thumbnail_jpeg": "cover",
    "feed_bytes": "feed", "write_feed": "feed",
    "episode_guid": "guids", "podcast_guid": "guids",
    "read_chapters": "id3", "tag_mp3": "id3",
    "CATALOG_FILE": "output", "EDITION_DIR": "output", "EPISODES_DIR": "output",
    "output_error": "output", "output_lock": "output", "remove_files": "output",
    "publish_all": "republish", "rebuild_feed": "republish",
    "make_server": "serve", "serve": "serve", "serve_forever": "serve",
    "Sidecars": "sidecars", "write_sidecars": "sidecars",
    "write_site": "site",
    "episode_anchor": "urls", "public_url": "urls",
}
"""The module each public name lives in, imported when the name is first used: a worker process
that writes an episode's transcripts (``sidecars``) loads neither feedgen, Pillow nor the server."""

__all__ = [
    "CATALOG_FILE",
    "EDITION_DIR",
    "EPISODES_DIR",
    "Catalog",
    "EpisodeRecord",
    "Sidecars",
    "cover_file_name",
    "ensure_cover",
    "episode_anchor",
    "episode_guid",
    "feed_bytes",
    "make_server",
    "output_error",
    "output_lock",
    "podcast_guid",
    "public_url",
    "publish_all",
    "read_chapters",
    "rebuild_feed",
    "remove_files",
    "serve",
    "serve_forever",
    "tag_mp3",
    "thumbnail_jpeg",
    "write_feed",
    "write_sidecars",
    "write_site",
]

__getattr__ = lazy_names(__name__, _HOMES, globals())
