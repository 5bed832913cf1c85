"""The examples in audiocast's docstrings are run: a docstring that says ``>>> f(x)`` gives ``y`` is
checked to give ``y``.

Every module of the package is found by ``pkgutil.walk_packages`` (so a new module's doctests run
without being listed here) and its doctests are run with ``doctest.DocTestFinder``, one test per
module whose source has a ``>>>``. The total count is checked to be above a floor so that a change
that silently stops finding them shows.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import io
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import audiocast

# The examples found when this test was written; the count only grows (lower it with a reason).
MIN_EXAMPLES = 66

OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def module_names() -> list[str]:
    """Every module of the audiocast package, by dotted name, sorted."""
    names = [audiocast.__name__]
    for info in pkgutil.walk_packages(audiocast.__path__, prefix=f"{audiocast.__name__}."):
        names.append(info.name)
    return sorted(names)


def has_examples(name: str) -> bool:
    """Whether the source of module ``name`` has a ``>>>`` at all (read, not imported)."""
    spec = importlib.util.find_spec(name)
    origin = spec.origin if spec else None
    return bool(origin and origin.endswith(".py") and ">>>" in Path(origin).read_text(encoding="utf-8"))


def examples(module: ModuleType) -> list[doctest.DocTest]:
    """The doctests of ``module`` itself (not of what it imports), each with at least one example."""
    finder = doctest.DocTestFinder(exclude_empty=True)
    return [test for test in finder.find(module) if test.examples]


MODULES = module_names()
WITH_EXAMPLES = [name for name in MODULES if has_examples(name)]


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_doctests(name: str) -> None:
    tests = examples(importlib.import_module(name))
    assert tests, f"{name} has '>>>' in its source but no doctest was found in it"
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=OPTIONS)
    for test in tests:
        runner.run(test, out=report.write)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed:\n{report.getvalue()}"


def test_doctests_are_found() -> None:
    """The examples are found at all: walk_packages sees the subpackages and the count holds."""
    assert "audiocast.speech.normalize" in MODULES
    assert "audiocast.publish.feed" in MODULES
    for name in ("audiocast.pipeline", "audiocast.edition", "audiocast.atomic", "audiocast.calendar_sv"):
        assert name in WITH_EXAMPLES, f"{name} lost its examples"
    count = sum(len(test.examples) for name in MODULES for test in examples(importlib.import_module(name)))
    assert count >= MIN_EXAMPLES, f"only {count} doctest examples found (floor {MIN_EXAMPLES})"
