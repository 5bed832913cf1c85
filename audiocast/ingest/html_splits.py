"""An article split across containers: the text in the containers around the one trafilatura read (after it, or before
it under the headline).

trafilatura reads one element as the article's body: the one its class says is the body ("article-body",
"entry-content") or the densest. Sites split the text: the part behind a paywall or a "read more" expander in a
container of its own, page builders' sections one after the other, a CMS's "body" and "body-rest". The text of the
next container is then lost, and plain trafilatura loses it too: the listener hears the article cut off in the
middle, silently.

The text is taken back when the containers after the one holding the article's last paragraph read as more of the
same article, by signals that hold on any page:

- containment: they follow that container as its siblings (or its ancestors' siblings, up to the element that holds
  the headline's article), small furniture between them (an ad's label, a button) passed over; or they precede the
  container of the first kept paragraph the same way, below the headline (never above it, nor holding it);
- prose shape: two sentences or more, one of them running prose (fifteen words or more; a service box's short steps
  are not; a writer's one-paragraph bio is not), few links, no form, no run of short record lines (a commenter's
  name and date), no date of its own (another post), no label a boilerplate rule names ("Mer om …"), not a sender's
  "Om <Name>" presentation, no sentence turning to the reader outside a quote (an offer, a call for tips);
- shared words: the prose shares content words with the kept article (:data:`SHARED_STEMS`);
- naming: a container named as furniture (comments, related items, an author box, a newsletter, share tools)
  is not read, whatever its text.

Not here: lines lost after a cut inside the container trafilatura read (:mod:`audiocast.ingest.html_takeback`).
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ..models import Block, BlockKind
from .boilerplate import BoilerplateRule, first_match
from .dates import is_date_line
from .html_about import about_line
from .html_classes import role_tokens
from .html_ends import running
from .html_factrows import fact_rows
from .lineshape import is_quote
from .structured import element_text

SHARED_STEMS = 3
"""The prose of a container taken back shares at least this many content words (their first five letters) with the
kept article."""
SMALL_CHARS = 60
"""A container with less text than this between the parts (an ad's label, a "Läs mer" button) is passed over."""
MAX_LINK_SHARE = 0.3
"""A container with this share of its text in links is a list of links, not the text."""
LEVELS = 3
"""How many ancestors of the last paragraph's container are looked at for following siblings."""
_FURNITURE = re.compile(
    r"(?i)comment|kommentar|related|relaterat|newsletter|nyhetsbrev|author|bio\b|byline|share|sharing|social|"
    r"sponsor|annons|advert|cookie|consent|footer|\bnav|menu|meny|popular|mostread|most-read|latest|senaste|"
    r"readalso|read-also|las-ocksa|recommend|signup|sign-up|teaser|widget-area|sidebar|\btags?\b|breadcrumb")
_ADDRESS = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|you|your)\b")
"""A sentence turning to the reader: the site's offer, a call for tips, a newsletter's pitch."""
_STEM = re.compile(r"\w{5,}")
_NONWORD = re.compile(r"\W+")
_TEXT_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li")
_DROP_TAGS = ("script", "style", "template", "noscript", "svg", "form", "button", "figure", "nav", "aside")


def key(text: str) -> str:
    return _NONWORD.sub("", text).lower()


def stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _STEM.findall(text)}


def lines_of(box: etree._Element) -> list[tuple[str, str]]:
    """(tag, text) of the text elements of a container, innermost, in reading order (its own text when it has none)."""
    out: list[tuple[str, str]] = []
    for el in box.iter(*_TEXT_TAGS):
        if any(a.tag in _TEXT_TAGS for a in el.iterancestors()):
            continue
        text = element_text(el)
        if text:
            out.append((el.tag, text))
    if not out and (text := element_text(box)):
        out.append(("p", text))
    return out


def furniture(box: etree._Element) -> bool:
    named = " ".join(role_tokens(box) + [t for d in box.iterdescendants() if isinstance(d.tag, str) for t in role_tokens(d)])
    return bool(_FURNITURE.search(named.replace("_", "-"))) or bool(box.xpath(".//form|.//input|.//textarea"))


def reads_on(box: etree._Element, kept: set[str], kept_stems: set[str], rules: tuple[BoilerplateRule, ...]) -> bool:
    """Whether a container reads as more of the article (see the module)."""
    text = element_text(box)
    linked = sum(len(element_text(a)) for a in box.iter("a"))
    if linked > MAX_LINK_SHARE * len(text) or furniture(box) or box.xpath(".//time"):
        return False
    lines = lines_of(box)
    if any(first_match(rules, t) or is_date_line(t) for tag, t in lines if tag[0] == "h" or len(t.split()) <= 6):
        return False  # a label ("Mer om simhallen"), a post's own date: a box or another post
    if lines and about_line(lines[0][1]):
        return False  # a sender's presentation ("Om Nybro Energi AB") in a box of its own
    body = [t for tag, t in lines if tag[0] != "h" and key(t) not in kept]
    sentences = [t for t in body if t.rstrip()[-1:] in ".!?…\"”»"]
    records = sum(1 for t in body if t not in sentences and len(t.split()) < 8)
    if records >= 2 or len(sentences) < 2 or not any(running(t) for t in body):
        return False
    if any(_ADDRESS.search(t) for t in body if not is_quote(t)):
        return False  # the site turning to its reader (an offer, a call for tips), not the article's text
    return len(set().union(*(stems(t) for t in body)) & kept_stems) >= SHARED_STEMS


def _neighbours(anchor: etree._Element, stop: etree._Element | None, before: bool) -> list[etree._Element]:
    """The containers after the anchor's (before it, nearest first), at the first level up where one stands with text
    (see :data:`LEVELS`)."""
    el = anchor.getparent()
    for _ in range(LEVELS):
        if el is None or el.tag in {"body", "html"} or el is stop:
            return []
        found = [s for s in el.itersiblings(preceding=before) if isinstance(s.tag, str)]
        if any(len(element_text(s)) >= SMALL_CHARS for s in found):
            return found
        el = el.getparent()
    return []


def _anchors(doc: etree._Element, kept: set[str]) -> list[etree._Element]:
    return [el for el in doc.iter("p", "blockquote", "li") if key(element_text(el)) in kept]


def _head(doc: etree._Element, title: str) -> tuple[etree._Element | None, etree._Element | None]:
    """The headline's element and the <article>/<main> holding it: the siblings of that one are not looked at."""
    for h in doc.iter("h1", "h2"):
        if key(element_text(h)) == key(title):
            return h, next((a for a in h.iterancestors() if a.tag in {"article", "main"}), None)
    return None, None


def _read_on(boxes: list[etree._Element], kept: set[str], kept_stems: set[str], rules: tuple[BoilerplateRule, ...],
             after: dict[etree._Element, bool], known: frozenset[str] = frozenset()) -> list[Block]:
    """The blocks of the boxes, in the order given, up to the first that does not read as the article."""
    back: list[Block] = []
    for box in boxes:
        if not after.get(box, True):
            break  # at or above the headline
        if not furniture(box) and (rows := fact_rows(box, rules)) is not None:
            back.append(Block(BlockKind.PARAGRAPH, ""))  # the article's facts: "Tid: 18.30", "Plats: …"
            back.extend(Block(BlockKind.PARAGRAPH, r) for r in rows if key(r) not in kept and key(r) not in known)
            continue
        if len(element_text(box)) < SMALL_CHARS and not box.xpath(".//p"):
            continue
        if not reads_on(box, kept, kept_stems, rules):
            break
        lines = [(tag, text) for tag, text in lines_of(box) if key(text) not in kept and first_match(rules, text) is None]
        kinds = [BlockKind.HEADING if tag[0] == "h" else BlockKind.QUOTE if tag == "blockquote" else BlockKind.PARAGRAPH
                 for tag, _ in lines]
        back.append(Block(BlockKind.PARAGRAPH, ""))  # a box's boundary, removed below
        back.extend(Block(kind, text) for kind, (_, text) in zip(kinds, lines, strict=True))
    return back


def _boxes(blocks: list[Block]) -> list[list[Block]]:
    out: list[list[Block]] = []
    for b in blocks:
        if not b.text:
            out.append([])
        else:
            out[-1].append(b)
    return out


def page_tree(html: str, drop: tuple[str, ...]) -> etree._Element | None:
    """The page parsed, without the elements named in ``drop`` (which never hold the article's text to read here);
    None when lxml cannot read it."""
    try:
        doc = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for el in list(doc.iter(*drop)):
        if el.getparent() is not None:
            el.getparent().remove(el)
    return doc


def read_apart(boxes: list[Block]) -> frozenset[str]:
    """The keys of the lines of fact boxes read apart from the text (titles and items), which the passes that read the
    page again (:func:`more_containers`, :func:`audiocast.ingest.html_insets.inset_boxes`) must not take twice."""
    return frozenset(key(t) for b in boxes for t in (b.text, *b.items))


def more_containers(blocks: list[Block], html: str, title: str, lead: str | None,
                    rules: tuple[BoilerplateRule, ...], known: frozenset[str] = frozenset()) -> list[Block]:
    """The blocks, with the text of the containers around the one read (before it, after it) added (see the module).
    ``known``: the lines of the fact boxes read apart (:func:`read_apart`), not taken again."""
    kept = {key(b.text) for b in blocks if b.kind in {BlockKind.PARAGRAPH, BlockKind.QUOTE}}
    if not kept:
        return blocks
    doc = page_tree(html, _DROP_TAGS)
    if doc is None:
        return blocks
    anchors = _anchors(doc, kept)
    if not anchors:
        return blocks
    kept |= {key(lead)} if lead else set()
    h1, box = _head(doc, title)
    kept_stems = set().union(*(stems(b.text) for b in blocks))
    after = _read_on(_neighbours(anchors[-1], box, False), kept, kept_stems, rules, {}, known)
    tail = [b for b in after if b.text]
    while tail and tail[-1].kind is BlockKind.HEADING:
        tail.pop()
    head: list[Block] = []
    if h1 is not None:
        order = {el: i for i, el in enumerate(doc.iter())}
        before = _neighbours(anchors[0], box, True)
        below = {el: order[el] > order[h1] and h1 not in el.iterdescendants() for el in before}
        for part in reversed(_boxes(_read_on(before, kept, kept_stems, rules, below))):
            head.extend(part)
    return [*head, *blocks, *tail]
