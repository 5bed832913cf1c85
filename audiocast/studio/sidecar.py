"""The editors' changes to an article, kept beside it as a plain file git can diff.

For a Markdown article the file itself is edited (a new ``title:`` in its
front matter, a dropped line removed from the body). For a page text dump
(``.txt``) or a saved page (``.html``) the article file stays as it was
copied, and the changes go into a sidecar next to it, ``<stem>.meta.toml``
(``articles/ny-bro.txt`` → ``articles/ny-bro.meta.toml``)::

    # audiocast: the editors' changes to ny-bro.txt (written by the studio)
    title = "Ny bro över Ljusnan"       # replaces the headline found in the page
    site = "Ljusnan-Bladet"             # the site's name, when the page lacks it
    keep = ["Läs också: Bron byggs"]    # lines read although a boilerplate rule drops them
    drop = ["Annons"]                   # lines not read although they look like article text

Every key is optional; ``keep`` and ``drop`` hold whole lines as they stand in
the page (spaces cleaned), matched exactly. Keys this module does not know
are kept when the file is rewritten. :func:`load_edited` reads an article
with its changes applied; applying them twice changes nothing, so a loader in
:mod:`audiocast.ingest` may apply the same file too.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..atomic import AtomicWriteError, write_text
from ..errors import IngestError
from ..ingest import Reader, load
from ..ingest.dumpclean import clean_line, clean_text
from ..ingest.text import normalize_quote, strip_bullet
from ..models import Article, Block, BlockKind

__all__ = [
    "SIDECAR_SUFFIX",
    "Edits",
    "LineView",
    "apply_edits",
    "article_kind",
    "drop_markdown_line",
    "ingested_lines",
    "load_edited",
    "read_edits",
    "set_markdown_title",
    "sidecar_path",
    "write_edits",
]

SIDECAR_SUFFIX = ".meta.toml"


@dataclass(frozen=True)
class Edits:
    """What the editors changed in one article (see the module docstring)."""

    title: str | None = None
    """Replaces the headline found in the page."""
    site: str | None = None
    """The site's name (``Article.site_name``)."""
    keep: tuple[str, ...] = ()
    """Lines to read although a boilerplate rule drops them."""
    drop: tuple[str, ...] = ()
    """Lines not to read although they look like article text."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Keys of the file this module does not know, kept as they were."""

    def toggled(self, line: str, keep: bool) -> Edits:
        """These edits with ``line`` kept (``keep``) or dropped."""
        line = clean_line(line)
        keeps = tuple(x for x in self.keep if x != line)
        drops = tuple(x for x in self.drop if x != line)
        if keep:
            return replace(self, keep=keeps + (line,), drop=drops)
        return replace(self, keep=keeps, drop=drops + (line,))


def sidecar_path(article_path: Path) -> Path:
    """``articles/x.txt`` → ``articles/x.meta.toml``."""
    path = Path(article_path)
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def article_kind(path: Path, text: str) -> str:
    """"markdown" (edited in place), "text" (a page dump) or "html" (a saved page)."""
    suffix = Path(path).suffix.lower()
    if suffix in {".md", ".markdown"} or (suffix == ".txt" and text.lstrip().startswith("---\n")):
        return "markdown"
    return "html" if suffix in {".html", ".htm"} else "text"


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise IngestError(where, f"{key} must be a list of strings in quotes, e.g. {key} = [\"a line\"]")
    return tuple(clean_line(v) for v in value)


def read_edits(article_path: Path) -> Edits:
    """The article's sidecar, or no edits when there is none. Raises IngestError for a bad file."""
    path = sidecar_path(article_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Edits()
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(str(path), f"cannot read the editors' changes ({exc}); check the file") from None
    except tomllib.TOMLDecodeError as exc:
        raise IngestError(str(path), f"not valid TOML ({exc}); fix the syntax or remove the file") from None
    for key in ("title", "site"):
        if key in data and not isinstance(data[key], str):
            raise IngestError(str(path), f"{key} must be a string in quotes")
    return Edits(
        title=data.pop("title", None) or None,
        site=data.pop("site", None) or None,
        keep=_strings(data.pop("keep", []), str(path), "keep"),
        drop=_strings(data.pop("drop", []), str(path), "drop"),
        extra=data,
    )


def _toml_value(value: Any) -> str:
    """A TOML value for the simple types a sidecar holds (JSON's string escapes are TOML's)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[\n" + "".join(f"  {_toml_value(v)},\n" for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def write_edits(article_path: Path, edits: Edits) -> Path:
    """Write the sidecar atomically (or remove it when nothing is changed); returns its path."""
    path = sidecar_path(article_path)
    lines = [f"# audiocast: the editors' changes to {Path(article_path).name} (written by the studio)"]
    fields: dict[str, Any] = {"title": edits.title, "site": edits.site}
    fields.update({"keep": list(edits.keep), "drop": list(edits.drop)})
    fields.update(edits.extra)
    body = [f"{k} = {_toml_value(v)}" for k, v in fields.items() if v not in (None, "", [])]
    if not body:
        path.unlink(missing_ok=True)
        return path

    def error(failure: AtomicWriteError) -> IngestError:
        return IngestError(str(path), f"cannot be written ({failure.reason}); check permissions and free space")

    write_text(path, "\n".join(lines + body) + "\n", error=error)
    return path


# --------------------------------------------------------------------------
# Applying the edits


def _raw_lines(text: str) -> list[str]:
    return [line for line in clean_text(text).split("\n") if line]


MIN_PART_WORDS = 4
"""A line shorter than this is never cut out of a longer paragraph: "Haninge" the section
label must not take "Haninge" out of the text (a hard-wrapped line joined into a paragraph
is longer)."""


def _forms(line: str) -> set[str]:
    """The ways ingest may have written ``line`` into the article (quote dash, bullet)."""
    return {line, normalize_quote(line), strip_bullet(line)}


def _part_of(line: str, text: str) -> bool:
    """Whether ``line`` is ``text`` itself, or a whole line joined into it (long enough to tell)."""
    if text in _forms(line):
        return True
    if len(line.split()) < MIN_PART_WORDS:
        return False
    return text.startswith(line + " ") or text.endswith(" " + line) or f" {line} " in text


def _drop_from(text: str, drops: set[str]) -> str:
    """``text`` without any dropped line in it (a whole block, or a line joined into one)."""
    for line in drops:
        if text in _forms(line):
            return ""
        if _part_of(line, text):
            text = " ".join(f" {text} ".replace(f" {line} ", " ").split())
    return text


def _apply_drops(article: Article, drops: set[str]) -> Article:
    blocks: list[Block] = []
    for block in article.blocks:
        text = _drop_from(block.text, drops)
        items = tuple(i for i in block.items if _drop_from(i, drops))
        if block.kind is BlockKind.FACTBOX:
            if items or text:
                blocks.append(Block(block.kind, text, items))
        elif text:
            blocks.append(Block(block.kind, text, items))
    lead = _drop_from(article.lead, drops) if article.lead else article.lead
    return replace(article, blocks=blocks, lead=lead or None)


def _contains(article: Article, line: str) -> bool:
    """Whether ``line`` of the page is read in ``article``."""
    texts = [article.title, article.lead or ""] + [b.text for b in article.blocks]
    texts += [i for b in article.blocks for i in b.items]
    return any(_part_of(line, t) for t in texts if t)


def _apply_keeps(article: Article, keeps: tuple[str, ...], raw: list[str]) -> Article:
    """Each kept line as a paragraph, after the block of the nearest line above it that is read."""
    blocks = list(article.blocks)
    for line in keeps:
        if _contains(replace(article, blocks=blocks), line):
            continue
        at = 0
        index = raw.index(line) if line in raw else len(raw)
        for above in reversed(raw[:index]):
            hits = [n for n, b in enumerate(blocks) if any(_part_of(above, t) for t in (b.text, *b.items))]
            if hits:
                at = hits[-1] + 1
                break
        blocks.insert(at, Block(BlockKind.PARAGRAPH, line))
    return replace(article, blocks=blocks)


def apply_edits(article: Article, edits: Edits, raw_text: str = "") -> Article:
    """``article`` with ``edits`` applied; ``raw_text`` (the page) places kept lines.

    Applying the same edits again gives the same article.
    """
    if edits.drop:
        article = _apply_drops(article, set(edits.drop) - set(edits.keep))
    if edits.keep:
        article = _apply_keeps(article, edits.keep, _raw_lines(raw_text))
    if edits.title:
        article = replace(article, title=edits.title)
    if edits.site:
        article = replace(article, site_name=edits.site)
    return article


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""  # load() has already said what is wrong with the file


def load_edited(path: Path, reader: Reader | None = None) -> Article:
    """The article in ``path`` as it will be read aloud: with the editors' changes.

    A Markdown article is its own record of changes; for other files the
    sidecar (:func:`sidecar_path`) is applied. Raises IngestError like
    :func:`audiocast.ingest.load`, and for a malformed sidecar. ``reader`` reads
    a page dump with its site's template profile (``Reader(out_dir)``), as ``render`` does.
    """
    path = Path(path)
    article = load(path, reader=reader)
    text = _read_text(path)
    if article_kind(path, text) == "markdown":
        return article
    edits = read_edits(path)
    return apply_edits(article, edits, text if article_kind(path, text) == "text" else "")


# --------------------------------------------------------------------------
# The page as ingested, line by line, for the studio


@dataclass(frozen=True)
class LineView:
    """One line of the page as ingested."""

    text: str
    read: bool
    """Whether it is read aloud (after the editors' changes)."""
    by_editor: bool
    """Whether an editor's keep or drop decided it (it is in the sidecar)."""


def _markdown_body(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        lines = lines[end + 1:]
    return [clean_line(line) for line in lines if line.strip()]


def ingested_lines(path: Path, raw_article: Article, edits: Edits) -> list[LineView]:
    """Every line of the page, and whether it is read: kept by the rules, dropped as boilerplate,
    or decided by an editor. ``raw_article`` is the article as :func:`~audiocast.ingest.load` reads it."""
    text = _read_text(path)
    kind = article_kind(path, text)
    if kind == "markdown":
        return [LineView(line, True, False) for line in _markdown_body(text)]
    if kind == "text":
        raw = _raw_lines(text)
    else:
        raw = [b.text for b in raw_article.blocks] + [i for b in raw_article.blocks for i in b.items]
        raw += [line for line in edits.drop if line not in raw]
    # (ingest may apply the sidecar itself, so "decided by an editor" is read from the sidecar alone)
    out: list[LineView] = []
    for line in raw:
        if line in edits.keep:
            out.append(LineView(line, True, True))
        elif line in edits.drop:
            out.append(LineView(line, False, True))
        else:
            out.append(LineView(line, _contains(raw_article, line), False))
    return out


# --------------------------------------------------------------------------
# Markdown: the file itself is edited


def _front_matter_end(lines: list[str]) -> int:
    """Index of the closing ``---`` of the front matter, or -1 when there is none."""
    if not lines or lines[0].strip() != "---":
        return -1
    return next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), -1)


def set_markdown_title(text: str, title: str) -> str:
    """The Markdown ``text`` with ``title:`` in its front matter set to ``title``."""
    lines = text.split("\n")
    value = f"title: {json.dumps(' '.join(title.split()), ensure_ascii=False)}"
    end = _front_matter_end(lines)
    if end < 0:
        return "\n".join(["---", value, "---", ""] + lines)
    for i in range(1, end):
        if lines[i].split(":", 1)[0].strip().lower() == "title":
            lines[i] = value
            return "\n".join(lines)
    lines.insert(1, value)
    return "\n".join(lines)


def drop_markdown_line(text: str, line: str) -> str:
    """The Markdown ``text`` without the body line whose cleaned text is ``line`` (the first one)."""
    lines = text.split("\n")
    start = _front_matter_end(lines) + 1
    for i in range(start, len(lines)):
        if lines[i].strip() and clean_line(lines[i]) == line:
            del lines[i]
            # Two blank lines left behind become one.
            if 0 < i < len(lines) and not lines[i].strip() and not lines[i - 1].strip():
                del lines[i]
            break
    return "\n".join(lines)
