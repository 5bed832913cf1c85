"""Parallel encodes: the same MP3 bytes and the same catalog order whatever the number of encoders."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from audiocast.config import Config
from audiocast.encoder import BackgroundEncoder, TagSettings, default_encoders
from audiocast.errors import AudioError
from audiocast.models import Script, Segment, SegmentKind
from audiocast.pipeline import CATALOG_FILE, Renderer
from audiocast.publish import Catalog, EpisodeRecord
from audiocast.publish.sidecars import Sidecars
from audiocast.render_pool import EpisodeAudio, EpisodeWork
from audiocast.tts import SynthCache

SETTINGS = TagSettings(bitrate="128k", artist="A", album="P", cover=lambda: (b"", "image/jpeg"))

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


def _render(tmp_path: Path, encoders: int, processes: bool = True) -> dict[str, bytes]:
    """Every episode file (MP3s, transcripts, chapters) of a render of the articles, by name."""
    config = Config().with_engine("espeak")
    config = replace(config, render=replace(config.render, encoders=encoders, edition=True))
    out = tmp_path / f"out{encoders}{processes}"
    report = Renderer(config, out, cache_dir=tmp_path / "cache", processes=processes).render([tmp_path / "articles"])
    assert report.ok, report.failed
    with Catalog(out / CATALOG_FILE) as catalog:
        assert len(catalog.slugs("article")) == 4
    return {p.name: p.read_bytes() for p in sorted((out / "episodes").iterdir())}


def test_worker_processes_write_the_same_bytes_as_a_serial_render(tmp_path):
    """Episodes finished in two worker processes, two at a time, are byte for byte those of a render
    that does everything in one process, one episode after the other (the same clips: one cache)."""
    _articles(tmp_path / "articles")
    serial = _render(tmp_path, 1, processes=False)
    parallel = _render(tmp_path, 2)
    assert len([name for name in serial if name.endswith(".mp3")]) == 5  # four articles and the edition
    assert len(serial) == 20  # and each one's transcript (VTT, JSON) and chapters
    assert serial == parallel
    assert _render(tmp_path, 1) == serial  # one worker process


def test_a_failure_while_one_episode_is_finished_fails_only_that_article(tmp_path, monkeypatch):
    """A clip gone from the speech cache before the worker reads it: that article fails with one
    line naming it and the cause; the other articles are published."""
    _articles(tmp_path / "articles")
    real_put = SynthCache.put

    def lose_alby(self, engine, text, clip):
        path = real_put(self, engine, text, clip)
        if "Alby" in text:
            path.unlink()
        return path

    monkeypatch.setattr(SynthCache, "put", lose_alby)
    config = Config().with_engine("espeak")
    out = tmp_path / "out"
    report = Renderer(config, out, cache_dir=tmp_path / "cache").render([tmp_path / "articles"], edition=False)
    statuses = {Path(r.source).name: r.status for r in report.results}
    assert statuses == {"a0.md": "rendered", "a1.md": "failed", "a2.md": "rendered", "a3.md": "rendered"}
    (failed,) = report.failed
    assert failed.error is not None and "\n" not in failed.error
    assert failed.error.startswith(str(tmp_path / "articles" / "a1.md")) and "cannot be read" in failed.error
    with Catalog(out / CATALOG_FILE) as catalog:
        assert len(catalog.slugs("article")) == 3
    episodes = sorted(p.name for p in (out / "episodes").iterdir())
    assert len(episodes) == 12 and not any(name.startswith(("a1", ".")) for name in episodes)


_SLOW = {"running": 0, "most": 0}
_SLOW_LOCK = threading.Lock()


def _slow_first(work: EpisodeWork) -> EpisodeAudio:
    """Encodes nothing; the first episode takes longest, so the others finish before it."""
    with _SLOW_LOCK:
        _SLOW["running"] += 1
        _SLOW["most"] = max(_SLOW["most"], _SLOW["running"])
    time.sleep(0.2 if work.stem == "ett" else 0.01)
    with _SLOW_LOCK:
        _SLOW["running"] -= 1
    return _fake_audio(work)


def _fake_audio(work: EpisodeWork) -> EpisodeAudio:
    """'Finishes' ``work``: fails for stems starting with 'bad', writes as many bytes as the stem has letters."""
    if work.stem.startswith("bad"):
        raise AudioError("kunde inte koda")
    assert work.encoded is not None
    work.encoded.write_bytes(b"x" * len(work.stem))
    names = [f"episodes/{work.stem}{suffix}" for suffix in (".vtt", ".transcript.json", ".chapters.json")]
    return EpisodeAudio(1000, Sidecars(*names, chapters=[]))


def _dies_on_bad(work: EpisodeWork) -> EpisodeAudio:
    """As :func:`_fake_audio`, but the process finishing a 'bad' episode dies (as when it is killed)."""
    if work.stem.startswith("bad"):
        os._exit(3)
    return _fake_audio(work)


class _Untagged(BackgroundEncoder):
    """Records the finished file's size without tagging it (the fakes write no MP3)."""

    peak = 0

    def _place(self, pending):
        _Untagged.peak = max(_Untagged.peak, len(self._pending))
        assert pending.work.encoded is not None
        size = pending.work.encoded.stat().st_size
        pending.work.encoded.rename(pending.dest)
        return size


def _work(tmp_path: Path, slug: str) -> EpisodeWork:
    script = Script(slug, slug.title(), [Segment("Hej.", "Hej.", SegmentKind.TITLE, 0, 0)], [slug.title()])
    return EpisodeWork(out_dir=tmp_path, stem=slug, script=script, title=slug.title(), clips=(), words=(),
                       chime=None, bitrate="128k")


def _record(slug: str, i: int) -> EpisodeRecord:
    when = datetime(2024, 5, 25, 8, i, tzinfo=UTC)
    return EpisodeRecord(
        guid=f"guid-{slug}", slug=slug, kind="article", title=slug.title(), description="D", source=f"{slug}.md",
        url=None, content_hash="0" * 64, audio_file=f"episodes/{slug}.mp3", bytes=0, duration_ms=1000,
        published=when, rendered=when, engine="espeak", voice="sv",
    )


def test_parallel_encodes_are_recorded_in_the_order_submitted(tmp_path):
    done: list[str] = []
    slugs = ["ett", "bad-tva", "tre", "fyra", "fem", "sex"]
    with Catalog(tmp_path / CATALOG_FILE) as catalog, _Untagged(catalog, SETTINGS, encoders=3, processes=False,
                                                              finish=_slow_first) as encoder:
        for i, slug in enumerate(slugs):
            encoder.submit(_work(tmp_path, slug), tmp_path / f"{slug}.mp3", _record(slug, i),
                           lambda r, err: done.append(r.slug))
            assert len(encoder._pending) <= encoder.pending_limit
        encoder.finish_all()
        assert done == slugs
        assert set(catalog.slugs("article")) == set(slugs) - {"bad-tva"}
    assert 1 < _SLOW["most"] <= 3


def test_a_worker_process_that_dies_fails_only_its_episode(tmp_path):
    """A worker killed while finishing one episode (out of memory, a crash in a library): that
    episode fails with one line; the episodes finished before and after it are recorded, in order."""
    done: list[tuple[str, str | None]] = []
    slugs = ["ett", "tva", "bad-tre", "fyra", "fem"]
    with Catalog(tmp_path / CATALOG_FILE) as catalog, _Untagged(catalog, SETTINGS, encoders=2,
                                                              finish=_dies_on_bad) as encoder:
        for i, slug in enumerate(slugs):
            encoder.submit(_work(tmp_path, slug), tmp_path / f"{slug}.mp3", _record(slug, i),
                           lambda r, err: done.append((r.slug, str(err) if err else None)))
        encoder.finish_all()
        assert encoder.processes  # it did not fall back to this process: the others finished in workers
        assert [slug for slug, _ in done] == slugs
        failures = {slug: err for slug, err in done if err}
        assert list(failures) == ["bad-tre"]
        assert "worker process" in failures["bad-tre"] and "\n" not in failures["bad-tre"]
        assert set(catalog.slugs("article")) == set(slugs) - {"bad-tre"}
    assert sorted(p.name for p in tmp_path.glob("*.mp3")) == sorted(f"{s}.mp3" for s in slugs if s != "bad-tre")
    assert not list(tmp_path.glob(".*.part"))  # no half-made file left behind


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


def test_background_encoder_records_in_order_and_stays_bounded(tmp_path):
    done: list[tuple[str, str | None]] = []
    _Untagged.peak = 0
    with Catalog(tmp_path / CATALOG_FILE) as catalog, _Untagged(catalog, SETTINGS, pending_limit=2, processes=False,
                                                              finish=_fake_audio) as encoder:
        for i, slug in enumerate(["ett", "bad-tva", "tre", "fyra", "fem"]):
            record = _record(slug, i)
            encoder.submit(_work(tmp_path, slug), tmp_path / f"{slug}.mp3", record,
                           lambda r, err: done.append((r.slug, str(err) if err else None)))
        encoder.finish_all()
        assert [slug for slug, _ in done] == ["ett", "bad-tva", "tre", "fyra", "fem"]
        assert done[1] == ("bad-tva", "kunde inte koda")
        assert set(catalog.slugs("article")) == {"ett", "tre", "fyra", "fem"}
        fyra = catalog.get("fyra", "article")
        assert fyra is not None and fyra.bytes == 4
    assert _Untagged.peak <= 2
