"""The engine registry: which class speaks for each :class:`EngineName`, and choosing one.

A new engine is one member of :class:`EngineName` (``tts/names.py``) and one
entry in ``_ENGINES`` below; the configuration check and the command line's
``--engine`` choice follow from the enumeration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..errors import EngineError
from .base import Availability, Engine
from .espeak import EspeakEngine
from .gtts_engine import GttsEngine
from .names import ENGINE_NAMES, EngineName

_ENGINES: dict[EngineName, Callable[..., Engine]] = {
    EngineName.GTTS: GttsEngine,
    EngineName.ESPEAK: EspeakEngine,
}
"""Concrete engines by name: every member of EngineName but AUTO."""


def get_engine(name: str, **opts: Any) -> Engine:
    """The engine called ``name`` ("gtts" or "espeak"), made with ``opts``.

    Raises EngineError for other names, listing the valid ones.
    """
    factory = _ENGINES.get(EngineName(name)) if name in ENGINE_NAMES else None
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
    if name != EngineName.AUTO:
        return get_engine(name, **opts), None
    gtts = get_engine(EngineName.GTTS, **opts)
    status = gtts.check(timeout=probe_timeout)
    if status.ok:
        return gtts, None
    espeak = get_engine(EngineName.ESPEAK)
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
