"""Session 34, from normalize107 and normalize106 (written blind at the session's start, scored at c3526b50 before
anyone read them): one of a count whose noun stands after a plural adjective ("1 av 4 nystartade företag" was "en": the adjective was
taken for the noun), a placing shared with others ("ligger delad 3:a" was "tredje"), a plate of another country's shape
after a plate's word ("polska skyltar WGM 8472A" was "åttatusenfyrahundrasjuttiotvå a"). Written after the fixes, with
other sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_one_of_a_count_takes_the_gender_of_the_noun_past_its_adjective() -> None:
    assert normalize("Undersökningen visar att 1 av 3 tillfrågade hushåll saknar hemförsäkring.") == (
        "Undersökningen visar att ett av tre tillfrågade hushåll saknar hemförsäkring.")
    assert normalize("I dag klarar 1 av 5 nyanlända barn simprovet.") == (
        "I dag klarar ett av fem nyanlända barn simprovet.")


def test_one_of_a_count_of_a_common_noun_stays_en() -> None:
    assert normalize("Nästan 1 av 4 tillfrågade elever vill byta skola.") == (
        "Nästan en av fyra tillfrågade elever vill byta skola.")
    assert normalize("1 av 10 nya bostäder byggs i centrum.") == "En av tio nya bostäder byggs i centrum."


def test_a_shared_placing_after_a_verb_of_finishing_is_its_noun() -> None:
    assert normalize("Efter två dagar ligger Ekbacka delad 4:a i serien.") == (
        "Efter två dagar ligger Ekbacka delad fyra i serien.")
    assert normalize("Hon slutade ensam 2:a i sprinten.") == "Hon slutade ensam tvåa i sprinten."


def test_a_shared_ordinal_before_a_noun_stays_an_ordinal() -> None:
    assert normalize("Laget fick delad 3:e plats i tabellen.") == "Laget fick delad tredje plats i tabellen."


def test_a_plate_of_another_countrys_shape_after_a_plates_word_is_spelled() -> None:
    assert normalize("Polisen letar efter en bil med tyska skyltar KL 4471B.") == (
        "Polisen letar efter en bil med tyska skyltar kå ell fyra fyra sju ett be.")
    assert normalize("Lastbilen hade registreringsnummer WX 90312.") == (
        "Lastbilen hade registreringsnummer dubbelve eks nio noll tre ett två.")


def test_a_german_plate_with_its_districts_hyphen_is_spelled() -> None:
    assert normalize("En buss med tysk registrering, M-KL 442, stod parkerad vid torget.") == (
        "En buss med tysk registrering, emm kå ell fyra fyra två, stod parkerad vid torget.")


def test_a_sign_with_a_road_number_is_no_plate() -> None:
    assert normalize("Skylten vid E4 visade 110 kilometer i timmen.") == (
        "Skylten vid e fyra visade hundratio kilometer i timmen.")
    assert normalize("En ny skylt vid E45 sattes upp i går.") == "En ny skylt vid e fyrtiofem sattes upp i går."


# From normalize106 (written blind at the session's start): "112 av landets 290 kommuner" was the emergency number,
# "ett ett två"; a count with its part of a whole after it is a count.


def test_a_service_numbers_digits_as_a_part_of_a_counted_whole_are_a_count() -> None:
    assert normalize("Enkäten visar att 112 av länets 340 företag saknar en krisplan.") == (
        "Enkäten visar att hundratolv av länets trehundrafyrtio företag saknar en krisplan.")


def test_the_emergency_number_before_other_words_of_av_stays_dialled() -> None:
    assert normalize("Samtalen till 112 av oroliga grannar ökade i natt.") == (
        "Samtalen till ett ett två av oroliga grannar ökade i natt.")


# Round 2, from normalize109 (written blind during the session, scored at c3526b50 before anyone read it): a unit of
# capitals before a slash and a period ("kg ECM/år" lost its "per"), a standard's version after its name ("WCAG 2.1"
# was "två komma ett", a decimal).


def test_a_period_after_a_slash_under_a_unit_in_capitals_is_per() -> None:
    assert normalize("Gården levererar 9 800 kg ECM/år till mejeriet.") == (
        "Gården levererar niotusenåttahundra kilo e ce emm per år till mejeriet.")


def test_a_standards_version_after_its_name_is_said_with_punkt() -> None:
    assert normalize("Skolans nya dator har två USB 3.2-portar och Bluetooth 5.0.") == (
        "Skolans nya dator har två u ess be tre punkt två-portar och Bluetooth fem punkt noll.")


def test_a_decimal_after_another_capitalised_word_stays_a_decimal() -> None:
    assert normalize("Skalvet i Japan mätte 6.4 på Richterskalan.") == (
        "Skalvet i Japan mätte sex komma fyra på Richterskalan.")


# Round 3, from normalize110 (written blind during the session, scored at c3526b50 and after rounds 1-2, identical):
# a case's documents counted in pages ("förundersökningen på 340 s." was seconds), a paper's grade in stars inside
# the sentence ("samt ★★★★ i DN" was left unsaid), a version's "v" glued to its number ("v2.1" was "v två ett").


def test_a_cases_documents_counted_with_s_are_pages() -> None:
    assert normalize("Domen omfattar 58 s. och har skickats till parterna.") == (
        "Domen omfattar femtioåtta sidor och har skickats till parterna.")
    assert normalize("Förundersökningsprotokollet på 212 s. lämnades över i går.") == (
        "Förundersökningsprotokollet på tvåhundratolv sidor lämnades över i går.")


def test_a_runners_seconds_stay_seconds() -> None:
    assert normalize("Hon vann finalen på 11,9 s. i motvind.") == "Hon vann finalen på elva komma nio sekunder i motvind."


def test_a_papers_grade_in_stars_inside_the_sentence_is_said() -> None:
    assert normalize("Boken fick betyget 4/5 i en tidning och ★★★ i Kvällsposten.") == (
        "Boken fick betyget fyra av fem i en tidning och tre stjärnor i Kvällsposten.")


def test_stars_framing_a_heading_stay_unsaid() -> None:
    assert normalize("★★★ Julmarknad på torget ★★★") == "Julmarknad på torget"


def test_a_versions_v_glued_to_its_number_is_version() -> None:
    assert normalize("Uppdatera appen till v3.2.1 före fredag.") == (
        "Uppdatera appen till version tre punkt två punkt ett före fredag.")


# Round 4, from normalize111 (written blind during the session, scored at c3526b50 and after rounds 1-3, identical):
# a numbered book of the Bible after a hymn ("psalm 297 och 2 Kor. 5:17" took the 2 for a second hymn), a case
# named before "med nr" ("målet med nr 1588-24" was read in pairs with its dash left).


def test_a_numbered_bible_book_after_a_hymn_keeps_its_number() -> None:
    assert normalize("Vi sjunger psalm 200 och 1 Kor. 13:4 läses.") == (
        "Vi sjunger psalm tvåhundra och Första Korinthierbrevet kapitel tretton vers fyra läses.")


def test_a_second_hymn_in_the_list_stays_a_hymn() -> None:
    assert normalize("Vi sjunger psalm 200 och 12 i kväll.") == "Vi sjunger psalm tvåhundra och tolv i kväll."


def test_a_case_named_before_med_nr_is_read_as_a_case_number() -> None:
    assert normalize("Hovrätten prövar målet med nr 2231-24 i maj.") == (
        "Hovrätten prövar målet med nummer tvåtusentvåhundratrettioett streck tjugofyra i maj.")


def test_ha_after_school_years_is_the_verb() -> None:
    assert normalize("Eleverna i åk 7–9 ska ha idrott tre gånger i veckan.") == (
        "Eleverna i årskurs sju till nio ska ha idrott tre gånger i veckan.")
    assert normalize("Gården köpte i år 40 ha skog.") == "Gården köpte i år fyrtio hektar skog."
