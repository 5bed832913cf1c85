"""output/index.html: a static page for listeners, from the catalog.

One self-contained file (CSS and a small script inline) that works from any
web server: the podcast's name and cover, a subscribe link, and per episode
an audio player (no autoplay, ``preload="none"``: nothing is fetched until
played), its chapters as links that seek the player (plain ``#t=`` media
fragments without JavaScript) and its transcript. The transcript is not in
the page: ``site.js`` fetches the episode's JSON transcript when the listener
opens it or presses play, so a page of hundreds of episodes stays small, and
then highlights the word being said (read-along; see ``static/site.js``).
"""

from __future__ import annotations

import logging
from datetime import datetime
from html import escape
from importlib import resources
from pathlib import Path
from string import Template

from ..atomic import write_if_changed
from ..calendar_sv import written_date
from ..config import Config
from .catalog import EpisodeRecord, clean_record, sort_key
from .cover import cover_file_name
from .output import output_error
from .urls import episode_anchor

log = logging.getLogger(__name__)


def _static(name: str) -> str:
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def swedish_date(when: datetime) -> str:
    """A date as Swedish readers write it.

    >>> from datetime import datetime
    >>> swedish_date(datetime(2024, 5, 25, 9, 15))
    'lördag 25 maj 2024'
    """
    return written_date(when.date())


def swedish_duration(ms: int) -> str:
    """A duration in words: ``45 sekunder``, ``3 minuter``, ``1 minut``."""
    seconds = max(1, round(ms / 1000))
    if seconds < 60:
        return f"{seconds} sekund" + ("er" if seconds != 1 else "")
    minutes = round(seconds / 60)
    return f"{minutes} minut" + ("er" if minutes != 1 else "")


def swedish_size(size: int) -> str:
    """A file size in megabytes with a decimal comma: ``1,2 MB``."""
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def clock(ms: int) -> str:
    """``M:SS`` (or ``H:MM:SS``) for a chapter's start."""
    seconds = ms // 1000
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _transcript_box(record: EpisodeRecord, anchor: str, player: str) -> list[str]:
    """The transcript, loaded from its JSON only when the listener opens it or plays the episode
    (a page of hundreds of episodes stays small), with the read-along control (site.js)."""
    if not record.transcript_json:
        return []
    links = [f'<a href="{escape(record.transcript_json)}">JSON</a>']
    if record.transcript_vtt:
        links.insert(0, f'<a href="{escape(record.transcript_vtt)}">WebVTT</a>')
    return [
        f'<details class="transcript-box" data-player="{player}" data-src="{escape(record.transcript_json)}">',
        "<summary>Läs texten</summary>",
        f'<p class="readalong-bar"><button type="button" class="follow" aria-pressed="true" '
        f'aria-describedby="tips-{anchor}" hidden>Följ med i texten</button></p>',
        f'<p class="tips" id="tips-{anchor}" hidden>Medan avsnittet spelar markeras ordet som läses. Med '
        "”Följ med i texten” på följer texten med, och du kan klicka på ett ord, eller gå till det med "
        "Tab och piltangenterna och trycka Enter, för att lyssna därifrån.</p>",
        f'<div class="transcript" id="text-{anchor}" aria-live="off"><p class="loading">'
        "Texten hämtas när du öppnar den.</p></div>",
        f"<p>Texten som fil: {', '.join(links)}</p></details>",
    ]


def _episode(out_dir: Path, record: EpisodeRecord) -> str:
    record = clean_record(record)  # a row from an older version may hold what HTML should not
    anchor = escape(episode_anchor(record.kind, record.slug))
    player = f"spelare-{anchor}"
    title = escape(record.title)
    audio = escape(record.audio_file)
    parts = [
        f'<article class="episode" id="{anchor}" aria-labelledby="rubrik-{anchor}">',
        f'<h2 id="rubrik-{anchor}">{title}</h2>',
        f'<p class="meta"><time datetime="{record.published.isoformat()}">'
        f"{swedish_date(record.published)}</time> · {swedish_duration(record.duration_ms)}</p>",
    ]
    if record.description.strip():
        parts.append(f"<p>{escape(record.description.strip())}</p>")
    parts.append(
        f'<audio id="{player}" controls preload="none" src="{audio}" aria-label="Lyssna: {title}">'
        f'<a href="{audio}">Lyssna på avsnittet (MP3)</a></audio>'
    )
    parts.append(f'<p><a href="{audio}" download>Ladda ner avsnittet (MP3, {swedish_size(record.bytes)})</a></p>')
    if record.chapters:
        parts.append(f'<h3 id="kapitel-{anchor}">Kapitel</h3>')
        parts.append(f'<ol class="chapters" aria-labelledby="kapitel-{anchor}">')
        for ch in record.chapters:
            start = f"{ch.start_ms / 1000:.3f}".rstrip("0").rstrip(".")
            parts.append(
                f'<li><a class="chapter" href="{audio}#t={start}" data-player="{player}" '
                f'data-start="{start}" data-title="{escape(ch.title)}">'
                f'<span class="visually-hidden">Spela från </span>{clock(ch.start_ms)} {escape(ch.title)}</a></li>'
            )
        parts.append("</ol>")
    parts.extend(_transcript_box(record, anchor, player))
    if record.url:
        parts.append(f'<p><a href="{escape(record.url)}">Läs artikeln på webben</a></p>')
    parts.append("</article>")
    return "\n".join(parts)


def site_html(config: Config, records: list[EpisodeRecord], out_dir: Path, editions: list[EpisodeRecord] | None = None) -> str:
    """The page's HTML: daily editions first, then articles, each newest first."""
    p = config.podcast
    limit = max(1, p.max_episodes)
    editions = sorted(editions or [], key=sort_key, reverse=True)[:limit]
    records = sorted(records, key=sort_key, reverse=True)[:limit]
    edition_subscribe = ""
    if editions:
        edition_feed = escape(p.base_url + "edition/feed.xml")
        edition_subscribe = f'<p><a href="{edition_feed}">Prenumerera på dagens utgåva (RSS)</a></p>\n'
    episodes = "\n".join(_episode(Path(out_dir), r) for r in [*editions, *records])
    if not episodes:
        episodes = "<p>Inga avsnitt ännu.</p>"
    return Template(_static("index.html")).substitute(
        name=escape(p.name),
        description=escape(p.description),
        feed_url=escape(config.feed_url),
        cover=escape(cover_file_name(p)),
        edition_subscribe=edition_subscribe,
        episodes=episodes,
        css=_static("site.css"),
        js=_static("site.js"),
    )


def write_site(
    config: Config,
    records: list[EpisodeRecord],
    out_dir: Path,
    editions: list[EpisodeRecord] | None = None,
) -> Path:
    """Write ``out_dir/index.html`` atomically (untouched when unchanged) and return its path."""
    dest = Path(out_dir) / "index.html"
    write_if_changed(dest, site_html(config, records, out_dir, editions).encode("utf-8"), error=output_error)
    return dest
