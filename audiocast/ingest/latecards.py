"""The writer's card under the article judged again once the page's boxes below it are told.

:func:`audiocast.ingest.bios.writer_card_tags` keeps a writer's card (a name alone on its line, a sentence about the
person opening with the name, a link naming the person again) when running prose follows it: the article going on.
It runs early, before the boxes below the article are told, so a membership pitch, a newsletter box or a gift box under
the card ("Som medlem får du gratis rådgivning, …") still counts as the article going on, and the card is read. Run
again after the page's boxes went (:mod:`audiocast.ingest.actionbox`, :mod:`audiocast.ingest.articleend`), the same
test sees only the article's own prose. The card's guards are the same: a fact box about a person of the news has no
link line, and the article's prose after it keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .bios import writer_card_tags
from .creditnames import credited_name_tags
from .furniture import TaggedLine
from .selfblurbs import self_blurb_tags


def late_writer_card_tags(lines: Sequence[TaggedLine], body_from: int) -> None:
    """:func:`audiocast.ingest.bios.writer_card_tags` once more, after the boxes below the article are told; then the
    site's description of itself set apart under the article, which those boxes set apart (:mod:`.selfblurbs`); and
    a photographer's bare name the page credits elsewhere (:mod:`.creditnames`)."""
    writer_card_tags(lines, body_from)
    self_blurb_tags(lines, body_from)
    credited_name_tags(lines, body_from)
