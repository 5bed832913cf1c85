"""Session 13: short forms read by their shape and the words around them,
tests written after each fix (new wordings), with guards.

- a unit's short form after a word of quantity ("en halv dl"), an engine's
  "cc", an ad's columns "sp" (``rules/short_measures``);
- a road's position "km 12/400" (``short_measures.road_positions``);
- a range before a rate "1–2 ggr/tim" (``rules/rates``);
- "ex." or "st." before a capital and a small word ends the sentence
  (``quantities._opener_next``);
- "O.s.a.", "Ant.", "xG", capitals on both sides of a colon ("LA:B").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Vispa ner en halv dl socker i smeten.", "en halv deciliter socker"),
    ("Det är ett par km kvar till toppen.", "ett par kilometer kvar"),
    ("Spara ett tiotal kvm genom att riva väggen.", "ett tiotal kvadratmeter"),
    ("Ta några msk olja och stek löken.", "några matskedar olja"),
    ("Mopeden på 50 cc var trimmad.", "femtio kubik"),
    ("Nya 250 cc-klassen lockade få.", "tvåhundrafemtio kubik-klassen"),
    ("Pris för 2 sp × 80 mm: 900 kr.", "två spalter gånger åttio millimeter"),
])
def test_short_measures(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize("text", [
    "Sätt chefen på cc i mejlet.",  # no number before it
    "Han vann med ett par m.",  # "m" is a word too: left
])
def test_short_measure_guards(text: str) -> None:
    got = normalize(text).lower()
    assert "kubik" not in got and "meter" not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Viltolycka vid km 23/150 på riksväg 27.", "kilometer tjugotre plus hundrafemtio"),
    ("Stopp i trafiken vid km 8+700 söderut.", "kilometer åtta plus sjuhundra"),
    ("Räcket är skadat mellan km 101/200 och km 101/900.", "kilometer hundraett plus niohundra"),
    ("Vägverket lagar beläggningen vid km 4/050.", "kilometer fyra plus femtio"),
])
def test_road_positions(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Max 60 km/h genom byn.", "sextio kilometer i timmen"),
    ("Sträckan är 12 km/dag i snitt.", "tolv kilometer per dag"),
])
def test_road_position_guards(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Färjan går 3–4 ggr/dag under sommaren.", "tre till fyra gånger"),
    ("Kalvarna dricker 6–8 l/dag.", "sex till åtta liter per dag"),
    ("Vi sprider 15–25 ton/ha stallgödsel.", "femton till tjugofem ton per hektar"),
    ("Personalen jobbar 35-40 tim/v.", "trettiofem till fyrtio timmar i veckan"),
])
def test_range_before_a_rate(text: str, want: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert "–" not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Skivan pressades i 300 ex. Alla såldes första kvällen.", "trehundra exemplar. alla såldes"),
    ("Vi beställde 40 st. Leveransen kom i går.", "fyrtio stycken. leveransen kom"),
    ("Boken kom ut i 1 500 ex. Första upplagan tog slut.", "exemplar. första upplagan"),
    ("Nu finns 12 st. Volvo FH i flottan.", "tolv stycken volvo"),  # a counted name: no stop
])
def test_stop_after_a_counted_short_form(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Födelsedagsmiddag lördag 12/10. O.s.a. till Karin.", "om svar anhålles till karin"),
    ("Ant. medlemmar: 2024: 310.", "antal medlemmar"),
    ("Gästerna hade 2,1 xG mot 0,7 xG.", "två komma ett eks ge"),
    ("Ekipaget vann LB:A i Flyinge.", "ell be a"),
    ("VD:n har ordet.", "ve den"),  # an ending after the colon, small
])
def test_short_forms_by_shape(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Hon vann turneringen med 6½ p. av 9 möjliga.", "sex och en halv poäng av nio"),
    ("Klubben har 3½ p. kvar att hämta.", "tre och en halv poäng kvar"),
    ("Han fick ½ p. Sedan vann han resten.", "en halv poäng. sedan"),  # a stop before a capital kept
])
def test_a_fraction_and_its_unit_keep_no_stop_mid_sentence(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Ta med giltig leg. till vallokalen.", "giltig legitimation till"),
    ("Glöm inte att visa leg. Tack!", "visa legitimation. tack"),
    ("Vägarbete mellan tpl Värnamo N och Värnamo S.", "värnamo norra och värnamo södra"),
    ("Köer från trafikplats Jönköping V till Jönköping Ö.", "jönköping västra till jönköping östra"),
])
def test_id_card_and_junction_pairs(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Vi söker leg. sjuksköterska till natten.", "legitimerad sjuksköterska"),
    ("Han träffade Ljungby S och Ljungby N i cupen.", "ljungby ess och ljungby enn"),  # no junction label
])
def test_id_card_and_junction_guards(text: str, want: str) -> None:
    assert want in normalize(text).lower()
