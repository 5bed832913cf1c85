"""The look-ahead true-peak limiter, in numpy, block by block.

In here: the limiter's block size and time constants; :func:`block_peaks`
and :func:`true_peaks` (the peaks it acts on); :func:`running_min` and
:func:`held_peaks` (its look-ahead and hold); :func:`limiter_gains` (the
gain at every block boundary); :func:`gain_at`, :func:`render` and
:func:`render_samples` (applying gain and limiter and rounding to 16-bit
PCM, for any stretch that starts on a block boundary).

The passes over the audio and the blocks run a bounded piece at a time
(GAIN_CHUNK, TP_ROWS), small enough to stay in the processor's cache:
numpy's element-wise passes over arrays of a few MB took twice as long.
Not in here: choosing the gain and checking the result (``normalise``), the
interpolation filters (``resample``).

Every function is over numpy arrays with no hidden state: the limiter's
state is the array of block-boundary gains (``bounds``), one per
:data:`BLOCK` samples plus one.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from .pcm import FULL_SCALE, SAMPLE_RATE
from .resample import INT16_MAX, INT16_MIN, TP_TAPS, tp_phases

__all__ = [
    "BLOCK",
    "block_peaks",
    "gain_at",
    "held_peaks",
    "limiter_gains",
    "peaks_db",
    "render",
    "render_piece",
    "render_samples",
    "running_min",
    "true_peak_bounds",
    "true_peaks",
    "true_peaks_read",
]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
Ints = npt.NDArray[np.intp]

BLOCK = 32
"""Samples per limiter block (0.73 ms at 44.1 kHz, 1.45 ms at 22.05 kHz): the gain is decided per block and ramps linearly between them."""
ATTACK_BLOCKS = 3
"""The gain ramps down over 2 * 3 + 1 blocks (about 5 ms at 44.1 kHz, 10 ms at 22.05 kHz) ending at each peak: the look-ahead."""
HOLD_MS = 20.0
"""After a peak the reduced gain is held this long (about two pitch periods), so that
the gain does not flutter between the pulses of a voiced sound."""
RELEASE_DB_PER_S = 100.0
"""Then it recovers at this rate: 1 dB in 10 ms, 6 dB in 60 ms."""
MS_PER_S = 1000
GAIN_CHUNK = 1 << 14
"""Blocks whose limiter gains are computed at a time (12 s of audio at 44.1 kHz, 24 s at 22.05 kHz):
the working arrays (128 kB each) stay in the processor's cache, where numpy's passes over them are
more than twice as fast as over arrays of a few MB."""
DB_TO_LOG = math.log(10) / 20
"""exp(dB * DB_TO_LOG) is 10 ** (dB / 20): numpy's exp takes a fifth of the time of its power."""
DB_FLOOR = 1e-9
"""Peaks are floored here (-180 dBFS) before taking logarithms."""
TP_ROWS = 1024
"""Blocks whose true peaks are computed at a time: bounds the working memory (about 1 MB, so that it
stays in the processor's cache: 4096 blocks took twice as long)."""
SPAN_BLOCKS = 1 << 15
"""Blocks spanned by the audio read at a time for true peaks (1 M samples, 4 MB as floats)."""


def running_min(r: npt.NDArray[Any], before: int, after: int, fill: float = 1.0) -> npt.NDArray[Any]:
    """m[j] = min(r[j - before .. j + after]) (``fill`` beyond the ends), in O(n log w) for a window
    of w = before + after + 1: minima over 1, 2, 4, ... samples by doubling, then the window as the
    minimum of two overlapping spans of the largest power of two in it (exact: a minimum does not
    round). Each step is one pass over contiguous memory, which numpy does fast; the limiter's
    windows are short (about 20 blocks). The result has ``r``'s dtype."""
    w = before + after + 1
    n = len(r)
    padded = np.empty(n + w - 1, dtype=r.dtype)
    padded[:before] = fill
    padded[before : before + n] = r
    padded[before + n :] = fill
    spans = padded  # spans[i] = min(padded[i .. i + span - 1])
    span = 1
    while 2 * span <= w:
        spans = np.minimum(spans[:-span], spans[span:])
        span *= 2
    out: npt.NDArray[Any] = np.minimum(spans[:n], spans[w - span : w - span + n])
    return out


def _hold_blocks(rate: int) -> int:
    """Blocks the limiter holds its gain for after a peak at ``rate`` (at least its attack)."""
    return max(ATTACK_BLOCKS, round(HOLD_MS * rate / MS_PER_S / BLOCK))


def _window_sum(x: F64, w: int) -> F64:
    """s[i] = x[i] + ... + x[i + w - 1] for every i (len(x) - w + 1 values), by doubling spans:
    about log2(w) + popcount(w) passes, each summed in the same order wherever the chunk starts."""
    total: F64 | None = None
    spans, span, offset = x, 1, 0  # spans[i] = x[i] + ... + x[i + span - 1]
    count = len(x) - w + 1
    while True:
        if w & span:
            part = spans[offset : offset + count]
            total = part.copy() if total is None else total + part
            offset += span
        if 2 * span > w:
            break
        spans = spans[:-span] + spans[span:]
        span *= 2
    assert total is not None
    return total


def held_peaks(peaks: F32, rate: int = SAMPLE_RATE) -> F32:
    """Per block j, the largest of ``peaks`` over blocks j - hold .. j + ATTACK_BLOCKS: the peak
    the limiter's look-ahead and hold answer for at j, whatever the gain (a maximum does not
    round: the same float32 values as the peaks). Computed once per set of peaks, it spares
    :func:`limiter_gains` the running minimum at every step of a gain search. GAIN_CHUNK blocks
    at a time (with the window's reach around), so the working memory stays small."""
    n = len(peaks)
    a, hold = ATTACK_BLOCKS, _hold_blocks(rate)
    out = np.empty(n, np.float32)
    for s in range(0, n, GAIN_CHUNK):
        e = min(n, s + GAIN_CHUNK)
        lo, hi = max(0, s - hold), min(n, e + a)
        # -min(-p) is max(p) exactly; 0 beyond the ends (no peak there).
        out[s:e] = -running_min(-peaks[lo:hi], hold, a, fill=0.0)[s - lo : e - lo]
    return out


def gain_at(bounds: F64, n: Ints) -> F32:
    """The limiter's gain at sample indices ``n`` (linear across each block; ends clamped)."""
    b = np.clip(n // BLOCK, 0, len(bounds) - 2)
    frac = (n - b * BLOCK).astype(np.float32) * np.float32(1 / BLOCK)
    lo = bounds[b].astype(np.float32)
    out: F32 = lo + (bounds[b + 1].astype(np.float32) - lo) * frac
    return out


I16 = npt.NDArray[np.int16]
Reader = Callable[[int, int], F32 | I16]
"""read(start, stop): samples ``start .. stop`` of the audio (zeros outside it), as floats (1.0 is
full scale) or as 16-bit integers (then only the samples the true peaks need become floats)."""


def _array_reader(x: F32) -> Reader:
    def read(start: int, stop: int) -> F32:
        lo, hi = max(0, start), min(len(x), stop)
        if (lo, hi) == (start, stop):
            return x[start:stop]
        out = np.zeros(stop - start, np.float32)
        if hi > lo:
            out[lo - start : hi - start] = x[lo:hi]
        return out
    return read


def true_peaks(x: F32, blocks: Ints, gain: float = 1.0, bounds: F64 | None = None) -> F32:
    """The 4x-oversampled absolute peak of each of ``blocks`` (indices of BLOCK-sample blocks)
    of ``x``, or of ``x`` times ``gain`` and the limiter's ``bounds`` when given."""
    return true_peaks_read(_array_reader(x), blocks, gain, bounds)


def _runs(blocks: Ints) -> list[Ints]:
    """``blocks`` (ascending) in groups of at most TP_ROWS spanning at most SPAN_BLOCKS each."""
    out: list[Ints] = []
    for start in range(0, len(blocks), TP_ROWS):
        group = blocks[start : start + TP_ROWS]
        while len(group):
            n = int(np.searchsorted(group, group[0] + SPAN_BLOCKS))
            out.append(group[:n])
            group = group[n:]
    return out


@functools.cache
def _pair_taps() -> tuple[F32, F32, F32]:
    """(mid, plus, minus): the interpolator's taps for the pairs of samples around each point
    (pair j: taps TP_TAPS + j and TP_TAPS - 1 - j, at the same distance on either side).

    The phase half-way between two samples is symmetric and the quarter phases are mirror
    images, so with u and v the sum and difference of a pair's samples, the half-way value is
    sum(mid * u), and the quarter phases are A + B and A - B with A = sum(plus * u), B = sum(minus
    * v): the larger of their magnitudes is |A| + |B|. Half the multiplications of three phases."""
    c = tp_phases()
    k = TP_TAPS
    quarter, half, three = c[:, 0], c[:, 1], c[:, 2]
    if not (np.array_equal(quarter, three[::-1]) and np.array_equal(half, half[::-1])):
        raise AssertionError("the true-peak interpolator's phases are not symmetric")  # TP_PHASES changed
    near, far = quarter[k:], quarter[k - 1 :: -1]
    return half[k:].copy(), (near + far) * np.float32(0.5), (near - far) * np.float32(0.5)


def _between(cols: F32) -> F32:
    """The largest absolute value the interpolator's phases give between the samples of each
    column of ``cols`` (rows: the BLOCK samples of a block with TP_TAPS - 1 before and TP_TAPS
    after, one block per column); see :func:`_pair_taps`.

    Each sum runs over shifted rows times one tap, in the taps' order: every row of ``cols`` is
    contiguous, so each step is one pass over memory (numpy cannot hand a product of sliding
    windows to a fast loop; a matrix product would go to BLAS, whose sums depend on the machine);
    the same bytes wherever it runs."""
    mid, plus, minus = _pair_taps()
    k = TP_TAPS
    shape = (BLOCK, cols.shape[1])
    u, v, term = np.empty(shape, np.float32), np.empty(shape, np.float32), np.empty(shape, np.float32)
    y, a, b = np.empty(shape, np.float32), np.empty(shape, np.float32), np.empty(shape, np.float32)
    for j in range(k):
        np.add(cols[k + j : k + j + BLOCK], cols[k - 1 - j : k - 1 - j + BLOCK], out=u)
        np.subtract(cols[k + j : k + j + BLOCK], cols[k - 1 - j : k - 1 - j + BLOCK], out=v)
        for acc, taps, pair in ((y, mid, u), (a, plus, u), (b, minus, v)):
            if j == 0:
                np.multiply(pair, taps[0], out=acc)
            else:
                np.multiply(pair, taps[j], out=term)
                acc += term
    np.abs(a, out=a)
    np.abs(b, out=b)
    a += b  # the larger magnitude of the quarter phases
    np.abs(y, out=y)
    np.maximum(a, y, out=a)
    out: F32 = a.max(axis=0)
    return out


def _gains_around(bounds: F64, blocks: Ints, first: int, rows: int) -> F32:
    """:func:`gain_at` for the samples ``first .. first + rows - 1`` around the start of each of
    ``blocks`` (one column per block, ``-BLOCK < first`` and ``first + rows <= 2 * BLOCK``, so
    every column meets the block before, its own and the next). The same float32 operations as
    gain_at, element by element, but the bounds are looked up once per block and neighbour, not
    once per sample (most of gain_at's time)."""
    out = np.empty((rows, len(blocks)), np.float32)
    offset = np.arange(first, first + rows)  # of each row from its column's block start
    for step in (-1, 0, 1):
        here = (offset // BLOCK) == step
        if not here.any():
            continue
        lo_row, hi_row = int(np.argmax(here)), int(len(here) - np.argmax(here[::-1]))
        b = np.clip(blocks + step, 0, len(bounds) - 2)
        lo = bounds[b].astype(np.float32)
        rise = bounds[b + 1].astype(np.float32) - lo
        n = blocks[None, :] * BLOCK + offset[lo_row:hi_row, None]  # the samples' positions
        frac = (n - b[None, :] * BLOCK).astype(np.float32) * np.float32(1 / BLOCK)
        out[lo_row:hi_row] = lo + rise * frac
    return out


def true_peaks_read(read: Reader, blocks: Ints, gain: float = 1.0, bounds: F64 | None = None) -> F32:
    """:func:`true_peaks` of audio given by ``read`` (``blocks`` ascending): reads only the
    stretches around the blocks asked for, a bounded piece at a time."""
    out = np.zeros(len(blocks), dtype=np.float32)
    if len(blocks) == 0:
        return out
    k = TP_TAPS
    # Column i: the samples of block i with k - 1 before and k after.
    span = np.arange(BLOCK + 2 * k - 1)[:, None]
    done = 0
    for run in _runs(blocks):
        first = int(run[0]) * BLOCK + 1 - k
        piece = read(first, int(run[-1]) * BLOCK + BLOCK + k)
        idx = run[None, :] * BLOCK + 1 - k + span  # sample positions, one column per block
        cols = piece[idx - first]
        if cols.dtype != np.float32:  # 16-bit: as floats (exactly as source.floats makes them)
            cols = cols.astype(np.float32) * np.float32(1 / FULL_SCALE)
        if bounds is not None:
            cols *= _gains_around(bounds, run, 1 - k, len(span)) * np.float32(gain)
        on = np.abs(cols[k - 1 : k - 1 + BLOCK]).max(axis=0)
        out[done : done + len(run)] = np.maximum(_between(cols), on)
        done += len(run)
    if bounds is None and gain != 1.0:
        out *= np.float32(gain)
    return out


BOUND_SLACK = 1.0 + 1e-5
""":func:`true_peak_bounds` is raised by this factor: float32 sums may round a little over the exact one."""


@functools.cache
def _bound_weights() -> tuple[float, float]:
    """(near, far): for the 4x interpolator's phase with the largest taps, the sum of |taps| on the
    two samples around the point, and on the others (see :func:`true_peak_bounds`)."""
    coef = np.abs(tp_phases().astype(np.float64))
    near = coef[TP_TAPS - 1 : TP_TAPS + 1].sum(axis=0)
    far = coef.sum(axis=0) - near
    best = int(np.argmax(near + far))
    return float(near[best]), float(far[best])


def true_peak_bounds(peaks: F32) -> F32:
    """An upper bound of each block's :func:`true_peaks` from the blocks' sample peaks alone.

    A value the 4x interpolator computes between samples n and n + 1 is
    sum(c[d] x[n + d]) for d = -(TP_TAPS - 1) .. TP_TAPS. With n in block b,
    samples n and n + 1 lie in blocks b and b + 1, and every sample the taps
    reach (n - 7 .. n + 8) in blocks b - 1 .. b + 1 (BLOCK >= TP_TAPS), so
    the value is at most near * max(p[b], p[b + 1]) + far * max(p[b - 1],
    p[b], p[b + 1]), where near is the sum of |c[0]| and |c[1]| and far that
    of the other taps' (1.26 and 0.73 at phase 0.5: at most 6 dB over the
    neighbourhood's sample peak, whatever the signal, near-Nyquist content
    included). The samples themselves are at most p[b]. So a block whose
    bound is under a ceiling cannot have a true peak over it, and its true
    peak need not be computed. The bound is that loose only for content near
    Nyquist; speech upsampled from 22.05 kHz has true peaks within about
    1 dB of its neighbourhood's sample peak.
    """
    near, far = _bound_weights()
    p = peaks.astype(np.float32)
    after = p.copy()  # max(p[b], p[b + 1])
    np.maximum(after[:-1], p[1:], out=after[:-1])
    around = after.copy()  # max(p[b - 1], p[b], p[b + 1])
    np.maximum(around[1:], p[:-1], out=around[1:])
    out: F32 = (after * np.float32(near) + around * np.float32(far)) * np.float32(BOUND_SLACK)
    return out


def _fold(values: npt.NDArray[np.uint16], width: int) -> npt.NDArray[np.uint16]:
    """The largest of every ``width`` consecutive ``values`` (``width`` a power of two dividing their
    number), by halving: the larger of each pair, into a new contiguous array, until one of each
    ``width`` is left (2.4 times as fast as numpy's maximum along the rows of a (n, width) array)."""
    while width > 1:
        pairs = values.reshape(-1, 2)
        values = np.maximum(pairs[:, 0], pairs[:, 1])
        width //= 2
    return values


def block_peaks(samples: npt.NDArray[np.int16]) -> F32:
    """The largest absolute sample (as a float in [0, 1]) of each BLOCK-sample block of 16-bit ``samples``."""
    whole = len(samples) // BLOCK
    # abs of int16 wraps -32768 to itself; as uint16 it reads 32768 again.
    magnitude = np.abs(samples).view(np.uint16)
    peaks = _fold(magnitude[: whole * BLOCK], BLOCK)
    if whole * BLOCK < len(samples):
        peaks = np.append(peaks, magnitude[whole * BLOCK :].max())
    out: F32 = peaks.astype(np.float32) * np.float32(1 / FULL_SCALE)
    return out


def peaks_db(peaks: F32) -> F64:
    """Peaks in dBFS (floored at DB_FLOOR)."""
    out: F64 = 20 * np.log10(np.maximum(peaks, DB_FLOOR).astype(np.float64))
    return out


def limiter_gains(peaks: F32, gain: float, ceiling: float, rate: int = SAMPLE_RATE,
                  held: F32 | None = None) -> F64 | None:
    """Gain at each block boundary (len(peaks) + 1 values, at most 1) so that no block's
    peak (``peaks``, linear) times ``gain`` times the gain across it passes ``ceiling``;
    None when no block needs any. ``rate``: the audio's (hold and release are in time).
    ``held``: :func:`held_peaks` of ``peaks`` when the caller has it (a gain search asks for
    many gains with the same peaks); the result is the same.

    In dB: look-ahead and hold as a running minimum of the gain each block
    needs (the gain the held peak needs), a short moving average for the
    attack (still never above what any block needs, since the average's
    window lies inside the minimum's), and a release at a fixed rate (a
    cumulative minimum). Computed GAIN_CHUNK blocks at a time (the moving
    sums over the window's reach around each chunk, the release's minimum
    carried across, so the result is the same as in one piece): the working
    memory does not grow with length.
    """
    n = len(peaks)
    a = ATTACK_BLOCKS
    if held is None:
        held = held_peaks(peaks, rate)
    limit = 20 * math.log10(ceiling / gain)
    step = RELEASE_DB_PER_S * BLOCK / rate
    bounds = np.empty(n + 1)
    low_acc, last_g, any_need = math.inf, 0.0, False
    for s in range(0, n, GAIN_CHUNK):
        e = min(n, s + GAIN_CHUNK)
        lo, hi = max(0, s - a), min(n, e + a)
        # The gain the held peak needs is the least any block in the window needs (min(0, limit - dB)
        # only falls as the peak rises: the same values as a running minimum of the blocks' needs),
        # at j = s - a .. e + a (0 beyond the ends).
        m = np.zeros(e - s + 2 * a)
        np.minimum(0.0, limit - peaks_db(held[lo:hi]), out=m[lo - (s - a) : hi - (s - a)])
        any_need = any_need or bool(m.min(initial=0.0) < 0.0)
        g = np.minimum(_window_sum(m, 2 * a + 1) / (2 * a + 1), m[a : len(m) - a])  # rounding must not lift it
        # Release: g[k] = min over j <= k of g[j] + rate * (k - j).
        ramp = step * np.arange(s, e)
        acc = np.minimum.accumulate(np.concatenate([[low_acc], g - ramp]))[1:]
        low_acc = float(acc[-1])
        g = np.minimum(acc + ramp, 0.0)
        # Boundary k (the start of block k) takes the lower of its two blocks, so the
        # linear ramp across each block stays under what that block needs.
        g_db = np.minimum(np.concatenate([[last_g], g[:-1]]), g)
        last_g = float(g[-1])
        np.exp(g_db * DB_TO_LOG, out=bounds[s:e])  # 10 ** (dB / 20), 1.0 exactly at 0 dB
    if not any_need:
        return None
    bounds[n] = np.exp(np.float64(last_g) * DB_TO_LOG)
    return bounds


def render(x: F32, gain: float, bounds: F64 | None, start: int, stop: int) -> bytes:
    """16-bit PCM of ``x[start:stop]`` times ``gain`` and the limiter (``start`` on a block boundary)."""
    return render_piece(x[start:stop], gain, bounds, start)


def render_piece(piece: F32, gain: float, bounds: F64 | None, start: int) -> bytes:
    """16-bit PCM of ``piece`` (the audio from ``start``, on a block boundary) times ``gain`` and the limiter."""
    return _rendered(piece * np.float32(gain * FULL_SCALE), bounds, start).tobytes()


def render_samples(samples: I16, gain: float, bounds: F64 | None, start: int) -> I16:
    """:func:`render_piece` of 16-bit ``samples`` (the same bytes as of their floats: scaling by
    FULL_SCALE and back is exact, so one product rounds as the two did), with one pass less, as
    an array of little-endian 16-bit samples (its buffer is the PCM: no copy into bytes)."""
    y = samples.astype(np.float32)
    y *= np.float32(gain)
    return _rendered(y, bounds, start)


def _rendered(y: F32, bounds: F64 | None, start: int) -> I16:
    """``y`` (samples at 16-bit scale from ``start``, on a block boundary; changed in place) times
    the limiter's ramps, rounded and clipped to 16-bit PCM."""
    if bounds is not None:
        stop = start + len(y)
        first, n = start // BLOCK, stop - start
        whole = n // BLOCK
        frac = np.arange(BLOCK, dtype=np.float32) * np.float32(1 / BLOCK)
        b = bounds[first : first + whole + 1]
        # Every block, limited or not: where both bounds are 1 the ramp is 1 + 0 * frac, exactly 1.
        lo = b[:-1].astype(np.float32)
        slope = (b[1:] - b[:-1]).astype(np.float32)
        ramp = slope[:, None] * frac
        ramp += lo[:, None]
        blocks = y[: whole * BLOCK].reshape(whole, BLOCK)  # a view: y changes
        blocks *= ramp
        if whole * BLOCK < n:  # a last, partial block
            y[whole * BLOCK :] *= gain_at(bounds, np.arange(start + whole * BLOCK, stop))
    np.rint(y, out=y)
    np.clip(y, INT16_MIN, INT16_MAX, out=y)
    out: I16 = y.astype("<i2")
    return out
