"""Episodes finished in worker processes while the next article is synthesized; recorded in order.

:class:`BackgroundEncoder` hands each episode's work after synthesis
(:func:`audiocast.render_pool.finish_episode`: assembly, word timings,
transcripts, loudness, limiter and the MP3 encode) to a pool of ``encoders``
worker processes (default: one per core). That work is Python and numpy,
which in one process would hold the interpreter's lock while the voice
speaks the next article; in processes of their own, one episode's loudness
measurement overlaps another's encode and the next article's synthesis, and
every core is busy. The workers are started by a fork server (a fresh
interpreter where there is none) when the first episode is known to be coming,
on a thread, while that episode is spoken (:meth:`BackgroundEncoder.start`), so
a run with nothing to render starts none. Where worker processes cannot be started at all (e.g.
a program read from standard input), the same work runs on threads of this
process: the bytes are the same either way.

Back on the caller's thread, finished episodes are tagged (ID3, with the
cover), renamed into place (:mod:`audiocast.atomic`) and recorded in the
catalog in the order they were submitted, and each submitter hears whether
its episode made it. A worker process that dies (killed, out of memory) fails
only the episode it was working on: the others are run again in a fresh pool,
one at a time, and the one that kills a process on its own is the failure. At
most ``pending_limit`` episodes wait, so memory stays bounded however many
articles a run has.

What is *not* here: deciding what to render (``pipeline``), the audio itself
(``audio``, ``render_pool``), the tags (``publish.id3``).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path

from .atomic import AtomicWriteError, atomic_path
from .errors import AudiocastError, AudioError
from .publish import Catalog, EpisodeRecord, output_error, tag_mp3
from .render_pool import EpisodeAudio, EpisodeWork, finish_episode, warm_worker

log = logging.getLogger(__name__)

Cover = Callable[[], tuple[bytes, str]]
"""Returns the cover for the ID3 tags (bytes, MIME type); called on the caller's thread."""

Done = Callable[[EpisodeRecord, AudiocastError | None], None]
"""Called on the caller's thread when an episode is finished: with None when
it is in the catalog, with the error when it failed."""

Finish = Callable[[EpisodeWork], EpisodeAudio]
"""The work after synthesis (:func:`~audiocast.render_pool.finish_episode`); a module-level
function, so that a worker process can find it by name."""


@dataclass(frozen=True)
class TagSettings:
    """What every episode's ID3 tags share."""

    bitrate: str
    artist: str
    album: str
    cover: Cover


@dataclass
class _Pending:
    future: Future[EpisodeAudio]
    pool: Executor
    work: EpisodeWork
    dest: Path
    record: EpisodeRecord
    done: Done


def default_encoders() -> int:
    """Episodes finished at once when none is configured: one per core."""
    return max(1, os.cpu_count() or 1)


def _part_file(dest: Path) -> Path:
    """A new empty file beside ``dest`` for its untagged MP3 (removed if the episode fails)."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    except OSError as exc:
        raise output_error(AtomicWriteError("create", dest, exc)) from None
    os.close(fd)
    return Path(name)


def _remove(path: Path | None) -> None:
    if path is not None:
        path.unlink(missing_ok=True)


WORKER_MODULES = ["__main__", "audiocast.render_pool", "audiocast.audio.assembly", "audiocast.audio.encode",
                  "imageio_ffmpeg.binaries", "importlib.readers", "importlib.resources.readers", "numpy.fft",
                  "numpy.ma", "audiocast.speech.normalize"]
"""Imported once by the fork server, before it forks the first worker: each worker starts with
the audio code (numpy, the timing and transcript modules) loaded instead of importing it anew
(``__main__``: the program's own module, which the fork server loads by default; the audio
modules by name, as ``render_pool`` imports them only where it uses them; and what they import
only when first used: ``imageio_ffmpeg`` finds the ffmpeg binary among its package's resources
with ``importlib``'s readers, ``numpy.fft`` is the loudness meter's, ``numpy.ma`` comes with
``numpy.percentile``, the loudness range's, and the normalizer's compiled rules, with which the
word timings read each written token to align it with the spoken words; a test checks that a
worker's first episode imports nothing more). The fork server loads them while the main process
speaks the first episode, when the second core has nothing else to do."""


def _process_pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` worker processes started by a fork server (or spawned where there is none):
    never forked from this process, which may hold other threads' locks. The fork server loads
    WORKER_MODULES first (when this run starts it), so a worker costs a fork, not an interpreter's
    imports; workers are started as episodes arrive, up to ``workers``."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_MODULES)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _first_worker(pool: Executor, bitrate: str) -> None:
    """Have ``pool`` start a worker process (a submission starts one; this one measures the MP3
    codec's gain, which the worker's first episode would otherwise wait for). A pool that cannot
    start one fails the episodes' own submissions, which say why."""
    try:
        pool.submit(warm_worker, bitrate)
    except (BrokenProcessPool, RuntimeError, OSError) as exc:
        log.debug("the first worker process did not start: %s", exc)


class BackgroundEncoder:
    """Finishes episodes in ``encoders`` worker processes; tags and records them in ``catalog`` in order.

    ``pending_limit`` (default: twice ``encoders``, at least 2) episodes may be
    submitted and not yet recorded; :meth:`submit` waits beyond that, so the
    workers always have the next episode at hand and memory stays bounded.
    ``processes=False`` runs the work on threads of this process instead
    (the same bytes). Use as a context manager: leaving it waits for the work
    under way and drops what has not started (call :meth:`finish_all` first to
    keep it).
    """

    def __init__(self, catalog: Catalog, settings: TagSettings, *, encoders: int | None = None,
                 pending_limit: int | None = None, processes: bool = True, finish: Finish = finish_episode):
        self.catalog = catalog
        self.settings = settings
        self.encoders = encoders or default_encoders()
        self.pending_limit = pending_limit or max(2, 2 * self.encoders)
        self.processes = processes
        self.finish = finish
        self._pool: Executor | None = None
        self._finished_in_process = False
        """Whether a worker process has finished an episode in this run (then it can run them)."""
        self._pending: deque[_Pending] = deque()
        self._starter: threading.Thread | None = None
        """Starts the first worker process (:meth:`start`)."""

    def __enter__(self) -> BackgroundEncoder:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._starter is not None:
            self._starter.join()
            self._starter = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        for pending in self._pending:
            _remove(pending.work.encoded)
        self._pending.clear()

    def _executor(self) -> Executor:
        """The pool, started on first use."""
        if self._pool is None:
            if self.processes:
                self._pool = _process_pool(self.encoders)
            else:
                self._pool = ThreadPoolExecutor(max_workers=self.encoders, thread_name_prefix="encode")
        return self._pool

    def start(self) -> None:
        """Start the first worker process now, on a thread of its own, when an episode is known to
        be coming: starting one waits for the fork server to load the audio code (WORKER_MODULES,
        about half a second of one core) and the worker measures the MP3 codec's gain, both while
        the episode is spoken instead of holding up its submission and its encode. Idempotent;
        :meth:`submit` starts workers too."""
        if self._pool is not None or not self.processes:
            return
        pool = self._executor()
        self._starter = threading.Thread(target=_first_worker, args=(pool, self.settings.bitrate),
                                         name="encode-start", daemon=True)
        self._starter.start()

    def submit(self, work: EpisodeWork, dest: Path, record: EpisodeRecord, done: Done) -> None:
        """Finish ``work`` into ``dest`` for ``record`` (its ``bytes``, ``duration_ms`` and
        chapters are filled in). Waits first while ``pending_limit`` episodes are already waiting."""
        while self._pending and self._pending[0].future.done():
            self._finish_oldest()  # record what is done, in order, without waiting
        while len(self._pending) >= self.pending_limit:
            self._finish_oldest()
        work = replace(work, encoded=_part_file(dest))
        pool = self._executor()
        try:
            future = pool.submit(self.finish, work)
        except BrokenProcessPool:  # a worker died since the last episode: that one's failure, not this one's
            pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            pool = self._executor()
            future = pool.submit(self.finish, work)
        self._pending.append(_Pending(future, pool, work, dest, record, done))

    def finish_all(self) -> None:
        """Wait for every pending episode and record each in the catalog."""
        while self._pending:
            self._finish_oldest()

    def _finish_oldest(self) -> None:
        """Wait for the oldest episode; tag, place and record it (caller's thread)."""
        pending = self._pending.popleft()
        try:
            audio = self._result(pending)
            pending.record.duration_ms = audio.duration_ms
            pending.record.chapters = audio.chapters
            sidecars = audio.sidecars
            pending.record.transcript_vtt, pending.record.transcript_json = sidecars.vtt, sidecars.transcript_json
            pending.record.chapters_json = sidecars.chapters_json
            pending.record.bytes = self._place(pending)
        except Exception as exc:
            _remove(pending.work.encoded)
            pending.done(pending.record, self._failure(exc))
            return
        self.catalog.upsert(pending.record)
        pending.done(pending.record, None)

    def _result(self, pending: _Pending) -> EpisodeAudio:
        """The finished work; when a worker process died, the work is done again alone."""
        try:
            audio = pending.future.result()
        except BrokenProcessPool:
            if pending.pool is self._pool:  # the next episode gets a fresh pool
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
            return self._alone(pending.work)
        self._finished_in_process = self._finished_in_process or isinstance(pending.pool, ProcessPoolExecutor)
        return audio

    def _alone(self, work: EpisodeWork) -> EpisodeAudio:
        """``work`` in a worker process of its own: when that one dies too, the episode failed.
        When no worker process has finished anything in this run, they cannot be started here
        (e.g. a program read from standard input): then this and all later work runs in this process."""
        if not self.processes:
            return self.finish(work)
        with _process_pool(1) as pool:
            try:
                audio = pool.submit(self.finish, work).result()
            except BrokenProcessPool as exc:
                if self._finished_in_process:
                    raise AudioError(
                        "the worker process finishing this episode stopped unexpectedly (out of memory, or "
                        f"killed: {exc}); check the machine's free memory and render again"
                    ) from None
                log.warning("worker processes cannot be started here (%s); finishing episodes in this process",
                            exc)
                self.processes = False
                return self.finish(work)
        self._finished_in_process = True
        return audio

    def _place(self, pending: _Pending) -> int:
        """Tag the encoded MP3 and move it into place; returns its size."""
        record = pending.record
        cover, cover_mime = self.settings.cover()
        assert pending.work.encoded is not None  # given by submit
        with atomic_path(pending.dest, error=output_error) as tmp:
            os.replace(pending.work.encoded, tmp)
            return tag_mp3(tmp, title=record.title, artist=self.settings.artist, album=self.settings.album,
                           published=record.published, url=record.url, cover=cover, cover_mime=cover_mime,
                           chapters=record.chapters, description=record.description)

    def _failure(self, exc: Exception) -> AudiocastError:
        """The error an episode failed with, as its submitter hears it; re-raises what is not
        audiocast's (a subclass may turn any exception into the episode's failure)."""
        if isinstance(exc, AudiocastError):
            return exc
        raise exc
