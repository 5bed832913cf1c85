"""Bringing PCM to a loudness target under a true-peak ceiling: one gain plus the limiter.

In here: :func:`normalise`, which finds the gain (and the limiter's block
gains with it) for 16-bit samples, and what it returns (:class:`Plan`); the
cheap loudness model of limited audio it searches with. Not in here: the
meter (``loudness``), the limiter itself (``limiter``), writing the result
(``encode``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..errors import AudioError
from .limiter import (
    BLOCK,
    GAIN_CHUNK,
    Reader,
    block_peaks,
    held_peaks,
    limiter_gains,
    true_peak_bounds,
    true_peaks_read,
)
from .loudness import FFT_ROWS, SUB_SAMPLES, Loudness, integrated, loudness_range, sub_energies, sub_samples
from .pcm import FULL_SCALE, SAMPLE_RATE
from .source import ArraySource, PcmSource

__all__ = ["MEASURE_CHUNK", "Analysis", "Plan", "Silent", "analyse", "normalise"]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

SILENT_LUFS = -69.0
"""Audio at or under this integrated loudness (LUFS, just over the -70 LUFS gate) cannot be normalised."""
LIMITER_AIM = 10 ** (-0.02 / 20)
"""The limiter aims 0.02 dB under its ceiling, so the check after it rarely has to tighten it."""
LOUDNESS_TOLERANCE = 0.05
"""LU from the target at which the gain search on the PCM stops."""
MAX_GAIN_STEPS = 8
"""Secant steps of the gain search at most (it usually needs two or three)."""
MIN_SLOPE, MAX_SLOPE = 0.05, 1.0
"""Bounds of the secant slope (LU of loudness per dB of gain): limiting flattens it (espeak-ng's
speech brought up 13 dB into the limiter: 0.13), never below 0.05 (MAX_STEP_DB bounds the step)."""
MAX_STEP_DB = 12.0
"""Largest change of gain (dB) in one step of the search."""
REACH = 2**0.5
"""First guess of how much more gain (+3 dB) limiting will need: true peaks are found that far up
at first; after TP_ROUNDS rounds each further round reaches this much further."""
TP_ROUNDS = 8
"""Rounds of finding true peaks for the blocks the searched gain may bring over the ceiling, at
gain as searched; more rounds reach further each (so the search ends)."""
CHECK_ROUNDS = 4
"""Rounds of checking the limited blocks' own true peaks (one is the rule, two the exception)."""
CHECK_SHARE = 0.8
"""Blocks where the limiter acts whose estimated limited peak (true peak times the gain times the
largest limiter gain of the block and its neighbours) is over this share of the aim (-1.9 dB) are
checked. The estimate errs only by how much the gain ramps within the interpolator's reach (on
speech at most 0.03 % over; far under the 1.9 dB), so the blocks left out cannot reach the aim."""
MEASURE_CHUNK = SUB_SAMPLES * FFT_ROWS
"""Samples measured at a time at 44.1 kHz (3.2 s, 1.1 MB as float64; at any rate, 3.2 s): one of
the meter's FFT batches and a whole number of limiter blocks (FFT_ROWS is a multiple of BLOCK),
so chunked results equal those of the whole."""
MODEL_CHUNK = 1 << 14
"""Blocks the loudness model weighs at a time (bounds its working memory; small enough to stay in
the processor's cache)."""
HF_HZ = 14000.0
"""The share of energy above this is measured (see ``encode``: broadband audio is verified)."""
HF_EVERY = 10
"""The energy above HF_HZ is estimated from every tenth 100 ms sub-block."""
SQUARE_SCALE = FULL_SCALE**-2
"""A squared 16-bit sample value times this is the square of the sample as a float (exactly: 2**-30)."""


class Silent(Exception):
    """The audio is (almost) silent: there is nothing to normalise."""

    def __init__(self, lufs: float):
        super().__init__(f"{lufs:.1f} LUFS")
        self.lufs = lufs


@dataclass
class Plan:
    """The gain and limiter that normalise one piece of audio."""

    gain: float
    """Linear gain applied to every sample."""
    bounds: F64 | None
    """The limiter's gain at every block boundary (None: the limiter does nothing)."""
    loudness: Loudness
    """Of the processed audio (from the loudness model), before the codec."""


@dataclass
class Analysis:
    """What one pass over an episode's PCM learns: all the gain search needs, per 100 ms
    sub-block and per limiter block (about 1/8 of the 16-bit audio's size, not a copy of it)."""

    source: PcmSource
    sub: F64
    """K-weighted energy of every whole 100 ms sub-block."""
    peaks: F32
    """Sample peak of every BLOCK-sample block (the last one may be partial)."""
    power: F64
    """Sum of squares of every whole block within the whole sub-blocks."""
    hf: float
    """Share of the energy above HF_HZ (from every tenth sub-block)."""

    @property
    def rate(self) -> int:
        """The audio's frames per second."""
        return self.source.rate


def _hf_power(x: F64, first_sub: int, rate: int) -> tuple[float, float]:
    """(total, above HF_HZ) spectral power of every tenth sub-block of ``x`` (sub-block ``first_sub`` on)."""
    size = sub_samples(rate)
    n = len(x) // size
    if rate <= 2 * HF_HZ:  # nothing at this rate lies above HF_HZ (espeak-ng's, Google's voice)
        return 0.0, 0.0
    pick = np.flatnonzero((np.arange(first_sub, first_sub + n) % HF_EVERY) == 0)
    if len(pick) == 0:
        return 0.0, 0.0
    rows = x[: n * size].reshape(n, size)[pick]
    spec = np.fft.rfft(rows, axis=1)
    power = (spec.real**2 + spec.imag**2).sum(axis=0)
    return float(power.sum()), float(power[np.fft.rfftfreq(size, 1 / rate) > HF_HZ].sum())


def analyse(source: PcmSource) -> Analysis:
    """One pass over ``source`` (at its rate), 3.2 s (MEASURE_CHUNK at 44.1 kHz) at a time.

    The samples are taken as float64 integers: the meter's FFT runs in float64 anyway, and each
    block's sum of squares is then exact (integers under 2**53), whatever order numpy sums in.
    """
    subs, peaks, powers = [], [], []
    total = hf = 0.0
    rate = source.rate
    size = sub_samples(rate)
    chunk = size * FFT_ROWS
    whole_subs = source.frames // size
    whole_blocks = whole_subs * size // BLOCK
    for start in range(0, source.frames, chunk):
        samples = source.samples(start, min(start + chunk, source.frames))
        x = samples.astype(np.float64)  # 16-bit values: FULL_SCALE times the floats
        subs.append(sub_energies(x, rate, SQUARE_SCALE))
        peaks.append(block_peaks(samples))
        n = max(0, min(len(x) // BLOCK, whole_blocks - start // BLOCK))
        body = x[: n * BLOCK].reshape(n, BLOCK)
        powers.append(np.einsum("ij,ij->i", body, body) * SQUARE_SCALE)
        t, h = _hf_power(x, start // size, rate)
        total, hf = total + t, hf + h
    cat = np.concatenate
    return Analysis(source, cat(subs) if subs else np.zeros(0), cat(peaks) if peaks else np.zeros(0, np.float32),
                    cat(powers) if powers else np.zeros(0), hf / total if total > 0 else 0.0)


class _LoudnessModel:
    """Integrated loudness of the audio after a gain and the limiter, cheaply.

    The limiter changes the level of short stretches only; each 100 ms
    sub-block's K-weighted energy is scaled by how much the limiter lowers
    that sub-block's plain energy (block by block), which on speech is within
    0.01 LU of measuring the limited audio again.
    """

    def __init__(self, sub: F64, power: F64, rate: int = SAMPLE_RATE):
        self.sub = sub
        self.power = power
        self.rate = rate
        # A block belongs to the sub-block its first sample lies in (the last one takes any
        # beyond): sub-block r's blocks run from ceil(r * size / BLOCK) to the next one's first.
        n, size = len(power), sub_samples(rate)
        first = np.minimum(-(-np.arange(len(sub)) * size // BLOCK), n)
        first[0] = 0
        until = np.append(first[1:], n)
        self.rows = np.flatnonzero(first < until)
        """The sub-blocks that have blocks."""
        self.starts = first[self.rows]
        """Their first blocks (ascending)."""
        # Pieces of about MODEL_CHUNK blocks, cut where a sub-block starts: every sub-block's
        # sum is made in one piece, whatever MODEL_CHUNK is.
        at = np.searchsorted(self.starts, np.arange(MODEL_CHUNK, n, MODEL_CHUNK))
        cuts = sorted({0, len(self.starts), *at.tolist()})
        self.pieces = list(zip(cuts, cuts[1:], strict=False))
        """Ranges of ``rows``, one piece each."""
        self.row_power = self._row_sums(power)

    def _row_sums(self, per_block: F64, bounds: F64 | None = None) -> F64:
        """Per sub-block, the sum of ``per_block`` (times 3 times the mean square of the limiter's
        ramp across each block, when ``bounds`` are given), a piece at a time."""
        out = np.zeros(len(self.sub))
        n = len(per_block)
        for r0, r1 in self.pieces:
            lo = int(self.starts[r0])
            hi = int(self.starts[r1]) if r1 < len(self.starts) else n
            w = per_block[lo:hi]
            if bounds is not None:
                a, b = bounds[lo:hi], bounds[lo + 1 : hi + 1]
                w = w * (a * (a + b) + b * b)  # 3 times the mean square of a linear ramp from a to b
            out[self.rows[r0:r1]] = np.add.reduceat(w, self.starts[r0:r1] - lo)
        return out

    def energies(self, gain: float, bounds: F64 | None) -> F64:
        """The sub-block energies after ``gain`` and the limiter's ``bounds``."""
        energies: F64 = self.sub * (gain * gain)
        if bounds is None or len(self.power) == 0:
            return energies
        kept = self._row_sums(self.power, bounds)
        ratio = np.divide(kept, 3 * self.row_power, out=np.ones(len(self.sub)), where=self.row_power > 0)
        out: F64 = energies * ratio
        return out


@dataclass
class _Search:
    """What the gain search works on: the audio, its model, its block peaks, the target."""

    read: Reader
    """The audio's 16-bit samples by range (only those the true peaks need become floats)."""
    model: _LoudnessModel
    sample_peaks: F32
    """Per block: the sample peak (the analysis'; not changed)."""
    peaks: F32
    """Per block: the sample peak, or the true peak where one was computed (updated in place)."""
    aim: float
    target_lufs: float
    known: npt.NDArray[np.bool_]
    """Per block: whether ``peaks`` holds its true peak."""
    held: F32 | None = None
    """``limiter.held_peaks`` of ``peaks`` (None: not made since they last changed)."""
    slope: float = MAX_SLOPE
    """The last secant slope of the gain search (LU per dB), the first step of the next search."""
    last: tuple[float, F64 | None, float] | None = None
    """The last gain tried, its limiter and loudness (None: not since the peaks last changed)."""

    def raise_peaks(self, blocks: npt.NDArray[np.intp], values: F32) -> None:
        """Raise the peaks of ``blocks`` to ``values`` where those are higher."""
        self.peaks[blocks] = np.maximum(self.peaks[blocks], values)
        self.held = None
        self.last = None

    def loudness(self, gain: float) -> tuple[F64 | None, float]:
        """The limiter's block gains at ``gain`` and the integrated loudness (model) they give."""
        if self.last is None or self.last[0] != gain:
            bounds = self.limiter(gain)
            self.last = (gain, bounds, integrated(self.model.energies(gain, bounds)))
        return self.last[1], self.last[2]

    def limiter(self, gain: float) -> F64 | None:
        """The limiter's block gains at ``gain`` for the peaks as they are."""
        if self.held is None:
            self.held = held_peaks(self.peaks, self.model.rate)
        return limiter_gains(self.peaks, gain, self.aim, self.model.rate, self.held)

    def over_bound(self, gain: float) -> npt.NDArray[np.intp]:
        """The blocks whose true peak is not known and whose bound (``limiter.true_peak_bounds``
        of the sample peaks) times ``gain`` is over the aim; GAIN_CHUNK blocks at a time."""
        p, n, out = self.sample_peaks, len(self.sample_peaks), []
        for lo in range(0, n, GAIN_CHUNK):
            hi = min(n, lo + GAIN_CHUNK)
            first = max(0, lo - 1)  # a block's bound needs its neighbours' peaks
            bound = true_peak_bounds(p[first : min(n, hi + 1)])[lo - first : hi - first]
            out.append(lo + np.flatnonzero(~self.known[lo:hi] & (bound * np.float32(gain) > self.aim)))
        return np.concatenate(out) if out else np.zeros(0, np.intp)


def _search_gain(s: _Search, gain: float) -> tuple[float, F64 | None]:
    """The gain (and the limiter's block gains with it) that reaches ``s.target_lufs``.

    Each dB of gain into a limiter yields less than a dB of loudness, so this
    takes secant steps.
    """
    tried: list[tuple[float, float]] = []
    bounds = None
    for _step in range(MAX_GAIN_STEPS):
        bounds, loud = s.loudness(gain)
        error = s.target_lufs - loud
        if abs(error) <= LOUDNESS_TOLERANCE:
            break
        g_db = 20 * math.log10(gain)
        tried.append((g_db, loud))
        if len(tried) >= 2:
            (g0, l0), (g1, l1) = tried[-2], tried[-1]
            if g1 != g0:
                s.slope = min(MAX_SLOPE, max(MIN_SLOPE, (l1 - l0) / (g1 - g0)))
        gain = 10 ** ((g_db + min(error / s.slope, MAX_STEP_DB)) / 20)
        bounds = None
    if bounds is None:
        bounds, _loud = s.loudness(gain)
    return gain, bounds


def _add_true_peaks(s: _Search, gain: float) -> bool:
    """Compute the true peaks of the blocks that ``gain`` may bring over the aim and that are not
    known yet; whether there were any. Every other block's true peak is under the aim at ``gain``
    (its bound is), so the limiter has nothing to do there whatever its true peak is."""
    new = s.over_bound(gain)
    if len(new) == 0:
        return False
    s.raise_peaks(new, true_peaks_read(s.read, new))
    s.known[new] = True
    return True


def _find_true_peaks(s: _Search, gain: float) -> float:
    """True peaks where they matter: found for a little more than the gain at hand, then again for
    the blocks the searched gain may bring over the aim, until none is new. Returns the searched gain."""
    reach = REACH  # limiting usually costs a few dB of loudness, made up with gain
    for rounds in range(len(s.peaks) + 1):
        if not _add_true_peaks(s, gain * reach):
            return gain
        gain, _bounds = _search_gain(s, gain)
        reach = 1.0 if rounds < TP_ROUNDS else reach * REACH  # each round knows more blocks: it ends
    return gain


def _check_limited(s: _Search, gain: float) -> tuple[float, F64 | None]:
    """Where the limiter's gain varies, its estimate (block peak times the gain there) may be a
    little short: check those blocks' own true peaks, tighten and search again until none is over."""
    for _round in range(CHECK_ROUNDS):
        gain, bounds = _search_gain(s, gain)
        if bounds is None:
            return gain, bounds
        # Per block, the largest limiter gain its samples and the taps' reach (the blocks around) see.
        local = np.maximum(bounds[:-1], bounds[1:]).astype(np.float32)
        np.maximum(local[1:], local[:-1].copy(), out=local[1:])
        np.maximum(local[:-1], local[1:].copy(), out=local[:-1])
        active = (bounds[:-1] < 1.0) | (bounds[1:] < 1.0)
        active[1:] |= active[:-1].copy()
        active[:-1] |= active[1:].copy()
        near = np.flatnonzero(active & (s.peaks * (np.float32(gain) * local) > s.aim * CHECK_SHARE))
        tp = true_peaks_read(s.read, near, gain, bounds)
        over = tp > s.aim / LIMITER_AIM ** 0.5  # leaves room for rounding to 16 bits
        if not over.any():
            return gain, bounds
        s.raise_peaks(near[over], s.peaks[near[over]] * (tp[over] / np.float32(s.aim)))
    raise AudioError("the peak limiter did not converge; please report this with the article")


def normalise(samples: npt.NDArray[np.int16] | Analysis, target_lufs: float, ceiling_dbtp: float) -> Plan:
    """The gain and limiter that bring 16-bit ``samples`` (or the audio of an :func:`analyse`)
    to ``target_lufs`` with true peaks under ``ceiling_dbtp``, and the loudness that results.

    Linear gain, then the limiter where true peaks would pass the ceiling; the
    gain is searched (secant steps on the loudness model) so the limited
    audio still reaches the target. The returned loudness is the model's
    (within 0.01 LU of measuring the result on speech). Raises :class:`Silent`
    for (almost) silent audio. Reads the audio again only around the blocks
    near the ceiling.
    """
    a = samples if isinstance(samples, Analysis) else analyse(ArraySource(samples))
    source = integrated(a.sub)
    if source <= SILENT_LUFS:
        raise Silent(source)
    ceiling = 10 ** (ceiling_dbtp / 20)
    aim = ceiling * LIMITER_AIM

    s = _Search(a.source.samples, _LoudnessModel(a.sub, a.power, a.rate), a.peaks, a.peaks.copy(), aim, target_lufs,
                np.zeros(len(a.peaks), dtype=bool))
    gain = 10 ** ((target_lufs - source) / 20)
    gain = _find_true_peaks(s, gain)
    for _round in range(TP_ROUNDS):
        gain, bounds = _check_limited(s, gain)
        if not _add_true_peaks(s, gain):  # the checked gain is higher: more blocks may reach the aim
            break
    else:
        raise AudioError("the peak limiter did not converge; please report this with the article")
    energies = s.model.energies(gain, bounds)
    top = s.peaks * np.float32(gain)
    if bounds is not None:
        top = top * np.maximum(bounds[:-1], bounds[1:]).astype(np.float32)
    peak = float(top.max(initial=0.0))
    return Plan(gain, bounds, Loudness(
        integrated_lufs=round(integrated(energies), 2),
        true_peak_dbtp=round(20 * math.log10(peak), 2) if peak > 0 else -math.inf,
        lra=loudness_range(energies),
    ))
