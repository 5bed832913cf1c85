"""Accuracy and speed of the Swedish normalizer on the evaluation set.

Run by hand: ``.venv/bin/python bench/bench_normalize.py [-v]``. Reads
tests/data/normalize_cases.tsv and tests/data/normalize_rounds/*.tsv (id, category, input, accepted forms)
through the tests' loader (tests/speech_cases.py),
prints accuracy per category and overall, and lines per second (best of
five rounds over the whole set: a loaded machine shows less). ``-v`` also
lists the failing cases other than the known gaps. Targets: 97 % overall, no
category under 90 %, 5,000 lines per second.

The evaluation set is dense by design (each row a hard written form or
several), so its speed is the lower bound; the bench also times the article
text a render normalizes, every headline, lead and body line the annotated
page dumps of tests/data/extract hold (some 32,000 lines of running prose),
side by side in the same run (best of three rounds).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audiocast.speech import normalize  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from speech_cases import KNOWN_GAPS, canonical, load_cases  # noqa: E402


def article_lines() -> list[str]:
    """Every headline, lead and body line of the annotated page dumps (tests/data/extract/*.json)."""
    lines: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "extract").glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(expected, dict):
            lines += [expected.get("title") or "", expected.get("lead") or "", *expected.get("body", [])]
    return [line for line in lines if line.strip()]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    cases = load_cases()
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for case in cases:
        got = normalize(case.text)
        ok = canonical(got) in {canonical(a) for a in case.accepted}
        per[case.category][0] += ok
        per[case.category][1] += 1
        if not ok and case.id not in KNOWN_GAPS:
            failures.append((case.id, case.text, got, case.accepted[0]))
    speeds = []
    for _ in range(5):
        start = time.perf_counter()
        for case in cases:
            normalize(case.text)
        speeds.append(len(cases) / (time.perf_counter() - start))
    for category in sorted(per):
        good, total = per[category]
        print(f"{category:14s} {good:4d}/{total:<4d} {100 * good / total:6.1f} %")
    good = sum(v[0] for v in per.values())
    total = sum(v[1] for v in per.values())
    print(f"{'overall':14s} {good:4d}/{total:<4d} {100 * good / total:6.1f} %"
          f"  ({len(KNOWN_GAPS)} known gaps listed in tests/speech_cases.py)")
    print(f"speed: {max(speeds):,.0f} lines per second (best of 5 rounds)")
    prose = article_lines()
    prose_speeds = []
    for _ in range(3):
        start = time.perf_counter()
        for line in prose:
            normalize(line)
        prose_speeds.append(len(prose) / (time.perf_counter() - start))
    print(f"speed on article text: {max(prose_speeds):,.0f} lines per second ({len(prose):,} lines of the annotated "
          f"dumps' headlines, leads and bodies, best of 3 rounds)")
    if verbose:
        for case_id, text, got, want in failures:
            print(f"FAIL [{case_id}] {text!r}\n   got:  {got!r}\n   want: {want!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
