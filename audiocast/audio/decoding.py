"""Decoding audio files (and bytes) with ffmpeg into pydub AudioSegments, without ffprobe.

In here: :func:`decode`, :func:`decode_bytes`, :func:`duration_ms` and the
reader of the WAV stream ffmpeg writes to a pipe. Not in here: conforming a
clip to the episode's format (``pcm.conform``), encoding (``encode``),
measuring loudness (``loudness``).
"""

from __future__ import annotations

import struct
from pathlib import Path

from ..errors import AudioError
from .ffmpeg import run_ffmpeg
from .pcm import AudioSegment

__all__ = ["decode", "decode_bytes", "duration_ms"]

RIFF_HEADER_BYTES = 12
"""'RIFF', the file size, 'WAVE': the bytes before the first chunk of a WAV file."""
CHUNK_HEADER_BYTES = 8
"""A WAV chunk's id and size."""
UNKNOWN_SIZES = (0, 0xFFFFFFFF)
"""Data chunk sizes ffmpeg writes when it cannot seek back (a pipe): the data runs to the end."""
BITS_PER_BYTE = 8


def _parse_wav(data: bytes, what: str) -> AudioSegment:
    """An AudioSegment from WAV bytes as ffmpeg writes them to a pipe.

    ffmpeg cannot seek back to fill in the sizes when it writes to a pipe, so
    the data chunk's size may be a placeholder: the data runs to the end.
    """
    if len(data) < RIFF_HEADER_BYTES or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise AudioError(f"{what}: ffmpeg did not return WAV audio")
    pos = RIFF_HEADER_BYTES
    fmt: tuple[int, int, int] | None = None
    while pos + CHUNK_HEADER_BYTES <= len(data):
        cid = data[pos : pos + 4]
        size = struct.unpack_from("<I", data, pos + 4)[0]
        body = pos + CHUNK_HEADER_BYTES
        if cid == b"fmt ":
            _tag, channels, rate, _bps, _align, bits = struct.unpack_from("<HHIIHH", data, body)
            fmt = (channels, rate, bits // BITS_PER_BYTE)
        elif cid == b"data":
            if fmt is None:
                break
            channels, rate, width = fmt
            end = len(data) if size in UNKNOWN_SIZES or body + size > len(data) else body + size
            frame = channels * width
            end -= (end - body) % frame
            return AudioSegment(data=data[body:end], sample_width=width, frame_rate=rate, channels=channels)
        pos = body + size + (size & 1)  # chunks are padded to an even length
    raise AudioError(f"{what}: no audio data in the decoded stream")


def _decode_args(source: str, frame_rate: int | None, channels: int | None) -> list[str]:
    """ffmpeg's arguments to decode ``source`` to a 16-bit WAV stream on stdout."""
    args = ["-i", source, "-map", "0:a:0", "-vn", "-c:a", "pcm_s16le"]
    if frame_rate:
        args += ["-ar", str(frame_rate)]
    if channels:
        args += ["-ac", str(channels)]
    return [*args, "-f", "wav", "-"]


def decode(path: Path, frame_rate: int | None = None, channels: int | None = None) -> AudioSegment:
    """Decode any audio file ffmpeg reads into 16-bit PCM, without ffprobe.

    ``frame_rate`` and ``channels`` convert on the way (ffmpeg's resampler);
    None keeps the file's own. MP3 encoder delay and padding are removed.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: no such audio file")
    proc = run_ffmpeg(_decode_args(str(path), frame_rate, channels), f"decode {path}")
    return _parse_wav(proc.stdout, str(path))


def decode_bytes(data: bytes, what: str, frame_rate: int | None = None, channels: int | None = None) -> AudioSegment:
    """Like :func:`decode` for a file held in memory (e.g. an MP3 from a web API)."""
    proc = run_ffmpeg(_decode_args("pipe:0", frame_rate, channels), f"decode {what}", stdin=data)
    return _parse_wav(proc.stdout, what)


def duration_ms(path: Path) -> int:
    """Playing time of an audio file in milliseconds, as ffmpeg decodes it."""
    seg = decode(path, channels=1)
    return round(1000 * seg.frame_count() / seg.frame_rate)
