"""Episode audio: the intro chime, assembly with pauses, loudness and MP3.

Every piece of audio audiocast handles is 44.1 kHz, mono, 16-bit PCM once it is
inside an episode. ffmpeg comes from the imageio-ffmpeg wheel, so no system
install is needed; it does all decoding, resampling, measuring and encoding.
ffprobe is never needed: decoding asks ffmpeg for a WAV stream and reads its
header here.

Import pydub's ``AudioSegment`` from this module (``from audiocast.audio import
AudioSegment``): importing pydub here, in one place, silences its import-time
"Couldn't find ffmpeg" warning and points it at the wheel's ffmpeg.
"""

from __future__ import annotations

import array
import functools
import math
import queue
import re
import struct
import subprocess
import sys
import tempfile
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import AudioError
from .models import Script, Timeline, Timing

with warnings.catch_warnings():
    # pydub looks for ffmpeg on PATH when it is imported and warns when there
    # is none; ours comes from imageio-ffmpeg and is set just below.
    warnings.filterwarnings("ignore", message="Couldn't find ffmpeg", category=RuntimeWarning)
    # pydub needs the stdlib audioop, deprecated since Python 3.11.
    warnings.filterwarnings("ignore", message=".*audioop.*", category=DeprecationWarning)
    import audioop
    from pydub import AudioSegment

__all__ = [
    "AudioSegment",
    "Loudness",
    "SAMPLE_RATE",
    "TARGET_LUFS",
    "TRUE_PEAK_CEILING_DBTP",
    "assemble",
    "conform",
    "decode",
    "decode_bytes",
    "duration_ms",
    "export_mp3",
    "ffmpeg_exe",
    "load_chime",
    "make_chime",
    "measure_loudness",
    "trim_silence",
]

SAMPLE_RATE = 44100
"""Frames per second of every episode."""
SAMPLE_WIDTH = 2
"""Bytes per sample: 16-bit PCM."""
TARGET_LUFS = -16.0
"""Integrated loudness of every episode (the usual podcast target)."""
TRUE_PEAK_CEILING_DBTP = -1.0
"""No inter-sample peak of the decoded MP3 may exceed this."""
CHIME_GAP_MS = 600
"""Silence between the chime and the first spoken segment."""
SILENCE_THRESHOLD_DBFS = -50.0
"""Audio quieter than this at a clip's edges counts as silence and is trimmed."""
EDGE_MARGIN_MS = 15
"""Kept of a clip's edge silence so soft onsets and endings are not cut."""


# --------------------------------------------------------------------- ffmpeg


@functools.cache
def ffmpeg_exe() -> str:
    """Path of the ffmpeg binary from the imageio-ffmpeg wheel.

    Also points pydub at it. Raises AudioError when the binary is missing.
    """
    try:
        import imageio_ffmpeg
    except ImportError:
        raise AudioError(
            "the imageio-ffmpeg package is not installed; install it with "
            "'pip install imageio-ffmpeg' (it ships the ffmpeg audiocast uses)"
        ) from None
    try:
        exe = imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:
        raise AudioError(
            f"no ffmpeg binary found in the imageio-ffmpeg package ({exc}); "
            "reinstall it with 'pip install --force-reinstall imageio-ffmpeg'"
        ) from None
    if not Path(exe).is_file():
        raise AudioError(
            f"ffmpeg binary {exe} is missing; reinstall imageio-ffmpeg with "
            "'pip install --force-reinstall imageio-ffmpeg'"
        )
    AudioSegment.converter = exe
    return exe


def _point_pydub_at_ffmpeg() -> None:
    """Set pydub's converter at import when the wheel's ffmpeg is there.

    A missing binary is reported (as AudioError) by the first function that
    needs it, not at import, so commands that need no audio still work.
    """
    try:
        ffmpeg_exe()
    except AudioError:
        ffmpeg_exe.cache_clear()


_point_pydub_at_ffmpeg()


def _run_ffmpeg(args: list[str], what: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run ffmpeg with ``args``; AudioError naming ``what`` and ffmpeg's last words if it fails."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-nostats", *args]
    try:
        proc = subprocess.run(
            cmd,
            input=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            check=False,
        )
    except OSError as exc:
        raise AudioError(
            f"could not run ffmpeg to {what} ({exc}); reinstall imageio-ffmpeg "
            "with 'pip install --force-reinstall imageio-ffmpeg'"
        ) from None
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise AudioError(f"ffmpeg could not {what}: {' / '.join(tail) or 'no message'}")
    return proc


# ------------------------------------------------------------------ PCM, WAV


def _parse_wav(data: bytes, what: str) -> AudioSegment:
    """An AudioSegment from WAV bytes as ffmpeg writes them to a pipe.

    ffmpeg cannot seek back to fill in the sizes when it writes to a pipe, so
    the data chunk's size may be a placeholder: the data runs to the end.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise AudioError(f"{what}: ffmpeg did not return WAV audio")
    pos = 12
    fmt: tuple[int, int, int] | None = None
    while pos + 8 <= len(data):
        cid = data[pos : pos + 4]
        size = struct.unpack_from("<I", data, pos + 4)[0]
        body = pos + 8
        if cid == b"fmt ":
            _tag, channels, rate, _bps, _align, bits = struct.unpack_from("<HHIIHH", data, body)
            fmt = (channels, rate, bits // 8)
        elif cid == b"data":
            if fmt is None:
                break
            channels, rate, width = fmt
            end = len(data) if size in (0, 0xFFFFFFFF) or body + size > len(data) else body + size
            frame = channels * width
            end -= (end - body) % frame
            return AudioSegment(data=data[body:end], sample_width=width, frame_rate=rate, channels=channels)
        pos = body + size + (size & 1)
    raise AudioError(f"{what}: no audio data in the decoded stream")


def decode(path: Path, frame_rate: int | None = None, channels: int | None = None) -> AudioSegment:
    """Decode any audio file ffmpeg reads into 16-bit PCM, without ffprobe.

    ``frame_rate`` and ``channels`` convert on the way (ffmpeg's resampler);
    None keeps the file's own. MP3 encoder delay and padding are removed.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: no such audio file")
    args = ["-i", str(path), "-map", "0:a:0", "-vn", "-c:a", "pcm_s16le"]
    if frame_rate:
        args += ["-ar", str(frame_rate)]
    if channels:
        args += ["-ac", str(channels)]
    proc = _run_ffmpeg([*args, "-f", "wav", "-"], f"decode {path}")
    return _parse_wav(proc.stdout, str(path))


def decode_bytes(data: bytes, what: str, frame_rate: int | None = None, channels: int | None = None) -> AudioSegment:
    """Like :func:`decode` for a file held in memory (e.g. an MP3 from a web API)."""
    args = ["-i", "pipe:0", "-map", "0:a:0", "-vn", "-c:a", "pcm_s16le"]
    if frame_rate:
        args += ["-ar", str(frame_rate)]
    if channels:
        args += ["-ac", str(channels)]
    proc = _run_ffmpeg([*args, "-f", "wav", "-"], f"decode {what}", stdin=data)
    return _parse_wav(proc.stdout, what)


def duration_ms(path: Path) -> int:
    """Playing time of an audio file in milliseconds, as ffmpeg decodes it."""
    seg = decode(path, channels=1)
    return round(1000 * seg.frame_count() / seg.frame_rate)


def conform(clip: AudioSegment) -> AudioSegment:
    """``clip`` as 44.1 kHz mono 16-bit.

    22050 Hz (espeak-ng's rate) is upsampled here with a windowed-sinc
    half-band filter; other rates are resampled with ffmpeg's soxr.
    """
    if clip.channels != 1:
        clip = clip.set_channels(1)
    if clip.sample_width != SAMPLE_WIDTH:
        clip = clip.set_sample_width(SAMPLE_WIDTH)
    if clip.frame_rate == SAMPLE_RATE:
        return clip
    if len(clip.raw_data) == 0:
        return AudioSegment(data=b"", sample_width=SAMPLE_WIDTH, frame_rate=SAMPLE_RATE, channels=1)
    if 2 * clip.frame_rate == SAMPLE_RATE:
        # espeak-ng's 22050 Hz: exactly twice as many samples, made here (no ffmpeg run per clip).
        return _pcm(_upsample2(clip.raw_data))
    proc = _run_ffmpeg(
        [
            "-f", "s16le", "-ar", str(clip.frame_rate), "-ac", "1", "-i", "pipe:0",
            "-af", f"aresample={SAMPLE_RATE}:resampler=soxr",
            "-f", "s16le", "-c:a", "pcm_s16le", "-",
        ],
        f"resample a clip from {clip.frame_rate} Hz",
        stdin=clip.raw_data,
    )
    return _pcm(proc.stdout)


def _pcm(data: bytes) -> AudioSegment:
    """A 44.1 kHz mono 16-bit AudioSegment over raw little-endian samples."""
    data = data[: len(data) - len(data) % SAMPLE_WIDTH]
    return AudioSegment(data=data, sample_width=SAMPLE_WIDTH, frame_rate=SAMPLE_RATE, channels=1)


def _samples(clip: AudioSegment) -> array.array:
    """The 16-bit samples of a mono clip as a native-endian array."""
    arr = array.array("h", clip.raw_data)
    if sys.byteorder == "big":
        arr.byteswap()
    return arr


def _from_samples(arr: array.array) -> AudioSegment:
    if sys.byteorder == "big":
        arr = array.array("h", arr)
        arr.byteswap()
    return _pcm(arr.tobytes())


# ------------------------------------------------------------------- chimes


def make_chime() -> AudioSegment:
    """A soft two-note intro chime, about 1.5 s, made in code (44.1 kHz mono).

    A rising major third (G5 then B5) of sine tones with a little of the
    octave for warmth, each with a quick fade-in and a long exponential decay,
    so it sounds like a gentle bell rather than a beep. Peak about -6 dBFS;
    the episode's loudness normalisation decides its final level.
    """
    total = int(1.5 * SAMPLE_RATE)
    out = [0.0] * total
    notes = ((0.0, 783.99), (0.28, 987.77))  # (start s, frequency Hz)
    for start_s, freq in notes:
        start = int(start_s * SAMPLE_RATE)
        length = total - start
        attack = int(0.012 * SAMPLE_RATE)
        w1 = 2 * math.pi * freq / SAMPLE_RATE
        w2 = 2 * w1
        for n in range(length):
            env = (n / attack if n < attack else 1.0) * math.exp(-3.2 * n / SAMPLE_RATE)
            out[start + n] += env * (0.8 * math.sin(w1 * n) + 0.2 * math.sin(w2 * n))
    # Fade the tail to exact silence over the last 150 ms.
    fade = int(0.15 * SAMPLE_RATE)
    for i in range(fade):
        out[total - fade + i] *= 1.0 - i / fade
    peak = max(abs(v) for v in out) or 1.0
    scale = 0.5 * 32767 / peak
    return _from_samples(array.array("h", (int(round(v * scale)) for v in out)))


def load_chime(path: Path) -> AudioSegment:
    """A user's intro sound from any file ffmpeg reads, as 44.1 kHz mono.

    Raises AudioError naming the file and the reason if it cannot be used.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"chime {path}: no such file; fix [render] chime in the configuration or remove it")
    try:
        clip = decode(path, frame_rate=SAMPLE_RATE, channels=1)
    except AudioError as exc:
        raise AudioError(f"chime {path} is not a readable audio file ({exc}); use a WAV, MP3, FLAC or OGG file") from None
    if len(clip) < 50:
        raise AudioError(f"chime {path} has no audio (it decodes to {len(clip)} ms); use a real sound file")
    if len(clip) > 30_000:
        raise AudioError(f"chime {path} is {len(clip) / 1000:.0f} s long; an intro sound should be under 30 s")
    return clip


# ----------------------------------------------------------------- assembly


def _ms_to_frames(ms: int) -> int:
    return (ms * SAMPLE_RATE + 500) // 1000


def trim_silence(clip: AudioSegment, threshold_dbfs: float = SILENCE_THRESHOLD_DBFS,
                 margin_ms: int = EDGE_MARGIN_MS) -> AudioSegment:
    """``clip`` without the silence at its start and end (keeping ``margin_ms``).

    Silence is measured in 5 ms windows of RMS below ``threshold_dbfs``. A clip
    that is all silence becomes empty.
    """
    if len(clip.raw_data) == 0:
        return clip
    window = max(1, clip.frame_rate // 200)
    frames = int(clip.frame_count())
    limit = 32768 * 10 ** (threshold_dbfs / 20)
    raw = clip.raw_data
    width = clip.frame_width

    def loud(i: int) -> bool:
        chunk = raw[i * width : min(frames, i + window) * width]
        return audioop.rms(chunk, clip.sample_width) > limit

    start = 0
    while start < frames and not loud(start):
        start += window
    if start >= frames:
        return clip[:0]
    end = frames
    while end > start and not loud(max(start, end - window)):
        end -= window
    margin = clip.frame_rate * margin_ms // 1000
    start = max(0, start - margin)
    end = min(frames, end + margin)
    return clip._spawn(raw[start * width : end * width])


def assemble(script: Script, clips: list[AudioSegment],
             chime: AudioSegment | None) -> tuple[AudioSegment, Timeline]:
    """Join the chime and one clip per segment into an episode, with its timeline.

    Layout: chime, ``CHIME_GAP_MS`` of silence, then every clip (its edge
    silence trimmed) followed by its segment's ``pause_after_ms``. Every clip
    is placed on a whole millisecond, so ``Timeline.timings`` are exact. Joins
    raw frames once (linear time, also for hour-long editions).
    """
    if len(clips) != len(script.segments):
        raise AudioError(
            f"{script.slug}: {len(clips)} audio clips for {len(script.segments)} segments; "
            "every segment needs exactly one clip"
        )
    parts: list[bytes] = []
    pos_ms = 0
    pos_frames = 0

    def place(data: bytes, length_ms: int) -> None:
        """Append ``data`` padded or cut to exactly ``length_ms`` from the current position."""
        nonlocal pos_ms, pos_frames
        want = _ms_to_frames(pos_ms + length_ms) - pos_frames
        have = len(data) // SAMPLE_WIDTH
        if have >= want:
            parts.append(data[: want * SAMPLE_WIDTH])
        else:
            parts.append(data)
            parts.append(b"\0" * ((want - have) * SAMPLE_WIDTH))
        pos_ms += length_ms
        pos_frames += want

    if chime is not None and len(chime.raw_data):
        chime = conform(chime)
        place(chime.raw_data, len(chime))
        place(b"", CHIME_GAP_MS)

    timings: list[Timing] = []
    for seg, clip in zip(script.segments, clips):
        if seg.pause_after_ms < 0:
            raise AudioError(f"{script.slug}: negative pause after segment {seg.spoken[:40]!r}")
        # Trimmed before conforming: less to resample, and the same cut in milliseconds.
        speech = conform(trim_silence(clip))
        length = round(1000 * speech.frame_count() / SAMPLE_RATE)
        start = pos_ms
        place(speech.raw_data, length)
        timings.append(Timing(start, pos_ms))
        place(b"", seg.pause_after_ms)

    audio = _pcm(b"".join(parts))
    return audio, Timeline(timings=timings, duration_ms=len(audio))


# ---------------------------------------------------------------- loudness


@dataclass(frozen=True)
class Loudness:
    """EBU R128 measurements of a piece of audio, as ffmpeg's ebur128 reports them."""

    integrated_lufs: float
    true_peak_dbtp: float
    lra: float
    """Loudness range in LU."""


_SUMMARY_RE = {
    "integrated_lufs": re.compile(r"Integrated loudness:\s*\n\s*I:\s*(-?[\d.]+|-inf)\s*LUFS"),
    "lra": re.compile(r"Loudness range:\s*\n\s*LRA:\s*(-?[\d.]+|-inf)\s*LU"),
    "true_peak_dbtp": re.compile(r"True peak:\s*\n\s*Peak:\s*(-?[\d.]+|-inf)\s*dBFS"),
}


def _parse_ebur128(stderr: str, what: str) -> Loudness:
    idx = stderr.rfind("Summary:")
    if idx < 0:
        raise AudioError(f"ffmpeg gave no loudness summary for {what}")
    summary = stderr[idx:]
    values = {}
    for key, rx in _SUMMARY_RE.items():
        m = rx.search(summary)
        if not m:
            raise AudioError(f"could not read {key} from ffmpeg's loudness summary for {what}")
        values[key] = float(m.group(1))
    return Loudness(**values)


def _measure(input_args: list[str], what: str, stdin: bytes | None = None) -> Loudness:
    proc = _run_ffmpeg(
        [*input_args, "-map", "0:a:0", "-af", "ebur128=peak=true:framelog=quiet", "-f", "null", "-"],
        f"measure the loudness of {what}",
        stdin=stdin,
    )
    return _parse_ebur128(proc.stderr.decode("utf-8", "replace"), what)


def measure_loudness(path: Path) -> Loudness:
    """Integrated loudness, true peak and loudness range of an audio file (decoded)."""
    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: no such audio file to measure")
    return _measure(["-i", str(path)], str(path))


# ------------------------------------------------- loudness and peaks in numpy
#
# The episode is normalised here, on the PCM, in numpy: integrated loudness
# (ITU-R BS.1770 / EBU R128, K-weighted, gated), one linear gain, and a
# look-ahead peak limiter that works on true (4x oversampled) peaks. ffmpeg
# then only encodes, once. Measuring the MP3 again (decoding it and
# oversampling its peaks) would cost as much as encoding it, so the limiter
# aims below the ceiling by a margin that covers what the MP3 codec adds to
# peaks, and the loudness target is offset by the codec's measured shift.

_BLOCK = 32
"""Samples per limiter block (0.73 ms): the gain is decided per block and ramps linearly between them."""
_ATTACK_BLOCKS = 3
"""The gain ramps down over 2 * 3 + 1 blocks (about 5 ms) ending at each peak: the look-ahead."""
_HOLD_MS = 20.0
"""After a peak the reduced gain is held this long (about two pitch periods), so that
the gain does not flutter between the pulses of a voiced sound."""
_RELEASE_DB_PER_S = 100.0
"""Then it recovers at this rate: 1 dB in 10 ms, 6 dB in 60 ms."""
_TP_TAPS = 8
"""Half the taps per phase of the 4x true-peak interpolator (16 taps per phase)."""
_TP_SEARCH_DB = 4.0
"""Blocks whose sample peak is within this much of the ceiling get their true peak computed
(speech upsampled from 22.05 or 24 kHz has inter-sample peaks up to about 3.3 dB over its samples)."""
_LIMIT_MARGIN_DB = 1.2
"""What MP3 encoding may add to the true peak: the limiter aims this much under the ceiling."""
_LIMITER_AIM = 10 ** (-0.02 / 20)
"""The limiter aims 0.02 dB under its ceiling, so the check after it rarely has to tighten it."""
_HF_SHARE = 1e-3
"""Energy share above _HF_HZ (-30 dB) from which export_mp3 measures the MP3's true peak."""
_LOUDNESS_TOLERANCE = 0.05
"""LU from the target at which the gain search on the PCM stops."""
_MAX_GAIN_STEPS = 8
_BITRATE_RE = re.compile(r"^(\d+)k$")


def _to_pcm(x: "np.ndarray") -> bytes:
    """float samples as 16-bit little-endian PCM (rounded, clipped)."""
    y = x * np.float32(32768)
    np.rint(y, out=y)
    np.clip(y, -32768, 32767, out=y)
    return y.astype("<i2").tobytes()


@functools.cache
def _halfband(taps_per_side: int = 32, beta: float = 8.0) -> "np.ndarray":
    """Coefficients for the samples half-way between input samples (2x upsampling).

    A Kaiser-windowed sinc: out[2n] = x[n] exactly, out[2n+1] = sum(c[d] x[n + d])
    for d in -(taps_per_side - 1) .. taps_per_side. Flat (error under -90 dB)
    to 10 kHz, images above 12 kHz under -75 dB.
    """
    d = np.arange(-(taps_per_side - 1), taps_per_side + 1)
    u = 0.5 - d  # distance from the new sample to input sample n + d, in input samples
    w = np.i0(beta * np.sqrt(np.clip(1 - (u / taps_per_side) ** 2, 0, None))) / np.i0(beta)
    c = np.sinc(u) * w
    return c / c.sum()


def _upsample2(pcm: bytes) -> bytes:
    """16-bit mono PCM at twice its rate: the input samples, and windowed-sinc ones between them."""
    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    if len(x) == 0:
        return b""
    c = _halfband().astype(np.float32)
    k = len(c) // 2
    padded = np.concatenate([np.zeros(k - 1, np.float32), x, np.zeros(k, np.float32)])
    mid = np.convolve(padded, c[::-1], mode="valid")  # mid[n] = sum c[d] x[n + d]
    out = np.empty(2 * len(x), dtype=np.float32)
    out[0::2] = x
    out[1::2] = mid[: len(x)]
    return np.clip(np.rint(out), -32768, 32767).astype("<i2").tobytes()


@functools.cache
def _tp_phases() -> "np.ndarray":
    """(2 * _TP_TAPS, 3) coefficients of the 4x interpolator for the phases 1/4, 2/4 and 3/4."""
    k = _TP_TAPS
    d = np.arange(-(k - 1), k + 1)
    cols = []
    for phase in (0.25, 0.5, 0.75):
        u = phase - d
        w = np.i0(7.0 * np.sqrt(np.clip(1 - (u / k) ** 2, 0, None))) / np.i0(7.0)
        c = np.sinc(u) * w
        cols.append(c / c.sum())
    return np.stack(cols, axis=1).astype(np.float32)


def _true_peaks(x: "np.ndarray", blocks: "np.ndarray", gain: float = 1.0,
                bounds: "np.ndarray | None" = None) -> "np.ndarray":
    """The 4x-oversampled absolute peak of each of ``blocks`` (indices of _BLOCK-sample blocks)
    of ``x``, or of ``x`` times ``gain`` and the limiter's ``bounds`` when given."""
    out = np.zeros(len(blocks), dtype=np.float32)
    if len(blocks) == 0:
        return out
    k = _TP_TAPS
    coef = _tp_phases()
    padded = np.concatenate([np.zeros(k, np.float32), x, np.zeros(_BLOCK + k, np.float32)])
    # Row i: the samples of block i with k - 1 before and k after (padded coordinates).
    span = np.arange(_BLOCK + 2 * k - 1)
    chunk = 4096  # bounded memory
    for start in range(0, len(blocks), chunk):
        idx = blocks[start : start + chunk, None] * _BLOCK + 1 + span
        rows = padded[idx]
        if bounds is not None:
            rows *= _gain_at(bounds, idx - k) * np.float32(gain)
        windows = np.lib.stride_tricks.sliding_window_view(rows, 2 * k, axis=1)  # (n, _BLOCK, 2k)
        between = np.abs(windows @ coef).max(axis=(1, 2))
        on = np.abs(rows[:, k - 1 : k - 1 + _BLOCK]).max(axis=1)
        out[start : start + chunk] = np.maximum(between, on)
    if bounds is None and gain != 1.0:
        out *= np.float32(gain)
    return out


def _gain_at(bounds: "np.ndarray", n: "np.ndarray") -> "np.ndarray":
    """The limiter's gain at sample indices ``n`` (linear across each block; ends clamped)."""
    b = np.clip(n // _BLOCK, 0, len(bounds) - 2)
    frac = (n - b * _BLOCK).astype(np.float32) * np.float32(1 / _BLOCK)
    lo = bounds[b].astype(np.float32)
    return lo + (bounds[b + 1].astype(np.float32) - lo) * frac


# ---- BS.1770 loudness

_SUB = SAMPLE_RATE // 10
"""Samples per 100 ms: loudness blocks are 4 of these (400 ms, 75 % overlap)."""


@functools.cache
def _k_weight_power() -> "np.ndarray":
    """|H|^2 of the BS.1770 K-weighting filter (shelf and high-pass) at the rfft bins of a 100 ms block.

    Scaled so that ``|rfft(block)|^2 @ power`` is the block's mean square after
    K-weighting (Parseval; the filter applied per block, circularly, which on
    speech measures within 0.05 LU of ffmpeg's ebur128).
    """
    fs = SAMPLE_RATE
    # The two biquads, designed for fs from BS.1770's analogue prototypes (as libebur128 does).
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / fs)
    vh = 10 ** (gain_db / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf_b = [(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0]
    shelf_a = [1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / fs)
    a0 = 1 + k / q + k * k
    hp_b = [1.0, -2.0, 1.0]
    hp_a = [1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    z = np.exp(-2j * np.pi * np.fft.rfftfreq(_SUB, 1 / fs) / fs)

    def resp(b, a):
        return (b[0] + b[1] * z + b[2] * z * z) / (a[0] + a[1] * z + a[2] * z * z)

    power = np.abs(resp(shelf_b, shelf_a) * resp(hp_b, hp_a)) ** 2
    # Parseval for a real signal: every bin but DC and Nyquist stands for two.
    power[1:-1] *= 2
    return (power / (_SUB * _SUB)).astype(np.float32)


def _energies(blocks: "np.ndarray") -> "np.ndarray":
    """K-weighted mean square of each row of ``blocks`` (rows of _SUB samples)."""
    out = np.empty(len(blocks))
    power = _k_weight_power()
    for start in range(0, len(blocks), 256):
        spec = np.fft.rfft(blocks[start : start + 256], axis=1)
        out[start : start + 256] = (spec.real**2 + spec.imag**2) @ power
    return out


_HF_HZ = 14000.0
"""Audio with content above this (not espeak-ng's 22.05 kHz nor Google's 24 kHz voice) can
gain more true peak in the MP3 codec than the margin allows: its MP3 is measured."""


def _hf_fraction(x: "np.ndarray") -> float:
    """Share of the energy above _HF_HZ, from every tenth 100 ms sub-block."""
    n = len(x) // _SUB
    if n == 0:
        return 0.0
    rows = x[: n * _SUB].reshape(n, _SUB)[::10]
    spec = np.fft.rfft(rows, axis=1)
    power = (spec.real**2 + spec.imag**2).sum(axis=0)
    total = float(power.sum())
    hf = float(power[np.fft.rfftfreq(_SUB, 1 / SAMPLE_RATE) > _HF_HZ].sum())
    return hf / total if total > 0 else 0.0


def _sub_energies(x: "np.ndarray") -> "np.ndarray":
    """K-weighted mean square of each whole 100 ms sub-block of ``x``."""
    n = len(x) // _SUB
    return _energies(x[: n * _SUB].reshape(n, _SUB))


def _lufs(energy: float) -> float:
    return -0.691 + 10 * math.log10(energy) if energy > 0 else -math.inf


def _integrated(sub: "np.ndarray") -> float:
    """Gated integrated loudness (LUFS) from the 100 ms sub-block energies."""
    if len(sub) < 4:
        sub = np.concatenate([sub, np.zeros(4 - len(sub))])
    c = np.concatenate([[0.0], np.cumsum(sub)])
    blocks = (c[4:] - c[:-4]) / 4  # 400 ms, every 100 ms
    floor = 10 ** ((-70.0 + 0.691) / 10)
    gated = blocks[blocks > floor]
    if len(gated) == 0:
        return -math.inf
    relative = gated.mean() * 0.1  # -10 LU
    gated = gated[gated > relative]
    return _lufs(float(gated.mean()))


def _loudness_range(sub: "np.ndarray") -> float:
    """EBU Tech 3342 loudness range (LU) from the 100 ms sub-block energies."""
    if len(sub) < 30:
        return 0.0
    c = np.concatenate([[0.0], np.cumsum(sub)])
    short = (c[30:] - c[:-30]) / 30  # 3 s, every 100 ms
    short = short[short > 10 ** ((-70.0 + 0.691) / 10)]
    if len(short) == 0:
        return 0.0
    short = short[short > short.mean() * 0.01]  # -20 LU
    levels = -0.691 + 10 * np.log10(short)
    lo, hi = np.percentile(levels, [10, 95])
    return round(float(hi - lo), 1)


# ---- limiter


def _running_min(r: "np.ndarray", before: int, after: int, fill: float = 1.0) -> "np.ndarray":
    """m[j] = min(r[j - before .. j + after]) (``fill`` beyond the ends), in linear time (van Herk)."""
    w = before + after + 1
    n = len(r)
    padded = np.full(-(-(n + w - 1) // w) * w, fill)
    padded[before : before + n] = r
    tiles = padded.reshape(-1, w)
    prefix = np.minimum.accumulate(tiles, axis=1).ravel()
    suffix = np.minimum.accumulate(tiles[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.minimum(suffix[:n], prefix[w - 1 : w - 1 + n])


def _limiter_gains(peaks_db: "np.ndarray", gain: float, ceiling: float) -> "np.ndarray | None":
    """Gain at each block boundary (len(peaks_db) + 1 values, at most 1) so that no
    block's peak (``peaks_db``, dBFS) times ``gain`` times the gain across it passes
    ``ceiling``; None when no block needs any.

    In dB: look-ahead and hold as a running minimum of the gain each block
    needs, a short moving average for the attack (still never above what any
    block needs, since the average's window lies inside the minimum's), and a
    release at a fixed rate (a cumulative minimum).
    """
    need = np.minimum(0.0, 20 * math.log10(ceiling / gain) - peaks_db)
    if need.min() >= 0.0:
        return None
    a = _ATTACK_BLOCKS
    hold = max(a, round(_HOLD_MS * SAMPLE_RATE / 1000 / _BLOCK))
    m = _running_min(need, hold, a, fill=0.0)
    c = np.concatenate([[0.0], np.cumsum(np.concatenate([np.zeros(a), m, np.zeros(a)]))])
    g = np.minimum((c[2 * a + 1 :] - c[: -2 * a - 1]) / (2 * a + 1), m)  # rounding must not lift it
    # Release: g[k] = min over j <= k of g[j] + rate * (k - j).
    ramp = (_RELEASE_DB_PER_S * _BLOCK / SAMPLE_RATE) * np.arange(len(g))
    g = np.minimum(np.minimum.accumulate(g - ramp) + ramp, 0.0)
    # Boundary k (the start of block k) takes the lower of its two blocks, so the
    # linear ramp across each block stays under what that block needs.
    g_db = np.minimum(np.concatenate([[0.0], g]), np.concatenate([g, [0.0]]))
    bounds = np.ones(len(g_db))
    low = g_db < 0.0
    bounds[low] = 10 ** (g_db[low] / 20)
    return bounds


def _render(x: "np.ndarray", gain: float, bounds: "np.ndarray | None", start: int, stop: int) -> bytes:
    """16-bit PCM of ``x[start:stop]`` times ``gain`` and the limiter (``start`` on a block boundary)."""
    y = x[start:stop] * np.float32(gain * 32768)
    if bounds is not None:
        first, n = start // _BLOCK, stop - start
        whole = n // _BLOCK
        frac = np.arange(_BLOCK, dtype=np.float32) * np.float32(1 / _BLOCK)
        b = bounds[first : first + whole + 1]
        rows = np.flatnonzero((b[:-1] < 1.0) | (b[1:] < 1.0))
        lo = b[rows].astype(np.float32)
        slope = (b[rows + 1] - b[rows]).astype(np.float32)
        blocks = y[: whole * _BLOCK].reshape(whole, _BLOCK)
        blocks[rows] *= lo[:, None] + slope[:, None] * frac
        if whole * _BLOCK < n:  # a last, partial block
            y[whole * _BLOCK :] *= _gain_at(bounds, np.arange(start + whole * _BLOCK, stop))
    np.rint(y, out=y)
    np.clip(y, -32768, 32767, out=y)
    return y.astype("<i2").tobytes()


def _fold(blocks: "np.ndarray", op) -> "np.ndarray":
    """``op`` reduced along the rows of ``blocks`` (width a power of two) by halving: faster than .max(axis=1)."""
    while blocks.shape[1] > 1:
        half = blocks.shape[1] // 2
        blocks = op(blocks[:, :half], blocks[:, half:])
    return blocks[:, 0]


def _block_peaks(samples: "np.ndarray") -> "np.ndarray":
    """The largest absolute sample (as a float in [0, 1]) of each _BLOCK-sample block of 16-bit ``samples``."""
    whole = len(samples) // _BLOCK
    # abs of int16 wraps -32768 to itself; as uint16 it reads 32768 again.
    magnitude = np.abs(samples).view(np.uint16)
    peaks = _fold(magnitude[: whole * _BLOCK].reshape(whole, _BLOCK), np.maximum)
    if whole * _BLOCK < len(samples):
        peaks = np.append(peaks, magnitude[whole * _BLOCK :].max())
    return peaks.astype(np.float32) * np.float32(1 / 32768)


class _LoudnessModel:
    """Integrated loudness of ``x`` after a gain and the limiter, cheaply.

    The limiter changes the level of short stretches only; each 100 ms
    sub-block's K-weighted energy is scaled by how much the limiter lowers
    that sub-block's plain energy (block by block), which on speech is within
    0.01 LU of measuring the limited audio again.
    """

    def __init__(self, x: "np.ndarray", sub: "np.ndarray"):
        self.sub = sub
        whole = min(len(x), len(sub) * _SUB) // _BLOCK
        body = x[: whole * _BLOCK].reshape(whole, _BLOCK)
        self.power = np.einsum("ij,ij->i", body, body).astype(np.float64)
        self.row = np.minimum(np.arange(whole) * _BLOCK // _SUB, len(sub) - 1)
        self.row_power = np.bincount(self.row, weights=self.power, minlength=len(sub))

    def energies(self, gain: float, bounds: "np.ndarray | None") -> "np.ndarray":
        energies = self.sub * (gain * gain)
        if bounds is None or len(self.power) == 0:
            return energies
        a, b = bounds[: len(self.power)], bounds[1 : len(self.power) + 1]
        mean_square = (a * a + a * b + b * b) / 3  # of a linear ramp from a to b
        kept = np.bincount(self.row, weights=self.power * mean_square, minlength=len(self.sub))
        ratio = np.divide(kept, self.row_power, out=np.ones(len(self.sub)), where=self.row_power > 0)
        return energies * ratio


def _search_gain(model: _LoudnessModel, peaks_db: "np.ndarray", gain: float, ceiling: float,
                 target_lufs: float) -> tuple[float, "np.ndarray | None"]:
    """The gain (and the limiter's block gains with it) that reaches ``target_lufs``.

    Each dB of gain into a limiter yields less than a dB of loudness, so this
    takes secant steps.
    """
    tried: list[tuple[float, float]] = []
    bounds = None
    for _step in range(_MAX_GAIN_STEPS):
        bounds = _limiter_gains(peaks_db, gain, ceiling)
        loud = _integrated(model.energies(gain, bounds))
        error = target_lufs - loud
        if abs(error) <= _LOUDNESS_TOLERANCE:
            break
        g_db = 20 * math.log10(gain)
        tried.append((g_db, loud))
        slope = 1.0
        if len(tried) >= 2:
            (g0, l0), (g1, l1) = tried[-2], tried[-1]
            if g1 != g0:
                slope = min(1.0, max(0.2, (l1 - l0) / (g1 - g0)))
        gain = 10 ** ((g_db + min(error / slope, 12.0)) / 20)
        bounds = None
    if bounds is None:
        bounds = _limiter_gains(peaks_db, gain, ceiling)
    return gain, bounds


@dataclass
class _Plan:
    gain: float
    bounds: "np.ndarray | None"
    loudness: Loudness
    """Of the processed audio (from :class:`_LoudnessModel`), before the codec."""


def _normalise(samples: "np.ndarray", target_lufs: float, ceiling_dbtp: float) -> _Plan:
    """The gain and limiter that bring 16-bit ``samples`` to ``target_lufs`` with true peaks
    under ``ceiling_dbtp``, and the loudness that results.

    Linear gain, then the limiter where true peaks would pass the ceiling; the
    gain is searched (secant steps on :class:`_LoudnessModel`) so the limited
    audio still reaches the target. The returned loudness is the model's
    (within 0.01 LU of measuring the result on speech).
    """
    x = samples.astype(np.float32) * np.float32(1 / 32768)
    sub = _sub_energies(x)
    source = _integrated(sub)
    if source <= -69.0:
        raise _Silent(source)
    ceiling = 10 ** (ceiling_dbtp / 20)
    aim = ceiling * _LIMITER_AIM
    search = aim * 10 ** (-_TP_SEARCH_DB / 20)
    gain = 10 ** ((target_lufs - source) / 20)
    peaks = _block_peaks(samples)
    known = np.zeros(len(peaks), dtype=bool)  # blocks whose peaks are true peaks
    model = _LoudnessModel(x, sub)
    # True peaks where they matter: found for the gain at hand, then again
    # for blocks the searched gain brings near the ceiling, until none is new.
    def db(p: "np.ndarray") -> "np.ndarray":
        return 20 * np.log10(np.maximum(p, 1e-9).astype(np.float64))

    reach = gain * 2  # limiting usually costs a few dB of loudness, made up with gain
    for _round in range(8):
        new = np.flatnonzero(~known & (peaks * np.float32(reach) > search))
        if len(new) == 0:
            break
        peaks[new] = np.maximum(peaks[new], _true_peaks(x, new))
        known[new] = True
        peaks_db = db(peaks)
        gain, bounds = _search_gain(model, peaks_db, gain, aim, target_lufs)
        reach = gain
    else:  # pragma: no cover
        peaks_db = db(peaks)
    if not known.any():
        peaks_db = db(peaks)
    # Where the limiter's gain varies, its estimate (block peak times the gain
    # there) may be a little short: check those blocks' own true peaks.
    for _round in range(4):
        gain, bounds = _search_gain(model, peaks_db, gain, aim, target_lufs)
        if bounds is None:
            break
        active = (bounds[:-1] < 1.0) | (bounds[1:] < 1.0)
        active[1:] |= active[:-1].copy()
        active[:-1] |= active[1:].copy()
        near = np.flatnonzero(active & (peaks * np.float32(gain) > aim * 0.8))
        tp = _true_peaks(x, near, gain, bounds)
        over = tp > aim / _LIMITER_AIM ** 0.5  # leaves room for rounding to 16 bits
        if not over.any():
            break
        peaks[near[over]] *= tp[over] / np.float32(aim)
        peaks_db = db(peaks)
    else:  # pragma: no cover - one round is the rule, two the exception
        raise AudioError("the peak limiter did not converge; please report this with the article")
    energies = model.energies(gain, bounds)
    top = peaks * np.float32(gain)
    if bounds is not None:
        top = top * np.maximum(bounds[:-1], bounds[1:]).astype(np.float32)
    peak = float(top.max(initial=0.0))
    return _Plan(gain, bounds, Loudness(
        integrated_lufs=round(_integrated(energies), 2),
        true_peak_dbtp=round(20 * math.log10(peak), 2) if peak > 0 else -math.inf,
        lra=_loudness_range(energies),
    ))


class _Silent(Exception):
    def __init__(self, lufs: float):
        self.lufs = lufs


def _encoder_args(bitrate: str) -> list[str]:
    return [
        "-fflags", "+bitexact", "-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "pipe:0",
        "-map_metadata", "-1", "-id3v2_version", "0", "-write_xing", "1",
        "-c:a", "libmp3lame", "-b:a", bitrate, "-abr", "0",
        "-flags:a", "+bitexact", "-fflags", "+bitexact",
    ]


@functools.cache
def _codec_gain_db(bitrate: str) -> float:
    """How much louder (dB, usually negative) the MP3 decodes than the PCM it was encoded from.

    LAME scales mono audio at these bitrates by a fixed factor (-0.45 dB up to
    160 kbps, less above, none from 256 kbps); measured once per process by
    encoding and decoding 1.5 s of two tones, so the target is reached
    whatever LAME build the wheel brings.
    """
    n = np.arange(int(1.5 * SAMPLE_RATE))
    tones = 0.2 * np.sin(2 * np.pi * 211.0 * n / SAMPLE_RATE) + 0.2 * np.sin(2 * np.pi * 997.0 * n / SAMPLE_RATE)
    proc = _run_ffmpeg([*_encoder_args(bitrate), "-f", "mp3", "-"], "calibrate the MP3 encoder",
                       stdin=_to_pcm(tones.astype(np.float32)))
    decoded = np.frombuffer(decode_bytes(proc.stdout, "the calibration MP3").raw_data, dtype="<i2")
    mid = slice(SAMPLE_RATE // 4, 5 * SAMPLE_RATE // 4)
    ref = np.rint(tones[mid] * 32768)
    got = decoded[mid].astype(np.float64)
    if len(got) != len(ref):
        return 0.0
    ratio = float(got @ got) / float(ref @ ref)
    return round(10 * math.log10(ratio), 3) if ratio > 0 else 0.0


_CHUNK = 1 << 20
"""Samples rendered at a time while the encoder works through the previous ones."""


class _Encoder:
    """ffmpeg encoding 16-bit PCM into a bit-exact CBR MP3 with no tags, fed as it is made.

    Started before the audio is ready (so its start-up overlaps the
    processing); a thread writes to its stdin, so each chunk of PCM is made
    while ffmpeg encodes the one before.
    """

    def __init__(self, dest: Path, bitrate: str):
        self.dest = dest
        self._existed = dest.exists()
        self._err = tempfile.TemporaryFile()
        cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
               *_encoder_args(bitrate), "-f", "mp3", "-y", str(dest)]
        try:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                         stderr=self._err)
        except OSError as exc:
            self._err.close()
            raise AudioError(
                f"could not run ffmpeg to encode {dest} ({exc}); reinstall imageio-ffmpeg "
                "with 'pip install --force-reinstall imageio-ffmpeg'"
            ) from None
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self._broken = False
        self._writer = threading.Thread(target=self._write, name="mp3-encoder-feed", daemon=True)
        self._writer.start()

    def _write(self) -> None:
        stdin = self.proc.stdin
        while (chunk := self._queue.get()) is not None:
            if not self._broken:
                try:
                    stdin.write(chunk)
                except (BrokenPipeError, OSError):
                    self._broken = True  # ffmpeg stopped; its message says why
        try:
            stdin.close()
        except OSError:
            pass

    def feed(self, chunk: bytes) -> None:
        self._queue.put(chunk)

    def finish(self) -> None:
        self._queue.put(None)
        self._writer.join()
        code = self.proc.wait()
        self._err.seek(0)
        message = self._err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
        self._err.close()
        if code != 0 or self._broken:
            raise AudioError(f"ffmpeg could not encode {self.dest}: {' / '.join(message) or 'no message'}")

    def abort(self) -> None:
        self.proc.kill()
        self._queue.put(None)
        self._writer.join()
        self.proc.wait()
        self._err.close()
        if not self._existed:
            self.dest.unlink(missing_ok=True)


def export_mp3(audio: AudioSegment, dest: Path, bitrate: str = "128k",
               target_lufs: float = TARGET_LUFS,
               ceiling_dbtp: float = TRUE_PEAK_CEILING_DBTP) -> Loudness:
    """Normalise ``audio`` to ``target_lufs`` with true peaks under ``ceiling_dbtp`` and write a CBR MP3.

    The MP3 is 44.1 kHz mono, byte-for-byte the same for the same input, with
    no tags (the publisher adds ID3). One linear gain brings the episode to
    the target (BS.1770 integrated loudness); where that would push true peaks
    past ``ceiling_dbtp`` less a margin for the codec, a look-ahead limiter
    (no delay: nothing moves in time) lowers the gain around them, and the
    gain is raised so the limited episode still reaches the target. All of
    this is done on the PCM; ffmpeg then encodes once. Returns the loudness
    of the processed PCM; :func:`measure_loudness` measures the MP3 itself.
    Writes ``dest`` directly.
    """
    m = _BITRATE_RE.match(bitrate)
    if not m or not 96 <= int(m.group(1)) <= 320:
        raise AudioError(f"MP3 bitrate {bitrate!r} is not supported; use 96k to 320k, e.g. 128k")
    dest = Path(dest)
    pcm = conform(audio).raw_data
    if not pcm:
        raise AudioError(f"{dest.name}: the episode has no audio to encode")
    codec = _codec_gain_db(bitrate)
    samples = np.frombuffer(pcm, dtype="<i2")
    x = samples.astype(np.float32) * np.float32(1 / 32768)
    margin = _LIMIT_MARGIN_DB
    verify = _hf_fraction(x) > _HF_SHARE
    for _round in range(3):
        encoder = _Encoder(dest, bitrate)
        try:
            try:
                plan = _normalise(samples, target_lufs - codec, ceiling_dbtp - margin - codec)
            except _Silent as exc:
                raise AudioError(
                    f"{dest.name}: the episode is silent or almost silent "
                    f"({exc.lufs:.1f} LUFS), so it cannot be normalised; check the voice's output"
                ) from None
            for start in range(0, len(x), _CHUNK):
                encoder.feed(_render(x, plan.gain, plan.bounds, start, min(start + _CHUNK, len(x))))
        except BaseException:
            encoder.abort()
            raise
        encoder.finish()
        if not verify:
            break
        # Broadband audio (music, noise): the codec's peaks are less predictable; measure them.
        measured = measure_loudness(dest)
        if measured.true_peak_dbtp <= ceiling_dbtp - 0.05:
            return measured
        margin += measured.true_peak_dbtp - ceiling_dbtp + 0.3
    else:
        raise AudioError(
            f"{dest.name}: could not keep true peaks under {ceiling_dbtp} dBTP after MP3 encoding "
            f"(got {measured.true_peak_dbtp} dBTP); please report this with the article"
        )
    # What the MP3 should measure: the codec's scale moves loudness and peaks alike.
    loudness = plan.loudness
    return Loudness(
        integrated_lufs=round(loudness.integrated_lufs + codec, 2),
        true_peak_dbtp=round(loudness.true_peak_dbtp + codec, 2),
        lra=loudness.lra,
    )
