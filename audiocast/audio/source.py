"""An episode's PCM read back in pieces: from memory, or from an unnamed temporary file.

In here: :class:`PcmSource` (what the loudness measurement, the limiter and
the encoder read from), :class:`ArraySource` (16-bit samples in memory) and
:class:`PcmFile` (16-bit samples in a temporary file, written once by
assembly and read in chunks, so an hour-long episode never sits in memory
as a whole), and :func:`floats`, the one conversion from 16-bit samples to
floats every stage uses (so results do not depend on how audio was chunked).
Not in here: what is done with the samples (``normalise``, ``limiter``,
``encode``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import Protocol

import numpy as np
import numpy.typing as npt

from .pcm import FULL_SCALE, SAMPLE_RATE, SAMPLE_WIDTH

__all__ = ["ArraySource", "PcmFile", "PcmSource", "floats"]

I16 = npt.NDArray[np.int16]
F32 = npt.NDArray[np.float32]
MS_PER_S = 1000


def floats(samples: I16) -> F32:
    """16-bit samples as floats (1.0 is full scale)."""
    out: F32 = samples.astype(np.float32) * np.float32(1 / FULL_SCALE)
    return out


class PcmSource(Protocol):
    """Mono 16-bit PCM of known length and rate, read by sample ranges."""

    frames: int
    rate: int
    """Frames per second (44.1 kHz, or the voice's own rate; see ``assembly.episode_rate``)."""

    def samples(self, start: int, stop: int) -> I16:
        """Samples ``start`` to ``stop`` (zeros for positions outside the audio); not to be
        written to (they may be read-only, or a view of the source's own)."""
        ...


def _padded(start: int, stop: int, frames: int, read: tuple[int, int], data: I16) -> I16:
    """``data`` (the samples ``read``) placed in a zero-filled array for ``start .. stop``."""
    if read == (start, stop):
        return data
    out = np.zeros(max(0, stop - start), dtype=np.int16)
    lo, hi = read
    if hi > lo:
        out[lo - start : hi - start] = data
    return out


def chunks(source: PcmSource, size: int) -> Iterator[tuple[int, I16]]:
    """(start, samples) of consecutive ``size``-sample pieces of ``source`` (the last one shorter)."""
    for start in range(0, source.frames, size):
        yield start, source.samples(start, min(start + size, source.frames))


class ArraySource:
    """PCM already in memory (at ``rate``, 44.1 kHz unless told)."""

    def __init__(self, samples: I16, rate: int = SAMPLE_RATE):
        self._samples = samples
        self.frames = len(samples)
        self.rate = rate

    def samples(self, start: int, stop: int) -> I16:
        lo, hi = max(0, start), min(self.frames, stop)
        return _padded(start, stop, self.frames, (lo, hi), self._samples[lo:max(lo, hi)])


class PcmFile:
    """PCM at ``rate`` in an unnamed temporary file (gone when closed or when the process ends).

    Written once, front to back (:meth:`write`), then read by ranges
    (:meth:`samples`, with ``pread``: no file position shared between threads).
    """

    def __init__(self, directory: str | None = None, rate: int = SAMPLE_RATE):
        self._file = tempfile.TemporaryFile(dir=directory)
        self.frames = 0
        self.rate = rate

    def write(self, data: bytes) -> None:
        """Append 16-bit little-endian samples."""
        self._file.write(data)
        self.frames += len(data) // SAMPLE_WIDTH

    def done(self) -> PcmFile:
        """Writing is over: flush, so reads see everything. Returns ``self``."""
        self._file.flush()
        return self

    def samples(self, start: int, stop: int) -> I16:
        lo, hi = max(0, start), min(self.frames, stop)
        if hi <= lo:
            return np.zeros(max(0, stop - start), dtype=np.int16)
        raw = os.pread(self._file.fileno(), (hi - lo) * SAMPLE_WIDTH, lo * SAMPLE_WIDTH)
        # Read-only, over the bytes read (no copy; astype converts only on a big-endian machine).
        data = np.frombuffer(raw, dtype="<i2").astype(np.int16, copy=False)
        return _padded(start, stop, self.frames, (lo, hi), data)

    def duration_ms(self) -> int:
        """Playing time in whole milliseconds."""
        return round(MS_PER_S * (self.frames / self.rate))  # as pydub's len()

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> PcmFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
