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
import re
import struct
import subprocess
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

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
    """``clip`` as 44.1 kHz mono 16-bit, resampled with ffmpeg's soxr when needed."""
    if clip.channels != 1:
        clip = clip.set_channels(1)
    if clip.sample_width != SAMPLE_WIDTH:
        clip = clip.set_sample_width(SAMPLE_WIDTH)
    if clip.frame_rate == SAMPLE_RATE:
        return clip
    if len(clip.raw_data) == 0:
        return AudioSegment(data=b"", sample_width=SAMPLE_WIDTH, frame_rate=SAMPLE_RATE, channels=1)
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
        speech = trim_silence(conform(clip))
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


def _pcm_input(rate: int) -> list[str]:
    return ["-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0"]


_OVERSAMPLE = 4
"""The limiter runs at 4x the sample rate so it also catches inter-sample peaks."""
_CODEC_MARGIN_DB = 0.5
"""MP3 encoding adds a little overshoot to peaks: the limiter aims this much lower."""
_CODEC_SHIFT_PRIOR = -0.4
"""LAME at these bitrates typically measures about 0.4 LU quieter than its input;
starting from that saves an encoding round."""
_MAX_ROUNDS = 4
"""Encode-and-measure rounds before export_mp3 gives up."""
_MAX_SEARCH_STEPS = 8
_LOUDNESS_TOLERANCE = 0.3
"""LU from the target that export_mp3 accepts (no listener hears 0.3 LU)."""
_BITRATE_RE = re.compile(r"^(\d+)k$")


def _processing(gain_db: float, ceiling_dbtp: float | None) -> str:
    """ffmpeg filters: linear gain, then (if a ceiling is given) an oversampled limiter."""
    filters = [f"volume={gain_db:.4f}dB:precision=double"]
    if ceiling_dbtp is not None:
        limit = 10 ** (ceiling_dbtp / 20)
        filters += [
            f"aresample={SAMPLE_RATE * _OVERSAMPLE}:resampler=soxr",
            # latency=1 compensates the look-ahead so nothing moves in time;
            # level=0 keeps the limiter from adding make-up gain.
            f"alimiter=limit={limit:.6f}:attack=5:release=80:level=0:latency=1",
            f"aresample={SAMPLE_RATE}:resampler=soxr",
        ]
    return ",".join(filters)


def _encode(pcm: bytes, dest: Path, gain_db: float, ceiling_dbtp: float | None, bitrate: str) -> None:
    """Apply the processing and write a bit-exact CBR MP3 with no tags to ``dest``."""
    _run_ffmpeg(
        [
            "-fflags", "+bitexact", *_pcm_input(SAMPLE_RATE),
            "-af", _processing(gain_db, ceiling_dbtp),
            "-map_metadata", "-1", "-id3v2_version", "0", "-write_xing", "1",
            "-ar", str(SAMPLE_RATE), "-ac", "1",
            "-c:a", "libmp3lame", "-b:a", bitrate, "-abr", "0",
            "-flags:a", "+bitexact", "-fflags", "+bitexact",
            "-f", "mp3", "-y", str(dest),
        ],
        f"encode {dest}",
        stdin=pcm,
    )


def _limited_loudness(pcm: bytes, gain_db: float, ceiling_dbtp: float) -> float:
    """Integrated loudness after gain and limiter, without encoding (a cheap trial)."""
    proc = _run_ffmpeg(
        [*_pcm_input(SAMPLE_RATE),
         "-af", _processing(gain_db, ceiling_dbtp) + ",ebur128=framelog=quiet", "-f", "null", "-"],
        "measure the limited episode",
        stdin=pcm,
    )
    text = proc.stderr.decode("utf-8", "replace")
    m = _SUMMARY_RE["integrated_lufs"].search(text[text.rfind("Summary:"):])
    if not m:
        raise AudioError("ffmpeg gave no loudness summary for the limited episode")
    return float(m.group(1))


def _search_gain(pcm: bytes, gain: float, ceiling_dbtp: float, target: float) -> float:
    """The gain that, through the limiter at ``ceiling_dbtp``, reaches ``target`` LUFS.

    Each dB of gain into a limiter yields less than a dB of loudness, so this
    takes secant steps on trial runs (gain and limiter only, no encoding).
    """
    tried: list[tuple[float, float]] = []
    for _step in range(_MAX_SEARCH_STEPS):
        loudness = _limited_loudness(pcm, gain, ceiling_dbtp)
        error = target - loudness
        if abs(error) <= 0.1:
            return gain
        tried.append((gain, loudness))
        slope = 1.0
        if len(tried) >= 2:
            (g0, l0), (g1, l1) = tried[-2], tried[-1]
            if g1 != g0:
                slope = min(1.0, max(0.2, (l1 - l0) / (g1 - g0)))
        gain += min(error / slope, 12.0)
    return gain


def export_mp3(audio: AudioSegment, dest: Path, bitrate: str = "128k",
               target_lufs: float = TARGET_LUFS,
               ceiling_dbtp: float = TRUE_PEAK_CEILING_DBTP) -> Loudness:
    """Normalise ``audio`` to ``target_lufs`` with true peaks under ``ceiling_dbtp`` and write a CBR MP3.

    The MP3 is 44.1 kHz mono, byte-for-byte the same for the same input, with
    no tags (the publisher adds ID3). The gain is linear; only when the peaks
    would pass the ceiling does a 4x-oversampled look-ahead limiter
    (delay-compensated, so nothing moves in time) shave them, and the gain is
    then searched on trial runs so the limited episode still reaches the
    target. The encoded file is measured (decoded) and, if the codec moved it
    off target or over the ceiling, corrected and encoded again. Returns that
    measurement. Writes ``dest`` directly.
    """
    m = _BITRATE_RE.match(bitrate)
    if not m or not 96 <= int(m.group(1)) <= 320:
        raise AudioError(f"MP3 bitrate {bitrate!r} is not supported; use 96k to 320k, e.g. 128k")
    dest = Path(dest)
    pcm = conform(audio).raw_data
    if not pcm:
        raise AudioError(f"{dest.name}: the episode has no audio to encode")
    source = _measure(_pcm_input(SAMPLE_RATE), "the episode", stdin=pcm)
    if source.integrated_lufs <= -69.0:
        raise AudioError(
            f"{dest.name}: the episode is silent or almost silent "
            f"({source.integrated_lufs} LUFS), so it cannot be normalised; check the voice's output"
        )
    gain = target_lufs - source.integrated_lufs - _CODEC_SHIFT_PRIOR
    limiter: float | None = None
    if source.true_peak_dbtp + gain > ceiling_dbtp - _CODEC_MARGIN_DB:
        limiter = ceiling_dbtp - _CODEC_MARGIN_DB
    codec_shift = _CODEC_SHIFT_PRIOR  # how far the MP3 measures from the trial run
    result: Loudness | None = None
    for _round in range(_MAX_ROUNDS):
        if limiter is not None:
            gain = _search_gain(pcm, gain, limiter, target_lufs - codec_shift)
        _encode(pcm, dest, gain, limiter, bitrate)
        result = measure_loudness(dest)
        error = target_lufs - result.integrated_lufs
        peak_ok = result.true_peak_dbtp <= ceiling_dbtp - 0.05
        if abs(error) <= _LOUDNESS_TOLERANCE and peak_ok:
            return result
        if not peak_ok:
            base = limiter if limiter is not None else ceiling_dbtp - _CODEC_MARGIN_DB
            limiter = base - (result.true_peak_dbtp - ceiling_dbtp + 0.2)
        if limiter is None:
            gain += error
        else:
            codec_shift -= error
    raise AudioError(
        f"{dest.name}: could not reach {target_lufs} LUFS with true peaks under {ceiling_dbtp} dBTP "
        f"(got {result.integrated_lufs} LUFS, {result.true_peak_dbtp} dBTP); "
        "the audio may be extremely peaky; please report this with the article"
    )
