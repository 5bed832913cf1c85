"""Session 12 (S6): "prel." after a copula agrees with the subject before
it ("Resultaten är prel.": "preliminära", was "preliminärt"); before a
participle or an adjective it stays the adverb. Written after the fix,
with guards."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Uppgifterna är prel. och kan komma att ändras.", "uppgifterna är preliminära och"),
    ("Startlistan är prel.", "startlistan är preliminär"),
    ("Beskedet var prel. men positivt.", "beskedet var preliminärt men"),
    ("Talen blev prel. i väntan på revisionen.", "talen blev preliminära i väntan"),
    # guards: the adverb before a participle, a singular noun after it
    ("Planerna blev prel. godkända i går.", "blev preliminärt godkända"),
    ("Prel. siffror är klara först i maj.", "preliminära siffror är klara"),
])
def test_prel_after_a_copula(text: str, want: str) -> None:
    assert want in normalize(text).lower()
