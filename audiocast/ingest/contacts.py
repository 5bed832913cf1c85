"""The organisation's address box at the foot of a page: its name, "Box 24300, 104 51 Storstad", "Besöksadress: …",
"Telefon: …", often with a sentence about the organisation ("Statistiska byrån är en statlig myndighet …"). A box
(lines between blank lines) holding :data:`MIN_CONTACT_LINES` address or telephone lines is the page's, and its
sentence is no running prose of the article's, which would move the article's end below the page's boxes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words

MIN_CONTACT_LINES = 2
SENTENCE_WORDS = 6
"""Only the box's sentences are taken here; its name and address lines, under the article's end then, go as the
page's box (:func:`audiocast.ingest.articleend.end_tags`), and a closing line under the box stays."""
P_TRUSTED = 0.8
"""A sentence of the box the classifier trusts this much is kept: an article's own closing line beside an address."""
_CONTACT = re.compile(
    r"(?i)(?:Box \d+|Postadress|Besöksadress|Leveransadress|Adress|Telefon|Tel\.?|Växel|Fax|E-post|Org\.? ?nr)\b.{0,80}"
    r"|.{0,60}\b\d{3} ?\d{2}\s+(?-i:[A-ZÅÄÖ][a-zåäö]+)(?: (?-i:[A-ZÅÄÖ][a-zåäö]+))?")


def is_address_box(box: Sequence[TaggedLine]) -> bool:
    """A box holding :data:`MIN_CONTACT_LINES` address or telephone lines: the page's, never the article's fact box."""
    return sum(bool(_CONTACT.fullmatch(ln.text)) for ln in box) >= MIN_CONTACT_LINES


def contact_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the sentences of an address box (see the module docstring)."""
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and not lines[i].blank_before:
            continue
        box = lines[start:i]
        start = i
        if not is_address_box(box):
            continue
        if any(ln.tag is None and (is_quote(ln.text) or ((ln.p or 0.0) >= P_TRUSTED and words(ln.text) >= 8)) for ln in box):
            continue
        for ln in box:
            if ln.tag is None and words(ln.text) >= SENTENCE_WORDS and ln.text[-1] in ".!":
                ln.tag, ln.rule = "drop", "contact-box"


SERVICE_LABEL_WORDS = 4
"""The label over the organisation's service box ("Kontakt", "Har du frågor?") is at most this many words."""
_BARE_CONTACT = re.compile(
    r"(?i)(?:(?:Tel(?:efon)?\.?|Växel|E-post|Mejl|Mail)\s*:?\s*)?(?:\+?\d[\d \u00a0-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def service_box_tags(lines: Sequence[TaggedLine], body_from: int, org_words: int) -> None:
    """The organisation's own service box under the article: a box (lines between blank lines) below the article's last
    running prose, made of a short label ("Kontakt"), a line that is the site's own name with at most one word beside it
    ("Kundtjänst Söderkulla kommun", "Söderkulla kommun växel": the name standing alone on a line of the page's
    furniture, at most ``org_words`` words) and telephone or e-mail lines, nothing else. It is the page's service, the
    same under every page; an article's contact names a person ("Anna Ek, enhetschef, Söderkulla kommun") and stays."""
    from .articleend import is_running_prose  # the article's end, which itself reads address boxes

    end = next((i for i in range(body_from, len(lines)) if lines[i].tag in {"stop", "footer"}), len(lines))
    prose = max((i for i in range(body_from, end) if is_running_prose(lines[i])), default=None)
    if prose is None:
        return
    names = {
        ln.text for i, ln in enumerate(lines)
        if (i < body_from or ln.tag is not None) and 2 <= words(ln.text) <= org_words and ln.text[0].isupper()
    }
    start = prose + 1
    for k in range(prose + 2, end + 1):
        if k < end and not lines[k].blank_before:
            continue
        box, start = lines[start:k], k
        kept = [ln for ln in box if ln.tag is None]
        if not kept or not box[0].blank_before:
            continue
        own = [ln for ln in kept if _names_site(ln.text, names)]
        contact = [ln for ln in box if _BARE_CONTACT.fullmatch(ln.text)]
        label = [ln for ln in kept[:1] if words(ln.text) <= SERVICE_LABEL_WORDS and ln.text[-1] not in ".!"]
        if len(own) == 1 and contact and all(ln in own or ln in contact or ln in label for ln in kept):
            for ln in kept:
                ln.tag, ln.rule = "drop", "service-box"


def _names_site(line: str, names: set[str]) -> bool:
    """Whether the line is one of the site's names with at most one word before or after it."""
    return any(line == n or (n in line and words(line.replace(n, " ")) <= 1) for n in names)


_CONTACT_HEADING = re.compile(r"(?i)(?:Press|Media)?kontakt(?:person|er)?(?: för (?:media|press))?\s*:?|Kontakta oss\s*:?")
"""A contact card's heading ("Kontakt", "Presskontakt", "Kontaktperson:")."""


def person_contact_tags(lines: Sequence[TaggedLine], body_from: int) -> None:
    """A contact card under the article: a contact heading (:data:`_CONTACT_HEADING`) right over a person's line, a
    name, a comma and a role ("Lina Hedberg, kommunikatör": :func:`audiocast.ingest.signoff.is_sign_off`), and the
    person's phone or e-mail lines under it, no blank line between, no running prose after the card. The page's
    contact for the page, wherever the article ends (a dump without blank lines glues it to the text). A signature
    under a greeting ("Varma hälsningar," over "Daniel Strand, pastor") has no such heading and stays."""
    from .articleend import is_running_prose
    from .signoff import is_sign_off

    end = next((i for i in range(body_from, len(lines)) if lines[i].tag in {"stop", "footer"}), len(lines))
    for i in range(body_from + 1, end - 1):
        head, person = lines[i], lines[i + 1]
        if head.tag not in (None, "menu") or not _CONTACT_HEADING.fullmatch(head.text) or person.blank_before:
            continue
        if person.tag is not None or not is_sign_off(person.text):
            continue
        k = i + 2
        while k < end and not lines[k].blank_before and (
                lines[k].tag is not None or _BARE_CONTACT.fullmatch(lines[k].text)) and lines[k].tag not in {"published", "updated"}:
            k += 1
        if any(is_running_prose(x) for x in lines[k:end]):
            continue
        for ln in lines[i:k]:
            if ln.tag in (None, "menu"):
                ln.tag, ln.rule = "drop", "contact-card"
