"""Session 50: phenomena found on the blind sets written at this session's start and scored before any change
(normalize184: sport, council and budgets; normalize185: police, law, addresses, traffic and social media;
normalize186: business, health, prices, culture, titles and acronyms), each tested on sentences written after its fix
(none of the sets' rows).

- a compass letter alone after a road's number before a word in small letters or a stop ("E4 N avstängd"): the
  carriageway, "norrgående" (it was the letter, "e fyra enn"); not before a capital (a name's initial);
- a "k" set off by a space before what a count of followers or views counts ("450 k prenumeranter"): thousands;
- a concentration per millilitre or decilitre ("20 ng/ml"): "nanogram per milliliter" (the unit was left written);
- "1 ×" before a dose ("1 × 25 mg per dag"): "en gång" (it was "en gånger"); a measure keeps "gånger";
- a price per piece written "kr/st." before a word in small letters: the stop is the short form's, no sentence's end
  (it was "per styck. och");
- a currency's code after "per" or "i" ("10,87 kr per USD", "i SEK"): the currency's name (it was spelled);
- a placing opening its clause before "kom" ("; 2:a kom kören"): "tvåa", as before "blev".
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Trafikverket: E20 V är avstängd efter en olycka.", "Trafikverket: e tjugo västergående är avstängd efter en olycka."),
    ("Köer på E4 S, räkna med förseningar.", "Köer på e fyra södergående, räkna med förseningar."),
    ("Olyckan skedde på väg 56 N vid Kvicksund.", "Olyckan skedde på väg femtiosex norrgående vid Kvicksund."),
    ("Podden har 120 k lyssnare i månaden.", "Podden har hundratjugotusen lyssnare i månaden."),
    ("Klippet fick 35 k visningar på ett dygn.", "Klippet fick trettiofemtusen visningar på ett dygn."),
    ("Halten låg på 45 ng/ml i proverna.", "Halten låg på fyrtiofem nanogram per milliliter i proverna."),
    ("Provet visade 8 ng/dl.", "Provet visade åtta nanogram per deciliter."),
    ("Ge 1 × 10 ml på morgonen.", "Ge en gång tio milliliter på morgonen."),
    ("Ordinationen är 1 × 2 tabletter i en vecka.", "Ordinationen är en gång två tabletter i en vecka."),
    ("Citroner kostar 4:50 kr/st. och apelsiner 29 kr/kg.",
     "Citroner kostar fyra kronor och femtio öre per styck och apelsiner tjugonio kronor per kilo."),
    ("Kronan stod i 11,70 per EUR på fredagen.", "Kronan stod i elva komma sjuttio per euro på fredagen."),
    ("Omsättningen i USD steg med 4 %.", "Omsättningen i dollar steg med fyra procent."),
    ("Segrade gjorde Alva Lind; 2:a kom Moa Ek.", "Segrade gjorde Alva Lind; tvåa kom Moa Ek."),
]

GUARDS = [
    ("Butiken ligger vid väg 40 S Hallen.", "Butiken ligger vid väg fyrtio S Hallen."),  # an initial before a name
    ("Väg 90 S:t Olof", "Väg nittio Sankt Olof"),
    ("E4 S-länken öppnar.", "e fyra ess-länken öppnar."),
    ("Vitamin k i maten.", "Vitamin k i maten."),
    ("Plattan mäter 1 × 10 m.", "Plattan mäter en gånger tio meter."),
    ("Ta 2 × 50 mg per dag.", "Ta två gånger femtio milligram per dag."),
    ("Pris 20:50 kr/st. Köp nu.", "Pris tjugo kronor och femtio öre per styck. Köp nu."),
    ("Det kostar 100 USD.", "Det kostar hundra dollar."),
    ("Den 2:a kom han hem.", "Den andra kom han hem."),
    ("Under 2:a kvartalet steg vinsten.", "Under andra kvartalet steg vinsten."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES + GUARDS)
def test_session_50(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
