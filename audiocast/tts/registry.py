"""The engine registry: which class speaks for each :class:`EngineName`, and choosing one.

A new engine is one member of :class:`EngineName` (``tts/names.py``) and one
entry in ``_ENGINES`` below (plus, if it takes the user's voice or rate, one in
``_CHOICE_OPTIONS``); the configuration check and the command line's
``--engine`` choice follow from the enumeration.

"auto" (:func:`resolve_engine`) prefers an installed Piper voice, then Google's
voice, then espeak-ng, and says in one line which it chose and why.

An engine's module is imported when that engine is first made: Google's and
Piper's pull in requests, gTTS and more, which a render with espeak-ng (or one
where nothing changed) never needs.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EngineError
from .base import Availability, Engine
from .names import ENGINE_NAMES, EngineName

if TYPE_CHECKING:
    from ..config import Config

def _lazy(module: str, cls: str) -> Callable[..., Engine]:
    """A factory of ``cls`` from this package's ``module``, imported on the first call."""

    def make(**kwargs: Any) -> Engine:
        factory: Callable[..., Engine] = getattr(importlib.import_module(f"{__package__}.{module}"), cls)
        return factory(**kwargs)

    return make


_ENGINES: dict[EngineName, Callable[..., Engine]] = {
    EngineName.GTTS: _lazy("gtts_engine", "GttsEngine"),
    EngineName.ESPEAK: _lazy("espeak", "EspeakEngine"),
    EngineName.PIPER: _lazy("piper_engine", "PiperEngine"),
}
"""Concrete engines by name: every member of EngineName but AUTO."""


@dataclass(frozen=True)
class VoiceChoice:
    """What the user chose besides the engine: ``[render] voice``, ``rate`` and ``voices_dir``."""

    voice: str | None = None
    """A Piper voice's name or the path of its model (``.onnx``). None: sv_SE-nst-medium
    for "piper"; for "auto", the best installed Swedish voice."""
    rate: float | None = None
    """Speaking rate relative to the voice's own pace (0.5-2.0), for Piper and espeak-ng
    (Google's voice has one pace). None: the voice's own pace."""
    voices_dir: Path | None = None
    """Where Piper voices are installed. None: :func:`audiocast.voices.data_dir`."""
    synth_workers: int | None = None
    """Processes espeak-ng speaks in at once (``[render] synth_workers``). None: one
    (see :func:`default_synth_workers`)."""

    @classmethod
    def from_config(cls, config: Config) -> VoiceChoice:
        """The choice in ``config``; a voice given as a path is relative to the configuration file."""
        voice = config.render.voice
        if voice is not None and _is_path(voice):
            voice = str(config.resolve(voice))
        return cls(voice=voice, rate=config.render.rate, voices_dir=config.resolve(config.render.voices_dir),
                   synth_workers=config.render.synth_workers)


def default_synth_workers() -> int:
    """espeak-ng's processes when none is configured: one.

    espeak-ng's samples for a sentence depend slightly on what the same process
    said before (its pitch flutter keeps state), so one process speaking in a
    fixed order makes a cold render reproducible byte for byte; on two cores a
    pool was not measurably faster (the encoders already use the second core).
    """
    return 1


def _is_path(voice: str) -> bool:
    """A voice given as a model file rather than an installed voice's name."""
    return voice.endswith(".onnx") or "/" in voice or "\\" in voice


def _piper_options(choice: VoiceChoice) -> dict[str, Any]:
    from .piper_engine import DEFAULT_VOICE  # imported with the engine (see the module's docstring)

    opts: dict[str, Any] = {"voice": choice.voice or DEFAULT_VOICE, "voices_dir": choice.voices_dir,
                            # word timings from the voice's phoneme alignments (the audio is the same)
                            "alignments": importlib.util.find_spec("onnx") is not None}
    if choice.rate is not None:
        opts["rate"] = choice.rate
    return opts


def _espeak_options(choice: VoiceChoice) -> dict[str, Any]:
    opts: dict[str, Any] = {} if choice.rate is None else {"relative_rate": choice.rate}
    processes = choice.synth_workers or default_synth_workers()
    if processes > 1:
        opts["processes"] = processes
    return opts


_CHOICE_OPTIONS: dict[EngineName, Callable[[VoiceChoice], dict[str, Any]]] = {
    EngineName.PIPER: _piper_options,
    EngineName.ESPEAK: _espeak_options,
}
"""How a :class:`VoiceChoice` becomes each engine's keyword arguments; engines not
listed take none of it (Google's voice has one voice and one pace)."""


def get_engine(name: str, choice: VoiceChoice | None = None, **opts: Any) -> Engine:
    """The engine called ``name`` ("gtts", "espeak", "piper"), made with ``choice`` and ``opts``.

    ``opts`` win over what ``choice`` gives. Raises EngineError for other
    names, listing the valid ones.
    """
    factory = _ENGINES.get(EngineName(name)) if name in ENGINE_NAMES else None
    if factory is None:
        hint = " ('auto' is chosen with resolve_engine)" if name == "auto" else ""
        raise EngineError(
            f"unknown voice engine {name!r}{hint}; choose one of: {', '.join(ENGINE_NAMES)}"
        )
    chosen = _CHOICE_OPTIONS.get(EngineName(name))
    kwargs = {**(chosen(choice) if chosen and choice else {}), **opts}
    try:
        return factory(**kwargs)
    except TypeError as exc:
        raise EngineError(f"bad option for the {name} engine: {exc}") from None


def _installed_piper_voice(choice: VoiceChoice) -> str | None:
    """The Piper voice "auto" would use: the chosen one, else the best installed Swedish voice."""
    if choice.voice:
        return choice.voice
    from .. import voices  # it pulls in requests (see the module's docstring)

    names = [v.name for v in voices.installed(choice.voices_dir)]
    ranked = [v.name for v in voices.available() if v.name in names]
    swedish = [n for n in names if n.startswith("sv_")]
    return (ranked + swedish + [None])[0]


def _try_piper(choice: VoiceChoice) -> tuple[Engine | None, str]:
    """An installed Piper voice that loads, or None and why not (a few words)."""
    name = _installed_piper_voice(choice)
    if name is None:
        return None, "no Piper voice installed"
    from .. import voices  # it pulls in requests (see the module's docstring)

    try:
        voices.resolve(name, choice.voices_dir)
    except EngineError:
        return None, f"Piper voice {name} not installed"
    engine = get_engine(EngineName.PIPER, replace(choice, voice=name))
    status = engine.check()
    if not status.ok:
        return None, f"Piper voice {engine.voice} does not load: {status.detail}"
    return engine, f"installed, offline{'' if choice.rate is None else f', rate {choice.rate:g}'}"


def resolve_engine(name: str, probe_timeout: float = 2.0, choice: VoiceChoice | None = None,
                   **opts: Any) -> tuple[Engine, str | None]:
    """The engine to use for ``name`` and, for "auto", one line saying which and why.

    For "auto": an installed Piper voice (``choice.voice``, or the best
    Swedish one installed) when it loads; else Google's voice when a quick
    probe (one tiny request, at most about ``probe_timeout`` seconds) gets
    audio back; else the offline espeak-ng voice. The line reads e.g. "piper
    sv_SE-nst-medium (installed, offline)" or "espeak sv (no Piper voice
    installed; Google not reachable: ...)". ``opts`` go to the gTTS engine for
    "auto" (e.g. ``endpoint``) and to the named engine otherwise; a named
    engine gives no line (None).
    """
    choice = choice or VoiceChoice()
    if name != EngineName.AUTO:
        return get_engine(name, choice, **opts), None
    piper, why = _try_piper(choice)
    if piper is not None:
        return piper, f"{piper.name} {piper.voice} ({why})"
    gtts = get_engine(EngineName.GTTS, **opts)
    status = gtts.check(timeout=probe_timeout)
    if status.ok:
        return gtts, f"{gtts.name} {gtts.voice} ({why}; Google reachable)"
    espeak = get_engine(EngineName.ESPEAK, choice)
    offline = espeak.check()
    if not offline.ok:
        raise EngineError(
            f"no voice is available: {why}, Google's voice cannot be reached ({status.detail}) "
            f"and the offline voice fails ({offline.detail})"
        )
    return espeak, f"{espeak.name} {espeak.voice} ({why}; Google not reachable: {status.detail})"


def list_engines(timeout: float = 2.0, choice: VoiceChoice | None = None) -> list[tuple[Engine, Availability]]:
    """Every engine made with ``choice`` and whether it works now (for ``audiocast engines``).

    The Piper row is the voice "auto" would use (the default voice when none is installed).
    """
    choice = choice or VoiceChoice()
    out: list[tuple[Engine, Availability]] = []
    for name in _ENGINES:
        if name == EngineName.PIPER:
            engine = get_engine(name, replace(choice, voice=_installed_piper_voice(choice)))
        else:
            engine = get_engine(name, choice)
        out.append((engine, engine.check(timeout=timeout)))
    return out
