"""Score article extraction on the golden set (run by hand: python bench/bench_extract.py).

For every case in tests/data/extract/ (an .html or .txt page beside its .json
with the expected lead and body), compare the extracted body text (lead +
blocks) with the expected one as bags of lowercase word tokens: precision,
recall and F1. HTML pages are also run through plain ``trafilatura.extract(html)``
for comparison. A page that should be rejected (English, not an article) expects
no text: nothing extracted scores 1.0, any text scores precision 0.

Prints a table, then macro-averaged figures overall and for the Swedish pages
only (all cases except the non-Swedish ones).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from audiocast.errors import IngestError  # noqa: E402
from audiocast.ingest import load  # noqa: E402
from audiocast.models import BlockKind  # noqa: E402

DATA = ROOT / "tests" / "data" / "extract"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    """Lowercase word tokens with counts."""
    return Counter(t.lower() for t in _TOKEN.findall(text))


def score(predicted: str, expected: str) -> tuple[float, float, float]:
    """Token precision, recall and F1 of predicted against expected text."""
    p, e = tokens(predicted), tokens(expected)
    if not e:
        return (1.0, 1.0, 1.0) if not p else (0.0, 1.0, 0.0)
    if not p:
        return 1.0, 0.0, 0.0
    common = sum((p & e).values())
    prec, rec = common / sum(p.values()), common / sum(e.values())
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def ours(path: Path) -> str:
    """Lead and body as our extractor gives them ('' when it rejects the page)."""
    try:
        article = load(path)
    except IngestError:
        return ""
    parts = [article.lead or ""]
    for b in article.blocks:
        parts.append(b.text)
        if b.kind is BlockKind.FACTBOX:
            parts.extend(b.items)
    return "\n".join(parts)


def main() -> None:
    rows = []
    for path in sorted(p for p in DATA.iterdir() if p.suffix in {".html", ".txt"}):
        expected_json = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        expected = "" if "error" in expected_json else "\n".join([expected_json["lead"] or ""] + expected_json["body"])
        swedish = "Swedish" not in expected_json.get("error", "") and "not in Swedish" not in expected_json.get("error", "")
        t0 = time.perf_counter()
        our = score(ours(path), expected)
        ms = (time.perf_counter() - t0) * 1000
        plain = None
        if path.suffix == ".html":
            plain = score(trafilatura.extract(path.read_text(encoding="utf-8")) or "", expected)
        rows.append((path.name, path.suffix[1:], swedish, our, plain, ms))

    print(f"{'case':42} {'kind':4}  {'ours P':>6} {'R':>5} {'F1':>5}  {'traf P':>6} {'R':>5} {'F1':>5}  {'ms':>5}")
    for name, kind, _sv, o, t, ms in rows:
        tcols = f"{t[0]:6.3f} {t[1]:5.3f} {t[2]:5.3f}" if t else f"{'-':>6} {'-':>5} {'-':>5}"
        print(f"{name[:42]:42} {kind:4}  {o[0]:6.3f} {o[1]:5.3f} {o[2]:5.3f}  {tcols}  {ms:5.0f}")

    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else float("nan")

    print()
    for label, keep in (("overall", lambda r: True), ("Swedish only", lambda r: r[2])):
        sel = [r for r in rows if keep(r)]
        html = [r for r in sel if r[4] is not None]
        print(f"{label:13} all cases (n={len(sel):2}): ours F1 {mean([r[3][2] for r in sel]):.3f}")
        print(f"{label:13} HTML pages (n={len(html):2}): ours P {mean([r[3][0] for r in html]):.3f} "
              f"R {mean([r[3][1] for r in html]):.3f} F1 {mean([r[3][2] for r in html]):.3f}   |   "
              f"trafilatura P {mean([r[4][0] for r in html]):.3f} R {mean([r[4][1] for r in html]):.3f} "
              f"F1 {mean([r[4][2] for r in html]):.3f}")


if __name__ == "__main__":
    main()
