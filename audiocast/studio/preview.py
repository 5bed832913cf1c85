"""Previews: an article's episode and each of its segments, heard before anything is published.

Clips come from the same speech cache as ``audiocast render`` (so what the
editor hears is what will be published, and a render after the studio
synthesizes nothing new); the assembled preview is a WAV file in the
studio's own folder, ``output/.studio/<slug>.wav``, with a small JSON file
beside it saying which script it is of and how the cache served it. The
public feed, catalog and episodes are never touched.

A preview holds the output folder's lock (:func:`audiocast.publish.output_lock`)
while it writes, so it never runs at the same time as a render; when a render
is running it waits a few seconds and then says so.
"""

from __future__ import annotations

import json
import threading
import wave
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import atomic_path, write_text
from ..audio import AudioSegment
from ..errors import AudiocastError, PublishError
from ..models import Script
from ..publish import output_lock
from ..publish.output import CACHE_DIR
from ..tts import Engine, SynthCache, cache_key, resolve_engine, synthesize_all
from ..tts.registry import VoiceChoice

if TYPE_CHECKING:  # for annotations only: the workspace reads articles through the pipeline, which imports this
    from .workspace import ArticleView, Newsroom

LOCK_WAIT_S = 10.0
"""How long a preview waits for a running render to let go of the output folder."""


@dataclass(frozen=True)
class PreviewInfo:
    """What the last preview of an article was, read back from its JSON file."""

    content_hash: str
    synthesized: int
    """Distinct texts the voice spoke for it (cache misses)."""
    cached: int
    """Distinct texts found in the cache."""
    keys: list[str]
    """The cache key of each segment's clip, in order."""
    starts_ms: list[int]
    """Where each segment starts in the preview."""
    duration_ms: int


class Previewer:
    """Makes previews for one newsroom with one voice (resolved on first use)."""

    def __init__(self, newsroom: Newsroom, engine: Engine | None = None):
        self.newsroom = newsroom
        self._engine = engine
        self.notice: str | None = None
        self._voice_lock = threading.Lock()
        """One synthesis at a time: the offline voices are not thread-safe."""
        self._chime: AudioSegment | None = None

    def engine(self) -> Engine:
        if self._engine is None:
            config = self.newsroom.config
            self._engine, self.notice = resolve_engine(config.render.engine, choice=VoiceChoice.from_config(config))
        return self._engine

    @property
    def cache(self) -> SynthCache:
        return SynthCache(self.newsroom.out_dir / CACHE_DIR)

    def key(self, text: str) -> str:
        return cache_key(self.engine(), text)

    def clip(self, text: str) -> Path:
        """The cached clip of ``text``, synthesized first when it is not in the cache."""
        engine = self.engine()
        path = self.cache.path_for(engine, text)
        if not path.exists():
            with self._voice_lock:
                synthesize_all(engine, [text], self.cache)
        return path

    def chime(self) -> AudioSegment:
        if self._chime is None:
            from ..audio.chime import load_chime, make_chime  # numpy: only when a preview is made

            config = self.newsroom.config
            path = config.resolve(config.render.chime)
            self._chime = load_chime(path) if path else make_chime()
        return self._chime

    def audio_path(self, slug: str) -> Path:
        return self.newsroom.studio_dir / f"{slug}.wav"

    def info(self, slug: str) -> PreviewInfo | None:
        """The last preview of ``slug``, or None."""
        return read_preview_info(self.newsroom.studio_dir, slug)

    def render(self, view: ArticleView) -> PreviewInfo:
        """Synthesize (through the cache) and assemble the preview of ``view``.

        A failure is kept as one line (the queue shows it) and raised again.
        """
        if view.script is None or view.content_hash is None:
            raise AudiocastError(view.error or f"{view.path.name}: the article cannot be read")
        error_file = self.newsroom.error_path(view.slug)
        try:
            with _waiting_output_lock(self.newsroom.out_dir):
                info = self._render(view.slug, view.script, view.content_hash)
        except AudiocastError as exc:
            write_text(error_file, f"Förhandslyssningen misslyckades: {exc}\n")
            raise
        error_file.unlink(missing_ok=True)
        return info

    def _render(self, slug: str, script: Script, content_hash: str) -> PreviewInfo:
        with self._voice_lock:
            return write_preview(self.newsroom.studio_dir, slug, script, content_hash, self.engine(), self.cache,
                                 self.chime(), workers=self.newsroom.config.render.workers)


def read_preview_info(studio_dir: Path, slug: str) -> PreviewInfo | None:
    """What the last preview of ``slug`` in ``studio_dir`` was, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads((studio_dir / f"{slug}.json").read_text(encoding="utf-8"))
        return PreviewInfo(**data)
    except (OSError, ValueError, TypeError):
        return None


def write_preview(studio_dir: Path, slug: str, script: Script, content_hash: str, engine: Engine,
                  cache: SynthCache, chime: AudioSegment | None, workers: int = 4) -> PreviewInfo:
    """Synthesize ``script`` through ``cache`` and write ``studio_dir/<slug>.wav`` and ``.json``.

    The caller holds the output folder's lock (the studio) or is the render
    that holds it (the pipeline's approval gate).
    """
    from ..audio.assembly import assemble  # numpy: only when a preview is made
    from ..audio.pcm import conform

    texts = [s.spoken for s in script.segments]
    clips, stats = synthesize_all(engine, texts, cache, workers=workers)
    audio, timeline = assemble(script, clips, chime)
    audio = conform(audio)
    with atomic_path(studio_dir / f"{slug}.wav", fsync=False) as tmp, wave.open(str(tmp), "wb") as w:
        w.setnchannels(audio.channels)
        w.setsampwidth(audio.sample_width)
        w.setframerate(audio.frame_rate)
        w.writeframes(audio.raw_data)
    info = PreviewInfo(
        content_hash=content_hash,
        synthesized=stats.misses,
        cached=stats.hits,
        keys=[cache_key(engine, t) for t in texts],
        starts_ms=[t.start_ms for t in timeline.timings],
        duration_ms=timeline.duration_ms,
    )
    write_text(studio_dir / f"{slug}.json", json.dumps(info.__dict__, ensure_ascii=False))
    return info


@contextmanager
def _waiting_output_lock(out_dir: Path) -> Iterator[None]:
    """The output folder's lock, waiting up to :data:`LOCK_WAIT_S` for a running render
    (then a PublishError in the editors' words; one raised inside passes through as it is)."""
    with ExitStack() as stack:
        try:
            stack.enter_context(output_lock(out_dir, wait=LOCK_WAIT_S))
        except PublishError:
            raise PublishError(
                "en publicering (audiocast render) pågår i output-mappen; försök igen om en stund"
            ) from None
        yield
