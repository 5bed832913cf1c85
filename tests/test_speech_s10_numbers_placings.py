"""Session 10, S1 (a placing before a name and a bracket): "V75-3: 1) Flash (Kihlström) 1.11,9a"
was "ett) Flash"; the first placing of a result line may be followed by one capitalised word and a
bracket opening with a capitalised name (a horse and its driver, a runner and a country).
sport._PLACING_HEAD. Sentences written after the fix. Guards: a party letter in the bracket, an
agenda.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("V64-2 på Bergsåker: 1) Stoneisland (Goop) 1.13,2a, 2) Ringostarr (Untersteiner) 1.13,4a.",
     "etta Stoneisland"),
    ("Damernas maraton: 1. Chepngetich (Kenya) 2:09:56, 2. Assefa (Etiopien) 2:11:53.", "tvåa Assefa"),
    ("Dressyr, Falsterbo: 1) Solo (Wallin) 74,2 %, 2) Zorro (Ek) 72,9 %.", "etta Solo"),
    ("Galopp, Jägersro: 1) Thunder (Lindqvist), 2) Nova (Berg).", "tvåa Nova"),
])
def test_placing_before_a_bracket(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("Förslag: 1) Höj (S) skatten.", "etta"),
    ("Dagordning: 1. Budget (Ekonomi), 2. Taxor (Teknik).", "etta"),
])
def test_placing_before_a_bracket_guards(text: str, unwanted: str) -> None:
    assert unwanted not in normalize(text)


# A golfer's rounds and their total ("70-68 = 138" was "sjuttio mot sextioåtta är lika med ...");
# results.round_totals. Written after the fix, with guards (a sum that does not add up, a sum).
@pytest.mark.parametrize(("text", "want"), [
    ("Ledare i Båstad: Ludvig Åberg 66-71-68 = 205.", "sextiosex, sjuttioett, sextioåtta, totalt tvåhundrafem"),
    ("Madelene Sagström gick 72–69 = 141 och klarade kvalgränsen.", "sjuttiotvå, sextionio, totalt hundrafyrtioett"),
    ("Golf: 1) Alex Norén 67-68-70-66 = 271, 2) Ek 70-70-66-67 = 273.", "tvåa Ek sjuttio, sjuttio"),
    ("Provet gav 65-70 = 120 enligt tabellen.", "är lika med"),
])
def test_rounds_and_total(text: str, want: str) -> None:
    assert want in normalize(text)


# A model after a maker's capitals with a round variant after a hyphen ("ATR 72-600" was a range,
# "sjuttiotvå till sexhundra"); designations._CAPITALS_MODEL. Written after the fix, with guards.
@pytest.mark.parametrize(("text", "want"), [
    ("Braathens flyger en ATR 72-500 mellan Bromma och Visby.", "sjuttiotvå femhundra mellan"),
    ("Planet var en CRJ 700-900 i SAS-färger.", "sjuhundra niohundra"),
    ("Biljetter SEK 50-100 vid entrén.", "femtio till hundra"),
    ("Företaget AB 20-300 anställda växer.", "tjugo till trehundra anställda"),
])
def test_capitals_model(text: str, want: str) -> None:
    assert want in normalize(text)
