"""The worker processes are started early (while the first episode is spoken), and only when an episode is coming."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from audiocast.config import Config
from audiocast.encoder import BackgroundEncoder, TagSettings
from audiocast.pipeline import Renderer
from audiocast.publish import Catalog

SETTINGS = TagSettings(bitrate="128k", artist="A", album="P", cover=lambda: (b"", "image/jpeg"))

ARTICLE = """\
---
title: {place} bygger cykelbana
date: 2026-11-{day:02d}
---

Cykelbanan i {place} blir {n} kilometer lång, säger kommunen.
"""


def _articles(folder: Path) -> None:
    folder.mkdir()
    for i, place in enumerate(["Norsborg", "Hallunda"]):
        (folder / f"c{i}.md").write_text(ARTICLE.format(place=place, day=10 + i, n=2 + i), encoding="utf-8")


def test_workers_start_before_synthesis_and_never_on_a_run_with_nothing_to_render(tmp_path, monkeypatch):
    _articles(tmp_path / "articles")
    calls: list[bool] = []
    real_start = BackgroundEncoder.start

    def counted(self: BackgroundEncoder) -> None:
        calls.append(self._pool is None)
        real_start(self)

    monkeypatch.setattr(BackgroundEncoder, "start", counted)
    config = Config().with_engine("espeak")
    config = replace(config, render=replace(config.render, encoders=2))
    out = tmp_path / "out"

    def render() -> None:
        report = Renderer(config, out, cache_dir=tmp_path / "cache").render([tmp_path / "articles"], edition=False)
        assert report.ok, report.failed

    render()
    assert calls == [True, False]  # one call per episode; the first one starts the pool
    calls.clear()
    render()  # nothing changed
    assert calls == []
    assert sorted(p.suffix for p in (out / "episodes").iterdir() if p.suffix == ".mp3") == [".mp3", ".mp3"]


def test_start_is_idempotent_and_starts_nothing_for_threads(tmp_path):
    with Catalog(tmp_path / "catalog.sqlite") as catalog:
        with BackgroundEncoder(catalog, SETTINGS, encoders=1, processes=False) as threads:
            threads.start()
            assert threads._pool is None  # threads are started by the first episode, as before
        with BackgroundEncoder(catalog, SETTINGS, encoders=1) as processes:
            processes.start()
            pool = processes._pool
            assert pool is not None
            processes.start()
            assert processes._pool is pool
        assert processes._pool is None  # leaving it waits for the starter and shuts the pool down


def test_the_worker_code_loads_neither_the_feed_the_cover_nor_the_server() -> None:
    """The fork server imports the worker's modules once; the publish package's other modules
    (feedgen, Pillow, the HTTP server) are loaded only where their names are used."""
    import subprocess
    import sys

    code = ("import sys, audiocast.render_pool, audiocast.audio.assembly, audiocast.audio.encode; "
            "print(' '.join(m for m in ('feedgen', 'PIL', 'audiocast.publish.serve', 'audiocast.publish.feed', "
            "'audiocast.publish.catalog') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
    from audiocast import publish

    assert publish.Catalog.__name__ == "Catalog" and callable(publish.write_feed)


def test_a_workers_first_episode_imports_nothing_the_fork_server_could_have_loaded() -> None:
    """What the fork server loads (encoder.WORKER_MODULES) is all a worker's first episode imports:
    the MP3 encoder's calibration, the loudness meter's FFT, the loudness range's percentiles and
    the normalizer's rules (the word timings read each written token with them) included, so no
    worker pays an import per run."""
    import subprocess
    import sys

    code = """
import importlib, sys, tempfile
from pathlib import Path
from audiocast.encoder import WORKER_MODULES
for name in WORKER_MODULES:
    if name != "__main__":
        importlib.import_module(name)
import numpy as np
from audiocast.audio.encode import export_mp3
from audiocast.audio.source import ArraySource
from audiocast.render_pool import warm_worker
before = set(sys.modules)
warm_worker("128k")
n = np.arange(22050 * 4)
voice = (0.3 * np.sin(2 * np.pi * 180 * n / 22050) * (1 + np.sin(2 * np.pi * 3 * n / 22050))) * 16000
with tempfile.TemporaryDirectory() as tmp:
    export_mp3(ArraySource(voice.astype(np.int16), rate=22050), Path(tmp) / "x.mp3")
from audiocast.timing import WordTime, align_written
aligned = align_written("Bussen går kl. 7.15 från torget", [WordTime(i * 300, i * 300 + 250, w) for i, w in
                        enumerate("bussen går klockan sju och femton från torget".split())])
assert [w.word for w in aligned][2:4] == ["kl.", "7.15"], aligned
print(" ".join(sorted(m for m in set(sys.modules) - before if not m.startswith("encodings."))))
"""
    new = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert new == []
