"""Wires the stages together: articles in, a published podcast out.

    ingest -> speech -> tts (cache) -> audio -> publish

Each article is rendered only when what would be heard or shown changed (a
content hash over the spoken and written script and the episode's metadata,
plus the voice when one is named), so a second run over unchanged articles
synthesizes nothing and leaves every MP3 byte-identical. Every file is
written under a temporary name and renamed. MP3s are encoded in a background
thread while the next article is synthesized.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from .config import Config
from .errors import AudiocastError, ConfigError, PublishError
from .models import Article, Script

STOCKHOLM = ZoneInfo("Europe/Stockholm")
LEXICON_FILE = "lexikon.tsv"
CATALOG_FILE = "catalog.sqlite"
CACHE_DIR = ".cache/tts"
EPISODES_DIR = "episodes"
EDITION_DIR = "edition"

# Bump when the audio an unchanged script produces would change (chime, pause
# handling, loudness, tagging), so that episodes are rendered again.
RENDER_VERSION = "2"

Progress = Callable[[str, int, int], None]
"""progress(label, done, total): called as articles are rendered."""


@dataclass
class ArticleResult:
    source: str
    slug: str | None = None
    title: str | None = None
    status: str = "failed"
    """"rendered", "unchanged" or "failed"."""
    error: str | None = None
    audio_file: str | None = None
    duration_ms: int = 0
    synthesized: int = 0
    """Segments sent to the voice (cache misses)."""
    cached: int = 0


@dataclass
class _Pending:
    """An episode whose MP3 is being encoded in the background."""

    future: Future
    record: object
    existing: object
    result: ArticleResult


@dataclass
class RenderReport:
    results: list[ArticleResult] = field(default_factory=list)
    editions: list[ArticleResult] = field(default_factory=list)
    engine: str | None = None
    notice: str | None = None
    pruned: list[str] = field(default_factory=list)
    feed: Path | None = None

    @property
    def ok(self) -> bool:
        return all(r.status != "failed" for r in self.results + self.editions)

    @property
    def failed(self) -> list[ArticleResult]:
        return [r for r in self.results + self.editions if r.status == "failed"]


# --------------------------------------------------------------------------
# Helpers shared by the CLI


def config_relative(config: Config, value: str | None) -> Path | None:
    """A path from the configuration file, taken relative to that file."""
    if not value:
        return None
    path = Path(value)
    if config.path is not None and not path.is_absolute():
        path = config.path.parent / path
    return path


def find_lexicon(config: Config, paths: list[Path], explicit: Path | None = None):
    """The lexicon to use: the shipped default extended by the user's file.

    The user's file is, in order: ``explicit``, ``[render] lexicon`` in the
    configuration, or ``lexikon.tsv`` in the first folder of articles given.
    """
    from .speech import Lexicon

    candidates: list[Path] = []
    if explicit is not None:
        if not explicit.exists():
            raise ConfigError(f"{explicit}: no such lexicon file")
        candidates.append(explicit)
    elif config.render.lexicon:
        path = config_relative(config, config.render.lexicon)
        if not path.exists():
            raise ConfigError(f"{path}: the lexicon named in the configuration ([render] lexicon) does not exist")
        candidates.append(path)
    else:
        for p in paths:
            folder = p if p.is_dir() else p.parent
            if (folder / LEXICON_FILE).exists():
                candidates.append(folder / LEXICON_FILE)
                break
    lexicon = Lexicon.default()
    for path in candidates:
        lexicon = Lexicon.load(path, base=lexicon)
    return lexicon


def local_day(article: Article) -> date | None:
    if article.published is None:
        return None
    published = article.published
    if published.tzinfo is None:
        published = published.replace(tzinfo=STOCKHOLM)
    return published.astimezone(STOCKHOLM).date()


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """One render at a time per output folder (cron jobs may overlap)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishError(
                f"{out_dir}: another audiocast run is writing here; wait for it to finish"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --------------------------------------------------------------------------
# The renderer


class Renderer:
    """Renders articles into ``out_dir`` and republishes the feeds and page."""

    def __init__(
        self,
        config: Config,
        out_dir: Path,
        *,
        lexicon=None,
        progress: Progress | None = None,
        cache_dir: Path | None = None,
        engine_options: dict | None = None,
    ):
        """``engine_options`` go to the engine (e.g. ``endpoint`` for gTTS)."""
        self.config = config
        self.engine_options = engine_options or {}
        self.out_dir = Path(out_dir)
        self.lexicon = lexicon
        self.progress = progress
        self.cache_dir = cache_dir or (self.out_dir / CACHE_DIR)
        self._engine = None
        self._notice: str | None = None
        self._chime = None
        self._chime_id: str | None = None
        self._cover: tuple[bytes, str] | None = None
        self._stale: list[Path] = []
        self._pool: ThreadPoolExecutor | None = None
        self._pending: deque[_Pending] = deque()

    # -- lazily resolved parts (nothing is probed when nothing changed) -----

    def engine(self):
        if self._engine is None:
            from .tts import resolve_engine

            self._engine, self._notice = resolve_engine(
                self.config.render.engine, **self.engine_options
            )
        return self._engine

    def up_to_date(self, existing) -> bool:
        """Whether an episode with an unchanged script can stay as it is.

        With ``auto`` any voice will do: whether Google can be reached today
        must not re-render (or downgrade) what is published, so nothing is
        probed. A voice named explicitly must be the one that spoke it.
        """
        if self.config.render.engine == "auto":
            return True
        from .tts import get_engine

        wanted = get_engine(self.config.render.engine, **self.engine_options)
        return (existing.engine, existing.voice) == (wanted.name, wanted.voice)

    def chime(self):
        if self._chime is None:
            from .audio import load_chime, make_chime

            path = self._chime_path()
            self._chime = load_chime(path) if path else make_chime()
        return self._chime

    def cover(self) -> tuple[bytes, str]:
        """The podcast's cover (bytes, MIME type), for the episodes' ID3 tags."""
        if self._cover is None:
            from .publish import ensure_cover, thumbnail_jpeg

            path = ensure_cover(self.config.podcast, self.out_dir, self._config_dir())
            data = path.read_bytes()
            thumb = thumbnail_jpeg(data)  # once per run, not once per episode
            if thumb is not None:
                self._cover = (thumb, "image/jpeg")
            else:
                self._cover = (data, "image/png" if path.suffix.lower() == ".png" else "image/jpeg")
        return self._cover

    def _config_dir(self) -> Path | None:
        return self.config.path.parent if self.config.path else None

    def _chime_path(self) -> Path | None:
        """The configured chime, relative to the configuration file like the cover."""
        return config_relative(self.config, self.config.render.chime)

    # -- hashing -------------------------------------------------------------

    def content_hash(self, script: Script, meta: dict) -> str:
        """What the listener hears and sees, apart from the voice (see up_to_date)."""
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
        chime_id = self._chime_id
        payload = {
            "render": RENDER_VERSION,
            "bitrate": self.config.render.bitrate,
            "chime": chime_id,
            "podcast": [self.config.podcast.name, self.config.podcast.author, self.config.podcast.cover],
            "meta": meta,
            "chapters": script.chapters,
            "segments": [
                [s.spoken, s.written, s.kind.value, s.pause_after_ms, s.chapter]
                for s in script.segments
            ],
        }
        blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    # -- one episode ---------------------------------------------------------

    def render_episode(
        self,
        catalog,
        *,
        kind: str,
        slug: str,
        script: Script,
        title: str,
        description: str,
        published: datetime | None,
        author: str | None,
        url: str | None,
        source: str,
        result: ArticleResult,
    ) -> None:
        """Render one episode unless the catalog already has it unchanged.

        The MP3 is encoded in the background; ``result`` is filled in when it
        is done (see ``_complete_oldest``).
        """
        from .publish import EpisodeRecord, episode_guid, write_sidecars

        meta = {
            "title": title,
            "description": description,
            "published": published.isoformat() if published else None,
            "author": author,
            "url": url,
        }
        digest = self.content_hash(script, meta)
        existing = catalog.get(slug, kind)
        if (
            existing is not None
            and existing.content_hash == digest
            and self.up_to_date(existing)
            and (self.out_dir / existing.audio_file).exists()
        ):
            result.status = "unchanged"
            result.audio_file = existing.audio_file
            result.duration_ms = existing.duration_ms
            return

        from .audio import assemble
        from .tts import SynthCache, synthesize_all

        engine = self.engine()
        texts = [segment.spoken for segment in script.segments]
        clips, stats = synthesize_all(
            engine, texts, SynthCache(self.cache_dir), workers=self.config.render.workers
        )
        result.synthesized, result.cached = stats.misses, stats.hits
        audio, timeline = assemble(script, clips, self.chime())

        # A new name whenever the audio changes (text or voice), so that apps
        # and caches fetch it again.
        voice_id = f"{digest}:{engine.name}:{engine.voice}:{sorted(engine.settings().items())}"
        stem = f"{slug}-{hashlib.sha256(voice_id.encode()).hexdigest()[:8]}"
        episodes = self.out_dir / EPISODES_DIR
        episodes.mkdir(parents=True, exist_ok=True)
        final = episodes / f"{stem}.mp3"
        # Transcripts and chapters first: their names carry the hash, so they
        # never replace what the published feed points at.
        sidecars = write_sidecars(self.out_dir, stem, script, timeline, title)
        now = datetime.now(timezone.utc).replace(microsecond=0)
        when = published or (existing.published if existing else now)
        record = EpisodeRecord(
            guid=existing.guid if existing else episode_guid(self.config.feed_url, kind, slug),
            slug=slug,
            kind=kind,
            title=title,
            description=description,
            source=source,
            url=url,
            content_hash=digest,
            audio_file=f"{EPISODES_DIR}/{final.name}",
            bytes=0,
            duration_ms=timeline.duration_ms,
            published=when,
            rendered=now,
            engine=engine.name,
            voice=engine.voice,
            author=author,
            chapters=sidecars.chapters,
            transcript_vtt=sidecars.vtt,
            transcript_json=sidecars.transcript_json,
            chapters_json=sidecars.chapters_json,
        )
        # Encoding runs in the background while the next article is read and
        # synthesized; at most one more waits, to bound memory.
        while len(self._pending) >= 2:
            self._complete_oldest(catalog)
        future = self._pool.submit(self._encode_and_tag, audio, final, record)
        self._pending.append(_Pending(future, record, existing, result))

    def _encode_and_tag(self, audio, final: Path, record) -> int:
        """Encode, tag and move the MP3 into place; returns its size (worker thread)."""
        from .audio import export_mp3
        from .publish import tag_mp3

        tmp = final.with_name(f".{final.name}.tmp")
        try:
            export_mp3(audio, tmp, bitrate=self.config.render.bitrate)
            cover, cover_mime = self.cover()
            size = tag_mp3(
                tmp,
                title=record.title,
                artist=self.config.podcast.author,
                album=self.config.podcast.name,
                published=record.published,
                url=record.url,
                cover=cover,
                cover_mime=cover_mime,
                chapters=record.chapters,
                description=record.description,
            )
            os.replace(tmp, final)
            return size
        finally:
            if tmp.exists():
                tmp.unlink()

    def _complete_oldest(self, catalog) -> None:
        """Wait for the oldest encode; publish it in the catalog (main thread)."""
        pending = self._pending.popleft()
        record, existing, result = pending.record, pending.existing, pending.result
        try:
            record.bytes = pending.future.result()
        except AudiocastError as exc:
            result.status = "failed"
            result.error = f"{result.source}: {exc}"
            self._stale.extend(p for p in self._files_of(record) if p.suffix != ".mp3")
            return
        catalog.upsert(record)
        if existing is not None and existing.audio_file != record.audio_file:
            self._stale.extend(self._files_of(existing))
        result.status = "rendered"
        result.audio_file = record.audio_file
        result.duration_ms = record.duration_ms

    def _complete_all(self, catalog) -> None:
        while self._pending:
            self._complete_oldest(catalog)

    def _files_of(self, record) -> list[Path]:
        names = [record.audio_file, record.transcript_vtt, record.transcript_json, record.chapters_json]
        return [self.out_dir / n for n in names if n]

    # -- the whole run -------------------------------------------------------

    def render(
        self,
        paths: list[Path],
        *,
        prune: bool = False,
        edition: bool | None = None,
    ) -> RenderReport:
        from .ingest import discover

        report = RenderReport()
        edition = self.config.render.edition if edition is None else edition
        files = discover(paths)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="encode")
        try:
            self._render(files, report, prune=prune, edition=edition)
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pending.clear()
        report.engine = self._engine.name if self._engine else None
        report.notice = self._notice
        self._remove_stale()
        return report

    def _render(self, files: list[Path], report: RenderReport, *, prune: bool, edition: bool) -> None:
        from .ingest import ensure_swedish, load, slugify
        from .publish import Catalog
        from .speech import build_script

        with output_lock(self.out_dir), Catalog(self.out_dir / CATALOG_FILE) as catalog:
            articles: list[Article] = []
            total = len(files)
            for done, path in enumerate(files):
                result = ArticleResult(source=str(path))
                report.results.append(result)
                if self.progress:
                    self.progress(path.name, done, total)
                try:
                    article = load(path)
                    ensure_swedish(article)  # only Swedish is read aloud
                    result.slug, result.title = article.slug, article.title
                    script = build_script(article, self.config.podcast.name, self.lexicon)
                    self.render_episode(
                        catalog,
                        kind="article",
                        slug=article.slug,
                        script=script,
                        title=article.title,
                        description=describe(article),
                        published=article.published,
                        author=article.author,
                        url=article.url,
                        source=article.source,
                        result=result,
                    )
                    articles.append(article)
                except AudiocastError as exc:
                    result.status = "failed"
                    result.error = str(exc) if str(path) in str(exc) else f"{path}: {exc}"
            if self.progress:
                self.progress("", total, total)

            if prune:
                # An article whose file is still there but failed to load keeps
                # its episode: a typo must not unpublish it.
                keep = {slugify(p.stem) for p in files} | {a.slug for a in articles}
                for slug in catalog.slugs("article"):
                    if slug not in keep:
                        record = catalog.get(slug, "article")
                        self._stale.extend(self._files_of(record))
                        catalog.remove(slug, "article")
                        report.pruned.append(slug)

            if edition and articles:
                self.render_editions(catalog, articles, report)

            self._complete_all(catalog)
            self.publish(catalog)
            report.feed = self.out_dir / "feed.xml"

    def render_editions(self, catalog, articles: list[Article], report: RenderReport) -> None:
        """The daily edition: one episode of the newest day's articles."""
        from .speech import build_edition_script

        days = sorted({d for d in (local_day(a) for a in articles) if d is not None})
        if not days:
            return
        day = days[-1]
        todays = sorted(
            (a for a in articles if local_day(a) == day),
            key=lambda a: (a.published, a.slug),
        )
        slug = f"utgava-{day.isoformat()}"
        result = ArticleResult(source=f"edition {day.isoformat()}", slug=slug)
        report.editions.append(result)
        title = f"Dagens utgåva, {_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
        result.title = title
        try:
            script = build_edition_script(todays, self.config.podcast.name, day, self.lexicon)
            self.render_episode(
                catalog,
                kind="edition",
                slug=slug,
                script=script,
                title=title,
                description="I dag: " + "; ".join(a.title for a in todays),
                published=max(a.published for a in todays),
                author=self.config.podcast.author,
                url=None,
                source=", ".join(a.source for a in todays),
                result=result,
            )
        except AudiocastError as exc:
            result.status = "failed"
            result.error = f"{result.source}: {exc}"

    def publish(self, catalog) -> None:
        """Feeds and the listeners' page, from the catalog alone."""
        publish_all(self.config, self.out_dir, catalog)

    def _remove_stale(self) -> None:
        for path in self._stale:
            try:
                path.unlink()
            except FileNotFoundError:
                pass


def publish_all(config: Config, out_dir: Path, catalog) -> None:
    """Write feed.xml, edition/feed.xml (when there are editions) and index.html."""
    from .publish import ensure_cover, write_feed, write_site

    config_dir = config.path.parent if config.path else None
    ensure_cover(config.podcast, out_dir, config_dir)
    limit = config.podcast.max_episodes
    articles = catalog.episodes("article", limit=limit)
    editions = catalog.episodes("edition", limit=limit)
    write_feed(config, articles, out_dir / "feed.xml", config.feed_url)
    if editions:
        (out_dir / EDITION_DIR).mkdir(parents=True, exist_ok=True)
        write_feed(
            config,
            editions,
            out_dir / EDITION_DIR / "feed.xml",
            config.podcast.base_url + f"{EDITION_DIR}/feed.xml",
            title=f"{config.podcast.name}: dagens utgåva",
            description=(
                "Dagens nyheter i ett avsnitt, som en taltidning: innehållsförteckning "
                "och en artikel per kapitel."
            ),
        )
    write_site(config, articles, out_dir, editions=editions)


def rebuild_feed(config: Config, out_dir: Path) -> None:
    """``audiocast feed``: republish from the catalog without rendering."""
    from .publish import Catalog

    path = out_dir / CATALOG_FILE
    if not path.exists():
        raise PublishError(f"{path}: no catalog yet; run 'audiocast render' first")
    with output_lock(out_dir), Catalog(path) as catalog:
        publish_all(config, out_dir, catalog)


def describe(article: Article) -> str:
    """The episode description: the lead, or the first paragraph."""
    if article.lead:
        return article.lead
    for block in article.blocks:
        if block.text and block.kind.value in ("paragraph", "quote"):
            return block.text
    return article.title


_WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
_MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]
