"""A call to the reader left at the article's end in a page dump: the button or the box that asks the reader to act.

Under its article a site sets what it wants the reader to do: a button ("Lämna synpunkter", "Anmäl dig till
välkomstträffen", "Boka din plats"), a box asking the reader to join ("Vill du gå med i hemvärnet?" over a sentence and
"Sök till hemvärnet"), a service box of buttons and a channel ("Se aktuella avbrott på kartan", "Anmäl elavbrott", "Vid
akut fel, ring …: 0680-123 00"), a heading calling for the reader's contributions over its address ("Skicka in din
högtidsdag"). Other passes drop the box's lines the rules know (its address, its button); the call's own lines are
left, glued to the article's last paragraph in a dump without blank lines. On any site they are told by their shape
and their place, their words of address as data (``data/reader_calls.tsv``):

- a run of lines below the article's running prose with none of it after (only the page's furniture follows);
- opened by a call: a button (:func:`is_call_button`: a verb of the table in the imperative, at most
  :data:`BUTTON_WORDS` words, no sentence's end) or a question asking the reader to act or join
  (:func:`is_call_ask`: "Vill du …?", "Har du …?", at most :data:`ASK_WORDS` words);
- made of calls, glued (a blank line closes the box): more buttons, a line naming a channel (an e-mail address, a phone number) of at most
  :data:`SENTENCE_WORDS` words, lines the rules already dropped, and under a question at most :data:`ASK_SENTENCES`
  short sentences (the box's pitch);
- and told as the site's, not the article's: a question's box closes in a button (under a question, a pitch that
  neither speaks to the reader nor as the site tells the article's own offer: only its button goes) (a question over a channel alone is
  often the article's own call: "Har du frågor? Ring …"); a button stands with another call (a button, a channel),
  or the article's last lines point to it in its own words ("Du kan lämna synpunkter via formuläret nedan." over
  "Lämna synpunkter": the button says again what the text said).

Guards (kept; the risks): a list of instructions in the imperative closing the article under a line that announces it
("Tänk på att:") or under its heading ("Så skyddar du huset"); a question to the reader over the article's last
paragraph with nothing to click ("Vill du ansluta dig?" over "Bor du i … Fyll i formuläret …"); a lone imperative
subheading the text has not pointed to. Not told: one line holding both the question and its channel ("Har du minnen
från branden? Mejla …"): the annotated sets read the same shape as the article's closing line as often as the site's.
Not here: the site's standing call by its address (:mod:`audiocast.ingest.sitecalls`), boxes between blank lines
(:mod:`audiocast.ingest.actionbox`), a question over an address (:mod:`audiocast.ingest.readercalls`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .articleend import is_running_prose
from .furniture import TaggedLine, page_tail
from .lineshape import MAIL as _MAIL
from .lineshape import PHONE_NUMBER, is_quote, is_title_like, words

RULE = "tail-call"
BUTTON_WORDS = 6
"""A call's button is at most this many words ("Se aktuella avbrott på kartan")."""
ASK_WORDS = 10
"""A question asking the reader to act is at most this many words ("Vill du gå med i hemvärnet?")."""
SENTENCE_WORDS = 30
"""A line of the call's box naming a channel, or its pitch under a question, is at most this many words."""
ASK_SENTENCES = 2
"""Under a question the box holds at most this many sentences of its pitch."""
ECHO_LINES = 3
"""A lone button is the site's when one of the article's last this many kept lines says its verb."""
_PHONE = re.compile(r"(?<!\d)" + PHONE_NUMBER + r"|(?<!\d)1\d{2}\s?\d{2,3}(?!\d)")
_ICON = re.compile(r"^[^\w(]+\s*")
_ADDRESS = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|ert|era|vi|oss|vår|vårt|våra)\b")
"""A channel's line opened by a verb is a call when it speaks to the reader or as the site ("Skicka dina synpunkter till
…"); a bare instruction ("Ring 114 14") is the article's own appeal's as often. A contact line ("Anders Persson 040-55
43 21") is a call whatever its words."""
_BUTTON_RULES = frozenset({"after-end", "tail-box", "cta", "cta-ticket", "booking", "subscribe", "more-link"})
"""The rules (``data/boilerplate.tsv``, and the passes' own) that dropped a short line as a box's button."""
_CALL_TAGS = frozenset({None, "menu", "drop", "link"})
"""The lines a call's box is made of: kept ones and the page's furniture already dropped (not a caption, a date)."""


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    text = resources.files("audiocast.ingest").joinpath("data/reader_calls.tsv").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrase = line.split("\t")
            out.setdefault(kind, []).append(phrase.strip())
    return {k: tuple(v) for k, v in out.items()}


def _opens(text: str, kind: str) -> str | None:
    low = _ICON.sub("", text).lower()
    return next((p for p in _table()[kind] if low == p or low.startswith(p + " ")), None)


def is_call_button(text: str) -> bool:
    """A call's button: opened by a verb of the table, at most :data:`BUTTON_WORDS` words, no sentence's end (an
    exclamation or an arrow allowed: "Bli medlem!", "Läs mer →"), no quote."""
    text = text.strip()
    return bool(text) and words(text) <= BUTTON_WORDS and text[-1] not in ".?:;," and not is_quote(text) and (
        _opens(text, "verb") is not None)


def is_call_ask(text: str) -> bool:
    """A question asking the reader to act or join: opened by the table's words ("Vill du", "Vill ditt barn"), at most
    :data:`ASK_WORDS` words, ending in its question mark."""
    text = text.strip()
    return bool(text) and text[-1] == "?" and words(text) <= ASK_WORDS and _opens(text, "ask") is not None


def _channel(text: str) -> bool:
    return words(text) <= SENTENCE_WORDS and not is_quote(text) and bool(_MAIL.search(text) or _PHONE.search(text))


def _run(lines: Sequence[TaggedLine], i: int, cut: int) -> tuple[int, bool, int]:
    """The call's box from lines[i]: its end, whether it holds a button besides its first line, and how many calls
    (buttons, channels) it holds. A line naming a channel is no button ("Ring oss på 0280-400 00" is a help line's
    number); one opened by a verb is a call when it speaks to the reader or as the site ("ring vår felanmälan …"),
    not as a bare instruction ("Ring 114 14": the article's own appeal for the police's tips as often)."""
    asks = is_call_ask(lines[i].text)
    j, button, calls, pitch = i + 1, False, 1, 0
    while j < cut:
        x = lines[j]
        if x.tag not in _CALL_TAGS or x.blank_before:
            break  # a blank line closes the box: the next box (the page's address) is no button of it
        if _channel(x.text):
            calls += bool(_ADDRESS.search(_MAIL.sub(" ", x.text))) or _opens(x.text, "verb") is None
        elif is_call_button(x.text) or (x.tag is not None and words(x.text) <= BUTTON_WORDS and (
                x.text[-1] not in ".?:;,") and x.rule in _BUTTON_RULES):
            button, calls = True, calls + 1
        elif x.tag is None and asks and pitch < ASK_SENTENCES and words(x.text) <= SENTENCE_WORDS and (
                not is_quote(x.text)) and not (button or calls > 1):
            pitch += 1
        elif x.tag is None:
            break
        j += 1
    return j, button, calls


def _echoed(lines: Sequence[TaggedLine], i: int, verb: str) -> bool:
    """One of the article's last :data:`ECHO_LINES` kept lines above lines[i] says the button's verb (the text points
    to the button: "Boka din plats enklast på vår webbplats." over "Boka din plats")."""
    above = [x for x in lines[:i] if x.tag is None][-ECHO_LINES:]
    pattern = re.compile(r"(?i)\b" + re.escape(verb) + r"\b")
    return any(pattern.search(x.text) for x in above)


def _tells_the_matter(box: Sequence[TaggedLine]) -> bool:
    """The pitch under a question tells the article's matter, not the site's wish: its sentences neither speak to the
    reader nor as the site ("Hallen erbjuder gratis prova-på-pass … varje onsdag i juni." under "Vill du prova
    vattengympa?"), where the site's box does ("Hemvärnet behöver fler soldater. Läs mer om hur du söker.")."""
    pitch = [x for x in box if x.tag is None and not is_call_button(x.text) and not _channel(x.text)]
    return bool(pitch) and not any(_ADDRESS.search(x.text) for x in pitch)


def _announced(lines: Sequence[TaggedLine], i: int) -> bool:
    """The line above is the article's announcement of a list or a list's heading ("Tänk på att:", "Så gör du")."""
    prev = next((x for x in reversed(lines[:i]) if x.tag is None), None)
    if prev is None or is_running_prose(prev) or is_call_button(prev.text) or is_call_ask(prev.text):
        return False
    return prev.text.rstrip().endswith(":") or is_title_like(prev.text)


def tail_call_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a call to the reader at the article's end (see the module docstring). ``lines``: the page's lines below
    the head."""
    cut = page_tail(lines)
    prose = [k for k in range(cut) if is_running_prose(lines[k])]
    if not prose:
        return
    i = prose[0] + 1
    while i < cut:
        ln = lines[i]
        opens_ask, opens_button = is_call_ask(ln.text), is_call_button(ln.text)
        if ln.tag is not None or not (opens_ask or opens_button) or _announced(lines, i):
            i += 1
            continue
        end, button, calls = _run(lines, i, cut)
        if any(k >= end for k in prose):
            i += 1
            continue
        verb = _opens(ln.text, "verb")
        site = button if opens_ask else (calls > 1 or (verb is not None and _echoed(lines, i, verb.split()[0])))
        if site and opens_ask and _tells_the_matter(lines[i + 1:end]):
            for x in lines[i + 1:end]:  # the article's own offer under its question: only its button goes
                if x.tag is None and is_call_button(x.text):
                    x.tag, x.rule = "drop", RULE
            i = end
        elif site:
            for x in lines[i:end]:
                if x.tag is None:
                    x.tag, x.rule = "drop", RULE
            i = end
        else:
            i += 1
