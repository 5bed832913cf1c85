"""The learned line classifier: how likely each line of a page text dump is article text.

Two tiny perceptrons over the features of ``linefeatures.py``, trained by
``tools/train_line_classifier.py`` on real annotated pages of many sites
(scores by held-out site in ``tools/line_classifier_report.md``). The weights
are a few kilobytes of JSON (``data/line_model.json``); scoring needs numpy only.

It is one signal among others: the dump parser (``text.py``) combines it with
the hand rules and the site profile. It does not decide by itself.

To try a retrained model before it replaces the shipped weights (the rules'
thresholds were tuned with the shipped scores), point ``AUDIOCAST_LINE_MODEL``
at its JSON file: ``LineModel.load()`` then reads that file instead, e.g.
``AUDIOCAST_LINE_MODEL=/tmp/line_model.json python bench/bench_extract.py``.
A model file carries the rules' cut points that differ from the shipped ones (``"cuts"``, see ``linecuts.py``),
so a swap brings its own thresholds.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..errors import IngestError
from .linecuts import MODEL_ENV, MODEL_FILE, model_text, parse_cuts
from .linefeatures import ALL_NAMES, CONTEXT_NAMES, FEATURE_NAMES, context_features, page_features

"""Environment variable naming a model file to use instead of the shipped one (for trying a retrained model)."""


class LineModelError(IngestError):
    """The shipped line model does not fit the feature code (a stale or broken ``line_model.json``)."""


@dataclass(frozen=True)
class Net:
    """One stage: standardise, a tanh hidden layer, a logistic output."""

    mean: np.ndarray
    """Per-feature mean subtracted before scoring."""
    scale: np.ndarray
    """Per-feature scale divided by before scoring."""
    w1: np.ndarray
    """Input-to-hidden weights (features × hidden)."""
    b1: np.ndarray
    """Hidden biases."""
    w2: np.ndarray
    """Hidden-to-output weights."""
    b2: float
    """Output bias."""

    @staticmethod
    def from_dict(data: dict[str, list[float]], n_inputs: int) -> Net:
        """A stage from the training script's JSON; ValueError when the shapes do not fit ``n_inputs``."""
        net = Net(
            mean=np.asarray(data["mean"], dtype=float),
            scale=np.asarray(data["scale"], dtype=float),
            w1=np.asarray(data["W1"], dtype=float),
            b1=np.asarray(data["b1"], dtype=float),
            w2=np.asarray(data["W2"], dtype=float),
            b2=float(np.asarray(data["b2"], dtype=float).reshape(-1)[0]),
        )
        ok = net.mean.shape == net.scale.shape == (n_inputs,) and net.w1.shape == (n_inputs, net.b1.shape[0])
        if not ok or net.w2.shape != net.b1.shape:
            raise ValueError(f"weights do not fit {n_inputs} inputs")
        return net

    def __call__(self, x: np.ndarray) -> np.ndarray:
        logits = np.tanh(((x - self.mean) / self.scale) @ self.w1 + self.b1) @ self.w2 + self.b2
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))


@dataclass(frozen=True)
class LineModel:
    """The two-stage line classifier; ``LineModel.load()`` gives the shipped one.

    Stage one scores each line from its own features (``FEATURE_NAMES``);
    stage two adds stage one's scores of the lines around it (``CONTEXT_NAMES``).
    """

    stage1: Net
    """Scores from the line features."""
    stage2: Net
    """Scores from the line features and the stage-one scores around the line."""
    version: int
    """Model file version."""
    features: tuple[str, ...] = FEATURE_NAMES
    """The line features stage one reads, in column order (``FEATURE_NAMES`` or others of ``ALL_NAMES``)."""
    calibration: tuple[np.ndarray, np.ndarray] | None = None
    """A monotone map of stage two's scores (x to y, linear between points), so that a retrained model's scores
    mean what the rules' thresholds were tuned on; None: the scores as they come."""
    cuts: tuple[tuple[str, float], ...] = ()
    """The model's own cut points for the rules ("module.NAME", score), read by the rules through
    ``linecuts.cut``; a rule whose name is not here keeps its shipped value."""

    @staticmethod
    def load() -> LineModel:
        """The shipped model, or the file ``AUDIOCAST_LINE_MODEL`` names (read once, then cached)."""
        return _load_shipped()

    @staticmethod
    def from_json(text: str, source: str = MODEL_FILE) -> LineModel:
        """A model from the JSON written by the training script; LineModelError when it does not fit."""
        try:
            data = json.loads(text)
            features = tuple(str(name) for name in data["feature_names"])
            known = set(features) <= set(ALL_NAMES) and len(set(features)) == len(features)
            if not known or tuple(data["context_names"]) != CONTEXT_NAMES:
                raise LineModelError(
                    source,
                    "line model was trained on other features than linefeatures.py computes; "
                    "rebuild it with tools/train_line_classifier.py",
                )
            n = len(features)
            return LineModel(
                stage1=Net.from_dict(data["stage1"], n),
                stage2=Net.from_dict(data["stage2"], n + len(CONTEXT_NAMES)),
                version=int(data["version"]),
                features=features,
                calibration=_calibration(data.get("calibration")),
                cuts=tuple(sorted(parse_cuts(data.get("cuts")).items())),
            )
        except LineModelError:
            raise
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise LineModelError(
                source, f"line model is not readable ({exc}); rebuild it with tools/train_line_classifier.py"
            ) from exc

    def score(self, lines: Sequence[str], template: Sequence[bool] | None = None) -> list[float]:
        """The probability that each line is article text (0.0 for blank lines).

        ``template[i]`` says whether line ``i`` also occurs on other pages of
        the same site (from a site profile); leave it ``None`` without a profile.
        """
        if not lines:
            return []
        x = page_features(lines, template, names=self.features)
        context = context_features(lines, self.stage1(x))
        probs = self.stage2(np.hstack([x, context]))
        if self.calibration is not None:
            probs = np.interp(probs, *self.calibration)
        return [float(p) if line.strip() else 0.0 for p, line in zip(probs, lines, strict=True)]


def _calibration(data: dict[str, list[float]] | None) -> tuple[np.ndarray, np.ndarray] | None:
    """The ``calibration`` entry of a model file (``{"x": [...], "y": [...]}``, both rising); ValueError if broken."""
    if data is None:
        return None
    x = np.asarray(data["x"], dtype=float)
    y = np.asarray(data["y"], dtype=float)
    if x.ndim != 1 or x.shape != y.shape or len(x) < 2 or np.any(np.diff(x) <= 0) or np.any(np.diff(y) < 0):
        raise ValueError("calibration needs two rising lists x and y of one length")
    return x, y


@lru_cache(maxsize=1)
def _load_shipped() -> LineModel:
    try:
        text, source = model_text()
    except OSError as exc:
        other = os.environ.get(MODEL_ENV)
        if not other:
            raise
        raise LineModelError(other, f"{MODEL_ENV} names a line model that cannot be read ({exc})") from exc
    return LineModel.from_json(text, source=source)
