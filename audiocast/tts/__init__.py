"""Text-to-speech: engines behind one small interface, chosen by name, and a cache.

- :class:`GttsEngine` ("gtts"): Google Translate's Swedish voice, online.
- :class:`EspeakEngine` ("espeak"): espeak-ng from the espeakng-loader wheel, offline.
- "auto": gTTS when a quick probe reaches Google, otherwise espeak-ng, with a
  notice saying so (:func:`resolve_engine`).

Clips go through :class:`SynthCache` with :func:`synthesize_all`.
"""

from __future__ import annotations

from typing import Any, Callable

from ..errors import EngineError
from .base import Availability, Engine
from .cache import SynthCache, SynthStats, cache_key, synthesize_all
from .espeak import EspeakEngine
from .gtts_engine import GttsEngine

__all__ = [
    "ENGINE_NAMES",
    "Availability",
    "Engine",
    "EspeakEngine",
    "GttsEngine",
    "SynthCache",
    "SynthStats",
    "cache_key",
    "get_engine",
    "list_engines",
    "resolve_engine",
    "synthesize_all",
]

ENGINE_NAMES = ("auto", "gtts", "espeak")
"""What users may choose; "auto" is resolved by :func:`resolve_engine`."""

_ENGINES: dict[str, Callable[..., Engine]] = {
    "gtts": GttsEngine,
    "espeak": EspeakEngine,
}
"""Concrete engines by name."""


def get_engine(name: str, **opts: Any) -> Engine:
    """The engine called ``name`` ("gtts" or "espeak"), made with ``opts``.

    Raises EngineError for other names, listing the valid ones.
    """
    factory = _ENGINES.get(name)
    if factory is None:
        hint = " ('auto' is chosen with resolve_engine)" if name == "auto" else ""
        raise EngineError(
            f"unknown voice engine {name!r}{hint}; choose one of: {', '.join(ENGINE_NAMES)}"
        )
    try:
        return factory(**opts)
    except TypeError as exc:
        raise EngineError(f"bad option for the {name} engine: {exc}") from None


def resolve_engine(name: str, probe_timeout: float = 2.0, **opts: Any) -> tuple[Engine, str | None]:
    """The engine to use for ``name`` and a one-line notice for the user (or None).

    For "auto": Google's voice when a quick probe (one tiny request, at most
    about ``probe_timeout`` seconds) gets audio back, else the offline
    espeak-ng voice, with a notice saying why. ``opts`` go to the gTTS engine
    for "auto" (e.g. ``endpoint``) and to the named engine otherwise.
    """
    if name != "auto":
        return get_engine(name, **opts), None
    gtts = get_engine("gtts", **opts)
    status = gtts.check(timeout=probe_timeout)
    if status.ok:
        return gtts, None
    espeak = get_engine("espeak")
    offline = espeak.check()
    if not offline.ok:
        raise EngineError(
            f"no voice is available: Google's voice cannot be reached ({status.detail}) "
            f"and the offline voice fails ({offline.detail})"
        )
    return espeak, (
        f"Google's voice cannot be reached ({status.detail}); "
        "using the offline espeak-ng voice instead"
    )


def list_engines(timeout: float = 2.0) -> list[tuple[Engine, Availability]]:
    """Every engine with its default settings and whether it works now (for ``audiocast engines``)."""
    out: list[tuple[Engine, Availability]] = []
    for name in _ENGINES:
        engine = get_engine(name)
        out.append((engine, engine.check(timeout=timeout)))
    return out
