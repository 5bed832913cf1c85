"""Episode MP3s encoded in the background while the next article is synthesized.

:class:`BackgroundEncoder` keeps a short queue of pending encodes on
``encoders`` worker threads (default: one per core; LAME is single-threaded,
so two encodes on two cores take about half the time, and the loudness
analysis of one episode overlaps the encoding of another). Every encode is
deterministic, so the MP3 bytes do not depend on how many run at once. Each
encode writes the MP3 under a temporary name, tags it and
renames it into place (:mod:`audiocast.atomic`); back on the caller's thread,
the finished episodes are recorded in the catalog in the order they were
submitted, and each submitter hears whether its episode made it. At most
``pending_limit`` episodes wait, so memory stays bounded however many
articles a run has.

What is *not* here: deciding what to render (``pipeline``), the audio itself
(``audio``), the tags (``publish.id3``).
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_path
from .audio import AudioSegment, PcmFile, export_mp3
from .errors import AudiocastError
from .publish import Catalog, EpisodeRecord, output_error, tag_mp3

Cover = Callable[[], tuple[bytes, str]]
"""Returns the cover for the ID3 tags (bytes, MIME type); called on the worker thread."""

Done = Callable[[EpisodeRecord, AudiocastError | None], None]
"""Called on the caller's thread when an episode is finished: with None when
it is in the catalog, with the error when its encode failed."""


@dataclass(frozen=True)
class TagSettings:
    """What every episode's ID3 tags share."""

    bitrate: str
    artist: str
    album: str
    cover: Cover


@dataclass
class _Pending:
    future: Future[int]
    record: EpisodeRecord
    done: Done


def default_encoders() -> int:
    """Encodes at once when none is configured: one per core."""
    return max(1, os.cpu_count() or 1)


class BackgroundEncoder:
    """Encodes and tags episodes on ``encoders`` worker threads; records them in ``catalog`` in order.

    ``pending_limit`` (default: ``encoders``, at least 2) episodes may be
    submitted and not yet recorded; :meth:`submit` waits beyond that, so
    memory stays bounded. Use as a context manager: leaving it waits for the
    encodes under way and drops the ones not started (call :meth:`finish_all`
    first to keep them).
    """

    def __init__(self, catalog: Catalog, settings: TagSettings, *, encoders: int | None = None,
                 pending_limit: int | None = None):
        self.catalog = catalog
        self.settings = settings
        self.encoders = encoders or default_encoders()
        self.pending_limit = pending_limit or max(2, self.encoders)
        self._pool = ThreadPoolExecutor(max_workers=self.encoders, thread_name_prefix="encode")
        self._pending: deque[_Pending] = deque()
        self._cover_lock = threading.Lock()

    def __enter__(self) -> BackgroundEncoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pending.clear()

    def submit(self, audio: AudioSegment | PcmFile, dest: Path, record: EpisodeRecord, done: Done) -> None:
        """Encode ``audio`` into ``dest`` for ``record`` (its ``bytes`` are filled in).

        A :class:`PcmFile` is closed (its temporary file gone) when its encode is over.

        Waits first while ``pending_limit`` episodes are already waiting.
        """
        while self._pending and self._pending[0].future.done():
            self._finish_oldest()  # record what is done, in order, without waiting
        while len(self._pending) >= self.pending_limit:
            self._finish_oldest()
        future = self._pool.submit(self._encode, audio, dest, record)
        self._pending.append(_Pending(future, record, done))

    def finish_all(self) -> None:
        """Wait for every pending encode and record each in the catalog."""
        while self._pending:
            self._finish_oldest()

    def _finish_oldest(self) -> None:
        """Wait for the oldest encode; record it in the catalog (caller's thread)."""
        pending = self._pending.popleft()
        try:
            pending.record.bytes = pending.future.result()
        except AudiocastError as exc:
            pending.done(pending.record, exc)
            return
        self.catalog.upsert(pending.record)
        pending.done(pending.record, None)

    def _encode(self, audio: AudioSegment | PcmFile, dest: Path, record: EpisodeRecord) -> int:
        """Encode, tag and move the MP3 into place; returns its size (worker thread)."""
        try:
            with atomic_path(dest, error=output_error) as tmp:
                export_mp3(audio, tmp, bitrate=self.settings.bitrate)
                with self._cover_lock:  # made once, on whichever worker asks first
                    cover, cover_mime = self.settings.cover()
                return tag_mp3(
                    tmp,
                    title=record.title,
                    artist=self.settings.artist,
                    album=self.settings.album,
                    published=record.published,
                    url=record.url,
                    cover=cover,
                    cover_mime=cover_mime,
                    chapters=record.chapters,
                    description=record.description,
                )
        finally:
            if isinstance(audio, PcmFile):
                audio.close()
