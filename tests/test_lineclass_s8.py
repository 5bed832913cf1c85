"""Session 8's additions to the line classifier: optional page features a model may list, a score calibration stored
with the weights, and the training script's page handling (copies of a page train once, leave-one-set-out)."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from audiocast.ingest import linefeatures as lf
from audiocast.ingest.lineclass import LineModel, LineModelError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import train_line_classifier as T

PAGE = [
    "Start",
    "Nyheter",
    "Sport",
    "",
    "Bussen till Norrvik går varannan timme i vinter enligt det nya förslaget från regionens trafiknämnd i dag.",
    "Nyheter",
    "Resenärerna i byn har samlat namn mot förslaget och lämnat dem till politikerna i regionhuset.",
    "Karin L",
    "4 feb 2025 kl 09.12",
    "Bra att någon tar tag i det här!",
    "Bild: Lars Nyström/TT",
    "Om oss",
]


def _col(names: tuple[str, ...] = lf.ALL_NAMES) -> dict[str, int]:
    return {name: i for i, name in enumerate(names)}


def test_extra_features_are_computed_on_request_and_leave_the_shipped_columns_alone() -> None:
    base = lf.page_features(PAGE)
    full = lf.page_features(PAGE, names=lf.ALL_NAMES)
    assert base.shape == (len(PAGE), len(lf.FEATURE_NAMES))
    assert np.array_equal(full[:, : base.shape[1]], base)
    picked = lf.page_features(PAGE, names=("credit", "pos_rel"))
    assert np.array_equal(picked, full[:, [_col()["credit"], _col()["pos_rel"]]])
    with pytest.raises(ValueError, match="unknown line features"):
        lf.page_features(PAGE, names=("no_such_feature",))


def test_prose_span_short_runs_dates_and_credits() -> None:
    X = lf.page_features(PAGE, names=lf.ALL_NAMES)
    c = _col()
    # the span runs from the first to the last 15-word line; the menu above is outside it, two lines away
    assert X[4, c["in_prose_span"]] == 1.0 and X[5, c["in_prose_span"]] == 1.0 and X[7, c["in_prose_span"]] == 0.0
    assert X[0, c["log_dist_span"]] == pytest.approx(np.log1p(3)) and X[6, c["log_dist_span"]] == 0.0
    # the menu is a run of three short bare lines (the blank line is skipped)
    assert X[0, c["log_short_run"]] == pytest.approx(np.log1p(3))
    assert X[4, c["log_short_run"]] == 0.0
    # "Nyheter" twice on the page, up to case and punctuation too
    assert X[5, c["log_repeat_norm"]] == pytest.approx(np.log(2))
    assert X[8, c["dateish"]] == 1.0 and X[4, c["dateish"]] == 0.0
    # a comment: the name and the text are next to its date line
    assert X[7, c["date_near"]] == 1.0 and X[9, c["date_near"]] == 1.0 and X[8, c["date_near"]] == 0.0
    assert X[10, c["credit"]] == 1.0 and X[9, c["credit"]] == 0.0


def _shipped() -> dict[str, object]:
    data: dict[str, object] = json.loads(
        resources.files("audiocast.ingest").joinpath("data/line_model.json").read_text(encoding="utf-8")
    )
    return data


def test_a_model_with_a_calibration_maps_its_scores() -> None:
    plain = LineModel.from_json(json.dumps(_shipped())).score(PAGE)
    data = _shipped()
    data["calibration"] = {"x": [0.0, 0.5, 1.0], "y": [0.0, 0.1, 1.0]}
    mapped = LineModel.from_json(json.dumps(data)).score(PAGE)
    for p, q, line in zip(plain, mapped, PAGE, strict=True):
        if not line:
            assert q == 0.0
        elif p <= 0.5:
            assert q == pytest.approx(p / 5, abs=1e-9)
        else:
            assert q == pytest.approx(0.1 + (p - 0.5) * 1.8, abs=1e-9)
    data["calibration"] = {"x": [0.0, 0.7, 0.5, 1.0], "y": [0.0, 0.2, 0.3, 1.0]}
    with pytest.raises(LineModelError, match="not readable"):
        LineModel.from_json(json.dumps(data))


def test_a_model_may_read_other_known_features_in_its_own_order() -> None:
    data = _shipped()
    names = list(lf.FEATURE_NAMES)
    data["feature_names"] = names[1:] + names[:1]  # same width, the columns rotated: still a known set
    model = LineModel.from_json(json.dumps(data))
    assert model.features[0] == names[1]
    assert len(model.score(PAGE)) == len(PAGE)
    data["feature_names"] = names[:-1] + ["credit"]
    assert LineModel.from_json(json.dumps(data)).features[-1] == "credit"
    data["feature_names"] = names[:-1] + [names[0]]  # a feature twice
    with pytest.raises(LineModelError, match="rebuild"):
        LineModel.from_json(json.dumps(data))


def test_quantile_map_gives_new_scores_the_old_distribution() -> None:
    rng = np.random.default_rng(1)
    old = rng.beta(0.5, 1.5, 4000)
    new = old**0.5  # the same order, more confident
    cal = T.quantile_map(new, old)
    assert cal["x"][0] == 0.0 and cal["x"][-1] == 1.0
    assert all(b > a for a, b in zip(cal["x"], cal["x"][1:], strict=False))
    assert all(b >= a for a, b in zip(cal["y"], cal["y"][1:], strict=False))
    mapped = np.interp(new, cal["x"], cal["y"])
    for t in (0.02, 0.1, 0.25, 0.5, 0.8):
        assert np.mean(mapped >= t) == pytest.approx(np.mean(old >= t), abs=0.02)


def test_copies_of_a_page_train_once_and_excluded_rounds_are_left_out() -> None:
    def page(pid: str, text: str) -> T.Page:
        return T.Page(pid, "swedish", T.swedish_site(pid), ["Meny", text], [0, 1])

    pages = [page("b19-a", "Text a."), page("b20-a", "Text a."), page("b20-b", "Text b."), page("b5-c", "Text c.")]
    assert [p.pid for p in T.distinct(pages, ())] == ["b19-a", "b20-b", "b5-c"]
    assert [p.pid for p in T.distinct(pages, ("b20-",))] == ["b19-a", "b5-c"]
    assert T.series_of("b22-u01-x") == 22 and T.series_of("ho-dump-svt") == 0
    assert [p.pid for p in T.unseen_by_reference(pages)] == ["b19-a", "b20-a", "b20-b", "b5-c"]


@pytest.mark.parametrize(
    ("line", "dateish"),
    [
        ("12 april 2025 kl 18.40", True),
        ("Uppdaterad 2024-11-03", True),
        ("Sön 9 mars 14:00", True),
        ("2 tim sedan", True),
        ("Protokoll från årsmötet den 22 februari", False),  # a headline holding a date is no date line
        ("Skolstarten flyttas till den 19 augusti efter beslut i nämnden.", False),
        ("Styrelsen", False),
    ],
)
def test_a_date_line_is_a_date_with_few_words_beside_it(line: str, dateish: bool) -> None:
    X = lf.page_features(["Meny", line, "Sidfot"], names=("dateish",))
    assert X[1, 0] == float(dateish)
