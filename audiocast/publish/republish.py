"""Publishing from the catalog alone: feed.xml, edition/feed.xml and index.html.

Called at the end of every render and by ``audiocast feed``. Nothing here
renders audio; the episodes' files are already in place.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..errors import PublishError
from .catalog import Catalog
from .cover import ensure_cover
from .feed import write_feed
from .output import CATALOG_FILE, EDITION_DIR, output_lock
from .site import write_site

EDITION_FEED_DESCRIPTION = (
    "Dagens nyheter i ett avsnitt, som en taltidning: innehållsförteckning "
    "och en artikel per kapitel."
)


def publish_all(config: Config, out_dir: Path, catalog: Catalog) -> None:
    """Write feed.xml, edition/feed.xml (when there are editions) and index.html."""
    config_dir = config.path.parent if config.path else None
    ensure_cover(config.podcast, out_dir, config_dir)
    limit = config.podcast.max_episodes
    articles = catalog.episodes("article", limit=limit)
    editions = catalog.episodes("edition", limit=limit)
    write_feed(config, articles, out_dir / "feed.xml", config.feed_url)
    if editions:
        (out_dir / EDITION_DIR).mkdir(parents=True, exist_ok=True)
        write_feed(
            config,
            editions,
            out_dir / EDITION_DIR / "feed.xml",
            config.podcast.base_url + f"{EDITION_DIR}/feed.xml",
            title=f"{config.podcast.name}: dagens utgåva",
            description=EDITION_FEED_DESCRIPTION,
        )
    write_site(config, articles, out_dir, editions=editions)


def rebuild_feed(config: Config, out_dir: Path) -> None:
    """``audiocast feed``: republish from the catalog without rendering."""
    path = out_dir / CATALOG_FILE
    if not path.exists():
        raise PublishError(f"{path}: no catalog yet; run 'audiocast render' first")
    with output_lock(out_dir), Catalog(path) as catalog:
        publish_all(config, out_dir, catalog)
