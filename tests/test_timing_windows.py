"""The loud windows that move word starts to their sound: computed for all windows at once, the
same as assembly's measure (``audioop.rms`` of each 5 ms window) window by window."""

from __future__ import annotations

import random
import warnings

import pytest

from audiocast.audio import AudioSegment
from audiocast.audio.segment import FULL_SCALE
from audiocast.audio.silence import SILENCE_THRESHOLD_DBFS, SILENCE_WINDOWS_PER_S
from audiocast.timing import WordTime, _loud_windows, refine_to_sound

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    import audioop


def _by_window(clip: AudioSegment) -> list[int]:
    window = max(1, clip.frame_rate // SILENCE_WINDOWS_PER_S)
    limit = FULL_SCALE * 10 ** (SILENCE_THRESHOLD_DBFS / 20)
    raw, width, frames = clip.raw_data, clip.frame_width, int(clip.frame_count())
    return [n for n, i in enumerate(range(0, frames, window))
            if audioop.rms(raw[i * width: min(frames, i + window) * width], clip.sample_width) > limit]


def _noise_clip(rng: random.Random, frames: int, width: int, channels: int, rate: int) -> AudioSegment:
    """Stretches of silence, near-threshold hum and loud sound, so windows fall on all sides."""
    top = 2 ** (8 * width - 1)
    samples: list[int] = []
    while len(samples) < frames * channels:
        level = rng.choice([0, 0.004, 0.0055, 0.006, 0.02, 0.5, 1.0])
        length = rng.randint(1, 400) * channels
        samples += [max(-top, min(top - 1, round(rng.uniform(-level, level) * top))) for _ in range(length)]
    samples = samples[: frames * channels]
    raw = b"".join(s.to_bytes(width, "little", signed=True) for s in samples)
    return AudioSegment(data=raw, sample_width=width, frame_rate=rate, channels=channels)


@pytest.mark.parametrize("width", [1, 2, 4])
@pytest.mark.parametrize("channels", [1, 2])
def test_loud_windows_are_the_ones_audioop_finds_loud(width: int, channels: int) -> None:
    rng = random.Random(width * 10 + channels)
    for frames in (0, 1, 109, 110, 111, 4000, 22050 + 37):
        for rate in (22050, 24000, 16000):
            clip = _noise_clip(rng, frames, width, channels, rate)
            loud, window = _loud_windows(clip)
            assert window == max(1, rate // SILENCE_WINDOWS_PER_S)
            assert loud == _by_window(clip), (frames, rate)


def test_a_word_starts_where_its_sound_starts_and_ends_where_it_stops() -> None:
    rate = 22050
    silence, tone = b"\0\0" * (rate // 10), b"".join(
        (8000 if (n // 20) % 2 else -8000).to_bytes(2, "little", signed=True) for n in range(rate // 5))
    clip = AudioSegment(data=silence + tone + silence, sample_width=2, frame_rate=rate, channels=1)
    words = [WordTime(0, 400, "hej"), WordTime(0, 50, "tyst")]
    refined = refine_to_sound(clip, words)
    assert abs(refined[0].start_ms - 100) <= 5 and abs(refined[0].end_ms - 300) <= 5
    assert refined[1] == words[1]  # no sound within its time: left as it was
