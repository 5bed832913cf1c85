"""A clip's edge silence, measured and cut (without numpy: the word timings use it in the main process).

In here: :func:`trim_silence` and its thresholds. Not in here: where the
trimmed clips go (``assembly``).
"""

from __future__ import annotations

import warnings

from .segment import FULL_SCALE, AudioSegment

with warnings.catch_warnings():
    # The stdlib audioop is deprecated since Python 3.11; pydub needs it anyway.
    warnings.filterwarnings("ignore", message=".*audioop.*", category=DeprecationWarning)
    import audioop

__all__ = ["EDGE_MARGIN_MS", "SILENCE_THRESHOLD_DBFS", "SILENCE_WINDOWS_PER_S", "trim_silence"]

SILENCE_THRESHOLD_DBFS = -50.0
"""Audio quieter than this at a clip's edges counts as silence and is trimmed."""
EDGE_MARGIN_MS = 15
"""Kept of a clip's edge silence so soft onsets and endings are not cut."""
SILENCE_WINDOWS_PER_S = 200
"""Edge silence is measured in windows of 1/200 s (5 ms): short enough to cut close to speech."""
MS_PER_S = 1000


def trim_silence(clip: AudioSegment, threshold_dbfs: float = SILENCE_THRESHOLD_DBFS,
                 margin_ms: int = EDGE_MARGIN_MS) -> AudioSegment:
    """``clip`` without the silence at its start and end (keeping ``margin_ms``).

    Silence is measured in 5 ms windows of RMS below ``threshold_dbfs``. A clip
    that is all silence becomes empty.
    """
    if len(clip.raw_data) == 0:
        return clip
    window = max(1, clip.frame_rate // SILENCE_WINDOWS_PER_S)
    frames = int(clip.frame_count())
    limit = FULL_SCALE * 10 ** (threshold_dbfs / 20)
    raw = clip.raw_data
    width = clip.frame_width

    def loud(i: int) -> bool:
        chunk = raw[i * width : min(frames, i + window) * width]
        return bool(audioop.rms(chunk, clip.sample_width) > limit)

    start = 0
    while start < frames and not loud(start):
        start += window
    if start >= frames:
        return clip[:0]
    end = frames
    while end > start and not loud(max(start, end - window)):
        end -= window
    margin = clip.frame_rate * margin_ms // MS_PER_S
    start = max(0, start - margin)
    end = min(frames, end + margin)
    return clip._spawn(raw[start * width : end * width])
