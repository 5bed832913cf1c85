"""One episode's work after synthesis, as a worker process does it.

The render's main process reads the articles, builds their scripts and has
the voice speak them (espeak-ng in one process, in a fixed order, so a cold
render is reproducible). Everything after that is pure computation on the
clips and can run anywhere: :func:`finish_episode` assembles the clips into
the episode's PCM, maps the voice's word timings to the written words, writes
the transcripts and chapters, normalises loudness, limits true peaks and
encodes the MP3 (untagged; the main process tags it, renames it into place
and records it, :mod:`audiocast.encoder`). It takes an :class:`EpisodeWork`,
which names the clips by their files in the speech cache instead of carrying
their samples, so handing an hour-long episode to a worker costs nothing and
the main process does not hold its audio while the worker does.

The same function runs in a worker process or, when worker processes cannot
be started, on a thread of the main process: the bytes written are the same
either way (nothing in the audio path uses BLAS, whose sums depend on its
threads).

Not in here: deciding what to render (``pipeline``), the pool and the order
of recording (``encoder``), the audio algorithms (``audio``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from .audio import AudioSegment
from .errors import AudiocastError, AudioError
from .models import Chapter, Script
from .publish.output import EPISODES_DIR
from .publish.sidecars import Sidecars, write_sidecars
from .timing import ClipWords, episode_words
from .tts.cache import read_clip

__all__ = ["EpisodeAudio", "EpisodeWork", "WorkerFailure", "finish_episode", "sidecar_files", "warm_worker"]

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class EpisodeWork:
    """What a worker needs to finish one episode after synthesis (small: it is sent to another process)."""

    out_dir: Path
    stem: str
    """The episode's file name without suffix (see ``pipeline.episode_stem``)."""
    script: Script
    title: str
    clips: tuple[Path, ...]
    """One clip per segment of ``script``: its file in the speech cache."""
    words: tuple[ClipWords, ...]
    """The spoken words of each clip (as the main process knew them)."""
    chime: AudioSegment | None
    bitrate: str
    encoded: Path | None = None
    """Where the untagged MP3 goes (a temporary name beside the episode's final one; the encoder
    gives it)."""


@dataclass(frozen=True)
class EpisodeAudio:
    """What finishing an episode gave: its length and its transcripts and chapters."""

    duration_ms: int
    sidecars: Sidecars

    @property
    def chapters(self) -> list[Chapter]:
        return self.sidecars.chapters


class WorkerFailure(Exception):
    """An episode's work failed in a way audiocast did not foresee (a bug): the original
    exception's type name and message, in a form that always crosses back from a process."""

    def __init__(self, kind: str, message: str):
        super().__init__(kind, message)
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


def sidecar_files(stem: str) -> list[str]:
    """The transcript and chapter files an episode's sidecars are written to (relative to the output
    folder), so that they can be removed when the episode fails."""
    return [f"{EPISODES_DIR}/{stem}{suffix}" for suffix in (".vtt", ".transcript.json", ".chapters.json")]


def _clip(path: Path) -> AudioSegment:
    try:
        return read_clip(path)
    except (OSError, EOFError, ValueError) as exc:
        raise AudioError(f"the synthesized clip {path} cannot be read ({exc}); it was removed or damaged "
                         "while the episode was being made; render again") from None


def _finish(work: EpisodeWork) -> EpisodeAudio:
    if work.encoded is None:
        raise ValueError("EpisodeWork.encoded is not set: submit the work through audiocast.encoder")
    # Here, not at the top: the main process imports this module without numpy (a run with
    # nothing to render never loads it); the fork server loads these first (encoder.WORKER_MODULES).
    from .audio.assembly import assemble_file
    from .audio.encode import export_mp3

    clips = [_clip(path) for path in work.clips]
    audio, timeline = assemble_file(work.script, clips, work.chime)
    try:
        words = episode_words(work.script, clips, timeline, list(work.words))
        del clips
        sidecars = write_sidecars(work.out_dir, work.stem, work.script, timeline, work.title, words)
        try:
            export_mp3(audio, work.encoded, bitrate=work.bitrate)
        except BaseException:
            for name in sidecar_files(work.stem):
                (work.out_dir / name).unlink(missing_ok=True)
            raise
    finally:
        audio.close()
    return EpisodeAudio(timeline.duration_ms, sidecars)


def warm_worker(bitrate: str) -> None:
    """Measure the codec's gain for ``bitrate`` in this worker process before its first episode
    (:meth:`audiocast.encoder.BackgroundEncoder.start`: while the main process speaks that
    episode); a failure here is left to the episode's own encode to report."""
    from .audio.encode import codec_gain_db

    try:
        codec_gain_db(bitrate)
    except AudiocastError as exc:
        log.debug("the MP3 encoder's calibration failed: %s", exc)


def finish_episode(work: EpisodeWork) -> EpisodeAudio:
    """Assemble, time, transcribe, normalise and encode one episode into ``work.encoded``.

    The transcripts and chapters are written into the output folder (their names
    carry the content hash); when the encode fails they are removed again. An
    error audiocast raises on purpose comes back as an :class:`AudioError` with
    its message; anything else as a :class:`WorkerFailure` (either crosses back
    from a worker process intact).
    """
    try:
        return _finish(work)
    except AudiocastError as exc:
        if type(exc) is AudioError:
            raise
        raise AudioError(str(exc)) from None
    except Exception as exc:
        log.debug("internal error while finishing %s", work.stem, exc_info=exc)
        raise WorkerFailure(type(exc).__name__, str(exc)) from None
