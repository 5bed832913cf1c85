"""Session 17 round 2 (N12, normalize54's second half), written after each fix on new sentences: a second
blood pressure of a sentence, far from its pressure word; a stopless unit before a word of age ("8 v
gamla"); "port" without its stop after a count (portions); a flat before "el." in a housing ad."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.pressures import blood_pressures, stopless_ages

from . import check


def test_a_second_blood_pressure_of_the_sentence() -> None:
    _in = [
        "Läkaren noterade blodtrycket 135/85 vid första besöket och 172/104 vid det andra.",
        "Målet för blodtrycket är under 130/80, men vid kontrollen i mars låg det på 158/96.",
        "Blodtrycket var 120/80. Laget vann 98/64 i serien.",  # guard: the next sentence's pair is no pressure
        "Pulsen var 72 och syresättningen 98/100 procent.",  # guard: no pressure word
    ]
    _out = [
        "Läkaren noterade blodtrycket hundratrettiofem över åttiofem vid första besöket och hundrasjuttiotvå över hundrafyra vid det andra.",
        "Målet för blodtrycket är under hundratrettio över åttio, men vid kontrollen i mars låg det på hundrafemtioåtta över nittiosex.",
        "Blodtrycket var hundratjugo över åttio. Laget vann 98/64 i serien.",
        "Pulsen var 72 och syresättningen 98/100 procent.",
    ]
    check(blood_pressures, _in, _out)
    # the sentence's pressure word far before the pair, and the emergency number's digits as the pair's second
    assert normalize("Blodtrycket var högt hela veckan, men på fredagen när hon kom in uppmättes 176/112.") == (
        "Blodtrycket var högt hela veckan, men på fredagen när hon kom in uppmättes hundrasjuttiosex över hundratolv.")
    assert normalize("Ring 112 om det brinner.") == "Ring ett ett två om det brinner."  # guard


def test_a_stopless_unit_before_a_word_of_age() -> None:
    _in = ["Säljes: 4 kaniner, 8 v gamla.", "Fölet är 6 v gammalt.", "Laddaren ger 12 v och räcker."]
    _out = ["Säljes: 4 kaniner, 8 v. gamla.", "Fölet är 6 v. gammalt.", "Laddaren ger 12 v och räcker."]
    check(stopless_ages, _in, _out)
    assert normalize("Valparna är 11 v gamla och redo att flytta.") == "Valparna är elva veckor gamla och redo att flytta."


def test_port_without_its_stop_after_a_count() -> None:
    for written, spoken in [
        ("Ingredienser till 6 port: 4 dl ris, 1 l buljong.",
         "Ingredienser till sex portioner: fyra deciliter ris, en liter buljong."),
        ("Receptet räcker till 3 port, eller 2 om man är hungrig.",
         "Receptet räcker till tre portioner, eller två om man är hungrig."),
        ("Lasagne för 8 port (ca 2 tim).", "Lasagne för åtta portioner (cirka två timmar)."),
        # guards: one gate, a switch's ports before a noun
        ("Huset har 1 port mot gården.", "Huset har en port mot gården."),
        ("Köp en switch med 16 port och fläkt.", "Köp en switch med sexton port och fläkt."),
    ]:
        assert normalize(written) == spoken, written


def test_a_flat_before_el_in_a_housing_ad() -> None:
    for written, spoken in [
        ("Ung kvinna söker 1:a el. 2:a i Jönköping, max 6 500 kr/mån.",
         "Ung kvinna söker etta eller tvåa i Jönköping, max sextusenfemhundra kronor i månaden."),
        ("Familj söker 4:a el. 5:a i Borås, gärna med balkong.",
         "Familj söker fyra eller femma i Borås, gärna med balkong."),
        ("Pensionär söker 2:a el. 3:a centralt i Örebro, hyra max 8 000 kr/mån.",
         "Pensionär söker tvåa eller trea centralt i Örebro, hyra max åttatusen kronor i månaden."),
        # guard: ordinals of a prize stay ordinals
        ("Hon vann 2:a pris el. 3:e pris, minns hon inte.", "Hon vann andra pris eller tredje pris, minns hon inte."),
    ]:
        assert normalize(written) == spoken, written
