"""Boilerplate rules, kept as data: a table of named regular expressions.

The built-in table is ``audiocast/ingest/data/boilerplate.tsv``; its header
explains the columns and the actions (drop, menu, stop, footer, link, caption, label, byline,
published, updated). Each pattern must match a whole line, case-insensitively.

Editors extend it without touching code: a file ``_boilerplate.tsv`` in the
articles folder, in the same three-column format, is read by
:func:`audiocast.ingest.load` for every article in that folder. Its rules are
tried *before* the built-in ones, so a local rule can also take precedence. A
bad line or regular expression there raises :class:`IngestError` naming the
file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import IngestError
from ..rulecheck import regex_problem, slow_pattern

ACTIONS = frozenset({"drop", "menu", "stop", "footer", "link", "caption", "label", "byline", "published", "updated"})
LOCAL_RULES_FILE = "_boilerplate.tsv"


@dataclass(frozen=True)
class BoilerplateRule:
    """One boilerplate pattern: what it is called, what to do, what it matches."""

    name: str
    action: str
    pattern: re.Pattern[str]

    def match(self, line: str) -> re.Match[str] | None:
        """The match when the whole line is matched, else None."""
        return self.pattern.fullmatch(line)


def parse_rules(text: str, source: str, probe: bool = True) -> tuple[BoilerplateRule, ...]:
    """Rules from the TSV text; ``source`` names the file in error messages.

    A rule that is too long or may backtrack without end is refused (see
    :mod:`audiocast.rulecheck`); ``probe`` also times each expression on
    adversarial lines in a child process (off for the tested built-in table).
    """
    rules: list[BoilerplateRule] = []
    linenos: list[int] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise IngestError(
                source,
                f"line {lineno}: expected 3 tab-separated columns (name, action, regex), got {len(parts)}",
            )
        name, action, pattern = (p.strip() for p in parts)
        if action not in ACTIONS:
            raise IngestError(
                source, f"line {lineno}: unknown action {action!r}; use one of {', '.join(sorted(ACTIONS))}"
            )
        try:
            compiled = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            raise IngestError(source, f"line {lineno}: bad regular expression ({exc}); fix or remove it") from exc
        problem = regex_problem(pattern, re.IGNORECASE)
        if problem:
            raise IngestError(source, f"line {lineno}: {problem}")
        if action in {"byline", "published", "updated"} and compiled.groups < 1:
            raise IngestError(source, f"line {lineno}: a {action} rule needs a (group) around the value")
        rules.append(BoilerplateRule(name, action, compiled))
        linenos.append(lineno)
    slow = slow_pattern(tuple((r.pattern.pattern, re.IGNORECASE) for r in rules)) if probe else None
    if slow is not None:
        raise IngestError(source, f"line {linenos[slow]}: the regular expression takes too long on some lines "
                                  "(it backtracks); simplify it")
    return tuple(rules)


@lru_cache(maxsize=1)
def default_rules() -> tuple[BoilerplateRule, ...]:
    """The built-in rule table."""
    text = resources.files("audiocast.ingest").joinpath("data/boilerplate.tsv").read_text(encoding="utf-8")
    return parse_rules(text, "audiocast/ingest/data/boilerplate.tsv", probe=False)


def rules_for(folder: Path | None) -> tuple[BoilerplateRule, ...]:
    """Local rules from ``folder/_boilerplate.tsv`` (if any) followed by the built-in ones."""
    if folder is None:
        return default_rules()
    local = folder / LOCAL_RULES_FILE
    if not local.is_file():
        return default_rules()
    try:
        text = local.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(str(local), "not UTF-8 text; save it as UTF-8") from exc
    except OSError as exc:
        raise IngestError(str(local), f"cannot read the rules file ({exc.strerror})") from exc
    return parse_rules(text, str(local)) + default_rules()


def first_match(rules: tuple[BoilerplateRule, ...], line: str) -> tuple[BoilerplateRule, re.Match[str]] | None:
    """The first rule matching the whole line, with its match."""
    for rule in rules:
        m = rule.match(line)
        if m is not None:
            return rule, m
    return None
