"""Session 41, from normalize135 and normalize137 (written blind in session 40, scored there and at this session's
start, opened for this round): a day and month before "av" and who did it or why ("avgick 1/9 av hälsoskäl",
"överlämnades 9/12 av klubbpres.") was read as a part ("en niondel", "nio tolftedelar"; "invigdes 15/9 av rektor"
even "femton niondelar"); a phone number's extension ("ank. 4412") was an arrival and a count
("ankomst fyratusen…"); "var 18:e–24:e mån." left "mån"; an association's legal form ("u.p.a.") was left in letters.
Written after the fixes, with other sentences; the guards: a part of a whole before "av", an arrival before a time,
the idiom "i viss mån", a lone "mån" after a date word."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_day_and_month_before_av_and_an_agent_or_a_cause_is_a_date() -> None:
    assert normalize("Bron invigdes 14/8 av landshövding Eva Berg.") == (
        "Bron invigdes fjortonde augusti av landshövding Eva Berg.")
    assert normalize("Hon avgick 2/11 av personliga skäl.") == "Hon avgick andra november av personliga skäl."
    assert normalize("Priset delades ut 20/6 av Lars Holm.") == "Priset delades ut tjugonde juni av Lars Holm."
    assert normalize("Stugan såldes 28/2 av dödsboet.") == "Stugan såldes tjugoåttonde februari av dödsboet."


def test_a_part_of_a_whole_before_av_stays_a_part() -> None:
    assert normalize("Drygt 2/3 av eleverna klarade provet.") == "Drygt två tredjedelar av eleverna klarade provet."
    assert normalize("Hela 5/6 av medlemmarna röstade ja.") == "Hela fem sjättedelar av medlemmarna röstade ja."
    assert normalize("Bara 7/10 av dem kom.") == "Bara sju tiondelar av dem kom."
    assert normalize("Nästan 1/4 av budgeten gick till vägar.") == "Nästan en fjärdedel av budgeten gick till vägar."


def test_an_extension_after_a_phone_number_is_dialled() -> None:
    assert normalize("Frågor: ring 0470-41 00 00 ank. 2315.") == (
        "Frågor: ring noll fyra sju noll fyrtioett noll noll noll noll anknytning tjugotre femton.")
    assert normalize("Receptionen nås på 08-555 123 00, ankn. 14.") == (
        "Receptionen nås på noll åtta femhundrafemtiofem hundratjugotre noll noll, anknytning fjorton.")


def test_an_arrival_before_a_time_stays_an_arrival() -> None:
    assert normalize("Tåget ank. 21.40 till Luleå.") == "Tåget ankommer tjugoett och fyrtio till Luleå."
    assert normalize("Ank. kl. 14.05, avg. kl. 14.20.").startswith("Ankomst klockan fjorton")


def test_a_month_after_var_and_an_ordinal_is_counted() -> None:
    assert normalize("Filtret byts var 6:e mån.") == "Filtret byts var sjätte månad."
    assert normalize("Kontroll sker var 2:a–3:e mån och kostar inget.") == (
        "Kontroll sker var andra till tredje månad och kostar inget.")


def test_mån_as_a_word_or_a_day_keeps_its_reading() -> None:
    assert normalize("Det stämmer i viss mån.") == "Det stämmer i viss mån."
    assert normalize("Svar senast mån.") == "Svar senast måndag."


def test_an_associations_legal_form_is_said_in_full() -> None:
    assert normalize("Årsstämma i Byns Vattenförening u.p.a. på fredag.") == (
        "Årsstämma i Byns Vattenförening utan personligt ansvar på fredag.")
    assert normalize("Hälsinge Foder ek. för. växer.") == "Hälsinge Foder ekonomisk förening växer."


def test_a_courts_case_number_with_a_code_of_letters_is_an_identifier() -> None:
    # "UM 4471-24" (a migration court's case) was "fyratusenfyrahundrasjuttioett till tjugofyra", a range
    assert normalize("Migrationsdomstolen avslog, UM 2290-25.") == (
        "Migrationsdomstolen avslog, u emm tvåtusentvåhundranittio streck tjugofem.")
    assert normalize("Domen i mål FT 3381-24 meddelas i dag.") == (
        "Domen i mål eff te tretusentrehundraåttioett streck tjugofyra meddelas i dag.")


def test_a_season_after_a_leagues_letters_stays_a_span() -> None:
    assert normalize("SHL 2025-26 startar i september.") == "ess hå ell tvåtusentjugofem till tjugosex startar i september."


def test_hits_out_of_attempts_by_a_stat_word_around_them() -> None:
    # "0/6" after "Powerplay-statistiken visar" was "noll sex"; "2/5 i powerplay" was "andra maj"
    assert normalize("Boxplay-statistiken visar 14/16 för hemmalaget.") == (
        "Boxplay-statistiken visar fjorton av sexton för hemmalaget.")
    assert normalize("Gästerna hade 1/4 i powerplay.") == "Gästerna hade ett av fyra i powerplay."
    assert normalize("Hon satte 5/7 på straffar.") == "Hon satte fem av sju på straffar."


def test_a_date_before_a_place_stays_a_date() -> None:
    assert normalize("Finalen spelas 3/5 i Borlänge.") == "Finalen spelas tredje maj i Borlänge."


def test_alcohol_by_volume_with_its_word_first_is_volymprocent() -> None:
    # "2,25 vol.-%" was "två komma tjugofem volym-%", the sign left unsaid
    assert normalize("Julmusten får hålla högst 2,25 vol.-% alkohol.") == (
        "Julmusten får hålla högst två komma tjugofem volymprocent alkohol.")
    assert normalize("Porten håller 6,5 vol-% och stouten 8 vol.%.") == (
        "Porten håller sex komma fem volymprocent och stouten åtta volymprocent.")
    assert normalize("Andelen var 3 % i volym.") == "Andelen var tre procent i volym."


def test_an_invoice_number_after_a_label_written_short_is_an_identifier() -> None:
    # "fakturanr 2025-00871" was "tvåtusentjugofem-noll noll åtta sju ett", the hyphen left between the words
    assert normalize("Ange ordernr 2026-00412 vid frågor.") == (
        "Ange ordernummer tvåtusentjugosex streck noll noll fyra ett två vid frågor.")


def test_a_page_and_the_next_after_f() -> None:
    # "s. 14 f." was "sidan fjorton f."
    assert normalize("Läs bakgrunden på s. 8 f. i bilagan.") == "Läs bakgrunden på sidan åtta och följande i bilagan."
    assert normalize("(Se s. 31 f.)") == "(Se sidan trettioett och följande)"


def test_f_before_a_year_stays_born() -> None:
    assert normalize("Karin Lund, f. 1951, har avlidit.") == "Karin Lund, född nittonhundrafemtioett, har avlidit."


def test_a_currency_pair_is_one_currency_against_the_other() -> None:
    # "EUR/SEK" was "e u ärr svenska kronor"
    assert normalize("EUR/SEK handlades kring 11,40.") == "Euron mot kronan handlades kring elva komma fyrtio."
    assert normalize("Under veckan föll USD/SEK och GBP/SEK.") == (
        "Under veckan föll dollarn mot kronan och pundet mot kronan.")
    assert normalize("Handeln i NOK/SEK var lugn.") == "Handeln i norska kronan mot svenska kronan var lugn."


def test_a_known_acronym_glued_to_a_word_in_an_address_is_spelled() -> None:
    # "info@brfsolsidan.se" was read as one word, "brfsolsidan"
    assert normalize("Skriv till styrelsen@brfmagnolian.se.") == "Skriv till styrelsen snabel-a be ärr eff magnolian punkt se."
    assert normalize("Läs mer på hsbsundsvall.se.") == "Läs mer på hå ess be sundsvall punkt se."


def test_a_label_one_can_say_stays_whole() -> None:
    assert normalize("Mejla info@skelleftea.se.") == "Mejla info snabel-a skelleftea punkt se."


def test_a_laws_short_name_before_its_chapter_is_the_law() -> None:
    # "RB 23 kap. 1 §" was "ärr be tjugotredje kapitlet …"
    assert normalize("Se även BrB 4 kap. 4 §.") == "Se även brottsbalken fjärde kapitlet fjärde paragrafen."
    assert normalize("Det följer av RB 35 kap.") == "Det följer av rättegångsbalken trettiofemte kapitlet."
    assert normalize("Hon läste RF i skolan.") == "Hon läste ärr eff i skolan."


def test_rooms_and_kitchen_written_with_spaces() -> None:
    # "5 r o k" was left as letters
    assert normalize("Radhus 4 r o k med altan.") == "Radhus fyra rum och kök med altan."


def test_a_range_ending_in_a_half_before_a_measure_is_a_range() -> None:
    # "1–1½ tim." was "ett mot ett och en halv timme", a half-point score
    assert normalize("Låt degen jäsa 1–1½ tim.") == "Låt degen jäsa en till en och en halv timme."
    assert normalize("Tillsätt 2–2½ dl mjölk.") == "Tillsätt två till två och en halv deciliter mjölk."


def test_a_half_point_score_keeps_mot() -> None:
    assert normalize("Laget vann matchen med 3½–2½ i sista ronden.") == (
        "Laget vann matchen med tre och en halv mot två och en halv i sista ronden.")



def test_a_compass_point_in_small_letters_after_a_distance_is_the_direction() -> None:
    # "12 km ssv. om Kiruna" was left "ssv."
    assert normalize("Skalvet hade sitt centrum 8 km nnv. om Gällivare.") == (
        "Skalvet hade sitt centrum åtta kilometer nordnordväst om Gällivare.")
    assert normalize("Stugan ligger 3 km so om byn.") == "Stugan ligger tre kilometer sydost om byn."


def test_small_letters_that_are_no_direction_stay() -> None:
    assert normalize("Hon pratade 2 km om dagen.") == "Hon pratade två kilometer om dagen."


def test_an_isotope_with_its_raised_mass_number() -> None:
    # "¹⁴C-daterade" was left with its raised digits
    assert normalize("Benen är ¹⁴C-daterade till 800 f.Kr.") .startswith("Benen är kol fjorton-daterade till åttahundra")
    assert normalize("Halten ¹³¹I steg efter olyckan.") == "Halten jod hundratrettioett steg efter olyckan."
