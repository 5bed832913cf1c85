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
    assert normalize("Ärendet har dnr 2023:4410 hos länsstyrelsen.") == (
        "Ärendet har diarienummer tvåtusentjugotre kolon fyrtiofyra tio hos länsstyrelsen.")


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
