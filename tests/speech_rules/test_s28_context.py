"""Session 28, from normalize83 and normalize85 (scored blind, read at the session's start): a range of Roman numerals
after any word ("Fjäll I–III" was "Fjäll I–i i i"), and an emoji counted by a quantity in words ("fick tusentals ❤️"
lost its noun). Written after the fixes, with other sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_range_of_roman_numerals_after_a_name() -> None:
    assert normalize("Läs romansviten ”Himmelsberg II–IV” i sommar.") == "Läs romansviten ”Himmelsberg två till fyra” i sommar."
    assert normalize("Utställningen Rum I–III öppnar i maj.") == "Utställningen Rum ett till tre öppnar i maj."


def test_no_roman_range_where_it_falls_or_is_two_letters() -> None:
    assert "fyra till två" not in normalize("Salen Rum IV–II stängs.")
    assert "ett till fem" not in normalize("Mätaren visar en I–V-kurva.")


def test_an_emoji_counted_by_a_quantity_in_words() -> None:
    assert normalize("Bilden på lammen fick hundratals ❤️ på en kväll.") == (
        "Bilden på lammen fick hundratals hjärtan på en kväll.")
    assert normalize("Klippet fick massor av 👍 i kommentarerna.") == "Klippet fick massor av tummar upp i kommentarerna."


def test_an_emoji_after_other_words_is_still_dropped() -> None:
    assert normalize("Vilken dag 🌞 i parken.") == "Vilken dag i parken."


def test_ha_after_a_year_is_the_verb_with_a_modal_and_a_supine() -> None:
    assert normalize("Mannen ska under åren 2017–2020 ha tagit emot mutor.") == (
        "Mannen ska under åren tvåtusensjutton till tvåtusentjugo ha tagit emot mutor.")
    assert normalize("Bolaget uppges 2021 ha sålt marken.") == "Bolaget uppges tvåtusentjugoett ha sålt marken."


def test_ha_after_a_count_stays_hectares() -> None:
    assert normalize("Gården har 35 ha åker och 12 ha skog.") == "Gården har trettiofem hektar åker och tolv hektar skog."
    assert normalize("Kommunen kan köpa ett 18 ha stort område.") == "Kommunen kan köpa ett arton hektar stort område."


def test_a_distance_after_de_sista_is_definite() -> None:
    assert normalize("Hon tappade mark under de sista 5 km.") == "Hon tappade mark under de sista fem kilometrarna."
    assert normalize("De första 400 m gick i motvind.") == "De första fyrahundra metrarna gick i motvind."
    assert normalize("Han cyklade 5 km till jobbet.") == "Han cyklade fem kilometer till jobbet."  # no definite before


def test_a_whole_and_a_half_before_a_span() -> None:
    assert normalize("Låt degen jäsa 1 ½–2 timmar under bakduk.") == (
        "Låt degen jäsa en och en halv till två timmar under bakduk.")
    assert normalize("Räkna med 2 ½–3 år till examen.") == "Räkna med två och ett halvt till tre år till examen."
    assert normalize("Koka i ½–1 minut.") == "Koka i en halv till en minut."  # the part alone as before


def test_time_lost_or_gained_in_a_race() -> None:
    assert normalize("På tredje sträckan tappade Ulla Berg 2.13 till täten.") == (
        "På tredje sträckan tappade Ulla Berg två minuter och tretton sekunder till täten.")
    assert normalize("Laget knappade in 0.52 på ledarna i skogen.") == (
        "Laget knappade in femtiotvå sekunder på ledarna i skogen.")


def test_a_weather_symbol_glued_to_another_emoji_is_decoration() -> None:
    assert normalize("”Fredag i Visby 🌞🍹” skrev hotellet när det var 25 grader.") == (
        "”Fredag i Visby” skrev hotellet när det var tjugofem grader.")
    assert normalize("Prognos för lördag: 🌧 och 9 grader.") == "Prognos för lördag: regn och nio grader."


def test_a_distance_after_de_alone_is_definite_and_not_after_a_verb() -> None:
    # normalize88, read after it was scored at the session's end
    assert normalize("I Vasaloppet åkte han de 90 km på under fem timmar.") == (
        "I Vasaloppet åkte han de nittio kilometrarna på under fem timmar.")
    assert normalize("Vi hade 12 km kvar till stugan.") == "Vi hade tolv kilometer kvar till stugan."


def test_a_mixed_case_agency_said_as_a_word() -> None:
    assert normalize("Det visar HaV:s nya rapport om övergödning.") == "Det visar Havs nya rapport om övergödning."
