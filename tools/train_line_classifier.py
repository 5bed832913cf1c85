"""Train audiocast's line classifier (article line or page chrome) from real annotated pages.

Rebuilds ``audiocast/ingest/data/line_model.json`` and writes
``tools/line_classifier_report.md``. The features are those of
``audiocast/ingest/linefeatures.py`` (shared with the run-time scorer); the
model is a tiny two-layer perceptron trained with plain numpy.

Sources (public; none of it is committed):

1. ``scrapinghub/article-extraction-benchmark`` (181 pages, ``articleBody`` per
   page) and ``adbar/trafilatura`` (``tests/eval/*.html`` with
   ``tests/evaldata.json``: ``with``/``without`` snippets), as bare git
   mirrors. Turn their HTML into browser text dumps first::

       .venv/bin/python tools/extract_dumps.py --out /work/data/extract_train \\
           --scrapinghub PATH/article-extraction-benchmark --trafilatura PATH/trafilatura

2. audiocast's annotated Swedish dumps ``tests/data/extract/*.txt`` + ``*.json``
   (and the dumps of ``tests/data/extract/*.html`` made by the same script; their
   annotation is ``<id>.json`` or ``<id>.html.json``). Each is its own site, except
   the few pages of one newsroom (``SHARED_SITES``), which share a site.

3. Optionally blind sets (``--blind DIR``, repeatable, of ``*.txt`` + ``*.json``, and with
   ``--blind-dumps DIR`` the dumps of its ``*.html`` pages): scored by the final
   model only, never trained on. A training page whose text is a blind page's
   (a blind set copied into ``tests/data/extract``) is left out of training.

3b. Optionally more annotated Swedish folders to train on (``--train-extra DIR``,
   repeatable, ``*.txt`` + ``*.json`` as in ``tests/data/extract``: opened blind
   sets that were not copied in). Their pages are Swedish pages (same label rule,
   same weight), each its own site, named ``<folder>/<id>``; the report gives
   them their own row.

4. Optionally ``--reference MODEL``: an earlier model file (any features of
   ``linefeatures.ALL_NAMES``), scored on the same held-out pages, so the
   report compares like with like.

Run (about 20 minutes on 2 free cores, 25 when the machine is shared: five cross-validation fits and the final
one)::

    .venv/bin/python tools/extract_dumps.py --out /tmp/extract_train \\
        --scrapinghub PATH/article-extraction-benchmark --trafilatura PATH/trafilatura
    .venv/bin/python tools/extract_dumps.py --out /tmp/extract_train --only audiocast
    .venv/bin/python tools/train_line_classifier.py --dumps /tmp/extract_train \\
        --scrapinghub PATH/article-extraction-benchmark --trafilatura PATH/trafilatura \\
        --features all --reference audiocast/ingest/data/line_model.json \\
        --model /tmp/line_model.json --report /tmp/report.md

``--features all`` adds ``linefeatures.EXTRA_NAMES`` (the model file lists its
features; the shipped one reads ``FEATURE_NAMES``). ``--calibrate`` stores a
monotone map that gives the out-of-fold scores the reference's score
quantiles on the Swedish pages the reference never saw (rounds b5 and later).
Pages with the same text train once (the first copy). For a dev set copied
into ``tests/data/extract`` (b20-b26 are /work/blind/extract17-23, b27-b33 extract24-30, b34-b39 extract31-36, b40-b42 extract37-39, b43-b45 extract40-42, b46-b50 extract43-47, b51-b55 extract48-52, b56-b60 extract53-57), a
model that never saw it: ``--exclude b20- --no-cv`` (the final fit only; add
``--calibration-from`` a full run's model to reuse its map). With ``--blind``
(below) a blind set's copies are left out automatically.

Write a candidate elsewhere (``--model``) and copy it over the shipped file only
when ``bench/bench_extract.py`` on every set is no worse with it: the rules'
thresholds were tuned with the shipped model's scores (try one with
``AUDIOCAST_LINE_MODEL=/tmp/line_model.json``).

Labels (one per non-blank line; ``None`` = not used for training or scoring):

* scrapinghub: article when >= 80 % of the line's tokens are covered by word
  trigrams of ``articleBody`` (lines of 1-2 tokens: when they equal a paragraph
  of it), chrome when <= 20 % are covered, else unlabelled; lines that repeat
  the page's ``<title>`` / ``og:title`` (the headline, which the ground truth
  leaves out) are unlabelled.
* trafilatura: article when the line contains a ``with`` snippet (or, 4+
  tokens, is contained in one), chrome likewise for ``without``; lines matching
  neither (most lines) are unlabelled and skipped; they still count as context
  for the neighbour and position features. We do not fill them in from
  trafilatura's own output: that would teach the model trafilatura's errors.
* Swedish dumps: title, lead and body lines are article; every other line
  (meta lines with date and byline included) is chrome. A string the
  annotation lists k times but the dump has more often is article at the k
  occurrences nearest to the other article lines.

Cross-validation is grouped by site (host): a fold never scores a site it
learned from. The site-template feature is computed within each site's pages
of the corpus (sites with one page have no profile, as at run time without one).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import re
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from audiocast.ingest.linefeatures import ALL_NAMES, CONTEXT_NAMES, FEATURE_NAMES, context_features, page_features

MODEL_VERSION = 1
HIDDEN = 12
FOLDS = 5
SWEDISH_WEIGHT = 3.0
WEIGHTS = {"swedish": SWEDISH_WEIGHT}
"""Training weight of a line by source (others 1.0); ``--swedish-weight`` sets it."""
REPO = Path(__file__).resolve().parents[1]
FEATURES: list[tuple[str, ...]] = [FEATURE_NAMES]
"""The line features of the model being trained (``--features``: the shipped set, or all of ``ALL_NAMES``)."""


@dataclass
class Page:
    pid: str
    source: str
    site: str
    lines: list[str]
    labels: list[int | None]
    template: list[bool] | None = None
    X: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    X2: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))


def toks(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())


def norm(text: str) -> str:
    return " ".join(toks(text))


def host_of(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def git_show(repo: Path, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], check=True, capture_output=True).stdout


# ---------------------------------------------------------------- labels


def html_titles(raw: bytes) -> list[str]:
    text = raw.decode("utf-8", errors="replace")
    found = re.findall(r"<title[^>]*>(.*?)</title>", text, re.S | re.I)
    found += re.findall(r'<meta[^>]+property=["\']og:title["\'][^>]+content=["\']([^"\']*)', text, re.I)
    found += re.findall(r"<h1[^>]*>(.*?)</h1>", text, re.S | re.I)
    return [norm(html.unescape(re.sub(r"<[^>]+>", " ", t))) for t in found]


def is_title_line(line_norm: str, titles: list[str]) -> bool:
    return len(line_norm.split()) >= 2 and any(line_norm and line_norm in f" {t} " or line_norm == t for t in titles)


def label_scrapinghub(lines: list[str], body: str, titles: list[str]) -> list[int | None]:
    body_toks = toks(body)
    trigrams = {tuple(body_toks[i : i + 3]) for i in range(len(body_toks) - 2)}
    paragraphs = {norm(p) for p in body.split("\n") if p.strip()}
    labels: list[int | None] = []
    for line in lines:
        t = toks(line)
        if not t:
            labels.append(None)
            continue
        if is_title_line(" ".join(t), titles):
            labels.append(None)
            continue
        if len(t) < 3:
            labels.append(1 if " ".join(t) in paragraphs else 0)
            continue
        covered = np.zeros(len(t), dtype=bool)
        for i in range(len(t) - 2):
            if tuple(t[i : i + 3]) in trigrams:
                covered[i : i + 3] = True
        share = covered.mean()
        labels.append(1 if share >= 0.8 else 0 if share <= 0.2 else None)
    return labels


def label_trafilatura(lines: list[str], with_: list[str], without: list[str], title: str) -> list[int | None]:
    pos = [f" {norm(s)} " for s in with_ if norm(s)]
    neg = [f" {norm(s)} " for s in without if norm(s)]
    tnorm = norm(title)
    labels: list[int | None] = []
    for line in lines:
        n = norm(line)
        if not n or (tnorm and n == tnorm):
            labels.append(None)
            continue
        padded = f" {n} "
        long_line = len(n.split()) >= 4
        is_pos = any(s in padded or (long_line and padded in s) for s in pos)
        is_neg = any(s in padded or (long_line and padded in s) for s in neg)
        labels.append(None if is_pos == is_neg else int(is_pos))
    return labels


def label_swedish(lines: list[str], ann: dict[str, Any]) -> list[int | None]:
    wanted: dict[str, int] = {}
    for s in [ann.get("title") or "", ann.get("lead") or ""] + list(ann.get("body") or []):
        if norm(s):
            wanted[norm(s)] = wanted.get(norm(s), 0) + 1
    norms = [norm(x) for x in lines]
    labels: list[int | None] = [None if not n else 0 for n in norms]
    where: dict[str, list[int]] = {}
    for i, n in enumerate(norms):
        if n in wanted:
            where.setdefault(n, []).append(i)
    unique = [idx[0] for n, idx in where.items() if len(idx) <= wanted[n]]
    centre = float(np.median(unique)) if unique else len(lines) / 2
    for n, idx in where.items():
        for i in sorted(idx, key=lambda i: abs(i - centre))[: wanted[n]]:
            labels[i] = 1
    return labels


# ---------------------------------------------------------------- loading


#: Pages of tests/data/extract that come from one newsroom (their names say so): one site for CV.
SHARED_SITES = {
    "aftonbladet": ("ho-dump-aftonbladet", "ho-sv-aftonbladet-video"),
    "expressen": ("ho-dump-expressen", "ho-sv-expressen-just-nu"),
    "sr": ("ho-dump-sr", "ho-sv-sr-p4"),
    "svt": ("ho-dump-svt", "ho-sv-svt-lokalt"),
    "kommun": ("ho-dump-kommun", "ho-sv-kommun-sitevision", "kommun-nyhet-lista", "kommunsida-dump-vaccination"),
    "wordpress": ("ho-dump-wordpress", "ho-sv-wordpress-kommentarer"),
    "mitti": ("mitti-dump-parkering", "ho-sv-mitti-wpcaption", "mitt-haninge-skolbrand"),
    "flempan": ("flempan-dump-fritidsgard", "nytt-i-flempan-wordpress"),
    "lokaltidning": ("ho-dump-lokaltidning-plus", "lokaltidning-dump-fakta", "lokaltidningen-ingress-bildtext"),
}
_SITE_OF = {pid: site for site, pids in SHARED_SITES.items() for pid in pids}


def swedish_site(pid: str) -> str:
    """The site (CV group) of an audiocast dump: its own, unless a newsroom's pages share one."""
    return f"{_SITE_OF.get(pid, pid)}.example"


def annotation_of(folder: Path, pid: str) -> dict[str, Any] | None:
    """The annotation of page ``pid`` (``<id>.json`` or, for HTML pages, ``<id>.html.json``)."""
    for name in (f"{pid}.json", f"{pid}.html.json"):
        if (folder / name).exists():
            data: dict[str, Any] = json.loads((folder / name).read_text(encoding="utf-8"))
            return data
    return None


def html_dumps(dumps: Path, annotations: Path, source: str) -> list[Page]:
    """Pages from browser dumps of annotated HTML pages (``extract_dumps.py``'s JSON)."""
    out = []
    for f in sorted(dumps.glob("*.json")) if dumps.is_dir() else []:
        d = json.loads(f.read_text(encoding="utf-8"))
        ann = annotation_of(annotations, d["id"])
        if ann is not None:
            out.append(Page(d["id"], source, swedish_site(d["id"]), d["lines"], label_swedish(d["lines"], ann)))
    return out


def load_pages(args: argparse.Namespace) -> tuple[list[Page], list[Page]]:
    pages: list[Page] = []
    dumps: Path = args.dumps
    if args.scrapinghub:
        truth = json.loads(git_show(args.scrapinghub, "ground-truth.json"))
        for f in sorted((dumps / "scrapinghub").glob("*.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            item = truth[d["id"]]
            titles = html_titles(gzip.decompress(git_show(args.scrapinghub, f"html/{d['id']}.html.gz")))
            labels = label_scrapinghub(d["lines"], item["articleBody"], titles)
            pages.append(Page(d["id"], "scrapinghub", host_of(item["url"]), d["lines"], labels))
    if args.trafilatura:
        evaldata = json.loads(git_show(args.trafilatura, "tests/evaldata.json"))
        by_file = {item["file"].removesuffix(".html"): (url, item) for url, item in evaldata.items()}
        for f in sorted((dumps / "trafilatura").glob("*.json")):
            d = json.loads(f.read_text(encoding="utf-8"))
            url, item = by_file[d["id"]]
            labels = label_trafilatura(
                d["lines"], item.get("with", []), item.get("without", []), item.get("title") or ""
            )
            pages.append(Page(d["id"], "trafilatura", host_of(url), d["lines"], labels))
    pages += html_dumps(dumps / "audiocast_html", args.swedish, "swedish")
    pages += load_txt_dumps(args.swedish, "swedish")
    for folder in getattr(args, "train_extra", None) or []:
        pages += load_txt_dumps(folder, "swedish", prefix=f"{folder.name}/")
    blind: list[Page] = []
    blind_sets = args.blind if isinstance(args.blind, list) else [args.blind] if args.blind else []
    if blind_sets:
        for folder in blind_sets:
            blind += load_txt_dumps(folder, "blind", prefix=f"{folder.name}/" if len(blind_sets) > 1 else "")
        if args.blind_dumps:
            blind += html_dumps(args.blind_dumps, blind_sets[0], "blind")
        seen = {text_key(p.lines) for p in blind}
        dropped = [p.pid for p in pages if text_key(p.lines) in seen]
        if dropped:
            print(f"left out of training (blind pages): {len(dropped)}: {' '.join(dropped)}", file=sys.stderr)
        pages = [p for p in pages if text_key(p.lines) not in seen]
    return pages, blind


def text_key(lines: list[str]) -> str:
    """A page's text, for telling two copies of one page apart from other pages."""
    return hashlib.sha1("\n".join(ln.strip() for ln in lines if ln.strip()).encode()).hexdigest()


def load_txt_dumps(folder: Path, source: str, prefix: str = "") -> list[Page]:
    """The annotated ``*.txt`` dumps of a folder; ``prefix`` names a folder's pages apart from other folders'."""
    out = []
    for txt in sorted(folder.glob("*.txt")):
        ann = annotation_of(folder, txt.stem)
        if ann is None:
            continue
        lines = txt.read_text(encoding="utf-8").split("\n")
        pid = prefix + txt.stem
        out.append(Page(pid, source, swedish_site(pid), lines, label_swedish(lines, ann)))
    return out


def add_templates(pages: list[Page]) -> None:
    """Per site with 2+ pages: is the line on another page of the same site."""
    by_site: dict[str, list[Page]] = {}
    for p in pages:
        by_site.setdefault(p.site, []).append(p)
    for group in by_site.values():
        if len(group) < 2:
            continue
        sets = [{ln.strip() for ln in p.lines if ln.strip()} for p in group]
        for k, p in enumerate(group):
            others: set[str] = set().union(*(s for j, s in enumerate(sets) if j != k))
            p.template = [ln.strip() in others for ln in p.lines]


# ---------------------------------------------------------------- model


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def train_mlp(
    X: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    hidden: int = HIDDEN,
    epochs: int = 400,
    l2: float = 1e-4,
    seed: int = 0,
) -> dict[str, np.ndarray]:
    """A one-hidden-layer tanh perceptron, full-batch Adam on weighted log loss."""
    rng = np.random.default_rng(seed)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    Z = (X - mean) / scale
    params = {
        "W1": rng.normal(0, 1 / np.sqrt(Z.shape[1]), (Z.shape[1], hidden)),
        "b1": np.zeros(hidden),
        "W2": rng.normal(0, 1 / np.sqrt(hidden), hidden),
        "b2": np.zeros(1),
    }
    m = {k: np.zeros_like(v) for k, v in params.items()}
    v = {k: np.zeros_like(val) for k, val in params.items()}
    wn = w / w.sum()
    lr, b1, b2 = 0.02, 0.9, 0.999
    for step in range(1, epochs + 1):
        H = np.tanh(Z @ params["W1"] + params["b1"])
        p = sigmoid(H @ params["W2"] + params["b2"])
        g_out = (p - y) * wn
        grads = {"W2": H.T @ g_out + l2 * params["W2"], "b2": np.array([g_out.sum()])}
        g_h = np.outer(g_out, params["W2"]) * (1 - H**2)
        grads["W1"] = Z.T @ g_h + l2 * params["W1"]
        grads["b1"] = g_h.sum(axis=0)
        for k in params:
            m[k] = b1 * m[k] + (1 - b1) * grads[k]
            v[k] = b2 * v[k] + (1 - b2) * grads[k] ** 2
            params[k] -= lr * (m[k] / (1 - b1**step)) / (np.sqrt(v[k] / (1 - b2**step)) + 1e-8)
    params["mean"] = mean
    params["scale"] = scale
    return params


def predict(params: dict[str, np.ndarray], X: np.ndarray) -> np.ndarray:
    Z = (X - params["mean"]) / params["scale"]
    return sigmoid(np.tanh(Z @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"])


# ---------------------------------------------------------------- evaluation


def stack(pages: list[Page], stage2: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Labelled rows of the pages: X (stage-one or stage-two features), y, weight."""
    xs, ys, ws = [], [], []
    for p in pages:
        rows = [i for i, lab in enumerate(p.labels) if lab is not None]
        xs.append((p.X2 if stage2 else p.X)[rows])
        ys.append(np.array([p.labels[i] for i in rows], dtype=float))
        ws.append(np.full(len(rows), WEIGHTS["swedish"] if p.source == "swedish" else 1.0))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


Model = tuple[dict[str, np.ndarray], dict[str, np.ndarray]]


def with_context(p: Page, stage1: dict[str, np.ndarray]) -> np.ndarray:
    return np.hstack([p.X, context_features(p.lines, predict(stage1, p.X))])


def fit_two_stage(pages: list[Page], inner_folds: int = 3) -> Model:
    """Stage one on the line features; stage two adds stage one's scores of the neighbours.

    Stage two trains on out-of-fold stage-one scores (inner folds by site), so
    it learns how far to trust them on sites stage one has not seen.
    """
    for k in range(inner_folds):
        held = [p for p in pages if fold_of(p.site, inner_folds, salt="inner") == k]
        rest = [p for p in pages if fold_of(p.site, inner_folds, salt="inner") != k]
        stage1 = train_mlp(*stack(rest))
        for p in held:
            p.X2 = with_context(p, stage1)
    stage1 = train_mlp(*stack(pages))
    stage2 = train_mlp(*stack(pages, stage2=True))
    return stage1, stage2


def predict_pages(model: Model, pages: list[Page]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Labels, stage-one and stage-two scores of the labelled lines of the pages."""
    ys, p1s, p2s = [], [], []
    for p in pages:
        rows = [i for i, lab in enumerate(p.labels) if lab is not None]
        x2 = with_context(p, model[0])
        ys.append(np.array([p.labels[i] for i in rows], dtype=float))
        p1s.append(predict(model[0], p.X[rows]))
        p2s.append(predict(model[1], x2[rows]))
    return np.concatenate(ys), np.concatenate(p1s), np.concatenate(p2s)


def fold_of(site: str, folds: int = FOLDS, salt: str = "") -> int:
    return int(hashlib.sha1((salt + site).encode()).hexdigest(), 16) % folds


def metrics(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    pred = p >= 0.5
    tp = float(np.sum(pred & (y == 1)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {
        "lines": float(len(y)),
        "accuracy": float(np.mean(pred == (y == 1))),
        "precision": prec,
        "recall": rec,
        "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
    }


def row(name: str, m: dict[str, float]) -> str:
    return (
        f"| {name} | {int(m['lines'])} | {m['accuracy']:.3f} | {m['precision']:.3f} | "
        f"{m['recall']:.3f} | {m['f1']:.3f} |"
    )


Scores = tuple[np.ndarray, np.ndarray, np.ndarray]
"""Labels, stage-one and stage-two scores of the labelled lines of some pages."""


def cross_validate(pages: list[Page]) -> dict[str, Scores]:
    """Out-of-fold (y, stage-one, stage-two) scores per page id, folds grouped by site."""
    out: dict[str, Scores] = {}
    for f in range(FOLDS):
        model = fit_two_stage([p for p in pages if fold_of(p.site) != f])
        for p in pages:
            if fold_of(p.site) == f:
                out[p.pid] = predict_pages(model, [p])
    return out


def series_of(pid: str) -> int:
    """The round number of a ``bNN-`` page (0 for the named pages of the first rounds, EXTRA for ``--train-extra``)."""
    if "/" in pid:
        return EXTRA
    m = re.match(r"b(\d+)-", pid)
    return int(m.group(1)) if m else 0


EXTRA = 1000
"""The round number given to the pages of ``--train-extra`` folders (after every round, in none of ``SERIES``)."""
SHIPPED_SAW = 4
"""The shipped model (commit 8e992ec) trained on the named pages and rounds b3-b4; b5 and later it never saw."""
SERIES = {
    "b3-b4 and named pages (the shipped model trained on them)": (0, SHIPPED_SAW),
    "b5-b12": (5, 12),
    "b13-b19": (13, 19),
    "b20-b22 (= /work/blind/extract17, 18, 19)": (20, 22),
    "b23-b26 (= /work/blind/extract20, 21, 22, 23)": (23, 26),
    "b27-b33 (= /work/blind/extract24, 25, 28, 26, 27, 29, 30)": (27, 33),
    "b34-b39 (= /work/blind/extract31-36)": (34, 39),
    "b40-b42 (= /work/blind/extract37-39)": (40, 42),
    "b43-b45 (= /work/blind/extract40-42)": (43, 45),
    "b46-b50 (= /work/blind/extract43-47)": (46, 50),
    "b51-b55 (= /work/blind/extract48-52)": (51, 55),
    "b56-b60 (= /work/blind/extract53-57)": (56, 60),
    "--train-extra folders (opened blind sets not copied in)": (EXTRA, EXTRA),
}
"""The report's rows of Swedish pages, by round."""


def groups(pages: list[Page]) -> dict[str, list[Page]]:
    """The report's rows: each source, the Swedish pages by round, and all pages."""
    out: dict[str, list[Page]] = {}
    for src in ("scrapinghub", "trafilatura", "swedish"):
        out[src] = [p for p in pages if p.source == src]
    sw = out["swedish"]
    for name, (lo, hi) in SERIES.items():
        out[f"swedish: {name}"] = [p for p in sw if lo <= series_of(p.pid) <= hi]
    out["all"] = list(pages)
    return {k: v for k, v in out.items() if v}


def joined(scores: dict[str, Scores], chosen: list[Page]) -> Scores:
    """The scores of the chosen pages, concatenated."""
    got = [scores[p.pid] for p in chosen]
    return (
        np.concatenate([g[0] for g in got]),
        np.concatenate([g[1] for g in got]),
        np.concatenate([g[2] for g in got]),
    )


@dataclass
class Reference:
    """An earlier model file: its nets, the features it reads and its calibration."""

    model: Model
    names: tuple[str, ...]
    calibration: tuple[np.ndarray, np.ndarray] | None


def load_reference(path: Path) -> Reference | None:
    """An earlier model file; None when it reads features linefeatures.py does not compute."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names = tuple(data["feature_names"])
    if not set(names) <= set(ALL_NAMES) or tuple(data["context_names"]) != CONTEXT_NAMES:
        print(f"{path}: other features than linefeatures.py; not scored", file=sys.stderr)
        return None
    nets = tuple({k: np.asarray(v, dtype=float) for k, v in data[st].items()} for st in ("stage1", "stage2"))
    cal = data.get("calibration")
    calibration = (np.asarray(cal["x"], dtype=float), np.asarray(cal["y"], dtype=float)) if cal else None
    return Reference((nets[0], nets[1]), names, calibration)


def reference_scores(ref: Reference, pages: list[Page]) -> Scores:
    """The reference model's (labels, stage one, stage two) on the labelled lines of the pages."""
    copies = [
        Page(p.pid, p.source, p.site, p.lines, p.labels, p.template, page_features(p.lines, p.template, names=ref.names))
        for p in pages
    ]
    y, p1, p2 = predict_pages(ref.model, copies)
    return y, p1, (np.interp(p2, *ref.calibration) if ref.calibration else p2)


def quantile_map(new: np.ndarray, old: np.ndarray, points: int = 60) -> dict[str, list[float]]:
    """A monotone map that gives ``new`` scores the distribution of ``old`` ones (quantile matching).

    Levels are dense in the tails, where the rules' thresholds (0.02-0.8) cut.
    """
    u = np.linspace(-1.0, 1.0, points)
    levels = np.unique(np.clip(0.5 + 0.5 * np.sign(u) * np.abs(u) ** 2, 0.0, 1.0))
    xs = np.quantile(new, levels)
    ys = np.quantile(old, levels)
    x_out, y_out = [0.0], [0.0]
    for x, y in zip(xs, ys, strict=True):
        if x > x_out[-1] + 1e-6 and x < 1.0 - 1e-6:
            x_out.append(float(x))
            y_out.append(max(float(y), y_out[-1]))
    x_out.append(1.0)
    y_out.append(1.0)
    return {"x": [round(v, 6) for v in x_out], "y": [round(v, 6) for v in y_out]}


# ---------------------------------------------------------------- output


def net_json(params: dict[str, np.ndarray]) -> dict[str, Any]:
    return {k: np.round(params[k], 5).tolist() for k in ("mean", "scale", "W1", "b1", "W2", "b2")}


def save_model(model: Model, path: Path, info: dict[str, object], calibration: dict[str, list[float]] | None) -> None:
    data: dict[str, Any] = {
        "version": MODEL_VERSION,
        "kind": "two-stage mlp-tanh-1",
        "feature_names": list(FEATURES[0]),
        "context_names": list(CONTEXT_NAMES),
        "stage1": net_json(model[0]),
        "stage2": net_json(model[1]),
        "trained_on": info,
    }
    if calibration is not None:
        data["calibration"] = calibration
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dumps", type=Path, default=Path("/work/data/extract_train"))
    ap.add_argument("--scrapinghub", type=Path)
    ap.add_argument("--trafilatura", type=Path)
    ap.add_argument("--swedish", type=Path, default=REPO / "tests/data/extract")
    ap.add_argument("--blind", type=Path, action="append", default=[], help="a held-out set (repeatable)")
    extra_help = "a folder of annotated Swedish *.txt + *.json to train on (repeatable)"
    ap.add_argument("--train-extra", type=Path, action="append", default=[], help=extra_help)
    ap.add_argument("--blind-dumps", type=Path, help="extract_dumps.py output of the blind set's HTML pages")
    ap.add_argument("--reference", type=Path, help="an earlier model file scored on the same held-out pages")
    ap.add_argument("--swedish-weight", type=float, default=SWEDISH_WEIGHT)
    ap.add_argument("--features", choices=["shipped", "all"], default="shipped", help="FEATURE_NAMES or ALL_NAMES")
    ap.add_argument("--exclude", action="append", default=[], help="leave out Swedish pages whose id starts so")
    ap.add_argument("--no-cv", action="store_true", help="only the final fit (no cross-validation)")
    ap.add_argument("--calibrate", action="store_true", help="map the scores onto the reference's (quantiles)")
    ap.add_argument("--calibration-from", type=Path, help="copy the calibration of this model file")
    ap.add_argument("--model", type=Path, default=REPO / "audiocast/ingest/data/line_model.json")
    ap.add_argument("--report", type=Path, default=REPO / "tools/line_classifier_report.md")
    args = ap.parse_args()
    WEIGHTS["swedish"] = args.swedish_weight
    FEATURES[0] = ALL_NAMES if args.features == "all" else FEATURE_NAMES
    reference = load_reference(args.reference) if args.reference else None

    pages, blind = load_pages(args)
    pages = distinct(pages, tuple(args.exclude))
    add_templates(pages)
    for p in pages + blind:
        p.X = page_features(p.lines, p.template, names=FEATURES[0])
    copied = json.loads(args.calibration_from.read_text(encoding="utf-8")).get("calibration") if args.calibration_from else None
    run = Run(pages, blind, args.model, reference, not args.no_cv, args.calibrate, copied)
    report = evaluate_and_train(run)
    print(report)
    args.report.write_text(report, encoding="utf-8")


def distinct(pages: list[Page], exclude: tuple[str, ...]) -> list[Page]:
    """The pages less the excluded Swedish ones and less later copies of a page's text (one page, one CV group)."""
    seen: set[str] = set()
    out = []
    for p in pages:
        key = text_key(p.lines)
        if key in seen or (p.source == "swedish" and exclude and p.pid.startswith(exclude)):
            continue
        seen.add(key)
        out.append(p)
    print(f"pages: {len(out)} of {len(pages)} (copies and --exclude left out)", file=sys.stderr)
    return out


TABLE = ["| set | lines | accuracy | precision (article) | recall (article) | F1 |", "|---|---|---|---|---|---|"]


def data_table(pages: list[Page]) -> list[str]:
    out = ["## Data", "", "| source | pages | sites | non-blank lines | labelled lines | article share |"]
    out.append("|---|---|---|---|---|---|")
    for src in ("scrapinghub", "trafilatura", "swedish"):
        ps = [p for p in pages if p.source == src]
        lab = [lab for p in ps for lab in p.labels if lab is not None]
        nonblank = sum(sum(1 for ln in p.lines if ln.strip()) for p in ps)
        share = sum(lab) / len(lab) if lab else 0.0
        out.append(f"| {src} | {len(ps)} | {len({p.site for p in ps})} | {nonblank} | {len(lab)} | {share:.3f} |")
    total = sum(sum(1 for ln in p.lines if ln.strip()) for p in pages)
    out += ["", f"All: {len(pages)} pages, {len({p.site for p in pages})} sites, {total} non-blank lines.", ""]
    return out


def speed(model: Model, pages: list[Page]) -> float:
    """Lines per second of the run-time path (features, both stages) over the pages."""
    t0 = time.perf_counter()
    n = 0
    for p in pages:
        x = page_features(p.lines, names=FEATURES[0])
        x2 = np.hstack([x, context_features(p.lines, predict(model[0], x))])
        predict(model[1], x2)
        n += len(p.lines)
    return n / (time.perf_counter() - t0)


@dataclass
class Run:
    """One training run: its pages, what it writes and what it compares with."""

    pages: list[Page]
    blind: list[Page]
    model_path: Path
    reference: Reference | None
    cv: bool
    calibrate: bool
    copied_calibration: dict[str, list[float]] | None


def unseen_by_reference(pages: list[Page]) -> list[Page]:
    """The Swedish pages the shipped model never trained on (rounds b5 and later)."""
    return [p for p in pages if p.source == "swedish" and series_of(p.pid) > SHIPPED_SAW]


def cv_rows(run: Run, cv: dict[str, Scores]) -> list[str]:
    """The cross-validated rows, and the reference on the Swedish pages it never saw."""
    out = [f"## Cross-validated by site ({FOLDS} folds grouped by host, threshold 0.5)", "", *TABLE]
    for name, chosen in groups(run.pages).items():
        y, p1, p2 = joined(cv, chosen)
        out.append(row(f"{name} ({len(chosen)} pages)", metrics(y, p2)))
        out.append(row(f"{name}, stage one only", metrics(y, p1)))
    if run.reference is not None:
        out += ["", "## Reference model (`--reference`) on the Swedish pages it never saw", "", *TABLE]
        for name, chosen in groups(unseen_by_reference(run.pages)).items():
            if name.startswith("swedish"):
                out.append(row(f"{name} ({len(chosen)} pages)", metrics(*reference_scores(run.reference, chosen)[::2])))
    return out


def calibration_of(run: Run, cv: dict[str, Scores]) -> tuple[dict[str, list[float]] | None, list[str]]:
    """The quantile map from the out-of-fold scores onto the reference's, on pages neither trained on."""
    if run.copied_calibration is not None:
        return run.copied_calibration, ["", "Calibration copied from `--calibration-from`.", ""]
    if not (run.calibrate and run.reference is not None and cv):
        return None, []
    chosen = unseen_by_reference(run.pages)
    _, _, new = joined(cv, chosen)
    _, _, old = reference_scores(run.reference, chosen)
    cal = quantile_map(new, old)
    mapped = np.interp(new, cal["x"], cal["y"])
    out = ["", f"## Calibration (quantile map on {len(chosen)} Swedish pages, out-of-fold scores onto the reference's)"]
    out += ["", "| t | reference: share >= t | new, raw | new, calibrated |", "|---|---|---|---|"]
    for t in (0.02, 0.1, 0.15, 0.25, 0.3, 0.35, 0.4, 0.5, 0.7, 0.8):
        out.append(f"| {t} | {np.mean(old >= t):.3f} | {np.mean(new >= t):.3f} | {np.mean(mapped >= t):.3f} |")
    return cal, out + [""]


def evaluate_and_train(run: Run) -> str:
    out = ["# Line classifier report", "", "Built by `tools/train_line_classifier.py` (sources, labels: its docstring).", ""]
    out += data_table(run.pages)
    cv = cross_validate(run.pages) if run.cv else {}
    if cv:
        out += cv_rows(run, cv)
    calibration, cal_rows = calibration_of(run, cv)
    out += cal_rows
    t0 = time.perf_counter()
    model = fit_two_stage(run.pages)
    train_s = time.perf_counter() - t0
    info: dict[str, object] = {
        "pages": len(run.pages),
        "sites": len({p.site for p in run.pages}),
        "labelled_lines": int(len(stack(run.pages)[1])),
        "swedish_weight": WEIGHTS["swedish"],
    }
    save_model(model, run.model_path, info, calibration)
    if run.blind:
        y, p1, p2 = predict_pages(model, run.blind)
        out += ["", "## Blind set (held out, never trained on; the final model, uncalibrated)", "", *TABLE]
        out += [row(f"blind ({len(run.blind)} pages)", metrics(y, p2)), row("blind, stage one only", metrics(y, p1))]
        if run.reference is not None:
            out.append(row("blind, reference model", metrics(*reference_scores(run.reference, run.blind)[::2])))
        folders = sorted({p.pid.split("/")[0] for p in run.blind if "/" in p.pid})
        for name in folders if len(folders) > 1 else []:
            chosen = [p for p in run.blind if p.pid.startswith(f"{name}/")]
            out.append(row(f"{name} ({len(chosen)} pages)", metrics(*predict_pages(model, chosen)[::2])))
            if run.reference is not None:
                out.append(row(f"{name}, reference model", metrics(*reference_scores(run.reference, chosen)[::2])))
    out += [
        "",
        "## Model",
        "",
        f"Two stages of {HIDDEN} tanh hidden units; {len(FEATURES[0])} line features, then "
        f"{len(CONTEXT_NAMES)} context features (stage one's scores around the line); Swedish lines weigh "
        f"{WEIGHTS['swedish']:g}. `{run.model_path.name}` is {run.model_path.stat().st_size / 1024:.1f} KiB; "
        f"final fit {train_s:.0f} s; "
        f"scoring {speed(model, (run.blind or run.pages)[:40]):.0f} lines/s (features included, one core).",
        "",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    main()
