"""The newsroom talking to its reader under a news article, glued to its last paragraph: the standing call for tips,
pictures, letters and notices that a listener would hear as the article's last sentence.

"Har du bilder eller information?" over "Skicka till tips@… eller sms:a …", "Har du ett evenemang som du vill tipsa
om? Mejla noje@… senast onsdag.", "Vad tycker du? Skriv en insändare till insandare@…", "Har du rättelser eller
resultat vi har missat? Mejla redaktion@…", "Vill du uppmärksamma en bemärkelsedag i tidningen? Fyll i vårt formulär
senast tisdag …". A newsroom sets the same call under every article of a kind; in a dump without blank lines it is
glued under the text, where :mod:`audiocast.ingest.sitecalls` (a call set apart) and
:mod:`audiocast.ingest.readercalls` (a question right under the last paragraph, over its address) do not look. On any
site it is told by its shape, its place and what it asks for (words in ``data/desk_calls.tsv``):

- a question to the reader ("du", "ni", "någon") of at most :data:`QUESTION_WORDS` words, followed on its line, or on
  the line glued under it (kept, or already dropped by a rule: "Skicka till tips@…"), by an instruction of at most
  :data:`CALL_WORDS` words opened by a verb of sending ("Mejla", "Skicka", "Tipsa oss", "Fyll i") that gives a channel:
  an e-mail address, a phone or SMS number, a form;
- the instruction is the newsroom's: an address that names no person (``tips@``, ``noje@``; a writer's
  ``fornamn.efternamn@`` is the article's own call: one blind set reads "Har du minnen från …? Mejla sven.…@" as the
  article's, another as the page's), or words naming the desk ("oss", "vårt formulär", "redaktionen");
- it asks for what a newsroom asks its readers for (``gift``: tips, pictures, information, letters, events, notices,
  corrections, results);
- the question names nothing of the article's matter: its words, beside those, are none of the article's ("Har du tips
  om offentliga upphandlingar? Kontakta redaktionen …" under a review of procurements is the article's own appeal, as
  is "Vill du att ditt husdjur ska bli Veckans husdjur?" under the week's pet);
- the article's running prose stands above it and none below (only the page's furniture follows).

Guards (kept; the risks): the police's appeal for tips in a news article ("Har du information? Ring polisen på 114
14 …": no address, no word of the desk); a question about the article's own list ("Saknas ditt namn? Mejla … så
rättar vi", "Saknar du ett firande i listan?": nothing of a gift asked); a column's "Har du en fråga till …?" and an
organisation's "Har du frågor? Kontakta kundservice …" (no gift: read both ways in the annotated sets); a Q&A's
answer (the line above is a question); a quote. Not told: a series' blurb before the question on the same line ("Ung
röst är … krönikeserie … Vill du skriva? Mejla …"), a call without a question ("Minnesord om … publiceras på vår
familjesida. Skicka till …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import MAIL as _MAIL
from .lineshape import PHONE_NUMBER, content_words, is_quote, words

RULE = "desk-call"
QUESTION_WORDS = 14
"""The question to the reader is at most this many words ("Har du ett evenemang som du vill tipsa om?")."""
CALL_WORDS = 30
"""The instruction after the question is at most this many words."""
_ASKED = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|ert|era|någon)\b")
_QUESTION = re.compile(r"^([^?.!]{3,}\?)(?:\s+(\S.*))?$")
_PHONE = re.compile(r"(?<!\d)" + PHONE_NUMBER + r"|(?<!\d)7\d[\s-]?\d{3}(?!\d)")
"""A phone number or a short number for SMS ("72 000")."""
_FORM = re.compile(r"(?i)\bformulär")
_PERSON = re.compile(r"^[^\W\d_]+[.-][^\W\d_]+@")
"""A person's address ("sven.hedlund@…"): the writer's own call."""
_WORD = re.compile(r"[\w:-]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("audiocast.ingest").joinpath("data/desk_calls.tsv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrase = line.split("\t")
            out.setdefault(kind, set()).add(phrase.strip())
    return {k: frozenset(v) for k, v in out.items()}


def _tokens(text: str) -> list[str]:
    return [w.strip(":-") if not w.endswith(":a") else w for w in _WORD.findall(_MAIL.sub(" ", text.lower()))]


def _has(text: str, kind: str) -> bool:
    toks = _tokens(text)
    joined = " " + " ".join(toks) + " "
    return any((" " + p + " ") in joined for p in _table()[kind])


def _asks(question: str) -> bool:
    return words(question) <= QUESTION_WORDS and bool(_ASKED.search(question))


def _sends(call: str) -> bool:
    """An instruction to send to the newsroom: opened by a verb of sending, at most :data:`CALL_WORDS` words, giving a
    channel (an address, a number, a form), and an address that names no person or a word of the desk."""
    low = " ".join(_tokens(call[:40]))
    if words(call) > CALL_WORDS or not any(low == p or low.startswith(p + " ") for p in _table()["send"]):
        return False
    mails = _MAIL.findall(call)
    if any(_PERSON.match(m) for m in mails):
        return False
    channel = bool(mails or _PHONE.search(call) or _FORM.search(call))
    return channel and (bool(mails) or _has(call, "desk"))


def _topic(question: str, article: set[str]) -> bool:
    """The question names the article's matter: a content word of it, beside the gift asked, the desk's and plain
    words, that the article has said."""
    table = _table()
    mine = {w for w in _tokens(question) if w not in table["gift"] | table["plain"] | table["desk"]}
    return bool(content_words(" ".join(mine)) & article)


def _call_end(lines: Sequence[TaggedLine], i: int, cut: int) -> int | None:
    """Where the desk's call opened by lines[i] ends (exclusive), or None."""
    m = _QUESTION.match(lines[i].text.strip())
    if m is None:
        return None
    question, call = m.groups()
    if not _asks(question):
        return None
    if call is not None:
        return i + 1 if _sends(call) and _has(lines[i].text, "gift") else None
    nxt = lines[i + 1] if i + 1 < cut else None
    if nxt is None or nxt.blank_before or nxt.tag not in (None, "drop") or is_quote(nxt.text):
        return None
    if not _sends(nxt.text) or not _has(question + " " + nxt.text, "gift"):
        return None
    return i + 2


def desk_call_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """Drop the newsroom's call glued under the article (module docstring). ``lines``: the lines under the lead;
    ``head``: the headline and the lead."""
    cut = page_tail(lines)
    prose = [k for k in range(cut) if is_running_prose(lines[k])]
    if not prose:
        return
    said = content_words(head)
    for ln in lines[:prose[0] + 1]:
        if ln.tag is None:
            said |= content_words(ln.text)
    for i in range(prose[0] + 1, cut):
        ln = lines[i]
        if ln.tag is not None:
            continue
        end = None if is_quote(ln.text) else _call_end(lines, i, cut)
        question = _QUESTION.match(ln.text.strip())
        if end is not None and question is not None and not _topic(question.group(1), said) and not _below(
                lines, i, end, cut):
            for x in lines[i:end]:
                if x.tag is None:
                    x.tag, x.rule = "drop", RULE
            return
        said |= content_words(ln.text)


def _below(lines: Sequence[TaggedLine], i: int, end: int, cut: int) -> bool:
    """The article goes on around the call: running prose below it, or a question right above it (a Q&A's answer)."""
    above = next((x for x in reversed(lines[:i]) if x.tag is None), None)
    return any(is_running_prose(x) for x in lines[end:cut]) or (above is not None and above.text.rstrip().endswith("?"))
