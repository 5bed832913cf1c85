"""The first section's heading of an article set as a series of sibling sections is read like the others.

On a municipal CMS's text portlet (``<h2 class="subheading">1. Sänk temperaturen en grad</h2><p class="normal">…``)
trafilatura can leave out every subheading; :func:`audiocast.ingest.gaps.fill_gaps` puts back what stands between
two kept paragraphs, so the second to the last heading came back and the first, standing before the first kept
paragraph, did not ("2. Se över ventilationen …" read, "1. Sänk temperaturen …" lost). The heading right before the
first kept paragraph, its sibling, is put back when a heading of the same tag and class among the same siblings is
read: it opens the first of the article's sections.

Guards (kept out): a heading in another container (a side column's "Nyheter"), a heading of another tag or class
than the article's subheadings, a heading with a paragraph of text between it and the kept text.
"""

from __future__ import annotations

from lxml import etree

from .structured import element_text

_HEADS = frozenset({"h2", "h3", "h4"})
FIRST_CHARS = 60
"""The first kept paragraph is looked for by its text: one this long is found once on the page."""


def _previous(el: etree._Element) -> etree._Element | None:
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or (not element_text(prev) and prev.tag not in _HEADS)):
        prev = prev.getprevious()
    return prev


def first_heading(root: etree._Element, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pairs`` with the first section's heading put back before the first kept paragraph (see the module)."""
    at = next((i for i, (k, t) in enumerate(pairs) if k == "p" and len(t) >= FIRST_CHARS), None)
    if at is None or any(k == "head" for k, _ in pairs[:at]):
        return pairs
    found = [el for el in root.iter("p", "div") if element_text(el) == pairs[at][1]]
    if len(found) != 1:
        return pairs
    head = _previous(found[0])
    if head is None or head.tag not in _HEADS or not element_text(head):
        return pairs
    read = {t for k, t in pairs if k == "head"}
    same = [s for s in head.itersiblings() if s.tag == head.tag and s.get("class") == head.get("class")]
    if not any(element_text(s) in read for s in same) or element_text(head) in read:
        return pairs
    return [*pairs[:at], ("head", element_text(head)), *pairs[at:]]
