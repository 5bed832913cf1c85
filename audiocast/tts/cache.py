"""A content-addressed cache of synthesized clips, and synthesis through it.

A clip's key is the sha256 of the engine's name, voice, settings and the exact
text, so any change to what would be heard makes a new key and nothing stale
is ever served. Clips are WAV files (16-bit mono) under ``root/ab/abcdef….wav``;
each is written to a temporary file and renamed into place
(:mod:`audiocast.atomic`), so a crash or two processes writing at once never
leave a half-written clip under a real name.
"""

from __future__ import annotations

import hashlib
import json
import logging
import wave
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..atomic import AtomicWriteError, atomic_path
from ..audio import AudioSegment
from ..errors import EngineError
from .base import Engine

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
"""Bump to invalidate every cached clip (e.g. when the stored format changes)."""


def cache_key(engine: Engine, text: str) -> str:
    """The hex sha256 naming ``text`` as spoken by ``engine``."""
    payload = json.dumps(
        {
            "format": CACHE_FORMAT,
            "engine": engine.name,
            "voice": engine.voice,
            "settings": engine.settings(),
            "text": text,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def read_clip(path: Path) -> AudioSegment:
    """The clip stored at ``path`` (a WAV file of :meth:`SynthCache.put`), exactly as it was put.

    Raises OSError, EOFError or wave.Error when the file is missing or damaged.
    """
    with wave.open(str(path), "rb") as w:
        frames = w.readframes(w.getnframes())
        return AudioSegment(data=frames, sample_width=w.getsampwidth(),
                            frame_rate=w.getframerate(), channels=w.getnchannels())


class SynthCache:
    """Clips on disk under ``root``, one WAV file per (engine, settings, text)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, engine: Engine, text: str) -> Path:
        """Where the clip for ``text`` spoken by ``engine`` is (or would be) stored."""
        key = cache_key(engine, text)
        return self.root / key[:2] / f"{key}.wav"

    def get(self, engine: Engine, text: str) -> AudioSegment | None:
        """The cached clip, or None. An unreadable file counts as missing."""
        path = self.path_for(engine, text)
        try:
            return read_clip(path)
        except FileNotFoundError:
            return None
        except (OSError, EOFError, wave.Error) as exc:
            log.warning("ignoring unreadable cached clip %s: %s", path, exc)
            return None

    def put(self, engine: Engine, text: str, clip: AudioSegment) -> Path:
        """Store ``clip`` for ``text`` spoken by ``engine``; returns its path.

        Written in place without fsync: an episode makes hundreds of small
        clips, and a flush to disk for each would cost more than synthesizing
        many of them. A clip lost or cut short by a power failure only costs a
        new synthesis: :meth:`get` counts an unreadable file as missing, and
        the rename still guarantees no reader sees a clip being written. The
        clips keep the owner-only mode of a fresh temporary file.
        """
        path = self.path_for(engine, text)
        with atomic_path(path, fsync=False, mode=None, error=self._write_error) as tmp:
            with wave.open(str(tmp), "wb") as w:
                w.setnchannels(clip.channels)
                w.setsampwidth(clip.sample_width)
                w.setframerate(clip.frame_rate)
                w.writeframes(clip.raw_data)
        return path

    def _write_error(self, failure: AtomicWriteError) -> EngineError:
        if failure.stage == "create":
            return EngineError(
                f"cannot write to the speech cache {self.root} ({failure.reason}); "
                "check that the folder is writable or choose another cache folder"
            )
        return EngineError(
            f"cannot write to the speech cache {self.root} ({failure.reason}); "
            "check free disk space and permissions"
        )


def offline_concurrency(engine: Engine) -> int:
    """How many texts an offline ``engine`` speaks at once: its ``concurrency``, or that of
    the engine a wrapper (such as :class:`audiocast.timing.TimedEngine`) keeps as ``inner``."""
    inner = getattr(engine, "inner", None)
    return max(engine.concurrency, inner.concurrency if isinstance(inner, Engine) else 1)


@dataclass(frozen=True)
class SynthStats:
    """How a call to :func:`synthesize_all` was served, counting distinct texts."""

    hits: int
    """Texts found in the cache."""
    misses: int
    """Texts the engine had to speak."""


def synthesize_all(engine: Engine, texts: list[str], cache: SynthCache, workers: int = 4,
                   progress: Callable[[int], None] | None = None) -> tuple[list[AudioSegment], SynthStats]:
    """One clip per text, in order, from the cache or else from ``engine``.

    Identical texts are spoken once. A network engine gets up to ``workers``
    requests at a time; an offline engine speaks up to its ``concurrency`` texts
    at a time (its pool of processes; one after the other when it has none).
    Every new clip is cached as soon as it is made, so a run that fails half
    way resumes where it stopped. ``progress(n)`` is called after each step
    with the number of ``texts`` (duplicates included) just finished, so the
    calls add up to ``len(texts)``; it is called from the caller's thread.
    """
    if workers < 1:
        raise EngineError(f"workers must be at least 1, not {workers}")
    positions: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        positions.setdefault(text, []).append(i)
    results: list[AudioSegment | None] = [None] * len(texts)

    def done(text: str, clip: AudioSegment) -> None:
        for i in positions[text]:
            results[i] = clip
        if progress is not None:
            progress(len(positions[text]))

    missing: list[str] = []
    for text in positions:
        clip = cache.get(engine, text)
        if clip is None:
            missing.append(text)
        else:
            done(text, clip)
    hits = len(positions) - len(missing)

    def make(text: str) -> AudioSegment:
        clip = engine.synthesize(text)
        cache.put(engine, text, clip)
        return clip

    at_once = workers if engine.is_network else offline_concurrency(engine)
    if at_once > 1 and len(missing) > 1:
        pool = ThreadPoolExecutor(max_workers=min(at_once, len(missing)),
                                  thread_name_prefix=f"tts-{engine.name}")
        try:
            futures = {pool.submit(make, text): text for text in missing}
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
                for fut in finished:
                    done(futures[fut], fut.result())  # re-raises the engine's error
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        for text in missing:
            done(text, make(text))

    clips = [clip for clip in results if clip is not None]
    if len(clips) != len(texts):  # pragma: no cover - every position is filled above
        raise EngineError("internal error: some texts got no clip")
    return clips, SynthStats(hits=hits, misses=len(missing))

