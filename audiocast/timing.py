"""Word timing: when each written word of a script is heard in the finished episode.

The times come from the synthesis itself, not from speech recognition:

- espeak-ng reports a word event with its sample position for every word it
  speaks (:meth:`~audiocast.tts.espeak.EspeakEngine.synthesize_with_timings`);
- Piper reports how long each phoneme lasted (with ``alignments=True``), grouped
  into words by :func:`audiocast.tts.piper_engine.word_timings`;
- Google's voice reports nothing: the words are placed within the clip in
  proportion to their syllables (and the pauses their punctuation implies),
  and marked ``estimated``.

A clip's spoken words (:class:`ClipWords`, ms from the start of the clip as
the engine made it) are stored beside the clip in the speech cache
(``<key>.words.json`` next to ``<key>.wav``), so a cached clip keeps its
timing. :func:`episode_words` moves them into the episode (the clip's start
from assembly, less the edge silence assembly trimmed) and maps the spoken
words back to the written words of each segment (:func:`align_written`: a
monotonic alignment of written tokens to spoken words, by the normalizer
applied to each token alone).

Not here: the engines (``tts/``), assembly (``audio/``), the files that show
the words (``publish/sidecars.py``).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import warnings
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import speech
from .atomic import AtomicWriteError, atomic_path
from .audio.segment import FULL_SCALE, AudioSegment
from .audio.silence import EDGE_MARGIN_MS, SILENCE_THRESHOLD_DBFS, SILENCE_WINDOWS_PER_S, trim_silence
from .errors import EngineError
from .models import Script, Timeline
from .speech.numbers import digits
from .speech.phonemes import BLOCK, for_engine
from .tts.base import Availability, Engine
from .tts.cache import SynthCache
from .tts.espeak import WordEvent
from .tts.names import EngineName

with warnings.catch_warnings():
    # As in audio/assembly.py: the same RMS as the trim, from the deprecated stdlib audioop.
    warnings.filterwarnings("ignore", message=".*audioop.*", category=DeprecationWarning)
    import audioop

log = logging.getLogger(__name__)

WORDS_FORMAT = 1
"""Version of the ``.words.json`` files beside cached clips; others are ignored."""
WORDS_SUFFIX = ".words.json"
_MS_PER_S = 1000
_WORD = re.compile(r"\w+")
_VOWELS = re.compile(r"[aeiouyåäöéèüáà]+", re.IGNORECASE)
PAUSE_WEIGHT = {",": 1.0, ";": 1.2, ":": 1.2, "–": 1.0, ".": 1.6, "!": 1.6, "?": 1.6, "…": 1.6}
"""Estimated timing: the pause a punctuation mark after a word adds, in syllables."""
WORD_WEIGHT = 0.4
"""Estimated timing: what every word costs besides its syllables."""


@dataclass(frozen=True)
class WordTime:
    """One word and when it is heard, in whole milliseconds."""

    start_ms: int
    end_ms: int
    word: str


@dataclass(frozen=True)
class ClipWords:
    """The spoken words of one clip, in ms from the start of the clip as the engine made it."""

    words: tuple[WordTime, ...]
    estimated: bool
    """True when the engine gave no timings and the words were placed by estimate."""

    def to_json(self) -> str:
        return json.dumps({"format": WORDS_FORMAT, "estimated": self.estimated,
                           "words": [[w.start_ms, w.end_ms, w.word] for w in self.words]},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> ClipWords | None:
        """The words of a ``.words.json`` file; None when it is of another format or damaged."""
        try:
            data = json.loads(text)
            if data.get("format") != WORDS_FORMAT:
                return None
            words = tuple(WordTime(int(s), int(e), str(w)) for s, e, w in data["words"])
            return cls(words, bool(data["estimated"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


@dataclass(frozen=True)
class SegmentWords:
    """The written words of one script segment and when each is heard in the episode."""

    words: tuple[WordTime, ...]
    """One per whitespace-separated token of ``Segment.written``, in order."""
    estimated: bool


# --- clip level: from the engines --------------------------------------------------------------


def _samples_to_ms(sample: int, rate: int) -> int:
    return (sample * _MS_PER_S + rate // 2) // rate


def _clip_ms(clip: AudioSegment) -> int:
    return _samples_to_ms(int(clip.frame_count()), clip.frame_rate)


def spoken_tokens(text: str) -> list[str]:
    """The whitespace-separated tokens of ``text`` that have a letter or digit to say."""
    return [t for t in text.split() if _WORD.search(t)]


def _weight(token: str) -> float:
    syllables = max(1, len(_VOWELS.findall(token)))
    tail = token.rstrip()[-1:]
    return syllables + WORD_WEIGHT + PAUSE_WEIGHT.get(tail, 0.0)


def estimate_words(tokens: list[str], start_ms: int, end_ms: int) -> list[WordTime]:
    """``tokens`` spread over ``start_ms``–``end_ms`` by syllables, each followed by the pause its
    punctuation implies (the pause is not part of the word)."""
    weights = [_weight(t) for t in tokens]
    if tokens:  # the pause after the last word is not inside the clip
        weights[-1] -= PAUSE_WEIGHT.get(tokens[-1][-1:], 0.0)
    total = sum(weights) or 1.0
    span = max(0, end_ms - start_ms)
    out: list[WordTime] = []
    done = 0.0
    for n, (token, weight) in enumerate(zip(tokens, weights, strict=True)):
        pause = PAUSE_WEIGHT.get(token[-1:], 0.0) if n < len(tokens) - 1 else 0.0
        start = start_ms + round(span * done / total)
        end = start_ms + round(span * (done + weight - pause) / total)
        out.append(WordTime(start, max(start, end), token))
        done += weight
    return out


def _speech_bounds_ms(clip: AudioSegment) -> tuple[int, int]:
    """Where the speech of ``clip`` starts and ends, as assembly trims it (ms in the clip)."""
    lead = leading_trim_frames(clip)
    trimmed = _trimmed_frames(clip)
    return _samples_to_ms(lead, clip.frame_rate), _samples_to_ms(lead + trimmed, clip.frame_rate)


def _trimmed_frames(clip: AudioSegment) -> int:
    return int(trim_silence(clip).frame_count())


def estimated_clip_words(text: str, clip: AudioSegment) -> ClipWords:
    """The words of ``text`` spread over the speech in ``clip`` (for voices without timings)."""
    start, end = _speech_bounds_ms(clip)
    return ClipWords(tuple(estimate_words(spoken_tokens(text), start, end)), estimated=True)


def _loud_windows(clip: AudioSegment) -> tuple[list[int], int]:
    """The 5 ms windows of ``clip`` louder than assembly's silence threshold (their indices, in
    order), and the window's length in frames.

    The measure is ``audioop.rms`` of each window (the mean of the squares, its root cut to a
    whole number), as assembly's trim takes it. For 8- and 16-bit samples it is computed for all
    windows at once: their squares' sums are whole numbers far below 2**53, so the sums audioop
    adds up in floating point are exact and equal numpy's integer sums, and the one division and
    square root that follow round alike; other widths go window by window through audioop.
    """
    window = max(1, clip.frame_rate // SILENCE_WINDOWS_PER_S)
    limit = FULL_SCALE * 10 ** (SILENCE_THRESHOLD_DBFS / 20)
    raw, width, sample_width = clip.raw_data, clip.frame_width, clip.sample_width
    frames = int(clip.frame_count())
    if sample_width not in (1, 2):
        return [n for n, i in enumerate(range(0, frames, window))
                if audioop.rms(raw[i * width: min(frames, i + window) * width], sample_width) > limit], window
    import numpy as np  # here: a run that synthesizes nothing never loads numpy

    channels = width // sample_width
    samples = np.frombuffer(raw, dtype="i1" if sample_width == 1 else "<i2", count=frames * channels)
    squares = samples.astype(np.int64) ** 2
    starts = np.arange(0, frames, window)
    sums = np.add.reduceat(squares, starts * channels) if frames else np.zeros(0, np.int64)
    counts = (np.minimum(starts + window, frames) - starts) * channels
    rms = np.floor(np.sqrt(sums.astype(np.float64) / counts.astype(np.float64)))
    return np.flatnonzero(rms > limit).tolist(), window


def refine_to_sound(clip: AudioSegment, words: list[WordTime]) -> list[WordTime]:
    """Each word's start moved past silence to where its sound begins (a pause the engine put
    before the word is not the word), within the word's own time; ends likewise pulled back."""
    if not words or clip.frame_count() == 0:
        return words
    loud, window = _loud_windows(clip)
    count = -(-int(clip.frame_count()) // window)
    step_ms = window * _MS_PER_S / clip.frame_rate

    def index(ms: int) -> int:
        return min(count, max(0, int(ms / step_ms)))

    out: list[WordTime] = []
    for w in words:
        first, last = index(w.start_ms), index(w.end_ms)
        a, b = bisect_left(loud, first), bisect_left(loud, last)  # the loud windows in [first, last)
        if a >= b:
            out.append(w)
            continue
        start = max(w.start_ms, round(loud[a] * step_ms))
        end = min(w.end_ms, round((loud[b - 1] + 1) * step_ms))
        out.append(WordTime(start, max(start, end), w.word))
    return out


def leading_trim_frames(clip: AudioSegment) -> int:
    """How many frames at the start of ``clip`` assembly's ``trim_silence`` cuts.

    The same measure (5 ms windows of RMS under the threshold, less the kept
    margin); a test checks it against ``trim_silence`` itself.
    """
    frames = int(clip.frame_count())
    window = max(1, clip.frame_rate // SILENCE_WINDOWS_PER_S)
    limit = FULL_SCALE * 10 ** (SILENCE_THRESHOLD_DBFS / 20)
    raw, width = clip.raw_data, clip.frame_width
    for start in range(0, frames, window):  # only up to the first loud window
        if audioop.rms(raw[start * width: min(frames, start + window) * width], clip.sample_width) > limit:
            return max(0, start - clip.frame_rate * EDGE_MARGIN_MS // _MS_PER_S)
    return frames


def _espeak_words(text: str, clip: AudioSegment, events: list[Any]) -> list[WordTime]:
    """espeak-ng's word events as words: each lasts until the next starts (or the clip ends)."""
    rate = clip.frame_rate
    end_ms = _clip_ms(clip)
    starts = [_samples_to_ms(e.sample, rate) for e in events]
    out = []
    for i, e in enumerate(events):
        end = starts[i + 1] if i + 1 < len(events) else end_ms
        out.append(WordTime(starts[i], max(starts[i], end), text[e.start:e.end]))
    return out


def _piper_words(text: str, clip: AudioSegment, phonemes: list[Any]) -> list[WordTime]:
    """Piper's phoneme words matched to the words of ``text``: one to one when they are as many,
    else each word gets the share of the phoneme words its characters are of the text's."""
    rate = clip.frame_rate
    # Imported here: Piper's module pulls in requests and more, which a render without Piper never needs.
    from .tts.piper_engine import word_timings

    groups = [(_samples_to_ms(g.start, rate), _samples_to_ms(g.end, rate)) for g in word_timings(phonemes)]
    tokens = spoken_tokens(text)
    if not groups or not tokens:
        return []
    if len(groups) == len(tokens):
        return [WordTime(s, e, t) for (s, e), t in zip(groups, tokens, strict=True)]
    total = sum(len(t) for t in tokens)
    out, done = [], 0

    def at(fraction: float) -> int:
        pos = fraction * len(groups)
        i = min(len(groups) - 1, int(pos))
        s, e = groups[i]
        return s + round((e - s) * (pos - i))

    for t in tokens:
        start = at(done / total)
        done += len(t)
        out.append(WordTime(start, max(start, at(done / total) if done < total else groups[-1][1]), t))
    return out


def synthesize_timed(engine: Engine, text: str) -> tuple[AudioSegment, ClipWords]:
    """The clip for ``text`` and its spoken words, from the engine's own timings where it has them.

    A Piper voice gives timings only when made with ``alignments=True`` (it needs the onnx
    package); without, its words are estimated like Google's.
    """
    timed = getattr(engine, "synthesize_with_timings", None)
    if engine.name == EngineName.PIPER and not getattr(engine, "alignments", False):
        timed = None  # it would run the model and then find no timings: estimated instead of twice the work
    if timed is not None and text.strip():
        try:
            clip, marks = timed(text)
        except EngineError as exc:  # e.g. a Piper voice made without alignments
            log.debug("no timings from %s: %s; estimating", engine.name, exc)
        else:
            if clip.channels != 1:
                clip = clip.set_channels(1)
            stripped = text.strip()
            if marks and isinstance(marks[0], WordEvent):
                words = _espeak_words(stripped, clip, marks)
            else:
                words = _piper_words(stripped, clip, marks)
            if words:
                return clip, ClipWords(tuple(refine_to_sound(clip, words)), estimated=False)
    clip = engine.synthesize(text)
    return clip, estimated_clip_words(text, clip)


def _written_blocks(text: str, spoken: str, words: ClipWords) -> ClipWords:
    """Spoken words that were phoneme blocks named by the written word each stands for, in order.

    ``spoken`` is ``text`` as the voice got it: a block word is "[[...]]" (Piper's words come
    from the text) or a piece of the block's phonemes (espeak-ng's word events point inside it).
    """
    written = [m.group(2) or m.group(1) for m in BLOCK.finditer(text)]
    inners = [m.group(0).strip("[]") for m in re.finditer(r"\[\[[^\[\]]*\]\]", spoken)]
    named: list[WordTime] = []
    k = 0
    for w in words.words:
        core = w.word.strip("[]")
        if k < len(written) and k < len(inners) and core and ("[[" in w.word or core in inners[k]):
            named.append(WordTime(w.start_ms, w.end_ms, written[k]))
            k += 1
        else:
            named.append(w)
    return ClipWords(tuple(named), words.estimated)


def words_path(cache: SynthCache, engine: Engine, text: str) -> Path:
    """Where the spoken words of a cached clip are kept: beside it, keyed the same."""
    return cache.path_for(engine, text).with_suffix(WORDS_SUFFIX)


class TimedEngine(Engine):
    """``inner`` as the speech cache sees it (same name, voice and settings, so the same keys),
    which also keeps each clip's spoken words, in memory and beside the clip in ``cache``."""

    def __init__(self, inner: Engine, cache: SynthCache):
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.voice = inner.voice
        self.is_network = inner.is_network
        self.description = inner.description
        self._words: dict[str, ClipWords] = {}
        self._lock = threading.Lock()

    def settings(self) -> dict[str, Any]:
        return self.inner.settings()

    def check(self, timeout: float = 2.0) -> Availability:
        return self.inner.check(timeout)

    def _synthesize(self, text: str) -> AudioSegment:  # pragma: no cover - synthesize() is overridden
        return self.inner.synthesize(text)

    def synthesize(self, text: str) -> AudioSegment:
        """The clip and its words; lexicon phonemes (``[[IPA|word]]``) go to the voice in its own
        notation (:func:`audiocast.speech.phonemes.for_engine`), the words keep the written word."""
        spoken = for_engine(text, self.inner.name)
        clip, words = synthesize_timed(self.inner, spoken)
        if "[[" in text:
            words = _written_blocks(text, spoken, words)
        self._store(text, words)
        with self._lock:
            self._words[text] = words
        return clip

    def _store(self, text: str, words: ClipWords) -> None:
        """Keep ``words`` beside the cached clip of ``text`` (a failure only costs exact timing later)."""
        path = words_path(self.cache, self.inner, text)
        try:
            with atomic_path(path, fsync=False, mode=None) as tmp:
                tmp.write_text(words.to_json(), encoding="utf-8")
        except (AtomicWriteError, OSError) as exc:  # the clip still counts; its words are estimated next time
            log.warning("cannot keep word timings at %s: %s", path, exc)

    def words_for(self, text: str, clip: AudioSegment) -> ClipWords:
        """The spoken words of ``clip`` (the clip of ``text``): as synthesized in this run, else as
        kept beside the cached clip, else estimated (a clip cached before timings were kept)."""
        with self._lock:
            known = self._words.get(text)
        if known is not None:
            return known
        try:
            kept = ClipWords.from_json(words_path(self.cache, self.inner, text).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            kept = None
        return kept if kept is not None else estimated_clip_words(text, clip)


# --- written words: aligning the spoken words back to what a reader sees -----------------------


@lru_cache(maxsize=8192)
def _expected(token: str) -> tuple[tuple[str, ...], ...]:
    """The ways the normalizer may read one written token alone (lowercase words): as it reads the
    token by itself and, for a token with digits, digit by digit (phone numbers, codes)."""
    try:
        spoken = speech.normalize(token)
    except Exception:  # a token the rules choke on is aligned by length alone
        spoken = token
    readings = [tuple(w.lower() for w in _WORD.findall(spoken))]
    if any(c.isdigit() for c in token):
        readings.append(tuple(digits(token).split()))
    return tuple(readings)


def _units(spoken: list[WordTime]) -> list[tuple[str, ...]]:
    return [tuple(w.lower() for w in _WORD.findall(s.word)) for s in spoken]


Shape = tuple[tuple[str, ...], int, int]
"""Words with their count and their letters' count: what the cost of a token's words looks at."""


def _shape(words: tuple[str, ...]) -> Shape:
    return words, len(words), sum(map(len, words))


def _span_cost(shapes: list[Shape], span: Shape) -> float:
    """The cost of a token (its readings' shapes) taking the spoken words ``span``: that of the
    nearest reading (see :func:`_best_paths`)."""
    words, count, chars = span
    cost = float("inf")
    for expected, n_e, chars_e in shapes:
        if expected == words:
            one = 0.0
        elif not n_e or not count:
            one = 2.0 * max(n_e, count) + 1.0
        else:
            one = 1.0 + 0.5 * abs(n_e - count) + abs(chars_e - chars) / max(chars_e, 4)
        cost = min(cost, one)
    return cost


class _Spans:
    """``got[j][k]``: the shape of the k spoken words before j, made when first asked for (once,
    not once per token; most are never asked for)."""

    def __init__(self, units: list[tuple[str, ...]], widest: int):
        self.units = units
        self.rows: list[list[Shape | None]] = [[None] * (min(widest, j) + 1) for j in range(len(units) + 1)]

    def __len__(self) -> int:
        return len(self.rows)

    def at(self, j: int, k: int) -> Shape:
        """The shape of the spoken words ``j - k`` .. ``j - 1``."""
        shape = self.rows[j][k]
        if shape is None:
            shape = self.rows[j][k] = _shape(tuple(w for u in self.units[j - k: j] for w in u))
        return shape


def _greedy_cost(shaped: list[list[Shape]], mosts: list[int], got: _Spans) -> float:
    """The cost of one way through (inf when it finds none): each token takes the spoken words of
    its first reading that they match, else one word (never more than the tokens after it
    leave), the last token the rest; summed in the order :func:`_best_paths` sums. So the
    cheapest way costs at most this much."""
    m, done, total, left = len(got) - 1, 0, 0.0, sum(mosts)
    for i, (shapes, most) in enumerate(zip(shaped, mosts, strict=True)):
        left -= most
        if i == len(shaped) - 1:
            k = m - done
        else:
            k = next((n_e for words, n_e, _c in shapes
                      if n_e <= min(most, m - done) and got.at(done + n_e, n_e)[0] == words), min(1, m - done))
            k = min(max(k, m - done - left), m - done)
        if not 0 <= k <= most:
            return float("inf")
        total += _span_cost(shapes, got.at(done + k, k))
        done += k
    return total


def _best_paths(readings: list[tuple[tuple[str, ...], ...]], units: list[tuple[str, ...]]) -> list[list[int]]:
    """The dynamic programme of :func:`align_written`: back[i][j] is how many spoken words token i
    takes on the cheapest way for tokens 1..i to take the spoken words 1..j (for every cell that
    can be on a cheapest way to (n, m); the others are not needed and may say anything).

    The cost of a token and the spoken words it takes is that of the nearest of
    the token's readings: 0 when they are the same words, 2 per word plus 1 when
    either has none, else 1 plus 0.5 per word more or less plus the difference
    in letters relative to the reading's (at least 4).

    Cells that cannot be on a cheapest way are dropped as the rows are made, so a row looks
    only at the cells the previous row left: those a token's span can reach, and of those
    only the ones no dearer than one known way through (:func:`_greedy_cost`). That keeps
    the answer exactly: costs are never negative, and adding a non-negative number never
    makes a float smaller, so every cell on a cheapest way, and every cell tied with one
    for a back pointer, costs no more than the whole way, which costs no more than the
    known one. In the usual sentence (the voice said the words the normalizer reads) the
    known way is the cheapest and few cells are left per row.
    """
    n, m = len(readings), len(units)
    inf = float("inf")
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    widest = max(max(4, 2 * max(map(len, expected)) + 2) for expected in readings)
    got = _Spans(units, widest)
    shaped = [[_shape(expected) for expected in token] for token in readings]
    mosts = [max(4, 2 * max(length for _e, length, _c in shapes) + 2) for shapes in shaped]
    bound = _greedy_cost(shaped, mosts, got)
    # Only cells on some way from (0, 0) to (n, m) can be on the cheapest: tokens 1..i take at
    # most the sum of their ``most`` words, and the tokens after i must be able to take the rest.
    reach, left = 0, sum(mosts)
    live = [0]  # the cells of the previous row still in the running
    for i in range(1, n + 1):
        shapes, most = shaped[i - 1], mosts[i - 1]
        reach, left = reach + most, left - most
        row, prev, choice = best[i], best[i - 1], back[i]
        low, high = max(0, m - left), min(m, reach)
        targets = sorted({j for p in live for j in range(max(p, low), min(p + most, high) + 1)})
        for j in targets:
            for k in range(min(most, j) + 1):
                before = prev[j - k]
                if before == inf:
                    continue
                total = before + _span_cost(shapes, got.at(j, k))
                if total < row[j]:
                    row[j], choice[j] = total, k
        live = [j for j in targets if row[j] <= bound]
        for j in targets:
            if row[j] > bound:
                row[j] = inf
    return back


def align_written(written: str, spoken: list[WordTime]) -> list[WordTime]:
    """Each written token of ``written`` with the span of the spoken words it became.

    A monotonic alignment (dynamic programming): every spoken word goes to
    exactly one written token, in order; a token's cost is how far the
    normalizer's reading of that token alone is from the spoken words it
    gets ("08" -> "noll åtta" costs nothing). A token that is not spoken (a
    dash) gets no time: it starts and ends where the previous word ended.
    """
    tokens = written.split()
    if not tokens:
        return []
    if not spoken:
        return [WordTime(0, 0, t) for t in tokens]
    units = _units(spoken)
    n, m = len(tokens), len(units)
    back = _best_paths([_expected(token) for token in tokens], units)
    spans: list[tuple[int, int]] = []
    j = m
    for i in range(n, 0, -1):
        k = back[i][j]
        spans.append((j - k, j))
        j -= k
    spans.reverse()
    out: list[WordTime] = []
    last = spoken[0].start_ms
    for token, (a, b) in zip(tokens, spans, strict=True):
        if b > a:
            start, end = spoken[a].start_ms, spoken[b - 1].end_ms
            out.append(WordTime(start, max(start, end), token))
            last = end
        else:
            out.append(WordTime(last, last, token))
    return _share_merged(out)


def _share_merged(words: list[WordTime]) -> list[WordTime]:
    """A token that is said but got no spoken word of its own ("475" of "475 000", spoken as one
    word "fyrahundrasjuttiofemtusen") shares the time of the neighbour that took that word, by
    length."""
    out = list(words)
    for i, w in enumerate(out):
        if w.end_ms > w.start_ms or not any(_expected(w.word)):
            continue
        j = i + 1 if i + 1 < len(out) and out[i + 1].end_ms > out[i + 1].start_ms else i - 1
        if j < 0 or out[j].end_ms <= out[j].start_ms:
            continue
        first, second = (w, out[j]) if j > i else (out[j], w)
        n = out[j]
        cut = n.start_ms + (n.end_ms - n.start_ms) * len(first.word) // (len(first.word) + len(second.word))
        a, b = WordTime(n.start_ms, cut, first.word), WordTime(cut, n.end_ms, second.word)
        out[min(i, j)], out[max(i, j)] = a, b
    return out


def episode_words(script: Script, clips: list[AudioSegment], timeline: Timeline,
                  spoken: list[ClipWords]) -> list[SegmentWords]:
    """The written words of every segment, in ms of the episode.

    A clip's times move by where assembly placed it (``timeline``) less the
    edge silence it trimmed; they stay within the segment's own time.
    """
    out: list[SegmentWords] = []
    for seg, clip, t, words in zip(script.segments, clips, timeline.timings, spoken, strict=True):
        shift = t.start_ms - _samples_to_ms(leading_trim_frames(clip), clip.frame_rate)
        moved = [WordTime(min(t.end_ms, max(t.start_ms, w.start_ms + shift)),
                          min(t.end_ms, max(t.start_ms, w.end_ms + shift)), w.word) for w in words.words]
        out.append(SegmentWords(tuple(align_written(seg.written, moved)), words.estimated))
    return out


def estimated_segment_words(script: Script, timeline: Timeline) -> list[SegmentWords]:
    """Written words spread over each segment's time: for episodes rendered without word timings."""
    return [
        SegmentWords(tuple(estimate_words(seg.written.split(), t.start_ms, t.end_ms)), estimated=True)
        for seg, t in zip(script.segments, timeline.timings, strict=True)
    ]
