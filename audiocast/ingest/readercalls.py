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

import re
from collections.abc import Sequence

from .furniture import TaggedLine
from .lineshape import is_quote, words

QUESTION_WORDS = 10
"""A question to the reader on its own line is at most this many words ("Har du en fråga om norra Ölands historia?")."""
CALL_LINES = 2
"""Under the question the call holds at most this many lines."""
CALL_WORDS = 25
"""A line of the call is at most this many words."""
_READER = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|ert|era)\b")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
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
