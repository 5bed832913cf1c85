"""Session 21: a score named by the side that is behind or ahead ("underläge", "överläge") or by the point of
the match it stood at ("efter två perioder", "efter första set"); ranges with a counted noun stay ranges.
Sentences written after the change (other teams, sports and numbers than the page it was found on)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Möjsjö tog igen ett underläge på 1–4 och kryssade.", "Möjsjö tog igen ett underläge på ett mot fyra och kryssade."),
    ("Trots underläget 0–2 i halvtid vann Tranås.", "Trots underläget noll mot två i halvtid vann Tranås."),
    ("Hemmalaget låg under med 3–5 efter två perioder.", "Hemmalaget låg under med tre mot fem efter två perioder."),
    ("Boden låg under 0–1 efter första perioden.", "Boden låg under noll mot ett efter första perioden."),
    ("Paret låg under 1–6 efter första set men vände.", "Paret låg under ett mot sex efter första set men vände."),
    # ranges stay ranges: a counted noun, or no word of a match
    ("Hyran höjs med 2–4 procent efter två år.", "Hyran höjs med två till fyra procent efter två år."),
    ("Kursen för barn 3–5 år startar efter första veckan.", "Kursen för barn tre till fem år startar efter första veckan."),
    ("Svaret kommer om 2–3 veckor.", "Svaret kommer om två till tre veckor."),
]


@pytest.mark.parametrize(("written", "spoken"), CASES)
def test_score_by_lead_or_point_of_match(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
