"""A word split across inline elements, joined as the browser shows it.

A page builder sets a heading or a paragraph as a row of inline elements with no space between them ("<span>Lucia
</span><span>tåget tillbaka …</span>" with no space: the browser shows "Luciatåget tillbaka …"; a Google Sites page, a
rich-text editor's styling of part of a word, "Grönöleden<span>s</span>"). The readers join an element's text pieces
with spaces, so the listener heard "Lucia tåget" and "Grönöleden s", and the headline matched no other evidence
(session 31, blind set extract116). What the browser shows is decided by the markup alone, so it holds on any site:
two leaf inline elements side by side, nothing between them, the first ending in a letter and the second opening with a
small letter, are one word; the second's text is moved onto the first's. Not joined: a capital after a letter ("<b>
Malmö</b><b>Lund</b>" in a menu), a digit, anything between them (a space, a line break in the source).
"""

from __future__ import annotations

from lxml import etree

INLINE = frozenset({"span", "b", "i", "em", "strong", "a", "font", "mark", "small", "u", "abbr", "sup", "sub"})


def join_split_words(doc: etree._Element) -> bool:
    """Join the words split across side-by-side inline elements in ``doc`` (the module docstring); True if any was."""
    changed = False
    for el in doc.iter(*INLINE):
        prev = el.getprevious()
        if prev is None or prev.tag not in INLINE or prev.tail or len(el) or len(prev):
            continue
        before, after = prev.text or "", el.text or ""
        if before and after and before[-1].isalpha() and after[0].isalpha() and after[0].islower():
            prev.text, el.text = before + after, None
            changed = True
    return changed
