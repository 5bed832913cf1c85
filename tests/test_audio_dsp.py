"""The DSP primitives of audiocast.audio, on generated reference signals (no ffmpeg).

The loudness meter against BS.1770 / EBU Tech 3341-3342 cases, the limiter
(through the gain search that drives it) on adversarial signals, the running
minimum against a naive reference, and the windowed-sinc 2x resampler.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from audiocast.audio.limiter import BLOCK, block_peaks, render, running_min, true_peak_bounds, true_peaks
from audiocast.audio.loudness import integrated_loudness, loudness_range, sub_energies
from audiocast.audio.normalise import normalise
from audiocast.audio.resample import halfband, tp_phases, upsample2

FS = 44100


def _sine(seconds: float, peak_dbfs: float, hz: float = 997.0, fs: int = FS, phase: float = 0.0) -> np.ndarray:
    n = np.arange(int(seconds * fs))
    return (10 ** (peak_dbfs / 20) * np.sin(2 * np.pi * hz * n / fs + phase)).astype(np.float32)


def _int16(x: np.ndarray) -> np.ndarray:
    return np.clip(np.rint(np.asarray(x, dtype=np.float64) * 32768), -32768, 32767).astype(np.int16)


# ------------------------------------------------------------- loudness meter


@pytest.mark.parametrize("peak_dbfs", [0.0, -20.0, -40.0])
def test_meter_reads_a_997_hz_sine_as_bs1770_says(peak_dbfs):
    # Mono: mean square of a sine is half its peak squared (-3.01 dB); the K-weighting
    # at 997 Hz (+0.691 dB) and BS.1770's -0.691 dB cancel.
    expected = peak_dbfs + 10 * math.log10(0.5)
    assert integrated_loudness(_sine(3.0, peak_dbfs)) == pytest.approx(expected, abs=0.1)


def test_meter_20_db_quieter_reads_20_lu_lower():
    loud = integrated_loudness(_sine(3.0, -20.0))
    quiet = integrated_loudness(_sine(3.0, -40.0))
    assert loud - quiet == pytest.approx(20.0, abs=0.01)


def test_meter_absolute_gate_ignores_long_near_silence():
    tone = _sine(10.0, -20.0)
    hush = _sine(20.0, -78.0, hz=300.0)  # well under the -70 LUFS gate
    gapped = np.concatenate([tone, hush, tone, np.zeros(10 * FS, np.float32)])
    assert integrated_loudness(gapped) == pytest.approx(integrated_loudness(np.concatenate([tone, tone])), abs=0.1)


def test_meter_relative_gate_tech_3341_case_3():
    # EBU Tech 3341 test 3 (mono levels): 10 s 13 dB quieter, 60 s, 10 s 13 dB quieter.
    quiet, loud = _sine(10.0, -36.0), _sine(60.0, -23.0)
    x = np.concatenate([quiet, loud, quiet])
    assert integrated_loudness(x) == pytest.approx(-23.0 + 10 * math.log10(0.5), abs=0.1)


def test_meter_loudness_range_tech_3342_case_1():
    # EBU Tech 3342 test 1: 20 s at one level, 20 s 10 dB quieter: LRA 10 LU (+-1).
    x = np.concatenate([_sine(20.0, -20.0), _sine(20.0, -30.0)])
    assert loudness_range(sub_energies(x)) == pytest.approx(10.0, abs=1.0)


def test_meter_is_fed_in_pieces():
    x = _sine(5.0, -12.0, hz=440.0) * np.linspace(0.2, 1.0, 5 * FS, dtype=np.float32)
    cut = 17 * (FS // 10)  # a sub-block boundary
    # Equal up to float32 rounding: the FFT and its weighting run FFT_ROWS sub-blocks at a time.
    assert np.allclose(np.concatenate([sub_energies(x[:cut]), sub_energies(x[cut:])]), sub_energies(x),
                       rtol=1e-6, atol=0)


# -------------------------------------------------------------------- limiter


def _adversarial() -> dict[str, np.ndarray]:
    n = np.arange(2 * FS)
    rng = np.random.default_rng(7)
    return {
        "full-scale square": np.where((n // 50) % 2, 1.0, -1.0),
        "single-sample impulses": np.where(n % 4410 == 100, 1.0, 0.0) + 0.01 * np.sin(2 * np.pi * 300 * n / FS),
        "fs/4 sine at 45 degrees": np.sin(np.pi / 2 * n + np.pi / 4),  # samples at 0.707, true peak 1.0
        "white noise at +12 dB": np.clip(rng.normal(0.0, 0.25 * 10 ** (12 / 20), len(n)), -1.0, 1.0),
    }


def _limited(signal: np.ndarray, target_lufs: float, ceiling_dbtp: float) -> np.ndarray:
    samples = _int16(signal)
    plan = normalise(samples, target_lufs, ceiling_dbtp)
    x = samples.astype(np.float32) * np.float32(1 / 32768)
    pcm = render(x, plan.gain, plan.bounds, 0, len(x))
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) * np.float32(1 / 32768)


def _true_peak_dbtp(y: np.ndarray) -> float:
    """4x oversampled with the project's interpolator (16 taps per phase)."""
    return 20 * math.log10(float(true_peaks(y, np.arange(-(-len(y) // BLOCK))).max()))


def _ideal_true_peak_dbtp(y: np.ndarray) -> float:
    """4x oversampled by ideal (FFT) band-limited interpolation, silence around the signal."""
    pad = np.concatenate([np.zeros(256), y.astype(np.float64), np.zeros(256)])
    spectrum = np.fft.rfft(pad)
    wide = np.zeros(2 * len(pad) + 1, dtype=complex)
    wide[: len(spectrum)] = spectrum
    return 20 * math.log10(float(np.abs(np.fft.irfft(wide, 4 * len(pad)) * 4).max()))


@pytest.mark.parametrize("name", list(_adversarial()))
@pytest.mark.parametrize(("target_lufs", "ceiling_dbtp"), [(0.0, -1.0), (-6.0, -1.0), (-3.0, -3.0)])
def test_limiter_keeps_true_peaks_under_the_ceiling(name, target_lufs, ceiling_dbtp):
    # Targets that are out of reach without limiting: the limiter must act.
    y = _limited(_adversarial()[name], target_lufs, ceiling_dbtp)
    assert _true_peak_dbtp(y) <= ceiling_dbtp


@pytest.mark.parametrize("name", ["single-sample impulses", "fs/4 sine at 45 degrees"])
def test_limiter_holds_under_ideal_interpolation(name):
    y = _limited(_adversarial()[name], 0.0, -1.0)
    assert _ideal_true_peak_dbtp(y) <= -1.0


@pytest.mark.xfail(strict=True, reason=(
    "known: the limiter's 16-tap interpolator under-reads full-band content near Nyquist "
    "(clipped noise by ~2 dB, a square wave by 0.1 dB); export_mp3 measures such MP3s with "
    "ffmpeg and widens its margin. Kept as a marker for the streaming-limiter issue."))
@pytest.mark.parametrize("name", ["full-scale square", "white noise at +12 dB"])
def test_limiter_under_ideal_interpolation_on_full_band_signals(name):
    y = _limited(_adversarial()[name], 0.0, -1.0)
    assert _ideal_true_peak_dbtp(y) <= -1.0


def _worst_case_at(n: int, size: int) -> np.ndarray:
    """Full-scale samples signed like the 4x interpolator's phase-0.5 taps around the point
    between samples n and n + 1: the largest value the interpolator can give (near Nyquist)."""
    c = tp_phases()[:, 1]
    x = np.zeros(size, np.float32)
    k = len(c) // 2
    x[n - (k - 1) : n + k + 1] = np.sign(c)
    return x


def _bound_cases() -> dict[str, np.ndarray]:
    n = np.arange(40 * BLOCK)
    rng = np.random.default_rng(11)
    return {
        **{name: x.astype(np.float32)[: 40 * BLOCK] for name, x in _adversarial().items()},
        "sine just under Nyquist": np.sin(np.pi * 0.995 * n + 0.3).astype(np.float32),
        "alternating samples": np.where(n % 2, 0.9, -0.9).astype(np.float32),
        "worst case inside a block": _worst_case_at(10 * BLOCK + 15, len(n)),
        # The loud samples all lie in the next block: this block's own samples are silent.
        "worst case at a block's end": _worst_case_at(11 * BLOCK - 1, len(n)) * (n >= 11 * BLOCK),
        "noise near Nyquist": (np.diff(rng.normal(0, 0.3, len(n) + 1)) * 0.5).astype(np.float32),
    }


@pytest.mark.parametrize("name", list(_bound_cases()))
def test_no_block_has_a_true_peak_over_its_bound(name):
    x = _int16(_bound_cases()[name]).astype(np.float32) / np.float32(32768)
    blocks = np.arange(len(x) // BLOCK)
    tp = true_peaks(x, blocks)
    bound = true_peak_bounds(block_peaks(_int16(x))[: len(blocks)])
    assert np.all(tp <= bound)


def test_the_true_peak_bound_is_reached_by_the_worst_case():
    # Samples of +-1 signed like the taps: the bound is tight (no looser than it must be).
    x = _worst_case_at(10 * BLOCK + 15, 40 * BLOCK)
    tp = true_peaks(x, np.arange(40))
    bound = true_peak_bounds(block_peaks(_int16(x * np.float32(32767 / 32768))))
    assert tp[10] == pytest.approx(float(np.abs(tp_phases()[:, 1]).sum()), rel=1e-5)
    assert tp[10] > 1.95  # nearly 6 dB over the samples
    assert bound[10] == pytest.approx(tp[10], rel=1e-3)


def _reference_true_peaks(x: np.ndarray, blocks: np.ndarray) -> np.ndarray:
    """The 4x interpolator's peak per block, written plainly: each phase as a float64
    convolution over the whole signal (zeros beyond its ends), and the samples themselves."""
    coef = tp_phases().astype(np.float64)
    taps = coef.shape[0]
    padded = np.concatenate([np.zeros(taps), x.astype(np.float64), np.zeros(taps)])
    out = []
    for b in blocks:
        best = float(np.abs(x[b * BLOCK : (b + 1) * BLOCK]).max(initial=0.0))
        for j in range(b * BLOCK, (b + 1) * BLOCK):
            # The value between sample j and j + 1 uses samples j - taps/2 + 1 .. j + taps/2.
            window = padded[j + taps - taps // 2 + 1 : j + taps + taps // 2 + 1]
            best = max(best, float(np.abs(window @ coef).max()))
        out.append(best)
    return np.array(out)


@pytest.mark.parametrize("seed", [3, 17])
def test_true_peaks_equal_a_plain_convolution(seed):
    # Speech-like tones, a burst near Nyquist and noise; blocks in runs, alone, at both ends.
    rng = np.random.default_rng(seed)
    n = np.arange(70 * BLOCK)
    x = (0.4 * np.sin(2 * np.pi * 0.013 * n + seed) + 0.2 * np.sin(np.pi * 0.97 * n) * (n % 700 < 90)
         + rng.normal(0, 0.05, len(n))).astype(np.float32)
    blocks = np.array([0, 1, 2, 9, 30, 31, 32, 33, 50, 68, 69])
    got = true_peaks(x, blocks)
    assert got == pytest.approx(_reference_true_peaks(x, blocks), rel=2e-6, abs=1e-7)


def test_true_peaks_with_gain_and_limiter_are_those_of_the_processed_samples():
    # The peaks of x times gain and the limiter's ramps are the peaks of that product, computed first.
    rng = np.random.default_rng(5)
    x = rng.normal(0, 0.2, 40 * BLOCK).astype(np.float32)
    bounds = np.ones(41)
    bounds[10:20] = np.linspace(0.9, 0.4, 10)
    bounds[20:25] = 0.5
    blocks = np.arange(5, 30)
    gain = 1.7
    processed = x * np.float32(gain) * _ramp(bounds, len(x))
    got = true_peaks(x, blocks, gain, bounds)
    assert got == pytest.approx(_reference_true_peaks(processed, blocks), rel=2e-6, abs=1e-7)


@pytest.mark.parametrize("blocks_count", [1, 2, 9, 300])
def test_the_gains_around_blocks_are_gain_at_sample_by_sample(blocks_count):
    # Every block of short and longer audio, the first and last alone (the ramps clamp there).
    from audiocast.audio.limiter import _gains_around, gain_at

    bounds = np.random.default_rng(blocks_count).uniform(0.2, 1.0, blocks_count + 1)
    for blocks in (np.arange(blocks_count), np.array([0]), np.array([blocks_count - 1])):
        for first, rows in ((-7, 47), (-31, 63), (0, 32)):
            idx = blocks[None, :] * BLOCK + first + np.arange(rows)[:, None]
            assert np.array_equal(_gains_around(bounds, blocks, first, rows), gain_at(bounds, idx))


def _ramp(bounds: np.ndarray, n: int) -> np.ndarray:
    """The limiter's gain at every sample: linear across each block between its two bounds."""
    i = np.arange(n)
    b = i // BLOCK
    frac = (i - b * BLOCK) / BLOCK
    return (bounds[b] + (bounds[b + 1] - bounds[b]) * frac).astype(np.float32)


@pytest.mark.parametrize("ceiling_dbtp", [-1.0, -3.0])
def test_limiter_catches_a_true_peak_its_block_gets_from_the_next_one(ceiling_dbtp):
    # Quiet speech-like tone, and near-Nyquist bursts whose loud samples start just after a
    # block boundary: the interpolated peak falls at the end of the quiet block before them.
    n = np.arange(3 * FS)
    x = 0.05 * np.sin(2 * np.pi * 220 * n / FS)
    for start in range(FS // 4, 3 * FS - FS // 4, FS // 3):
        edge = (start // BLOCK + 1) * BLOCK
        burst = _worst_case_at(edge - 1, len(n)).astype(np.float64) * 0.7 * (n >= edge)
        x = x + burst
    y = _limited(x, -14.0, ceiling_dbtp)
    assert _true_peak_dbtp(y) <= ceiling_dbtp


def test_limiter_moves_nothing_in_time():
    x = 0.01 * np.sin(2 * np.pi * 300 * np.arange(FS) / FS)
    x[FS // 2] = 1.0
    y = _limited(x, -16.0, -1.0)
    assert len(y) == len(x)
    assert int(np.argmax(np.abs(y))) == FS // 2


# ------------------------------------------------------------- running minimum


@pytest.mark.parametrize(("before", "after"), [(0, 0), (1, 0), (0, 1), (3, 3), (14, 3), (8, 7), (20, 3), (7, 50)])
@pytest.mark.parametrize("n", [1, 5, 64, 1000])
def test_running_min_matches_a_naive_one(before, after, n):
    r = np.random.default_rng(n + 100 * before + after).normal(size=n)
    for fill in (1.0, 0.0, -5.0):
        expected = np.array([
            min([r[k] if 0 <= k < n else fill for k in range(j - before, j + after + 1)]) for j in range(n)
        ])
        assert np.array_equal(running_min(r, before, after, fill=fill), expected)


# ---------------------------------------------------------------- resamplers


def _upsampled(x: np.ndarray) -> np.ndarray:
    return np.frombuffer(upsample2(_int16(x).astype("<i2").tobytes()), dtype="<i2").astype(np.float64) / 32768


def _amplitude_db(y: np.ndarray, hz: float, fs: int = FS) -> float:
    """Amplitude (dBFS) of the component at ``hz`` in ``y`` (a whole number of cycles)."""
    n = np.arange(len(y))
    return 20 * math.log10(2 * abs(np.sum(y * np.exp(-2j * np.pi * hz * n / fs))) / len(y))


def test_upsample2_doubles_the_length_and_keeps_every_input_sample():
    x = _int16(np.random.default_rng(3).uniform(-0.9, 0.9, 12345))
    y = np.frombuffer(upsample2(x.astype("<i2").tobytes()), dtype="<i2")
    assert len(y) == 2 * len(x)
    assert np.array_equal(y[0::2], x)
    assert upsample2(b"") == b""


@pytest.mark.parametrize("hz", [100.0, 1000.0, 5000.0, 10000.0])
def test_upsample2_keeps_a_tone_in_the_passband(hz):
    x = _sine(1.2, -6.0, hz=hz, fs=FS // 2)
    y = _upsampled(x)[FS // 10 : FS // 10 + FS]  # one second from the middle, whole cycles
    spectrum = np.abs(np.fft.rfft(y))
    assert int(np.argmax(spectrum)) == round(hz)  # 1 Hz bins: the frequency is kept
    assert _amplitude_db(y, hz) == pytest.approx(-6.0, abs=0.1)
    image = FS / 2 - hz
    if image > 12000:  # over the transition band: the image is gone
        assert _amplitude_db(y, image) < -6.0 - 70


def test_upsample2_preserves_dc():
    y = _upsampled(np.full(4000, 0.3))
    taps = len(halfband()) // 2
    assert np.allclose(y[2 * taps : -2 * taps], round(0.3 * 32768) / 32768, atol=1.5 / 32768)


def test_interpolators_have_unit_dc_gain_and_the_halfband_is_symmetric():
    c = halfband()
    assert c.sum() == pytest.approx(1.0)
    assert np.allclose(c, c[::-1])
    assert np.allclose(tp_phases().sum(axis=0), 1.0, atol=1e-6)


# ------------------------------------------------------------- chunked passes


def _limiter_gains_in_one_piece(peaks: np.ndarray, gain: float, ceiling: float) -> np.ndarray | None:
    """The limiter's gains by its definition over the whole array at once: the running minimum of
    each block's need, a moving average by cumulative sums, the release (the reference)."""
    from audiocast.audio import limiter as lim

    need = np.minimum(0.0, 20 * math.log10(ceiling / gain) - lim.peaks_db(peaks))
    if need.min() >= 0.0:
        return None
    a = lim.ATTACK_BLOCKS
    hold = max(a, round(lim.HOLD_MS * FS / 1000 / BLOCK))
    m = running_min(need, hold, a, fill=0.0)
    c = np.concatenate([[0.0], np.cumsum(np.concatenate([np.zeros(a), m, np.zeros(a)]))])
    g = np.minimum((c[2 * a + 1 :] - c[: -2 * a - 1]) / (2 * a + 1), m)
    ramp = (lim.RELEASE_DB_PER_S * BLOCK / FS) * np.arange(len(g))
    g = np.minimum(np.minimum.accumulate(g - ramp) + ramp, 0.0)
    g_db = np.minimum(np.concatenate([[0.0], g]), np.concatenate([g, [0.0]]))
    return 10 ** (g_db / 20)


def _peaks_with_bursts(seed: int, n: int = 5000) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.uniform(0.0, 0.5, n) * (rng.uniform(size=n) < 0.9) + (rng.uniform(size=n) > 0.98)).astype(
        np.float32)


@pytest.mark.parametrize("chunk", [7, 64, 1000, 1 << 18])
def test_limiter_gains_in_chunks_equal_those_in_one_piece(monkeypatch, chunk):
    from audiocast.audio import limiter as lim

    peaks = _peaks_with_bursts(chunk)
    whole = lim.limiter_gains(peaks, 1.3, 0.8)
    monkeypatch.setattr(lim, "GAIN_CHUNK", chunk)
    got = lim.limiter_gains(peaks, 1.3, 0.8)
    assert whole is not None and got is not None and np.array_equal(got, whole)
    assert np.array_equal(lim.limiter_gains(peaks, 1.3, 0.8, held=lim.held_peaks(peaks)), whole)
    assert lim.limiter_gains(peaks * np.float32(0.1), 1.0, 0.8) is None
    # The definition, summed in another order: equal but for rounding.
    expected = _limiter_gains_in_one_piece(peaks, 1.3, 0.8)
    assert expected is not None and np.allclose(got, expected, rtol=1e-12, atol=0)


def test_limiter_gains_keep_every_block_under_the_ceiling():
    # Each block's peak times the gain times the larger of its two boundary gains (the ramp's
    # highest point across it) stays at or under the ceiling: rounding never lifts the gain.
    from audiocast.audio import limiter as lim

    for seed in range(6):
        peaks = _peaks_with_bursts(100 + seed, 3000)
        for gain in (1.0, 1.9, 7.5):
            bounds = lim.limiter_gains(peaks, gain, 0.8)
            assert bounds is not None and bounds.max() <= 1.0
            top = peaks.astype(np.float64) * gain * np.maximum(bounds[:-1], bounds[1:])
            assert top.max() <= 0.8 * (1 + 1e-12)


@pytest.mark.parametrize("w", [1, 2, 3, 7, 8, 13])
def test_window_sums_equal_plain_sums(w):
    from audiocast.audio.limiter import _window_sum

    x = np.random.default_rng(w).normal(size=50)
    expected = np.array([x[i : i + w].sum() for i in range(len(x) - w + 1)])
    assert np.allclose(_window_sum(x, w), expected, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("rate", [22050, 44100])
def test_held_peaks_are_the_largest_peak_the_look_ahead_and_hold_see(monkeypatch, rate):
    from audiocast.audio import limiter as lim

    peaks = _peaks_with_bursts(rate, 2000)
    a, hold = lim.ATTACK_BLOCKS, lim._hold_blocks(rate)
    expected = np.array([peaks[max(0, j - hold) : j + a + 1].max() for j in range(len(peaks))])
    assert np.array_equal(lim.held_peaks(peaks, rate), expected)
    monkeypatch.setattr(lim, "GAIN_CHUNK", 37)
    assert np.array_equal(lim.held_peaks(peaks, rate), expected)


def test_normalise_reads_the_same_from_a_temporary_file_as_from_memory(monkeypatch):
    from audiocast.audio import limiter as lim
    from audiocast.audio import normalise as norm
    from audiocast.audio.source import ArraySource, PcmFile

    rng = np.random.default_rng(5)
    x = np.concatenate([_sine(7.0, -3.0, hz=300.0) * rng.uniform(0.2, 1.0), _sine(5.0, -1.0, hz=3000.0)])
    x[:: FS // 3] = 0.99  # peaks the limiter has to catch
    samples = _int16(x + 0.02 * rng.normal(size=len(x)))
    whole = normalise(samples, -2.0, -1.0)
    monkeypatch.setattr(norm, "MEASURE_CHUNK", 4410 * 256)  # one FFT batch of the meter: the same grid
    monkeypatch.setattr(norm, "MODEL_CHUNK", 999)
    monkeypatch.setattr(lim, "GAIN_CHUNK", 1000)
    monkeypatch.setattr(lim, "SPAN_BLOCKS", 100)
    with PcmFile() as pcm:
        pcm.write(samples.astype("<i2").tobytes())
        pieces = normalise(norm.analyse(pcm.done()), -2.0, -1.0)
        assert pcm.samples(-3, 2).tolist() == [0, 0, 0, *samples[:2].tolist()]
        assert np.array_equal(pcm.samples(len(samples) - 1, len(samples) + 2)[1:], [0, 0])
    assert whole.gain == pieces.gain and whole.loudness == pieces.loudness
    assert whole.bounds is not None and pieces.bounds is not None and np.array_equal(whole.bounds, pieces.bounds)
    assert ArraySource(samples).samples(0, 10).tolist() == samples[:10].tolist()


# ------------------------------------------------- what the fast paths must keep


def test_block_peaks_are_the_largest_magnitude_of_each_block():
    rng = np.random.default_rng(11)
    samples = rng.integers(-32768, 32768, 5 * BLOCK + 9).astype(np.int16)
    samples[3 * BLOCK + 7] = -32768  # its magnitude does not fit in int16
    magnitude = np.abs(samples.astype(np.int64))
    expected = [magnitude[i : i + BLOCK].max() / 32768 for i in range(0, len(samples), BLOCK)]
    got = block_peaks(samples)
    assert got.dtype == np.float32 and got.tolist() == pytest.approx(expected, abs=0)
    assert got[3] == 1.0


@pytest.mark.parametrize("start_block", [0, 5])
def test_rendering_16_bit_samples_gives_the_bytes_of_rendering_their_floats(start_block):
    # Limited and unlimited blocks, a partial last block, audio that does not start at 0:
    # encode renders the samples directly, the floats' path must give the same bytes.
    from audiocast.audio.limiter import render_piece, render_samples

    rng = np.random.default_rng(start_block)
    samples = rng.integers(-20000, 20000, 40 * BLOCK + 13).astype(np.int16)
    bounds = np.ones(start_block + 42)
    bounds[start_block + 10 : start_block + 20] = np.linspace(0.95, 0.3, 10)
    bounds[start_block + 40 :] = 0.7
    start = start_block * BLOCK
    for gain, b in ((1.37, bounds), (0.81, None)):
        floats = samples.astype(np.float32) * np.float32(1 / 32768)
        assert render_samples(samples, gain, b, start).tobytes() == render_piece(floats, gain, b, start)
    y = render_samples(samples, 2.0, bounds, start)
    assert y.dtype == np.dtype("<i2")
    assert np.array_equal(y[: 9 * BLOCK], np.clip(samples[: 9 * BLOCK].astype(np.int32) * 2, -32768, 32767))


@pytest.mark.parametrize("rate", [16000, 22050, 44100])
def test_the_loudness_model_weighs_every_block_of_its_sub_block(monkeypatch, rate):
    # Each sub-block's energy is scaled by the mean square of the limiter's ramps over its blocks,
    # weighted by the blocks' power; a block belongs to the sub-block its first sample lies in.
    from audiocast.audio import normalise as norm
    from audiocast.audio.loudness import sub_samples

    rng = np.random.default_rng(rate)
    size = sub_samples(rate)
    subs = 23
    sub = rng.uniform(0.1, 1.0, subs)
    power = rng.uniform(0.0, 1.0, subs * size // BLOCK)
    power[:5] = 0.0  # a silent start: its ratio is 1
    bounds = rng.uniform(0.3, 1.0, len(power) + 1)
    expected = np.zeros(subs)
    total = np.zeros(subs)
    for j, p in enumerate(power):
        row = j * BLOCK // size
        a, b = bounds[j], bounds[j + 1]
        expected[row] += p * (a * a + a * b + b * b) / 3
        total[row] += p
    ratio = np.where(total > 0, expected / np.where(total > 0, total, 1), 1.0)
    model = norm._LoudnessModel(sub, power, rate)
    got = model.energies(1.5, bounds)
    assert np.allclose(got, sub * 2.25 * ratio, rtol=1e-12, atol=0)
    monkeypatch.setattr(norm, "MODEL_CHUNK", 7)
    assert np.array_equal(norm._LoudnessModel(sub, power, rate).energies(1.5, bounds), got)


def test_the_analysis_block_powers_are_exact_and_its_energies_do_not_depend_on_the_batch(monkeypatch):
    from audiocast.audio import loudness
    from audiocast.audio import normalise as norm
    from audiocast.audio.source import ArraySource

    samples = _int16(_sine(3.3, -3.0, hz=210.0) + np.random.default_rng(2).normal(0, 0.05, int(3.3 * FS)))
    a = norm.analyse(ArraySource(samples))
    whole = len(a.sub) * (FS // 10) // BLOCK
    exact = (samples[: whole * BLOCK].astype(np.int64).reshape(whole, BLOCK) ** 2).sum(axis=1)
    assert np.array_equal(a.power, exact / 2.0**30)
    monkeypatch.setattr(norm, "FFT_ROWS", 16)
    monkeypatch.setattr(loudness, "FFT_ROWS", 3)
    b = norm.analyse(ArraySource(samples))
    assert np.array_equal(a.sub, b.sub) and np.array_equal(a.power, b.power) and np.array_equal(a.peaks, b.peaks)


def test_the_gain_search_keeps_its_held_peaks_in_step_with_the_true_peaks():
    # The held peaks are made once per set of peaks; when true peaks raise some blocks' peaks
    # they must be made again: the limiter then equals one computed from the peaks afresh.
    from audiocast.audio import normalise as norm
    from audiocast.audio.limiter import limiter_gains
    from audiocast.audio.source import ArraySource

    n = np.arange(2 * FS)
    samples = _int16(0.6 * np.sin(2 * np.pi * 300 * n / FS) * (0.5 + 0.5 * np.sin(2 * np.pi * 1.3 * n / FS)))
    a = norm.analyse(ArraySource(samples))
    s = norm._Search(a.source.samples, norm._LoudnessModel(a.sub, a.power, a.rate), a.peaks, a.peaks.copy(),
                     0.5, -10.0, np.zeros(len(a.peaks), dtype=bool))
    before = s.limiter(1.4)
    assert before is not None and np.array_equal(before, limiter_gains(a.peaks, 1.4, 0.5))
    blocks = np.arange(100, len(a.peaks), 97)
    s.raise_peaks(blocks, a.peaks[blocks] * np.float32(1.5))
    after = s.limiter(1.4)
    assert after is not None and not np.array_equal(after, before)
    assert np.array_equal(after, limiter_gains(s.peaks, 1.4, 0.5))
    assert np.array_equal(s.sample_peaks, block_peaks(samples))  # the analysis' peaks are left as they were


def test_the_gain_search_reuses_a_loudness_only_while_the_peaks_are_unchanged(monkeypatch):
    from audiocast.audio import normalise as norm
    from audiocast.audio.source import ArraySource

    n = np.arange(2 * FS)
    samples = _int16(0.6 * np.sin(2 * np.pi * 300 * n / FS) * (0.5 + 0.5 * np.sin(2 * np.pi * 1.3 * n / FS)))
    a = norm.analyse(ArraySource(samples))
    s = norm._Search(a.source.samples, norm._LoudnessModel(a.sub, a.power, a.rate), a.peaks, a.peaks.copy(),
                     0.5, -10.0, np.zeros(len(a.peaks), dtype=bool))
    calls = []
    real = norm.limiter_gains
    monkeypatch.setattr(norm, "limiter_gains", lambda *args: calls.append(args[1]) or real(*args))
    first = s.loudness(1.4)
    assert s.loudness(1.4) is not None and calls == [1.4]  # the same gain and peaks: reused
    s.loudness(1.2)
    blocks = np.arange(50, len(a.peaks), 61)
    s.raise_peaks(blocks, a.peaks[blocks] * np.float32(2.0))
    bounds, loud = s.loudness(1.2)
    assert calls == [1.4, 1.2, 1.2]  # raised peaks: made anew
    fresh = norm._LoudnessModel(a.sub, a.power, a.rate)
    assert loud == norm.integrated(fresh.energies(1.2, real(s.peaks, 1.2, 0.5)))
    assert loud < first[1]  # more limiting, less loudness


def test_a_search_with_a_flat_slope_reaches_the_target_under_the_ceiling():
    # Glottal-like pulses with a high crest factor at 22.05 kHz: brought 35 dB up, most blocks
    # limited, each dB of gain gives under 0.1 LU (the slope the search must follow down).
    from audiocast.audio import normalise as norm
    from audiocast.audio.source import ArraySource

    rate = 22050
    n = np.arange(20 * rate)
    t = (n % (rate // 125)) / rate
    voice = np.exp(-t * 500) * np.sin(2 * np.pi * 700 * t) + 0.3 * np.exp(-t * 300) * np.sin(2 * np.pi * 2500 * t)
    envelope = (0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * n / rate + 1)) * (np.sin(2 * np.pi * 0.4 * n / rate) > -0.6)
    samples = _int16(0.05 * voice * envelope)
    plan = normalise(norm.analyse(ArraySource(samples, rate)), -16.0, -2.2)
    assert plan.gain > 10 ** (30 / 20) and plan.bounds is not None and (plan.bounds < 0.5).mean() > 0.3
    assert plan.loudness.integrated_lufs == pytest.approx(-16.0, abs=norm.LOUDNESS_TOLERANCE)
    assert plan.loudness.true_peak_dbtp <= -2.2
