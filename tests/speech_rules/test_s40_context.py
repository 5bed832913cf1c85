"""Session 40, from normalize132 (written blind at the session's start, opened for this round): a range before a
measure the unit tables lack ("85–116 GHz") had its first number glued to the second ("åttiofemhundrasexton"); a
Latin cross before a date ("✝ 14 feb. 2025") was dropped as an emoji, where the obituary's dagger "†" is "död"; a
time right after the clock's verb ("klockade 19.47 på 5 km") was read as the hour. From normalize133 (written blind
at the session's start, opened for this round): a post after "till" and an electing verb in its active voice
("Fullmäktige valde Eva Nord till ordf.") was "ordföranden", as a post one turns to; a law's subsection after an
ordinal ("6 § andra st.") was "stycken"; an acronym the lexicon expands was expanded inside an e-mail or web address
("info@brf-solbacken.se": "bostadsrättsföreningen"), where the listener needs the letters. Written after the fixes,
with other sentences; the guards: a lone measure, a cross that stands for no death, the clock's verb before "kl.", a
clock time with no verb of the clock, a post one turns to, a count of pieces, an acronym said as a word in an
address."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_range_before_a_measure_the_tables_lack_is_said_with_till() -> None:
    assert normalize("Radarn arbetar på 24–77 GHz i tätorten.") == (
        "Radarn arbetar på tjugofyra till sjuttiosju gigahertz i tätorten.")
    assert normalize("Strömmen låg på 3-12 mA under provet.") == "Strömmen låg på tre till tolv milliampere under provet."
    assert normalize("Kanalen sänder på 98,2–104,5 MHz.") == (
        "Kanalen sänder på nittioåtta komma två till hundrafyra komma fem megahertz.")


def test_a_lone_measure_and_a_range_after_mellan_keep_their_readings() -> None:
    assert normalize("Närradion hörs på 103,5 MHz.") == "Närradion hörs på hundratre komma fem megahertz."
    assert normalize("Signalen ligger mellan 2–6 GHz.") == "Signalen ligger mellan två och sex gigahertz."


def test_a_latin_cross_before_a_date_is_the_obituarys_dagger() -> None:
    assert normalize("Vår älskade mor Karin Lund ✝ 3 mars 2025, 91 år.") == (
        "Vår älskade mor Karin Lund död den tredje mars tvåtusentjugofem, nittioett år.")
    assert normalize("Nils Ek * 12 maj 1940 ✞ 1 juli 2025") == (
        "Nils Ek född den tolfte maj nittonhundrafyrtio död den första juli tvåtusentjugofem")


def test_a_cross_that_names_no_death_is_not_said() -> None:
    assert normalize("Församlingen ✝ bjuder in till sopplunch.") == "Församlingen bjuder in till sopplunch."


def test_a_time_after_the_clocks_verb_is_a_race_time() -> None:
    assert normalize("Segraren klockade 31.06 på milen i Mora.") == (
        "Segraren klockade trettioen minuter och sex sekunder på milen i Mora.")
    assert normalize("Hon klockar 18:40 på fem kilometer.") == (
        "Hon klockar arton minuter och fyrtio sekunder på fem kilometer.")


def test_the_clock_verb_before_kl_and_a_time_without_it_stay_clock_times() -> None:
    assert normalize("Han klockade ut kl. 16.45 i går.") == "Han klockade ut klockan sexton och fyrtiofem i går."
    assert normalize("Loppet startar 19.47 vid kyrkan.") == "Loppet startar nitton och fyrtiosju vid kyrkan."


def test_a_post_after_an_active_electing_verb_is_the_post_itself() -> None:
    assert normalize("Årsmötet omvalde Stig Ek till ordf.") == "Årsmötet omvalde Stig Ek till ordförande."
    assert normalize("Styrelsen utsåg i går Lena Berg till sekr.") == "Styrelsen utsåg i går Lena Berg till sekreterare."


def test_a_post_one_turns_to_stays_definite() -> None:
    assert normalize("Frågor om resan skickas till ordf.") == "Frågor om resan skickas till ordföranden."


def test_a_subsection_after_an_ordinal_is_stycket() -> None:
    assert normalize("Det följer av 4 § tredje st. förvaltningslagen.") == (
        "Det följer av fjärde paragrafen tredje stycket förvaltningslagen.")


def test_a_count_of_pieces_stays_stycken() -> None:
    assert normalize("Vi sålde 12 st. under dagen.") == "Vi sålde tolv stycken under dagen."


def test_an_acronym_the_lexicon_expands_is_spelled_in_an_address() -> None:
    assert normalize("Frågor till styrelsen@brf-eken.se tas emot.") == (
        "Frågor till styrelsen snabel-a be ärr eff bindestreck eken punkt se tas emot.")
    assert normalize("Läs mer på obs-hallen.se i dag.") == "Läs mer på o be ess bindestreck hallen punkt se i dag."


def test_an_acronym_said_as_a_word_is_said_so_in_an_address() -> None:
    assert normalize("Mer finns på unicef.se om insamlingen.") == "Mer finns på unicef punkt se om insamlingen."


def test_a_blood_groups_rh_sign_and_bare_sign_are_said() -> None:
    # normalize132's known gap b132n-h116 ("0 Rh−" left as written), closed in the same session
    assert normalize("Blodbanken söker givare med 0 Rh− i veckan.") == (
        "Blodbanken söker givare med noll ärr hå minus i veckan.")
    assert normalize("Blodgivarna med B− och AB+ kallas först.") == "Blodgivarna med be minus och a be plus kallas först."


def test_a_sign_after_a_letter_without_blood_keeps_its_reading() -> None:
    assert normalize("Eleven fick A+ på provet.") == "Eleven fick a plus på provet."
    assert normalize("Matchen slutade 2-0 efter paus.") == "Matchen slutade två mot noll efter paus."


def test_a_bound_before_floors_makes_them_a_count() -> None:
    # normalize134: "får husen vara högst 4 vån." was "högst våning fyra"
    assert normalize("Planen tillåter högst 6 vån. mot torget.") == "Planen tillåter högst sex våningar mot torget."
    assert normalize("Husen ska ha minst 3 vån.") == "Husen ska ha minst tre våningar."


def test_a_floor_in_an_address_stays_the_floor() -> None:
    assert normalize("Mottagningen finns på Kungsgatan 12, 3 vån.") == "Mottagningen finns på Kungsgatan tolv, tredje våningen."  # the floor's ordinal since session 58 (the writers accepted it in all 3 such rows, 'våning fem' in 2)


def test_one_oclock_with_its_zero_before_tiden_is_spelled_ettiden() -> None:
    # normalize134: "vid 01-tiden" was "etttiden", three t's
    assert normalize("Larmet kom vid 01-tiden i natt.") == "Larmet kom vid ettiden i natt."
    assert normalize("Det hände vid 03-tiden.") == "Det hände vid tretiden."


def test_a_lone_date_after_a_word_of_the_sentence_takes_den() -> None:
    # the evaluation set's writers said "den" there 86 times in 127, as every date in digits already gets it
    assert normalize("Simhallen öppnar 14 augusti efter renoveringen.") == (
        "Simhallen öppnar den fjortonde augusti efter renoveringen.")
    assert normalize("Han avled 2 mars 2025 i Hudiksvall.") == (
        "Han avled den andra mars tvåtusentjugofem i Hudiksvall.")


def test_a_date_after_a_preposition_a_range_or_a_weekday_keeps_its_reading() -> None:
    assert normalize("Reglerna gäller från 1 april.") == "Reglerna gäller från första april."
    assert normalize("Anmäl dig senast 3 maj.") == "Anmäl dig senast tredje maj."
    assert normalize("Utställningen visas 30 maj–2 juni.") == "Utställningen visas trettionde maj till andra juni."
    assert normalize("Marknaden hålls lördag 7 juni.") == "Marknaden hålls lördag den sjunde juni."
    assert normalize("Mötet hålls den 4 resp. 18 maj.") == "Mötet hålls den fjärde respektive artonde maj."


def test_a_surname_pers_with_its_stop_is_no_short_form() -> None:
    # normalize136: "Dödsboet efter Gunnar Pers." was "Gunnar Personer"
    assert normalize("Köparen är Maria Pers. Tillträde i maj.") == "Köparen är Maria Pers. Tillträde i maj."
    assert normalize("Bord för 6 pers. finns kvar.") == "Bord för sex personer finns kvar."


def test_a_monday_written_short_before_a_comma_and_a_time_is_the_day() -> None:
    # normalize132's known gap b132n-h086 ("varannan mån., kl. 17–19" left "mån")
    assert normalize("Juristjouren finns på plats varannan mån., kl. 18–20.") == (
        "Juristjouren finns på plats varannan måndag, klockan arton till tjugo.")


def test_the_word_man_before_a_comma_and_a_time_stays_the_word() -> None:
    assert normalize("Det stämmer i viss mån, kl. 9 var det fortfarande mörkt.") == (
        "Det stämmer i viss mån, klockan nio var det fortfarande mörkt.")


def test_hours_written_short_before_a_working_day_are_its_genitive() -> None:
    # normalize131 (opened after its never-read figures): "6 tim. arbetsdag" was "sex timmar arbetsdag"
    assert normalize("Facket kräver 7 tim. arbetsdag för nattpersonalen.") == (
        "Facket kräver sju timmars arbetsdag för nattpersonalen.")
    assert normalize("Arbetet tog 3 tim. Pass på!") == "Arbetet tog tre timmar. Pass på!"


def test_an_eu_acts_year_and_number_in_brackets_after_its_word() -> None:
    # normalize131: "direktiv (2024/1275)" lost its slash ("tvåtusentjugofyra ett två sju fem")
    assert normalize("Kommunen följer direktiv (2023/1791) om energieffektivitet.") == (
        "Kommunen följer direktiv (tvåtusentjugotre snedstreck sjuttonhundranittioett) om energieffektivitet.")
