"""The learned line classifier: how likely each line of a page text dump is article text.

A tiny perceptron over the features of ``linefeatures.py``, trained by
``tools/train_line_classifier.py`` on real annotated pages of many sites
(scores by held-out site in ``tools/line_classifier_report.md``). The weights
are a few kilobytes of JSON (``data/line_model.json``); scoring needs numpy only.

It is one signal among others: the dump parser (``text.py``) combines it with
the hand rules and the site profile. It does not decide by itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from ..errors import IngestError
from .linefeatures import FEATURE_NAMES, page_features

MODEL_FILE = "data/line_model.json"


class LineModelError(IngestError):
    """The shipped line model does not fit the feature code (a stale or broken ``line_model.json``)."""


@dataclass(frozen=True)
class LineModel:
    """Weights of the line classifier; ``LineModel.load()`` gives the shipped one."""

    feature_names: tuple[str, ...]
    """The feature columns the weights were trained on (must equal ``FEATURE_NAMES``)."""
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
    version: int
    """Model file version."""

    @staticmethod
    def load() -> LineModel:
        """The shipped model (read once, then cached)."""
        return _load_shipped()

    @staticmethod
    def from_json(text: str, source: str = MODEL_FILE) -> LineModel:
        """A model from the JSON written by the training script; LineModelError when it does not fit."""
        try:
            data = json.loads(text)
            model = LineModel(
                feature_names=tuple(data["feature_names"]),
                mean=np.asarray(data["mean"], dtype=float),
                scale=np.asarray(data["scale"], dtype=float),
                w1=np.asarray(data["W1"], dtype=float),
                b1=np.asarray(data["b1"], dtype=float),
                w2=np.asarray(data["W2"], dtype=float),
                b2=float(np.asarray(data["b2"], dtype=float).reshape(-1)[0]),
                version=int(data["version"]),
            )
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise LineModelError(
                source, f"line model is not readable ({exc}); rebuild it with tools/train_line_classifier.py"
            ) from exc
        if model.feature_names != FEATURE_NAMES:
            raise LineModelError(
                source,
                "line model was trained on other features than linefeatures.py computes; "
                "rebuild it with tools/train_line_classifier.py",
            )
        n = len(FEATURE_NAMES)
        if model.w1.shape[0] != n or model.mean.shape != (n,) or model.w2.shape != model.b1.shape:
            raise LineModelError(
                source, "line model weights have the wrong shapes; rebuild it with tools/train_line_classifier.py"
            )
        return model

    def score(self, lines: Sequence[str], template: Sequence[bool] | None = None) -> list[float]:
        """The probability that each line is article text (0.0 for blank lines).

        ``template[i]`` says whether line ``i`` also occurs on other pages of
        the same site (from a site profile); leave it ``None`` without a profile.
        """
        if not lines:
            return []
        z = (page_features(lines, template) - self.mean) / self.scale
        logits = np.tanh(z @ self.w1 + self.b1) @ self.w2 + self.b2
        probs = 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))
        return [float(p) if line.strip() else 0.0 for p, line in zip(probs, lines, strict=True)]


@lru_cache(maxsize=1)
def _load_shipped() -> LineModel:
    text = resources.files("audiocast.ingest").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return LineModel.from_json(text)
