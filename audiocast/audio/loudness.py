"""Loudness: the BS.1770 / EBU R128 meter in numpy, and ffmpeg's measurement of a file.

In here: :class:`Loudness`; the numpy meter over float samples at any rate (44.1 kHz unless told)
(:func:`sub_energies` turns audio into K-weighted energies of 100 ms
sub-blocks, the meter's whole state; :func:`integrated` and
:func:`loudness_range` gate them; :func:`integrated_loudness` does both);
:func:`measure_loudness`, which asks ffmpeg's ebur128 filter about a file.
Not in here: the gain and limiter that reach a target (``normalise``,
``limiter``).

The meter is built to be fed in pieces: the energies of consecutive
stretches of audio whose lengths are multiples of :data:`SUB_SAMPLES`
concatenate, bit for bit (each sub-block's transform is computed on its own,
in float64, whatever the batch it runs in).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import AudioError
from .ffmpeg import run_ffmpeg
from .pcm import SAMPLE_RATE

__all__ = [
    "Loudness",
    "integrated",
    "integrated_loudness",
    "loudness_range",
    "lufs",
    "measure_loudness",
    "sub_energies",
    "sub_samples",
]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

SUB_SAMPLES = SAMPLE_RATE // 10
"""Samples per 100 ms sub-block at 44.1 kHz: loudness blocks are 4 of these (400 ms, 75 % overlap)."""
SUBS_PER_S = 10
"""100 ms sub-blocks per second."""
BLOCK_SUBS = 4
"""Sub-blocks per BS.1770 gating block (400 ms)."""
SHORT_TERM_SUBS = 30
"""Sub-blocks per EBU Tech 3342 short-term block (3 s), for the loudness range."""
LUFS_OFFSET = -0.691
"""BS.1770's constant (dB): makes a 997 Hz sine read its RMS level in LUFS after K-weighting."""
ABSOLUTE_GATE_LUFS = -70.0
"""BS.1770's absolute gate: blocks quieter than this (LUFS) are not counted at all."""
RELATIVE_GATE = 0.1
"""BS.1770's relative gate as an energy ratio (-10 LU): blocks this far under the mean are dropped."""
LRA_RELATIVE_GATE = 0.01
"""EBU Tech 3342's relative gate for the loudness range as an energy ratio (-20 LU)."""
LRA_PERCENTILES = (10, 95)
"""EBU Tech 3342: the loudness range is the spread between these percentiles of short-term loudness."""
FFT_ROWS = 32
"""Sub-blocks transformed at a time (32 x 4410 samples at 44.1 kHz, 2.3 MB of spectrum): small
enough to stay in the processor's cache, where numpy's passes over it run fastest (256 rows
measured 0.105 s per 10 min of 22.05 kHz speech against 0.059 s for 32 or 64)."""

# The two biquads of the K-weighting filter, as libebur128 designs them for any
# rate from BS.1770's analogue prototypes: a high shelf (+4 dB above ~1.7 kHz,
# the head's effect) and a high-pass (RLB weighting, ~38 Hz).
SHELF_HZ = 1681.974450955533
"""Centre frequency of the K-weighting shelf (Hz)."""
SHELF_GAIN_DB = 3.999843853973347
"""Gain of the K-weighting shelf (dB)."""
SHELF_Q = 0.7071752369554196
"""Q of the K-weighting shelf."""
SHELF_VB_EXPONENT = 0.4996667741545416
"""Exponent giving the shelf's band gain from its high gain (libebur128's fit of the BS.1770 coefficients)."""
HIGHPASS_HZ = 38.13547087602444
"""Corner frequency of the K-weighting high-pass (Hz)."""
HIGHPASS_Q = 0.5003270373238773
"""Q of the K-weighting high-pass."""

_SUMMARY_RE = {
    "integrated_lufs": re.compile(r"Integrated loudness:\s*\n\s*I:\s*(-?[\d.]+|-inf)\s*LUFS"),
    "lra": re.compile(r"Loudness range:\s*\n\s*LRA:\s*(-?[\d.]+|-inf)\s*LU"),
    "true_peak_dbtp": re.compile(r"True peak:\s*\n\s*Peak:\s*(-?[\d.]+|-inf)\s*dBFS"),
}


@dataclass(frozen=True)
class Loudness:
    """EBU R128 measurements of a piece of audio, as ffmpeg's ebur128 reports them."""

    integrated_lufs: float
    true_peak_dbtp: float
    lra: float
    """Loudness range in LU."""


# ------------------------------------------------------------ ffmpeg's meter


def _parse_ebur128(stderr: str, what: str) -> Loudness:
    idx = stderr.rfind("Summary:")
    if idx < 0:
        raise AudioError(f"ffmpeg gave no loudness summary for {what}")
    summary = stderr[idx:]
    values = {}
    for key, rx in _SUMMARY_RE.items():
        m = rx.search(summary)
        if not m:
            raise AudioError(f"could not read {key} from ffmpeg's loudness summary for {what}")
        values[key] = float(m.group(1))
    return Loudness(**values)


def measure_loudness(path: Path) -> Loudness:
    """Integrated loudness, true peak and loudness range of an audio file (decoded)."""
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: no such audio file to measure")
    what = str(path)
    proc = run_ffmpeg(
        ["-i", what, "-map", "0:a:0", "-af", "ebur128=peak=true:framelog=quiet", "-f", "null", "-"],
        f"measure the loudness of {what}",
    )
    return _parse_ebur128(proc.stderr.decode("utf-8", "replace"), what)


# --------------------------------------------------------------- numpy meter


def sub_samples(rate: int = SAMPLE_RATE) -> int:
    """Samples per 100 ms sub-block at ``rate`` (a rate that is a multiple of 10 Hz)."""
    if rate % SUBS_PER_S:
        raise ValueError(f"the loudness meter needs a rate divisible by 10 Hz, not {rate}")
    return rate // SUBS_PER_S


@functools.cache
def _k_weight_power(fs: int = SAMPLE_RATE) -> F64:
    """|H|^2 of the BS.1770 K-weighting filter (shelf and high-pass) at the rfft bins of a 100 ms block
    at ``fs`` Hz.

    Scaled so that ``|rfft(block)|^2 @ power`` is the block's mean square after
    K-weighting (Parseval; the filter applied per block, circularly, which on
    speech measures within 0.05 LU of ffmpeg's ebur128). The biquads are
    designed as libebur128 does, for 44.1 kHz (or ``fs`` when higher), and
    their response is taken at each bin's frequency: a lower rate weighs every
    frequency it holds as 44.1 kHz does (a biquad designed for 22.05 kHz would
    bend the shelf towards its Nyquist and read speech 0.05 LU louder).
    """
    n = sub_samples(fs)
    design = max(fs, SAMPLE_RATE)
    k = math.tan(math.pi * SHELF_HZ / design)
    vh = 10 ** (SHELF_GAIN_DB / 20)
    vb = vh ** SHELF_VB_EXPONENT
    a0 = 1 + k / SHELF_Q + k * k
    shelf_b = [(vh + vb * k / SHELF_Q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / SHELF_Q + k * k) / a0]
    shelf_a = [1.0, 2 * (k * k - 1) / a0, (1 - k / SHELF_Q + k * k) / a0]
    k = math.tan(math.pi * HIGHPASS_HZ / design)
    a0 = 1 + k / HIGHPASS_Q + k * k
    hp_b = [1.0, -2.0, 1.0]
    hp_a = [1.0, 2 * (k * k - 1) / a0, (1 - k / HIGHPASS_Q + k * k) / a0]
    z = np.exp(-2j * np.pi * np.fft.rfftfreq(n, 1 / fs) / design)

    def resp(b: list[float], a: list[float]) -> npt.NDArray[np.complex128]:
        return (b[0] + b[1] * z + b[2] * z * z) / (a[0] + a[1] * z + a[2] * z * z)

    power = np.abs(resp(shelf_b, shelf_a) * resp(hp_b, hp_a)) ** 2
    # Parseval for a real signal: every bin but DC and Nyquist stands for two.
    power[1:-1] *= 2
    if n % 2 == 1:  # an odd length has no Nyquist bin: its last bin stands for two as well
        power[-1] *= 2
    out: F64 = power / (n * n)
    return out


def _energies(blocks: F32 | F64, rate: int, scale: float = 1.0) -> F64:
    """K-weighted mean square of each row of ``blocks`` (rows of 100 ms at ``rate``) times ``scale``.

    In float64: numpy's float32 FFT takes twice as long, and float64 keeps each row's result
    the same whatever batch it runs in (see :func:`sub_energies`).
    """
    out = np.empty(len(blocks))
    power = _k_weight_power(rate) * scale
    for start in range(0, len(blocks), FFT_ROWS):
        spec = np.fft.rfft(blocks[start : start + FFT_ROWS].astype(np.float64, copy=False), axis=1)
        # einsum, not a matrix product: BLAS sums in an order that depends on its threads, and the
        # episode's bytes must not depend on the machine's cores or on where the work runs.
        out[start : start + FFT_ROWS] = np.einsum("ij,j->i", spec.real**2 + spec.imag**2, power)
    return out


def sub_energies(x: F32 | F64, rate: int = SAMPLE_RATE, scale: float = 1.0) -> F64:
    """K-weighted mean square of each whole 100 ms sub-block of ``x`` (at ``rate``, 1.0 is full
    scale, or ``scale`` times that: 16-bit sample values as floats with ``scale`` 2**-30).

    A last partial sub-block is left out. Consecutive pieces give the same values as the whole.
    """
    size = sub_samples(rate)
    n = len(x) // size
    return _energies(x[: n * size].reshape(n, size), rate, scale)


def lufs(energy: float) -> float:
    """Loudness (LUFS) of a K-weighted mean square."""
    return LUFS_OFFSET + 10 * math.log10(energy) if energy > 0 else -math.inf


def _gate_floor() -> float:
    """The absolute gate as a K-weighted mean square."""
    return float(10 ** ((ABSOLUTE_GATE_LUFS - LUFS_OFFSET) / 10))


def integrated(sub: F64) -> float:
    """Gated integrated loudness (LUFS) from the 100 ms sub-block energies."""
    if len(sub) < BLOCK_SUBS:
        sub = np.concatenate([sub, np.zeros(BLOCK_SUBS - len(sub))])
    c = np.concatenate([[0.0], np.cumsum(sub)])
    blocks = (c[BLOCK_SUBS:] - c[:-BLOCK_SUBS]) / BLOCK_SUBS  # 400 ms, every 100 ms
    gated = blocks[blocks > _gate_floor()]
    if len(gated) == 0:
        return -math.inf
    relative = gated.mean() * RELATIVE_GATE
    gated = gated[gated > relative]
    return lufs(float(gated.mean()))


def integrated_loudness(x: F32, rate: int = SAMPLE_RATE) -> float:
    """BS.1770 integrated loudness (LUFS) of mono float samples at ``rate`` (1.0 is full scale)."""
    return integrated(sub_energies(x, rate))


def loudness_range(sub: F64) -> float:
    """EBU Tech 3342 loudness range (LU, one decimal) from the 100 ms sub-block energies."""
    if len(sub) < SHORT_TERM_SUBS:
        return 0.0
    c = np.concatenate([[0.0], np.cumsum(sub)])
    short = (c[SHORT_TERM_SUBS:] - c[:-SHORT_TERM_SUBS]) / SHORT_TERM_SUBS  # 3 s, every 100 ms
    short = short[short > _gate_floor()]
    if len(short) == 0:
        return 0.0
    short = short[short > short.mean() * LRA_RELATIVE_GATE]
    levels = LUFS_OFFSET + 10 * np.log10(short)
    lo, hi = np.percentile(levels, LRA_PERCENTILES)
    return round(float(hi - lo), 1)
