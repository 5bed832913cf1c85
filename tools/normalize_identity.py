"""Is the normalizer's output the same as at another commit? Inputs, their readings, and a comparison.

Run from a worktree's root (its code is imported)::

    .venv/bin/python tools/normalize_identity.py --write /tmp/a.json    # at the start commit's worktree
    .venv/bin/python tools/normalize_identity.py --check /tmp/a.json    # at yours: the count compared, those that differ

The inputs (``inputs()``): every input of the evaluation set (tests/data/normalize_cases.tsv and
tests/data/normalize_rounds/*.tsv), every text line of the golden extraction cases (tests/data/extract/*.json:
title, lead, body, headings, quotes, fact boxes), each also in small letters and in capitals (the rules that
look for a case see both), and the whole articles of articles/ read by ``speech.script.build_script`` (every
segment's spoken text). Each line is compared as ``normalize`` reads it and as ``explain`` traces it (the spoken
text, each change and each doubt), so a rule skipped where it would only have recorded a doubt shows up too.
``--quick`` leaves out the variants and the traces (a third of the time).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audiocast.speech import explain, normalize  # noqa: E402

_TEXT_FIELDS = ("title", "lead", "body", "headings", "quotes", "factboxes")


def eval_inputs() -> list[str]:
    """Every input of the evaluation set, in file order."""
    from speech_cases import load_cases

    return [case.text for case in load_cases()]


def golden_lines() -> list[str]:
    """Every text line of the golden extraction cases (a case's file is a dict with a lead or a body)."""
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "extract").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not ("lead" in data or "body" in data):
            continue
        for key in _TEXT_FIELDS:
            value = data.get(key)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item.strip():
                    out.append(item)
                elif isinstance(item, list):  # a fact box as a list of lines
                    out.extend(x for x in item if isinstance(x, str) and x.strip())
    return out


def inputs(variants: bool = True) -> list[str]:
    """The lines compared: eval inputs and golden lines, unique in first-seen order, with their variants."""
    base = list(dict.fromkeys(eval_inputs() + golden_lines()))
    if not variants:
        return base
    return list(dict.fromkeys(base + [t.lower() for t in base] + [t.upper() for t in base]))


def article_readings() -> list[str]:
    """The spoken text of every segment of each article of articles/ (intro and outro included)."""
    from audiocast.ingest import discover, load
    from audiocast.speech import Lexicon, build_script

    out: list[str] = []
    for path in discover([ROOT / "articles"]):
        article = load(path)
        for lexicon in (None, Lexicon.default()):
            script = build_script(article, "Lokalnytt", lexicon)
            out.extend(f"{path.name}\t{seg.spoken}" for seg in script.segments)
    return out


def readings(quick: bool) -> dict[str, list[str]]:
    """Each input's reading (and, unless quick, its trace), and the articles' scripts."""
    lines = inputs(variants=not quick)
    out: dict[str, list[str]] = {"normalize": [normalize(t) for t in lines]}
    if not quick:
        traced = []
        for t in lines:
            e = explain(t)
            traced.append(json.dumps([e.spoken, [[c.written, c.spoken, c.rule] for c in e.changes],
                                      [[u.token, u.reason] for u in e.unsure]], ensure_ascii=False))
        out["explain"] = traced
    out["inputs"] = lines
    out["articles"] = article_readings()
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the readings to this JSON file")
    group.add_argument("--check", type=Path, help="compare the readings with this JSON file")
    parser.add_argument("--quick", action="store_true", help="no variants, no traces")
    args = parser.parse_args(argv)
    got = readings(args.quick)
    if args.write:
        args.write.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        print(f"{len(got['inputs'])} inputs, {len(got['articles'])} article segments written to {args.write}")
        return 0
    want = json.loads(args.check.read_text(encoding="utf-8"))
    if want["inputs"] != got["inputs"]:
        print("the inputs differ: write both files from the same tests/data")
        return 2
    bad = 0
    for key in ("normalize", "explain", "articles"):
        if key not in want or key not in got:
            continue
        differ = [(i, a, b) for i, (a, b) in enumerate(zip(want[key], got[key], strict=True)) if a != b]
        bad += len(differ)
        print(f"{key}: {len(got[key])} compared, {len(differ)} differ")
        for i, a, b in differ[:10]:
            line = got["inputs"][i] if key != "articles" else ""
            print(f"  {line!r}\n    was: {a!r}\n    now: {b!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
