"""Publish: catalog, feed, transcripts, chapters, ID3 tags, cover, listeners' page, server.

The last stage. It gets a Script, its Timeline and a finished MP3 per
episode, and writes everything in output/ through temporary files that are
renamed into place (:mod:`audiocast.atomic`), so nothing published is ever
half written. :func:`publish_all` republishes the feeds and the page from the
catalog alone; :mod:`.output` holds the output folder's layout and lock.
"""

from __future__ import annotations

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
