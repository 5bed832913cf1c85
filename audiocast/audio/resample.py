"""Windowed-sinc interpolation: the exact 2x resampler and the 4x true-peak interpolator.

In here: :func:`windowed_sinc` (Kaiser-windowed sinc taps for one fractional
position), :func:`halfband` and :func:`upsample2` (22.05 kHz to 44.1 kHz with
the input samples kept exactly), and :func:`tp_phases` (the coefficients the
limiter uses to find true peaks). Not in here: resampling by other ratios
(ffmpeg's soxr does that, in ``pcm.conform``) or where true peaks are used
(``limiter``).
"""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt

__all__ = [
    "HALFBAND_BETA",
    "HALFBAND_TAPS",
    "TP_BETA",
    "TP_PHASES",
    "TP_TAPS",
    "halfband",
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


@functools.cache
def tp_phases() -> F32:
    """(2 * TP_TAPS, 3) coefficients of the 4x interpolator for the phases in TP_PHASES."""
    cols = [windowed_sinc(phase, TP_TAPS, TP_BETA) for phase in TP_PHASES]
    return np.stack(cols, axis=1).astype(np.float32)
