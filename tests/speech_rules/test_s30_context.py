"""Session 30, from normalize91 (scored blind at the session's start, then read) and normalize92 (held out through the
first round, then read): a weather symbol decorating a clause's end ("… ordentligt ☀️." was "sol"), a diary number with
a colon ("dnr 2024:6512" kept its colon), an exercise's parts in small letters ("3 a–c"), a lone compass letter after
"vänder vinden till" (was spelled "enn"), a unit with its power sign away from its count ("1 stjälpt m³" was left as
written), a room's letter glued to its digits ("sal N1017" left the "N"). Written after the fixes, with other
sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_weather_symbol_closing_a_clause_decorates_it() -> None:
    assert normalize("Det blir en het helg, så glöm inte solkrämen 🌞!") == "Det blir en het helg, så glöm inte solkrämen!"
    assert normalize("Regnet fortsätter hela veckan enligt SMHI 🌧️, tyvärr.") == (
        "Regnet fortsätter hela veckan enligt ess emm hå i, tyvärr.")


def test_a_weather_symbol_in_a_forecasts_item_is_its_word() -> None:
    assert normalize("Väder i morgon: ❄️ och minus 3 grader.") == "Väder i morgon: snö och minus tre grader."


def test_a_diary_number_with_a_colon_says_it() -> None:
    # the running number after the year said as a number since session 60 (4 rows of the writers' own readings, none
    # the pairs)
    assert normalize("Ärendet har dnr 2023:4410 hos länsstyrelsen.") == (
        "Ärendet har diarienummer tvåtusentjugotre kolon fyratusenfyrahundratio hos länsstyrelsen.")


def test_a_colon_between_a_year_and_a_number_without_a_label_is_not_an_identifier() -> None:
    assert normalize("Mötet 2024 börjar kl. 14:30.") == "Mötet tvåtusentjugofyra börjar klockan fjorton och trettio."


def test_small_letters_joined_by_a_dash_after_a_number_are_parts() -> None:
    assert normalize("Lös uppgift 7 a–d till på måndag.") == "Lös uppgift sju a till de till på måndag."


def test_small_letters_out_of_order_or_a_compound_are_left() -> None:
    assert normalize("Skicka det till 3 e-postadresser.") == "Skicka det till tre e-postadresser."
    assert normalize("Ordningen 2 d–b gäller inte.") == "Ordningen två d–b gäller inte."


def test_a_lone_compass_letter_after_the_wind_turning_is_the_direction() -> None:
    assert normalize("Under eftermiddagen vänder vinden till S och det blir varmare.") == (
        "Under eftermiddagen vänder vinden till syd och det blir varmare.")


def test_a_unit_with_its_power_sign_away_from_its_count() -> None:
    assert normalize("Vi säljer 2 rågade m³ jord för 900 kr.") == (
        "Vi säljer två rågade kubikmeter jord för niohundra kronor.")
    assert normalize("Hyran per m² är högst i centrum.") == "Hyran per kvadratmeter är högst i centrum."


def test_a_codes_single_letter_glued_to_its_digits_is_named() -> None:
    assert normalize("Föreläsningen hålls i sal K2041.") == "Föreläsningen hålls i sal kå två noll fyra ett."


# Round 3, from normalize93 (written after rounds 1-2, scored blind at 1fa15bb4: equiv 76.0 %, then read): a month and
# a four-digit year after a word of validity ("t.o.m. 06/2025" was read digit by digit), a code of thirteen digits or
# more (a pet's chip number was read in trillions), an address's "mejl" (spelled "emm e ji ell").


def test_a_month_and_its_four_digit_year_after_a_validity() -> None:
    assert normalize("Bilen är besiktigad t.o.m. 09/2026 och säljs billigt.") == (
        "Bilen är besiktigad till och med september tvåtusentjugosex och säljs billigt.")


def test_a_month_and_a_two_digit_year_are_read_as_before() -> None:
    assert normalize("Bilen är skattad t.o.m. 11/25.") == "Bilen är skattad till och med november tjugofem."


def test_a_code_of_thirteen_digits_or_more_is_said_digit_by_digit() -> None:
    assert normalize("Katten hade chip med nr 941 000 012 345 678 i örat.") == (
        "Katten hade chip med nummer nio fyra ett noll noll noll noll ett två tre fyra fem sex sju åtta i örat.")


def test_a_large_amount_with_its_currency_is_still_a_number() -> None:
    assert normalize("Statsskulden är 1 100 000 000 000 kr.") == "Statsskulden är en biljon hundra miljarder kronor."


def test_a_pronounceable_word_ending_in_jl_in_an_address_is_read() -> None:
    assert normalize("Svara till anna@mejl.nu senast fredag.") == "Svara till anna snabel-a mejl punkt nu senast fredag."
