"""Session 19 round 4 (N15, the normalizer's words), written after each fix on new sentences: a unit's short
form between two hyphens after a number ("220-hk-motor", "2,5-l-dunk"); a symbol or a quarter heading a
compound ("™-skyddad", "Q3-prognosen"); a clipped word glued to "nr" ("medl.nr", "lghnr"); a ship's gross
tonnage ("BT"); a count of floors before a word of height and "s:n" (also fixed by N14 on main, checked here)."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.hyphen_units import hyphen_units
from audiocast.speech.rules.number_labels import number_labels
from audiocast.speech.rules.symbol_compounds import symbol_compounds

from . import check


def test_a_unit_between_hyphens_after_a_number() -> None:
    _in = [
        "Bilen har en 220-hk-motor.",
        "Köp en 2,5-l-dunk spolarvätska.",
        "Ett 750-W-aggregat räcker.",
        "Ett 64-GB-minne följer med.",
        "Hon brottades i 63-kg-klassen.",  # guard: a whole number before a weight, count_compounds' one word
        "Vägen E22-kW-sträckan",  # guard: a road's letter before the number
        "Storlek 3-4-kg-kassar",  # guard: a range's second number
        "Kod 12-AB-kontoret",  # guard: no unit between the hyphens
    ]
    _out = [
        "Bilen har en 220 hk-motor.",
        "Köp en 2,5 l-dunk spolarvätska.",
        "Ett 750 W-aggregat räcker.",
        "Ett 64 GB-minne följer med.",
        "Hon brottades i 63-kg-klassen.",
        "Vägen E22-kW-sträckan",
        "Storlek 3-4-kg-kassar",
        "Kod 12-AB-kontoret",
    ]
    check(hyphen_units, _in, _out)


def test_a_unit_between_hyphens_said_as_the_compound() -> None:
    assert normalize("Bilen har en 220-hk-motor.") == "Bilen har en tvåhundratjugo hästkrafters motor."
    assert normalize("Sista 15-km-sträckan går över fjället.") == "Sista femtonkilometerssträckan går över fjället."
    assert normalize("Han fick en 2-min-utvisning.") == "Han fick en tvåminutersutvisning."


def test_a_symbol_heading_a_compound() -> None:
    _in = [
        "Loggan blev ™-skyddad förra året.",
        "Den nya §-texten gäller från juli.",
        "Håll in #-tangenten i tre sekunder.",
        "Ett ©-märke saknades på affischen.",
        "Väskan Fjällräven™-modellen säljs slut.",
        "Resultatet blev +-noll.",  # guard: plus or minus nothing
        "Ett 5 €-mynt hittades.",
        "Ett 2€-mynt",  # guard: the sign glued to its number is the money's
    ]
    _out = [
        "Loggan blev varumärkesskyddad förra året.",
        "Den nya paragraftexten gäller från juli.",
        "Håll in fyrkanttangenten i tre sekunder.",
        "Ett copyrightmärke saknades på affischen.",
        "Väskan Fjällräven-modellen säljs slut.",
        "Resultatet blev +-noll.",
        "Ett 5 euromynt hittades.",
        "Ett 2€-mynt",
    ]
    check(symbol_compounds, _in, _out)


def test_a_quarter_heading_a_compound() -> None:
    assert normalize("Q3-prognosen sänktes i går.") == "ku tre-prognosen sänktes i går."
    assert normalize("Bolagets Q1-resultat var svagt.") == "Bolagets ku ett-resultat var svagt."
    assert normalize("Under Q4 steg vinsten.") == "Under fjärde kvartalet steg vinsten."  # alone: the quarter


def test_a_clipped_word_glued_to_nr() -> None:
    _in = [
        "Uppge ditt medl.nr vid anmälan.",
        "Skriv lghnr på lappen.",
        "Fakt.nr: 88123",
        "Hans mob.nr är hemligt.",
        "Kontrollera pers.-nr. och adress.",
        "Stanr 4",  # guard: not a clipping of the table
        "Ange kundnr 55.",  # guard: a whole first part, the abbreviations' rule's
    ]
    _out = [
        "Uppge ditt medlemsnummer vid anmälan.",
        "Skriv lägenhetsnummer på lappen.",
        "Fakturanummer: 88123",
        "Hans mobilnummer är hemligt.",
        "Kontrollera personnummer och adress.",
        "Stanr 4",
        "Ange kundnr 55.",
    ]
    check(number_labels, _in, _out)


def test_a_count_of_floors_before_a_word_of_height() -> None:
    assert normalize("Kommunen vill bygga ett 9 vån. högt hotell.") == (
        "Kommunen vill bygga ett nio våningar högt hotell.")
    assert normalize("De 4 vån. höga radhusen revs.") == "De fyra våningar höga radhusen revs."
    # a floor (after "på", where something is, its ordinal since session 47)
    assert normalize("Kontoret ligger på 7 vån. i huset.") == "Kontoret ligger på sjunde våningen i huset."


def test_gross_tonnage_and_a_parish_written_short() -> None:
    assert normalize("Färjan på 31 500 BT sattes in i maj.") == (
        "Färjan på trettioettusenfemhundra bruttoton sattes in i maj.")
    assert normalize("Han växte upp i Västra Ny s:n i Östergötland.") == (
        "Han växte upp i Västra Ny socken i Östergötland.")
