"""Articles as Markdown with front matter: the format editors write and fetch saves.

The format::

    ---
    title: "Nytt badhus öppnar i Haninge"
    date: 2026-11-12T08:15:00+01:00      (ISO, or Swedish: "12 november 2026 kl. 08.15")
    author: Anna Ek
    lead: "Den korta ingressen under rubriken."     (optional)
    url: https://example.se/artikel                  (optional; also source_url:)
    site: Södertörns Lokalblad                       (optional)
    ---

    A paragraph. Paragraphs are separated by blank lines.

    – A quote is a paragraph opened by a quote dash, säger hon.

    > A paragraph opened by "> " is a quote too.

    ## A subheading

    ### Viktiga telefonnummer
    - Kris- och samtalsstöd: 08-123 456 00
    - Polisen: 114 14

- Front matter is ``key: value`` lines (no PyYAML); a value may be in double
  quotes (JSON string escapes) or single quotes (``''`` is a quote).
- ``lead:`` absent: the first plain paragraph is the lead. ``lead: ""``: no lead.
- ``title:`` absent: a ``# Title`` line at the top of the body is the title.
- ``## Heading`` is a subheading. ``### Title`` (or ``## Fakta…``) followed by a
  list of ``- item`` lines is a fact box; a list with no title above it is a
  fact box with an empty title. ``### Title`` followed by a paragraph is a subheading.
- Inline Markdown is stripped: ``*em*``, ``**strong**``, ``_em_``, `` `code` ``,
  ``[text](url)`` → text. A backslash escapes the next character.

:func:`to_markdown` writes exactly this format so that
``parse_markdown(to_markdown(a))`` gives back an equal Article (apart from source).
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from ..calendar_sv import STOCKHOLM
from ..errors import IngestError
from ..models import Article, Block, BlockKind
from .dates import parse_date
from .dumpclean import clean_line
from .lang import detect_language, language_of

_FRONT_KEYS = {"title", "date", "published", "author", "lead", "url", "source_url", "site", "site_name", "language", "lang"}
_BULLET = re.compile(r"^[-*+•]\s+")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")

_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"(?<!\\)\*\*(?=\S)(.+?)(?<=\S)(?<!\\)\*\*"), r"\1"),
    (re.compile(r"(?<![\\\w])__(?=\S)(.+?)(?<=\S)(?<!\\)__(?!\w)"), r"\1"),
    (re.compile(r"(?<!\\)\*(?=\S)(.+?)(?<=\S)(?<!\\)\*"), r"\1"),
    (re.compile(r"(?<![\\\w])_(?=\S)(.+?)(?<=\S)(?<!\\)_(?!\w)"), r"\1"),
    (re.compile(r"(?<!\\)`([^`]+)`"), r"\1"),
]
_UNESCAPE = re.compile(r"\\([\\`*_\[\]()#>+\-.!{}|–—•])")
_ESCAPE = re.compile(r"([\\`*_\[\]])")


def strip_inline(text: str) -> str:
    """Plain text from one line of inline Markdown.

    >>> strip_inline("Det **kostar** 5 *miljoner* enligt [kommunen](https://x.se).")
    'Det kostar 5 miljoner enligt kommunen.'
    """
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return clean_line(_UNESCAPE.sub(r"\1", text))


def _escape(text: str) -> str:
    return _ESCAPE.sub(r"\\\1", text)


def _parse_value(raw: str, source: str, lineno: int) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise IngestError(source, f"front matter line {lineno}: bad quoted value ({exc.msg})") from exc
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw


def _front_matter(text: str, source: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for idx in range(1, len(lines)):
        line = lines[idx]
        if line.strip() in {"---", "..."}:
            return meta, "\n".join(lines[idx + 1:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or " " in key.strip():
            raise IngestError(source, f"front matter line {idx + 1}: expected 'key: value', got {line.strip()!r}")
        meta[key.strip().lower()] = _parse_value(value, source, idx + 1)
    raise IngestError(source, "front matter has no closing '---' line; end it with a line of three dashes")


def _paragraphs(body: str) -> list[list[str]]:
    """Blank-line separated groups of lines; headings are groups of their own."""
    groups: list[list[str]] = []
    current: list[str] = []
    for raw in body.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            if current:
                groups.append(current)
                current = []
            continue
        if _HEADING.match(line.strip()):
            if current:
                groups.append(current)
                current = []
            groups.append([line.strip()])
            continue
        if current and _BULLET.match(line.strip()) and not _BULLET.match(current[0]):
            groups.extend(_list_title(current))
            current = []
        current.append(line.strip())
    if current:
        groups.append(current)
    return groups


def _list_title(group: list[str]) -> list[list[str]]:
    """A paragraph a list follows with no blank line between (CommonMark lets a
    list interrupt a paragraph). Its last line is the list's title (a ``###``
    heading, so the list is a fact box under it) when it ends with a colon
    ("Så här röstade de:") or, alone, ends no sentence ("Fakta: Taxan"); the
    lines before it stay a paragraph. Without this the list's items were read
    run on into the paragraph, bullets and all."""
    last = group[-1]
    if _HEADING.match(last) or re.search(r"[.!?…]\W*$", last):
        return [group]
    if len(group) == 1 or last.endswith(":"):
        return [g for g in (group[:-1], [f"### {last}"]) if g]
    return [group]


def parse_markdown(text: str, source: str, slug: str) -> Article:
    """An Article from Markdown with front matter (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise IngestError(source, "the file is empty; put the article text in it")
    meta, body = _front_matter(text, source)
    groups = _paragraphs(body)

    title = strip_inline(meta.get("title", ""))
    if not title and groups:
        m = _HEADING.match(groups[0][0])
        if m and len(m.group(1)) == 1:
            title = strip_inline(m.group(2))
            groups = groups[1:]
    if not title:
        raise IngestError(source, "no headline found; add 'title: ...' to the front matter or a '# Title' line")

    blocks: list[Block] = []
    i = 0
    while i < len(groups):
        group = groups[i]
        m = _HEADING.match(group[0])
        if m:
            heading = strip_inline(m.group(2))
            level = len(m.group(1))
            nxt = groups[i + 1] if i + 1 < len(groups) else None
            is_box = level >= 3 or heading.lower().startswith("fakta")
            if nxt is not None and _BULLET.match(nxt[0]) and is_box:
                blocks.append(Block(BlockKind.FACTBOX, heading, _items(nxt)))
                i += 2
                continue
            if heading:
                blocks.append(Block(BlockKind.HEADING, heading))
            i += 1
            continue
        if _BULLET.match(group[0]):
            blocks.append(Block(BlockKind.FACTBOX, "", _items(group)))
            i += 1
            continue
        para = strip_inline(" ".join(group))
        if group[0].startswith(">"):
            para = strip_inline(" ".join(re.sub(r"^>\s?", "", line) for line in group))
            blocks.append(Block(BlockKind.QUOTE, para))
        elif re.match(r"^[–—]\s", group[0]):
            blocks.append(Block(BlockKind.QUOTE, "– " + para[2:].lstrip()))
        elif para:
            blocks.append(Block(BlockKind.PARAGRAPH, para))
        i += 1

    if "lead" in meta:
        lead: str | None = strip_inline(meta["lead"]) or None
    elif blocks and blocks[0].kind is BlockKind.PARAGRAPH:
        lead = blocks.pop(0).text
    else:
        lead = None
    if not blocks and not lead:
        raise IngestError(source, "no body text found under the front matter")

    raw_date = meta.get("date") or meta.get("published") or ""
    published = _parse_front_date(raw_date)
    if raw_date and published is None:
        raise IngestError(source, f"cannot read the date {raw_date!r}; write it as 2026-11-12 or '12 november 2026 kl. 08.15'")
    return Article(
        slug=slug,
        title=title,
        published=published,
        source=source,
        author=strip_inline(meta.get("author", "")) or None,
        url=meta.get("url") or meta.get("source_url") or None,
        lead=lead,
        blocks=blocks,
        site_name=meta.get("site") or meta.get("site_name") or None,
        language=_language(meta, title, lead, blocks),
    )


def _language(meta: dict[str, str], title: str, lead: str | None, blocks: list[Block]) -> str:
    """The declared ``language:`` (or ``lang:``); otherwise what the text looks like.

    Text too short to tell counts as Swedish: an editor's own notes.
    """
    declared = meta.get("language") or meta.get("lang")
    if declared:
        return language_of("", declared)
    text = " ".join([title, lead or ""] + [b.text for b in blocks] + [i for b in blocks for i in b.items])
    found = detect_language(text)
    return "sv" if found == "unknown" else found


def _parse_front_date(raw: str) -> datetime | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        dt = datetime.fromisoformat(raw)
    except ValueError:
        return parse_date(raw)
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=STOCKHOLM)


def _items(group: list[str]) -> tuple[str, ...]:
    items: list[str] = []
    for line in group:
        if _BULLET.match(line):
            items.append(strip_inline(_BULLET.sub("", line, count=1)))
        elif items:
            items[-1] = strip_inline(f"{items[-1]} {line}")
    return tuple(items)


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def to_markdown(article: Article) -> str:
    """The article in the Markdown format :func:`parse_markdown` reads.

    The lead goes in the front matter (``lead: ""`` when there is none), so the
    first paragraph keeps its place on the way back.
    """
    fm = ["---", f"title: {_quoted(_escape(article.title))}"]
    if article.published is not None:
        fm.append(f"date: {article.published.isoformat()}")
    if article.author:
        fm.append(f"author: {_quoted(_escape(article.author))}")
    fm.append(f"lead: {_quoted(_escape(article.lead or ''))}")
    if article.url:
        fm.append(f"source_url: {article.url}")
    if article.site_name:
        fm.append(f"site: {_quoted(article.site_name)}")
    if article.language != "sv":
        fm.append(f"language: {article.language}")
    fm.append("---")
    parts: list[str] = []
    for block in article.blocks:
        text = _escape(block.text)
        if block.kind is BlockKind.HEADING:
            parts.append(f"## {text}")
        elif block.kind is BlockKind.FACTBOX:
            items = "\n".join(f"- {_escape(item)}" for item in block.items)
            parts.append(f"### {text}\n{items}" if block.text else items)
        elif block.kind is BlockKind.QUOTE:
            parts.append(text if re.match(r"^[–—]\s", block.text) else f"> {text}")
        else:
            if re.match(r"^(?:[–—]\s|[-*+•]\s|>|#)", block.text):
                text = "\\" + text
            parts.append(text)
    return "\n".join(fm) + "\n\n" + "\n\n".join(parts) + "\n"
