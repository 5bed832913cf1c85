"""Session 18 round 3 (N13, normalize57-58's sport and classifieds), written after each fix on new sentences:
a time unit with its stop before a slash and the noun it is counted per ("2 tim./promenad"); minutes and
seconds before a word of length or of time played ("4:12 lång", "23.48 i istid")."""

from __future__ import annotations

from audiocast.speech.rules.quantities import units
from audiocast.speech.rules.racing import durations

from . import check


def test_a_stopped_unit_before_a_slash_and_its_noun() -> None:
    _in = [
        "Hundvakt sökes, ca 2 tim./promenad.",
        "Intervallerna körs med 40 sek./intervall.",
        "Eleverna läser 60 min./lektion i årskurs 7.",
        "Turneringen spelas med 15 min./parti.",
        "Hon sov 5 tim. per natt.",  # guard: no slash, the unit's stop inside the sentence
    ]
    _out = [
        "Hundvakt sökes, ca två timmar per promenad.",
        "Intervallerna körs med fyrtio sekunder per intervall.",
        "Eleverna läser sextio minuter per lektion i årskurs 7.",
        "Turneringen spelas med femton minuter per parti.",
        "Hon sov fem timmar per natt.",
    ]
    check(units, _in, _out)


def test_minutes_and_seconds_before_a_word_of_length_or_time_played() -> None:
    _in = [
        "Singeln är 4:12 lång och släpps på fredag.",
        "Backen Karlsson fick 23.48 i istid i går.",
        "Avsnittet är 52:30 långt men känns kortare.",
        "Centern hade 17:05 i speltid.",
        "Kl. 9.45 lång kö vid entrén.",  # guard: a clock time after "kl"
        "Tåget går 14.20 från Lund.",  # guard: no word of length after it
    ]
    _out = [
        "Singeln är fyra minuter och tolv sekunder lång och släpps på fredag.",
        "Backen Karlsson fick tjugotre minuter och fyrtioåtta sekunder i istid i går.",
        "Avsnittet är femtiotvå minuter och trettio sekunder långt men känns kortare.",
        "Centern hade sjutton minuter och fem sekunder i speltid.",
        "Kl. 9.45 lång kö vid entrén.",
        "Tåget går 14.20 från Lund.",
    ]
    check(durations, _in, _out)
