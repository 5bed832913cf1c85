"""A portrait's fact box on the article's subject: "Ålder: 54 år." / "Bor: Tådene." / "Gör: Mjölkbonde." (issue #9: body
recall).

A Swedish newspaper sets the facts of the person it portrays (an interview, a "veckans profil") in a box of labelled
lines under or beside the text: Namn, Ålder, Bor, Gör, Familj, Yrke, Född, Aktuell, Bakgrund, Läser, Favorit... Such a
box holds short labelled lines glued together, the form of a contact box or a record's fields, so the box and record
rules may take it; every annotated blind set reads it as the article's (about 150 such lines in the dev golds, none
annotated as the page's). The labels are a convention of the Swedish press, certain and few: kept as data here. A run
of at least :data:`PORTRAIT_LINES` such lines glued together is given back, after every other pass; the editor's drops
and the site's template stay dropped.

Session 30: not the box of a boilerplate label's run ("Om skribenten" / the writer's name / "Bor: …" / "Gör: …"): the
facts of the debate article's writer under the site's bio label are the page's, the box the label-run pass took
(``labelruns.py``) right above them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import TaggedLine

PORTRAIT_LINES = 2
"""A portrait's box has at least this many labelled lines glued together."""
PORTRAIT_LABELS = (
    "namn", "ålder", "bor", "bor i", "gör", "familj", "yrke", "född", "aktuell", "aktuell med", "bakgrund", "läser",
    "lyssnar på", "intressen", "fritid", "drömmer om", "smeknamn", "klubb", "moderklubb", "meriter", "utbildning",
    "favoritplats", "favoritmat", "favoritsysselsättning", "favoritbok", "favoritmusik", "gör helst", "motto",
)
"""The labels of a portrait's facts (lowercase; the label is followed by a colon and the fact)."""
_LABEL = re.compile(r"(?i)(" + "|".join(sorted(map(re.escape, PORTRAIT_LABELS), key=len, reverse=True)) + r")\s*:\s*\S.*")
_KEEP_RULES = frozenset({"editor", "template"})


def portrait_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Give back the runs of :data:`PORTRAIT_LINES` portrait lines or more (see the module docstring)."""
    i = 0
    while i < len(lines):
        if not _LABEL.fullmatch(lines[i].text):
            i += 1
            continue
        stop = i + 1
        while stop < len(lines) and not lines[stop].blank_before and _LABEL.fullmatch(lines[stop].text):
            stop += 1
        under_label = i > 0 and not lines[i].blank_before and (lines[i - 1].label or lines[i - 1].rule == "label-run")
        if stop - i >= PORTRAIT_LINES and not under_label:
            for ln in lines[i:stop]:
                if ln.tag is not None and ln.rule not in _KEEP_RULES:
                    ln.tag, ln.rule = None, None
        i = stop
