"""One exception base for the library, narrow subclasses for each stage.

Library code raises these; the CLI turns them into one-line messages. Every
message says what went wrong and, where it can, the probable cause and what to
do about it.
"""

from __future__ import annotations


class AudiocastError(Exception):
    """Base of every error audiocast raises on purpose."""


class ConfigError(AudiocastError, ValueError):
    """The configuration file or an option has a bad value."""


class IngestError(AudiocastError, ValueError):
    """An article could not be read: names the file (or URL) and the reason."""

    def __init__(self, source: str, reason: str):
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class FetchError(AudiocastError):
    """A page or feed could not be fetched over the network."""

    def __init__(self, url: str, reason: str):
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class SpeechError(AudiocastError, ValueError):
    """Text could not be turned into a spoken script (e.g. a bad lexicon file)."""


class EngineError(AudiocastError):
    """A text-to-speech engine is unavailable or failed to synthesize."""


class AudioError(AudiocastError):
    """Audio could not be assembled, measured or encoded."""


class PublishError(AudiocastError):
    """The catalog, feed or site could not be written."""


class ApprovalError(AudiocastError, ValueError):
    """The approvals file is malformed or cannot be written."""
