"""Features of the lines of a page text dump, for the learned line classifier.

A page text dump is what a browser's select-all + copy gives: one block per
line, the article's lines among the page's chrome (menus, buttons, teasers,
footers). Every feature here is about the *shape* of a line and its place on
the page, never about words of one site, so that what is learned on some sites
carries over to others:

* the line itself: length, sentence punctuation, capitalisation, digits,
  separators (``›`` ``»`` ``|`` ``·``), links, share of function words
  (stop words of the page's language and of Swedish, jusText style);
* the page: relative position, distance to the longest line, how often the
  same line occurs on the page, and (from a per-site profile) whether the line
  occurs on other pages of the same site (``template``);
* the neighbours: the same shape features of the two lines before and after.

This module is shared by the training script (``tools/train_line_classifier.py``)
and the run-time scorer (``audiocast.ingest.lineclass``), so the two cannot
drift: the model file stores ``FEATURE_NAMES`` and the scorer checks them.
Blank lines are ignored (they are neither context nor scored).
Nothing here classifies; see ``lineclass.py``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
_SEPARATORS = re.compile(r"[›»«|·•>→/\\]|\s-\s")
_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w+|\.(?:se|com|nu|org|net)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_DASH_START = re.compile(r"^[–—-]\s")
_BULLET_START = re.compile(r"^(?:[•·*▪►■]|\d{1,2}[.)])\s")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b(?:i\s?går|i\s?dag|yesterday|today)\b|\b\d+\s*(?:min|tim|h|d|dagar|dag|veckor|hours?|days?|minutes?)\s+(?:sedan|ago)\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(?:foto|bild|photo|image|illustration|grafik|kredit|credit)\s*:|©|/\s*(?:tt|ap|afp|reuters|ntb|getty)\b",
    re.IGNORECASE,
)
DATE_LINE_WORDS = 3
"""A line holding a date is a date line (a comment's, a teaser's) when at most this many words of letters are left
beside its date and time ("4 feb 2025 kl 09.12", "Publicerad 3 mars"; not a headline "Rapport från mötet 14 oktober")."""

#: Shape features of one line (also used for its neighbours).
SHAPE_NAMES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "ends_sentence",
    "ends_colon",
    "starts_dash",
    "starts_bullet",
    "cap_share",
    "upper_share",
    "digit_share",
    "punct_share",
    "stop_share",
    "separators",
    "has_link",
    "short_bare",
    "comma_rate",
    "mean_word_len",
    "has_time",
)
#: Shape features repeated for the neighbours at these offsets (non-blank lines).
NEIGHBOUR_OFFSETS: tuple[int, ...] = (-2, -1, 1, 2)
NEIGHBOUR_SHAPES: tuple[str, ...] = ("log_words", "ends_sentence", "stop_share", "short_bare", "separators")
#: Features of a line's place on the page.
PAGE_NAMES: tuple[str, ...] = (
    "pos_rel",
    "dist_longest",
    "after_longest",
    "log_dist_long",
    "window_long_share",
    "window_mean_words",
    "rel_chars",
    "log_repeat",
    "template",
    "has_profile",
)
#: Every feature, in the order of the columns of ``page_features``.
FEATURE_NAMES: tuple[str, ...] = (
    SHAPE_NAMES + tuple(f"{name}@{off:+d}" for off in NEIGHBOUR_OFFSETS for name in NEIGHBOUR_SHAPES) + PAGE_NAMES
)

#: Optional page features (a model lists the ones it uses; the shipped one uses none of them): the span of running
#: prose (first to last line of ``LONG_LINE_WORDS`` words) and a line's distance outside it, the run of short bare
#: lines (a menu) a line belongs to, repeats on the page up to case and punctuation, a short date line (a comment's
#: or a teaser's) and one next to the line, and a picture credit ("Foto: ...", "/TT").
EXTRA_NAMES: tuple[str, ...] = (
    "in_prose_span",
    "log_dist_span",
    "log_short_run",
    "log_repeat_norm",
    "dateish",
    "date_near",
    "credit",
)
#: Every feature ``page_features`` can compute, in the order of its full matrix.
ALL_NAMES: tuple[str, ...] = FEATURE_NAMES + EXTRA_NAMES

#: Stage-two features: the stage-one scores of the neighbours and of the window around a line.
CONTEXT_NAMES: tuple[str, ...] = (
    *(f"score@{off:+d}" for off in NEIGHBOUR_OFFSETS),
    "score_window",
    "score_before",
    "score_after",
)

LONG_LINE_WORDS = 15
WINDOW = 5


@lru_cache(maxsize=1)
def load_stopwords() -> dict[str, frozenset[str]]:
    """The shipped stop-word lists (``data/stopwords.tsv``), by language code."""
    text = resources.files("audiocast.ingest").joinpath("data/stopwords.tsv").read_text(encoding="utf-8")
    return parse_stopwords(text)


def parse_stopwords(text: str) -> dict[str, frozenset[str]]:
    """``code<TAB>word word ...`` lines (``#`` starts a comment) into sets.

    >>> sorted(parse_stopwords("# c\\nsv\\toch att\\n")["sv"])
    ['att', 'och']
    """
    lists: dict[str, frozenset[str]] = {}
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        code, _, words = raw.partition("\t")
        lists[code.strip()] = frozenset(words.lower().split())
    return lists


def words_of(line: str) -> list[str]:
    """The word tokens of a line (letters and digits), as written.

    >>> words_of("Hem › Nyheter, 2024")
    ['Hem', 'Nyheter', '2024']
    """
    return _WORD.findall(line)


def page_language(lines: Sequence[str], stopwords: Mapping[str, frozenset[str]]) -> str | None:
    """The language whose stop words cover most of the page's words; None without any hit.

    >>> page_language(["Det är en bra dag och vi går till skolan"], load_stopwords())
    'sv'
    """
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(w for w in words_of(line.lower()) if len(w) < 12)
    hits: Counter[str] = Counter()
    for code, words in stopwords.items():
        hits[code] = sum(n for w, n in counts.items() if w in words)
    best = hits.most_common(1)
    return best[0][0] if best and best[0][1] > 0 else None


def page_stopwords(lines: Sequence[str], stopwords: Mapping[str, frozenset[str]] | None = None) -> frozenset[str]:
    """Stop words of the page's language together with the Swedish ones."""
    lists = load_stopwords() if stopwords is None else stopwords
    lang = page_language(lines, lists)
    swedish = lists.get("sv", frozenset())
    return swedish | lists[lang] if lang else swedish


def shape_features(line: str, stop: frozenset[str]) -> list[float]:
    """The ``SHAPE_NAMES`` features of one non-blank line.

    >>> f = dict(zip(SHAPE_NAMES, shape_features("Det här är en mening.", frozenset({"det", "är", "en"}))))
    >>> f["ends_sentence"], round(f["stop_share"], 2)
    (1.0, 0.6)
    """
    text = line.strip()
    words = words_of(text)
    n_words = len(words)
    n_chars = len(text)
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    punct = sum(not ch.isalnum() and not ch.isspace() for ch in text)
    alpha_words = [w for w in words if w[0].isalpha()]
    caps = sum(w[0].isupper() for w in alpha_words)
    upper = sum(w.isupper() and len(w) > 1 for w in alpha_words)
    ends_sentence = bool(_SENTENCE_END.search(text))
    short_bare = n_words <= 4 and not ends_sentence and "," not in text
    return [
        math.log1p(n_chars),
        math.log1p(n_words),
        float(ends_sentence),
        float(text.endswith(":")),
        float(bool(_DASH_START.match(text))),
        float(bool(_BULLET_START.match(text))),
        caps / len(alpha_words) if alpha_words else 0.0,
        upper / len(alpha_words) if alpha_words else 0.0,
        digits / n_chars if n_chars else 0.0,
        punct / n_chars if n_chars else 0.0,
        sum(w.lower() in stop for w in words) / n_words if n_words else 0.0,
        float(min(len(_SEPARATORS.findall(text)), 3)),
        float(bool(_URL.search(text))),
        float(short_bare),
        text.count(",") / n_words if n_words else 0.0,
        letters / n_words / 10.0 if n_words else 0.0,
        float(bool(_TIME.search(text))),
    ]


def _neighbour_block(shapes: np.ndarray) -> np.ndarray:
    """For each row, the selected shape columns of the rows at ``NEIGHBOUR_OFFSETS`` (zeros past the ends)."""
    cols = [SHAPE_NAMES.index(name) for name in NEIGHBOUR_SHAPES]
    n = shapes.shape[0]
    blocks = []
    for off in NEIGHBOUR_OFFSETS:
        block = np.zeros((n, len(cols)))
        if off < 0 and n > -off:
            block[-off:] = shapes[: n + off][:, cols]
        elif off > 0 and n > off:
            block[: n - off] = shapes[off:][:, cols]
        blocks.append(block)
    return np.hstack(blocks)


def _window_sum(values: np.ndarray) -> np.ndarray:
    """For each position, the sum of ``values`` within ``WINDOW`` positions either side."""
    cum = np.concatenate([[0.0], np.cumsum(values)])
    idx = np.arange(len(values))
    hi = np.minimum(idx + WINDOW + 1, len(values))
    lo = np.maximum(idx - WINDOW, 0)
    return cum[hi] - cum[lo]


def _page_block(texts: Sequence[str], shapes: np.ndarray, template: Sequence[bool] | None) -> np.ndarray:
    """The ``PAGE_NAMES`` features of the non-blank lines ``texts``."""
    n = len(texts)
    n_words = np.array([len(words_of(t)) for t in texts], dtype=float)
    n_chars = np.array([len(t) for t in texts], dtype=float)
    idx = np.arange(n, dtype=float)
    pos = idx / (n - 1) if n > 1 else np.zeros(n)
    longest = int(np.argmax(n_chars))
    long_idx = np.flatnonzero(n_words >= LONG_LINE_WORDS)
    if long_idx.size:
        dist_long = np.min(np.abs(idx[:, None] - long_idx[None, :]), axis=1)
    else:
        dist_long = np.full(n, float(n))
    is_long = (n_words >= LONG_LINE_WORDS).astype(float)
    counts = _window_sum(np.ones(n))
    long_share = _window_sum(is_long) / counts
    mean_words = _window_sum(shapes[:, SHAPE_NAMES.index("log_words")]) / counts
    repeats = Counter(texts)
    has_profile = template is not None
    tmpl = [bool(t) for t in template] if template is not None else [False] * n
    return np.column_stack(
        [
            pos,
            np.abs(idx - longest) / max(n, 1),
            (idx > longest).astype(float),
            np.log1p(dist_long),
            long_share,
            mean_words,
            n_chars / max(float(n_chars.max()), 1.0),
            np.array([math.log(repeats[t]) for t in texts]),
            np.array(tmpl, dtype=float),
            np.full(n, float(has_profile)),
        ]
    )


def _run_lengths(flags: np.ndarray) -> np.ndarray:
    """For each position, the length of the run of true ``flags`` it belongs to (0 where false)."""
    out = np.zeros(len(flags))
    start = 0
    for i in range(len(flags) + 1):
        if i == len(flags) or not flags[i]:
            out[start:i] = i - start
            start = i + 1
    return out


def _near(flags: np.ndarray) -> np.ndarray:
    """For each position, whether a flag is set at ``NEIGHBOUR_OFFSETS`` (the line itself not counted)."""
    n = len(flags)
    out = np.zeros(n, dtype=bool)
    for off in NEIGHBOUR_OFFSETS:
        if off < 0 and n > -off:
            out[-off:] |= flags[: n + off]
        elif off > 0 and n > off:
            out[: n - off] |= flags[off:]
    return out


def _is_date_line(text: str) -> bool:
    """A line that is a date (and time) with at most ``DATE_LINE_WORDS`` words of letters beside it."""
    if not _DATE.search(text):
        return False
    rest = _TIME.sub(" ", _DATE.sub(" ", text))
    return sum(w[0].isalpha() for w in words_of(rest)) <= DATE_LINE_WORDS


def _extra_block(texts: Sequence[str], shapes: np.ndarray) -> np.ndarray:
    """The ``EXTRA_NAMES`` features of the non-blank lines ``texts``."""
    n = len(texts)
    idx = np.arange(n, dtype=float)
    long_idx = np.flatnonzero(shapes[:, SHAPE_NAMES.index("log_words")] >= math.log1p(LONG_LINE_WORDS))
    if long_idx.size:
        first, last = float(long_idx[0]), float(long_idx[-1])
        inside = (idx >= first) & (idx <= last)
        dist_span = np.maximum(first - idx, 0.0) + np.maximum(idx - last, 0.0)
    else:
        inside, dist_span = np.zeros(n, dtype=bool), np.full(n, float(n))
    short_run = _run_lengths(shapes[:, SHAPE_NAMES.index("short_bare")] > 0)
    keys = [" ".join(w.lower() for w in words_of(t)) for t in texts]
    repeats = Counter(keys)
    dateish = np.array([_is_date_line(t) for t in texts])
    return np.column_stack(
        [
            inside.astype(float),
            np.log1p(dist_span),
            np.log1p(short_run),
            np.array([math.log(repeats[k]) if k else 0.0 for k in keys]),
            dateish.astype(float),
            _near(dateish).astype(float),
            np.array([float(bool(_CREDIT.search(t))) for t in texts]),
        ]
    )


def page_features(
    lines: Sequence[str],
    template: Sequence[bool] | None = None,
    stopwords: Mapping[str, frozenset[str]] | None = None,
    names: Sequence[str] = FEATURE_NAMES,
) -> np.ndarray:
    """The feature matrix (one row per line, one column per name of ``names``) of a page text dump.

    ``names`` are ``FEATURE_NAMES`` (the default) or any of ``ALL_NAMES``, in
    the order a model lists them. ``template[i]`` tells whether line ``i`` also
    occurs on other pages of the same site (from a per-site profile); ``None``
    when there is no profile. Blank lines get a row of zeros and are left out
    of every neighbour and position feature.
    """
    if template is not None and len(template) != len(lines):
        raise ValueError(f"template has {len(template)} entries for {len(lines)} lines; give one per line")
    unknown = [name for name in names if name not in ALL_NAMES]
    if unknown:
        raise ValueError(f"unknown line features {unknown}; linefeatures.ALL_NAMES lists the known ones")
    extra = any(name in EXTRA_NAMES for name in names)
    keep = [i for i, line in enumerate(lines) if line.strip()]
    out = np.zeros((len(lines), len(ALL_NAMES) if extra else len(FEATURE_NAMES)))
    if keep:
        texts = [lines[i].strip() for i in keep]
        stop = page_stopwords(texts, stopwords)
        shapes = np.array([shape_features(t, stop) for t in texts], dtype=float)
        tmpl = [template[i] for i in keep] if template is not None else None
        blocks = [shapes, _neighbour_block(shapes), _page_block(texts, shapes, tmpl)]
        out[keep] = np.hstack(blocks + [_extra_block(texts, shapes)] if extra else blocks)
    if tuple(names) == ALL_NAMES[: out.shape[1]]:
        return out
    return out[:, [ALL_NAMES.index(name) for name in names]]


def context_features(lines: Sequence[str], scores: np.ndarray) -> np.ndarray:
    """The ``CONTEXT_NAMES`` features from stage-one ``scores`` (one per line, probabilities).

    Neighbours are the nearest non-blank lines; past the ends the score is 0.
    ``score_before`` / ``score_after`` are the mean score of the ``WINDOW``
    lines before / after. Blank lines get zeros.
    """
    keep = [i for i, line in enumerate(lines) if line.strip()]
    out = np.zeros((len(lines), len(CONTEXT_NAMES)))
    if not keep:
        return out
    s = np.asarray(scores, dtype=float)[keep]
    n = len(s)
    cols = []
    for off in NEIGHBOUR_OFFSETS:
        col = np.zeros(n)
        if off < 0 and n > -off:
            col[-off:] = s[: n + off]
        elif off > 0 and n > off:
            col[: n - off] = s[off:]
        cols.append(col)
    cum = np.concatenate([[0.0], np.cumsum(s)])
    idx = np.arange(n)
    lo = np.maximum(idx - WINDOW, 0)
    hi = np.minimum(idx + WINDOW + 1, n)
    window = (cum[hi] - cum[lo]) / (hi - lo)
    before = np.where(idx > lo, (cum[idx] - cum[lo]) / np.maximum(idx - lo, 1), 0.0)
    after = np.where(hi > idx + 1, (cum[hi] - cum[idx + 1]) / np.maximum(hi - idx - 1, 1), 0.0)
    out[keep] = np.column_stack([*cols, window, before, after])
    return out
