"""Set a retrained line model's own cut points for the dump rules from score distributions (never per page).

The rules read the line score at fixed cut points tuned with the shipped weights (``furniture.P_ABOUT`` and the
others of ``RULES``). For a candidate model, each cut point is moved to where the candidate separates the same
lines as the shipped model does at its value, on the annotated Swedish dumps of ``tests/data/extract`` (lines
labelled article text - title, lead, body - or boilerplate), restricted to the kind of line the rule decides:

- ``article``: the candidate keeps the same share of article lines at or above its cut as the shipped model;
- ``chrome``: it lets the same share of boilerplate lines reach its cut;
- ``mid``: half way between the two in log-odds.

The map is written into the model file as ``"cuts"`` (read by ``audiocast.ingest.linecuts.cut``); the table of
shares goes to stdout. Run::

    .venv/bin/python tools/line_model_cuts.py CANDIDATE.json --match article --out CANDIDATE-cuts.json

The candidate's scores on pages it was trained on are surer than on new pages (the article share is matched
in-sample); ``--rounds b20,b21,b22 --models A.json,B.json,C.json`` scores each round with its leave-set-out model.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from audiocast.ingest.lineclass import LineModel  # noqa: E402

DATA = ROOT / "tests" / "data" / "extract"
SHIPPED = ROOT / "audiocast" / "ingest" / "data" / "line_model.json"
PROSE, TITLES, ANY = "prose", "titles", "any"
RULES = {  # cut point: (shipped value, the lines the rule decides)
    "furniture.P_ABOUT": (0.5, PROSE),
    "records.P_PITCH": (0.35, PROSE),
    "articleend.P_END_PROSE": (0.25, PROSE),
    "furniture.P_TAIL_LINE": (0.15, ANY),
    "furniture.P_TAIL_BOX": (0.35, ANY),
    "teasertitles.P_TITLES": (0.4, TITLES),
    "teasertitles.P_TITLE_MAX": (0.7, TITLES),
}
_TOKEN = re.compile(r"\w+")


def _norm(line: str) -> str:
    return " ".join(_TOKEN.findall(line.lower()))


def _kind(line: str) -> set[str]:
    n = len(line.split())
    out = {ANY}
    if n >= 6 and line.rstrip()[-1] in ".!?":
        out.add(PROSE)  # running prose: a sentence of six words or more
    if 2 <= n <= 12 and line.rstrip()[-1] not in ".!?":
        out.add(TITLES)  # a teaser's title: a short line that ends no sentence
    return out


def labelled_scores(shipped: LineModel, candidates: dict[str, LineModel]) -> list[tuple[int, float, float, set[str]]]:
    """(1 article / 0 boilerplate, shipped score, candidate score, kinds) for every labelled line of the Swedish
    dumps; ``candidates`` maps a round prefix ("b20") to its model, "" to the model for every other page."""
    rows = []
    for path in sorted(DATA.glob("b*-*.txt")):
        gold = path.with_suffix(".json")
        model = candidates.get(path.name.split("-")[0], candidates.get(""))
        if model is None or not gold.exists():
            continue
        exp = json.loads(gold.read_text(encoding="utf-8"))
        if "boilerplate" not in exp:
            continue
        article = {_norm(x) for x in [exp["title"], exp.get("lead") or "", *exp["body"]]} - {""}
        chrome = {_norm(x) for x in exp["boilerplate"]} - {""}
        lines = path.read_text(encoding="utf-8").splitlines()
        for line, ps, pc in zip(lines, shipped.score(lines), model.score(lines), strict=True):
            n = _norm(line)
            if n and (n in article or n in chrome):
                rows.append((int(n in article), ps, pc, _kind(line)))
    return rows


def cuts(rows: list[tuple[int, float, float, set[str]]], match: str) -> dict[str, float]:
    """The candidate's cut points, printing each rule's shares of article and boilerplate lines kept."""
    out: dict[str, float] = {}
    print("| cut point | lines (article/chrome) | shipped | article kept | chrome kept | candidate | article kept "
          "| chrome kept |")
    for name, (value, kind) in RULES.items():
        art = np.array([(ps, pc) for lab, ps, pc, k in rows if lab and kind in k])
        chrome = np.array([(ps, pc) for lab, ps, pc, k in rows if not lab and kind in k])
        by_article = float(np.quantile(art[:, 1], 1 - (art[:, 0] >= value).mean()))
        by_chrome = float(np.quantile(chrome[:, 1], 1 - (chrome[:, 0] >= value).mean()))
        logit = (math.log(by_article / (1 - by_article)) + math.log(by_chrome / (1 - by_chrome))) / 2
        cut = {"article": by_article, "chrome": by_chrome, "mid": 1 / (1 + math.exp(-logit))}[match]
        out[name] = round(cut, 3)
        print(f"| {name} | {len(art)}/{len(chrome)} | {value} | {(art[:, 0] >= value).mean():.3f} "
              f"| {(chrome[:, 0] >= value).mean():.3f} | {out[name]} | {(art[:, 1] >= cut).mean():.3f} "
              f"| {(chrome[:, 1] >= cut).mean():.3f} |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model", type=Path, help="the candidate model file")
    ap.add_argument("--match", choices=("article", "chrome", "mid"), default="article")
    ap.add_argument("--rounds", default="", help="round prefixes scored by their own models (b20,b21,b22)")
    ap.add_argument("--models", default="", help="those rounds' leave-set-out model files, in the same order")
    ap.add_argument("--out", type=Path, help="write the model with its cuts here (default: print the map only)")
    args = ap.parse_args()
    candidate = LineModel.from_json(args.model.read_text(encoding="utf-8"))
    models = {"": candidate} if not args.rounds else {}
    pairs = zip(args.rounds.split(","), args.models.split(","), strict=True) if args.rounds else iter(())
    for prefix, other in pairs:
        models[prefix] = LineModel.from_json(Path(other).read_text(encoding="utf-8"))
    shipped = LineModel.from_json(SHIPPED.read_text(encoding="utf-8"))
    found = cuts(labelled_scores(shipped, models), args.match)
    print(json.dumps(found))
    if args.out:
        data = json.loads(args.model.read_text(encoding="utf-8"))
        args.out.write_text(json.dumps(data | {"cuts": found}), encoding="utf-8")


if __name__ == "__main__":
    main()
