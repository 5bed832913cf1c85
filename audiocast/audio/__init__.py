"""Episode audio: the intro chime, assembly with pauses, loudness and MP3.

Every episode is mono 16-bit PCM, assembled, measured and limited at its
voice's own rate when all its clips share one (espeak-ng's 22.05 kHz,
Google's 24 kHz; ``assembly.episode_rate``), else at 44.1 kHz; every MP3 is
44.1 kHz (ffmpeg's resampler runs inside the encode). ffmpeg comes from the imageio-ffmpeg wheel, so no system
install is needed; it decodes, resamples odd rates, measures files and
encodes. ffprobe is never needed. Nothing is looked up or run at import: the
binary is found on first use, the codec's gain measured on the first encode.
The names below are loaded on first use (``AudioSegment`` and the format
constants without numpy), so a run that only names clips never loads numpy.

Import pydub's ``AudioSegment`` from this package (``from audiocast.audio
import AudioSegment``): it is imported in one place (``pcm``), where pydub's
import-time "Couldn't find ffmpeg" warning is silenced.

The modules, by concern:

- ``ffmpeg``: finding the wheel's ffmpeg and running it.
- ``segment``: the sample format and pydub's ``AudioSegment`` (no numpy).
- ``pcm``: pydub / bytes / numpy conversions, ``conform``.
- ``silence``: a clip's edge silence cut (no numpy).
- ``resample``: windowed-sinc filters: the exact 2x resampler, any whole-rate ratio, the 4x true-peak interpolator.
- ``decoding``: decoding files and bytes with ffmpeg.
- ``mp3``: MP3 bytes decoded in-process (libsndfile), for Google's replies; not imported here.
- ``chime``: the intro chime, made or loaded.
- ``source``: an episode's PCM read in pieces, from memory or a temporary file.
- ``assembly``: clips, pauses and chime into an episode with exact segment times, at the episode's rate.
- ``loudness``: the BS.1770 meter in numpy; ffmpeg's measurement of a file.
- ``limiter``: the look-ahead true-peak limiter.
- ``normalise``: the gain search that reaches the loudness target under the ceiling.
- ``encode``: the streaming MP3 encode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .assembly import CHIME_GAP_MS, EDGE_MARGIN_MS, SILENCE_THRESHOLD_DBFS, assemble, assemble_file, trim_silence
    from .chime import load_chime, make_chime
    from .decoding import decode, decode_bytes, duration_ms
    from .encode import TARGET_LUFS, TRUE_PEAK_CEILING_DBTP, export_mp3
    from .ffmpeg import ffmpeg_exe
    from .loudness import Loudness, measure_loudness
    from .pcm import conform
    from .segment import SAMPLE_RATE, SAMPLE_WIDTH, AudioSegment
    from .source import PcmFile

_HOMES = {
    "CHIME_GAP_MS": "assembly",
    "EDGE_MARGIN_MS": "silence",
    "SILENCE_THRESHOLD_DBFS": "silence",
    "trim_silence": "silence",
    "assemble": "assembly",
    "assemble_file": "assembly",
    "load_chime": "chime",
    "make_chime": "chime",
    "decode": "decoding",
    "decode_bytes": "decoding",
    "duration_ms": "decoding",
    "TARGET_LUFS": "encode",
    "TRUE_PEAK_CEILING_DBTP": "encode",
    "export_mp3": "encode",
    "ffmpeg_exe": "ffmpeg",
    "Loudness": "loudness",
    "measure_loudness": "loudness",
    "conform": "pcm",
    "SAMPLE_RATE": "segment",
    "SAMPLE_WIDTH": "segment",
    "AudioSegment": "segment",
    "PcmFile": "source",
}
"""The module each name of the package lives in (imported when the name is first used)."""


__getattr__ = lazy_names(__name__, _HOMES, globals())

__all__ = [
    "CHIME_GAP_MS",
    "EDGE_MARGIN_MS",
    "SAMPLE_RATE",
    "SAMPLE_WIDTH",
    "SILENCE_THRESHOLD_DBFS",
    "TARGET_LUFS",
    "TRUE_PEAK_CEILING_DBTP",
    "AudioSegment",
    "Loudness",
    "PcmFile",
    "assemble",
    "assemble_file",
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
