"""Clean text at the ingest boundary, before it reaches the voice, the feed or the page.

Every text field of an :class:`~audiocast.models.Article` goes through
:func:`clean_article` right after it is read (the pipeline calls it after
``load``); publish calls :func:`clean_text` again before writing XML or HTML,
because the catalog may hold rows written by an older version.

What :func:`clean_text` removes or changes:

- control characters: C0 (U+0000–U+001F) except tab and line feed, DEL and
  C1 (U+007F–U+009F). XML 1.0 cannot carry most of them at all, so one BEL in
  a headline used to make ``feed.xml`` unwritable;
- non-characters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane) and lone
  surrogates (U+D800–U+DFFF), which cannot be encoded as UTF-8;
- soft hyphens and zero-width characters (U+00AD, U+200B–U+200D, U+2060,
  U+FEFF): invisible on the page, but they split words for the normalizer
  and the lexicon;
- numeric character references to any of these (``&#7;``, ``&#xFFFE;``),
  which an app showing the text as HTML would decode;
- and the result is Unicode NFC, so ``a`` + combining ring and ``å`` are the
  same word for the lexicon and the rules.

:func:`safe_url` keeps only absolute ``http``/``https`` addresses: a
``javascript:`` link from front matter is never written into the feed or page.

>>> clean_text("Bro\\u0007 över\\u00adfarten\\u200b i Alby\\ufffe")
'Bro överfarten i Alby'
>>> clean_text("Larm&#7; i Alby &#38; Tumba")
'Larm i Alby &#38; Tumba'
>>> clean_text("a\\u030a") == "\\u00e5"
True
>>> safe_url("javascript:alert(1)") is None, safe_url("https://example.se/a")
(True, 'https://example.se/a')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from urllib.parse import urlsplit

from .models import Article, Block

_REMOVE = re.compile(
    "["
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 except \t and \n; DEL; C1
    "\u00ad\u200b-\u200d\u2060\ufeff"  # soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM
    "\ud800-\udfff"  # lone surrogates
    "\ufdd0-\ufdef"  # non-characters
    "]"
    "|[\ufffe\uffff\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff"
    "\U0004fffe\U0004ffff\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff"
    "\U0008fffe\U0008ffff\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff"
    "\U000cfffe\U000cffff\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff"
    "\U0010fffe\U0010ffff]"
)

_ENTITY = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
"""A numeric character reference, which a podcast app may decode when it shows the text as HTML."""

SAFE_SCHEMES = frozenset({"http", "https"})


def _forbidden_entity(m: re.Match[str]) -> str:
    code = int(m[1], 16) if m[1] else int(m[2])
    if code > 0x10FFFF or code == 0 or _REMOVE.fullmatch(chr(code)):
        return ""
    return m[0]


def clean_text(text: str) -> str:
    """``text`` without control characters, non-characters, lone surrogates,
    soft hyphens and zero-width characters, in Unicode NFC (see the module)."""
    text = _REMOVE.sub("", text)
    while "&#" in text:  # again when a removal joins a new reference ("&#&#7;7;")
        shorter = _ENTITY.sub(_forbidden_entity, text)
        if shorter == text:
            break
        text = shorter
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def clean_optional(text: str | None) -> str | None:
    """:func:`clean_text` of a field that may be missing; an emptied field becomes None."""
    if text is None:
        return None
    cleaned = clean_text(text)
    return cleaned if cleaned.strip() else None


def has_unsafe_characters(text: str) -> bool:
    """True when :func:`clean_text` would remove something from ``text``."""
    return _REMOVE.search(text) is not None


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address, else None.

    ``javascript:``, ``data:``, ``file:`` and relative addresses are dropped:
    feed and page only ever link to the web.
    """
    if not url:
        return None
    url = clean_text(url).strip()
    if any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return url


def _clean_block(block: Block) -> Block | None:
    text = clean_text(block.text)
    items = tuple(i for i in (clean_text(item) for item in block.items) if i.strip())
    if not text.strip() and not items:
        return None
    if text == block.text and items == block.items:
        return block
    return replace(block, text=text, items=items)


def clean_article(article: Article) -> Article:
    """A copy of ``article`` with every text field cleaned and a non-web ``url`` dropped.

    Blocks left empty are dropped; the title may come out empty (the caller
    decides what that means). The source path is left as it is: it names a
    file, and error messages must name the file that exists.
    """
    blocks = [b for b in (_clean_block(block) for block in article.blocks) if b is not None]
    return replace(
        article,
        slug=clean_text(article.slug),
        title=clean_text(article.title),
        author=clean_optional(article.author),
        url=safe_url(article.url),
        lead=clean_optional(article.lead),
        blocks=blocks,
        site_name=clean_optional(article.site_name),
        language=clean_text(article.language),
    )
