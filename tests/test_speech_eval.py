"""Every case of the normalizer evaluation set must pass.

tests/data/normalize_cases.tsv: ``category<TAB>input<TAB>accepted[<TAB>...]``.
Output and accepted forms are compared after a light canonicalisation:
lowercase, whitespace collapsed, trailing punctuation (. , ! ? ; :) stripped.
The same set is scored per category by bench/bench_normalize.py.
"""

from __future__ import annotations

from collections import Counter

import pytest

from audiocast.speech import normalize
from speech_cases import CASES_FILE, canonical, load_cases

CATEGORIES = {
    "cardinal", "ordinal", "date", "year", "decade", "time", "range", "score",
    "phone", "money", "percent", "unit", "abbreviation", "acronym", "url_email",
    "symbol", "roman", "quote_dash", "sentence",
}


CASES = load_cases(CASES_FILE)


def test_eval_set_shape() -> None:
    counts = Counter(c for c, _, _ in CASES)
    assert len(CASES) >= 330
    assert set(counts) == CATEGORIES
    assert min(counts.values()) >= 15, counts
    assert all(accepted for _, _, accepted in CASES)
    inputs = [text for _, text, _ in CASES]
    assert len(inputs) == len(set(inputs)), "duplicate inputs"


@pytest.mark.parametrize(
    ("category", "text", "accepted"),
    CASES,
    ids=[f"{c}-{i:03d}" for i, (c, _, _) in enumerate(CASES)],
)
def test_case(category: str, text: str, accepted: list[str]) -> None:
    got = normalize(text)
    assert canonical(got) in {canonical(a) for a in accepted}, f"{text!r} -> {got!r}"
