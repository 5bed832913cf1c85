"""The line model's own cut points: the thresholds at which the dump rules read its scores.

The rules compare a line's score (``TaggedLine.p``, from ``lineclass.py``) with fixed cut points such as
``furniture.P_ABOUT``; those values were tuned with the scores of the shipped weights. A retrained model ranks
lines differently, so it carries its own values: a ``"cuts"`` map in its model file (``{"furniture.P_ABOUT":
0.62, …}``, set from score distributions by ``tools/line_model_cuts.py``). A rule's constant is
``cut("module.NAME", shipped_value)``: the model file's value when it has one, else the shipped value, so the
shipped model keeps its values exactly and a swapped model brings its own.

Read once per process from the same file the scorer reads (``AUDIOCAST_LINE_MODEL`` or the shipped
``data/line_model.json``), without numpy or the model itself: importing the rules stays light. A missing or
unreadable file, or a value out of 0-1, gives the shipped values (the scorer reports the broken file itself).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

MODEL_FILE = "data/line_model.json"
MODEL_ENV = "AUDIOCAST_LINE_MODEL"


def cut(name: str, shipped: float) -> float:
    """The cut point ``name`` ("module.CONSTANT") of the line model in use, or ``shipped`` when it has none."""
    return model_cuts().get(name, shipped)


def model_text() -> tuple[str, str]:
    """The text of the model file in use and where it came from: the file ``AUDIOCAST_LINE_MODEL`` names, else the
    shipped one. OSError when it cannot be read (the one place that decides which file is in use; ``lineclass``
    reads the weights from it too)."""
    other = os.environ.get(MODEL_ENV)
    if other:
        return Path(other).read_text(encoding="utf-8"), other
    return resources.files("audiocast.ingest").joinpath(MODEL_FILE).read_text(encoding="utf-8"), MODEL_FILE


@lru_cache(maxsize=1)
def model_cuts() -> dict[str, float]:
    """The ``cuts`` map of the model file in use (empty when it has none or cannot be read)."""
    try:
        return parse_cuts(json.loads(model_text()[0]).get("cuts"))
    except (OSError, ValueError, AttributeError):
        return {}


def parse_cuts(data: object) -> dict[str, float]:
    """A model file's ``cuts`` entry as a map of names to scores; ValueError when it is not one."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError("cuts must map 'module.NAME' to a score between 0 and 1")
    out = {str(k): float(v) for k, v in data.items()}
    if any(not 0.0 <= v <= 1.0 for v in out.values()):
        raise ValueError("cuts must map 'module.NAME' to a score between 0 and 1")
    return out
