"""The normalizer never raises, returns text, and stays linear on hostile input.

Long tokens: every regular expression that sees article text is linear or
bounded, and a run of more than ``MAX_TOKEN`` characters without a space is
dropped before the rules (reported as unsure): checked by what the rules are
handed, not by a clock. Speed is measured by bench/bench_normalize.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audiocast.speech import Lexicon, explain, normalize, rules
from audiocast.speech.report import Trace
from audiocast.speech.rules import SpeechRule
from audiocast.speech.rules.cleanup import MAX_TOKEN, clean

HOSTILE = [
    "a" * 100_000,
    "1" * 100_000,
    "-".join("1" * 50_000),
    "§" * 100_000,
    "1:" * 50_000,
    "1." * 50_000,
    "A1" * 50_000,
    "x@y." * 25_000,
    "1–" * 50_000,
]


@pytest.mark.parametrize("line", HOSTILE, ids=[repr(h[:6]) for h in HOSTILE])
def test_very_long_token_is_dropped_before_the_rules_and_reported(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    first, *rest = rules.PIPELINE
    assert first is clean
    longest: list[int] = []  # the longest run without a space that each later rule is handed

    def watched(rule: SpeechRule) -> SpeechRule:
        def run(text: str, trace: Trace | None = None) -> str:
            longest.append(max(map(len, text.split()), default=0))
            return rule(text, trace)
        return run

    monkeypatch.setattr(rules, "PIPELINE", (clean, *map(watched, rest)))
    out = explain(f"Före {line} efter.")
    assert len(longest) == len(rest) and max(longest) <= MAX_TOKEN
    assert out.spoken == "Före efter."
    assert any("without a space" in u.reason for u in out.unsure)


def test_spaced_thousand_in_a_compound() -> None:
    assert normalize("en 1 000-kronorssedel") == "en tusenkronorssedel"
    assert normalize("Hon vann 5 000-metersloppet.") == "Hon vann femtusenmetersloppet."
    assert normalize("ett 10 000-tal besökare") == "ett tiotusental besökare"


ALPHABET = st.sampled_from(list("0123456789 -–—:;.,/§%()+@#&ABCKSVXaekmnrståäöÅÄÖ\"'”\n²³µ½†🎉"))


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_normalize_never_raises(text: str) -> None:
    assert isinstance(normalize(text), str)
    assert isinstance(normalize(text, Lexicon({"SCB": "skebe", "X2000": "ex tvåtusen"})), str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_normalize_never_raises_on_any_text(text: str) -> None:
    assert isinstance(normalize(text), str)


def test_lexicon_wins_over_number_and_acronym_rules() -> None:
    lex = Lexicon({"SCB": "Skebe", "X2000": "ex-tvåtusen", "SK 1420": "ess kå fjortonhundratjugo"})
    assert normalize("SCB:s siffror", lex) == "Skebes siffror"
    assert normalize("AMF-chefen och SCB-rapporten", lex) == "a emm eff-chefen och Skebe-rapporten"
    assert normalize("Ett X2000 stod still.", lex) == "Ett ex-tvåtusen stod still."
    assert normalize("Flyget SK 1420 landade.", lex) == "Flyget ess kå fjortonhundratjugo landade."


def test_explain_names_the_class_of_each_number() -> None:
    e = explain("Förslaget bifölls med 41–20. Mål B 1234-24. Vann med 3–1. Pris 5–10 kr. "
                "Hon sprang på 3:52:07. Se SFS 2010:800. En Saab 9-3.")
    classes = {c.rule for c in e.changes}
    assert {"vote", "identifier", "score", "money", "race time", "law reference", "model name"} <= classes
