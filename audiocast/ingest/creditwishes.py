"""The article's closing exclamation glued right over a picture's captioned credit, which the dump parser took for the
picture's caption title (session 19, body recall).

The parser drops a short line right above a credit line as the picture's alt text or caption title ("Husby centrum i
kvällsljus." over "Foto: Anna Ek"). A blog post or a club's news often ends in one short exclamation of its own, and
the picture the page sets under the text stands right below it: "Vi ses i verkstaden!" or "Skitfiske!" over
"Den nya lokalen en kväll i mars. Foto: …". The listener then loses the article's last words.

Told on any site by three signals together: the line is a wish, a welcome or a greeting (:func:`.closings.is_wish`:
one short exclamation, no button, no form's thanks); the credit under it carries its own caption
(:func:`.credits.has_own_caption`: the picture needs no title above it); and the line right above it is the article's
running prose, kept. A picture's caption title is a name or a scene, seldom an exclamation. Risk: a gallery's
exclamation as a caption title ("Sommar!") over a captioned credit under a kept paragraph is read once.
"""

from __future__ import annotations

from collections.abc import Sequence

from .closings import is_wish
from .credits import has_own_caption
from .furniture import TaggedLine
from .lineshape import is_quote, words

RULE = "closing-over-credit"
PROSE_WORDS = 6
"""The line above is a sentence of running prose of at least this many words."""


def wish_over_credit_tags(lines: Sequence[TaggedLine]) -> None:
    """Keep the article's closing exclamation that the parser took for the picture's caption title (module docstring)."""
    for i in range(1, len(lines) - 1):
        ln, above, credit = lines[i], lines[i - 1], lines[i + 1]
        if ln.tag != "drop" or ln.rule is not None or credit.tag != "caption" or credit.blank_before:
            continue
        if not is_wish(ln.text) or credit.text.startswith(ln.text) or not has_own_caption(credit.text):
            continue
        if above.tag is not None or not (is_quote(above.text) or (
                words(above.text) >= PROSE_WORDS and above.text[-1] in ".!?")):
            continue
        ln.tag, ln.rule = None, RULE
