"""A pull quote is read once: a line repeating words of the article's own text is the page's display copy.

Newspapers and blogs set a sentence of the text large between the paragraphs ("”Jag ville också vara den som kommer
när det händer något.”"), in whatever markup the CMS has: a ``<blockquote>`` in a div, a quote-classed ``<p>``, a
``<span>`` in a styled box, with or without quote marks or a quote dash. What tells it on any site is the repetition:
its words stand, in the same order, in a longer paragraph of the article (or the lead), or it repeats an earlier
line word for word. Such a line is not read a second time.

Guards (kept): a quotation that the text does not repeat, a short line (under :data:`MIN_REPEAT_WORDS` words: "Tack!",
"Välkomna!"), a heading the page sets as one (``<h3>”Ett svek mot hela bygden”</h3>`` over the paragraph quoting it is
the section's title), list items and table rows.

Session 19 (body recall): a subheading set as a bold paragraph (``<p><b>Fem butiker under samma tak</b></p>``) may
repeat words of the lead or the text it heads ("… säljas i fem butiker under samma tak."); a pull quote is a sentence
or a quotation, a subheading is neither. A line shaped as a heading (at most :data:`HEAD_WORDS` words, no final stop,
no quote mark or quote dash) with a paragraph of text right under it is kept. Risk: a pull quote set without any mark
or stop, right over a paragraph, is read twice.
"""

from __future__ import annotations

import re

HEAD_WORDS = 8
"""A subheading is at most this many words."""
_NOT_HEAD = re.compile(r"[.!?:;…]$|^[-–—”“\"»«']|[”“\"»«]")
"""A stop ending a sentence, a quote dash opening a quotation, or a quote mark: no heading's shape."""
MIN_REPEAT_WORDS = 5
"""A repeated line has at least this many words; shorter lines repeat by chance."""
_WORD = re.compile(r"\w+")
_READ = frozenset({"p", "quote"})
"""The kinds of trafilatura's lines a pull quote comes as (:func:`audiocast.ingest.html._trafilatura_blocks`)."""


def _key(text: str) -> str:
    return " " + " ".join(w.lower() for w in _WORD.findall(text)) + " "


def drop_repeats(pairs: list[tuple[str, str]], lead: str | None) -> list[tuple[str, str]]:
    """The (kind, text) lines less the paragraphs and quotes whose words a longer one (or the lead) holds, or an
    earlier one repeats word for word."""
    keys = [_key(t) if k in _READ else "" for k, t in pairs]
    lead_key = _key(lead or "")
    out: list[tuple[str, str]] = []
    for i, pair in enumerate(pairs):
        key = keys[i]
        if key and len(key.split()) >= MIN_REPEAT_WORDS and not _heading(pairs, i) and (
            (key in lead_key and len(lead_key) > len(key))
            or any(k and ((key in k and len(k) > len(key)) or (k == key and j < i)) for j, k in enumerate(keys) if j != i)
        ):
            continue
        out.append(pair)
    return out


def _heading(pairs: list[tuple[str, str]], i: int) -> bool:
    """pairs[i] is a subheading by its shape, over a paragraph of text (module docstring)."""
    text = pairs[i][1].strip()
    nxt = pairs[i + 1] if i + 1 < len(pairs) else None
    return (nxt is not None and nxt[0] == "p" and len(_WORD.findall(nxt[1])) > HEAD_WORDS
            and len(_WORD.findall(text)) <= HEAD_WORDS and not _NOT_HEAD.search(text))
