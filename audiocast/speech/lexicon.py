"""The editors' pronunciation lexicon: written form -> what the voice should say.

File format (UTF-8): one entry per line, ``written<TAB>spoken``; lines
starting with ``#`` and blank lines are ignored. Entries match whole words,
case-sensitively when the written form starts with a capital; a lowercase
entry also matches with a capital first letter. Swedish endings carry over:
"Flempan -> Flämpan" also turns "Flempans" into "Flämpans", and so do the
endings written after a colon or a hyphenated compound: "SCB -> Skebe"
turns "SCB:s" into "Skebes" and "SCB-rapporten" into "Skebe-rapporten".
The spoken form may instead be phonemes, IPA in double brackets:
``Växjö<TAB>[[ˈvɛkːˌɧøː]]`` (endings are added in IPA); every voice gets them
in its own notation, see :mod:`audiocast.speech.phonemes`.

The lexicon runs before every rule (``normalize._run``), so an entry whose
written form is a token wins over the number, acronym and identifier rules:
"X2000", "SK 1420" or an acronym to be said as a word ("SCB -> Skebe").
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from ..errors import SpeechError
from ..rulecheck import MAX_ENTRY_CHARS, length_problem
from .phonemes import is_block, with_ending
from .report import Trace

# Endings a lexicon entry keeps: genitive, definite and plural forms.
ENDINGS = (
    "s", "n", "t", "en", "et", "ns", "ts", "ens", "ets", "ar", "er", "or",
    "arna", "erna", "orna", "arnas", "ernas", "ornas", "are", "ares", "aren",
    "arens", "na", "nas", "es",
)


class Lexicon:
    """An ordered mapping of written forms to spoken forms."""

    def __init__(self, entries: dict[str, str] | None = None):
        self.entries: dict[str, str] = dict(entries or {})
        self._pattern: re.Pattern[str] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, written: object) -> bool:
        return written in self.entries

    def __repr__(self) -> str:
        return f"Lexicon({len(self.entries)} entries)"

    @classmethod
    def default(cls) -> Lexicon:
        """The small lexicon shipped with audiocast (speech/data/lexikon.tsv)."""
        text = resources.files("audiocast.speech").joinpath("data/lexikon.tsv").read_text(encoding="utf-8")
        return cls(_parse(text, "audiocast/speech/data/lexikon.tsv"))

    @classmethod
    def load(cls, path: Path, base: Lexicon | None = None) -> Lexicon:
        """Read ``path``; its entries extend and override those of ``base``.

        ``base`` None means the shipped :meth:`default`; pass ``Lexicon()``
        to load the file alone. Raises SpeechError naming the file and the
        line of a malformed entry.
        """
        if base is None:
            base = cls.default()
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SpeechError(f"{path}: lexicon file not found; check the path or the [render] lexicon setting") from None
        except UnicodeDecodeError as exc:
            raise SpeechError(f"{path}: not UTF-8 text ({exc.reason}); save the lexicon as UTF-8") from None
        except OSError as exc:
            raise SpeechError(f"{path}: cannot read the lexicon ({exc.strerror})") from None
        entries = dict(base.entries)
        entries.update(_parse(text, str(path)))
        return cls(entries)

    def _compiled(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.entries:
            keys = sorted(self._variants(), key=len, reverse=True)
            alts = "|".join(re.escape(k) for k in keys)
            ends = "|".join(sorted(ENDINGS, key=len, reverse=True))
            self._pattern = re.compile(rf"(?<![\w-])(?P<w>{alts})(?::(?=[a-zåäö]))?(?P<end>{ends})?(?![\w])")
        return self._pattern

    def _variants(self) -> dict[str, str]:
        out = dict(self.entries)
        for written, spoken in self.entries.items():
            if written[:1].islower():
                cap = written[0].upper() + written[1:]
                out.setdefault(cap, spoken[:1].upper() + spoken[1:])
        return out

    def apply(self, text: str, trace: Trace | None = None) -> str:
        """Replace every lexicon word in ``text`` (with its endings)."""
        pattern = self._compiled()
        if pattern is None:
            return text
        variants = self._variants()

        def repl(m: re.Match[str]) -> str:
            spoken, end = variants[m.group("w")], m.group("end") or ""
            out = with_ending(spoken, end, m.group("w")) if is_block(spoken) else spoken + end
            if trace is not None:
                trace.change(m.group(0), out, "lexicon")
            return out

        return pattern.sub(repl, text)


def _parse(text: str, where: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise SpeechError(
                f"{where}, line {lineno}: expected 'written<TAB>spoken', got {line!r}; "
                "separate the written and the spoken form with one tab character"
            )
        too_long = length_problem(line, MAX_ENTRY_CHARS)
        if too_long:
            raise SpeechError(f"{where}, line {lineno}: {too_long}")
        entries[parts[0].strip()] = parts[1].strip()
    return entries
