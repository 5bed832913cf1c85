"""The names of the voices users choose: ``[render] engine`` and ``--engine``.

One enumeration, used by the configuration check, the command line's choice
and the engine registry in :mod:`audiocast.tts`. Adding an engine is one line
here plus one entry in that registry. Members are strings, so ``name ==
"gtts"`` keeps working. Also the shape of a Piper voice's name, which the
configuration checks without loading the voice manager.
"""

from __future__ import annotations

import re
from enum import StrEnum


class EngineName(StrEnum):
    """A voice engine as users name it."""

    AUTO = "auto"
    """An installed Piper voice; else Google's voice when a quick probe reaches it; else espeak-ng."""
    GTTS = "gtts"
    """Google Translate's Swedish voice through gTTS (online)."""
    ESPEAK = "espeak"
    """espeak-ng from the espeakng-loader wheel (offline)."""
    PIPER = "piper"
    """A Piper neural voice (piper-tts on onnxruntime), downloaded once, then offline."""

    @classmethod
    def choices(cls) -> tuple[str, ...]:
        """Every name as a plain string, in declaration order."""
        return tuple(member.value for member in cls)


ENGINE_NAMES: tuple[str, ...] = EngineName.choices()
"""What users may choose; "auto" is resolved by :func:`audiocast.tts.resolve_engine`."""

PIPER_VOICE_NAME = re.compile(
    r"^(?P<family>[a-z]{2,3})_(?P<region>[A-Z]{2})-(?P<speaker>\w+)-(?P<quality>x_low|low|medium|high)$"
)
"""A Piper voice's name as the voice repository spells it: ``sv_SE-nst-medium``
(language_REGION-speaker-quality)."""
