"""Session 33, from normalize102 (written blind at the session's start, scored at f903e202): a code of digits with
capitals inside after a "-nr" label ("batchnr 23A417" was "tjugotre A fyra ett sju": a count's first group), and a pair
named by the tally it is after it ("19–2 i målskillnad" far from any sports word was an evening's hours, "nitton till
två"). Written after the fixes,
with other sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_code_of_digits_and_capitals_after_a_nr_label_is_said_part_by_part() -> None:
    assert normalize("Återkallelsen gäller lotnr 41C902 av ögondroppen.") == (
        "Återkallelsen gäller lotnummer fyra ett ce nio noll två av ögondroppen.")
    assert normalize("Ange ordernr 88K17 när du ringer.") == "Ange ordernummer åtta åtta kå ett sju när du ringer."


def test_a_count_after_a_nr_label_and_a_plain_number_stay_numbers() -> None:
    assert normalize("Förpackningen väger 23 kg.") == "Förpackningen väger tjugotre kilo."
    assert normalize("Ange kundnummer 55120 när du ringer.") == "Ange kundnummer fem fem ett två noll när du ringer."


def test_a_pair_before_the_tally_it_is_is_a_score() -> None:
    assert normalize("Flickorna tog sig vidare med tre matcher, tre segrar och 22–4 i målskillnad.") == (
        "Flickorna tog sig vidare med tre matcher, tre segrar och tjugotvå mot fyra i målskillnad.")
    assert normalize("Laget gick vidare efter 20–1 i sammanlagt.") == "Laget gick vidare efter tjugo mot ett i sammanlagt."


def test_a_rising_pair_before_a_counted_noun_stays_a_range() -> None:
    assert normalize("Kursen har plats för 14–18 deltagare i år.") == "Kursen har plats för fjorton till arton deltagare i år."


# Round 2, from normalize104 (written blind during the session, scored at f903e202): a span of bare hours from
# midnight ("kl. 00–05" was "noll noll till fem"), a central station after "norr om" ("Vikby C" was "ce").


def test_a_span_of_bare_hours_from_midnight_is_said_noll() -> None:
    assert normalize("Nattbussen går varje timme kl. 00–04 under helgerna.") == (
        "Nattbussen går varje timme klockan noll till fyra under helgerna.")
    assert normalize("Baren har öppet kl. 21–00 på fredagar.") == "Baren har öppet klockan tjugoett till noll på fredagar."


def test_midnight_with_its_minutes_keeps_noll_noll() -> None:
    assert normalize("Tåget går kl. 00.00 från Ekby.") == "Tåget går klockan noll noll från Ekby."


def test_a_towns_c_after_a_place_preposition_is_its_central_station_in_a_sentence_of_travel() -> None:
    assert normalize("Tågen stod still söder om Ekby C, och resenärerna fick vänta.") == (
        "Tågen stod still söder om Ekby central, och resenärerna fick vänta.")


def test_a_c_after_om_without_travel_is_the_letter() -> None:
    assert normalize("Hon bor norr om Ekby C, nära skolan.") == "Hon bor norr om Ekby ce, nära skolan."


# Round 3, from normalize105 (written blind during the session, scored at f903e202 and at 5025d11a, identical): a span
# of advent Sundays ("1:a–3:e advent" was "första–tredje"), the Swish verb before its number ("swishade till 900 1223"
# was a year), a score in half points with its sports word further back, a doctor's title before the name ("Dr. med."
# ended a sentence).


def test_a_span_of_advent_sundays_is_said_with_till() -> None:
    assert normalize("Adventsmarknaden håller öppet 2:a–4:e advent i år.") == (
        "Adventsmarknaden håller öppet andra till fjärde advent i år.")


def test_a_number_after_the_swish_verb_is_said_in_its_digit_groups() -> None:
    assert normalize("Tack till alla som swishar till 900 4455!") == "Tack till alla som swishar till nio noll noll fyra fyra fem fem!"


def test_a_half_point_score_a_few_words_after_its_sports_word_is_a_score() -> None:
    assert normalize("Laget vann derbyt mot Ekby i fredags med 4,5–3,5.") == (
        "Laget vann derbyt mot Ekby i fredags med fyra komma fem mot tre komma fem.")


def test_a_range_of_halves_before_its_noun_stays_a_range() -> None:
    assert normalize("Laget vann, och snön låg 1,5–2,5 meter djup.") == (
        "Laget vann, och snön låg en komma fem till två komma fem meter djup.")


def test_a_doctors_title_before_the_name_ends_no_sentence() -> None:
    assert normalize("Dr. med. Karin Lund föreläser i aulan.") == "Doktor i medicin Karin Lund föreläser i aulan."
