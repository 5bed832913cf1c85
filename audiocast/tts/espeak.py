"""The offline Swedish voice: espeak-ng, from the espeakng-loader wheel, through ctypes.

No system install: the wheel ships ``libespeak-ng`` and its data. The library
keeps global state (one voice, one set of parameters, one callback), so all
use goes through one lock and it is initialised once per process. Hence an
engine made with ``processes`` > 1 speaks in a pool of that many worker
processes (each loads the library once; started on the first clip, shared by
every engine with the same count): one core each instead of one in all. A
clip depends on its text and the voice settings, and a little on what the
process said before (espeak-ng keeps state between clips), so the same text
may give slightly different samples in another process or after other text:
a reproducible render speaks with one process, in a fixed order (the default,
``[render] synth_workers``), and the speech cache keeps what was spoken.
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from ..audio import AudioSegment
from ..errors import EngineError
from .base import Availability, Engine
from .names import EngineName

# espeak-ng's speak_lib.h constants.
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
"""Without this, espeak-ng calls exit() when it cannot find its data."""
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_EE_OK = 0
_PARAM_RATE = 1
_PARAM_VOLUME = 2
_PARAM_PITCH = 3
_PARAM_RANGE = 4
_PARAM_WORDGAP = 7

DEFAULT_RATE = 155
"""Words per minute. espeak-ng's default is 175, brisk for a synthetic voice.
For listeners with aphasia or dyslexia, Swedish learners and older listeners,
a slightly slower pace helps comprehension without sounding drawn out;
150-160 wpm is also about the pace of Swedish talking newspapers."""
MIN_RELATIVE_RATE = 0.5
MAX_RELATIVE_RATE = 2.0
"""The range of ``relative_rate``, the same as Piper's rate (``[render] rate``)."""
_MIN_WPM = 80
"""espeak-ng's slowest rate; 0.5 × 155 is raised to it."""
DEFAULT_PITCH = 50
"""espeak-ng's default pitch (0-100)."""
DEFAULT_WORDGAP = 0
"""Extra pause between words, in units of 10 ms at the default rate."""

log = logging.getLogger(__name__)

_SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


_PHONEMES_INPUT = 0x100
"""espeakPHONEMES, for the timed path only: [[...]] in the text is espeak-ng phoneme mnemonics
(lexicon entries in IPA, converted by audiocast.speech.phonemes). Text without [[ sounds the same."""
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1


class _Event(ctypes.Structure):
    """espeak_EVENT from speak_lib.h (the union ``id`` as its 8 bytes)."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


@dataclass(frozen=True)
class WordEvent:
    """A word espeak-ng spoke: its characters in the text and the sample where its sound starts."""

    start: int
    """First character (0-based) of the word in the text given to the voice."""
    end: int
    """One past its last character."""
    sample: int
    """The sample (at the library's rate) where espeak-ng started the word."""


class _Library:
    """The loaded and initialised libespeak-ng; one per process."""

    def __init__(self) -> None:
        try:
            import espeakng_loader
        except ImportError:
            raise EngineError(
                "the espeakng-loader package is not installed; install it with "
                "'pip install espeakng-loader' for the offline voice"
            ) from None
        lib_path = espeakng_loader.get_library_path()
        try:
            data_path = espeakng_loader.get_data_path()
        except RuntimeError as exc:
            raise EngineError(
                f"espeak-ng's voice data is missing ({exc}); reinstall with "
                "'pip install --force-reinstall espeakng-loader'"
            ) from None
        try:
            lib = ctypes.CDLL(lib_path)
        except OSError as exc:
            raise EngineError(
                f"cannot load the espeak-ng library {lib_path} ({exc}); reinstall with "
                "'pip install --force-reinstall espeakng-loader'"
            ) from None
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
            ctypes.c_uint, ctypes.POINTER(ctypes.c_uint), ctypes.c_void_p,
        ]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synchronize.argtypes = []
        lib.espeak_Synchronize.restype = ctypes.c_int
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        lib.espeak_Info.restype = ctypes.c_char_p

        rate = lib.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path.encode(), _INITIALIZE_DONT_EXIT
        )
        if rate <= 0:
            raise EngineError(
                f"espeak-ng could not start with its data at {data_path} (error {rate}); "
                "reinstall with 'pip install --force-reinstall espeakng-loader'"
            )
        self.lib = lib
        self.sample_rate = rate
        """Frames per second of everything espeak-ng produces (22050)."""
        self.version = (lib.espeak_Info(None) or b"?").decode("ascii", "replace")
        self._chunks: list[bytes] = []
        # Keep a reference: ctypes frees the trampoline with the Python object.
        self._callback = _SynthCallback(self._collect)
        lib.espeak_SetSynthCallback(self._callback)
        self._voice: tuple[str, int, int, int] | None = None

    def _collect(self, wav: Any, numsamples: int, _events: Any) -> int:
        """espeak-ng hands over each block of 16-bit samples here; 0 means go on."""
        if numsamples > 0 and wav:
            self._chunks.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def configure(self, voice: str, rate: int, pitch: int, wordgap: int) -> None:
        """Select the voice and parameters (only when they changed). Caller holds the lock."""
        want = (voice, rate, pitch, wordgap)
        if self._voice == want:
            return
        if self.lib.espeak_SetVoiceByName(voice.encode()) != _EE_OK:
            self._voice = None
            raise EngineError(
                f"espeak-ng has no voice {voice!r}; use a language code such as 'sv'"
            )
        for param, value in ((_PARAM_RATE, rate), (_PARAM_PITCH, pitch), (_PARAM_WORDGAP, wordgap),
                             (_PARAM_VOLUME, 100)):
            if self.lib.espeak_SetParameter(param, value, 0) != _EE_OK:
                self._voice = None
                raise EngineError(f"espeak-ng refused parameter {param}={value}")
        self._voice = want

    def speak(self, text: str) -> bytes:
        """16-bit little-endian mono samples of ``text``. Caller holds the lock."""
        data = text.encode("utf-8")
        self._chunks = []
        err = self.lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        if err != _EE_OK:
            raise EngineError(f"espeak-ng failed to speak {text[:40]!r} (error {err})")
        self.lib.espeak_Synchronize()
        out = b"".join(self._chunks)
        self._chunks = []
        return out


    def speak_timed(self, text: str) -> tuple[bytes, list[WordEvent]]:
        """Like :meth:`speak`, and where each word starts: espeak-ng's word events; ``[[...]]`` in
        ``text`` is phoneme input (espeak-ng's mnemonics).

        A callback of its own collects the samples and the events for this call
        only; the ordinary one is put back afterwards. Caller holds the lock.
        """
        chunks: list[bytes] = []
        events: list[WordEvent] = []

        def collect(wav: Any, numsamples: int, event_list: Any) -> int:
            if numsamples > 0 and wav:
                chunks.append(ctypes.string_at(wav, numsamples * 2))
            if event_list:
                array = ctypes.cast(event_list, ctypes.POINTER(_Event))
                i = 0
                while array[i].type != _EVENT_LIST_TERMINATED:
                    e = array[i]
                    if e.type == _EVENT_WORD:
                        # text_position counts characters from 1.
                        events.append(WordEvent(e.text_position - 1, e.text_position - 1 + e.length, e.sample))
                    i += 1
            return 0

        callback = _SynthCallback(collect)
        self.lib.espeak_SetSynthCallback(callback)
        try:
            data = text.encode("utf-8")
            flags = _CHARS_UTF8 | _PHONEMES_INPUT
            err = self.lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, flags, None, None)
            if err != _EE_OK:
                raise EngineError(f"espeak-ng failed to speak {text[:40]!r} (error {err})")
            self.lib.espeak_Synchronize()
        finally:
            self.lib.espeak_SetSynthCallback(self._callback)
        return b"".join(chunks), events


_lock = threading.Lock()
_library: _Library | None = None


def _get_library() -> _Library:
    """The process's espeak-ng, loaded on first use. Caller holds ``_lock``."""
    global _library
    if _library is None:
        _library = _Library()
    return _library


_Params = tuple[str, int, int, int]
"""voice, rate, pitch, word gap: what :meth:`_Library.configure` takes."""


def _speak(params: _Params, text: str, timed: bool) -> tuple[bytes, int, list[WordEvent]]:
    """The samples of ``text``, the library's rate and (``timed``) its word events, in this process."""
    with _lock:
        lib = _get_library()
        lib.configure(*params)
        if timed:
            pcm, events = lib.speak_timed(text)
        else:
            pcm, events = lib.speak(text), []
        return pcm, lib.sample_rate, events


def _load_in_worker() -> None:
    """A pool worker's initializer: the library loaded once, before the first clip."""
    with _lock:
        _get_library()


_pools: dict[int, ProcessPoolExecutor] = {}
_pools_lock = threading.Lock()


def _pool(processes: int) -> ProcessPoolExecutor:
    """The process's pool of ``processes`` espeak-ng workers, started on first use.

    Workers are started by a fork server (a fresh interpreter where none is
    available): never forked from a process that may hold the library's lock
    or other threads' locks.
    """
    with _pools_lock:
        pool = _pools.get(processes)
        if pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            pool = ProcessPoolExecutor(max_workers=processes, mp_context=context, initializer=_load_in_worker)
            _pools[processes] = pool
        return pool


@atexit.register
def shutdown_pools() -> None:
    """Stop the worker processes (at exit; tests may call it too)."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.shutdown(wait=True, cancel_futures=True)


class EspeakEngine(Engine):
    """Offline Swedish voice from espeak-ng: always available, robotic but clear."""

    name = EngineName.ESPEAK
    is_network = False
    description = "espeak-ng, offline"

    def __init__(self, voice: str = "sv", rate: int = DEFAULT_RATE, pitch: int = DEFAULT_PITCH,
                 wordgap: int = DEFAULT_WORDGAP, *, relative_rate: float | None = None,
                 processes: int = 1):
        """``rate`` is words per minute; ``relative_rate`` (0.5-2.0, the ``[render] rate``
        setting) scales it: 1.5 speaks half again as fast. Unset, it is left out of
        :meth:`settings`, so clips cached before it existed keep their keys.
        ``processes`` > 1 speaks in a pool of worker processes (``[render] synth_workers``),
        so that many clips can be spoken at once; it does not change the sound."""
        if not 80 <= rate <= 450:
            raise EngineError(f"espeak-ng rate {rate} is out of range; use 80 to 450 words per minute")
        if not 0 <= pitch <= 100:
            raise EngineError(f"espeak-ng pitch {pitch} is out of range; use 0 to 100")
        if not 0 <= wordgap <= 100:
            raise EngineError(f"espeak-ng word gap {wordgap} is out of range; use 0 to 100")
        if relative_rate is not None and not MIN_RELATIVE_RATE <= relative_rate <= MAX_RELATIVE_RATE:
            raise EngineError(f"speaking rate {relative_rate:g} is out of range; use {MIN_RELATIVE_RATE:g} "
                              f"to {MAX_RELATIVE_RATE:g} (1.0 is the voice's own pace)")
        if not 1 <= processes <= 64:
            raise EngineError(f"espeak-ng synthesis processes {processes} is out of range; use 1 to 64")
        self.processes = processes
        self.concurrency = processes
        self.voice = voice
        self.relative_rate = relative_rate
        self.rate = rate if relative_rate is None else max(_MIN_WPM, round(rate * relative_rate))
        """Words per minute as espeak-ng gets them."""
        self.pitch = pitch
        self.wordgap = wordgap

    def settings(self) -> dict[str, Any]:
        """Voice, rate, pitch, word gap and the library version (it changes the sound too);
        the relative rate only when one was given."""
        with _lock:
            version = _get_library().version
        out: dict[str, Any] = {"voice": self.voice, "rate": self.rate, "pitch": self.pitch,
                               "wordgap": self.wordgap, "version": version}
        if self.relative_rate is not None:
            out["relative_rate"] = self.relative_rate
        return out

    @property
    def sample_rate(self) -> int:
        """Frames per second espeak-ng produces, as espeak_Initialize reported."""
        with _lock:
            return _get_library().sample_rate

    def check(self, timeout: float = 2.0) -> Availability:
        """Loads the library and the voice; needs no network."""
        try:
            with _lock:
                lib = _get_library()
                lib.configure(self.voice, self.rate, self.pitch, self.wordgap)
        except EngineError as exc:
            return Availability(False, str(exc))
        return Availability(
            True, f"offline espeak-ng {lib.version} voice {self.voice!r}, {self.rate} words per minute"
        )

    def _run(self, text: str, timed: bool) -> tuple[bytes, int, list[WordEvent]]:
        """Speak ``text`` here, or in the pool when the engine has one."""
        params = (self.voice, self.rate, self.pitch, self.wordgap)
        if self.processes == 1:
            return _speak(params, text, timed)
        try:
            return _pool(self.processes).submit(_speak, params, text, timed).result()
        except BrokenProcessPool as exc:
            # E.g. a program read from stdin, which worker processes cannot import: speak here instead.
            with _pools_lock:
                _pools.pop(self.processes, None)
            log.warning("espeak-ng worker processes stopped (%s); speaking in this process", exc)
            self.processes = 1
            self.concurrency = 1
            return _speak(params, text, timed)

    def _synthesize(self, text: str) -> AudioSegment:
        pcm, rate, _events = self._run(text, timed=False)
        return AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=1)

    def synthesize_with_timings(self, text: str) -> tuple[AudioSegment, list[WordEvent]]:
        """The same clip as :meth:`synthesize` and espeak-ng's word events for it (additive:
        the ordinary path is untouched). Empty text gives an empty clip and no words."""
        text = text.strip()
        if not text:
            return AudioSegment(data=b"", sample_width=2, frame_rate=44100, channels=1), []
        pcm, rate, events = self._run(text, timed=True)
        return AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=1), events
