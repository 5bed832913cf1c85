"""A site's FAQ accordion under the article in a page dump: its questions shown closed, without their answers.
Split from :mod:`audiocast.ingest.articleend`, which runs it before it seeks the article's last paragraph."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .furniture import TaggedLine
from .lineshape import is_title_like, words

_SENTENCE_END = ".!?…\"”»"

ACCORDION_QUESTIONS = 3
"""A run of at least this many questions without answers between them is a closed accordion (a site's FAQ)."""


def _question(ln: TaggedLine) -> bool:
    return ln.tag is None and ln.text[-1] == "?" and words(ln.text) <= 12


def accordion_tags(lines: Sequence[TaggedLine], cut: int, running: Callable[[TaggedLine], bool]) -> None:
    """A site's FAQ accordion below the article: a run of :data:`ACCORDION_QUESTIONS` questions or more without
    answers (the page shows them closed), with no running prose after it, goes with the questions and answers above
    it back to its heading ("Vanliga frågor"). An article's own questions have their answers under them. ``running``: the
    article end's test of a paragraph of running prose."""
    kept = [i for i in range(cut) if lines[i].tag is None]
    run_end = next((k for k in range(len(kept) - 1, -1, -1) if _question(lines[kept[k]])), None)
    if run_end is None:
        return
    k = run_end
    while k > 0 and _question(lines[kept[k - 1]]):
        k -= 1
    if run_end - k + 1 < ACCORDION_QUESTIONS or any(running(lines[i]) for i in kept[run_end + 1:]):
        return
    while k > 0 and (_question(lines[kept[k - 1]]) or (k > 1 and _question(lines[kept[k - 2]]))):
        k -= 1  # back over the open questions and their answers
    heading = lines[kept[k - 1]] if k > 0 else None
    if heading is not None and is_title_like(heading.text) and (heading.blank_before or (
            kept[k - 1] + 1 == kept[k] and not lines[kept[k]].blank_before and heading.text[-1] not in _SENTENCE_END)):
        k -= 1  # the accordion's heading, set apart over it or glued to its first question (a dump without blank lines)
    for i in kept[k:run_end + 1]:
        lines[i].tag, lines[i].rule = "drop", "after-end"
