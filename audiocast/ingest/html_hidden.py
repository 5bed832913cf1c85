"""What the page's markup says the browser does not show: elements with the ``hidden`` attribute or an inline
``display: none`` / ``visibility: hidden``, taken out before the page is read.

A listener should hear what a reader sees. A page hides text it holds for later: the locked part of a paywalled
article sent along but kept out of view until the reader logs in (``<div class="article-locked"
style="display:none">``), a mobile menu's copy, a dialog's or a tab's panel, a form's thank-you message. A
browser does not render it and select-all does not copy it, but trafilatura and our own passes read the markup and
took it as article text (three hidden paragraphs after a paywall, read as the article's end). The signal is the
markup's own declaration, so it holds on any site; the class names (``svelte-1abc2de``) need say nothing.

Measured before shipping (session 22, every annotated HTML page: the golden set and the opened sets extract58 …
extract79, extract82; a line = an innermost block of three words or more inside an outermost hidden element):
inline ``display:none``/``visibility:hidden`` held 36 lines in 14 sets, none of them article text; the ``hidden``
attribute 14 lines in 11 sets, none article. (``aria-hidden="true"`` is not used: it hides from screen readers
what the eye still sees, and one of its 6 lines was article text; nor is ``inert``, which is shown.)

Guards (kept): an element holding the page's ``<h1>`` or more than half of the body's text (a page a script gates
whole, shown on load: hiding that would leave no article), and the document's own ``<html>``/``<body>``.
Risk: an article whose next part a "read more" button unfolds from a hidden element is read to the fold only, as a
reader who does not press the button reads it.
"""

from __future__ import annotations

import re

from lxml import etree

from .html_inline import join_split_words

_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I)
MAX_SHARE = 0.5
"""A hidden element holding more than this share of the body's text is a gated page, not a hidden part: kept."""
_NEVER = frozenset({"html", "body", "head"})


def declared_hidden(el: etree._Element) -> bool:
    """The element's own markup hides it: the ``hidden`` attribute or an inline style that does not display it."""
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _chars(el: etree._Element) -> int:
    """The characters of an element's text, less its scripts' and styles'."""
    return sum(len(t.strip()) for t in el.xpath(".//text()[not(parent::script or parent::style)]"))


def drop_hidden(doc: etree._Element) -> bool:
    """Remove the hidden elements of a parsed page (see the module's docstring); whether any went."""
    body = doc.find("body") if doc.tag == "html" else doc
    if body is None:
        return False
    found = [el for el in body.iter() if isinstance(el.tag, str) and el.tag not in _NEVER and declared_hidden(el)]
    if not found:
        return False
    total = _chars(body) or 1
    dropped = False
    for el in found:
        if el.getparent() is None or any(a in found for a in el.iterancestors()):
            continue  # inside one already judged
        if el.tag == "h1" or next(el.iter("h1"), None) is not None or _chars(el) > MAX_SHARE * total:
            continue
        el.drop_tree()  # its tail (the text after it) stays
        dropped = True
    return dropped


def as_shown(doc: etree._Element) -> bool:
    """The tree made what the browser shows: hidden parts taken out (:func:`drop_hidden`) and words split across inline
    elements joined (:func:`audiocast.ingest.html_inline.join_split_words`); True if either changed it."""
    return any([drop_hidden(doc), join_split_words(doc)])  # (a list: both run)
