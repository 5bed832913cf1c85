"""Articles written out: as a JSON-able dict and as plain reading text."""

from __future__ import annotations

from typing import Any

from ..models import Article, BlockKind


def article_to_dict(article: Article) -> dict[str, Any]:
    """A JSON-able dict of the article; the date as ISO 8601 with its offset.

    ``blocks`` keeps the structure; ``body`` is the same text flattened in
    reading order (lead, paragraphs, quotes, headings, fact-box titles and
    items), one string per line, for tools that score extraction;
    ``confidence`` and ``doubts`` say how sure the extractor is.
    """
    published = article.published.isoformat() if article.published else None
    return {
        "slug": article.slug,
        "title": article.title,
        "published": published,
        "date": published,
        "author": article.author,
        "source": article.source,
        "url": article.url,
        "site_name": article.site_name,
        "language": article.language,
        "lead": article.lead,
        "blocks": [
            {"kind": b.kind.value, "text": b.text, **({"items": list(b.items)} if b.kind is BlockKind.FACTBOX else {})}
            for b in article.blocks
        ],
        "body": format_written(article).splitlines()[1:],
        "confidence": article.confidence,
        "doubts": list(article.doubts),
    }


def format_written(article: Article) -> str:
    """The article as plain text: headline, lead, then each block on its own line.

    A fact box is its title line (when it has one) followed by one line per item.
    """
    lines = [article.title]
    if article.lead:
        lines.append(article.lead)
    for block in article.blocks:
        if block.kind is BlockKind.FACTBOX:
            if block.text:
                lines.append(block.text)
            lines.extend(block.items)
        else:
            lines.append(block.text)
    return "\n".join(lines) + "\n"
