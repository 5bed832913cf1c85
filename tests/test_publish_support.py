"""Shared helpers for the publish tests: real MP3s, hand-made scripts, records.

Holds no tests itself. The audio stage is built in parallel, so the MP3s are
sine tones encoded with the ffmpeg from imageio-ffmpeg.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import imageio_ffmpeg

from audiocast.config import Config, PodcastConfig
from audiocast.models import Script, Segment, SegmentKind, Timeline, Timing
from audiocast.publish import (
    EpisodeRecord,
    ensure_cover,
    episode_guid,
    tag_mp3,
    write_sidecars,
)

STOCKHOLM = timezone(timedelta(hours=2))


def make_config(tmp: Path, **podcast) -> Config:
    """A config with a public base URL and any podcast fields overridden."""
    fields = {"base_url": "https://pod.example.se/lokalt/", **podcast}
    return Config(podcast=PodcastConfig(**fields))


def make_mp3(path: Path, seconds: float = 3.0, freq: int = 440) -> Path:
    """Encode a sine tone as a mono 44.1 kHz MP3."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", f"sine=frequency={freq}:duration={seconds}",
            "-ac", "1", "-ar", "44100", "-b:a", "64k", "-map_metadata", "-1", str(path),
        ],
        check=True,
    )
    return path


def make_script(slug: str, title: str, body: str = "Bron över Ljusnan stängs i tre veckor.") -> tuple[Script, Timeline]:
    """A script with intro, headline+lead, a subheading and a fact box, timed over 3 s."""
    S = SegmentKind
    segments = [
        Segment("Lokala nyheter uppläst. Lördag den 25 maj.", "Lokala nyheter uppläst. Lördag 25 maj.", S.INTRO, 700, 0),
        Segment(title, title, S.TITLE, 700, 1),
        Segment(body, body, S.LEAD, 700, 1),
        Segment("Trafiken leds om", "Trafiken leds om", S.HEADING, 1200, 2),
        Segment(
            "Bilar får köra via riksväg åttiotre under tiden, och bussarna stannar vid Stationsgatan.",
            "Bilar får köra via rv 83 under tiden, och bussarna stannar vid Stationsgatan & torget <norr>.",
            S.SENTENCE, 700, 2,
        ),
        Segment("Fakta", "Fakta", S.FACTBOX, 300, 3),
        Segment("Telefon noll åtta, etthundratjugotre", "Telefon 08-123", S.FACTBOX, 700, 3),
    ]
    timings = [
        Timing(150, 500), Timing(600, 900), Timing(950, 1400), Timing(1500, 1700),
        Timing(1750, 2400), Timing(2500, 2600), Timing(2650, 2900),
    ]
    chapters = ["Inledning", title, "Trafiken leds om", "Fakta"]
    return Script(slug, title, segments, chapters), Timeline(timings, 3000)


def publish_episode(
    config: Config,
    out: Path,
    slug: str,
    title: str,
    published: datetime,
    body: str = "Bron över Ljusnan stängs i tre veckor.",
    rendered: datetime | None = None,
    freq: int = 440,
) -> EpisodeRecord:
    """Do what the CLI does for one article: audio, sidecars, tags, record."""
    content_hash = hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()
    stem = f"{slug}-{content_hash[:8]}"
    script, timeline = make_script(slug, title, body)
    mp3 = make_mp3(out / "episodes" / f"{stem}.mp3", seconds=timeline.duration_ms / 1000, freq=freq)
    side = write_sidecars(out, stem, script, timeline, title)
    cover = ensure_cover(config.podcast, out)
    url = f"https://nyheter.example.se/{slug}"
    size = tag_mp3(
        mp3, title=title, artist=config.podcast.author, album=config.podcast.name,
        published=published, url=url, cover=cover.read_bytes(), chapters=side.chapters,
        description=body,
    )
    assert size == os.path.getsize(mp3)
    return EpisodeRecord(
        guid=episode_guid(config.feed_url, "article", slug),
        slug=slug, kind="article", title=title, description=body,
        source=f"articles/{slug}.md", url=url, content_hash=content_hash,
        audio_file=f"episodes/{stem}.mp3", bytes=size, duration_ms=timeline.duration_ms,
        published=published, rendered=rendered or published + timedelta(hours=1),
        engine="espeak", voice="sv", author="Anna Andersson", chapters=side.chapters,
        transcript_vtt=side.vtt, transcript_json=side.transcript_json, chapters_json=side.chapters_json,
    )
