"""Session 11, S1: a model's definite ending, an ad's model year after a comma, a container's measure,
a price per a pack. Sentences written after each fix, with guards.

"Volvo 240:n" was "tvåhundrafyrtio:n", "Saab 900:an" "niohundraan", "Boeing 737:an" "sju tre
sjusjuhundratrettiosjuan" (machinery.definite_n, number_noun over a hundred, admin._model_brand);
"Volvo BM 650, -78," in an ad was "minus sjuttioåtta" (designations._AD_YEAR after a comma); "60 l säck"
was "sextio liter säck" (attributive, data/measure_words.CONTAINER_HEADS); "45 kr/ds" was "kronor ds"
(data/quantities.MONEY_PER).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Hans gamla Volvo 740:n gick till skroten.", "Volvo sjuhundrafyrtion gick"),
    ("Min V90:n har gått 30 000 mil.", "ve nittion har"),
    ("Saab 600:an var ingen succé.", "Saab sexhundran var"),
    ("Den nya 340:n kostade 40 000 kr.", "trehundrafyrtion kostade"),
    ("Boeing 747:an fick vänta på plattan.", "sju fyra sjuan fick"),
])
def test_model_definite(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Bussen 4:an är sen.", "fyran"),
    ("Volvo 150 anställda varslas.", "hundrafemtio anställda"),
    ("Tv:n stod på hela kvällen.", "på hela kvällen"),
])
def test_model_definite_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Säljes: Ford Escort, -92, nybesiktad, 9 000 kr.", "Escort, nittiotvå,"),
    ("Säljes: Massey Ferguson 35, -59, gångbar.", "trettiofem, femtionio,"),
    ("Köpes: moped Puch, -75, i gott skick.", "Puch, sjuttiofem,"),
])
def test_ad_year_after_comma(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Säljes: ved. Kallt i Kiruna, -18, i natt.", "minus arton"),
    ("Temperaturen var -12, sa SMHI.", "minus tolv"),
])
def test_ad_year_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Säljes: grus i 25 kg säck, 60 kr.", "tjugofem kilos säck"),
    ("Köp en 10 l hink färg.", "tio liters hink"),
    ("Vi har 5 l dunkar med spolarvätska.", "fem liters dunkar"),
    ("Honung 40 kr/burk och ägg 35 kr/ds.", "fyrtio kronor per burk och ägg trettiofem kronor dussinet"),
])
def test_containers_and_packs(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Häll i 2 l vatten.", "två liter vatten"),
    ("Tillsätt 3 dl grädde.", "tre deciliter grädde"),
    ("Potatis 12 kr/kg.", "tolv kronor per kilo"),
])
def test_container_guards(text: str, want: str) -> None:
    assert want in normalize(text)
