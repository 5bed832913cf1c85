"""The normalizer evaluation set, shared by tests/test_speech_eval.py and
bench/bench_normalize.py.

tests/data/normalize_cases.tsv: ``category<TAB>input<TAB>accepted[<TAB>...]``.
Output and accepted forms are compared after a light canonicalisation:
lowercase, whitespace collapsed, trailing punctuation (. , ! ? ; :) stripped.
"""

from __future__ import annotations

import re
from pathlib import Path

CASES_FILE = Path(__file__).parent / "data" / "normalize_cases.tsv"


def canonical(s: str) -> str:
    """Lowercase, whitespace collapsed, trailing punctuation stripped."""
    return re.sub(r"\s+", " ", s.lower()).strip().rstrip(".,!?;: ").strip()


def load_cases(path: Path = CASES_FILE) -> list[tuple[str, str, list[str]]]:
    """(category, input, accepted spoken forms) for every case in the file."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, text, *accepted = line.split("\t")
        cases.append((category, text, accepted))
    return cases
