"""The look-ahead true-peak limiter, in numpy, block by block.

In here: the limiter's block size and time constants; :func:`block_peaks`
and :func:`true_peaks` (the peaks it acts on); :func:`running_min` (its
look-ahead and hold); :func:`limiter_gains` (the gain at every block
boundary); :func:`gain_at` and :func:`render` (applying gain and limiter and
rounding to 16-bit PCM, for any stretch that starts on a block boundary).
Not in here: choosing the gain and checking the result (``normalise``), the
interpolation filters (``resample``).

Every function is over numpy arrays with no hidden state: the limiter's
state is the array of block-boundary gains (``bounds``), one per
:data:`BLOCK` samples plus one.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from .pcm import FULL_SCALE, SAMPLE_RATE
from .resample import INT16_MAX, INT16_MIN, TP_TAPS, tp_phases

__all__ = [
    "BLOCK",
    "block_peaks",
    "gain_at",
    "limiter_gains",
    "render",
    "running_min",
    "true_peaks",
]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
Ints = npt.NDArray[np.intp]

BLOCK = 32
"""Samples per limiter block (0.73 ms): the gain is decided per block and ramps linearly between them."""
ATTACK_BLOCKS = 3
"""The gain ramps down over 2 * 3 + 1 blocks (about 5 ms) ending at each peak: the look-ahead."""
HOLD_MS = 20.0
"""After a peak the reduced gain is held this long (about two pitch periods), so that
the gain does not flutter between the pulses of a voiced sound."""
RELEASE_DB_PER_S = 100.0
"""Then it recovers at this rate: 1 dB in 10 ms, 6 dB in 60 ms."""
MS_PER_S = 1000
TP_ROWS = 4096
"""Blocks whose true peaks are computed at a time: bounds the working memory (about 4 MB)."""


def running_min(r: F64, before: int, after: int, fill: float = 1.0) -> F64:
    """m[j] = min(r[j - before .. j + after]) (``fill`` beyond the ends), in linear time (van Herk)."""
    w = before + after + 1
    n = len(r)
    padded = np.full(-(-(n + w - 1) // w) * w, fill)
    padded[before : before + n] = r
    tiles = padded.reshape(-1, w)
    prefix = np.minimum.accumulate(tiles, axis=1).ravel()
    suffix = np.minimum.accumulate(tiles[:, ::-1], axis=1)[:, ::-1].ravel()
    out: F64 = np.minimum(suffix[:n], prefix[w - 1 : w - 1 + n])
    return out


def gain_at(bounds: F64, n: Ints) -> F32:
    """The limiter's gain at sample indices ``n`` (linear across each block; ends clamped)."""
    b = np.clip(n // BLOCK, 0, len(bounds) - 2)
    frac = (n - b * BLOCK).astype(np.float32) * np.float32(1 / BLOCK)
    lo = bounds[b].astype(np.float32)
    out: F32 = lo + (bounds[b + 1].astype(np.float32) - lo) * frac
    return out


def true_peaks(x: F32, blocks: Ints, gain: float = 1.0, bounds: F64 | None = None) -> F32:
    """The 4x-oversampled absolute peak of each of ``blocks`` (indices of BLOCK-sample blocks)
    of ``x``, or of ``x`` times ``gain`` and the limiter's ``bounds`` when given."""
    out = np.zeros(len(blocks), dtype=np.float32)
    if len(blocks) == 0:
        return out
    k = TP_TAPS
    coef = tp_phases()
    padded = np.concatenate([np.zeros(k, np.float32), x, np.zeros(BLOCK + k, np.float32)])
    # Row i: the samples of block i with k - 1 before and k after (padded coordinates).
    span = np.arange(BLOCK + 2 * k - 1)
    for start in range(0, len(blocks), TP_ROWS):
        idx = blocks[start : start + TP_ROWS, None] * BLOCK + 1 + span
        rows = padded[idx]
        if bounds is not None:
            rows *= gain_at(bounds, idx - k) * np.float32(gain)
        windows = np.lib.stride_tricks.sliding_window_view(rows, 2 * k, axis=1)  # (n, BLOCK, 2k)
        between = np.abs(windows @ coef).max(axis=(1, 2))
        on = np.abs(rows[:, k - 1 : k - 1 + BLOCK]).max(axis=1)
        out[start : start + TP_ROWS] = np.maximum(between, on)
    if bounds is None and gain != 1.0:
        out *= np.float32(gain)
    return out


def _fold(blocks: npt.NDArray[np.uint16], op: Callable[..., npt.NDArray[np.uint16]]) -> npt.NDArray[np.uint16]:
    """``op`` reduced along the rows of ``blocks`` (width a power of two) by halving: faster than .max(axis=1)."""
    while blocks.shape[1] > 1:
        half = blocks.shape[1] // 2
        blocks = op(blocks[:, :half], blocks[:, half:])
    return blocks[:, 0]


def block_peaks(samples: npt.NDArray[np.int16]) -> F32:
    """The largest absolute sample (as a float in [0, 1]) of each BLOCK-sample block of 16-bit ``samples``."""
    whole = len(samples) // BLOCK
    # abs of int16 wraps -32768 to itself; as uint16 it reads 32768 again.
    magnitude = np.abs(samples).view(np.uint16)
    peaks = _fold(magnitude[: whole * BLOCK].reshape(whole, BLOCK), np.maximum)
    if whole * BLOCK < len(samples):
        peaks = np.append(peaks, magnitude[whole * BLOCK :].max())
    out: F32 = peaks.astype(np.float32) * np.float32(1 / FULL_SCALE)
    return out


def limiter_gains(peaks_db: F64, gain: float, ceiling: float) -> F64 | None:
    """Gain at each block boundary (len(peaks_db) + 1 values, at most 1) so that no
    block's peak (``peaks_db``, dBFS) times ``gain`` times the gain across it passes
    ``ceiling``; None when no block needs any.

    In dB: look-ahead and hold as a running minimum of the gain each block
    needs, a short moving average for the attack (still never above what any
    block needs, since the average's window lies inside the minimum's), and a
    release at a fixed rate (a cumulative minimum).
    """
    need = np.minimum(0.0, 20 * math.log10(ceiling / gain) - peaks_db)
    if need.min() >= 0.0:
        return None
    a = ATTACK_BLOCKS
    hold = max(a, round(HOLD_MS * SAMPLE_RATE / MS_PER_S / BLOCK))
    m = running_min(need, hold, a, fill=0.0)
    c = np.concatenate([[0.0], np.cumsum(np.concatenate([np.zeros(a), m, np.zeros(a)]))])
    g = np.minimum((c[2 * a + 1 :] - c[: -2 * a - 1]) / (2 * a + 1), m)  # rounding must not lift it
    # Release: g[k] = min over j <= k of g[j] + rate * (k - j).
    ramp = (RELEASE_DB_PER_S * BLOCK / SAMPLE_RATE) * np.arange(len(g))
    g = np.minimum(np.minimum.accumulate(g - ramp) + ramp, 0.0)
    # Boundary k (the start of block k) takes the lower of its two blocks, so the
    # linear ramp across each block stays under what that block needs.
    g_db = np.minimum(np.concatenate([[0.0], g]), np.concatenate([g, [0.0]]))
    bounds = np.ones(len(g_db))
    low = g_db < 0.0
    bounds[low] = 10 ** (g_db[low] / 20)
    return bounds


def render(x: F32, gain: float, bounds: F64 | None, start: int, stop: int) -> bytes:
    """16-bit PCM of ``x[start:stop]`` times ``gain`` and the limiter (``start`` on a block boundary)."""
    y = x[start:stop] * np.float32(gain * FULL_SCALE)
    if bounds is not None:
        first, n = start // BLOCK, stop - start
        whole = n // BLOCK
        frac = np.arange(BLOCK, dtype=np.float32) * np.float32(1 / BLOCK)
        b = bounds[first : first + whole + 1]
        rows = np.flatnonzero((b[:-1] < 1.0) | (b[1:] < 1.0))
        lo = b[rows].astype(np.float32)
        slope = (b[rows + 1] - b[rows]).astype(np.float32)
        blocks = y[: whole * BLOCK].reshape(whole, BLOCK)
        blocks[rows] *= lo[:, None] + slope[:, None] * frac
        if whole * BLOCK < n:  # a last, partial block
            y[whole * BLOCK :] *= gain_at(bounds, np.arange(start + whole * BLOCK, stop))
    np.rint(y, out=y)
    np.clip(y, INT16_MIN, INT16_MAX, out=y)
    return y.astype("<i2").tobytes()
