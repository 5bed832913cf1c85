"""MP3 bytes decoded in-process (libsndfile, through the soundfile wheel), for Google's replies.

Every reply of Google's voice is a small MP3 (24 kHz mono). Decoding each with
an ffmpeg process cost more than the request itself when many run at once;
libsndfile (1.1 or later, bundled in the soundfile wheel) decodes MP3 in this
process, at the reply's own rate (an episode of them is processed at that
rate, see ``assembly.episode_rate``), or brought to another by
:func:`audiocast.audio.resample.resample`.
The samples match ffmpeg's decode (same length, within one unit of rounding at
the MP3's own rate). Not imported by ``audiocast.audio``: only the network voice
needs it.
"""

from __future__ import annotations

import io

import numpy as np
import soundfile

from ..errors import AudioError
from .pcm import SAMPLE_RATE, SAMPLE_WIDTH, AudioSegment
from .resample import resample

__all__ = ["decode_mp3"]


def decode_mp3(data: bytes, what: str, rate: int | None = SAMPLE_RATE) -> AudioSegment:
    """``data`` (an MP3) as mono 16-bit at ``rate`` (None: the MP3's own); AudioError names ``what``
    when it cannot be decoded."""
    try:
        samples, sample_rate = soundfile.read(io.BytesIO(data), dtype="int16", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, ValueError, TypeError) as exc:
        raise AudioError(f"{what}: cannot decode the MP3 ({exc})") from None
    if samples.shape[1] == 1:
        mono = samples[:, 0]
    else:  # the mean of the channels, as ffmpeg's downmix of a stereo file
        mono = np.rint(samples.astype(np.float32).mean(axis=1)).astype(np.int16)
    pcm = np.ascontiguousarray(mono, dtype="<i2").tobytes()
    own = int(sample_rate)
    out = own if rate is None else rate
    return AudioSegment(data=resample(pcm, own, out), sample_width=SAMPLE_WIDTH, frame_rate=out, channels=1)
