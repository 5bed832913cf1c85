"""Checks on editor-written rules before they meet article text.

Rules are data (boilerplate patterns, lexicon entries), and editors write
them; a rule that is huge, or a regular expression that backtracks
catastrophically, would make every later render hang on an ordinary line.
So rules are checked when they are loaded:

- :func:`length_problem`: at most :data:`MAX_RULE_CHARS` characters per
  expression, :data:`MAX_ENTRY_CHARS` per lexicon entry;
- :func:`regex_problem`: a structural check of the parsed expression
  (``re._parser``, the parser :mod:`re` itself uses) that refuses nested
  unbounded quantifiers such as ``(a+)+``, ``(a*)*``, ``(\\w+\\s*)+`` and
  repeated alternatives that can match the same text, such as ``(a|a)*``;
- :func:`slow_pattern`: a time-boxed probe that matches each expression
  against adversarial strings in a child process, for what the structure
  check cannot see (e.g. ``(\\w|\\d)+$``). The child is killed after
  :data:`PROBE_SECONDS`; results are cached per set of patterns.

Each function returns a problem as a short phrase (or None); the caller
names the file and line.
"""

from __future__ import annotations

import json
import re
import re._constants as sre_constants
import re._parser as sre_parse
import subprocess
import sys
from functools import lru_cache
from typing import Any

MAX_RULE_CHARS = 1_000
"""Longest regular expression of a rule, in characters (the built-in table's longest is 729)."""

MAX_ENTRY_CHARS = 500
"""Longest lexicon entry (written form, tab, spoken form), in characters."""

PROBE_SECONDS = 2.0
"""Time for the probe of all patterns of one file (the child process's start included)."""

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT}
_UNBOUNDED = sre_constants.MAXREPEAT

# The child process: build adversarial strings from each pattern's own
# characters and fullmatch them; print each pattern's index before trying it.
_PROBE = r"""
import json, re, sys
patterns = json.load(sys.stdin)
for i, (pattern, flags, chars) in enumerate(patterns):
    print(i, flush=True)
    rx = re.compile(pattern, flags)
    for c in chars:
        rx.fullmatch(c * 30 + "\x00")
        rx.search(c * 30 + "\x00")
        rx.fullmatch((c + " ") * 20 + "\x00")
print("done", flush=True)
"""


def length_problem(text: str, limit: int = MAX_RULE_CHARS) -> str | None:
    """A phrase when ``text`` is longer than ``limit`` characters."""
    if len(text) > limit:
        return f"the rule is {len(text):,} characters long, over the limit of {limit:,}; shorten or split it"
    return None


def regex_problem(pattern: str, flags: int = 0) -> str | None:
    """A phrase when ``pattern`` is too long or may backtrack catastrophically (structurally).

    >>> regex_problem(r"(a+)+") is not None, regex_problem(r"(a|a)*") is not None
    (True, True)
    >>> regex_problem(r"Läs (också|mer):? .{1,200}") is None
    True
    """
    too_long = length_problem(pattern)
    if too_long:
        return too_long
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error as exc:
        return f"bad regular expression ({exc})"
    return _walk(list(parsed), inside_unbounded=False)


def _is_unbounded(av: Any) -> bool:
    return bool(av[1] == _UNBOUNDED or av[1] > 100)


def _children(op: Any, av: Any) -> list[list[Any]]:
    """The sub-sequences of one parsed item."""
    if op in _REPEATS:
        return [list(av[2])]
    if op == sre_constants.SUBPATTERN:
        return [list(av[3])]
    if op == sre_constants.BRANCH:
        return [list(alt) for alt in av[1]]
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [list(av[1])]
    if op == sre_constants.ATOMIC_GROUP:
        return [list(av)]
    if op == sre_constants.GROUPREF_EXISTS:
        return [list(av[1])] + ([list(av[2])] if av[2] is not None else [])
    return []


def _can_be_empty(items: list[Any]) -> bool:
    for op, av in items:
        if op in _REPEATS:
            if av[0] > 0 and not _can_be_empty(list(av[2])):
                return False
        elif op == sre_constants.SUBPATTERN:
            if not _can_be_empty(list(av[3])):
                return False
        elif op == sre_constants.BRANCH:
            if not any(_can_be_empty(list(alt)) for alt in av[1]):
                return False
        elif op not in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            return False
    return True


def _flat(items: list[Any]) -> list[Any]:
    """``items`` with groups of one sequence opened up: ``(?:a+)b`` is ``a+ b``."""
    out: list[Any] = []
    for op, av in items:
        if op == sre_constants.SUBPATTERN:
            out.extend(_flat(list(av[3])))
        else:
            out.append((op, av))
    return out


def _has_unbounded(items: list[Any]) -> bool:
    for op, av in items:
        if op in _REPEATS and _is_unbounded(av):
            return True
        if any(_has_unbounded(child) for child in _children(op, av)):
            return True
    return False


def _ambiguous_body(body: list[Any]) -> bool:
    """True when one iteration of a repeat may be split in many ways: an unbounded
    repeat inside it and nothing else it must match (``(a+)+``, ``(\\w+\\s*)+``)."""
    items = _flat(body)
    for i, item in enumerate(items):
        rest = items[:i] + items[i + 1:]
        if _has_unbounded([item]) and _can_be_empty(rest):
            return True
    return False


def _walk(items: list[Any], inside_unbounded: bool) -> str | None:
    for op, av in items:
        if op in _REPEATS and _is_unbounded(av):
            body = list(av[2])
            if _can_be_empty(body):
                return "a repeated group that can match nothing, such as (a*)*, backtracks without end; rewrite it"
            if _ambiguous_body(body):
                return "nested quantifiers such as (a+)+ backtrack without end on some lines; rewrite without the inner repeat"
            problem = _walk(body, inside_unbounded=True)
            if problem:
                return problem
            continue
        if op == sre_constants.BRANCH and inside_unbounded:
            alts = [repr(list(alt)) for alt in av[1]]
            if len(set(alts)) < len(alts):
                return "a repeated choice whose alternatives match the same text, such as (a|a)*, backtracks without end"
        for child in _children(op, av):
            problem = _walk(child, inside_unbounded)
            if problem:
                return problem
    return None


def _literal_chars(pattern: str, flags: int) -> str:
    """Characters the pattern names, plus a few ordinary ones: the probe's alphabet."""
    found: set[str] = set("a0 -.å")
    stack: list[list[Any]] = [list(sre_parse.parse(pattern, flags))]
    while stack:
        for op, av in stack.pop():
            if op == sre_constants.LITERAL:
                found.add(chr(av))
            elif op == sre_constants.IN:
                found.update(chr(v) for o, v in av if o == sre_constants.LITERAL)
            stack.extend(_children(op, av))
    return "".join(sorted(found))[:16]


def slow_pattern(patterns: tuple[tuple[str, int], ...]) -> int | None:
    """The index of the first pattern that does not finish its probe in time, or None.

    ``patterns`` are (expression, flags) pairs that compile. One child process
    for all of them; it is killed after :data:`PROBE_SECONDS`.
    """
    return _slow_pattern(patterns)


@lru_cache(maxsize=64)
def _slow_pattern(patterns: tuple[tuple[str, int], ...]) -> int | None:
    if not patterns:
        return None
    payload = json.dumps([[p, f, _literal_chars(p, f)] for p, f in patterns])
    with subprocess.Popen(
        [sys.executable, "-I", "-S", "-c", _PROBE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        try:
            out, _ = proc.communicate(payload, timeout=PROBE_SECONDS)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
            started = [int(line) for line in out.split() if line.isdigit()]
            return started[-1] if started else 0
    return None
