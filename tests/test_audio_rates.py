"""An episode processed at its voice's own rate (espeak-ng's 22.05 kHz, Google's 24 kHz): the meter,
the limiter and the encode at that rate, and the MP3 (44.1 kHz, resampled by ffmpeg) checked by
decoding it."""

from __future__ import annotations

import math

import numpy as np
import pytest

from audiocast import audio
from audiocast.audio.assembly import episode_rate
from audiocast.audio.loudness import integrated_loudness
from audiocast.audio.source import ArraySource
from audiocast.models import Script, Segment, SegmentKind

RATES = [16000, 22050, 24000, 32000, 44100, 48000]


def _sine(seconds: float, peak_dbfs: float, hz: float, fs: int) -> np.ndarray:
    n = np.arange(int(seconds * fs))
    return (10 ** (peak_dbfs / 20) * np.sin(2 * np.pi * hz * n / fs)).astype(np.float32)


@pytest.mark.parametrize("fs", RATES)
@pytest.mark.parametrize("hz", [997.0, 60.0, 5000.0])
def test_the_meter_reads_a_tone_alike_at_every_rate(fs, hz):
    # At 997 Hz the K-weighting cancels BS.1770's offset; at 60 Hz (the high-pass) and 5 kHz
    # (the shelf) it does not, but the filter designed for each rate gives the same reading.
    reference = integrated_loudness(_sine(3.0, -20.0, hz, 48000), 48000)
    assert integrated_loudness(_sine(3.0, -20.0, hz, fs), fs) == pytest.approx(reference, abs=0.05)
    if hz == 997.0:
        assert reference == pytest.approx(-20.0 + 10 * math.log10(0.5), abs=0.1)


def test_noise_reads_alike_at_half_the_rate():
    # Band-limited noise (under 10 kHz) measured at 44.1 kHz and at 22.05 kHz (every other sample).
    rng = np.random.default_rng(3)
    spectrum = np.fft.rfft(rng.normal(size=44100 * 5))
    spectrum[np.fft.rfftfreq(44100 * 5, 1 / 44100) > 10000] = 0
    x = (np.fft.irfft(spectrum) * 0.05).astype(np.float32)
    assert integrated_loudness(x[::2], 22050) == pytest.approx(integrated_loudness(x, 44100), abs=0.02)


def test_the_episode_rate_is_the_clips_own_when_they_share_one():
    def clip(rate: int, ms: int = 100) -> audio.AudioSegment:
        return audio.AudioSegment(data=b"\1\0" * (rate * ms // 1000), sample_width=2, frame_rate=rate, channels=1)

    empty = audio.AudioSegment(data=b"", sample_width=2, frame_rate=44100, channels=1)
    assert episode_rate([clip(22050), clip(22050), empty]) == 22050
    assert episode_rate([clip(24000)]) == 24000
    assert episode_rate([clip(22050), clip(24000)]) == 44100  # mixed: the MP3's rate
    assert episode_rate([clip(8000)]) == 44100  # too low to be worth measuring there
    assert episode_rate([clip(48000)]) == 44100
    assert episode_rate([clip(22051)]) == 44100  # no whole number of samples per 100 ms
    assert episode_rate([empty]) == 44100


@pytest.fixture(scope="module")
def spoken() -> tuple[Script, list[audio.AudioSegment]]:
    from audiocast.tts import EspeakEngine

    engine = EspeakEngine()
    texts = [
        "Kommunfullmäktige i Växjö beslutade på måndagskvällen att bygga en ny skola i Teleborg.",
        "Skolan ska stå klar hösten tjugohundratjugosju och ha plats för fyrahundra elever.",
        "– Det här har vi väntat på länge, säger en förälder.",
    ]
    clips = [engine.synthesize(t) for t in texts]
    script = Script("s", "T", [Segment(t, t, SegmentKind.SENTENCE, 400, 0) for t in texts], ["T"])
    return script, clips


@pytest.mark.parametrize("scale_db", [-24.0, 0.0], ids=["quiet-voice", "full-voice"])
def test_an_espeak_episode_at_22050_hz_meets_the_targets_in_its_mp3(tmp_path, spoken, scale_db):
    script, clips = spoken
    clips = [c.apply_gain(scale_db) for c in clips]
    assert {c.frame_rate for c in clips} == {22050}
    own, own_timeline = audio.assemble_file(script, clips, audio.make_chime(), str(tmp_path))
    full, full_timeline = audio.assemble_file(script, clips, audio.make_chime(), str(tmp_path), rate=44100)
    assert own.rate == 22050 and full.rate == 44100
    assert own_timeline == full_timeline  # every clip on the same millisecond at either rate
    dest = tmp_path / "own.mp3"
    loud = audio.export_mp3(own, dest)
    measured = audio.measure_loudness(dest)
    assert measured.integrated_lufs == pytest.approx(-16.0, abs=1.0)
    assert measured.true_peak_dbtp <= -1.0
    assert measured.integrated_lufs == pytest.approx(loud.integrated_lufs, abs=0.3)
    decoded = audio.decode(dest)
    assert decoded.frame_rate == 44100
    assert abs(len(decoded) - own_timeline.duration_ms) <= 5
    for timing in own_timeline.timings:  # speech where the timeline says
        assert decoded[timing.start_ms + 20 : timing.end_ms - 20].rms > 100
    again = tmp_path / "again.mp3"
    audio.export_mp3(own, again)
    assert again.read_bytes() == dest.read_bytes()
    # The same loudness as the episode processed at 44.1 kHz.
    audio.export_mp3(full, tmp_path / "full.mp3")
    assert audio.measure_loudness(tmp_path / "full.mp3").integrated_lufs == pytest.approx(
        measured.integrated_lufs, abs=0.3)
    own.close()
    full.close()


def test_a_24_khz_episode_from_memory_meets_the_targets(tmp_path):
    # A voice at Google's rate: peaky bursts of harmonics up to 11 kHz.
    fs = 24000
    rng = np.random.default_rng(11)
    n = np.arange(fs * 8)
    x = np.zeros(len(n))
    for k in range(1, 60):
        x += np.sin(2 * np.pi * 180 * k * n / fs + rng.uniform(0, 2 * np.pi)) / k
    x *= (np.sin(2 * np.pi * 2.5 * n / fs) > 0)  # syllables
    x = 0.95 * x / np.abs(x).max()
    samples = np.rint(x * 32767).astype(np.int16)
    dest = tmp_path / "g.mp3"
    audio.export_mp3(ArraySource(samples, fs), dest)
    measured = audio.measure_loudness(dest)
    assert measured.integrated_lufs == pytest.approx(-16.0, abs=1.0)
    assert measured.true_peak_dbtp <= -1.0
    assert abs(audio.duration_ms(dest) - 8000) <= 50
