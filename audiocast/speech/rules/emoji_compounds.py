"""An emoji written before the noun that names it ("en 😡-emoji", "tryck på
⚙️-ikonen", "🔥-symbolen"): named once, as the compound's first part ("en arg
emoji", "kugghjulsikonen"), never the emoji's name and the noun again ("arg
emoji-emoji") nor the noun with a hyphen alone ("-ikonen"). Called by
``cleanup.clean`` before emoji are dropped; the names are
EMOJI_COMPOUND_HEADS in ``speech/data/emoji_names.py``.
"""

from __future__ import annotations

import re

from ..data.emoji_names import EMOJI_COMPOUND_HEADS, EMOJI_NAME_NOUNS
from ..report import Trace
from .machinery import alternation, sub

# One emoji (a flag's pair of letters, a sequence joined by zero-width joiners, a variation selector after it),
# a hyphen and a naming noun with its endings ("-emojin", "-ikonen").
_PICTOGRAPH = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF]"
_EMOJI_COMPOUND = re.compile(
    rf"(?P<e>{_PICTOGRAPH}\ufe0f?(?:\u200d{_PICTOGRAPH}\ufe0f?)*|[\U0001F1E6-\U0001F1FF]{{2}})"
    rf"\s?-(?P<w>(?i:{alternation(EMOJI_NAME_NOUNS)})[a-zåäö]*)(?![\w-])"
)


def _compound(m: re.Match[str]) -> str:
    word = m.group("w")
    head = EMOJI_COMPOUND_HEADS.get(m.group("e")) or EMOJI_COMPOUND_HEADS.get(m.group("e").replace("\ufe0f", ""))
    if head is None:
        return word  # an emoji not named here: the noun alone, "en emoji", "ikonen"
    return f"{head}{word}"


def emoji_compounds(text: str, trace: Trace | None = None) -> str:
    """ "skickade en 😡-emoji" -> "skickade en arg emoji", "tryck på
    ⚙️-ikonen" -> "tryck på kugghjulsikonen", "❤️-emojin" -> "hjärtemojin"
    (class "symbol"): an emoji before a hyphen and a noun naming it
    (EMOJI_NAME_NOUNS: "emoji", "ikon", "symbol", "smiley") is said once, as
    the compound's first part (EMOJI_COMPOUND_HEADS); one not in the table is
    not named and the noun alone is said ("en 🦩-emoji" -> "en emoji").

    Risk: an emoji that only decorates before a hyphenated word of that kind
    ("🎄-symbolen" as a decoration) is named."""
    if "-" not in text:
        return text
    return sub(_EMOJI_COMPOUND, _compound, text, trace, "symbol")
