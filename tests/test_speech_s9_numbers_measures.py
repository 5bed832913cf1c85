"""Session 9, S1 (numbers): a count and a unit before a noun it measures are said in the
genitive ("115 hk utombordare" was "hundrafemton hästkrafter utombordare", "100 tim.
samhällstjänst" was "hundra timmar"): a machine after a unit of power, a task or a sentence
after a unit of time (data/measure_words), any noun between an article and a measure ("en 5 kg
säck"). Sentences written after the fix. Guards: an adjective of size after the measure ("en
2 m lång bro"), a preposition after a time ("4 tim. på bussen"), a bare power.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Den nya färjan har två 900 kW motorer.", "niohundra kilowatts motorer"),
    ("Hon fick 60 tim. samhällstjänst och skadestånd.", "sextio timmars samhällstjänst"),
    ("Vi köpte en 5 kg säck potatis.", "en fem kilos säck"),
    ("Han köpte ett 20 l vattenkar.", "ett tjugo liters vattenkar"),
])
def test_measure_before_its_noun_is_genitive(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Det blev en 2 m lång bro över bäcken.", "en två meter lång bro"),
    ("Han väntade 4 tim. på bussen.", "fyra timmar på bussen"),
    ("Säljes snöskoter, 120 hk, nybesiktad.", "hundratjugo hästkrafter, nybesiktad"),
    ("Ett 12 m högt torn byggs.", "tolv meter högt torn"),
])
def test_measure_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Vinden har bara 2,1 m takhöjd.", "två komma ett meters takhöjd"),
    ("Viadukten har 3,8 m frihöjd för lastbilar.", "tre komma åtta meters frihöjd"),
])
def test_length_before_a_dimension_noun(text: str, want: str) -> None:
    assert want in normalize(text)
