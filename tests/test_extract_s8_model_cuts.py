"""The rules' cut points on the line model's score travel with the model (``linecuts.py``, ``"cuts"`` in the model
file): the shipped weights keep the values the rules were tuned with, a retrained model brings its own."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from audiocast.ingest import articleend, furniture, records, teasertitles
from audiocast.ingest.lineclass import LineModel, LineModelError
from audiocast.ingest.linecuts import cut, model_cuts, parse_cuts

SHIPPED = {
    "furniture.P_ABOUT": (furniture, "P_ABOUT", 0.5),
    "furniture.P_TAIL_LINE": (furniture, "P_TAIL_LINE", 0.15),
    "furniture.P_TAIL_BOX": (furniture, "P_TAIL_BOX", 0.35),
    "records.P_PITCH": (records, "P_PITCH", 0.35),
    "articleend.P_END_PROSE": (articleend, "P_END_PROSE", 0.25),
    "teasertitles.P_TITLES": (teasertitles, "P_TITLES", 0.4),
    "teasertitles.P_TITLE_MAX": (teasertitles, "P_TITLE_MAX", 0.7),
}


def _shipped_json() -> dict[str, object]:
    text = resources.files("audiocast.ingest").joinpath("data/line_model.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def test_the_shipped_model_keeps_the_values_the_rules_were_tuned_with(monkeypatch):
    monkeypatch.delenv("AUDIOCAST_LINE_MODEL", raising=False)
    model_cuts.cache_clear()
    try:
        for name, (module, constant, value) in SHIPPED.items():
            assert getattr(module, constant) == value, name
            assert cut(name, value) == value
    finally:
        model_cuts.cache_clear()


def test_a_model_file_brings_its_own_cut_points(tmp_path, monkeypatch):
    data = _shipped_json() | {"cuts": {"furniture.P_ABOUT": 0.62, "records.P_PITCH": 0.5}}
    other = tmp_path / "model.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("AUDIOCAST_LINE_MODEL", str(other))
    model_cuts.cache_clear()
    try:
        assert cut("furniture.P_ABOUT", 0.5) == 0.62
        assert cut("records.P_PITCH", 0.35) == 0.5
        assert cut("articleend.P_END_PROSE", 0.25) == 0.25  # not in the file: the shipped value
        assert dict(LineModel.from_json(json.dumps(data)).cuts) == {"furniture.P_ABOUT": 0.62, "records.P_PITCH": 0.5}
    finally:
        model_cuts.cache_clear()


def test_an_unreadable_model_file_gives_the_shipped_values(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIOCAST_LINE_MODEL", str(tmp_path / "missing.json"))
    model_cuts.cache_clear()
    try:
        assert cut("furniture.P_TAIL_BOX", 0.35) == 0.35
    finally:
        model_cuts.cache_clear()


@pytest.mark.parametrize("cuts", [{"furniture.P_ABOUT": 1.5}, {"furniture.P_ABOUT": -0.1}, [0.5], {"x": "high"}])
def test_cut_points_that_are_not_scores_are_refused(cuts):
    with pytest.raises(ValueError):
        parse_cuts(cuts)
    with pytest.raises(LineModelError, match="rebuild"):
        LineModel.from_json(json.dumps(_shipped_json() | {"cuts": cuts}))
