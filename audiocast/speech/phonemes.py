"""Phonemes in the spoken text: lexicon entries written in IPA, spoken by every engine.

A lexicon entry may give phonemes instead of a respelling: the spoken form
is IPA between double brackets, ``Växjö<TAB>[[ˈvɛkːˌɧøː]]``. The normalizer
leaves such a block as it is (:func:`protect` / :func:`restore` around the
rules) and the script carries it to the voice, which gets it in its own
language (:func:`for_engine`):

- Piper (piper-tts ≥ 1.3) takes ``[[ IPA ]]`` blocks as raw phonemes: unchanged;
- espeak-ng takes ``[[ ]]`` in its own ASCII phoneme mnemonics (with the
  phoneme-input flag): converted with :data:`IPA_TO_ESPEAK`, a small table for
  Swedish checked against espeak-ng's own IPA and mnemonic output;
- Google's voice takes no phonemes: the block is replaced by the written word
  (the lexicon entry is ignored for it, with a warning).

The written word travels inside the block after a bar, ``[[ˈvɛkːˌɧøː|Växjö]]``,
so the transcript, the timing and Google's voice still know it; engines never
see the bar.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

BLOCK = re.compile(r"\[\[([^\[\]|]{1,200})(?:\|([^\[\]|]{1,200}))?\]\]")
"""A phoneme block: IPA, and after a bar the written word it stands for (bounded, linear)."""

IPA_TO_ESPEAK: tuple[tuple[str, str], ...] = (
    # Longest first where one symbol starts another. espeak-ng 1.52 Swedish mnemonics
    # (espeak_TextToPhonemes in mnemonic and IPA mode for the same words).
    ("ʉː", "u-"), ("ʉ", "u-"), ("ɵ", "8"),
    ("ɑː", "A:"), ("ɑ", "A"), ("a", "a"),
    ("ɛː", "E:"), ("ɛ", "E"), ("eː", "e:"), ("e", "e"), ("ə", "E-"),
    ("iː", "i:"), ("ɪ", "I"), ("i", "i"),
    ("oː", "o:"), ("ɔ", "O"), ("o", "o"),
    ("uː", "u:"), ("ʊ", "U"), ("u", "u"),
    ("yː", "y:"), ("ʏ", "y"), ("y", "y"),
    ("øː", "Y:"), ("ø", "Y"), ("œː", "W:"), ("œ", "W"),
    ("ɧ", "sx"), ("ɕ", "S;"), ("ʃ", "S"), ("ŋ", "N"), ("r", "R"), ("ɾ", "R"),
    ("ʂ", "s."), ("ʈ", "t."), ("ɖ", "d."), ("ɳ", "n."), ("ɭ", "l."), ("ɡ", "g"),
    ("ˈ", "'"), ("ˌ", ","), ("ː", ""), (".", ""),
)
"""IPA → espeak-ng's phoneme mnemonics. A length mark left over (after a consonant,
"kː") is dropped: Swedish espeak-ng marks length on vowels only."""
_PLAIN = frozenset("bdfhjklmnpstvwxz ")
"""Letters that are the same in IPA and espeak-ng's mnemonics."""

IPA_ENDINGS: dict[str, str] = {
    "s": "s", "n": "n", "t": "t", "en": "ən", "et": "ət", "ns": "ns", "ts": "ts",
    "ens": "əns", "ets": "əts", "ar": "ar", "er": "ər", "or": "ʊr", "arna": "ɑːɳa",
    "erna": "ɛːɳa", "orna": "uːɳa", "arnas": "ɑːɳas", "ernas": "ɛːɳas", "ornas": "uːɳas",
    "are": "arə", "ares": "arəs", "aren": "arən", "arens": "arəns", "na": "na", "nas": "nas", "es": "əs",
}
"""The Swedish endings a lexicon entry carries over (``Haninges``), in IPA, for entries in IPA."""

_PLACEHOLDER = "qxfonem{}qx"
"""What a block is while the normalizer's rules run: a lowercase nonsense word they leave alone."""
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def is_block(spoken: str) -> bool:
    """Whether a lexicon entry's spoken form is phonemes (``[[...]]``)."""
    return BLOCK.fullmatch(spoken.strip()) is not None


def with_ending(block: str, ending: str, written: str) -> str:
    """The block of a lexicon entry for ``written`` + ``ending`` (the ending in IPA inside it)."""
    m = BLOCK.fullmatch(block.strip())
    if m is None:
        return block + ending
    if ending.startswith("-"):  # a compound: "Växjö-bor", the rest is read as text
        return f"[[{m.group(1)}|{written}]]{ending}"
    tail = ending.lstrip(":")  # "SCB:s"
    return f"[[{m.group(1)}{IPA_ENDINGS.get(tail, tail)}|{written}{ending}]]"


def _tag(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, len(_LETTERS))
        out = _LETTERS[r] + out
    return _PLACEHOLDER.format(out)


def protect(text: str) -> tuple[str, list[str]]:
    """``text`` with each phoneme block replaced by a placeholder word, and the blocks."""
    blocks: list[str] = []
    if "[[" not in text:  # (what every block opens with: most lines hold none)
        return text, blocks

    def keep(m: re.Match[str]) -> str:
        blocks.append(m.group(0))
        return _tag(len(blocks) - 1)

    return BLOCK.sub(keep, text), blocks


def restore(text: str, blocks: list[str]) -> str:
    """The placeholders of :func:`protect` put back (in whatever case the rules left them)."""
    for i, block in enumerate(blocks):
        text = re.compile(re.escape(_tag(i)), re.IGNORECASE).sub(block.replace("\\", "\\\\"), text)
    return text


def ipa_to_espeak(ipa: str) -> str:
    """IPA as espeak-ng's phoneme mnemonics; symbols outside the table are dropped (logged)."""
    out: list[str] = []
    i = 0
    while i < len(ipa):
        for sym, rep in IPA_TO_ESPEAK:
            if ipa.startswith(sym, i):
                out.append(rep)
                i += len(sym)
                break
        else:
            ch = ipa[i]
            if ch in _PLAIN:
                out.append(ch)
            else:
                log.warning("IPA symbol %r has no espeak-ng phoneme; left out of [[%s]]", ch, ipa)
            i += 1
    return "".join(out)


def written_of(text: str) -> str:
    """``text`` with each block replaced by its written word (for transcripts and voices without phonemes)."""
    return BLOCK.sub(lambda m: m.group(2) or "", text)


def for_engine(text: str, engine: str) -> str:
    """``text`` as the engine called ``engine`` takes phonemes: Piper IPA, espeak-ng its
    mnemonics, any other the written word instead (warned once per text)."""
    if "[[" not in text:
        return text
    if engine == "piper":
        return BLOCK.sub(lambda m: f"[[{m.group(1)}]]", text)
    if engine == "espeak":
        return BLOCK.sub(lambda m: f"[[{ipa_to_espeak(m.group(1))}]]", text)
    words = [m.group(2) or m.group(1) for m in BLOCK.finditer(text)]
    log.warning("the %s voice takes no phonemes: lexicon entries in IPA are ignored for %s", engine,
                ", ".join(words))
    return written_of(text)
