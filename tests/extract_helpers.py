"""Helpers shared by the extraction tests: read a dump as `render` does, and what a listener hears of it."""

from __future__ import annotations

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
