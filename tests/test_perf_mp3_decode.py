"""Google's replies decoded in-process (libsndfile + the polyphase resampler) against ffmpeg's decode."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import encode_mp3, tone

from audiocast import audio
from audiocast.audio.mp3 import decode_mp3
from audiocast.audio.resample import resample
from audiocast.errors import AudioError


def _samples(clip: audio.AudioSegment) -> np.ndarray:
    return np.frombuffer(clip.raw_data, dtype="<i2").astype(np.float64)


@pytest.mark.parametrize("rate", [24000, 22050, 16000])
def test_decode_matches_ffmpeg(rate):
    mp3 = encode_mp3(tone(1500, 330.0, -10.0, rate=rate))
    mine = decode_mp3(mp3, "a reply")
    theirs = audio.decode_bytes(mp3, "a reply", frame_rate=audio.SAMPLE_RATE, channels=1)
    assert mine.frame_rate == theirs.frame_rate == audio.SAMPLE_RATE and mine.channels == 1
    x, y = _samples(mine), _samples(theirs)
    assert abs(len(x) - len(y)) <= 1
    n = min(len(x), len(y))
    error_db = 10 * np.log10(np.mean((x[:n] - y[:n]) ** 2) / np.mean(y[:n] ** 2))
    assert error_db < -60  # the same audio; only the resamplers' filters differ


def test_resample_keeps_a_tone_and_the_length():
    t = np.arange(24000) / 24000
    pcm = np.rint(10000 * np.sin(2 * np.pi * 440 * t)).astype("<i2").tobytes()
    out = np.frombuffer(resample(pcm, 24000, 44100), dtype="<i2").astype(np.float64)
    assert len(out) == 44100
    expected = 10000 * np.sin(2 * np.pi * 440 * np.arange(44100) / 44100)
    middle = slice(1000, -1000)  # away from the edges, where silence is assumed beyond
    assert np.max(np.abs(out[middle] - expected[middle])) < 20
    assert resample(pcm, 24000, 24000) == pcm and resample(b"", 24000, 44100) == b""


def test_resample_down():
    t = np.arange(44100) / 44100
    pcm = np.rint(8000 * np.sin(2 * np.pi * 1000 * t)).astype("<i2").tobytes()
    out = np.frombuffer(resample(pcm, 44100, 16000), dtype="<i2").astype(np.float64)
    assert len(out) == 16000
    expected = 8000 * np.sin(2 * np.pi * 1000 * np.arange(16000) / 16000)
    assert np.max(np.abs(out[500:-500] - expected[500:-500])) < 20


def test_undecodable_bytes_name_the_reply():
    with pytest.raises(AudioError, match="part 1"):
        decode_mp3(b"not an mp3 at all" * 10, "part 1")
