"""The interface every text-to-speech engine implements."""

from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import Any

from ..audio import AudioSegment


@dataclass(frozen=True)
class Availability:
    """Whether an engine can speak right now, and a line saying why (not)."""

    ok: bool
    detail: str


class Engine(abc.ABC):
    """A voice: turns one piece of text into one mono audio clip.

    Subclasses set ``name`` (their :class:`~audiocast.tts.names.EngineName`,
    what users type: "gtts", "espeak"), ``voice`` and ``is_network``, and
    implement :meth:`_synthesize`, :meth:`settings` and :meth:`check`; then
    they get one entry in the registry (``tts/registry.py``).
    """

    name: str = ""
    """The engine's name as users choose it (an EngineName member, which is a str)."""
    voice: str = ""
    """The voice (language or voice name) it speaks with."""
    is_network: bool = False
    """True when every synthesis is a request to a remote service."""
    concurrency: int = 1
    """How many :meth:`synthesize` calls may usefully run at once for an offline engine
    (e.g. espeak-ng with a pool of worker processes); a network engine's is ``workers``."""
    description: str = ""
    """A short human description for ``audiocast engines``."""

    @abc.abstractmethod
    def settings(self) -> dict[str, Any]:
        """Everything that changes the sound (voice, rate, pitch, host ...).

        Part of the cache key: two engines with equal names and settings must
        produce the same audio for the same text. Values must be JSON-able.
        """

    @abc.abstractmethod
    def check(self, timeout: float = 2.0) -> Availability:
        """Whether the engine works right now; waits at most about ``timeout`` seconds."""

    @abc.abstractmethod
    def _synthesize(self, text: str) -> AudioSegment:
        """Speak ``text`` (non-empty, stripped); the engine's own sample rate is fine."""

    def synthesize(self, text: str) -> AudioSegment:
        """Speak ``text`` and return the clip (mono, 16-bit).

        Text with nothing to say (empty or only whitespace) gives an empty
        clip without asking the engine. Raises EngineError when it fails.
        """
        text = text.strip()
        if not text:
            return AudioSegment(data=b"", sample_width=2, frame_rate=44100, channels=1)
        clip = self._synthesize(text)
        if clip.channels != 1:
            clip = clip.set_channels(1)
        return clip

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.settings()!r})"
