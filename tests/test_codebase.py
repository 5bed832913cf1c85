"""House rules of the code a reader relies on, checked on the source (COMMON.md, STYLE.md).

- no module in ``audiocast/`` over 700 lines, no function over 80 lines (counted with ``ast``,
  from ``def`` to the last line, docstring included);
- every module has a docstring that says what is in it;
- no two modules (or packages) in ``audiocast/`` share a name unless the pair is in
  :data:`SHARED_NAMES` with the reason;
- vulture finds no unused code (false positives and kept API are named, with reasons, in
  ``tools/vulture_whitelist.py``, which must name only what vulture reports).

Known offenders are listed with their size when this test was written: they may shrink (then
take them off the list), not grow, and no new one may appear. Each was reported to its owner.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "audiocast"
WHITELIST = ROOT / "tools" / "vulture_whitelist.py"

MAX_MODULE_LINES = 700
MAX_FUNCTION_LINES = 80

KNOWN_LONG_MODULES: dict[str, int] = {}
"""Modules over the limit, with the most lines they may have until they are split."""

KNOWN_LONG_FUNCTIONS: dict[str, int] = {}
"""Functions over the limit (``path:qualified.name``), with the most lines they may have."""

SHARED_NAMES: dict[str, str] = {
    # speech: each domain is a rules module and a module of the tables it reads (STYLE: machinery,
    # rules and plain data apart); the package tells which is which.
    "admin": "speech/rules/admin.py reads the tables in speech/data/admin.py",
    "calendar": "speech/rules/calendar.py reads the tables in speech/data/calendar.py",
    "contact": "speech/rules/contact.py reads the tables in speech/data/contact.py",
    "quantities": "speech/rules/quantities.py reads the tables in speech/data/quantities.py",
    "sport": "speech/rules/sport.py reads the tables in speech/data/sport.py",
    "words": "speech/rules/words.py reads the tables in speech/data/words.py",
    # cli: a command module is named after the part of the library it drives.
    "script": "cli/script.py prints the Script that speech/script.py builds (audiocast normalize)",
    "studio": "cli/studio.py starts the studio/ package (audiocast studio)",
    "voices": "cli/voices.py is the command line of voices.py (audiocast voices)",
}
"""Names two modules share on purpose: the same concern in two layers."""

KNOWN_SHARED_NAMES: dict[str, str] = {
    "sidecar": "ingest/sidecar.py and studio/sidecar.py both read and write <stem>.meta.toml",
}
"""Names shared by two different things, reported to their owners; no new ones."""


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def modules() -> list[Path]:
    """Every Python file of the package, sorted."""
    return sorted(PACKAGE.rglob("*.py"))


def _functions(tree: ast.AST, prefix: str = "") -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Every function and method in ``tree``, nested ones too, with its qualified name."""
    found: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append((prefix + node.name, node))
            found.extend(_functions(node, f"{prefix}{node.name}.<locals>."))
        elif isinstance(node, ast.ClassDef):
            found.extend(_functions(node, f"{prefix}{node.name}."))
        else:
            found.extend(_functions(node, prefix))
    return found


def long_modules() -> dict[str, int]:
    """Modules over :data:`MAX_MODULE_LINES`: path → lines."""
    sizes = {_relative(p): len(p.read_text(encoding="utf-8").splitlines()) for p in modules()}
    return {path: n for path, n in sizes.items() if n > MAX_MODULE_LINES}


def long_functions() -> dict[str, int]:
    """Functions over :data:`MAX_FUNCTION_LINES`: ``path:qualified.name`` → lines."""
    found: dict[str, int] = {}
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name, node in _functions(tree):
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            if lines > MAX_FUNCTION_LINES:
                found[f"{_relative(path)}:{name}"] = lines
    return found


def shared_names() -> dict[str, list[str]]:
    """Names that more than one module or package of ``audiocast/`` has: name → paths."""
    homes: dict[str, list[str]] = defaultdict(list)
    for path in modules():
        if path.name == "__init__.py":
            if path.parent != PACKAGE:
                homes[path.parent.name].append(_relative(path.parent) + "/")
        elif path.name != "__main__.py":
            homes[path.stem].append(_relative(path))
    return {name: sorted(paths) for name, paths in sorted(homes.items()) if len(paths) > 1}


def _over(found: dict[str, int], known: dict[str, int]) -> list[str]:
    return [f"{where}: {n} lines" + (f" (was {known[where]})" if where in known else "")
            for where, n in found.items() if n > known.get(where, 0)]


def test_no_module_over_700_lines() -> None:
    offenders = _over(long_modules(), KNOWN_LONG_MODULES)
    assert not offenders, f"modules over {MAX_MODULE_LINES} lines (split them by concern):\n" + "\n".join(offenders)


def test_no_function_over_80_lines() -> None:
    offenders = _over(long_functions(), KNOWN_LONG_FUNCTIONS)
    assert not offenders, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(offenders)


def test_every_module_has_a_docstring() -> None:
    missing = [_relative(p) for p in modules() if not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert not missing, "modules without a docstring (say what is in it, and what is not):\n" + "\n".join(missing)


def test_no_two_modules_share_a_name() -> None:
    allowed = SHARED_NAMES.keys() | KNOWN_SHARED_NAMES.keys()
    offenders = [f"{name}: {', '.join(paths)}" for name, paths in shared_names().items() if name not in allowed]
    assert not offenders, (
        "modules that share a name (rename one, or add the pair to SHARED_NAMES with the reason):\n"
        + "\n".join(offenders)
    )


def test_the_allowed_shared_names_are_still_shared() -> None:
    """An allow-list entry whose pair is gone would let a new pair in unseen."""
    stale = sorted(SHARED_NAMES.keys() - shared_names().keys())
    assert not stale, f"no longer shared, take off SHARED_NAMES: {stale}"


def test_the_vulture_whitelist_names_what_exists() -> None:
    """Importing the whitelist fails when a name in it no longer exists."""
    spec = importlib.util.spec_from_file_location("vulture_whitelist", WHITELIST)
    assert spec is not None and spec.loader is not None
    spec.loader.exec_module(importlib.util.module_from_spec(spec))


def _vulture(*paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vulture", *paths, "--min-confidence", "60"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )


def test_vulture_finds_no_unused_code() -> None:
    result = _vulture("audiocast", _relative(WHITELIST))
    assert result.returncode == 0 and not result.stdout, (
        "unused code (remove it, or name it in tools/vulture_whitelist.py with the reason):\n"
        + result.stdout + result.stderr
    )


def whitelisted() -> set[str]:
    """The attribute names the whitelist lists (the entries of its tuples)."""
    tree = ast.parse(WHITELIST.read_text(encoding="utf-8"))
    entries = [e for node in ast.walk(tree) if isinstance(node, ast.Tuple) for e in node.elts]
    return {e.attr for e in entries if isinstance(e, ast.Attribute)}


def test_the_vulture_whitelist_lists_only_what_vulture_reports() -> None:
    """An entry for a name that is now used (or gone) would hide a later unused one of that name."""
    reported = set(re.findall(r"unused \w+ '([^']+)'", _vulture("audiocast").stdout))
    stale = sorted(whitelisted() - reported)
    assert not stale, f"vulture no longer reports these; take them off tools/vulture_whitelist.py: {stale}"
