"""Session 9, S1 (numbers): results and pairs by context.

- the period scores in brackets after a result said by ``team_results`` and "e. förl." are
  scores ("3–4 e. förl. (1–2, 2–1)" was "(ett till två, ...)"; sport._LIST_LEAD);
- a pair after a document's label is a range whatever sports word stands before ("mötet med
  § 8–12" was "paragraf åtta mot tolv"; data/sport RANGE_LABELS);
- a decimal in a name of capitals and digits: "PM2,5" -> "pe emm två komma fem" (was "två, fem").
Sentences written after the fix. Guards: opening hours in brackets, a score after "matchen".
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Hockey: Timrå–MoDo 4–3 e. förl. (2–1, 0–2, 1–0).", "(två mot ett, noll mot två, ett mot noll)"),
    ("Innebandy: Storvreta–Falun 5–6 e. förl. (2–1, 1–3).", "(två mot ett, ett mot tre)"),
    ("Styrelsen gick sedan igenom punkt 5–9 på dagordningen efter mötet.", "punkt fem till nio"),
    ("Halterna av PM2,5 i Göteborg ökade under vintern.", "pe emm två komma fem i"),
])
def test_results_by_context(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Öppet 9–17 (lunch 12–13).", "(lunch tolv till tretton)"),
    ("Ställningen efter första perioden i matchen var 2–1.", "två mot ett"),
])
def test_results_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Längd, Gällivare: D21 1) Maja Ek 14.22,5 2) Ida Lund +8,4.", "etta Maja Ek"),
    ("Orientering, sprint: H16 1) Olle Berg, OK Ravinen 12.45 2) Kim Sjö, IFK 13.02.", "tvåa Kim Sjö"),
])
def test_placings_after_a_class(text: str, want: str) -> None:
    assert want in normalize(text)
