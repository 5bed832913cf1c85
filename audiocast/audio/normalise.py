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
from .limiter import BLOCK, Reader, block_peaks, limiter_gains, true_peak_bounds, true_peaks_read
from .loudness import FFT_ROWS, SUB_SAMPLES, Loudness, integrated, loudness_range, sub_energies, sub_samples
from .pcm import SAMPLE_RATE
from .source import ArraySource, PcmSource, floats

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
MIN_SLOPE, MAX_SLOPE = 0.2, 1.0
"""Bounds of the secant slope (LU of loudness per dB of gain): limiting flattens it, never below 0.2."""
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
"""Samples measured at a time at 44.1 kHz (25.6 s, 4.5 MB as floats; at any rate, 25.6 s): a whole
number of the meter's FFT batches and of limiter blocks (FFT_ROWS is a multiple of BLOCK), so
chunked results equal those of the whole."""
MODEL_CHUNK = 1 << 18
"""Blocks the loudness model weighs at a time (bounds its working memory)."""
HF_HZ = 14000.0
"""The share of energy above this is measured (see ``encode``: broadband audio is verified)."""
HF_EVERY = 10
"""The energy above HF_HZ is estimated from every tenth 100 ms sub-block."""


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


def _hf_power(x: F32, first_sub: int, rate: int) -> tuple[float, float]:
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
    """One pass over ``source`` (at its rate), 25.6 s (MEASURE_CHUNK at 44.1 kHz) at a time."""
    subs, peaks, powers = [], [], []
    total = hf = 0.0
    rate = source.rate
    size = sub_samples(rate)
    chunk = size * FFT_ROWS
    whole_subs = source.frames // size
    whole_blocks = whole_subs * size // BLOCK
    for start in range(0, source.frames, chunk):
        samples = source.samples(start, min(start + chunk, source.frames))
        x = floats(samples)
        subs.append(sub_energies(x, rate))
        peaks.append(block_peaks(samples))
        n = max(0, min(len(x) // BLOCK, whole_blocks - start // BLOCK))
        body = x[: n * BLOCK].reshape(n, BLOCK)
        powers.append(np.einsum("ij,ij->i", body, body).astype(np.float64))
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
        rows = np.minimum(np.arange(len(power)) * BLOCK // sub_samples(rate), max(0, len(sub) - 1))
        self.row = rows.astype(np.int32)  # half the memory of the default int64
        self.row_power = np.bincount(self.row, weights=self.power, minlength=len(sub))
        # Block ranges of about MODEL_CHUNK blocks, cut where a sub-block starts: every
        # sub-block's sum is made in one piece, in order, as if in one bincount.
        cuts = np.flatnonzero(np.diff(self.row)) + 1
        at = np.searchsorted(cuts, np.arange(MODEL_CHUNK, len(power), MODEL_CHUNK))
        starts = sorted({0, len(power), *cuts[at[at < len(cuts)]].tolist()})
        self.pieces = list(zip(starts, starts[1:], strict=False))

    def energies(self, gain: float, bounds: F64 | None) -> F64:
        """The sub-block energies after ``gain`` and the limiter's ``bounds``."""
        energies: F64 = self.sub * (gain * gain)
        if bounds is None or len(self.power) == 0:
            return energies
        kept = np.zeros(len(self.sub))
        for lo, hi in self.pieces:
            a, b = bounds[lo:hi], bounds[lo + 1 : hi + 1]
            mean_square = (a * a + a * b + b * b) / 3  # of a linear ramp from a to b
            kept += np.bincount(self.row[lo:hi], weights=self.power[lo:hi] * mean_square, minlength=len(self.sub))
        ratio = np.divide(kept, self.row_power, out=np.ones(len(self.sub)), where=self.row_power > 0)
        out: F64 = energies * ratio
        return out

def _search_gain(model: _LoudnessModel, peaks: F32, gain: float, ceiling: float,
                 target_lufs: float) -> tuple[float, F64 | None]:
    """The gain (and the limiter's block gains with it) that reaches ``target_lufs``.

    Each dB of gain into a limiter yields less than a dB of loudness, so this
    takes secant steps.
    """
    tried: list[tuple[float, float]] = []
    bounds = None
    for _step in range(MAX_GAIN_STEPS):
        bounds = limiter_gains(peaks, gain, ceiling, model.rate)
        loud = integrated(model.energies(gain, bounds))
        error = target_lufs - loud
        if abs(error) <= LOUDNESS_TOLERANCE:
            break
        g_db = 20 * math.log10(gain)
        tried.append((g_db, loud))
        slope = MAX_SLOPE
        if len(tried) >= 2:
            (g0, l0), (g1, l1) = tried[-2], tried[-1]
            if g1 != g0:
                slope = min(MAX_SLOPE, max(MIN_SLOPE, (l1 - l0) / (g1 - g0)))
        gain = 10 ** ((g_db + min(error / slope, MAX_STEP_DB)) / 20)
        bounds = None
    if bounds is None:
        bounds = limiter_gains(peaks, gain, ceiling, model.rate)
    return gain, bounds


@dataclass
class _Search:
    """What the gain search works on: the audio, its model, its block peaks, the target."""

    read: Reader
    """The audio's 16-bit samples by range (only those the true peaks need become floats)."""
    model: _LoudnessModel
    peaks: F32
    """Per block: the sample peak, or the true peak where one was computed (updated in place)."""
    aim: float
    target_lufs: float
    tp_bound: F32
    """Per block: an upper bound of its true peak (``limiter.true_peak_bounds``)."""
    known: npt.NDArray[np.bool_]
    """Per block: whether ``peaks`` holds its true peak."""


def _add_true_peaks(s: _Search, gain: float) -> bool:
    """Compute the true peaks of the blocks that ``gain`` may bring over the aim and that are not
    known yet; whether there were any. Every other block's true peak is under the aim at ``gain``
    (its bound is), so the limiter has nothing to do there whatever its true peak is."""
    new = np.flatnonzero(~s.known & (s.tp_bound * np.float32(gain) > s.aim))
    if len(new) == 0:
        return False
    s.peaks[new] = np.maximum(s.peaks[new], true_peaks_read(s.read, new))
    s.known[new] = True
    return True


def _find_true_peaks(s: _Search, gain: float) -> float:
    """True peaks where they matter: found for a little more than the gain at hand, then again for
    the blocks the searched gain may bring over the aim, until none is new. Returns the searched gain."""
    reach = REACH  # limiting usually costs a few dB of loudness, made up with gain
    for rounds in range(len(s.peaks) + 1):
        if not _add_true_peaks(s, gain * reach):
            return gain
        gain, _bounds = _search_gain(s.model, s.peaks, gain, s.aim, s.target_lufs)
        reach = 1.0 if rounds < TP_ROUNDS else reach * REACH  # each round knows more blocks: it ends
    return gain


def _check_limited(s: _Search, gain: float) -> tuple[float, F64 | None]:
    """Where the limiter's gain varies, its estimate (block peak times the gain there) may be a
    little short: check those blocks' own true peaks, tighten and search again until none is over."""
    for _round in range(CHECK_ROUNDS):
        gain, bounds = _search_gain(s.model, s.peaks, gain, s.aim, s.target_lufs)
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
        s.peaks[near[over]] *= tp[over] / np.float32(s.aim)
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

    s = _Search(a.source.samples, _LoudnessModel(a.sub, a.power, a.rate), a.peaks.copy(), aim, target_lufs,
                true_peak_bounds(a.peaks), np.zeros(len(a.peaks), dtype=bool))
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
