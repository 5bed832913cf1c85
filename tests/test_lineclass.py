"""The learned line classifier: shipped weights, scores on a small Swedish dump, the feature functions."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from audiocast.ingest import linefeatures as lf
from audiocast.ingest.lineclass import LineModel, LineModelError, _load_shipped

DUMP = """Hoppa till huvudinnehåll
Lokalbladet
Meny
Sök
Logga in
Nyheter
Sport
Kultur
Start › Nyheter › Kommun
Ny förskola byggs i Västerby
Kommunen bygger en ny förskola i Västerby. Den ska stå klar hösten 2026 och få plats med 120 barn.
Av Anna Berg
Publicerad 12 mars 2025
Dela
Facebook
Beslutet togs av barn- och utbildningsnämnden på tisdagen efter en lång debatt om var skolan skulle ligga.
– Det här är något som föräldrarna har väntat på länge, och nu kan vi äntligen sätta spaden i jorden, säger nämndens ordförande.
Bygget beräknas kosta 85 miljoner kronor och ska enligt planen starta redan i juni, när detaljplanen har vunnit laga kraft.
Annons
Mest läst
Tipsa oss
Kontakta redaktionen
© Lokalbladet 2025
Cookies
"""

MENU = [
    "Hoppa till huvudinnehåll",
    "Meny",
    "Sök",
    "Logga in",
    "Nyheter",
    "Sport",
    "Dela",
    "Facebook",
    "Annons",
    "Mest läst",
    "Tipsa oss",
    "Cookies",
]


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    lines = DUMP.splitlines()
    return dict(zip(lines, LineModel.load().score(lines), strict=True))


def test_shipped_model_loads_and_matches_feature_code() -> None:
    text = resources.files("audiocast.ingest").joinpath("data/line_model.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert tuple(data["feature_names"]) == lf.FEATURE_NAMES
    assert tuple(data["context_names"]) == lf.CONTEXT_NAMES
    assert len(text) < 64 * 1024
    model = LineModel.load()
    assert model is LineModel.load()  # cached
    assert model.stage1.w1.shape[0] == len(lf.FEATURE_NAMES)
    assert model.stage2.w1.shape[0] == len(lf.FEATURE_NAMES) + len(lf.CONTEXT_NAMES)


def test_paragraphs_score_high(scores: dict[str, float]) -> None:
    for line, p in scores.items():
        if len(line.split()) >= 15:
            assert p > 0.5, (line, p)


def test_menu_lines_score_low(scores: dict[str, float]) -> None:
    for line in MENU:
        assert scores[line] < 0.5, (line, scores[line])
    menu_mean = np.mean([scores[x] for x in MENU])
    body_mean = np.mean([p for line, p in scores.items() if len(line.split()) >= 15])
    assert body_mean - menu_mean > 0.5


def test_blank_lines_and_empty_page() -> None:
    model = LineModel.load()
    assert model.score([]) == []
    out = model.score(["", "Det här är en mening som är ganska lång och full av vanliga ord.", "  "])
    assert out[0] == 0.0 and out[2] == 0.0 and 0.0 <= out[1] <= 1.0


def test_template_changes_score_and_must_fit() -> None:
    model = LineModel.load()
    lines = DUMP.splitlines()
    with pytest.raises(ValueError):
        model.score(lines, template=[True])
    marked = model.score(lines, template=[line in MENU for line in lines])
    assert len(marked) == len(lines)


def test_model_with_other_features_is_refused() -> None:
    text = resources.files("audiocast.ingest").joinpath("data/line_model.json").read_text(encoding="utf-8")
    data = json.loads(text)
    data["feature_names"] = data["feature_names"][:-1] + ["something_else"]
    with pytest.raises(LineModelError, match="rebuild"):
        LineModel.from_json(json.dumps(data))
    with pytest.raises(LineModelError, match="rebuild"):
        LineModel.from_json("{")
    data = json.loads(text)
    data["stage2"]["W1"] = data["stage2"]["W1"][:-1]
    with pytest.raises(LineModelError, match="not readable"):
        LineModel.from_json(json.dumps(data))


# ---------------------------------------------------------------- features

SV = frozenset({"och", "att", "det", "är", "en", "som", "på"})


@pytest.mark.parametrize(
    ("line", "name", "value"),
    [
        ("Det är en mening.", "ends_sentence", 1.0),
        ("Meny", "ends_sentence", 0.0),
        ("Meny", "short_bare", 1.0),
        ("Han sa det, och gick.", "short_bare", 0.0),
        ("Fakta:", "ends_colon", 1.0),
        ("– Vi är glada, säger hon.", "starts_dash", 1.0),
        ("• Punkt ett", "starts_bullet", 1.0),
        ("Start › Nyheter › Kommun", "separators", 2.0),
        ("Nyheter | Sport | Kultur | Nöje | Mer", "separators", 3.0),
        ("Mejla anna@tidning.se", "has_link", 1.0),
        ("Klockan 14.30 i dag", "has_time", 1.0),
        ("Det är en bil som står på gatan", "stop_share", 5 / 8),
        ("NYHETER Sport", "upper_share", 0.5),
        ("Anna Berg bor", "cap_share", 2 / 3),
    ],
)
def test_shape_features(line: str, name: str, value: float) -> None:
    got = dict(zip(lf.SHAPE_NAMES, lf.shape_features(line, SV), strict=True))
    assert got[name] == pytest.approx(value)


def test_page_features_shape_and_blank_rows() -> None:
    lines = ["Meny", "", "Det är en lång mening som handlar om kommunen och dess skolor.", "Meny"]
    X = lf.page_features(lines)
    assert X.shape == (4, len(lf.FEATURE_NAMES))
    assert not X[1].any()
    col = {name: i for i, name in enumerate(lf.FEATURE_NAMES)}
    assert X[0, col["log_repeat"]] == pytest.approx(np.log(2))
    assert X[0, col["pos_rel"]] == 0.0 and X[3, col["pos_rel"]] == 1.0
    assert X[2, col["rel_chars"]] == 1.0
    # the neighbour after "Meny" is the sentence, the blank line is skipped
    assert X[0, col["ends_sentence@+1"]] == 1.0
    assert X[0, col["ends_sentence@-1"]] == 0.0
    assert X[0, col["has_profile"]] == 0.0


def test_template_feature() -> None:
    lines = ["Meny", "Det är en mening."]
    col = {name: i for i, name in enumerate(lf.FEATURE_NAMES)}
    X = lf.page_features(lines, template=[True, False])
    assert X[0, col["template"]] == 1.0 and X[1, col["template"]] == 0.0
    assert X[0, col["has_profile"]] == 1.0


def test_page_language_and_stopwords() -> None:
    lists = lf.load_stopwords()
    assert {"sv", "en", "de", "fr"} <= set(lists)
    assert lf.page_language(["The council said that it will build a new school in the town"], lists) == "en"
    assert lf.page_language(["12 345"], lists) is None
    stop = lf.page_stopwords(["Der Rat hat gesagt, dass die Schule nicht gebaut wird"], lists)
    assert "und" in stop and "och" in stop


def test_context_features() -> None:
    lines = ["a", "", "b", "c"]
    C = lf.context_features(lines, np.array([0.1, 0.0, 0.5, 0.9]))
    col = {name: i for i, name in enumerate(lf.CONTEXT_NAMES)}
    assert C.shape == (4, len(lf.CONTEXT_NAMES))
    assert not C[1].any()
    assert C[0, col["score@+1"]] == 0.5 and C[0, col["score@+2"]] == 0.9 and C[0, col["score@-1"]] == 0.0
    assert C[2, col["score@-1"]] == 0.1 and C[2, col["score@+1"]] == 0.9
    assert C[0, col["score_window"]] == pytest.approx(0.5)
    assert C[3, col["score_before"]] == pytest.approx(0.3) and C[3, col["score_after"]] == 0.0


def test_a_model_file_named_by_the_environment_replaces_the_shipped_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = resources.files("audiocast.ingest").joinpath("data/line_model.json").read_text(encoding="utf-8")
    data = json.loads(text)
    data["stage2"]["b2"] = [50.0]  # a model that trusts every line
    other = tmp_path / "candidate.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    lines = DUMP.splitlines()
    monkeypatch.setenv("AUDIOCAST_LINE_MODEL", str(other))
    _load_shipped.cache_clear()
    try:
        assert min(p for p, line in zip(LineModel.load().score(lines), lines, strict=True) if line) > 0.5
        monkeypatch.setenv("AUDIOCAST_LINE_MODEL", str(tmp_path / "missing.json"))
        _load_shipped.cache_clear()
        with pytest.raises(LineModelError, match="AUDIOCAST_LINE_MODEL"):
            LineModel.load()
    finally:
        monkeypatch.delenv("AUDIOCAST_LINE_MODEL")
        _load_shipped.cache_clear()
    assert LineModel.load().score(["Meny"])[0] < 0.5
