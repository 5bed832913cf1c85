"""A call to the reader closing the page under the article: a question to the reader and where to send it.

"Har du en fråga till juristen?" over "Skicka den till juristen@… .", "Rättelse?" over "Hittat ett fel i texten? Mejla
…", "Vill du veta mer?" over "Ring kundcenter på … eller mejla …". A Q&A column, an archive's question box, a
municipality's news and a newspaper close so under any article; on any site the box is told by its shape:

- a question to the reader on a line of its own (:data:`QUESTION_WORDS` words at most, speaking to "du"/"ni", or a
  label's one or two words: "Rättelse?"), the box's first line or glued under the article's last paragraph;
- under it at most :data:`CALL_LINES` lines, each giving an e-mail address or a call to action's button;
- no running prose of the article below it (a list of questions may follow: other columns' titles; below the box the
  caller checks).

Guards (kept): a question to the reader inside the article's paragraph ("Vad tycker du? … alla är välkomna."), a
column's last line where the question and the address share one line glued to the answer (the column's own close,
as one blind set reads it), a news article's appeal for tips giving the police's number and web site ("Har du
information?" over "Ring 114 14 och uppge diarienummer …"), a question heading over a paragraph (an FAQ's section).
Not told: an advert's one line opened by a question over a booking button ("Har du ont? Boka en tid …"): the blind
sets read the same shape as the article's advice too ("Har du inte gett blod tidigare? Gör hälsodeklarationen …").
"""

from __future__ import annotations

from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import MAIL as _MAIL
from .lineshape import READER as _READER
from .lineshape import is_quote, words

QUESTION_WORDS = 10
"""A question to the reader on its own line is at most this many words ("Har du en fråga om norra Ölands historia?")."""
CALL_LINES = 2
"""Under the question the call holds at most this many lines."""
CALL_WORDS = 25
"""A line of the call is at most this many words."""
"""Where to send it: an e-mail address (the column's, the newsroom's). A phone number or a web address alone is no
sign: a news article's own appeal for tips gives the police's ("Ring 114 14 och uppge diarienummer …")."""
_CTA_RULES = frozenset({"cta-ticket", "booking", "gift-box", "donate", "subscribe"})
"""The rules (``data/boilerplate.tsv``) of a call to action's button."""


def _asks(text: str) -> bool:
    """A question to the reader alone on its line, or a label's question of one or two words ("Rättelse?")."""
    return text[-1] == "?" and not is_quote(text) and (
        (words(text) <= QUESTION_WORDS and bool(_READER.search(text))) or words(text) <= 2)


def _points(ln: TaggedLine) -> bool:
    """A line of the call: one that gives an e-mail address, or a call to action's button."""
    if ln.rule in _CTA_RULES:
        return True
    return ln.tag in (None, "drop") and not is_quote(ln.text) and words(ln.text) <= CALL_WORDS and bool(_MAIL.search(ln.text))


def reader_call(box: Sequence[TaggedLine], prose_above: bool) -> int | None:
    """Where a call to the reader begins in ``box`` (a run of lines between blank lines), or None (module docstring).
    ``prose_above``: the article's running prose stands above the box (else the call must follow it in the box)."""
    from .articleend import is_running_prose

    for k, q in enumerate(box):
        if q.tag is not None or not (prose_above and k == 0 or k > 0 and is_running_prose(box[k - 1])):
            continue
        n = 0
        while k + 1 + n < len(box) and n < CALL_LINES and _points(box[k + 1 + n]):
            n += 1
        if n and _asks(q.text) and not any(is_running_prose(x) and x.text[-1] != "?" for x in box[k + 1 + n:]):
            return k
    return None


_SHARE_RULE = "share"
_PAGE_TAGS = frozenset({"drop", "link", "stop", "footer"})
P_CALL = 0.25
"""A line under the share row's question the classifier gives less than this is the call's, not the article's."""


def share_row_call_tags(lines: Sequence[TaggedLine], cut: int) -> None:
    """A call to the reader glued between the share row and its button, in a dump without blank lines: a question to
    the reader (:func:`_asks`: "Vill du också skriva en insändare?") right under the share row's last line, at most
    :data:`CALL_LINES` lines under it the classifier doubts (:data:`P_CALL`) or speaking to the reader ("Skicka in din
    text via vårt formulär …"), then a line of the page's (its button, the next box's label) or a button's shape (:func:`_button`). The page's invitation, not the article's last
    paragraph; a line the classifier trusts that does not speak to the reader, a quote, or a long paragraph under the
    question keeps the whole run."""
    for i in range(1, cut):
        q = lines[i]
        if q.tag is not None or q.blank_before or lines[i - 1].rule != _SHARE_RULE or not _asks(q.text):
            continue
        j = i + 1
        while j < cut and j - i <= CALL_LINES and lines[j].tag is None and not lines[j].blank_before and not _button(lines[j]):
            j += 1
        call = lines[i + 1:j]
        if not call or j >= cut or lines[j].blank_before or not (lines[j].tag in _PAGE_TAGS or _button(lines[j])):
            continue
        if all(x.p is not None and (x.p < P_CALL or _READER.search(x.text)) and not is_quote(x.text)
               and words(x.text) <= CALL_WORDS for x in call):
            for x in lines[i:j]:
                x.tag, x.rule = "drop", "reader-call"


BUTTON_WORDS = 4
"""A button's words ("Skriv en insändare", "Tipsa oss")."""


def _button(ln: TaggedLine) -> bool:
    """A kept line shaped like a button: a few words, no sentence's end, a line the classifier doubts."""
    return (ln.tag is None and words(ln.text) <= BUTTON_WORDS and ln.text[-1] not in ".!?:"
            and ln.p is not None and ln.p < P_CALL)
