"""Session 31, from normalize94 (scored blind at the session's start, then read) and normalize95 (held out through the
first round, then read): a race's gap closing its clause with "bakom" or "efter", no rival after it ("blev 3:a, 1:46
bakom, efter en bom" was the clock time "ett och fyrtiosex"), a clock time after a verb of a thing's start or end
before "efter" ("slutade 21.30 efter en lång debatt" was read as a race's gap in a sentence with "slutade"), and a
drug's or vitamin's dose in international units ("5 000 IE heparin" spelled "i e"). Written after the fixes, with other
sentences; the guards beside each. Round 3 (normalize96): a half-year after "under" ("under H2")."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_gap_closing_its_clause_with_bakom_is_minutes_and_seconds() -> None:
    assert normalize("Skidor: Lina Holm vann sprinten och Moa Ek blev tvåa, 0:48 bakom.") == (
        "Skidor: Lina Holm vann sprinten och Moa Ek blev tvåa, fyrtioåtta sekunder bakom.")
    assert normalize("Han slutade femma i loppet, 2.05 efter, men var ändå nöjd.") == (
        "Han slutade femma i loppet, två minuter och fem sekunder efter, men var ändå nöjd.")


def test_a_clock_time_before_efter_outside_a_race_is_a_time() -> None:
    assert normalize("Bussen gick 10.15 efter, sa föraren.") == "Bussen gick tio och femton efter, sa föraren."


def test_a_clock_time_after_a_verb_of_start_or_end_is_never_a_gap() -> None:
    assert normalize("Fullmäktige slutade 22.40 efter en lång debatt om skolan.") == (
        "Fullmäktige slutade tjugotvå och fyrtio efter en lång debatt om skolan.")
    assert normalize("Loppet startade 10.15 efter en kort försening.") == (
        "Loppet startade tio och femton efter en kort försening.")


def test_a_gap_after_a_placing_in_a_race_is_still_a_gap() -> None:
    assert normalize("Hon slutade trea, 1.12 efter Kalla.") == "Hon slutade trea, en minut och tolv sekunder efter Kalla."


def test_international_units_after_a_number_are_said() -> None:
    assert normalize("Barnet ska få 400 IE D-vitamin varje dag.") == (
        "Barnet ska få fyrahundra internationella enheter de-vitamin varje dag.")
    assert normalize("Dosen är 1 IE per kilo kroppsvikt.") == "Dosen är en internationell enhet per kilo kroppsvikt."


def test_ie_without_a_number_is_left_to_the_acronyms() -> None:
    assert normalize("Sidan fungerar inte i IE längre.") == "Sidan fungerar inte i i e längre."


def test_a_half_year_after_under_is_the_half_year() -> None:
    """Round 3, from normalize96 ("anställa 8 operatörer under H2" was "hå två")."""
    assert normalize("Bolaget räknar med att öppna butiken under H1.") == (
        "Bolaget räknar med att öppna butiken under första halvåret.")


def test_h_and_a_digit_without_under_or_business_are_letters() -> None:
    assert normalize("Lägenhet H2 har balkong mot söder.") == "Lägenhet hå två har balkong mot söder."


def test_terabits_per_second_are_said() -> None:
    """Round 4, from normalize97 ("2,4 Tbit/s" was "tbit s")."""
    assert normalize("Nätet klarar nu 1,2 Tbit/s mellan städerna.") == (
        "Nätet klarar nu en komma två terabit per sekund mellan städerna.")
