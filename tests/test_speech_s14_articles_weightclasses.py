"""Session 14 (S10), articles as a listener hears them: a weight class after
an age class in a combat sports club's report ("Guld tog Leo Sandberg (U13
-42 kg)"). The age class's digits, a space and the dash were read as a span
of classes ("u tretton till fyrtiotvå kg", the unit unsaid); now the minus
belongs to the weight, "u tretton minus fyrtiotvå kilo", as "i -52 kg"
already was (rules/weight_classes.py). The same wrestling club's report
writes a style short after the weight ("Elias Holm (60 kg gr) och Wilma Rask
(50 kg fr)"): "kilo gr", "kilo fr" left as letters; now the style in full
(table data/weight_class_words.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (seven of eight read wrongly then).
BEFORE = [
    ("Brons i U17 -48 kg.", "Brons i u sjutton minus fyrtioåtta kilo."),
    ("Hon vann F15 -57 kg i Malmö.", "Hon vann eff femton minus femtiosju kilo i Malmö."),
    ("Guldet i P13 -38 kg gick till Adam.", "Guldet i pe tretton minus trettioåtta kilo gick till Adam."),
    ("Silver: Elin Ek, U21 -70 kg", "Silver: Elin Ek, u tjugoett minus sjuttio kilo"),
    ("Han ställer upp i J18 -81 kg i helgen.", "Han ställer upp i ji arton minus åttioett kilo i helgen."),
    ("Segrare i D -63 kg blev Lina.", "Segrare i de minus sextiotre kilo blev Lina."),
    ("Vinnare H21 -90 kg: Omar Said", "Vinnare hå tjugoett minus nittio kilo: Omar Said"),
    ("Två medaljer i U15 -44 kg och U15 -50 kg.", "Två medaljer i u femton minus fyrtiofyra kilo och u femton minus femtio kilo."),
]

# Written after the fix.
AFTER = [
    ("Klubben tog guld i P17 -55 kg och brons i F13 -40 kg.",
     "Klubben tog guld i pe sjutton minus femtiofem kilo och brons i eff tretton minus fyrtio kilo."),
    ("Finalen i U18 -73 kg vann Ali.", "Finalen i u arton minus sjuttiotre kilo vann Ali."),
    ("I klassen H35 -100 kg blev han tvåa.", "I klassen hå trettiofem minus hundra kilo blev han tvåa."),
    ("Emma (F16 -52 kg) gick till semifinal.", "Emma (eff sexton minus femtiotvå kilo) gick till semifinal."),
]

# Spans of numbers or of classes keep "till"; a plus stays a plus.
GUARDS = [
    ("Åldersgrupp 13-15 kg", "Åldersgrupp tretton till femton kilo"),
    ("Lag U9–U12 deltog", "Lag u nio till u tolv deltog"),
    ("Guld i P15 +81 kg", "Guld i pe femton plus åttioett kilo"),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_weight_class_after_an_age_class(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_sign_and_the_unit() -> None:
    rules = [(c.written, c.rule) for c in explain("Finalen i U18 -73 kg vann Ali.").changes]
    assert rules == [("U18 -73 kg", "symbol"), ("U18", "acronym"), ("73 kg", "unit")]


# Written before the style fix (all six read wrongly then).
STYLES_BEFORE = [
    ("Guld för Ali (74 kg fr) i helgen.", "Guld för Ali (sjuttiofyra kilo fristil) i helgen."),
    ("Brons i 87 kg gr gick till Oskar.", "Brons i åttiosju kilo grekisk-romersk gick till Oskar."),
    ("Hon brottas i 62 kg fr.", "Hon brottas i sextiotvå kilo fristil."),
    ("Elias (55 kg gr) förlorade finalen.", "Elias (femtiofem kilo grekisk-romersk) förlorade finalen."),
    ("Två klubbkamrater i 63 kg gr.", "Två klubbkamrater i sextiotre kilo grekisk-romersk."),
    ("Resultat: 1. Sara Lind (53 kg fr)", "Resultat: etta Sara Lind (femtiotre kilo fristil)"),
]
# Written after it, and a guard (a word that only begins with the letters).
STYLES_AFTER = [
    ("Silver till Nils (97 kg gr) och Aya (57 kg fr).",
     "Silver till Nils (nittiosju kilo grekisk-romersk) och Aya (femtiosju kilo fristil)."),
    ("Han tävlar i 130 kg gr på lördag.", "Han tävlar i hundratrettio kilo grekisk-romersk på lördag."),
    ("I 65 kg fr vann Adam.", "I sextiofem kilo fristil vann Adam."),
    ("Lisa (68 kg fr), Leo (72 kg gr)", "Lisa (sextioåtta kilo fristil), Leo (sjuttiotvå kilo grekisk-romersk)"),
    ("Priset var 5 kg fri frakt", "Priset var fem kilo fri frakt"),
]


@pytest.mark.parametrize(("written", "spoken"), STYLES_BEFORE + STYLES_AFTER)
def test_wrestling_style_after_a_weight(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_style() -> None:
    rules = [(c.written, c.rule) for c in explain("I 65 kg fr vann Adam.").changes]
    assert rules == [("fr", "abbreviation"), ("65 kg", "unit")]
