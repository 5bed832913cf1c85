"""A law's short name written right after its own full name, said spelled (s22-N24).

"brott mot 4 kap. 4 § brottsbalken (BrB)" -> "brottsbalken (be ärr be)", "socialförsäkringsbalken (SFB)" ->
"(ess eff be)", "socialtjänstlagen (2001:453), SoL." -> "..., ess o ell.". The abbreviation tables read "BrB"
and "SoL" as the law's name and the acronym rules left "(SFB)" unsaid after the name it stands for: the name was
said twice, or the letters the text goes on to use were lost. Every writer of the opened sets who met the form
said the letters (normalize51, 55, 57, 58, 59, 63: "(M B)", "(P B L)", "(L V M)", "S O L", "(S F B)").

The signal is the full name right before: a short name of ``data/law_gloss_words.LAW_GLOSS_ENDINGS`` in brackets
or after a comma, the words just before it (an SFS number's bracket between them allowed) ending with the words
its own full name ends with. Elsewhere ("enligt 4 kap. 1 § SoL", "enligt LVU") the other rules read it as before.

Risk: a short name right after a different law whose name ends alike ("skollagen (SkL)") is spelled as well, which
is how it is said anyway; a short name in brackets after its law that a writer would read as the law's name is
spelled. Cheap gate: an opening bracket or a comma, then a search for a short name right after one.
"""

from __future__ import annotations

import re

from ..data.law_gloss_words import LAW_GLOSS_ENDINGS
from ..report import Trace
from .machinery import alternation, spell, sub

_CODES = alternation(list(LAW_GLOSS_ENDINGS))
# "(BrB)", "(SFB)" or ", SoL" after the law's name; the SFS number's bracket, read by now, may come between.
_GLOSS = re.compile(rf"(?:\s\([a-zåäö\s]+\))?(?:(?P<open>\s\()|,\s)(?P<code>{_CODES})(?(open)(?=\))|(?![\wåäöÅÄÖ:-]))")
_HINT = re.compile(rf"[(,]\s?(?:{_CODES})\b")


def _gloss(m: re.Match[str]) -> str | None:
    ending = LAW_GLOSS_ENDINGS[m.group("code")]
    if not m.string[: m.start()].lower().endswith(ending):
        return None  # "enligt (BrB)", "lagen, RF": not right after its own name
    return m.group(0)[: m.start("code") - m.start()] + spell(m.group("code"))


def law_glosses(text: str, trace: Trace | None = None) -> str:
    """A law's short name right after its own full name is said spelled: "socialförsäkringsbalken (SFB)" ->
    "(ess eff be)", "socialtjänstlagen (2001:453), SoL" -> "..., ess o ell" (the module's docstring).

    Risk: a short name after another law whose name ends alike is spelled too; a writer who reads the letters as
    the law's name ("brottsbalken (brottsbalken)") hears them spelled."""
    if ("(" not in text and ", " not in text) or _HINT.search(text) is None:
        return text
    return sub(_GLOSS, _gloss, text, trace, "acronym")
