"""The MP3 encode: normalise the episode's PCM and stream it through ffmpeg's LAME.

In here: :func:`export_mp3` and what it needs: the encoder's arguments, the
codec's gain (measured lazily, once per process and bitrate), the encoder
fed chunk by chunk from a thread, and the check of broadband audio's true
peak after encoding. Not in here: the gain and limiter (``normalise``,
``limiter``), ID3 tags (the publisher adds them).

Measuring the MP3 again (decoding it and oversampling its peaks) would cost
as much as encoding it, so the limiter aims below the ceiling by a margin
that covers what the MP3 codec adds to peaks, and the loudness target is
offset by the codec's measured gain.
"""

from __future__ import annotations

import functools
import math
import queue
import re
import subprocess
import tempfile
import threading
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import AudioError
from .decoding import decode_bytes
from .ffmpeg import FFMPEG_FLAGS, cannot_run, ffmpeg_exe, ffmpeg_failure, run_ffmpeg
from .limiter import render_samples
from .loudness import Loudness, measure_loudness
from .normalise import Analysis, Plan, Silent, analyse, normalise
from .pcm import FULL_SCALE, SAMPLE_RATE, AudioSegment, conform, float_to_pcm
from .source import ArraySource, PcmSource, chunks

__all__ = ["TARGET_LUFS", "TRUE_PEAK_CEILING_DBTP", "export_mp3"]

F32 = npt.NDArray[np.float32]

TARGET_LUFS = -16.0
"""Integrated loudness of every episode (the usual podcast target)."""
TRUE_PEAK_CEILING_DBTP = -1.0
"""No inter-sample peak of the decoded MP3 may exceed this."""
MIN_KBPS, MAX_KBPS = 96, 320
"""MP3 bitrates (kbit/s) export_mp3 accepts: under 96 speech suffers, 320 is MP3's top."""
LIMIT_MARGIN_DB = 1.2
"""What MP3 encoding may add to the true peak: the limiter aims this much under the ceiling."""
HF_SHARE = 1e-3
"""Energy share above 14 kHz (-30 dB; ``normalise.HF_HZ``) from which export_mp3 measures the
MP3's true peak: audio with content that high (not espeak-ng's 22.05 kHz nor Google's 24 kHz
voice) can gain more true peak in the codec than the margin allows."""
VERIFY_ROUNDS = 3
"""Encodes of broadband audio at most, each with a wider margin when the MP3 measured over."""
VERIFY_SLACK_DB = 0.05
"""A measured MP3 this far (dB) under the ceiling is accepted (ffmpeg reports peaks to 0.1 dB)."""
MARGIN_STEP_DB = 0.3
"""Added to the margin, besides the overshoot, when a measured MP3 is over the ceiling."""
CHUNK = 1 << 16
"""Samples rendered at a time while the encoder works through the previous ones (3 s at 22.05 kHz;
its working arrays, 256 kB each, stay in the processor's cache)."""
QUEUED_CHUNKS = 2
"""Rendered chunks waiting for the encoder at most: bounds memory while keeping ffmpeg busy."""
CALIBRATION_S = 1.5
"""Length (s) of the two tones the codec's gain is measured on."""
CALIBRATION_HZ = (211.0, 997.0)
"""Frequencies of the calibration tones: a voice's fundamental and the reference 1 kHz."""
CALIBRATION_AMPLITUDE = 0.2
"""Amplitude of each calibration tone (-14 dBFS): far from clipping."""
CALIBRATION_SKIP_S = 0.25
"""The codec's gain is measured from this long after the start (past the encoder's ramp-up) for 1 s."""
_BITRATE_RE = re.compile(r"^(\d+)k$")


def _encoder_args(bitrate: str, rate: int = SAMPLE_RATE) -> list[str]:
    """ffmpeg's arguments for a bit-exact 44.1 kHz CBR MP3 with no tags from mono s16le at ``rate``
    on stdin (another rate is brought to 44.1 kHz by ffmpeg's resampler, in the encoder's process)."""
    resample = [] if rate == SAMPLE_RATE else ["-ar", str(SAMPLE_RATE)]
    return [
        "-fflags", "+bitexact", "-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0",
        *resample, "-map_metadata", "-1", "-id3v2_version", "0", "-write_xing", "1",
        "-c:a", "libmp3lame", "-b:a", bitrate, "-abr", "0",
        "-flags:a", "+bitexact", "-fflags", "+bitexact",
    ]


@functools.cache
def codec_gain_db(bitrate: str) -> float:
    """How much louder (dB, usually negative) the MP3 decodes than the PCM it was encoded from.

    LAME scales mono audio at these bitrates by a fixed factor (-0.45 dB up to
    160 kbps, less above, none from 256 kbps); measured on first use, once
    per process and bitrate, by encoding and decoding 1.5 s of two tones, so
    the target is reached whatever LAME build the wheel brings.
    """
    n = np.arange(int(CALIBRATION_S * SAMPLE_RATE))
    low, high = CALIBRATION_HZ
    a = CALIBRATION_AMPLITUDE
    tones = a * np.sin(2 * np.pi * low * n / SAMPLE_RATE) + a * np.sin(2 * np.pi * high * n / SAMPLE_RATE)
    proc = run_ffmpeg([*_encoder_args(bitrate), "-f", "mp3", "-"], "calibrate the MP3 encoder",
                      stdin=float_to_pcm(tones.astype(np.float32)))
    decoded = np.frombuffer(decode_bytes(proc.stdout, "the calibration MP3").raw_data, dtype="<i2")
    skip = int(CALIBRATION_SKIP_S * SAMPLE_RATE)
    mid = slice(skip, skip + SAMPLE_RATE)
    ref = np.rint(tones[mid] * FULL_SCALE)
    got = decoded[mid].astype(np.float64)
    if len(got) != len(ref):
        return 0.0
    ratio = float(np.einsum("i,i->", got, got)) / float(np.einsum("i,i->", ref, ref))  # no BLAS: see loudness
    return round(10 * math.log10(ratio), 3) if ratio > 0 else 0.0


class _Encoder:
    """ffmpeg encoding 16-bit PCM into a bit-exact CBR MP3 with no tags, fed as it is made.

    Started before the audio is ready (so its start-up overlaps the
    processing); a thread writes to its stdin, so each chunk of PCM is made
    while ffmpeg encodes the one before.
    """

    def __init__(self, dest: Path, bitrate: str, rate: int = SAMPLE_RATE):
        self.dest = dest
        self._existed = dest.exists()
        self._err = tempfile.TemporaryFile()
        cmd = [ffmpeg_exe(), *FFMPEG_FLAGS, "-loglevel", "error",
               *_encoder_args(bitrate, rate), "-f", "mp3", "-y", str(dest)]
        try:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                         stderr=self._err)
        except OSError as exc:
            self._err.close()
            raise cannot_run(f"encode {dest}", exc) from None
        self._queue: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=QUEUED_CHUNKS)
        self._broken = False
        self._writer = threading.Thread(target=self._write, name="mp3-encoder-feed", daemon=True)
        self._writer.start()

    def _write(self) -> None:
        stdin = self.proc.stdin
        assert stdin is not None  # Popen was given stdin=PIPE
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

    def feed(self, chunk: bytes | memoryview) -> None:
        """Queue ``chunk`` (16-bit PCM) for ffmpeg (waits while QUEUED_CHUNKS are waiting)."""
        self._queue.put(chunk)

    def finish(self) -> None:
        """Close the input, wait for ffmpeg; AudioError with its message if it failed."""
        self._queue.put(None)
        self._writer.join()
        code = self.proc.wait()
        self._err.seek(0)
        message = ffmpeg_failure(self._err.read())
        self._err.close()
        if code != 0 or self._broken:
            raise AudioError(f"ffmpeg could not encode {self.dest}: {message}")

    def abort(self) -> None:
        """Stop ffmpeg and remove what it wrote (unless the file was there before)."""
        self.proc.kill()
        self._queue.put(None)
        self._writer.join()
        self.proc.wait()
        self._err.close()
        if not self._existed:
            self.dest.unlink(missing_ok=True)


def _encode(analysis: Analysis, dest: Path, bitrate: str, target_lufs: float, ceiling_dbtp: float) -> Plan:
    """Plan the gain and limiter for ``target_lufs`` / ``ceiling_dbtp`` (on the PCM) while the
    encoder starts, then render and encode chunk by chunk into ``dest``."""
    encoder = _Encoder(dest, bitrate, analysis.rate)
    try:
        try:
            plan = normalise(analysis, target_lufs, ceiling_dbtp)
        except Silent as exc:
            raise AudioError(
                f"{dest.name}: the episode is silent or almost silent "
                f"({exc.lufs:.1f} LUFS), so it cannot be normalised; check the voice's output"
            ) from None
        for start, samples in chunks(analysis.source, CHUNK):
            encoder.feed(render_samples(samples, plan.gain, plan.bounds, start).data)
    except BaseException:
        encoder.abort()
        raise
    encoder.finish()
    return plan


def _source(audio: AudioSegment | PcmSource) -> PcmSource:
    """The episode's mono 16-bit PCM to read from (an AudioSegment at 44.1 kHz)."""
    if isinstance(audio, AudioSegment):
        return ArraySource(np.frombuffer(conform(audio).raw_data, dtype="<i2"))
    return audio


def export_mp3(audio: AudioSegment | PcmSource, dest: Path, bitrate: str = "128k",
               target_lufs: float = TARGET_LUFS,
               ceiling_dbtp: float = TRUE_PEAK_CEILING_DBTP) -> Loudness:
    """Normalise ``audio`` to ``target_lufs`` with true peaks under ``ceiling_dbtp`` and write a CBR MP3.

    The MP3 is 44.1 kHz mono, byte-for-byte the same for the same input, with
    no tags (the publisher adds ID3). A :class:`PcmSource` at another rate
    (the voice's own) is measured and limited at that rate, and ffmpeg
    resamples it to 44.1 kHz as it encodes. One linear gain brings the episode to
    the target (BS.1770 integrated loudness); where that would push true peaks
    past ``ceiling_dbtp`` less a margin for the codec, a look-ahead limiter
    (no delay: nothing moves in time) lowers the gain around them, and the
    gain is raised so the limited episode still reaches the target. All of
    this is done on the PCM in two passes of bounded memory (measure, then
    limit and encode, chunk by chunk; ``audio`` may be a :class:`PcmFile`);
    ffmpeg encodes once. Returns the loudness of the processed PCM;
    :func:`measure_loudness` measures the MP3 itself. Writes ``dest`` directly.
    """
    m = _BITRATE_RE.match(bitrate)
    if not m or not MIN_KBPS <= int(m.group(1)) <= MAX_KBPS:
        raise AudioError(f"MP3 bitrate {bitrate!r} is not supported; use 96k to 320k, e.g. 128k")
    dest = Path(dest)
    source = _source(audio)
    if not source.frames:
        raise AudioError(f"{dest.name}: the episode has no audio to encode")
    codec = codec_gain_db(bitrate)
    analysis = analyse(source)
    margin = LIMIT_MARGIN_DB
    verify = analysis.hf > HF_SHARE
    for _round in range(VERIFY_ROUNDS):
        plan = _encode(analysis, dest, bitrate, target_lufs - codec, ceiling_dbtp - margin - codec)
        if not verify:
            break
        # Broadband audio (music, noise): the codec's peaks are less predictable; measure them.
        measured = measure_loudness(dest)
        if measured.true_peak_dbtp <= ceiling_dbtp - VERIFY_SLACK_DB:
            return measured
        margin += measured.true_peak_dbtp - ceiling_dbtp + MARGIN_STEP_DB
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
