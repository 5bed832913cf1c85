"""Assembling an episode: the chime, the clips with their edge silence trimmed, the pauses.

In here: :func:`assemble` (with ``silence``'s :func:`trim_silence`, re-exported), which places every clip
on a whole millisecond so the segment times it returns are exact. Not in
here: making or loading the chime (``chime``), loudness and encoding
(``loudness``, ``limiter``, ``encode``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import AudioError
from ..models import Script, Timeline, Timing
from .pcm import SAMPLE_RATE, SAMPLE_WIDTH, AudioSegment, conform, pcm_segment
from .resample import resample
from .silence import EDGE_MARGIN_MS, SILENCE_THRESHOLD_DBFS, SILENCE_WINDOWS_PER_S, trim_silence
from .source import PcmFile

__all__ = [
    "CHIME_GAP_MS",
    "EDGE_MARGIN_MS",
    "SILENCE_THRESHOLD_DBFS",
    "SILENCE_WINDOWS_PER_S",
    "assemble",
    "assemble_file",
    "episode_rate",
    "trim_silence",
]

CHIME_GAP_MS = 600
"""Silence between the chime and the first spoken segment."""
MS_PER_S = 1000
QUOTE_CHARS = 40
"""Characters of a segment quoted in an error message: enough to find it in the article."""
MIN_OWN_RATE = 16000
"""An episode is processed at its voice's own rate only from this rate up (and up to 44.1 kHz)."""


def episode_rate(clips: list[AudioSegment]) -> int:
    """The rate an episode of ``clips`` is assembled, measured and limited at: the clips' own rate
    when all that have audio share one (a whole number of 100 ms loudness blocks, 16 to 44.1 kHz:
    espeak-ng's 22.05 kHz, Google's 24 kHz), else 44.1 kHz. The MP3 encoder brings it to 44.1 kHz
    (ffmpeg's resampler, in C), so nothing is resampled or processed at twice the samples here."""
    rates = {clip.frame_rate for clip in clips if len(clip.raw_data)}
    if len(rates) != 1:
        return SAMPLE_RATE
    rate = int(rates.pop())
    return rate if MIN_OWN_RATE <= rate <= SAMPLE_RATE and rate % 10 == 0 else SAMPLE_RATE


def _chime_at(chime: AudioSegment, rate: int) -> AudioSegment:
    """``chime`` at ``rate`` (resampled in-process when it is not at that rate already)."""
    chime = conform(chime)
    if rate == SAMPLE_RATE:
        return chime
    return pcm_segment(resample(chime.raw_data, SAMPLE_RATE, rate), rate)


def _ms_to_frames(ms: int, rate: int = SAMPLE_RATE) -> int:
    """The frame at ``ms`` milliseconds (rounded to the nearest) at ``rate``."""
    return (ms * rate + MS_PER_S // 2) // MS_PER_S


class _Layout:
    """Raw frames laid end to end (given to ``write``), each part cut or padded to a whole number of ms."""

    def __init__(self, write: Callable[[bytes], None], rate: int) -> None:
        self.write = write
        self.rate = rate
        self.pos_ms = 0
        self.pos_frames = 0

    def place(self, data: bytes, length_ms: int) -> None:
        """Append ``data`` padded or cut to exactly ``length_ms`` from the current position."""
        want = _ms_to_frames(self.pos_ms + length_ms, self.rate) - self.pos_frames
        have = len(data) // SAMPLE_WIDTH
        if have >= want:
            self.write(data[: want * SAMPLE_WIDTH])
        else:
            self.write(data)
            self.write(b"\0" * ((want - have) * SAMPLE_WIDTH))
        self.pos_ms += length_ms
        self.pos_frames += want


def _lay_out(script: Script, clips: list[AudioSegment], chime: AudioSegment | None,
             write: Callable[[bytes], None], rate: int = SAMPLE_RATE) -> list[Timing]:
    """The episode's frames at ``rate``, in order, to ``write``; returns the segments' timings."""
    if len(clips) != len(script.segments):
        raise AudioError(
            f"{script.slug}: {len(clips)} audio clips for {len(script.segments)} segments; "
            "every segment needs exactly one clip"
        )
    layout = _Layout(write, rate)
    if chime is not None and len(chime.raw_data):
        chime = _chime_at(chime, rate)
        layout.place(chime.raw_data, len(chime))
        layout.place(b"", CHIME_GAP_MS)

    timings: list[Timing] = []
    for seg, clip in zip(script.segments, clips, strict=True):
        if seg.pause_after_ms < 0:
            raise AudioError(f"{script.slug}: negative pause after segment {seg.spoken[:QUOTE_CHARS]!r}")
        # Trimmed before conforming: less to resample, and the same cut in milliseconds.
        speech = conform(trim_silence(clip), rate)
        length = round(MS_PER_S * speech.frame_count() / rate)
        start = layout.pos_ms
        layout.place(speech.raw_data, length)
        timings.append(Timing(start, layout.pos_ms))
        layout.place(b"", seg.pause_after_ms)
    return timings


def assemble(script: Script, clips: list[AudioSegment],
             chime: AudioSegment | None) -> tuple[AudioSegment, Timeline]:
    """Join the chime and one clip per segment into an episode, with its timeline.

    Layout: chime, ``CHIME_GAP_MS`` of silence, then every clip (its edge
    silence trimmed) followed by its segment's ``pause_after_ms``. Every clip
    is placed on a whole millisecond, so ``Timeline.timings`` are exact. Joins
    raw frames once (linear time, also for hour-long editions).
    """
    parts: list[bytes] = []
    timings = _lay_out(script, clips, chime, parts.append)
    audio = pcm_segment(b"".join(parts))
    return audio, Timeline(timings=timings, duration_ms=len(audio))


def assemble_file(script: Script, clips: list[AudioSegment], chime: AudioSegment | None,
                  directory: str | None = None, rate: int | None = None) -> tuple[PcmFile, Timeline]:
    """Like :func:`assemble`, the episode written to a temporary file (in ``directory``) as it is
    laid out, only one clip at a time in memory besides ``clips``. At ``rate`` (default:
    :func:`episode_rate`, the voice's own where the clips share one; 44.1 kHz gives the samples
    :func:`assemble` gives); the same timeline at any rate."""
    rate = episode_rate(clips) if rate is None else rate
    pcm = PcmFile(directory, rate)
    try:
        timings = _lay_out(script, clips, chime, pcm.write, rate)
    except BaseException:
        pcm.close()
        raise
    return pcm.done(), Timeline(timings=timings, duration_ms=pcm.duration_ms())
