"""Session 12, S5: clipped nouns with an ending after a colon ("Ordf:s utslagsröst" was "Ordfs
utslagsröst", "Sekr:n" was left as written; rules/abbreviation_endings.py). Sentences written after the
fix, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Ordf:s besked kom efter mötet.", "Ordförandens besked"),  # no owner before: the definite genitive
    ("Föreningens ordf:s tal blev kort.", "Föreningens ordförandes tal"),  # after an owner: indefinite
    ("Sekr:n skickar kallelsen i god tid.", "Sekreteraren skickar"),
    ("Frågor om schemat ställs till avd:en.", "till avdelningen."),
    ("Hennes doc:s titel var omstridd.", "Hennes docents titel"),
])
def test_abbreviation_endings(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Ange org.nr på fakturan.", "organisationsnummer"),  # a label, not an ending
    ("Mejla till kansli@org.se i dag.", "org punkt se"),  # a web address
    ("Ordf. Eva Ek öppnade mötet.", "Ordförande Eva Ek"),  # the plain short form
])
def test_abbreviation_endings_guards(text: str, want: str) -> None:
    assert want in normalize(text)
