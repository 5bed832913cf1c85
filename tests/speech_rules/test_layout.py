"""The shape of ``audiocast.speech.rules``: one ordered pipeline, every rule
in it once, every rule's docstring naming its risk."""

from __future__ import annotations

import inspect

from audiocast.speech import PIPELINE as PUBLIC_PIPELINE
from audiocast.speech import rules
from audiocast.speech.rules import (
    PIPELINE,
    admin,
    calendar,
    cleanup,
    contact,
    numerals,
    quantities,
    sport,
    symbols,
    words,
)

RULE_MODULES = (cleanup, contact, admin, calendar, quantities, symbols, numerals, sport, words)


def test_one_pipeline_each_rule_once() -> None:
    assert PUBLIC_PIPELINE is PIPELINE
    names = [rule.__name__ for rule in PIPELINE]
    assert len(names) == len(set(names))
    assert PIPELINE[0] is cleanup.clean and PIPELINE[-1] is cleanup.tidy


def test_every_public_rule_runs() -> None:
    """A public ``(text, trace)`` function in a rules module is in the pipeline."""
    in_pipeline = set(PIPELINE)
    for module in RULE_MODULES:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            if list(inspect.signature(fn).parameters) == ["text", "trace"]:
                assert fn in in_pipeline, f"{module.__name__}.{name} is not in PIPELINE"


def test_every_rule_names_its_risk() -> None:
    for rule in PIPELINE:
        assert "Risk:" in (rule.__doc__ or ""), f"{rule.__name__} has no 'Risk:' line"


def test_rules_importable_from_the_package() -> None:
    for rule in PIPELINE:
        assert getattr(rules, rule.__name__) is rule
