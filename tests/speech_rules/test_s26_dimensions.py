"""Session 26, a known gap of the evaluation set (b48n-h316, "B 160 × D 50 × H 96 cm" read "be", "de", "hå"): the
measures of a piece of furniture or a room, each after its dimension's letter and joined by a times sign. Written
after the rule, with other sentences; the guards: a letter and a number alone stay a letter and a number."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.dimension_letters import dimension_letters

from . import check


def test_measures_after_their_letters() -> None:
    _in = [
        "Skänk i ek, B 180 × D 45 × H 80 cm.",
        "Madrass L 200 x B 140 cm, oanvänd.",
        "Förrådet är B2,5xD3 m.",
    ]
    _out = [
        "Skänk i ek, bredd 180 gånger djup 45 gånger höjd 80 cm.",
        "Madrass längd 200 gånger bredd 140 cm, oanvänd.",
        "Förrådet är bredd 2,5 gånger djup 3 m.",
    ]
    check(dimension_letters, _in, _out)
    assert normalize("Soffbord B 120 × D 60 cm, 500 kr.") == (
        "Soffbord bredd hundratjugo gånger djup sextio centimeter, femhundra kronor.")


def test_a_letter_and_a_number_alone_stay() -> None:
    _in = ["Hon läste i sal B 160 i går.", "Bussen H 96 går inte.", "Väg E 4 x 2 filer"]
    check(dimension_letters, _in, _in)


def test_a_placing_after_ligga_is_its_noun() -> None:
    """Session 26, a known gap (b49n-h046, "legat 1:a fram till" read "första"): "legat" and "ligga" are verbs of
    a placing as "ligger" and "låg" are, and "fram" after it is no noun the ordinal counts."""
    assert normalize("Hon hade legat 2:a fram till sista kurvan.") == "Hon hade legat tvåa fram till sista kurvan."
    assert normalize("Laget vill ligga 3:a inför sista omgången.") == "Laget vill ligga trea inför sista omgången."
    assert normalize("Hon har legat på 2:a plats länge.") == "Hon har legat på andra plats länge."
