"""One newsroom's folder as the studio sees it: articles, their state, scripts, the lexicon.

What is here: the queue (each article's state: new, needs attention, changed
since approval, approved, published, changed since publishing; an article is
read as ``audiocast render`` reads it, :func:`audiocast.pipeline.read_article`), an article's spoken script with what the normalizer changed or
doubted, the lexicon file and where each entry is used, file versions for
conflict checks, and the lock that serialises the editors' writes. What is
not: HTTP (``app.py``), sound (``preview.py``), the sidecar format
(``sidecar.py``), the approvals file (:mod:`audiocast.approval`).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..approval import Approval, article_hash, folder_lock, read_approvals
from ..atomic import write_text
from ..config import Config
from ..errors import AudiocastError, SpeechError
from ..ingest import Reader, default_scorer, discover, load, slugify
from ..lexicon_choice import LEXICON_FILE, config_relative
from ..models import Article, Script, SegmentKind
from ..pipeline import Renderer, read_article
from ..publish import CATALOG_FILE, Catalog, EpisodeRecord
from ..publish.catalog import Failure
from ..publish.output import STUDIO_DIR
from ..speech import Change, Lexicon, Unsure, build_script, explain
from ..speech.report import Trace
from .sidecar import Edits, LineView, article_kind, ingested_lines, read_edits, sidecar_path

__all__ = ["STUDIO_DIR", "ArticleView", "ConflictError", "Newsroom", "SegmentView", "file_version", "state_counts"]
LOW_CONFIDENCE = 0.6
"""Below this extraction confidence (``Article.confidence``, when ingest gives one) an article needs attention."""

STATES = {
    "attention": "Behöver åtgärd",
    "changed": "Ändrad sedan godkännandet",
    "new": "Ny",
    "approved": "Godkänd",
    "published": "Publicerad",
    "modified": "Ändrad sedan publiceringen",
}
"""Each state of an article in the queue, and its Swedish name."""


class ConflictError(AudiocastError):
    """A file changed between the moment an editor opened a form and the moment it was sent."""


@dataclass(frozen=True)
class SegmentView:
    """One segment of the spoken script, with what the normalizer did to it."""

    index: int
    kind: str
    written: str
    spoken: str
    changes: tuple[Change, ...]
    unsure: tuple[Unsure, ...]


@dataclass
class ArticleView:
    """One article as the studio shows it."""

    path: Path
    slug: str
    title: str
    published: datetime | None
    state: str = "new"
    notes: list[str] = field(default_factory=list)
    """Why it needs attention (one line each)."""
    error: str | None = None
    failure: Failure | None = None
    """The article's last failed render (``audiocast render``, e.g. from cron), kept in the catalog."""
    article: Article | None = None
    raw: Article | None = None
    """The article as ingest reads it, before the editors' changes."""
    script: Script | None = None
    content_hash: str | None = None
    """:func:`~audiocast.approval.article_hash`: what the editor approves."""
    episode_hash: str | None = None
    """The content hash a render would give the episode (compared with the catalog's)."""
    published_record: EpisodeRecord | None = None
    """The episode the catalog publishes for this article's file, if any."""
    approval: Approval | None = None
    kind: str = "text"
    """"markdown", "text" or "html" (see :func:`~.sidecar.article_kind`)."""

    @property
    def state_name(self) -> str:
        return STATES[self.state]


def file_version(path: Path) -> str:
    """A short fingerprint of a file's bytes ("" when it does not exist), carried by edit forms."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    except FileNotFoundError:
        return ""


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except FileNotFoundError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


class Newsroom:
    """A newsroom's articles folder, configuration and output folder."""

    def __init__(self, config: Config, articles_dir: Path, out_dir: Path):
        self.config = config
        self.articles_dir = Path(articles_dir)
        self.out_dir = Path(out_dir)
        self._views: dict[Path, tuple[tuple[object, ...], ArticleView]] = {}
        self._thread_lock = threading.Lock()
        self._renderer = Renderer(config, self.out_dir)
        """Only for :meth:`~audiocast.pipeline.Renderer.episode_hash` (renders nothing)."""
        self._reader: Reader | None = None
        """Reads page dumps with their sites' profiles, as render does; a new one for each queue."""
        self._catalog: tuple[tuple[int, int], list[EpisodeRecord], dict[str, Failure]] | None = None

    # -- files ----------------------------------------------------------------

    @property
    def studio_dir(self) -> Path:
        return self.out_dir / STUDIO_DIR

    @property
    def lexicon_path(self) -> Path:
        """The editors' lexicon: ``[render] lexicon`` in the configuration, else ``lexikon.tsv`` in the articles."""
        configured = config_relative(self.config, self.config.render.lexicon)
        return configured if configured is not None else self.articles_dir / LEXICON_FILE

    def files(self) -> list[Path]:
        return discover([self.articles_dir]) if self.articles_dir.is_dir() else []

    def find(self, slug: str) -> Path | None:
        return next((p for p in self.files() if slugify(p.stem) == slug), None)

    def lexicon(self) -> Lexicon:
        """The shipped lexicon extended by the newsroom's file (when there is one)."""
        if self.lexicon_path.exists():
            return Lexicon.load(self.lexicon_path)
        return Lexicon.default()

    @contextmanager
    def edit_lock(self) -> Iterator[None]:
        """One editor's read-check-write at a time, across threads, studios and ``audiocast approve``
        (:func:`~audiocast.approval.folder_lock` on the articles folder). Approvals take it themselves."""
        with self._thread_lock, folder_lock(self.articles_dir):
            yield

    def check_version(self, path: Path, base: str) -> None:
        """Raise ConflictError when ``path`` is no longer the version ``base`` a form was made from."""
        if file_version(path) != base:
            raise ConflictError(
                f"{path.name} ändrades av någon annan medan du arbetade. "
                "Din ändring sparades inte; läs den nya versionen nedan och gör ändringen igen."
            )

    # -- articles -------------------------------------------------------------

    def _key(self, path: Path) -> tuple[object, ...]:
        return (
            _stamp(path), _stamp(sidecar_path(path)), _stamp(self.lexicon_path),
            _stamp(self.articles_dir / "approvals.tsv"), _stamp(self.out_dir / CATALOG_FILE),
            _stamp(self.error_path(slugify(path.stem))),
        )

    def error_path(self, slug: str) -> Path:
        """Where the one-line error of a failed preview of ``slug`` is kept."""
        return self.studio_dir / f"{slug}.error"

    def view(self, path: Path, lexicon: Lexicon | None = None) -> ArticleView:
        """The article in ``path`` with its script and state (cached until one of its files changes)."""
        key = self._key(path)
        cached = self._views.get(path)
        if cached is not None and cached[0] == key:
            return cached[1]
        view = self._make_view(path, lexicon)
        self._views[path] = (key, view)
        return view

    def reader(self) -> Reader:
        if self._reader is None:
            self._reader = Reader(self.out_dir, scorer=default_scorer())
        return self._reader

    def _make_view(self, path: Path, lexicon: Lexicon | None) -> ArticleView:
        slug = slugify(path.stem)
        view = ArticleView(path=path, slug=slug, title=path.name, published=None)
        view.published_record, view.failure = self._published(path, slug)
        if view.failure is not None:  # shown even when the studio cannot read the article either
            when = view.failure.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
            view.notes.append(f"Senaste renderingen ({when} UTC) misslyckades: {view.failure.error}")
        try:
            text = path.read_bytes().decode("utf-8-sig", errors="replace")
            view.kind = article_kind(path, text)
            view.raw = load(path, reader=self.reader())
            article = read_article(path, self.config, self.reader())  # exactly as render reads it
            view.article, view.title, view.published = article, article.title, article.published
            view.script = build_script(article, self.config.podcast.name, lexicon or self.lexicon())
            view.content_hash = article_hash(article, view.script)
            view.episode_hash = self._renderer.episode_hash(article, view.script)
        except AudiocastError as exc:
            view.state, view.error = "attention", str(exc)
            return view
        except Exception as exc:  # one article's failure is that article's line, never the whole queue's
            view.state, view.error = "attention", f"{path.name}: {type(exc).__name__}: {exc}"
            return view
        self._set_state(view)
        return view

    def _set_state(self, view: ArticleView) -> None:
        """The article's state; see the module docstring and :data:`STATES`."""
        view.approval = read_approvals(self.articles_dir).get(view.path.name)
        confidence = getattr(view.article, "confidence", None)
        if isinstance(confidence, (int, float)) and confidence < LOW_CONFIDENCE:
            view.notes.append(f"Osäker textutvinning (säkerhet {confidence:.0%}): kontrollera raderna.")
        unsure = [u for s in self.segments(view) for u in s.unsure]
        if unsure:
            tokens = ", ".join(dict.fromkeys(u.token for u in unsure))
            view.notes.append(f"Osäker uppläsning: {tokens}")
        try:
            view.error = self.error_path(view.slug).read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            view.error = None
        record = view.published_record
        if view.failure is not None or view.error:
            view.state = "attention"
        elif record is not None and record.content_hash == view.episode_hash:
            view.state = "published"
        elif view.approval is not None:
            view.state = "approved" if view.approval.content_hash == view.content_hash else "changed"
        elif record is not None:
            view.state = "modified"
        elif view.notes:
            view.state = "attention"
        else:
            view.state = "new"

    def _published(self, path: Path, slug: str) -> tuple[EpisodeRecord | None, Failure | None]:
        """The catalog's episode of the article in ``path`` and its last failed render (each None if none)."""
        catalog = self.out_dir / CATALOG_FILE
        stamp = _stamp(catalog)
        if stamp == (0, 0):
            return None, None
        if self._catalog is None or self._catalog[0] != stamp:
            with Catalog(catalog) as cat:
                self._catalog = (stamp, cat.episodes("article"), cat.failures())
        _, records, failures = self._catalog
        where = path.resolve()
        same_name = [r for r in records if Path(r.source).name == path.name]
        # The source is the path render was given (perhaps relative to cron's folder): the same file,
        # else the one file of that name, else the one under the article's own slug.
        record = next((r for r in same_name if Path(r.source).resolve() == where), None)
        if record is None and same_name:
            record = same_name[0] if len(same_name) == 1 else next((r for r in same_name if r.slug == slug), None)
        return record, failures.get(str(where))

    def queue(self, state: str | None = None) -> list[ArticleView]:
        """Every article with its state, newest first; only those in ``state`` when given."""
        lexicon = self.lexicon()
        self._reader = None  # like a render: profiles grown from the dumps as they are now
        views = [self.view(p, lexicon) for p in self.files()]
        views.sort(key=lambda v: (v.published.timestamp() if v.published else 0.0, v.path.name), reverse=True)
        return [v for v in views if state is None or v.state == state]

    def segments(self, view: ArticleView) -> list[SegmentView]:
        """The script's segments with the normalizer's changes and doubts for each."""
        if view.script is None:
            return []
        lexicon = self.lexicon()
        out: list[SegmentView] = []
        for i, seg in enumerate(view.script.segments):
            if seg.kind in (SegmentKind.INTRO, SegmentKind.OUTRO):
                out.append(SegmentView(i, seg.kind.value, seg.written, seg.spoken, (), ()))
                continue
            report = explain(seg.written, lexicon)
            out.append(SegmentView(i, seg.kind.value, seg.written, seg.spoken,
                                   tuple(report.changes), tuple(report.unsure)))
        return out

    def lines(self, view: ArticleView) -> list[LineView]:
        if view.raw is None:
            return []
        edits = read_edits(view.path) if view.kind != "markdown" else Edits()
        return ingested_lines(view.path, view.raw, edits)

    # -- the lexicon ----------------------------------------------------------

    def lexicon_entries(self) -> list[tuple[str, str]]:
        """The newsroom's own entries (not the shipped ones), in file order."""
        if not self.lexicon_path.exists():
            return []
        return list(Lexicon.load(self.lexicon_path, base=Lexicon()).entries.items())

    def add_lexicon_entry(self, written: str, spoken: str) -> None:
        """Add or replace ``written`` in the newsroom's lexicon file (atomically; other lines kept).

        Runs of white space (tabs, line breaks) become one space, so the line is
        always ``written<TAB>spoken``. Raises SpeechError when either is empty.
        """
        written, spoken = " ".join(written.split()), " ".join(spoken.split())
        if not written or not spoken:
            raise SpeechError("Fyll i både hur ordet skrivs och hur det ska uttalas.")
        try:
            text = self.lexicon_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            text = "# Uttalslexikon för audiocast: skrivet ord<TAB>uttal\n"
        lines = [ln for ln in text.splitlines() if ln.split("\t", 1)[0].strip() != written or ln.startswith("#")]
        lines.append(f"{written}\t{spoken}")
        new = "\n".join(lines) + "\n"
        write_text(self.lexicon_path, new)

    def remove_lexicon_entry(self, written: str) -> None:
        text = self.lexicon_path.read_text(encoding="utf-8")
        lines = [ln for ln in text.splitlines() if ln.startswith("#") or ln.split("\t", 1)[0].strip() != written]
        write_text(self.lexicon_path, "\n".join(lines) + "\n")

    def usage(self, written: str, spoken: str) -> list[ArticleView]:
        """The articles whose text the entry changes."""
        single = Lexicon({written: spoken})
        out: list[ArticleView] = []
        for view in self.queue():
            if view.article is None:
                continue
            trace = Trace()
            single.apply(_all_text(view.article), trace)
            if trace.changes:
                out.append(view)
        return out


def _all_text(article: Article) -> str:
    parts = [article.title, article.lead or ""] + [b.text for b in article.blocks]
    parts += [i for b in article.blocks for i in b.items]
    return "\n".join(parts)


def state_counts(views: list[ArticleView]) -> dict[str, int]:
    counts = dict.fromkeys(STATES, 0)
    for v in views:
        counts[v.state] += 1
    return counts
