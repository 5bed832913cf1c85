"""Windowed-sinc interpolation: the exact 2x resampler and the 4x true-peak interpolator.

In here: :func:`windowed_sinc` (Kaiser-windowed sinc taps for one fractional
position), :func:`halfband` and :func:`upsample2` (22.05 kHz to 44.1 kHz with
the input samples kept exactly), :func:`resample` (any ratio of whole rates,
polyphase: Google's 24 kHz replies decoded in-process, no ffmpeg run per
reply) and :func:`tp_phases` (the coefficients the limiter uses to find true
peaks). Not in here: ``pcm.conform`` (ffmpeg's soxr for other rates) or where
true peaks are used (``limiter``).
"""

from __future__ import annotations

import functools
import math

import numpy as np
import numpy.typing as npt

__all__ = [
    "HALFBAND_BETA",
    "HALFBAND_TAPS",
    "TP_BETA",
    "TP_PHASES",
    "TP_TAPS",
    "halfband",
    "resample",
    "tp_phases",
    "upsample2",
    "windowed_sinc",
]

F64 = npt.NDArray[np.float64]
F32 = npt.NDArray[np.float32]

HALFBAND_TAPS = 32
"""Input samples on each side of a new sample (64 taps) in the 2x resampler: flat
(error under -90 dB) to 10 kHz, images above 12 kHz under -75 dB."""
HALFBAND_BETA = 8.0
"""Kaiser window beta of the 2x resampler (dimensionless): trades transition width for stop-band depth."""
TP_TAPS = 8
"""Half the taps per phase of the 4x true-peak interpolator (16 taps per phase)."""
TP_BETA = 7.0
"""Kaiser window beta of the true-peak interpolator (dimensionless)."""
TP_PHASES = (0.25, 0.5, 0.75)
"""Positions (in input samples past a sample) the true-peak interpolator computes: 4x oversampling."""
INT16_MIN, INT16_MAX = -32768, 32767
"""The range of a 16-bit sample."""


def windowed_sinc(phase: float, taps_per_side: int, beta: float) -> F64:
    """Taps c[d] for the value ``phase`` input samples after sample n: sum(c[d] x[n + d]),
    d = -(taps_per_side - 1) .. taps_per_side; a Kaiser-windowed sinc normalised to unit DC gain."""
    d = np.arange(-(taps_per_side - 1), taps_per_side + 1)
    u = phase - d  # distance from the new sample to input sample n + d, in input samples
    w = np.i0(beta * np.sqrt(np.clip(1 - (u / taps_per_side) ** 2, 0, None))) / np.i0(beta)
    c: F64 = np.sinc(u) * w
    return c / c.sum()


@functools.cache
def halfband(taps_per_side: int = HALFBAND_TAPS, beta: float = HALFBAND_BETA) -> F64:
    """Coefficients for the samples half-way between input samples (2x upsampling).

    out[2n] = x[n] exactly, out[2n+1] = sum(c[d] x[n + d]) for
    d in -(taps_per_side - 1) .. taps_per_side.
    """
    return windowed_sinc(0.5, taps_per_side, beta)


def upsample2(pcm: bytes) -> bytes:
    """16-bit mono PCM at twice its rate: the input samples, and windowed-sinc ones between them.

    Exactly twice as many samples out as in; the input samples are kept as
    they are; the edges are interpolated as if silence lay beyond them.
    """
    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    if len(x) == 0:
        return b""
    c = halfband().astype(np.float32)
    k = len(c) // 2
    padded = np.concatenate([np.zeros(k - 1, np.float32), x, np.zeros(k, np.float32)])
    mid = np.convolve(padded, c[::-1], mode="valid")  # mid[n] = sum c[d] x[n + d]
    out = np.empty(2 * len(x), dtype=np.float32)
    out[0::2] = x
    out[1::2] = mid[: len(x)]
    return np.clip(np.rint(out), INT16_MIN, INT16_MAX).astype("<i2").tobytes()


RESAMPLE_TAPS = 16
"""Input samples on each side of a new sample in :func:`resample` (at the input's rate when upsampling)."""
RESAMPLE_BETA = 8.0
"""Kaiser window beta of :func:`resample`."""
RESAMPLE_CUTOFF = 0.95
"""The pass band of :func:`resample` as a share of the lower Nyquist frequency (room for the transition)."""


@functools.cache
def _polyphase(up: int, down: int) -> tuple[F32, int]:
    """The matrix of :func:`resample`: ``window[k] @ matrix`` gives outputs k*up .. k*up + up - 1,
    where ``window[k]`` are the padded input samples from k*down on (as many as the matrix has rows).

    Output r of a block lies p / up input samples after input q (q, p = divmod(r * down, up));
    its taps are a Kaiser-windowed sinc over ``taps`` input samples on each side.
    """
    cutoff = RESAMPLE_CUTOFF * min(1.0, up / down)
    taps = math.ceil(RESAMPLE_TAPS / min(1.0, up / down))
    d = np.arange(-(taps - 1), taps + 1)
    q, p = np.divmod(np.arange(up) * down, up)
    matrix = np.zeros((int(q.max()) + 2 * taps, up), dtype=np.float64)
    for r in range(up):
        u = p[r] / up - d
        w = np.i0(RESAMPLE_BETA * np.sqrt(np.clip(1 - (u / taps) ** 2, 0, None))) / np.i0(RESAMPLE_BETA)
        c = np.sinc(cutoff * u) * w
        matrix[q[r]: q[r] + 2 * taps, r] = c / c.sum()
    return matrix.astype(np.float32), taps


def resample(pcm: bytes, src_rate: int, dst_rate: int) -> bytes:
    """16-bit mono PCM at ``src_rate`` as PCM at ``dst_rate``: a polyphase Kaiser-windowed sinc
    (one matrix product per call).

    round(n * dst_rate / src_rate) samples out for n in; the edges are
    interpolated as if silence lay beyond them.
    """
    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    if src_rate == dst_rate or len(x) == 0:
        return pcm if src_rate == dst_rate else b""
    g = math.gcd(src_rate, dst_rate)
    up, down = dst_rate // g, src_rate // g
    matrix, taps = _polyphase(up, down)
    n_out = (len(x) * up + down // 2) // down
    blocks = -(-n_out // up)
    span = matrix.shape[0]
    tail = max(taps + 1, (blocks - 1) * down + span - (taps - 1) - len(x))
    padded = np.concatenate([np.zeros(taps - 1, np.float32), x, np.zeros(tail, np.float32)])
    windows = np.lib.stride_tricks.as_strided(
        padded, shape=(blocks, span), strides=(down * padded.strides[0], padded.strides[0]), writeable=False)
    out = (windows @ matrix).reshape(-1)[:n_out]
    return np.clip(np.rint(out), INT16_MIN, INT16_MAX).astype("<i2").tobytes()


@functools.cache
def tp_phases() -> F32:
    """(2 * TP_TAPS, 3) coefficients of the 4x interpolator for the phases in TP_PHASES."""
    cols = [windowed_sinc(phase, TP_TAPS, TP_BETA) for phase in TP_PHASES]
    return np.stack(cols, axis=1).astype(np.float32)
