"""Publishing from the catalog alone: feed.xml, edition/feed.xml and index.html.

Called at the end of every render and by ``audiocast feed``. Nothing here
renders audio; the episodes' files are already in place.

The catalog is trusted only as far as it is checked (:func:`publishable`): a
row may have been written by an older version or edited by hand. Its text is
cleaned (:mod:`audiocast.sanitize`), its web address kept only when it is
http(s), its files must lie inside the output folder, and its MP3 must be
there; the enclosure length is the file's own size.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..config import Config
from ..errors import PublishError
from .catalog import Catalog, EpisodeRecord, clean_record
from .cover import ensure_cover
from .feed import write_feed
from .output import CATALOG_FILE, EDITION_DIR, inside_output, output_lock
from .site import write_site

EDITION_FEED_DESCRIPTION = (
    "Dagens nyheter i ett avsnitt, som en taltidning: innehållsförteckning "
    "och en artikel per kapitel."
)


def publishable(out_dir: Path, record: EpisodeRecord) -> tuple[EpisodeRecord | None, str | None]:
    """The record as it can be published (None when it cannot), and a line saying what was wrong."""
    record = clean_record(record)
    audio = inside_output(out_dir, record.audio_file)
    if audio is None:
        return None, f"catalog: episode {record.slug!r} names {record.audio_file!r}, outside {out_dir}; not published"
    try:
        size = audio.stat().st_size
    except OSError:
        return None, (f"{audio}: the MP3 of episode {record.slug!r} is missing; not published "
                      "(run `audiocast render` to render it again)")
    def inside(rel: str | None) -> str | None:
        return rel if rel and inside_output(out_dir, rel) is not None else None

    problem = None
    if size != record.bytes:
        problem = f"{audio}: {size} bytes, not the {record.bytes} in the catalog; published with its own size"
    checked = replace(record, bytes=size, transcript_vtt=inside(record.transcript_vtt),
                      transcript_json=inside(record.transcript_json), chapters_json=inside(record.chapters_json))
    return checked, problem


def _usable(out_dir: Path, records: list[EpisodeRecord], problems: list[str]) -> list[EpisodeRecord]:
    out = []
    for record in records:
        checked, problem = publishable(out_dir, record)
        if problem:
            problems.append(problem)
        if checked is not None:
            out.append(checked)
    return out


def publish_all(config: Config, out_dir: Path, catalog: Catalog) -> list[str]:
    """Write feed.xml, edition/feed.xml (when there are editions) and index.html.

    Returns one line per catalog row that could not be published as it was
    (see :func:`publishable`).
    """
    config_dir = config.path.parent if config.path else None
    ensure_cover(config.podcast, out_dir, config_dir)
    limit = config.podcast.max_episodes
    problems: list[str] = []
    articles = _usable(out_dir, catalog.episodes("article"), problems)[: max(limit, 0)]
    editions = _usable(out_dir, catalog.episodes("edition"), problems)[: max(limit, 0)]
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
    return problems


def rebuild_feed(config: Config, out_dir: Path) -> list[str]:
    """``audiocast feed``: republish from the catalog without rendering; returns
    :func:`publish_all`'s lines about rows that could not be published as they were."""
    path = out_dir / CATALOG_FILE
    if not path.exists():
        raise PublishError(f"{path}: no catalog yet; run 'audiocast render' first")
    with output_lock(out_dir), Catalog(path) as catalog:
        return publish_all(config, out_dir, catalog)
