"""Text-to-speech: engines behind one small interface, chosen by name, and a cache.

- :class:`GttsEngine` ("gtts"): Google Translate's Swedish voice, online.
- :class:`EspeakEngine` ("espeak"): espeak-ng from the espeakng-loader wheel, offline.
- :class:`PiperEngine` ("piper"): a Piper neural voice (e.g. sv_SE-nst-medium),
  downloaded once with :mod:`audiocast.voices`, then offline.
- "auto": an installed Piper voice, else gTTS when a quick probe reaches
  Google, else espeak-ng, with one line saying which and why
  (:func:`resolve_engine`). :class:`VoiceChoice` carries ``[render] voice``,
  ``rate`` and ``voices_dir`` to the engines.

The names are :class:`EngineName` (``tts/names.py``); a new engine is one
member there and one entry in the registry (``tts/registry.py``).

Clips go through :class:`SynthCache` with :func:`synthesize_all`.

Importing this package loads only the names. The engines and the cache pull
in numpy, pydub, requests and gTTS (Piper brings onnxruntime when a voice is loaded), so each
public name below is imported from its module when first used (PEP 562): the
configuration and the command line, which need only :class:`EngineName`,
start without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .names import ENGINE_NAMES, EngineName

if TYPE_CHECKING:
    from .base import Availability, Engine
    from .cache import SynthCache, SynthStats, cache_key, synthesize_all
    from .espeak import EspeakEngine
    from .gtts_engine import GttsEngine
    from .piper_engine import PiperEngine
    from .registry import VoiceChoice, get_engine, list_engines, resolve_engine

__all__ = [
    "ENGINE_NAMES",
    "Availability",
    "Engine",
    "EngineName",
    "EspeakEngine",
    "GttsEngine",
    "PiperEngine",
    "SynthCache",
    "SynthStats",
    "VoiceChoice",
    "cache_key",
    "get_engine",
    "list_engines",
    "resolve_engine",
    "synthesize_all",
]

_HOMES: dict[str, str] = {
    "Availability": "base",
    "Engine": "base",
    "SynthCache": "cache",
    "SynthStats": "cache",
    "cache_key": "cache",
    "synthesize_all": "cache",
    "EspeakEngine": "espeak",
    "GttsEngine": "gtts_engine",
    "PiperEngine": "piper_engine",
    "VoiceChoice": "registry",
    "get_engine": "registry",
    "list_engines": "registry",
    "resolve_engine": "registry",
}
"""The module (in this package) that defines each public name, imported on first use."""


__getattr__ = lazy_names(__name__, _HOMES, globals())


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
