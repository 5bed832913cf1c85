"""Reading articles: files in a folder, page text dumps, Markdown, HTML pages.

Public API::

    discover(paths) -> list[Path]          article files among files/folders
    load(path, reader=None) -> Article     one file, dispatched on its suffix
    explain(path, output=None) -> Explained  a dump with the lines left out as template/by the editor
    extract_report(path, output=None)      the lines ``audiocast extract`` prints under the article
    report_lines(explained) -> list[str]   the same, for an Explained already at hand
    flag_line(article) -> str | None       one line when the extraction's confidence is low
    parse_text_dump(text, source, slug)    a browser copy of a news page (.txt)
    parse_markdown(text, source, slug)     Markdown with front matter (.md, .markdown)
    extract_html(html, source, url, slug)  an HTML page, via trafilatura + Swedish rules (any language)
    ensure_swedish(article) -> Article     IngestError unless the article is in Swedish (before reading aloud)
    to_markdown(article) -> str            the Markdown format load() reads back
    article_to_dict(article) -> dict       JSON-able, ISO date
    format_written(article) -> str         headline, lead and blocks as plain lines

Boilerplate rules for text dumps are data (``data/boilerplate.tsv``); an editor
adds local ones in ``_boilerplate.tsv`` in the articles folder (see
:mod:`audiocast.ingest.boilerplate`). The slug of a file is its slugified file stem,
so editing a headline keeps the episode's identity.

What is known besides the page's text (see :mod:`audiocast.ingest.reader`): an
editor's sidecar ``x.txt.meta.toml`` / ``x.meta.toml`` (title, site, drop, keep),
the site's template profile in ``<output>/.sites/`` (pass a :class:`Reader`
made with the output folder), and the line classifier when it is installed.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import IngestError
from ..models import Article
from .boilerplate import LOCAL_RULES_FILE, rules_for
from .confidence import flag_line
from .dumpclean import slugify
from .hints import Explained
from .lang import ensure_swedish
from .markdown import parse_markdown, to_markdown
from .reader import Reader, default_scorer, report_lines
from .serialize import article_to_dict, format_written
from .sidecar import read_sidecar
from .text import parse_text_dump

__all__ = [
    "ARTICLE_SUFFIXES",
    "Explained",
    "Reader",
    "article_to_dict",
    "default_scorer",
    "discover",
    "ensure_swedish",
    "explain",
    "extract_report",
    "extract_html",
    "flag_line",
    "format_written",
    "load",
    "parse_markdown",
    "parse_text_dump",
    "report_lines",
    "slugify",
    "to_markdown",
]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_SKIP_NAMES = {"lexikon.tsv", LOCAL_RULES_FILE}


def _is_article_file(path: Path) -> bool:
    name = path.name
    return (
        path.suffix.lower() in ARTICLE_SUFFIXES
        and not name.startswith((".", "_"))
        and not name.upper().startswith("README")
        and name.lower() not in _SKIP_NAMES
    )


def discover(paths: list[Path]) -> list[Path]:
    """Article files among the given files and folders (folders: not recursive), sorted.

    Skips hidden files, names starting with "_", README* and lexikon.tsv. A file
    named explicitly is taken when its suffix is an article suffix. Raises
    IngestError for a path that does not exist.
    """
    found: set[Path] = set()
    for path in paths:
        path = Path(path)
        if not path.exists():
            raise IngestError(str(path), "no such file or folder; check the path")
        if path.is_dir():
            found.update(p for p in path.iterdir() if p.is_file() and _is_article_file(p))
        elif _is_article_file(path):
            found.add(path)
    return sorted(found)


def extract_html(html: str, source: str, url: str | None = None, slug: str | None = None,
                 require_swedish: bool = False) -> Article:
    """An Article from an HTML page (see :mod:`audiocast.ingest.html`).

    Pages in any language are extracted (``Article.language`` tells which);
    with ``require_swedish`` a page in another language raises IngestError.
    """
    from .html import extract_html as _extract

    return _extract(html, source, url=url, slug=slug, require_swedish=require_swedish)


def load(path: Path, reader: Reader | None = None) -> Article:
    """Read one article file, by suffix: .txt dump, .md/.markdown, .html/.htm.

    A .txt file that starts with a ``---`` front matter block is read as
    Markdown. Any language is read (``Article.language``); call
    :func:`ensure_swedish` before reading an article aloud. Raises IngestError (naming the file) when the file is not UTF-8,
    is empty, has no headline or no body text, or has an unknown suffix.

    ``reader`` brings the site profiles of an output folder (``Reader(output)``);
    without it a dump is read with its sidecar and the line classifier only.
    """
    return explain(path, reader=reader).article


def explain(path: Path, output: Path | None = None, reader: Reader | None = None) -> Explained:
    """:func:`load`, with the lines left out as template, by the editor's sidecar or by the classifier.

    ``output`` names the output folder whose site profiles are used and grown
    (ignored when ``reader`` is given).
    """
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise IngestError(
            source, f"unknown file type {suffix or '(no suffix)'!r}; use .txt, .md, .markdown, .html or .htm"
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(source, "no such file; check the path") from exc
    except OSError as exc:
        raise IngestError(source, f"cannot read the file ({exc.strerror})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(source, "not UTF-8 text; save it as UTF-8") from exc
    if not text.strip():
        raise IngestError(source, "the file is empty; put the article text in it")
    slug = slugify(path.stem)
    if suffix in {".md", ".markdown"} or (suffix == ".txt" and text.lstrip().startswith("---\n")):
        return Explained(parse_markdown(text, source, slug))
    if suffix in {".html", ".htm"}:
        article = extract_html(text, source, slug=slug)
        sidecar = read_sidecar(path)
        article.title = sidecar.title or article.title
        article.site_name = sidecar.site or article.site_name
        return Explained(article)
    reader = reader or Reader(output, scorer=default_scorer())
    return reader.explain(path, text, rules_for(path.parent), slug)


def extract_report(path: Path, output: Path | None = None) -> list[str]:
    """The lines ``audiocast extract`` prints under the article: a low-confidence flag
    (when the confidence is low) and the lines dropped as the site's template, by the
    editor or by the classifier."""
    return report_lines(explain(path, output))
