"""Train the learned headline ranker of text dumps (``audiocast/ingest/headrank.py``) and cross-validate it by folder.

Every annotated dump (``*.txt`` beside ``*.json`` with its gold ``title``) of the folders given is read by the
pipeline as ``audiocast render`` reads it (one Reader per folder, site profiles growing); the candidates the rules
score are kept with their scores (``headline.rule_scores``), and a candidate is the headline when its text is the gold
title. A listwise logistic model (softmax over a page's candidates, L2) is fitted with numpy over
``headrank.features``. Each folder is one writer's set of invented sites: the cross-validation leaves one folder out
at a time and scores it with a model that never saw it; a golden case (``--golden``) whose text is a folder's dump is
that dump (left out with it), the others always train.

    .venv/bin/python tools/train_headline_ranker.py /work/blind/extract10 ... /work/blind/extract39 --golden \\
        --cache /tmp/headrank.pkl --cv --l2 0.02 --report /tmp/report.md --policy override --gain 0.9 --margin 1.0 \\
        --doubt-gain 0.5 \\
        --model audiocast/ingest/data/headline_ranker.json

(the folders named one by one: extract10-28, 30-34, 36-39 in session 12).

``--policy doubt|override --gain G --margin M`` sets how the shipped ranker's word counts (headrank's docstring).
``--honest F1,F2`` names the folders the rules were never tuned on (reported apart); the report ends with the override
policy's outcome for every (gain, margin) of the grid and the one chosen on all out-of-fold rows. Nothing read is
committed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audiocast.errors import IngestError  # noqa: E402
from audiocast.ingest import Reader, default_scorer, headrank, load  # noqa: E402
from audiocast.ingest.headline import Candidate, Evidence  # noqa: E402

GOLDEN = ROOT / "tests" / "data" / "extract"
Scored = list[tuple[float, int, Candidate]]


@dataclass
class Page:
    """One dump: where it comes from, the rules' scored candidates and the evidence, the gold title."""

    group: str
    name: str
    digest: str
    scored: Scored
    ev: Evidence
    gold: str


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _read(path: Path, reader: Reader) -> tuple[Scored, Evidence] | None:
    """The last scored candidates the pipeline weighed for the dump (None when it rejects the page)."""
    seen: list[tuple[Scored, Evidence]] = []
    original = headrank.decide

    def spy(scored: Scored, ev: Evidence, model: headrank.Model | None = None) -> Any:
        seen.append((scored, ev))
        return original(scored, ev, model)

    headrank.decide = spy  # type: ignore[assignment]
    try:
        load(path, reader)
    except IngestError:
        return None
    finally:
        headrank.decide = original  # type: ignore[assignment]
    return seen[-1] if seen else None


def collect(folder: Path, group: str) -> list[Page]:
    """The pages of one folder of annotated dumps."""
    reader = Reader(Path(tempfile.mkdtemp(prefix="headrank-")), scorer=default_scorer())
    pages = []
    for path in sorted(folder.glob("*.txt")):
        meta = path.with_suffix(".json")
        if not meta.is_file():
            continue
        gold = json.loads(meta.read_text(encoding="utf-8")).get("title")
        got = _read(path, reader) if gold else None
        if got is not None:
            digest = hashlib.sha1(" ".join(path.read_text(encoding="utf-8").split()).encode()).hexdigest()
            pages.append(Page(group, path.name, digest, got[0], got[1], gold))
    return pages


_FEATURES: dict[int, list[dict[str, float]]] = {}


def page_features(p: Page) -> list[dict[str, float]]:
    """The ranker's features of the page's candidates, computed once per page in a run (the folds share them)."""
    if id(p) not in _FEATURES:
        _FEATURES[id(p)] = headrank.features(p.scored, p.ev)
    return _FEATURES[id(p)]


def matrix(pages: list[Page], names: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per page the feature rows of its candidates and the 0/1 labels (pages with no gold candidate left out)."""
    out = []
    for p in pages:
        labels = np.array([1.0 if _same(c.text, p.gold) else 0.0 for _, _, c in p.scored])
        if labels.sum() == 0:
            continue
        feats = page_features(p)
        out.append((np.array([[f[n] for n in names] for f in feats]), labels))
    return out


def fit(pages: list[Page], names: list[str], l2: float = 0.05, steps: int = 600) -> headrank.Model:
    """A listwise logistic model (a softmax over each page's candidates, L2 on the weights), by gradient descent
    (Adam) over all pages' candidates in one array, the softmax taken page by page (``np.*.reduceat``)."""
    data = matrix(pages, names)
    allx = np.vstack([x for x, _ in data])
    mean, scale = allx.mean(axis=0), allx.std(axis=0)
    scale[scale < 1e-6] = 1.0
    xs = (allx - mean) / scale
    ys = np.concatenate([y / y.sum() for _, y in data])
    starts = np.cumsum([0] + [len(y) for _, y in data[:-1]])
    sizes = np.array([len(y) for _, y in data])
    w = np.zeros(len(names))
    lr, m, v = 0.05, np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        z = xs @ w
        z -= np.repeat(np.maximum.reduceat(z, starts), sizes)
        e = np.exp(z)
        p = e / np.repeat(np.add.reduceat(e, starts), sizes)
        grad = l2 * w + xs.T @ (p - ys) / len(data)
        m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad**2
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return headrank.Model(tuple(names), tuple(mean.tolist()), tuple(scale.tolist()), tuple(w.tolist()))


def outcomes(model: headrank.Model, pages: list[Page]) -> list[dict[str, Any]]:
    """Per page: the rules' pick, the ranker's, their probabilities and the rules' margin."""
    rows = []
    for p in pages:
        rule = headrank.rules_choice(p.scored)
        probs = headrank.by_text(p.scored, headrank.probabilities(model, page_features(p)))
        pick = max(probs, key=lambda t: probs[t])
        rows.append({"group": p.group, "name": p.name, "gold": p.gold, "rule": rule.text, "ranker": pick,
                     "gain": probs[pick] - probs.get(rule.text, 0.0), "margin": rule.margin,
                     "p_rule": probs.get(rule.text, 0.0),
                     "reachable": any(_same(c.text, p.gold) for _, _, c in p.scored)})
    return rows


def combined(row: dict[str, Any], gain: float, margin: float) -> str:
    """The override policy's headline: the ranker's pick when it is surer by ``gain`` and the rules' margin small."""
    return row["ranker"] if row["gain"] >= gain and row["margin"] < margin else row["rule"]


def cross_validate(pages: list[Page], names: list[str], groups: list[str], l2: float = 0.05) -> list[dict[str, Any]]:
    """Leave one folder out: each folder's pages scored by a model fitted on the others (golden copies of the
    folder's dumps left out too)."""
    rows: list[dict[str, Any]] = []
    for g in groups:
        held = [p for p in pages if p.group == g]
        digests = {p.digest for p in held}
        train = [p for p in pages if p.group != g and p.digest not in digests]
        rows.extend(outcomes(fit(train, names, l2), held))
    return rows


def _acc(rows: list[dict[str, Any]], pick: Callable[[dict[str, Any]], str]) -> tuple[int, int]:
    return sum(1 for r in rows if _same(pick(r), r["gold"])), len(rows)


GRID = [(g, m) for g in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9) for m in (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 99.0)]


def best_policy(rows: list[dict[str, Any]]) -> tuple[float, float]:
    """The override policy's (gain, margin) that is right most often on ``rows`` (ties: the most cautious)."""
    return max(GRID, key=lambda gm: (_acc(rows, lambda r: combined(r, *gm))[0], gm[0], -gm[1]))


def policy_grid(rows: list[dict[str, Any]], honest: set[str]) -> str:
    """The override policy's outcome for every (gain, margin) of :data:`GRID` on all out-of-fold rows, pooled and on
    the ``honest`` folders, beside the rules', and the policy chosen on all of them (:func:`best_policy`)."""
    mine = [r for r in rows if r["group"] in honest]
    rule_all, rule_honest = _acc(rows, lambda r: r["rule"])[0], _acc(mine, lambda r: r["rule"])[0]
    lines = [f"Rules: {rule_all} of {len(rows)} pooled, {rule_honest} of {len(mine)} on {', '.join(sorted(honest))}.",
             "", "| gain | margin | override pooled | override on those folders | overrides right / wrong |",
             "|---|---|---|---|---|"]
    for gain, margin in GRID:
        ok = _acc(rows, lambda r, g=gain, m=margin: combined(r, g, m))[0]
        ok_honest = _acc(mine, lambda r, g=gain, m=margin: combined(r, g, m))[0]
        changed = [r for r in rows if combined(r, gain, margin) != r["rule"]]
        right = sum(1 for r in changed if _same(r["ranker"], r["gold"]))
        wrong = sum(1 for r in changed if _same(r["rule"], r["gold"]))
        lines.append(f"| {gain} | {margin} | {ok} | {ok_honest} | {right} / {wrong} |")
    lines.append(f"\nChosen on all out-of-fold rows (ties: the most cautious): {best_policy(rows)}.")
    return "\n".join(lines)


def report(rows: list[dict[str, Any]], groups: list[str], honest: set[str], fixed: tuple[float, float]) -> str:
    """The cross-validation table in Markdown: per folder the rules, the ranker, the combination with its policy
    chosen on the other folders' out-of-fold rows (never on the folder itself), the combination with the ``fixed``
    policy, and the doubts the fixed gain raises (rules' pick right / wrong)."""
    lines = [f"| folder | pages | gold among candidates | rules | ranker | combined, policy from other folders | "
             f"that policy (gain, margin) | combined, fixed {fixed} | doubts (right / wrong rules pick) |",
             "|---|---|---|---|---|---|---|---|---|"]
    tot = {"n": 0, "reach": 0, "rules": 0, "ranker": 0, "comb": 0, "fixed": 0}
    for g in groups:
        mine = [r for r in rows if r["group"] == g]
        if not mine:
            continue
        policy = best_policy([r for r in rows if r["group"] != g])
        rule_ok, n = _acc(mine, lambda r: r["rule"])
        rank_ok, _ = _acc(mine, lambda r: r["ranker"])
        comb_ok, _ = _acc(mine, lambda r, gm=policy: combined(r, *gm))
        fixed_ok, _ = _acc(mine, lambda r: combined(r, *fixed))
        flagged = [r for r in mine if r["ranker"] != r["rule"] and r["gain"] >= fixed[0]]
        good = sum(1 for r in flagged if _same(r["rule"], r["gold"]))
        reach = sum(1 for r in mine if r["reachable"])
        mark = " (untuned)" if g in honest else ""
        lines.append(f"| {g}{mark} | {n} | {reach} | {rule_ok} | {rank_ok} | {comb_ok} | {policy} | {fixed_ok} | "
                     f"{good} / {len(flagged) - good} |")
        for k, v in (("n", n), ("reach", reach), ("rules", rule_ok), ("ranker", rank_ok), ("comb", comb_ok),
                     ("fixed", fixed_ok)):
            tot[k] += v
    lines.append(f"| all | {tot['n']} | {tot['reach']} | {tot['rules']} | {tot['ranker']} | {tot['comb']} | | "
                 f"{tot['fixed']} | |")
    return "\n".join(lines)


def model_json(model: headrank.Model, policy: dict[str, Any], trained_on: str, l2: float) -> str:
    """The model file's text (``data/headline_ranker.json``): features, their mean and scale, the weights (rounded),
    the policy, and what it was trained on."""
    data = {"features": list(model.names), "mean": [round(x, 6) for x in model.mean],
            "scale": [round(x, 6) for x in model.scale], "weights": [round(w, 5) for w in model.weights],
            "policy": policy, "trained_on": trained_on, "l2": l2}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _pages(args: argparse.Namespace) -> list[Page]:
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())  # our own cache of this run's pages
    pages = []
    for folder in args.folders:
        pages.extend(collect(Path(folder), Path(folder).name))
    if args.golden:
        known = {p.digest for p in pages}
        pages.extend(p for p in collect(GOLDEN, "golden") if p.digest not in known)
    if cache is not None:
        cache.write_bytes(pickle.dumps(pages))
    return pages


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+", help="folders of annotated dumps (*.txt beside *.json with a title)")
    ap.add_argument("--golden", action="store_true", help="also train on tests/data/extract's dumps")
    ap.add_argument("--cache", help="keep the pages read here (pickle) and read them from it next time")
    ap.add_argument("--cv", action="store_true", help="leave-one-folder-out cross-validation")
    ap.add_argument("--report", help="write the cross-validation table here")
    ap.add_argument("--rows", help="write the out-of-fold rows here (JSON)")
    ap.add_argument("--honest", default="", help="comma-separated folders the rules were never tuned on")
    ap.add_argument("--model", help="write the fitted model here (JSON)")
    ap.add_argument("--without", default="", help="comma-separated feature-name prefixes left out (e.g. rule_)")
    ap.add_argument("--l2", type=float, default=0.05, help="the weights' L2 penalty")
    ap.add_argument("--policy", default="doubt", choices=("doubt", "override"))
    ap.add_argument("--gain", type=float, default=0.5)
    ap.add_argument("--margin", type=float, default=1.5)
    ap.add_argument("--doubt-gain", type=float, help="how much surer the ranker must be to raise a doubt (default: gain)")
    args = ap.parse_args(argv)
    pages = _pages(args)
    drop = tuple(x for x in args.without.split(",") if x)
    names = [n for n in sorted(headrank.features(pages[0].scored, pages[0].ev)[0]) if not (drop and n.startswith(drop))]
    groups = [Path(f).name for f in args.folders]
    if args.cv:
        rows = cross_validate(pages, names, groups + (["golden"] if args.golden else []), args.l2)
        honest = set(args.honest.split(",")) - {""}
        table = report(rows, groups + (["golden"] if args.golden else []), honest, (args.gain, args.margin))
        table += "\n\n" + policy_grid(rows, honest)
        sys.stdout.write(table + "\n")
        if args.report:
            Path(args.report).write_text(table + "\n", encoding="utf-8")
        if args.rows:
            Path(args.rows).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.model:
        model = fit(pages, names, args.l2)
        policy = {"mode": args.policy, "gain": args.gain, "margin": args.margin,
                  "doubt_gain": args.gain if args.doubt_gain is None else args.doubt_gain}
        trained_on = f"{len(pages)} dumps: " + ", ".join(groups) + (" + golden" if args.golden else "")
        Path(args.model).write_text(model_json(model, policy, trained_on, args.l2), encoding="utf-8")


if __name__ == "__main__":
    main()
