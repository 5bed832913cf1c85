"""The writer's name alone on a line in the article's head, where the page declares it as its author: the byline.

Pages set the writer's name as a line of its own between the headline and the text, in markup that names nothing
(``<p class="font-semibold text-slate-900">Nora …</p>`` beside the writer's picture, a styled-components
``<div class="sc-k7l8">``), so no byline class word takes it and it was read as the article's first line. The page
says elsewhere who wrote it: ``<meta name="author">``, ``article:author``, JSON-LD ``author`` or a byline element.
A line that is exactly that name, in the head (before the text's second paragraph of running prose), is the byline.

Measured (session 22, every annotated HTML page, golden + extract58 … extract79, extract82): an element whose text is
the declared author's name (two words or more) between the ``<h1>`` and the text's second running paragraph stands
on 93 pages of 54 sets; 92 of them are no article text (the one that is, a letter's writer, is read from the
letter's signature at its end, which this does not touch). Read before: 2 (two sets), both bylines.

Guards (kept): a name at the text's end (a letter's or an opinion piece's signature, which the annotations keep), a
line saying more than the name ("Gunnel Strand, ordförande"), a name of one word (a first name is also a word of
the text), a page that declares no author.
"""

from __future__ import annotations

import re

from .html_ends import running

_WORD = re.compile(r"\w+")


def _key(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def drop_author_line(pairs: list[tuple[str, str]], author: str | None) -> list[tuple[str, str]]:
    """The pairs less a paragraph that is the declared author's name alone, in the head (see the module)."""
    name = _key(author or "")
    if len(name.split()) < 2:
        return pairs
    out: list[tuple[str, str]] = []
    prose = 0
    for kind, text in pairs:
        if prose < 2 and kind == "p" and _key(text) == name:
            continue
        prose += running(text)
        out.append((kind, text))
    return out
