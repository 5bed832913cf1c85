"""What the normalizer did to a line: changes made and tokens it was unsure of."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """One stretch of text that a rule rewrote."""

    written: str
    """The text as the rule found it."""
    spoken: str
    """What the rule put in its place."""
    rule: str
    """The class the rule chose for the stretch, shown by ``audiocast
    normalize --explain``. For numbers and number-like forms: "score",
    "vote", "range", "year", "date", "time", "race time", "identifier",
    "law reference", "phone", "money", "unit", "quantity", "percent",
    "ordinal", "model name", "section", "cardinal"; for words: "acronym",
    "abbreviation", "symbol", "lexicon" ..."""


@dataclass(frozen=True)
class Unsure:
    """A token the normalizer could not classify with confidence."""

    token: str
    reason: str


@dataclass(frozen=True)
class Explanation:
    """Result of :func:`audiocast.speech.explain`."""

    spoken: str
    changes: list[Change] = field(default_factory=list)
    unsure: list[Unsure] = field(default_factory=list)


@dataclass
class Trace:
    """Collects changes and doubts while the rules run (machinery only)."""

    changes: list[Change] = field(default_factory=list)
    unsure: list[Unsure] = field(default_factory=list)

    def change(self, written: str, spoken: str, rule: str) -> None:
        if written != spoken:
            self.changes.append(Change(written, spoken, rule))

    def doubt(self, token: str, reason: str) -> None:
        if all(u.token != token for u in self.unsure):
            self.unsure.append(Unsure(token, reason))
