"""Session 44, from normalize146 (written blind at this session's start, scored before any change, then opened):

- a falling pair of measures joined by a dash was read as a range ("58,94 – 0,21 sek. bättre" -> "... till noll komma
  tjugoett sekunder"): a range rises, so the first number stands alone and the dash is a pause
  (``quantities._unit``);
- a police report's number with its year ("händelsenummer är 5000123-25") was read as a range of millions: a number of
  five digits or more written without spaces is no count a range starts from, it is an identifier, said digit by
  digit (``numerals._range``);
- a unit's stop before "à" ("1 200 tim. à 200 kr") was kept as the sentence's end (``quantities._UNITS``);
- the cross heading a death notice that gives the death again with its date was said "död" before the name
  (``notices.born``);
- a unit's short form after a count written as a word ("Ett kg kaffe", "två kg") was left to the voice
  (``short_measures``);
- a handball scorer's goals and penalties with "mål" after them ("Nils Sjö 9/3 mål") left the noun after the penalties
  ("nio varav tre på straff mål", ``sportnotes._goals``);
- from normalize148 (written blind mid-session, every combination of its readings written out, opened after its
  first score): a chapter inserted later ("8 a kap.") was read "åtta a kapitel", not as its paragraph's ordinal
  and definite form (``symbols._ordinal_section``);
- from normalize150 (written late, the same way): nautical miles before the sea's own direction words ("4 NM ost om
  Väddö", ``data/sea_words.DIRECTION_WORDS``), a housing ad's "boa" and "bia" after their measure
  (``clipped_places``), "TBL" after a law reference (``data/words.LAW_SHORT_NAMES``), a course's number after its
  name before a verb the tables do not know ("Svenska 1 ges" was "en", ``machinery.gender_after``), a count of
  flats before a year ("byggde 6 240 lgh 2024" was read as a flat's number, ``unit_readings.counted_flats``), a
  plusgiro number without its label in a notice's gift ("90 91 92-7" was "nittiotvå till sju", ``accounts``).

Written after the fixes, with other sentences. The guards: a rising range with a unit, a score, a short case number
after its label, a lone cross before a name, the kitchen's "en krm".
"""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_falling_pair_of_measures_is_no_range() -> None:
    assert normalize("Hon sänkte sitt rekord från 12,40 – 0,35 sek. snabbare än i fjol.") == (
        "Hon sänkte sitt rekord från tolv komma fyrtio – noll komma trettiofem sekunder snabbare än i fjol.")
    assert normalize("Sjön sjönk 40–25 cm på en månad.") == "Sjön sjönk fyrtio – tjugofem centimeter på en månad."


def test_guard_a_rising_pair_of_measures_is_a_range() -> None:
    assert normalize("Räkna med 3–4 tim. i skogen.") == "Räkna med tre till fyra timmar i skogen."
    assert normalize("Snödjupet var 20–35 cm.") == "Snödjupet var tjugo till trettiofem centimeter."


def test_a_long_unspaced_number_before_a_hyphen_is_an_identifier() -> None:
    assert normalize("Ange ärendet 4400712-26 när du ringer.") == (
        "Ange ärendet fyra fyra noll noll sju ett två streck tjugosex när du ringer.")
    assert normalize("Anmälan har nummer 61230-24.") == "Anmälan har nummer sex ett två tre noll streck tjugofyra."


def test_guard_short_numbers_and_spaced_thousands_stay_ranges() -> None:
    assert normalize("Mellan 1200-1500 personer väntas.") == "Mellan tolvhundra och femtonhundra personer väntas."
    assert normalize("Det kostar 1200-1500 kronor.") == "Det kostar tusentvåhundra till tusenfemhundra kronor."
    assert normalize("Det kom 12 000–15 000 besökare.") == "Det kom tolvtusen till femtontusen besökare."
    assert normalize("Ärendet har nr 23-117.") == "Ärendet har nummer tjugotre streck hundrasjutton."


def test_a_units_stop_before_a_rate_goes_on() -> None:
    assert normalize("Vi räknar med 40 tim. à 350 kr.") == "Vi räknar med fyrtio timmar à trehundrafemtio kronor."


def test_the_cross_heading_a_dated_notice_is_not_said() -> None:
    assert normalize("† Min käre make Sven Holm, * 3 april 1941, † 9 okt. 2026.") == (
        "Min käre make Sven Holm, född den tredje april nittonhundrafyrtioett, död den nionde oktober "
        "tvåtusentjugosex.")


def test_guard_a_lone_cross_before_a_name_says_the_death() -> None:
    assert normalize("† Elsa Berg, Åmål.") == "död Elsa Berg, Åmål."


def test_a_unit_after_a_count_in_words_is_said() -> None:
    assert normalize("Ett kg potatis räcker till fyra.") == "Ett kilo potatis räcker till fyra."
    assert normalize("Det var tre km kvar till mål.") == "Det var tre kilometer kvar till mål."
    assert normalize("Tolv dl vatten.") == "Tolv deciliter vatten."


def test_guard_the_kitchens_measure_after_en_keeps_its_gender() -> None:
    assert normalize("Tillsätt en krm salt.") == "Tillsätt ett kryddmått salt."


def test_a_scorers_goals_with_their_noun_after_them() -> None:
    assert normalize("Handboll: Hedby HK–Åsens IF 30–27. Flest mål: Eva Berg 8/2 mål.") == (
        "Handboll: Hedby hå kå mot Åsens i eff trettio mot tjugosju. Flest mål: Eva Berg åtta mål, varav två på straff.")


def test_guard_a_scorers_pair_without_the_noun() -> None:
    assert normalize("Handboll: Hedby HK–Åsens IF 30–27. Mål: Eva Berg 8/2, Lisa Ek 5.") == (
        "Handboll: Hedby hå kå mot Åsens i eff trettio mot tjugosju. Mål: Eva Berg åtta varav två på straff, Lisa Ek fem.")


def test_a_chapter_with_its_letter_is_an_ordinal_like_its_paragraph() -> None:
    assert normalize("Han döms enligt 4 b kap. 2 § lagen.") == "Han döms enligt fjärde b kapitlet andra paragrafen lagen."


def test_guard_a_chapter_without_a_letter_and_a_count_of_chapters() -> None:
    assert normalize("Han döms enligt 4 kap. 2 § lagen.") == "Han döms enligt fjärde kapitlet andra paragrafen lagen."
    assert normalize("Rapporten har 6 kap.") == "Rapporten har sex kapitel."


def test_the_seas_direction_words_make_nautical_miles() -> None:
    assert normalize("Ekan drev 2 NM väst om Holmön.") == "Ekan drev två nautiska mil väst om Holmön."
    assert normalize("Fartyget ankrade 5 M nord om Öland.") == "Fartyget ankrade fem nautiska mil nord om Öland."


def test_guard_nordic_championships_and_a_cheese() -> None:
    assert "nautiska" not in normalize("Hon tog guld i NM i Oslo.")
    assert normalize("Han åt 2 ost om dagen.") == "Han åt två ost om dagen."


def test_a_housing_ads_areas_after_their_measure() -> None:
    assert normalize("Radhus om 118 m² boa och 20 m² bia.") == (
        "Radhus om hundraarton kvadratmeter boarea och tjugo kvadratmeter biarea.")


def test_guard_a_boa_that_is_no_area() -> None:
    assert normalize("Artisten bar en rosa boa på scenen.") == "Artisten bar en rosa boa på scenen."


def test_the_traffic_offences_act_after_a_law_reference() -> None:
    assert normalize("Han döms enligt 4 § TBL.") == "Han döms enligt fjärde paragrafen trafikbrottslagen."


def test_a_number_after_a_name_names_it() -> None:
    assert normalize("Kursen Engelska 1 läses på kvällstid.") == "Kursen Engelska ett läses på kvällstid."


def test_guard_a_count_before_its_noun_keeps_its_gender() -> None:
    assert normalize("Hon köpte 1 bok.") == "Hon köpte en bok."
    assert normalize("Det kom 1 svar på Facebook.") == "Det kom ett svar på Facebook."


def test_a_count_of_flats_before_a_year() -> None:
    assert normalize("Bolaget byggde 90 lgh 2025.") == "Bolaget byggde nittio lägenheter tvåtusentjugofem."


def test_guard_a_flats_number_after_its_street() -> None:
    assert normalize("Adress: Åsvägen 12 lgh 1102, Umeå.") == "Adress: Åsvägen tolv lägenhet elva noll två, Umeå."


def test_a_plusgiro_number_without_its_label_in_a_gift() -> None:
    assert normalize("Tänk gärna på Diabetesfonden, 90 05 43-1.") == (
        "Tänk gärna på Diabetesfonden, nittio noll fem fyrtiotre ett.")


def test_guard_pairs_before_a_dash_elsewhere() -> None:
    assert "nittio noll fem fyrtiotre ett" not in normalize("Resultaten blev 90 05 43-1 i tävlingen.")
