"""A blog post's own closing lines over its byline: what the end passes took for the page's box is the post's.

A blog platform closes each post with its byline and time ("Upplagd av Lotta Fors kl. 21:14", rule ``byline-posted``);
the page's own boxes (comments, labels, the share row, the archive) come under it. So the lines right over that byline,
under the post's last paragraph, are the post's: its practical box ("Speltider och biljetter:" over the times and
prices) and its closing greeting ("Vi ses i Stadsträdgården!"). The end passes (:func:`.articleend.end_tags`) read them
as a box under the article's end, doubted by the classifier, and dropped them (session 42, extract201: six lines of a
theatre group's post lost). Counted first over the annotated dumps: the only run of lines the end passes drop right
over such a byline is that post's, six lines, all the post's.

Risk: a widget the page sets between a post's text and its byline (none in the annotated dumps) is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine

POSTED_RULE = "byline-posted"
_END_RULE = "after-end"


def post_close_tags(lines: Sequence[TaggedLine]) -> None:
    """Keep the run of lines the end passes dropped right over a post's closing byline (module docstring)."""
    for i, ln in enumerate(lines):
        if ln.rule != POSTED_RULE:
            continue
        k = i - 1
        while k >= 0 and lines[k].tag == "drop" and lines[k].rule == _END_RULE and not lines[k + 1].blank_before:
            k -= 1
        if k < i - 1 and k >= 0 and lines[k].tag is None:  # the post's text over the run
            for x in lines[k + 1:i]:
                x.tag, x.rule = None, None
        return
