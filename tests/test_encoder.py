"""Parallel encodes: the same MP3 bytes and the same catalog order whatever the number of encoders."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from audiocast.config import Config
from audiocast.encoder import BackgroundEncoder, TagSettings, default_encoders
from audiocast.errors import AudioError
from audiocast.pipeline import CATALOG_FILE, Renderer
from audiocast.publish import Catalog, EpisodeRecord

ARTICLE = """\
---
title: {place} får ny förskola
date: 2026-11-{day:02d}
author: Redaktionen
---

Förskolan i {place} ska ha plats för {n} barn. Den öppnar den {day} mars, säger kommunen.
"""


def _articles(folder: Path) -> None:
    folder.mkdir()
    for i, place in enumerate(["Tumba", "Alby", "Fittja", "Vårby"]):
        (folder / f"a{i}.md").write_text(ARTICLE.format(place=place, day=20 + i, n=40 + i), encoding="utf-8")


def _render(tmp_path: Path, encoders: int) -> dict[str, bytes]:
    config = Config().with_engine("espeak")
    config = replace(config, render=replace(config.render, encoders=encoders, edition=True))
    out = tmp_path / f"out{encoders}"
    report = Renderer(config, out, cache_dir=tmp_path / "cache").render([tmp_path / "articles"])
    assert report.ok, report.failed
    with Catalog(out / CATALOG_FILE) as catalog:
        assert len(catalog.slugs("article")) == 4
    return {p.name: p.read_bytes() for p in sorted((out / "episodes").glob("*.mp3"))}


def test_one_or_two_encoders_write_the_same_mp3_bytes(tmp_path):
    _articles(tmp_path / "articles")
    serial = _render(tmp_path, 1)
    parallel = _render(tmp_path, 2)
    assert len(serial) == 5  # four articles and the edition
    assert serial == parallel


class _SlowFirst(BackgroundEncoder):
    """Encodes nothing; the first episode takes longest, so the others finish before it."""

    running = 0
    most = 0
    lock = threading.Lock()

    def _encode(self, audio, dest, record):
        with _SlowFirst.lock:
            _SlowFirst.running += 1
            _SlowFirst.most = max(_SlowFirst.most, _SlowFirst.running)
        time.sleep(0.2 if record.slug == "ett" else 0.01)
        with _SlowFirst.lock:
            _SlowFirst.running -= 1
        if record.slug.startswith("bad"):
            raise AudioError("kunde inte koda")
        return len(record.slug)


def _record(slug: str, i: int) -> EpisodeRecord:
    when = datetime(2024, 5, 25, 8, i, tzinfo=UTC)
    return EpisodeRecord(
        guid=f"guid-{slug}", slug=slug, kind="article", title=slug.title(), description="D", source=f"{slug}.md",
        url=None, content_hash="0" * 64, audio_file=f"episodes/{slug}.mp3", bytes=0, duration_ms=1000,
        published=when, rendered=when, engine="espeak", voice="sv",
    )


def test_parallel_encodes_are_recorded_in_the_order_submitted(tmp_path):
    done: list[str] = []
    settings = TagSettings(bitrate="128k", artist="A", album="P", cover=lambda: (b"", "image/jpeg"))
    slugs = ["ett", "bad-tva", "tre", "fyra", "fem", "sex"]
    with Catalog(tmp_path / CATALOG_FILE) as catalog, _SlowFirst(catalog, settings, encoders=3) as encoder:
        for i, slug in enumerate(slugs):
            encoder.submit(None, tmp_path / f"{slug}.mp3", _record(slug, i), lambda r, err: done.append(r.slug))
            assert len(encoder._pending) <= encoder.pending_limit
        encoder.finish_all()
        assert done == slugs
        assert set(catalog.slugs("article")) == set(slugs) - {"bad-tva"}
    assert 1 < _SlowFirst.most <= 3


def test_default_is_one_encoder_per_core():
    assert default_encoders() >= 1


def test_an_edit_to_an_older_article_updates_that_days_edition(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    config = Config().with_engine("espeak")
    config = replace(config, render=replace(config.render, edition=True))

    def render() -> dict[str, str]:
        report = Renderer(config, tmp_path / "out", cache_dir=tmp_path / "cache").render([folder])
        assert report.ok, report.failed
        return {r.slug or "": r.status for r in report.editions}

    (folder / "a.md").write_text(ARTICLE.format(place="Tumba", day=20, n=40), encoding="utf-8")
    assert render() == {"utgava-2026-11-20": "rendered"}
    (folder / "b.md").write_text(ARTICLE.format(place="Alby", day=21, n=41), encoding="utf-8")
    assert render() == {"utgava-2026-11-21": "rendered"}  # the older day's edition is left alone
    assert render() == {"utgava-2026-11-21": "unchanged"}
    (folder / "a.md").write_text(ARTICLE.format(place="Tumba", day=20, n=45), encoding="utf-8")
    assert render() == {"utgava-2026-11-20": "rendered", "utgava-2026-11-21": "unchanged"}


class _FakeEncoder(BackgroundEncoder):
    """Encodes nothing: 'fails' for slugs starting with 'bad', records the peak queue length."""

    peak = 0

    def _encode(self, audio, dest, record):
        _FakeEncoder.peak = max(_FakeEncoder.peak, len(self._pending))
        if record.slug.startswith("bad"):
            raise AudioError("kunde inte koda")
        return len(record.slug)


def test_background_encoder_records_in_order_and_stays_bounded(tmp_path):
    done: list[tuple[str, str | None]] = []
    settings = TagSettings(bitrate="128k", artist="A", album="P", cover=lambda: (b"", "image/jpeg"))
    with Catalog(tmp_path / CATALOG_FILE) as catalog, _FakeEncoder(catalog, settings) as encoder:
        for i, slug in enumerate(["ett", "bad-tva", "tre", "fyra", "fem"]):
            record = _record(slug, i)
            encoder.submit(None, tmp_path / f"{slug}.mp3", record,
                           lambda r, err: done.append((r.slug, str(err) if err else None)))
        encoder.finish_all()
        assert [slug for slug, _ in done] == ["ett", "bad-tva", "tre", "fyra", "fem"]
        assert done[1] == ("bad-tva", "kunde inte koda")
        assert set(catalog.slugs("article")) == {"ett", "tre", "fyra", "fem"}
        fyra = catalog.get("fyra", "article")
        assert fyra is not None and fyra.bytes == 4
    assert _FakeEncoder.peak <= 2
