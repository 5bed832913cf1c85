"""Helpers shared by the extraction tests: read a dump as `render` does, and what a listener hears of it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from audiocast.ingest import default_scorer, parse_text_dump
from audiocast.ingest.hints import Hints
from audiocast.models import Article


def read_dump(dump: str) -> Article:
    """A page dump read with the line classifier, as a render reads it."""
    return parse_text_dump(dump, "t.txt", "t", hints=Hints(scorer=default_scorer()))


def spoken_lines(article: Article) -> list[str]:
    """Headline, lead and every block and fact-box line, as a listener hears them (empty ones left out)."""
    out = [article.title, article.lead or ""]
    for b in article.blocks:
        out.append(b.text)
        out.extend(b.items)
    return [x for x in out if x]


def spoken_text(article: Article) -> str:
    """The spoken lines as one text, a line each."""
    return "\n".join(spoken_lines(article))


def write_page(folder: Path, name: str, lines: list[str]) -> Path:
    """A page dump written line by line into ``folder`` (as a browser's select-all + copy gives it)."""
    page = folder / name
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return page


def paragraphs(texts: list[str]) -> list[str]:
    """Paragraphs as a dump sets them: each followed by a blank line."""
    return [x for p in texts for x in (p, "")]


def lead_and_blocks(article: Article) -> list[str]:
    """What is read of the article's text under its headline: the lead and each block's text."""
    return [article.lead or ""] + [b.text for b in article.blocks]


@dataclass
class Line:
    """A dump's line as the tagging passes see it (:class:`audiocast.ingest.furniture.TaggedLine`): for testing one
    pass alone on lines written out."""

    text: str
    blank_before: bool = False
    tag: str | None = None
    rule: str | None = None
    p: float | None = None
    label: bool = False
