"""Wires the stages together: articles in, a published podcast out.

    ingest -> speech -> tts (cache) -> audio -> publish

:class:`Renderer` reads each article, builds its script and an :class:`~audiocast.models.EpisodeSpec`, and renders the
episode only when what would be heard or shown changed (:func:`content_hash` over the spoken and written script, the
episode's metadata and the render settings, plus the voice when one is named), so a second run over unchanged articles
synthesizes nothing and leaves every MP3 byte-identical. The voice speaks in this process; each episode's work after
that (assembly, word times, transcripts, loudness, the MP3) runs in worker processes while the next article is spoken
(:mod:`audiocast.render_pool`, :mod:`audiocast.encoder`), with the same bytes as in one process; the daily edition comes
from :mod:`audiocast.edition`, the feeds from the catalog (``publish.republish``), every file written atomically.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache, partial
from pathlib import Path
from typing import Any

from . import speech
from .approval import article_hash, is_approved
from .atomic import AtomicWriteError, atomic_path
from .audio import AudioSegment
from .config import Config
from .edition import EDITION_KIND, edition_slug, edition_spec, edition_title, editions_due
from .encoder import BackgroundEncoder, TagSettings
from .errors import AudiocastError, AudioError, ConfigError, IngestError
from .identity import MAX_SAME_DAY_SECONDS, Identity, assign_slugs, check_published, date_only_day, settle_time
from .ingest import Reader, discover, ensure_swedish, flag_line, slugify
from .lexicon_choice import LEXICON_FILE, config_relative, find_lexicon
from .models import Article, EpisodeSpec, Script
from .publish import (
    CATALOG_FILE,
    EPISODES_DIR,
    Catalog,
    EpisodeRecord,
    ensure_cover,
    episode_guid,
    output_lock,
    publish_all,
    rebuild_feed,
    remove_files,
    thumbnail_jpeg,
)
from .publish.output import CACHE_DIR, STUDIO_DIR, inside_output
from .render_pool import EpisodeWork, WorkerFailure, sidecar_files
from .run_reader import RunReader
from .sanitize import clean_article
from .speech import Lexicon
from .studio.preview import read_preview_info, write_preview
from .studio.sidecar import load_edited
from .timing import TimedEngine
from .tts import Engine, SynthCache, VoiceChoice, get_engine, resolve_engine, synthesize_all

__all__ = [
    "CATALOG_FILE",
    "LEXICON_FILE",
    "ArticleResult",
    "RenderReport",
    "Renderer",
    "config_relative",
    "content_hash",
    "find_lexicon",
    "output_lock",
    "publish_all",
    "read_article",
    "rebuild_feed",
]

RENDER_VERSION = "2"
"""Bump when an unchanged script's audio would change (chime, pauses, loudness, tags): episodes are rendered again."""

Progress = Callable[[str, int, int], None]
"""progress(label, done, total): called as articles are rendered."""

log = logging.getLogger(__name__)

RENDER_LOCK_WAIT_S = 30.0
"""How long a render waits for another writer of the output folder (a studio preview, a late run) before failing."""

FINGERPRINTS = Path(CACHE_DIR).parent / "articles.json"
"""What each article's episode was made from last run (:meth:`Renderer.fingerprint`): unchanged, not normalized again."""

MAX_ERROR_CHARS = 400
"""Longest failure line (an exception's message may be a whole article)."""


def build_script(article: Article, podcast_name: str, lexicon: Lexicon | None = None) -> Script:
    """:func:`audiocast.speech.build_script`, imported on first use (a no-op run never compiles the rules)."""
    return speech.build_script(article, podcast_name, lexicon)


def build_edition_script(articles: list[Article], podcast_name: str, day: date, lexicon: Lexicon | None = None) -> Script:
    return speech.build_edition_script(articles, podcast_name, day, lexicon)


def internal_error(exc: BaseException) -> str:
    """The words for an exception audiocast did not raise on purpose: a bug to report."""
    what = str(exc) if isinstance(exc, WorkerFailure) else f"{type(exc).__name__}: {exc}"  # a worker's: as it was
    return f"internal error: {what}; please report it"


def failure_line(source: str, exc: BaseException) -> str:
    """One line naming ``source`` and the cause; the traceback of a bug goes to the debug log."""
    if isinstance(exc, AudiocastError):
        text = str(exc)
        text = text if source in text else f"{source}: {text}"
    else:
        log.debug("internal error while rendering %s", source, exc_info=exc)
        text = f"{source}: {internal_error(exc)}"
    text = " ".join(text.split())
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


def article_chars(article: Article) -> int:
    """The length of what would be read aloud: headline, lead and body, in characters."""
    blocks = sum(len(b.text) + sum(len(item) for item in b.items) for b in article.blocks)
    return len(article.title) + len(article.lead or "") + blocks


def audio_intact(out_dir: Path, record: EpisodeRecord) -> bool:
    """Whether the episode's MP3 is inside ``out_dir``, there, and of the size the catalog says
    (else it is rendered again rather than published as a 404 or with a wrong length)."""
    path = inside_output(out_dir, record.audio_file)
    try:
        return path is not None and path.stat().st_size == record.bytes
    except OSError:
        return False


@cache
def code_hash() -> str:
    """A hash of the code that turns an article into its episode's script and metadata
    (``audiocast/speech`` with its data, this module and ``models``), read once per process."""
    files = sorted(f for f in Path(speech.__file__).parent.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
    digest = hashlib.sha256(Path(__file__).read_bytes() + Path(__file__).with_name("models.py").read_bytes())
    for f in files:
        digest.update(f.name.encode() + f.read_bytes())
    return digest.hexdigest()


def load_fingerprints(out_dir: Path) -> dict[str, list[str]]:
    """The last run's fingerprints (slug -> [fingerprint, content hash]); empty when unreadable."""
    try:
        data = json.loads((out_dir / FINGERPRINTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _published_source(catalog: Catalog, slug: str) -> str | None:
    """The source of the article the catalog publishes as ``slug``, or None."""
    record = catalog.get(slug, "article")
    return record.source if record is not None else None


class IsolatingEncoder(BackgroundEncoder):
    """A :class:`BackgroundEncoder` where a failure of any kind while one episode is
    finished, encoded or tagged is that episode's failure (an :class:`AudioError`), never the run's."""

    def _failure(self, exc: Exception) -> AudiocastError:
        if isinstance(exc, AudiocastError):
            return exc
        log.debug("internal error while encoding", exc_info=exc)
        return AudioError(internal_error(exc))


@dataclass
class ArticleResult:
    source: str
    slug: str | None = None
    title: str | None = None
    status: str = "failed"
    """"rendered", "unchanged", "failed", or "unapproved" (``[publish] require_approval``:
    rendered as a preview for the studio, not published)."""
    error: str | None = None
    audio_file: str | None = None
    duration_ms: int = 0
    synthesized: int = 0
    """Segments sent to the voice (cache misses)."""
    cached: int = 0
    flag: str | None = None
    """One line when the extraction's confidence is low (:func:`audiocast.ingest.flag_line`), for an editor."""


@dataclass
class RenderReport:
    results: list[ArticleResult] = field(default_factory=list)
    editions: list[ArticleResult] = field(default_factory=list)
    engine: str | None = None
    notice: str | None = None
    pruned: list[str] = field(default_factory=list)
    feed: Path | None = None
    warnings: list[str] = field(default_factory=list)
    """One line each: an article published under another name than its file's
    (a slug collision), a catalog row whose files cannot be published."""

    @property
    def ok(self) -> bool:
        return all(r.status != "failed" for r in self.results + self.editions)

    @property
    def failed(self) -> list[ArticleResult]:
        return [r for r in self.results + self.editions if r.status == "failed"]


# --------------------------------------------------------------------------
# What an episode is


def content_hash(script: Script, meta: dict[str, str | None], settings: dict[str, Any]) -> str:
    """What the listener hears and sees, apart from the voice: a hex sha256.

    ``meta`` is :meth:`EpisodeSpec.meta`; ``settings`` are the render
    settings that change the audio or tags (see :meth:`Renderer.hash_settings`).
    The same inputs give the same hash in every run and release (file names
    and "unchanged" depend on it).

    >>> from audiocast.models import Segment, SegmentKind
    >>> script = Script("s", "T", [Segment("Hej.", "Hej.", SegmentKind.TITLE, 0, 0)], ["T"])
    >>> a = content_hash(script, {"title": "T"}, {"bitrate": "128k"})
    >>> a == content_hash(script, {"title": "T"}, {"bitrate": "128k"}), len(a)
    (True, 64)
    >>> a == content_hash(script, {"title": "T"}, {"bitrate": "96k"})
    False
    """
    payload = {
        **settings,
        "meta": meta,
        "chapters": script.chapters,
        "segments": [
            [s.spoken, s.written, s.kind.value, s.pause_after_ms, s.chapter] for s in script.segments
        ],
    }
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def episode_stem(slug: str, digest: str, engine: Engine) -> str:
    """The episode's file name without suffix: a new one whenever the audio
    changes (text or voice), so that apps and caches fetch it again."""
    voice_id = f"{digest}:{engine.name}:{engine.voice}:{sorted(engine.settings().items())}"
    return f"{slug}-{hashlib.sha256(voice_id.encode()).hexdigest()[:8]}"


def describe(article: Article) -> str:
    """The episode description: the lead, or the first paragraph."""
    if article.lead:
        return article.lead
    for block in article.blocks:
        if block.text and block.kind.value in ("paragraph", "quote"):
            return block.text
    return article.title


def article_spec(article: Article, script: Script) -> EpisodeSpec:
    """The episode of one article."""
    return EpisodeSpec(
        kind="article",
        slug=article.slug,
        script=script,
        title=article.title,
        description=describe(article),
        published=article.published,
        author=article.author,
        url=article.url,
        source=article.source,
    )


def read_article(path: Path, config: Config, reader: Reader | None = None) -> Article:
    """The article in ``path`` as it will be read aloud, for render, the studio and ``audiocast approve``.

    With the editors' changes (:func:`~audiocast.studio.sidecar.load_edited`),
    cleaned text (:mod:`audiocast.sanitize`), and checked: a readable headline,
    a possible publication year, Swedish, within ``[render] max_chars``.
    ``reader`` reads page dumps with their sites' template profiles (render
    passes one per run). Raises IngestError naming the file and what to do.
    The slug and a date-only publication time are render's to settle (they
    depend on the other articles of the run).
    """
    article = clean_article(load_edited(path, reader))
    if not article.title.strip():
        raise IngestError(str(path), "the headline has no readable characters; write a headline")
    check_published(article.published, str(path))
    ensure_swedish(article)  # only Swedish is read aloud
    length, limit = article_chars(article), config.render.max_chars
    if length > limit:
        raise IngestError(
            str(path),
            f"the article is {length:,} characters long, over the limit of {limit:,} "
            "([render] max_chars in audiocast.toml); split it into shorter articles or raise the limit",
        )
    return article


def record_failures(catalog: Catalog, results: list[ArticleResult]) -> None:
    """Keep each article's last failed render in the catalog (by absolute path) for the editors'
    queue; an article that rendered, was unchanged or awaits approval has its failure forgotten."""
    failed = {str(Path(r.source).resolve()): " ".join((r.error or "failed").split())
              for r in results if r.status == "failed"}
    fine = [str(Path(r.source).resolve()) for r in results if r.status != "failed"]
    catalog.set_failures(failed, fine, datetime.now(UTC).replace(microsecond=0))


# --------------------------------------------------------------------------
# The renderer


class Renderer:
    """Renders articles into ``out_dir`` and republishes the feeds and page."""

    def __init__(
        self,
        config: Config,
        out_dir: Path,
        *,
        lexicon: Lexicon | None = None,
        progress: Progress | None = None,
        cache_dir: Path | None = None,
        engine_options: dict[str, Any] | None = None,
        processes: bool = True,
    ):
        """``engine_options`` go to the engine (e.g. ``endpoint`` for gTTS). ``processes=False``
        finishes the episodes (assembly, loudness, encode) on threads of this process instead of
        worker processes: slower, the same bytes."""
        self.config = config
        self.processes = processes
        self.engine_options = engine_options or {}
        self.out_dir = Path(out_dir)
        self.lexicon = lexicon
        self.progress = progress
        self.cache_dir = cache_dir or (self.out_dir / CACHE_DIR)
        self._engine: Engine | None = None
        self._notice: str | None = None
        self._chime: AudioSegment | None = None
        self._chime_id: str | None = None
        self._cover: tuple[bytes, str] | None = None
        self._stale: list[Path] = []
        self._encoder: BackgroundEncoder | None = None
        self._identities: dict[Path, Identity] = {}
        self._order: dict[str, int] = {}
        """Seconds added to an article's publication time to keep its day's order (slug -> s)."""
        self._reader: Reader | None = None
        """Reads the run's page dumps with their sites' template profiles (in ``out_dir/.sites``)."""
        self._digests: dict[str, str] = {}
        """The content hash of each article's episode in this run (slug -> hash)."""
        self._fingerprints: dict[str, str] = {}
        """What each article read in this run is made from (slug -> :meth:`fingerprint`)."""
        self._known: dict[str, list[str]] = {}
        """The last run's fingerprints (:func:`load_fingerprints`)."""

    # -- lazily resolved parts (nothing is probed when nothing changed) -----

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine, self._notice = resolve_engine(
                self.config.render.engine, choice=VoiceChoice.from_config(self.config), **self.engine_options
            )
        return self._engine

    def up_to_date(self, existing: EpisodeRecord) -> bool:
        """Whether an episode with an unchanged script can stay as it is.

        With ``auto`` any voice will do: whether Google can be reached today
        must not re-render (or downgrade) what is published, so nothing is
        probed. A voice named explicitly must be the one that spoke it.
        """
        if self.config.render.engine == "auto":
            return True
        wanted = get_engine(self.config.render.engine, VoiceChoice.from_config(self.config), **self.engine_options)
        return (existing.engine, existing.voice) == (wanted.name, wanted.voice)

    def chime(self) -> AudioSegment:
        if self._chime is None:
            from .audio.chime import load_chime, make_chime  # numpy: only when an episode is made
            path = self._chime_path()
            self._chime = load_chime(path) if path else make_chime()
        return self._chime

    def cover(self) -> tuple[bytes, str]:
        """The podcast's cover (bytes, MIME type), for the episodes' ID3 tags."""
        if self._cover is None:
            config_dir = self.config.path.parent if self.config.path else None
            path = ensure_cover(self.config.podcast, self.out_dir, config_dir)
            data = path.read_bytes()
            thumb = thumbnail_jpeg(data)  # once per run, not once per episode
            if thumb is not None:
                self._cover = (thumb, "image/jpeg")
            else:
                self._cover = (data, "image/png" if path.suffix.lower() == ".png" else "image/jpeg")
        return self._cover

    def _chime_path(self) -> Path | None:
        """The configured chime, relative to the configuration file like the cover."""
        return config_relative(self.config, self.config.render.chime)

    def hash_settings(self) -> dict[str, Any]:
        """The render settings that enter :func:`content_hash`."""
        if self._chime_id is None:
            path = self._chime_path()
            # The chime's bytes, read once per run, so replacing the file re-renders.
            try:
                self._chime_id = hashlib.sha256(path.read_bytes()).hexdigest() if path else ""
            except OSError as exc:
                raise ConfigError(
                    f"{path}: cannot read the intro sound ([render] chime): {exc.strerror}; "
                    "fix the path or remove the setting to use the built-in chime"
                ) from None
        podcast = self.config.podcast
        settings: dict[str, Any] = {
            "render": RENDER_VERSION,
            "bitrate": self.config.render.bitrate,
            "chime": self._chime_id,
            "podcast": [podcast.name, podcast.author, podcast.cover],
        }
        if self.config.render.rate is not None:  # only when set: hashes stay as they were
            settings["rate"] = self.config.render.rate
        return settings

    def _tag_settings(self) -> TagSettings:
        podcast = self.config.podcast
        return TagSettings(bitrate=self.config.render.bitrate, artist=podcast.author, album=podcast.name,
                           cover=self.cover)

    def episode_hash(self, article: Article, script: Script) -> str:
        """The content hash a render gives ``article``'s episode (the catalog's), for the studio.

        ``article`` as :func:`read_article` gives it, ``script`` built from it: a
        publication time without a time of day counts as its day's first (the
        seconds render adds to keep a day's order are not hashed).
        """
        spec = article_spec(article, script)
        day = date_only_day(spec.published)
        if day is not None:
            spec = replace(spec, published=settle_time(day, 0))
        return content_hash(script, spec.meta(), self.hash_settings())

    # -- one episode ---------------------------------------------------------

    def render_episode(self, catalog: Catalog, spec: EpisodeSpec, result: ArticleResult) -> None:
        """Render one episode unless the catalog already has it unchanged.

        The MP3 is encoded in the background; ``result`` is filled in when it
        is done (see :meth:`_finished`).
        """
        meta = spec.meta()
        order = self._order.get(spec.slug, 0) if spec.kind == "article" else 0
        if order and spec.published is not None:  # the seconds that keep a day's order are not heard
            meta["published"] = (spec.published - timedelta(seconds=order)).isoformat()
        digest = content_hash(spec.script, meta, self.hash_settings())
        if spec.kind == "article":
            self._digests[spec.slug] = digest
        existing = catalog.get(spec.slug, spec.kind)
        if (
            existing is not None
            and existing.content_hash == digest
            and self.up_to_date(existing)
            and audio_intact(self.out_dir, existing)
        ):
            if spec.published is not None and existing.published != spec.published:
                catalog.upsert(replace(existing, published=spec.published))  # only its place in the day moved
            result.status = "unchanged"
            result.audio_file = existing.audio_file
            result.duration_ms = existing.duration_ms
            return
        if self._encoder is None:
            raise RuntimeError("render_episode is called by render(), which starts the encoder")
        self._encoder.start()  # its worker processes start while this episode is spoken
        engine = self.engine()
        texts = [segment.spoken for segment in spec.script.segments]
        cache = SynthCache(self.cache_dir)
        timed = TimedEngine(engine, cache)  # the same cache keys; keeps each clip's word timings beside it
        clips, stats = synthesize_all(timed, texts, cache, workers=self.config.render.workers)
        result.synthesized, result.cached = stats.misses, stats.hits
        spoken = tuple(timed.words_for(text, clip) for text, clip in zip(texts, clips, strict=True))
        del clips  # the worker reads them from the cache: this process does not hold the episode's audio

        stem = episode_stem(spec.slug, digest, engine)
        final = self.out_dir / EPISODES_DIR / f"{stem}.mp3"
        # Assembly, word times, transcripts and chapters (named by the hash, so they never replace
        # what the published feed points at), loudness and the encode: in a worker process.
        work = EpisodeWork(out_dir=self.out_dir, stem=stem, script=spec.script, title=spec.title,
                           clips=tuple(cache.path_for(timed, text) for text in texts), words=spoken,
                           chime=self.chime(), bitrate=self.config.render.bitrate)
        vtt, transcript_json, chapters_json = sidecar_files(stem)  # until the worker says
        now = datetime.now(UTC).replace(microsecond=0)
        record = EpisodeRecord(
            guid=existing.guid if existing else episode_guid(self.config.feed_url, spec.kind, spec.slug),
            slug=spec.slug,
            kind=spec.kind,
            title=spec.title,
            description=spec.description,
            source=spec.source,
            url=spec.url,
            content_hash=digest,
            audio_file=f"{EPISODES_DIR}/{final.name}",
            bytes=0,
            duration_ms=0,
            published=spec.published or (existing.published if existing else now),
            rendered=now,
            engine=engine.name,
            voice=engine.voice,
            author=spec.author,
            chapters=[],
            transcript_vtt=vtt,
            transcript_json=transcript_json,
            chapters_json=chapters_json,
        )
        self._encoder.submit(work, final, record, partial(self._finished, result, existing))

    def _finished(
        self,
        result: ArticleResult,
        existing: EpisodeRecord | None,
        record: EpisodeRecord,
        error: AudiocastError | None,
    ) -> None:
        """An encode is done: the episode is in the catalog, or it failed."""
        if error is not None:
            result.status = "failed"
            result.error = f"{result.source}: {error}"
            self._stale.extend(p for p in self._files_of(record) if p.suffix != ".mp3")
            return
        if existing is not None and existing.audio_file != record.audio_file:
            self._stale.extend(self._files_of(existing))
        result.status = "rendered"
        result.audio_file = record.audio_file
        result.duration_ms = record.duration_ms

    def _files_of(self, record: EpisodeRecord) -> list[Path]:
        """The episode's files; a catalog path that leads outside the output folder is never one."""
        names = [record.audio_file, record.transcript_vtt, record.transcript_json, record.chapters_json]
        paths = (inside_output(self.out_dir, n) for n in names if n)
        return [p for p in paths if p is not None]

    # -- the whole run -------------------------------------------------------

    def render(self, paths: list[Path], *, prune: bool = False, edition: bool | None = None) -> RenderReport:
        report = RenderReport()
        edition = self.config.render.edition if edition is None else edition
        files = discover(paths)
        self._reader = RunReader(self.out_dir)  # one per run: profiles grow as dumps are read
        with output_lock(self.out_dir, wait=RENDER_LOCK_WAIT_S), Catalog(self.out_dir / CATALOG_FILE) as catalog:
            self._identities = assign_slugs(files, partial(_published_source, catalog))
            report.warnings.extend(i.notice for i in self._identities.values() if i.notice)
            self._known = load_fingerprints(self.out_dir)
            with IsolatingEncoder(catalog, self._tag_settings(), encoders=self.config.render.encoders,
                                  processes=self.processes) as encoder:
                self._encoder = encoder
                try:
                    articles = self._render_articles(catalog, files, report)
                    if prune:
                        self._prune(catalog, files, articles, report)
                    if edition and articles:
                        self.render_editions(catalog, articles, report)
                    encoder.finish_all()
                    self._save_fingerprints(report)
                finally:
                    self._encoder = None
            record_failures(catalog, report.results)
            report.warnings.extend(publish_all(self.config, self.out_dir, catalog))
            report.feed = self.out_dir / "feed.xml"
        report.engine = self._engine.name if self._engine else None
        report.notice = self._notice
        remove_files(self._stale)
        return report

    def _render_articles(self, catalog: Catalog, files: list[Path], report: RenderReport) -> list[Article]:
        """Each article's episode; returns the articles that were read."""
        articles: list[Article] = []
        total = len(files)
        days: Counter[date] = Counter()  # articles dated without a time, per day, so far
        for done, path in enumerate(files):
            result = ArticleResult(source=str(path))
            report.results.append(result)
            if self.progress:
                self.progress(path.name, done, total)
            try:  # whatever goes wrong with one article is that article's failure
                article = self._read_article(path, days)
                result.slug, result.title = article.slug, article.title
                result.flag = flag_line(article)
                if self._reuse(catalog, article, result):
                    articles.append(article)
                    continue
                script = build_script(article, self.config.podcast.name, self.lexicon)
                if not self._approved(path, article, script, result):
                    continue
                self.render_episode(catalog, article_spec(article, script), result)
                articles.append(article)
            except Exception as exc:
                result.status = "failed"
                result.error = failure_line(str(path), exc)
        if self.progress:
            self.progress("", total, total)
        return articles

    def _read_article(self, path: Path, days: Counter[date]) -> Article:
        """The article as :func:`read_article` reads it, with its identity
        (:mod:`audiocast.identity`) and a publication time."""
        article = read_article(path, self.config, self._reader)
        article.slug = self._identities.get(path, Identity(article.slug)).slug
        day = date_only_day(article.published)
        if day is not None:
            article.published = settle_time(day, days[day])
            self._order[article.slug] = min(days[day], MAX_SAME_DAY_SECONDS)
            days[day] += 1
        return article

    def fingerprint(self, article: Article) -> str:
        """What ``article``'s episode is made from: the article as read (publication time and
        slug settled), the lexicon, the render settings and :func:`code_hash`."""
        blob = json.dumps([asdict(article), self._order.get(article.slug, 0), self.config.podcast.name,
                           self.lexicon.entries if self.lexicon else None, self.hash_settings(), code_hash()],
                          ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _reuse(self, catalog: Catalog, article: Article, result: ArticleResult) -> bool:
        """Whether ``article`` is made from what its published episode was made from (and that
        episode is intact): then it stands without its script being built again."""
        fingerprint = self._fingerprints[article.slug] = self.fingerprint(article)
        known, existing = self._known.get(article.slug), catalog.get(article.slug, "article")
        if (self.config.publish.require_approval or existing is None or known != [fingerprint, existing.content_hash]
                or existing.published != article.published or not self.up_to_date(existing)
                or not audio_intact(self.out_dir, existing)):
            return False
        self._digests[article.slug] = existing.content_hash
        result.status, result.audio_file, result.duration_ms = "unchanged", existing.audio_file, existing.duration_ms
        return True

    def _save_fingerprints(self, report: RenderReport) -> None:
        """Keep the fingerprints of this run's published articles for the next run (a failure to
        write only costs normalizing them again)."""
        done = {r.slug for r in report.results if r.status in ("rendered", "unchanged")}
        data = {s: [f, self._digests[s]] for s, f in sorted(self._fingerprints.items()) if s in done and s in self._digests}
        try:
            with atomic_path(self.out_dir / FINGERPRINTS, fsync=False) as tmp:
                tmp.write_text(json.dumps(data, indent=0), encoding="utf-8")
        except (AtomicWriteError, OSError) as exc:
            log.warning("cannot keep the articles' fingerprints: %s", exc)

    def _approved(self, path: Path, article: Article, script: Script, result: ArticleResult) -> bool:
        """Whether the article may be published: always, unless ``[publish] require_approval``.

        An article whose current version no editor approved is not published
        (the version already in the feed stays) and is rendered as a preview
        for the studio instead (``output/.studio/``; skipped when it is there).
        """
        if not self.config.publish.require_approval:
            return True
        digest = article_hash(article, script)
        if is_approved(path, digest):
            return True
        result.status = "unapproved"
        studio_dir = self.out_dir / STUDIO_DIR
        info = read_preview_info(studio_dir, article.slug)
        if info is None or info.content_hash != digest or not (studio_dir / f"{article.slug}.wav").exists():
            info = write_preview(studio_dir, article.slug, script, digest, self.engine(), SynthCache(self.cache_dir),
                                 self.chime(), workers=self.config.render.workers)
            result.synthesized, result.cached = info.synthesized, info.cached
        result.audio_file, result.duration_ms = f"{STUDIO_DIR}/{article.slug}.wav", info.duration_ms
        return False

    def _prune(self, catalog: Catalog, files: list[Path], articles: list[Article], report: RenderReport) -> None:
        """Unpublish the episodes whose article is gone.

        An article whose file is still there but failed to load keeps its
        episode: a typo must not unpublish it.
        """
        keep = {self._identities[p].slug if p in self._identities else slugify(p.stem) for p in files}
        keep |= {a.slug for a in articles}
        for slug in catalog.slugs("article"):
            if slug not in keep:
                record = catalog.get(slug, "article")
                if record is not None:
                    self._stale.extend(self._files_of(record))
                catalog.remove(slug, "article")
                report.pruned.append(slug)

    def render_editions(self, catalog: Catalog, articles: list[Article], report: RenderReport) -> None:
        """The daily editions: the newest day's, and an older day's already published when one
        of its articles was rendered again in this run (see :func:`editions_due`)."""
        changed = {r.slug for r in report.results if r.slug and r.status != "unchanged"}
        for day, todays in editions_due(articles, changed, catalog.slugs(EDITION_KIND)):
            result = ArticleResult(source=f"edition {day.isoformat()}", slug=edition_slug(day),
                                   title=edition_title(day))
            report.editions.append(result)
            try:
                script = build_edition_script(todays, self.config.podcast.name, day, self.lexicon)
                self.render_episode(catalog, edition_spec(day, todays, script, self.config.podcast.author), result)
            except Exception as exc:  # the edition's failure, not the run's
                result.status = "failed"
                result.error = failure_line(result.source, exc)
