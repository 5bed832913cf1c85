"""The line classifier's training script (tools/train_line_classifier.py): labels, sites, blind pages kept out."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import train_line_classifier as T


def test_swedish_labels_follow_the_annotation() -> None:
    lines = ["Meny", "Rubrik här", "Publicerad 3 mars", "Ingressen.", "Brödtext ett.", "", "Dela"]
    ann = {"title": "Rubrik här", "lead": "Ingressen.", "meta": ["Publicerad 3 mars"], "body": ["Brödtext ett."]}
    assert T.label_swedish(lines, ann) == [0, 1, 0, 1, 1, None, 0]


def test_a_repeated_line_is_article_where_the_article_is() -> None:
    lines = ["Rubrik", "Meny", "Brödtext.", "Rubrik", "Mer brödtext.", "Sidfot"]
    ann = {"title": "Rubrik", "body": ["Brödtext.", "Mer brödtext."]}
    assert T.label_swedish(lines, ann) == [0, 0, 1, 1, 1, 0]


def test_pages_of_one_newsroom_share_a_site() -> None:
    assert T.swedish_site("ho-dump-svt") == T.swedish_site("ho-sv-svt-lokalt")
    assert T.swedish_site("b7-k01-dagstidning-regionupplaga") != T.swedish_site("b7-k02-kvallstidning-lokalsida")


def _write(folder: Path, stem: str, lines: list[str], html: bool = False) -> None:
    ann = {"title": lines[0], "body": lines[1:]}
    (folder / (f"{stem}.html.json" if html else f"{stem}.json")).write_text(json.dumps(ann), encoding="utf-8")
    if not html:
        (folder / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")


def test_blind_pages_copied_into_the_training_folder_are_left_out(tmp_path: Path) -> None:
    train, blind, dumps = tmp_path / "train", tmp_path / "blind", tmp_path / "dumps"
    for d in (train, blind, dumps / "audiocast_html"):
        d.mkdir(parents=True)
    _write(train, "b1-a", ["Rubrik A", "Text a."])
    _write(train, "b8-copy", ["Rubrik B", "Text b."])
    _write(blind, "h01", ["Rubrik B", "Text b."])
    _write(train, "b2-page", ["Rubrik C", "Text c."], html=True)
    record = {"id": "b2-page", "lines": ["Meny", "Rubrik C", "Text c."]}
    (dumps / "audiocast_html" / "b2-page.json").write_text(json.dumps(record), encoding="utf-8")
    args = argparse.Namespace(
        dumps=dumps, scrapinghub=None, trafilatura=None, swedish=train, blind=blind, blind_dumps=None
    )
    pages, held = T.load_pages(args)
    assert sorted(p.pid for p in pages) == ["b1-a", "b2-page"]
    assert [p.pid for p in held] == ["h01"]
    html_page = next(p for p in pages if p.pid == "b2-page")
    assert html_page.labels == [0, 1, 1]  # its annotation is <id>.html.json


@pytest.mark.parametrize(("y", "p", "f1"), [([1, 0, 1], [0.9, 0.1, 0.6], 1.0), ([1, 1], [0.1, 0.2], 0.0)])
def test_metrics(y: list[int], p: list[float], f1: float) -> None:
    assert T.metrics(np.array(y, dtype=float), np.array(p))["f1"] == pytest.approx(f1)


def test_extra_training_folders_train_and_two_blind_sets_stay_out(tmp_path: Path) -> None:
    """``--train-extra`` folders (opened sets) train as Swedish pages named by folder; ``--blind`` repeats."""
    train, opened, dev1, dev2 = (tmp_path / n for n in ("train", "opened", "dev1", "dev2"))
    for d in (train, opened, dev1, dev2, tmp_path / "dumps"):
        d.mkdir()
    _write(train, "b9-x", ["Kyrkans kör sjunger", "Konserten börjar klockan sju."])
    _write(opened, "u01-bibliotek", ["Biblioteket byggs om", "Läsesalen stänger i juni."])
    _write(opened, "u02-hamn", ["Hamnen muddras", "Arbetet tar tre veckor."])
    _write(dev1, "u01-bibliotek", ["Badet öppnar", "Vattnet håller 26 grader."])
    _write(dev2, "u01-skog", ["Hamnen muddras", "Arbetet tar tre veckor."])  # a dev page copied into training
    args = argparse.Namespace(
        dumps=tmp_path / "dumps", scrapinghub=None, trafilatura=None, swedish=train,
        train_extra=[opened], blind=[dev1, dev2], blind_dumps=None,
    )
    pages, held = T.load_pages(args)
    assert sorted(p.pid for p in pages) == ["b9-x", "opened/u01-bibliotek"]
    assert sorted(p.pid for p in held) == ["dev1/u01-bibliotek", "dev2/u01-skog"]
    extra = next(p for p in pages if p.pid.startswith("opened/"))
    assert extra.source == "swedish" and extra.labels == [1, 1]
    assert T.series_of(extra.pid) == T.EXTRA and extra in T.unseen_by_reference(pages)
    assert T.groups(pages)["swedish: --train-extra folders (opened blind sets not copied in)"] == [extra]
