"""The names of the voices users choose: ``[render] engine`` and ``--engine``.

One enumeration, used by the configuration check, the command line's choice
and the engine registry in :mod:`audiocast.tts`. Adding an engine is one line
here plus one entry in that registry. Members are strings, so ``name ==
"gtts"`` keeps working.
"""

from __future__ import annotations

from enum import StrEnum


class EngineName(StrEnum):
    """A voice engine as users name it."""

    AUTO = "auto"
    """Google's voice when a quick probe reaches it, otherwise espeak-ng."""
    GTTS = "gtts"
    """Google Translate's Swedish voice through gTTS (online)."""
    ESPEAK = "espeak"
    """espeak-ng from the espeakng-loader wheel (offline)."""

    @classmethod
    def choices(cls) -> tuple[str, ...]:
        """Every name as a plain string, in declaration order."""
        return tuple(member.value for member in cls)


ENGINE_NAMES: tuple[str, ...] = EngineName.choices()
"""What users may choose; "auto" is resolved by :func:`audiocast.tts.resolve_engine`."""
