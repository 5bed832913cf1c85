"""A box under a boilerplate label glued among other lines, as in a dump copied without blank lines ("Annonssamarbete"
over the sponsored teaser's title, "Ge en gåva" over its button): where the label opens a run of lines between blank
lines, that run is its box (:func:`audiocast.ingest.text._box_tags`); here the box is the run of furniture-shaped
lines right under the label - labels, buttons, titles, very short sentences, at most :data:`RUN_LINES` of them - up to the first
sentence of the article's (a quote, a longer sentence) or a subheading the classifier trusts, which stay. Not under an
ad's bare label ("Annons"): an ad's text is seldom copied, and the article goes on under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words

_AD_LABELS = frozenset({"ad"})
P_TRUSTED = 0.5
"""A title-like line under a label that the classifier gives at least this is the article's subheading."""
BUTTON_WORDS = 3
"""A line of at most this many words under a label is its button ("Se erbjudanden"), however the classifier trusts it."""
RUN_LINES = 3
"""A label's box in a dump without blank lines holds at most this many lines under it (a teaser's title, a button)."""


def label_run_tags(lines: Sequence[TaggedLine], furniture_shaped: Callable[[str], bool]) -> None:
    """Drop the furniture-shaped lines right under a label in a dump without blank lines (see the module docstring)."""
    for i, ln in enumerate(lines):
        if not ln.label or ln.rule in _AD_LABELS:
            continue  # an ad's bare label: the ad's own text is seldom copied, the article goes on under it
        for x in lines[i + 1:i + 1 + RUN_LINES]:
            if x.tag is not None or is_quote(x.text) or not furniture_shaped(x.text) or (
                    x.p is not None and x.p >= P_TRUSTED and words(x.text) > BUTTON_WORDS):
                break  # a subheading the classifier trusts ("Detaljplanen i korthet") is the article's
            x.tag, x.rule = "drop", "label-run"
