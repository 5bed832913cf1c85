"""Piper: offline neural voices (piper-tts on onnxruntime), e.g. the Swedish ``sv_SE-nst-medium``.

The voice is a model file (``.onnx``) with its config (``.onnx.json``),
installed by :mod:`audiocast.voices` or given as a path. Text is phonemized
by espeak-ng inside piper-tts (its own bundled data, language from the voice's
config), one sentence at a time; each sentence is one run of the model.

Phoneme timings: piper-tts ≥ 1.3 can report how many samples each phoneme
id lasted. Released voice models do not output this: the duration tensor
(the ``Ceil`` node of VITS, "w_ceil") must be made a graph output, either
on disk with ``python -m piper.patch_voice_with_alignment MODEL`` or in memory
when the model is loaded. This engine patches in memory when it is made with
``alignments=True`` (that needs the ``onnx`` package); the audio is the same
either way, so the cache key does not change. Not here: mapping phonemes back
to written words (espeak may expand or merge words).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .. import voices
from ..audio import AudioSegment
from ..errors import EngineError
from .base import Availability, Engine
from .names import EngineName

DEFAULT_VOICE = "sv_SE-nst-medium"
"""The Swedish voice used when none is configured."""
MIN_RATE = 0.5
MAX_RATE = 2.0
DEFAULT_SENTENCE_SILENCE = 0.2
"""Seconds of silence between sentences inside one clip (Piper runs its model per sentence)."""
_MAX_THREADS = 4
"""onnxruntime gains little past 4 threads for one small VITS model; on 2 cores it uses 2."""


@dataclass(frozen=True)
class Timing:
    """One phoneme (or a word, see :func:`word_timings`) and where it is in the clip."""

    start: int
    """First sample (inclusive), at the clip's sample rate."""
    end: int
    """Last sample (exclusive)."""
    label: str
    """The phoneme as espeak-ng wrote it (IPA), "^"/"$" for sentence start/end, "_" for silence."""


_SEPARATORS = frozenset(" ,.;:!?^$_")
"""Phoneme labels that end a word: spaces, punctuation, sentence start/end, inserted silence."""


def word_timings(timings: list[Timing]) -> list[Timing]:
    """Group phoneme timings into words (runs of phonemes between spaces and punctuation).

    The labels are the words' phonemes joined; matching them to written words is the caller's job.
    """
    words: list[Timing] = []
    current: list[Timing] = []
    for t in [*timings, Timing(0, 0, " ")]:
        if t.label in _SEPARATORS:
            if current:
                words.append(Timing(current[0].start, current[-1].end, "".join(p.label for p in current)))
            current = []
        else:
            current.append(t)
    return words


def _file_sha256(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _piper_version() -> str:
    try:
        return importlib.metadata.version("piper-tts")
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _threads(requested: int | None) -> int:
    if requested is not None:
        if requested < 1:
            raise EngineError(f"Piper threads must be at least 1, not {requested}")
        return requested
    return max(1, min(_MAX_THREADS, os.cpu_count() or 1))


class PiperEngine(Engine):
    """An offline neural voice from Piper; natural Swedish with ``sv_SE-nst-medium``.

    ``voice`` is an installed voice's name or a path to a ``.onnx`` model with
    its ``.onnx.json`` beside it. ``rate`` is the speaking rate relative to
    the voice's own (0.5-2.0; Piper's length_scale = the voice's / rate).
    ``espeak_voice`` overrides the phonemizer language of the voice's config
    (e.g. "sv" to feed an English model Swedish phonemes, for benchmarks).
    The model is loaded once, on first use, on the CPU.
    """

    name = EngineName.PIPER
    is_network = False
    description = "Piper neural voice, offline"

    def __init__(self, voice: str = DEFAULT_VOICE, rate: float = 1.0, *,
                 voices_dir: str | os.PathLike[str] | None = None, speaker: int | None = None,
                 sentence_silence: float = DEFAULT_SENTENCE_SILENCE, espeak_voice: str | None = None,
                 alignments: bool = False, threads: int | None = None):
        if not MIN_RATE <= rate <= MAX_RATE:
            raise EngineError(f"Piper rate {rate:g} is out of range; use {MIN_RATE:g} to {MAX_RATE:g} "
                              "(1.0 is the voice's own pace)")
        if not 0 <= sentence_silence <= 2:
            raise EngineError(f"Piper sentence silence {sentence_silence:g} s is out of range; use 0 to 2 seconds")
        self._voice_arg = os.fspath(voice)
        self.voice = Path(self._voice_arg).name.removesuffix(".onnx")
        self.rate = float(rate)
        self.voices_dir = voices_dir
        self.speaker = speaker
        self.sentence_silence = float(sentence_silence)
        self.espeak_voice = espeak_voice
        self.alignments = alignments
        self.threads = _threads(threads)
        self._lock = threading.Lock()
        self._model_path: Path | None = None
        self._settings: dict[str, Any] | None = None
        self._piper: Any = None

    def __repr__(self) -> str:
        # Not the base class's: that computes settings(), which hashes the model (or fails without it).
        return f"PiperEngine(voice={self._voice_arg!r}, rate={self.rate:g})"

    def model_path(self) -> Path:
        """The voice's model file; EngineError saying how to install it when missing."""
        if self._model_path is None:
            self._model_path = voices.resolve(self._voice_arg, self.voices_dir)
        return self._model_path

    def settings(self) -> dict[str, Any]:
        """Model and config checksums, rate, speaker, phonemizer language, silence, piper-tts version.

        The model's sha256 is computed once per engine (about 0.1 s for a 63 MB voice).
        """
        with self._lock:
            if self._settings is None:
                model = self.model_path()
                config = model.with_name(model.name + ".json")
                try:
                    self._settings = {"model_sha256": _file_sha256(model), "config_sha256": _file_sha256(config),
                                      "piper": _piper_version()}
                except OSError as exc:
                    raise EngineError(f"cannot read the Piper voice {model} ({exc.strerror}); "
                                      f"download it again: audiocast voices download {self.voice}") from None
            return {**self._settings, "rate": self.rate, "speaker": self.speaker,
                    "sentence_silence": self.sentence_silence, "espeak_voice": self.espeak_voice}

    def _load(self) -> Any:
        """The loaded PiperVoice (once). Caller holds the lock."""
        if self._piper is None:
            self._piper = _load_voice(self.model_path(), self.threads, self.alignments)
            if self.espeak_voice:
                self._piper.config.espeak_voice = self.espeak_voice
            if self.speaker is not None and not 0 <= self.speaker < self._piper.config.num_speakers:
                raise EngineError(f"the Piper voice {self.voice} has no speaker {self.speaker}; it has "
                                  f"{self._piper.config.num_speakers}")
        return self._piper

    @property
    def sample_rate(self) -> int:
        """Frames per second of the voice (22050 for "medium" voices)."""
        with self._lock:
            return int(self._load().config.sample_rate)

    def check(self, timeout: float = 2.0) -> Availability:
        """Finds and loads the voice; needs no network."""
        try:
            with self._lock:
                piper = self._load()
        except EngineError as exc:
            return Availability(False, str(exc))
        return Availability(True, f"offline Piper voice {self.voice} ({piper.config.sample_rate} Hz), "
                                  f"rate {self.rate:g}")

    def _syn_config(self) -> Any:
        from piper import SynthesisConfig  # heavy optional dependency, imported on use
        scale = self._piper.config.length_scale / self.rate
        return SynthesisConfig(speaker_id=self.speaker, length_scale=scale)

    def _run(self, text: str, want_timings: bool) -> tuple[np.ndarray, int, list[Timing]]:
        """int16 samples of ``text``, the sample rate, and phoneme timings (if asked)."""
        with self._lock:
            piper = self._load()
            syn = self._syn_config()
        rate = int(piper.config.sample_rate)
        gap = np.zeros(round(self.sentence_silence * rate), dtype=np.int16)
        parts: list[np.ndarray] = []
        timings: list[Timing] = []
        pos = 0
        try:
            chunks = list(piper.synthesize(text, syn_config=syn, include_alignments=want_timings))
        except Exception as exc:  # onnxruntime and the phonemizer raise assorted types
            raise EngineError(f"Piper failed to speak {text[:40]!r}: {exc}") from exc
        for i, chunk in enumerate(chunks):
            if i:
                parts.append(gap)
                if want_timings and len(gap):
                    timings.append(Timing(pos, pos + len(gap), "_"))
                pos += len(gap)
            audio = chunk.audio_int16_array
            if want_timings:
                timings.extend(_chunk_timings(chunk, pos, len(audio), self.voice))
            parts.append(audio)
            pos += len(audio)
        samples = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)
        return samples, rate, timings

    def _synthesize(self, text: str) -> AudioSegment:
        samples, rate, _ = self._run(text, want_timings=False)
        return AudioSegment(data=samples.astype("<i2").tobytes(), sample_width=2, frame_rate=rate, channels=1)

    def synthesize_with_timings(self, text: str) -> tuple[AudioSegment, list[Timing]]:
        """The clip for ``text`` and where each phoneme is in it (samples at the clip's rate).

        Needs an engine made with ``alignments=True`` (or a model already
        patched with piper.patch_voice_with_alignment). Sentences are
        separated by a "_" timing for the inserted silence; each sentence
        starts with "^" and ends with "$" (Piper's markers, with the leading
        and trailing silence of the sentence). :func:`word_timings` groups
        phonemes into words. Raises EngineError when the model gives no timings.
        """
        text = text.strip()
        if not text:
            return AudioSegment(data=b"", sample_width=2, frame_rate=44100, channels=1), []
        samples, rate, timings = self._run(text, want_timings=True)
        clip = AudioSegment(data=samples.astype("<i2").tobytes(), sample_width=2, frame_rate=rate, channels=1)
        return clip, timings


def _chunk_timings(chunk: Any, offset: int, length: int, voice: str) -> list[Timing]:
    """Timings of one sentence's phonemes, shifted by ``offset``, fitted to ``length`` samples."""
    alignments = chunk.phoneme_alignments
    if not alignments:
        raise EngineError(
            f"the Piper voice {voice} gives no phoneme timings; make the engine with alignments=True "
            "(needs the onnx package) or patch the model: python -m piper.patch_voice_with_alignment MODEL"
        )
    out: list[Timing] = []
    pos = 0
    for a in alignments:
        end = min(length, pos + int(a.num_samples))
        out.append(Timing(offset + pos, offset + end, a.phoneme))
        pos = end
    if out and pos < length:  # rounding in the model's frame counts: give the rest to the end marker
        last = out[-1]
        out[-1] = Timing(last.start, offset + length, last.label)
    return out


def _load_voice(model: Path, threads: int, alignments: bool) -> Any:
    """A PiperVoice on the CPU with ``threads`` intra-op threads, patched for timings if asked.

    piper-tts and onnxruntime are imported here, not at the top: importing them
    costs about a second, and most runs use another voice.
    """
    try:
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig
    except ImportError as exc:
        raise EngineError(f"piper-tts is not installed ({exc}); install it with 'pip install piper-tts'") from None
    config_path = model.with_name(model.name + ".json")
    try:
        config = PiperConfig.from_dict(json.loads(config_path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EngineError(f"the Piper voice config {config_path} is unreadable ({exc!r}); "
                          f"download the voice again: audiocast voices download {model.stem}") from None
    source: str | bytes = str(model)
    if alignments:
        source = _patched_model(model)
    opts = onnxruntime.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    try:
        session = onnxruntime.InferenceSession(source, sess_options=opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own exception types
        raise EngineError(f"cannot load the Piper voice model {model} ({exc}); the file may be damaged: "
                          f"download it again with: audiocast voices download {model.stem}") from None
    return PiperVoice(session=session, config=config)


def _patched_model(model: Path) -> bytes:
    """The model with its phoneme-duration tensor as an extra output (in memory)."""
    try:
        import onnx
        from piper.patch_voice_with_alignment import add_alignment_output
    except ImportError:
        raise EngineError("phoneme timings from Piper need the onnx package; install it with "
                          "'pip install onnx'") from None
    try:
        proto = onnx.load(str(model))
    except Exception as exc:  # protobuf decode errors have no common base
        raise EngineError(f"cannot read the Piper voice model {model} ({exc}); download it again") from None
    try:
        add_alignment_output(proto)
    except ValueError as exc:
        if "already marked" not in str(exc):
            raise EngineError(f"the Piper voice model {model} has no duration tensor to take timings from "
                              f"({exc})") from None
    return bytes(proto.SerializeToString())
