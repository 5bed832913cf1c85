"""A render over unchanged articles builds no script (nothing normalized) and changes no file;
a changed article, and only it, is built again. Speed itself is measured in bench/."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast import pipeline
from audiocast.config import Config
from audiocast.pipeline import FINGERPRINTS, Renderer

ARTICLE = """\
---
title: {place} får ny förskola
date: 2026-11-{day:02d}
author: Bänkredaktionen
---

Förskolan i {place} ska ha plats för 60 barn och öppnar den 3 mars.
"""


def _config() -> Config:
    return Config().with_engine("espeak").with_base_url("http://127.0.0.1:8000/pod/")


def _write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    # Two of them dated the same day without a time: render settles their order by file order.
    for name, place, day in (("a.md", "Alby", 20), ("b.md", "Fittja", 20), ("c.md", "Tumba", 21)):
        (folder / name).write_text(ARTICLE.format(place=place, day=day), encoding="utf-8")


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "catalog.sqlite" and p.name != "feed.xml"}


def _no_script(*args: object, **kwargs: object) -> None:
    raise AssertionError("build_script was called for an unchanged article")


@pytest.fixture()
def rendered(tmp_path):
    articles, out = tmp_path / "articles", tmp_path / "out"
    _write(articles)
    first = Renderer(_config(), out, cache_dir=tmp_path / "cache").render([articles])
    assert first.ok and [r.status for r in first.results] == ["rendered"] * 3
    assert (out / FINGERPRINTS).exists()
    return articles, out, tmp_path / "cache"


def test_noop_render_normalizes_nothing_and_changes_no_file(rendered, monkeypatch):
    articles, out, cache = rendered
    before = _files(out)
    monkeypatch.setattr(pipeline, "build_script", _no_script)
    again = Renderer(_config(), out, cache_dir=cache).render([articles])
    assert again.ok and [r.status for r in again.results] == ["unchanged"] * 3
    assert all(r.audio_file and r.duration_ms > 0 for r in again.results)
    assert _files(out) == before


def test_a_changed_article_alone_is_built_again(rendered, monkeypatch):
    articles, out, cache = rendered
    built: list[str] = []
    real = pipeline.build_script

    def counting(article, *args, **kwargs):
        built.append(article.title)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "build_script", counting)
    (articles / "c.md").write_text(ARTICLE.format(place="Tumba", day=21).replace("60 barn", "80 barn"),
                                   encoding="utf-8")
    report = Renderer(_config(), out, cache_dir=cache).render([articles])
    assert [r.status for r in report.results] == ["unchanged", "unchanged", "rendered"]
    assert built == ["Tumba får ny förskola"]


def test_a_missing_mp3_or_settings_change_is_not_reused(rendered, monkeypatch):
    articles, out, cache = rendered
    first = next((out / "episodes").glob("a-*.mp3"))
    first.unlink()
    report = Renderer(_config(), out, cache_dir=cache).render([articles])
    assert [r.status for r in report.results] == ["rendered", "unchanged", "unchanged"]
    monkeypatch.setattr(Renderer, "hash_settings", lambda self: {"render": "changed"})
    report = Renderer(_config(), out, cache_dir=cache).render([articles])
    assert all(r.status == "rendered" for r in report.results)


def test_a_noop_render_in_a_fresh_process_loads_neither_numpy_nor_the_line_classifier_nor_the_rules(rendered):
    """Nor the normalizer's rules (some hundreds of patterns compiled at import, about a tenth of a second of a
    no-op run's third): nothing is normalized, so nothing of ``speech.rules`` is needed."""
    import subprocess
    import sys

    articles, out, cache = rendered
    program = (
        "import sys\n"
        "from audiocast.config import Config\n"
        "from audiocast.pipeline import Renderer\n"
        "config = Config().with_engine('espeak').with_base_url('http://127.0.0.1:8000/pod/')\n"
        f"report = Renderer(config, {str(out)!r}, cache_dir={str(cache)!r}).render([{str(articles)!r}])\n"
        "assert [r.status for r in report.results] == ['unchanged'] * 3, report.results\n"
        "mods = ('numpy', 'audiocast.ingest.lineclass', 'audiocast.audio.pcm', 'audiocast.speech.rules')\n"
        "print(sorted(m for m in mods if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_the_line_classifier_is_loaded_when_a_dump_first_asks_for_it(tmp_path, monkeypatch):
    loads: list[int] = []

    def scorer(lines: list[str], template: list[bool] | None) -> list[float]:
        return [0.5] * len(lines)

    def load() -> object:
        loads.append(1)
        return scorer

    from audiocast import run_reader

    monkeypatch.setattr(run_reader, "default_scorer", load)
    reader = run_reader.RunReader(tmp_path)
    assert loads == []
    assert reader.scorer is scorer and reader.scorer is scorer
    assert loads == [1]
