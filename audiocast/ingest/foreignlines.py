"""Lines in another language inside a Swedish page: the article said again for readers of other languages.

A municipality's or an association's page closes its Swedish article with short versions in other languages ("Kort på
andra språk" / "English: The library closes …" / a line in Arabic script / "Soomaali: …" / "Suomeksi: …"), or sets a
line in English over it. The listener hears Swedish only; such a line is not read. A line is in another language when:

- most of its letters are of another script (Arabic, Persian, Tigrinya, Cyrillic, Thai, Chinese), from
  :data:`SCRIPT_WORDS` words; or
- it is labelled with a language's name ("Soomaali: …", "In English: …", table
  :data:`.data.widget_words.LANGUAGE_LABELS`) and what follows is not Swedish; or
- from :data:`LATIN_WORDS` words, the function words (:data:`.lang.FUNCTION_WORDS`) say English, German or Finnish, or
  most words hold a Finnic double vowel and none an å.

Only under a Swedish article (at least :data:`SWEDISH_PROSE` lines of running prose in Swedish under its head: a summary
in five languages may have more lines than the article's body), under its first Swedish paragraph (an article that
opens in English and is said again in Swedish under it, "På svenska", is read whole), and either under its last
Swedish paragraph (the summaries close the article) or under a heading that names them ("Kort på andra språk", table
``OTHER_LANG_HEAD``, which goes with them), wherever that box stands (session 17: such a box set between the lead and
the body is the page's too); an English line the article goes on about in Swedish under it stays. Never a
line the function words say is Swedish, a quote (opened by a dash or a quotation mark) or a line already told.
Risk: an English sentence of the article's own without quotation marks (a motto, a song's line of six words and more)
is not read; Norwegian and Danish are too close to Swedish to be told by their function words and stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .data.widget_words import LANGUAGE_LABELS, OTHER_LANG_HEAD
from .furniture import TaggedLine
from .lang import FUNCTION_WORDS, finnic
from .lang import OTHER_SCRIPT as _OTHER
from .lang import line_language as language
from .lineshape import words

RULE = "foreign-line"
SCRIPT_WORDS = 2
LATIN_WORDS = 6
SWEDISH_PROSE = 2
PROSE_WORDS = 8
_LABEL = re.compile(r"([^:]{1,30}):\s*(.+)")
_QUOTE_OPEN = "–—-\"”“»«'’"
_FOREIGN = {"en", "de", "fi", _OTHER}
FOREIGN_SHARE = 0.15
_SWEDISH_EXTRA = frozenset("i på ut upp nu hos åt än ju".split())


def _labelled(text: str) -> str | None:
    """The text after a language's label ("Soomaali: …" -> "…"), or None."""
    m = _LABEL.fullmatch(text)
    if m is None:
        return None
    label = m.group(1).strip().lower()
    return m.group(2) if label in LANGUAGE_LABELS or label.split()[-1] in LANGUAGE_LABELS else None


def is_foreign(text: str) -> bool:
    """A line in another language than Swedish (module docstring)."""
    t = text.strip()
    if not t or t[0] in _QUOTE_OPEN:
        return False
    if language(t) == _OTHER:
        return words(t) >= SCRIPT_WORDS
    rest = _labelled(t)
    if rest is None and _LABEL.fullmatch(t) and words(t.split(":")[0]) <= 3:
        return False  # a field of the article's in Swedish ("Titel: Rapid diagnosis of …")
    if rest is not None:
        found = language(rest)
        return found != "sv" and (found in _FOREIGN or words(rest) >= 3 and found != "no-da")
    found = language(t)
    if found == _OTHER:
        return words(t) >= SCRIPT_WORDS
    return found in _FOREIGN and words(t) >= LATIN_WORDS and _clearly(t, found)


def _clearly(text: str, found: str) -> bool:
    """The foreign language's function words are :data:`FOREIGN_SHARE` of the line and two at least, the Swedish ones
    none (a Swedish sentence naming an English title, "publiceras i tidskriften Energy and Buildings", stays)."""
    tokens = re.findall(r"[a-zåäöæøüéß]+", text.lower())
    own = sum(tok in FUNCTION_WORDS[found] for tok in tokens)
    if found == "fi" and ("å" in text.lower() or not (finnic(text) or own >= 2)):
        return False
    swedish = sum(tok in FUNCTION_WORDS["sv"] or tok in _SWEDISH_EXTRA for tok in tokens)
    return own >= 2 and own >= FOREIGN_SHARE * len(tokens) and swedish == 0


def foreign_line_tags(lines: Sequence[TaggedLine]) -> None:
    """Tag ``drop`` the lines in another language of a Swedish page, and the heading over them (module docstring)."""
    swedish = [i for i, x in enumerate(lines) if x.tag is None and words(x.text) >= PROSE_WORDS and not is_foreign(
        x.text) and language(x.text) == "sv"]
    if len(swedish) < SWEDISH_PROSE:
        return
    k = 0
    while k < len(lines):
        x = lines[k]
        headed = x.tag is None and words(x.text) <= 6 and OTHER_LANG_HEAD.fullmatch(x.text.strip()) is not None
        start = k + 1 if headed else k
        end = start
        while end < len(lines) and lines[end].tag is None and is_foreign(lines[end].text):
            end += 1
        if end > start and (headed or start > swedish[-1]):
            for ln in lines[k:end]:
                ln.tag, ln.rule = "drop", RULE
            k = end
        else:
            k += 1
