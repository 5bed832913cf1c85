"""Plain-text dumps of a news page, as a browser's select-all + copy gives them.

A dump has the site's menu on top, a date line, the headline, perhaps a
byline, the lead (ingress), body paragraphs, quotes opened by "– ",
subheadings, photo captions with credits, a fact box, and below the article
the site's teasers ("Senaste nyheterna", "Läs också"), banners and footer.

The parser keeps the article and drops the rest, line by line, with the rule
table of :mod:`audiocast.ingest.boilerplate` (data, not code) plus a few shape
rules that need look-ahead:

- headline: among the title-like lines before the first paragraph, the first
  one with three words or more (else the longest); the first paragraph is the
  lead;
- caption: a credit line ("… Foto: Namn") is dropped together with the short
  caption title right above it;
- fact box: a title-like line directly followed by two or more short lines
  (phone numbers, list items), or a "Fakta" title followed by its lines;
- subheading: a short line without final punctuation followed by a paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from ..errors import IngestError
from ..models import Article, Block, BlockKind
from .boilerplate import BoilerplateRule, default_rules, first_match
from .dates import is_date_line, parse_date
from .lang import language_of

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2007\u2009\u3000]+")
_QUOTE_START = re.compile(r"^[–—―−-]\s+")
_BULLET = re.compile(r"^(?:[-*•·▪◦]|\d+[.)])\s+")
_PHONE = re.compile(r"(?<!\d)(?:\+46|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2,3}){1,3}(?!\d)|(?<!\d)1\d{2}\s?\d{2}(?!\d)|(?<!\d)11\s?\d{3}(?!\d)")
_SENTENCE_END = ".!?…:;,\"”’)»"
_NAME_LINE = re.compile(r"(?-i:[A-ZÅÄÖÉ][\w'’-]+)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’-]+)){1,3}")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[A-ZÅÄÖÉ–—\d]")
_OFFER = re.compile(r"(?i)prenumer|erbjudande|\bkr\b|kronor|logga in|konto|provperiod|månad för")
_SLUG_TABLE = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "þ": "th"})


def clean_text(text: str) -> str:
    """Normalize a dump: line endings, odd spaces, invisible characters, trailing space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def clean_line(line: str) -> str:
    """One line with odd spaces and invisible characters cleaned."""
    return _SPACES.sub(" ", line.translate(_INVISIBLE)).strip()


def slugify(text: str) -> str:
    """Lowercase ASCII with dashes: ``"Brand i Älvsjö – 3 döda"`` → ``"brand-i-alvsjo-3-doda"``.

    >>> slugify("Ökad säkerhet på Café Åkersberga")
    'okad-sakerhet-pa-cafe-akersberga'
    """
    text = unicodedata.normalize("NFKD", text.lower().translate(_SLUG_TABLE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", "-", text.encode("ascii", "ignore").decode("ascii"))
    return text.strip("-") or "artikel"


def words(line: str) -> int:
    """Number of words in a line."""
    return len(line.split())


def is_quote(line: str) -> bool:
    """A paragraph opened by a quote dash ("– Det är …")."""
    return bool(_QUOTE_START.match(line)) and (line[0] != "-" or words(line) >= 6)


def normalize_quote(line: str) -> str:
    """The quote with its dash written as "– "."""
    return _QUOTE_START.sub("– ", line, count=1)


def is_title_like(line: str) -> bool:
    """A short line without closing sentence punctuation: headline, subheading, label."""
    if not line or is_quote(line) or len(line) > 160:
        return False
    n = words(line)
    if line[-1] in "?!":
        return n <= 12
    return line[-1] not in _SENTENCE_END and n <= 16


def is_item_like(line: str) -> bool:
    """A short fact-box line: a phone number, a list item, a label, a short fact."""
    if not line or is_quote(line):
        return False
    if _BULLET.match(line) or _PHONE.search(line):
        return words(line) <= 25
    return words(line) <= 10 and not (line[-1] in ".!?" and words(line) > 6)


_UNORDERED = re.compile(r"^[-*•·▪◦]\s+")


def strip_bullet(line: str) -> str:
    """The item without a bullet; a number ("1.", "2)") stays: in results
    and step-by-step lists the order is part of the news."""
    return _UNORDERED.sub("", line, count=1)


@dataclass
class _Line:
    text: str
    blank_before: bool
    tag: str | None = None
    """The rule action that matched, or a shape tag ("date", "drop")."""
    value: str | None = None
    """The captured group of byline/published/updated rules."""
    rule: str | None = None
    """The name of the rule that matched."""


def _join_wrapped(lines: list[str]) -> list[str]:
    """Re-join hard-wrapped paragraph lines (a line continuing in lowercase)."""
    out: list[str] = []
    for line in lines:
        if (
            out and out[-1] and line and line[0].islower()
            and out[-1][-1] not in ".!?:;…" and words(out[-1]) >= 6
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _tag_lines(text: str, rules: tuple[BoilerplateRule, ...]) -> list[_Line]:
    raw = _join_wrapped(clean_text(text).split("\n"))
    lines: list[_Line] = []
    blank = False
    for line in raw:
        if not line:
            blank = True
            continue
        lines.append(_Line(line, blank))
        blank = False
    for i, ln in enumerate(lines):
        hit = first_match(rules, ln.text)
        if hit is not None:
            rule, m = hit
            ln.tag = rule.action
            ln.rule = rule.name
            if rule.action in {"byline", "published", "updated"}:
                ln.value = m.group(1).strip()
        elif is_date_line(ln.text):
            # The date under a label line ("Sidan uppdaterades") is page furniture, never a fact.
            ln.tag = "drop" if i > 0 and lines[i - 1].rule == "date-label" else "date"
    # Shape rules that need neighbours.
    for i, ln in enumerate(lines):
        if ln.tag == "caption" and i > 0:
            prev = lines[i - 1]
            before = lines[i - 2] if i > 1 else None
            in_list = (
                before is not None and before.tag is None and not prev.blank_before
                and is_item_like(before.text) and is_item_like(prev.text) and not is_title_like(prev.text)
            )
            credit_only = _credit_only(ln.text)
            if prev.tag is None and not ln.blank_before and not is_quote(prev.text) and not in_list and (
                (is_title_like(prev.text) and (ln.text.startswith(prev.text) or prev.text in ln.text or words(prev.text) <= 5))
                or words(prev.text) <= 8
                # A one-sentence caption above a credit standing alone ("Foto: Namn").
                or (credit_only and words(prev.text) <= 20 and not _SENTENCE_BREAK.search(prev.text))
            ):
                # The picture's alt text or caption title, glued to its credit line.
                prev.tag = "drop"
        if ln.tag in {"drop"} and _is_byline_tail(ln.text) and i > 0:
            # "Anna Ek" above "anna.ek@tidning.se" or "Reporter": a byline without "Av".
            prev = lines[i - 1]
            if prev.tag is None and _NAME_LINE.fullmatch(prev.text):
                prev.tag, prev.value = "byline", prev.text
        if ln.tag == "stop" and _paywall_notice(ln.text) and _text_follows(lines, i + 1):
            # A subscriber's copy: the notice is above the full text, which goes on.
            ln.tag = "drop"
        if ln.tag is None and i + 1 < len(lines) and lines[i].text[:3].lower() == "om ":
            # Press-release boilerplate: "Om Kommunal" followed by "Kommunal är …".
            name = ln.text[3:].strip()
            nxt = lines[i + 1]
            if name and is_title_like(ln.text) and words(ln.text) <= 5 and nxt.tag is None and nxt.text.startswith(name + " "):
                ln.tag = "stop"
        if ln.rule == "contact-footer" and _sentence_follows(lines, i + 1):
            # "Kontakta oss" over a sentence ("Har du frågor, ring …") is the article's own text
            # (a menu word: dropped above the headline, a subheading below it).
            ln.tag = "menu"
        if ln.tag == "stop" and ln.rule == "comments" and 0 < i < len(lines) - 1 and (
            lines[i - 1].rule == "share" and lines[i + 1].rule == "share"
        ):
            # "Gilla / Kommentera / Dela" under an embedded social media post: buttons, not the comments.
            ln.tag = "drop"
        if ln.tag == "published" and i > 0 and lines[i - 1].tag is None and _NAME_LINE.fullmatch(lines[i - 1].text):
            # "Anna Ek" right above "Publicerad …": the byline.
            lines[i - 1].tag, lines[i - 1].value = "byline", lines[i - 1].text
        if ln.rule == "social-time" and i > 0 and lines[i - 1].tag is None and _NAME_LINE.fullmatch(lines[i - 1].text):
            # The poster's name above "2 tim ·" in a copied social media post.
            lines[i - 1].tag = "drop"
        if ln.rule == "social-reply":
            # A comment under a social media post: name, comment, "Gilla · Svara · 2 tim".
            back = [x for x in lines[max(0, i - 2):i] if x.tag is None]
            if back and words(back[-1].text) <= 40 and not back[-1].blank_before:
                back[-1].tag = "drop"
                if len(back) == 2 and _NAME_LINE.fullmatch(back[0].text):
                    back[0].tag = "drop"
        if ln.tag is None and _TIME_ONLY.fullmatch(ln.text) and _sentence_follows(lines, i + 1, 1):
            # A live report's update time ("14.32") over the update.
            ln.tag = "drop"
        if ln.tag == "caption" and i + 1 < len(lines):
            nxt = lines[i + 1]
            if nxt.tag is None and words(nxt.text) >= 3 and nxt.text.rstrip(".") in ln.text:
                # A gallery's caption repeated under its alt text and credit.
                nxt.tag = "drop"
        if ln.tag == "link" and re.fullmatch(r"(?i)(?:läs|se)\s+\w+\s*[:.…]*", ln.text):
            # A sponsored teaser: "Sponsrat innehåll", its title, "Läs mer".
            j = i - 1
            titles: list[_Line] = []
            while j >= 0 and len(titles) < 3 and lines[j].tag is None and is_title_like(lines[j].text):
                titles.append(lines[j])
                j -= 1
            if titles and j >= 0 and lines[j].rule in {"ad", "sponsor"}:
                for t in titles:
                    t.tag = "drop"
            for nxt in lines[i + 1:i + 2]:
                if nxt.tag is None and is_title_like(nxt.text):
                    nxt.tag = "drop"
    return lines


_TIME_ONLY = re.compile(r"(?:kl\.?\s*)?[0-2]?\d[.:][0-5]\d")


def _sentence_follows(lines: list[_Line], i: int, window: int = 2) -> bool:
    """Whether one of the next untagged lines (within ``window``) is a sentence of six words or more."""
    seen = 0
    for ln in lines[i:]:
        if ln.tag is not None:
            if ln.tag in {"stop", "footer"}:
                return False
            continue
        if words(ln.text) >= 6 and ln.text[-1] in ".!?…\"”":
            return True
        seen += 1
        if seen >= window:
            return False
    return False


_CREDIT_ONLY = re.compile(r"(?i)(?:Foto|Bild|Fotograf|Photo|Illustration|Grafik)\s*:\s*[^.!?]{1,80}")
_BYLINE_TAIL = re.compile(
    r"(?i)(?:E-post|Mejl|Mail|E-mail)?\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|Reporter|Journalist|Redaktör|Nyhetsreporter|Sportreporter|Fotograf|Skribent|Krönikör|Skicka e-post"
)
_PAYWALL_NOTICE = re.compile(r"(?i).*(?:är låst|för prenumeranter|ingår i|prenumerant).*")


def _credit_only(line: str) -> bool:
    return bool(_CREDIT_ONLY.fullmatch(line))


def _is_byline_tail(line: str) -> bool:
    return bool(_BYLINE_TAIL.fullmatch(line))


def _paywall_notice(line: str) -> bool:
    return bool(_PAYWALL_NOTICE.fullmatch(line)) and not re.search(r"(?i)du har läst|för att läsa|läs vidare", line)


def _text_follows(lines: list[_Line], i: int, window: int | None = 2) -> bool:
    """Whether article text goes on right after lines[i-1]: a full paragraph or quote within a few lines."""
    seen = 0
    for ln in lines[i:]:
        if ln.tag in {"stop", "footer"} and not _paywall_notice(ln.text):
            return False
        if ln.tag is not None:
            continue
        if is_quote(ln.text) or (
            words(ln.text) >= 15 and ln.text[-1] in ".!?…\"”" and not _OFFER.search(ln.text)
        ):
            return True
        seen += 1
        if window is not None and seen >= window:
            return False
    return False


def split_byline(value: str) -> tuple[str | None, datetime | None]:
    """A byline's author and the date written after it, if any.

    >>> split_byline("Leo Strand 2026-11-16 10:00")[0]
    'Leo Strand'
    """
    when = parse_date(value)
    name = value
    if when is not None:
        m = re.search(r"\s*(?:(?:19|20)\d\d-\d|\d{1,2}(?:e|:e)?\s+[a-zåäö]{3,}\.?\s+(?:19|20)\d\d)", value, re.I)
        if m:
            name = value[:m.start()]
    name = re.sub(r"[\s,|·•–-]+$", "", name).strip()
    return (name or None), when


_DATE_BY = re.compile(r"(.*?\d.*?)\s+(?:av|by)\s+((?-i:[A-ZÅÄÖÉ][\w'’-]+)(?:\s+(?-i:[A-ZÅÄÖÉ][\w'’-]+)){0,3})\s*", re.I)


def split_date_by(value: str) -> tuple[datetime | None, str | None]:
    """The date and the author of a "Publicerat 14 mars 2025 av Maria Gustavsson" line's value.

    >>> split_date_by("14 mars, 2025 av Maria Gustavsson")[1]
    'Maria Gustavsson'
    """
    m = _DATE_BY.fullmatch(value.strip())
    if m:
        return parse_date(m.group(1)), m.group(2)
    return parse_date(value), None


def _pick_headline(candidates: list[tuple[str, bool]]) -> str:
    """The headline among the title-like lines above the lead, each with whether a blank line came before it.

    Menus are runs of lines; the headline stands on its own. The last
    candidate of three words or more that starts a paragraph (blank line
    before it) wins; else the first of three words or more; else the longest.
    """
    for c, blank in reversed(candidates):
        if blank and words(c) >= 3:
            return c
    # No paragraph structure (a select-all copy without blank lines): menus come first,
    # the headline is the last such line above the lead.
    for c, _ in reversed(candidates):
        if words(c) >= 3:
            return c
    return max(reversed([c for c, _ in candidates]), key=words)


def parse_text_dump(
    text: str, source: str, slug: str, rules: tuple[BoilerplateRule, ...] | None = None
) -> Article:
    """An Article from a plain-text page dump.

    ``rules`` defaults to the built-in table (see :mod:`audiocast.ingest.boilerplate`).
    Raises IngestError when no headline or no body text is found.
    """
    rules = default_rules() if rules is None else rules
    if not text.strip():
        raise IngestError(source, "the file is empty; put the article text in it")
    lines = _tag_lines(text, rules)
    has_blanks = any(ln.blank_before for ln in lines)

    published: datetime | None = None
    updated: datetime | None = None
    date_line: datetime | None = None
    author: str | None = None
    candidates: list[tuple[str, bool]] = []
    start: int | None = None
    for i, ln in enumerate(lines):
        if ln.tag == "published" and published is None:
            published, by = split_date_by(ln.value or "")
            author = author or by
        elif ln.tag == "updated" and updated is None:
            updated = parse_date(ln.value or "")
        elif ln.tag == "date" and date_line is None:
            date_line = parse_date(ln.text)
        elif ln.tag == "byline":
            name, when = split_byline(ln.value or "")
            author = author or name
            published = published or when
        if ln.tag is not None:
            continue
        if is_title_like(ln.text):
            candidates.append((ln.text, ln.blank_before or (i == 0 and has_blanks)))
            continue
        start = i
        break
    if not candidates:
        raise IngestError(source, "no headline found; put the headline on its own line above the text")
    if start is None:
        raise IngestError(source, "no body text found under the headline")
    title = _pick_headline(candidates)

    lead: str | None = None
    if not is_quote(lines[start].text):
        lead = lines[start].text
        start += 1
    for ln in lines[start:]:
        if ln.tag == "menu":  # menu words are only menus above the headline
            ln.tag = None
    blocks = _body_blocks(lines[start:])
    for ln in lines[start:]:
        if ln.tag == "byline":
            name, when = split_byline(ln.value or "")
            author = author or name
            published = published or when
        if ln.tag == "published" and published is None:
            published, by = split_date_by(ln.value or "")
            author = author or by
        if ln.tag == "date" and date_line is None:
            date_line = parse_date(ln.text)
    if lead is None and not blocks:
        raise IngestError(source, "no body text found under the headline")
    # A dump has no lang attribute; text too short to tell is taken as Swedish.
    language = language_of(" ".join([title, lead or ""] + [b.text for b in blocks]), "sv")
    return Article(
        slug=slug, title=title, published=published or date_line or updated, source=source,
        author=author, lead=lead, blocks=blocks, language=language,
    )


def _body_blocks(lines: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.tag in {"stop", "footer"}:
            break
        if blocks and (ln.tag in {"published", "updated"} or ln.rule in {"date-label", "page-owner"}) and not _text_follows(
            lines, i + 1, window=None
        ):
            # A page's date or owner line under the article with only furniture after it
            # (contact links, social buttons): the article has ended.
            break
        if ln.tag is not None:
            i += 1
            continue
        text = ln.text
        if is_quote(text):
            blocks.append(Block(BlockKind.QUOTE, normalize_quote(text)))
            i += 1
            continue
        if is_title_like(text) or _BULLET.match(text):
            box, used = _fact_box(lines, i)
            if box is not None:
                blocks.append(box)
                i += used
                continue
            nxt = next((x for x in lines[i + 1:] if x.tag is None or x.tag in {"stop", "footer"}), None)
            if (
                is_title_like(text) and not _BULLET.match(text) and nxt is not None
                and nxt.tag is None and not is_title_like(nxt.text)
            ):
                blocks.append(Block(BlockKind.HEADING, text))
                i += 1
                continue
        blocks.append(Block(BlockKind.PARAGRAPH, text))
        i += 1
    return blocks


def _fact_box(lines: list[_Line], i: int) -> tuple[Block | None, int]:
    """A fact box starting at lines[i], and how many lines it used."""
    head = lines[i].text
    title = "" if _BULLET.match(head) else head
    is_fakta = bool(re.match(r"(?i)fakta\b", title)) or title.endswith(":")
    j = i + (1 if title else 0)
    items: list[str] = []
    while j < len(lines):
        ln = lines[j]
        if ln.tag not in (None, "date"):
            if ln.tag in {"drop", "caption", "menu"} and not ln.blank_before:
                j += 1
                continue
            break
        if ln.blank_before and items and not _BULLET.match(ln.text) and not is_fakta:
            break
        if ln.blank_before and not items and title and not (_BULLET.match(ln.text) or is_fakta):
            break
        if not (is_item_like(ln.text) or (is_fakta and not is_quote(ln.text))):
            break
        items.append(strip_bullet(ln.text))
        j += 1
    bulleted = _BULLET.match(head) or any(_BULLET.match(x.text) for x in lines[i + 1:j])
    if len(items) >= 2 or (items and (is_fakta or bulleted)):
        # A subheading followed by one short paragraph is not a fact box.
        return Block(BlockKind.FACTBOX, title.rstrip(":").strip(), tuple(items)), j - i
    return None, 0
