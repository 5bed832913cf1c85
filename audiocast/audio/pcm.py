"""The episode's sample format, and PCM between pydub, bytes and numpy.

In here: the format constants and pydub's ``AudioSegment`` (both from
``segment``, re-exported), small conversions (:func:`pcm_segment`, :func:`segment_from_samples`,
:func:`float_to_pcm`) and :func:`conform`, which brings any clip to the
episode's format (or the rate it is processed at). Not in here: decoding files (``decoding``), the resampling
filters themselves (``resample``), anything about loudness.
"""

from __future__ import annotations

import array
import sys

import numpy as np
import numpy.typing as npt

from .resample import INT16_MAX, INT16_MIN, resample, upsample2
from .segment import FULL_SCALE, SAMPLE_RATE, SAMPLE_WIDTH, AudioSegment

__all__ = [
    "FULL_SCALE",
    "SAMPLE_RATE",
    "SAMPLE_WIDTH",
    "AudioSegment",
    "conform",
    "float_to_pcm",
    "pcm_segment",
    "segment_from_samples",
]


def pcm_segment(data: bytes, rate: int = SAMPLE_RATE) -> AudioSegment:
    """A mono 16-bit AudioSegment at ``rate`` (44.1 kHz unless told) over raw little-endian samples
    (a trailing odd byte dropped)."""
    data = data[: len(data) - len(data) % SAMPLE_WIDTH]
    return AudioSegment(data=data, sample_width=SAMPLE_WIDTH, frame_rate=rate, channels=1)


def segment_from_samples(arr: array.array[int], rate: int = SAMPLE_RATE) -> AudioSegment:
    """A mono AudioSegment at ``rate`` (44.1 kHz unless told) from native-endian 16-bit samples
    (``array('h')``)."""
    if sys.byteorder == "big":
        arr = array.array("h", arr)
        arr.byteswap()
    return pcm_segment(arr.tobytes(), rate)


def float_to_pcm(x: npt.NDArray[np.float32]) -> bytes:
    """float samples (1.0 is full scale) as 16-bit little-endian PCM (rounded, clipped)."""
    y = x * np.float32(FULL_SCALE)
    np.rint(y, out=y)
    np.clip(y, INT16_MIN, INT16_MAX, out=y)
    return y.astype("<i2").tobytes()


def conform(clip: AudioSegment, rate: int = SAMPLE_RATE) -> AudioSegment:
    """``clip`` as mono 16-bit at ``rate`` (the episode's 44.1 kHz unless told).

    Half the rate (espeak-ng's 22050 Hz to 44.1 kHz) is upsampled with a
    windowed-sinc half-band filter, other rates with the polyphase resampler
    (Google's 24 kHz replies with the filter their decode used before);
    both in this process, no ffmpeg run per clip.
    """
    if clip.channels != 1:
        clip = clip.set_channels(1)
    if clip.sample_width != SAMPLE_WIDTH:
        clip = clip.set_sample_width(SAMPLE_WIDTH)
    if clip.frame_rate == rate:
        return clip
    if len(clip.raw_data) == 0:
        return AudioSegment(data=b"", sample_width=SAMPLE_WIDTH, frame_rate=rate, channels=1)
    if 2 * clip.frame_rate == rate:
        # espeak-ng's 22050 Hz: exactly twice as many samples, made here (no ffmpeg run per clip).
        return pcm_segment(upsample2(clip.raw_data), rate)
    return pcm_segment(resample(clip.raw_data, int(clip.frame_rate), rate), rate)
