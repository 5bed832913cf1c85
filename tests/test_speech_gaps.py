"""Rule tables (``_in``/``_out``, as in tests/speech_rules/) for the phenomena
of issue #10: the known gaps of the evaluation set read as a careful Swedish
newsreader says them, and the forms found on held-out set 8. Each table was
written after its fix, with other words and numbers than the cases that
showed the gap."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules import SpeechRule


def check(rule: SpeechRule, _in: list[str], _out: list[str]) -> None:
    """Every row of the table: ``rule(_in[i]) == _out[i]``."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert rule(text, None) == want, f"{rule.__name__}({text!r})"


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line (for forms several rules share)."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_compound_one_before_points() -> None:
    from audiocast.speech.rules import cardinals

    _in = [
        "Laget har 41 poäng.",
        "Hon tog 1 poäng.",
        "Han gjorde 21 poäng och 101 poäng",
        "Med 1 001 poäng vann hon.",
        "21 poängs ledning",
        "31 lag",
        "31 kronor",
    ]
    _out = [
        "Laget har fyrtioett poäng.",
        "Hon tog en poäng.",
        "Han gjorde tjugoett poäng och hundraett poäng",
        "Med tusenett poäng vann hon.",
        "tjugoett poängs ledning",
        "trettioett lag",
        "trettioett kronor",
    ]
    check(cardinals, _in, _out)


def test_paragraph_with_letter_is_an_ordinal_like_its_chapter() -> None:
    # session 12: the ordinal, as seven of nine blind writers said it (it was the cardinal, "tolv b")
    from audiocast.speech.rules import symbols

    _in = [
        "enligt 12 b § förvaltningslagen",
        "3 kap. 21 a §",
        "enligt 9 § och 9 a §",
        "1 kap. 2 §",
    ]
    _out = [
        "enligt tolfte b paragrafen förvaltningslagen",
        "tredje kapitlet tjugoförsta a paragrafen",
        "enligt nionde paragrafen och nionde a paragrafen",
        "första kapitlet andra paragrafen",
    ]
    check(symbols, _in, _out)


def test_train_number_after_a_train_compound() -> None:
    from audiocast.speech.rules import identifiers

    _in = [
        "Öresundståg 1123 är inställt.",
        "Nattåget 3941 och 3943 ställs in.",
        "Krösatåg 1516 mot Växjö",
        "Luciatåget 2024 gick genom stan.",
        "Godståg 4400 spårade ur",
        "tåg 7734",
    ]
    _out = [
        "Öresundståg elva tjugotre är inställt.",
        "Nattåget trettionio fyrtioett och trettionio fyrtiotre ställs in.",
        "Krösatåg femton sexton mot Växjö",
        "Luciatåget 2024 gick genom stan.",
        "Godståg fyrtiofyrahundra spårade ur",
        "tåg sjuttiosju trettiofyra",
    ]
    check(identifiers, _in, _out)


def test_batch_and_lot_numbers_digit_by_digit() -> None:
    from audiocast.speech.rules import identifiers_by_label

    _in = [
        "Berörda förpackningar har lotnummer 20931.",
        "Kontrollera partinr. 7781 på locket.",
        "batchnummer 3306 och 3307",
        "lotnr 5521 och 12 kartonger",
        "En batch 200 flaskor",
    ]
    _out = [
        "Berörda förpackningar har lotnummer två noll nio tre ett.",
        "Kontrollera partinr. sju sju åtta ett på locket.",
        "batchnummer tre tre noll sex och tre tre noll sju",
        "lotnr fem fem två ett och 12 kartonger",
        "En batch 200 flaskor",
    ]
    check(identifiers_by_label, _in, _out)


def test_police_case_running_number_digit_by_digit() -> None:
    from audiocast.speech.rules import identifiers_by_label

    _in = ["ärendet 3000-K246810-26 är nedlagt", "K135792-24"]
    _out = ["ärendet tretusen streck kå två fyra sex åtta ett noll streck tjugosex är nedlagt",
            "kå ett tre fem sju nio två streck tjugofyra"]
    check(identifiers_by_label, _in, _out)


def test_teams_with_a_dash_before_their_result_said_with_mot() -> None:
    from audiocast.speech.rules import team_results

    _in = [
        "Hammarby IF–IFK Norrköping 2–3 i går",
        "Villa Lidköping–Edsbyns IF 5–2 (3–0)",
        "Sverige – Finland 1–1",
        "Sträckan Kiruna–Gällivare 1–2 timmar",
        "Mån–Fre 09–16",
    ]
    _out = [
        "Hammarby IF mot IFK Norrköping två mot tre i går",
        "Villa Lidköping mot Edsbyns IF fem mot två (tre mot noll)",
        "Sverige mot Finland ett mot ett",
        "Sträckan Kiruna–Gällivare 1–2 timmar",
        "Mån–Fre 09–16",
    ]
    check(team_results, _in, _out)


def test_acronym_said_as_a_word_kept_after_its_expansion() -> None:
    from audiocast.speech.rules import parties

    _in = [
        "Statens institutionsstyrelse (SIS) svarar",
        "Nationella operativa avdelningen (NOA) tar över",
        "Myndigheten för samhällsskydd och beredskap (MSB) varnar",
    ]
    _out = [
        "Statens institutionsstyrelse (SIS) svarar",
        "Nationella operativa avdelningen (NOA) tar över",
        "Myndigheten för samhällsskydd och beredskap (MSB) varnar",  # s7: initials kept, as blind writers keep them
    ]
    check(parties, _in, _out)


def test_gif_after_a_club_name_is_spelled() -> None:
    check_line(["Sandvikens GIF tog ledningen.", "GIF Sundsvall spelar i kväll."],
               ["Sandvikens ge i eff tog ledningen.", "ge i eff Sundsvall spelar i kväll."])


def test_name_and_its_number_joined_by_a_hyphen_keep_it() -> None:
    from audiocast.speech.rules import number_compounds

    _in = ["fick covid-19 i mars", "V86-2 startar", "Top-10 i år", "covid-19-fallen", "E4-an", "tio 5-åringar"]
    # (s9 S1: the rule says the name's number itself, in the counting form: "V4-1 vanns" is "ett", not "en")
    # (session 57: a word keeps the hyphen before its number, the writers' 18 to 6; a game's leg does not; session
    # 58: and the compound after the number keeps its own, "covid-nitton-fallen", the writers' 15 to 3)
    _out = ["fick covid-nitton i mars", "ve åttiosex två startar", "Top-tio i år", "covid-nitton-fallen", "e fyran",
            "tio femåringar"]
    check(number_compounds, _in, _out)


def test_a_weighted_decibels_keep_their_letter() -> None:
    check_line(["Riktvärdet är 55 dB(A) vid fasaden.", "Ljudet nådde 102 dBA.", "Gränsen är 40 dB."],
               ["Riktvärdet är femtiofem decibel a vid fasaden.", "Ljudet nådde hundratvå decibel a.",
                "Gränsen är fyrtio decibel."])


def test_abbreviation_heading_a_compound_joins_it() -> None:
    from audiocast.speech.rules import abbreviations

    _in = ["Jfr-pris 18:95/l", "jfr-priset är lägre", "jfr. med i fjol", "Jfr tabell 2"]
    # "jfr. med i fjol" compares two values: "jämfört med" (session 10, normalize29's writer)
    _out = ["Jämförpris 18:95/l", "jämförpriset är lägre", "jämfört med i fjol", "Jämför tabell 2"]
    check(abbreviations, _in, _out)


def test_colon_price_per_unit_is_no_race_time() -> None:
    _in = ["Lammfärs, jfr-pris 119:50/kg.", "Mjölk 17:25/l i veckan.", "Skinka 24:30/hg.",
           "Hon sprang på 42:15 i Göteborg."]
    _out = ["Lammfärs, jämförpris hundranitton och femtio per kilo.", "Mjölk sjutton och tjugofem per liter i veckan.",
            "Skinka tjugofyra och trettio per hekto.", "Hon sprang på fyrtiotvå minuter och femton sekunder i Göteborg."]
    check_line(_in, _out)


def test_notice_marks_are_said_where_they_stand() -> None:
    from audiocast.speech.rules import born

    _in = ["Gunnar Holm * 12 juni 1942 † 30 oktober 2025", "Maj Berg *1939 †2025", "Per Ek, * 1950, † 2024",
           "3 * 4 är tolv"]
    _out = ["Gunnar Holm född den 12 juni 1942 † den 30 oktober 2025", "Maj Berg född 1939 †2025",
            "Per Ek, född 1950, † 2024", "3 * 4 är tolv"]
    check(born, _in, _out)


def test_school_span_from_preschool_class() -> None:
    from audiocast.speech.rules import school_years

    _in = ["en ny F–6-skola", "Skolan har F–3 och fritids.", "skolan F–9 i Byn", "Planet F-16 landade",
           "elever i F-klass", "Sektion F–4 i rapporten"]
    _out = ["en ny eff till sex-skola", "Skolan har eff till tre och fritids.", "skolan eff till nio i Byn",
            "Planet F-16 landade", "elever i F-klass", "Sektion F–4 i rapporten"]
    check(school_years, _in, _out)


def test_less_than_before_a_count_or_an_age() -> None:
    from audiocast.speech.rules import symbols

    _in = ["Analysen visade < 20 bakterier", "ungdomar < 26 år", "vid < 5 °C", "halten < 3 mg"]
    _out = ["Analysen visade mindre än 20 bakterier", "ungdomar under 26 år", "vid under 5 °C",
            "halten mindre än 3 mg"]
    check(symbols, _in, _out)


def test_two_connection_speeds_with_a_slash() -> None:
    from audiocast.speech.rules import units

    _in = ["ger 250/50 Mbit/s", "1 000/1 000 Mbit/s", "10/10 Gbit/s i stamnätet", "5 Mbit/s"]
    _out = ["ger tvåhundrafemtio snedstreck femtio megabit per sekund",
            "tusen snedstreck tusen megabit per sekund", "tio snedstreck tio gigabit per sekund i stamnätet",
            "fem megabit per sekund"]
    check(units, _in, _out)


def test_penalty_tallies_set_against_each_other() -> None:
    from audiocast.speech.rules import team_results

    _in = ["utvisningar 5x2–7x2.", "Utvisningsminuter: 2x2–3x2", "ytan 3x4–4x5 meter"]
    _out = ["utvisningar fem gånger två mot sju gånger två.", "Utvisningsminuter: två gånger två mot tre gånger två",
            "ytan 3x4–4x5 meter"]
    check(team_results, _in, _out)


def test_swish_number_in_its_groups() -> None:
    from audiocast.speech.rules import identifiers_by_label

    _in = ["via Swish 123 987 65 43.", "Swishnummer 900 246 80 13", "Swisha 1239876543", "Swisha 200 kr till oss"]
    _out = ["via Swish ett två tre nio åtta sju sex fem fyra tre.",
            "Swishnummer nio noll noll två fyra sex åtta noll ett tre",
            "Swisha ett två tre nio åtta sju sex fem fyra tre", "Swisha 200 kr till oss"]
    check(identifiers_by_label, _in, _out)


def test_phone_number_after_sms_is_a_phone_number() -> None:
    from audiocast.speech.rules import identifiers_by_label

    _in = ["eller sms:a 073-555 12 90.", "sms till 72 980", "Sms till 0702-44 55 66"]
    _out = ["eller sms:a 073-555 12 90.", "sms till sjuttiotvå niohundraåttio", "Sms till 0702-44 55 66"]
    check(identifiers_by_label, _in, _out)


def test_last_years_figure_in_brackets_after_kronor() -> None:
    from audiocast.speech.rules import money

    _in = ["blev 4,10 kr (3,85) för kvartalet", "höjs till 3,25 procent (2,90)", "utdelning 1,20 kr/aktie (0,95)"]
    _out = ["blev fyra kronor och tio öre (tre kronor och åttiofem öre) för kvartalet", "höjs till 3,25 procent (2,90)",
            "utdelning en krona och tjugo öre per aktie (nittiofem öre)"]
    check(money, _in, _out)


def test_ski_style_and_race_times_in_a_result_list() -> None:
    from audiocast.speech.rules import race_times

    _in = ["Herrar 30 km F: etta Per Ek, 1.12.40", "vann Vätternrundan på 7.58.12", "tvåa Eva Ek, Mora, 41.07;",
           "tvåa med 3.25 poäng", "vid 12.45 i dag", "kl. 20.15"]
    _out = ["Herrar 30 km fri stil: etta Per Ek, en timme tolv minuter och fyrtio sekunder",
            "vann Vätternrundan på sju timmar femtioåtta minuter och tolv sekunder", "tvåa Eva Ek, Mora, fyrtioen minuter och sju sekunder;",
            "tvåa med 3.25 poäng", "vid 12.45 i dag", "kl. 20.15"]
    check(race_times, _in, _out)


def test_measure_joined_to_its_noun_is_a_genitive() -> None:
    from audiocast.speech.rules import units

    _in = ["i 33 cl-burk", "en 2 kg-påse potatis", "i 0,5 l-flaska", "500 g-paketet", "5 p-platser", "3 km-slingan"]
    _out = ["i trettiotre centiliters burk", "en två kilos påse potatis", "i noll komma fem liters flaska",
            "femhundra grams paketet", "5 p-platser", "trekilometersslingan"]
    check(units, _in, _out)


def test_model_code_read_by_its_parts() -> None:
    from audiocast.speech.rules import identifiers_by_label

    _in = ["Sony KD-55X85J", "hörlurarna AB-900NC", "modellen QX-2468T", "K-12345"]
    _out = ["Sony kå de femtiofem eks åttiofem ji", "hörlurarna a be niohundra enn ce",
            "modellen ku eks två fyra sex åtta te", "K-12345"]
    check(identifiers_by_label, _in, _out)


def test_chess_moves_after_a_move_number() -> None:
    from audiocast.speech.rules import chess_moves

    _in = ["spelade 1.d4 d5 2.c4", "efter 17. Txe8+ var det klart", "vitamin C och E4:an", "på 1.5 meter"]
    _out = ["spelade ett de fyra de fem två ce fyra", "efter sjutton torn slår e åtta schack var det klart",
            "vitamin C och E4:an", "på 1.5 meter"]
    check(chess_moves, _in, _out)


def test_letter_x_named_eks() -> None:
    from audiocast.speech.rules import lone_letters

    _in = ["X:s ägare", "längs y-axeln", "bokstaven x", "planen B:s", "S:t Göran", "på X i går"]
    _out = ["eks ägare", "längs y-axeln", "bokstaven eks", "planen bes", "S:t Göran", "på eks i går"]
    check(lone_letters, _in, _out)


def test_definite_vd_takes_the_ending_on_the_letters() -> None:
    from audiocast.speech.rules import abbreviations, acronyms

    check(abbreviations, ["Bolagets vd:n lämnar", "vd:ns bonus", "två vd:ar", "framför tv:n", "ny vd i maj"],
          ["Bolagets ve den lämnar", "ve dens bonus", "två ve de-ar", "framför teven", "ny ve de i maj"])
    check(acronyms, ["VD:n sa nej", "SVT:ns sändning", "SVT:s sändning"],
          ["ve den sa nej", "ess ve tens sändning", "ess ve tes sändning"])


def test_school_term_before_its_year() -> None:
    from audiocast.speech.rules import terms

    _in = ["startar HT 2026 i Umeå", "ges igen VT 27", "Antagning VT27", "Ht-24 blev lugn", "VT skrev i går", "HT-skylten"]
    _out = ["startar höstterminen tvåtusentjugosex i Umeå", "ges igen vårterminen tjugosju", "Antagning vårterminen tjugosju",
            "Höstterminen tjugofyra blev lugn", "VT skrev i går", "HT-skylten"]
    check(terms, _in, _out)


def test_points_with_three_decimals() -> None:
    from audiocast.speech.rules import units

    _in = ["vann med 14,266 poäng", "fick 12,875 p.", "loppet är 42,195 km", "fick 8,5 poäng"]
    _out = ["vann med fjorton komma tvåhundrasextiosex poäng", "fick tolv komma åttahundrasjuttiofem poäng.",
            "loppet är fyrtiotvå komma ett nio fem kilometer", "fick 8,5 poäng"]
    check(units, _in, _out)


def test_bankgiro_in_its_written_groups() -> None:
    check_line(["Gåvor via bg 5319-2207.", "Betala till BG 741-3388.", "Bankgiro: 6120-4400"],
               ["Gåvor via bankgiro femtiotre nitton tjugotvå noll sju.",
                "Betala till bankgiro sjuhundrafyrtioett trettiotre åttioåtta.",
                "Bankgiro: sextioett tjugo fyrtiofyra noll noll"])


def test_handles_in_camel_case_and_after_an_acronym() -> None:
    from audiocast.speech.rules import symbols

    _in = ["av @SVTsport i går", "följ @LundsKommun", "@DNkultur skrev", "@polisen_syd"]
    # (a handle's words in camel case are one as written since session 63: the writers' 17 rows to 2)
    _out = ["av snabel-a ess ve te sport i går", "följ snabel-a LundsKommun", "snabel-a de enn kultur skrev",
            "snabel-a polisen understreck syd"]
    check(symbols, _in, _out)


def test_hashtag_with_a_year_or_an_underscore() -> None:
    from audiocast.speech.rules import symbols

    _in = ["märkt #SM2026 i går", "#vasaloppet_live", "#LuleåHockey", "#1 på listan"]
    _out = ["märkt hashtag SM 2026 i går", "hashtag vasaloppet live", "hashtag Luleå Hockey", "nummer 1 på listan"]
    check(symbols, _in, _out)


def test_postal_code_and_its_town() -> None:
    from audiocast.speech.rules import postal_codes

    _in = ["Box 44, 831 21 ÖSTERSUND", "Hamngatan 3, 21120 Malmö", "postnummer 90325", "Torget 2, 532 03 Skara",
           "köpte 41000 Volvobilar", "kostade 120 00"]
    _out = ["Box 44, åttahundratrettioett tjugoett Östersund", "Hamngatan 3, tvåhundraelva tjugo Malmö",
            "postnummer niohundratre tjugofem", "Torget 2, femhundratrettiotvå noll tre Skara",
            "köpte 41000 Volvobilar", "kostade 120 00"]
    check(postal_codes, _in, _out)


def test_superscript_digit_in_a_spelled_name_is_no_number() -> None:
    # found by the hypothesis test: int("²") raised inside spell()
    assert normalize("0@A².0").startswith("Noll snabel-a")
    assert isinstance(normalize("mejla x²@y.se eller B²"), str)


def test_result_between_two_clubs() -> None:
    from audiocast.speech.rules import team_results

    _in = ["Ljungskile SK 3-1 Utsiktens BK.", "Tyresö FF 0 – 2 Hammarby IF", "Storgatan 2–4 Malmö"]
    _out = ["Ljungskile SK tre mot ett Utsiktens BK.", "Tyresö FF noll mot två Hammarby IF", "Storgatan 2–4 Malmö"]
    check(team_results, _in, _out)


def test_teams_after_a_match_word_in_a_line_without_digits() -> None:
    check_line(["Derbyt AIK–Hammarby lockade fullt hus.", "Kvalmatchen IFK Norrköping–Örgryte IS flyttas.",
                "Vägen Luleå–Boden stängs."],
               ["Derbyt a i kå mot Hammarby lockade fullt hus.",
                "Kvalmatchen i eff kå Norrköping mot Örgryte i ess flyttas.", "Vägen Luleå–Boden stängs."])


def test_letter_or_abbreviation_before_a_hyphen() -> None:
    from audiocast.speech.rules import abbreviations, parties

    check(abbreviations, ["jmf-pris 199:80/kg", "Jfr.pris 12", "jmfpris"], ["jämförpris 199:80/kg",
                                                                              "Jämförpris 12", "jämförpris"])
    check(parties, ["till X-Games", "vid T-Centralen", "K-G Ek", "en C-uppsats"],
          ["till eks-Games", "vid te-Centralen", "K-G Ek", "en ce-uppsats"])


# --- blind set normalize10: tests written after the fixes, new sentences ---------


def test_a_noun_in_tt_is_common_gender_when_nothing_follows_it() -> None:
    check_line(["De har 3 getter och 1 katt.", "Vi stannar 1 natt i Visby.", "Han köpte 1 hatt.",
                "Det blev 1 nytt rekord.", "Det finns 1 sätt att göra det."],
               ["De har tre getter och en katt.", "Vi stannar en natt i Visby.", "Han köpte en hatt.",
                "Det blev ett nytt rekord.", "Det finns ett sätt att göra det."])


def test_a_fraction_before_an_area_or_volume_noun() -> None:
    check_line(["Marken mäter 3/4 hektar.", "Vi fick 1/2 kubikmeter sand."],
               ["Marken mäter tre fjärdedels hektar.", "Vi fick en halv kubikmeter sand."])


def test_house_numbers_in_a_range_after_a_street() -> None:
    check_line(["Grävning pågår vid Kyrkogatan 21–41 hela veckan.", "Bor du på Ekvägen 1–9 resp. Aspvägen 11?",
                "Han har 1–2 hundar."],
               ["Grävning pågår vid Kyrkogatan tjugoett till fyrtioett hela veckan.",
                "Bor du på Ekvägen ett till nio respektive Aspvägen elva?", "Han har en till två hundar."])


def test_a_mixed_number_written_with_a_slash() -> None:
    check_line(["Tillsätt 3 1/2 potatisar.", "Resan tar 4 1/2 timme.", "Häll i 2 3/4 dl grädde."],
               ["Tillsätt tre och en halv potatisar.", "Resan tar fyra och en halv timme.",
                "Häll i två och tre fjärdedels deciliter grädde."])


def test_a_dash_between_two_iso_dates_is_till() -> None:
    check_line(["Hyresavtalet löper 2025-04-01–2026-03-31.", "Perioden 2023-01-15 – 2023-02-15 granskas."],
               ["Hyresavtalet löper den första april tvåtusentjugofem till den trettioförsta mars tvåtusentjugosex.",
                "Perioden den femtonde januari tvåtusentjugotre till den femtonde februari tvåtusentjugotre granskas."])


def test_radiation_doses_forest_measures_and_a_second_period() -> None:
    check_line(["Personalen fick 1,5 mSv under året.", "Stråldosen är 0,2 µSv/h.", "Timret gav 410 kr/m³fub.",
                "Kontoret hyrs ut för 2 100 kr/m2/år."],
               ["Personalen fick en komma fem millisievert under året.",
                "Stråldosen är noll komma två mikrosievert per timme.",
                "Timret gav fyrahundratio kronor per kubikmeter fast under bark.",
                "Kontoret hyrs ut för tvåtusenetthundra kronor per kvadratmeter och år."])


def test_a_personal_number_with_its_century_and_its_short_label() -> None:
    # (s11 S1: read in its groups, year, month, day, "streck", two pairs, as the writers of blind sets 10
    # and 30 said it; it was digit by digit: rules/personal.py)
    check_line(["Den misstänkte, pnr 19920730-4415, är anhållen.", "Ange persnr 19790101-0022 i ansökan."],
               ["Den misstänkte, personnummer nittonhundranittiotvå noll sju trettio streck fyrtiofyra femton, är anhållen.",
                "Ange personnummer nittonhundrasjuttionio noll ett noll ett streck noll noll tjugotvå i ansökan."])


def test_an_ads_agreement_and_or() -> None:
    check_line(["Tillträde enl. ö.k. eller snarast.", "Begärt pris 1 200 000 kr el. högstbjudande.",
                "I hyran ingår värme och el."],
               ["Tillträde enligt överenskommelse eller snarast.",
                "Begärt pris en miljon tvåhundratusen kronor eller högstbjudande.", "I hyran ingår värme och el."])


def test_rounds_after_their_count_and_a_floor_after_its_number() -> None:
    check_line(["Laget har 9 p. efter 6 omg.", "Lägenheten ligger på Parkgatan 12, 3 vån, med balkong.",
                "Skolan byggs i 4 vån. med hiss."],
               ["Laget har nio poäng efter sex omgångar.",
                "Lägenheten ligger på Parkgatan tolv, tredje våningen, med balkong.",  # the floor's ordinal since session 58 (the writers accepted it in all 3 such rows, 'våning fem' in 2)
                "Skolan byggs i fyra våningar med hiss."])


def test_under_before_a_number_a_swimming_stroke_and_a_compound_ending_short() -> None:
    check_line(["Ungdomar u. 20 år betalar halva priset.", "Hon vann 100 m ry och blev fyra på 200 m fj.",
                "Högsta lufttemp. i dag blir 24 grader."],
               ["Ungdomar under tjugo år betalar halva priset.",
                "Hon vann hundra meter rygg och blev fyra på tvåhundra meter fjäril.",
                "Högsta lufttemperatur i dag blir tjugofyra grader."])


def test_a_number_in_three_parts_after_a_label_and_two_measures_as_choices() -> None:
    check_line(["Uppge kundnummer 31-2208-05 i meddelandet.", "Loppet går på 7 km/15 km i år.",
                "Kartongen finns i 2 l/3 l."],
               ["Uppge kundnummer trettioett streck tjugotvå noll åtta streck noll fem i meddelandet.",
                "Loppet går på sju kilometer och femton kilometer i år.", "Kartongen finns i två liter och tre liter."])


def test_a_volvo_model_is_said_as_its_number() -> None:
    check_line(["Veteranbilen, en Volvo 164 från 1970, väckte uppmärksamhet.", "Porsche 718 och Volvo 760 ställs ut."],
               ["Veteranbilen, en Volvo hundrasextiofyra från nittonhundrasjuttio, väckte uppmärksamhet.",
                "Porsche sju arton och Volvo sjuhundrasextio ställs ut."])


def test_a_label_written_apart_from_nr_and_a_short_names_colon_genitive() -> None:
    check_line(["Sökande anger ref. nr 4471 i ansökan.", "Kontakta oss på tel. nr 0611-123 45.",
                "Persson & Co:s lager brann."],
               ["Sökande anger referensnummer fyrtiofyra sjuttioett i ansökan.",
                "Kontakta oss på telefonnummer noll sex ett ett hundratjugotre fyrtiofem.",
                "Persson och Cos lager brann."])


def test_a_second_period_after_a_unit_and_a_volvo_as_a_noun() -> None:
    check_line(["Hyran är 1 100 kr/m²/mån.", "Grannens Volvo 264:an rostar."],
               ["Hyran är tusenetthundra kronor per kvadratmeter och månad.",
                "Grannens Volvo tvåhundrasextiofyran rostar."])


def test_a_floor_ending_its_sentence_and_an_ads_at_once() -> None:
    check_line(["Etta om 34 m², 6 vån. Hiss finns.", "Vi söker en lärare, tillträde omg.", "Besök e.ö.k. på kontoret."],
               ["Etta om trettiofyra kvadratmeter, sjätte våningen. Hiss finns.",  # the floor's ordinal since session 58 (the writers accepted it in all 3 such rows, 'våning fem' in 2)
                "Vi söker en lärare, tillträde omgående.",
                "Besök efter överenskommelse på kontoret."])


def test_a_labelled_112_a_seasons_short_year_and_a_weekday_range_ending_the_sentence() -> None:
    check_line(["Kör av vid trafikplats 112 mot Umeå.", "Larma 112 direkt.", "Våren -21 var kall.",
                "Vi har öppet tis–tor."],
               ["Kör av vid trafikplats hundratolv mot Umeå.", "Larma ett ett två direkt.", "Våren tjugoett var kall.",
                "Vi har öppet tisdag till torsdag."])


def test_a_later_placing_needs_only_a_capitalised_word() -> None:
    check_line(["Slalom: 1) Anna Ek, Åre 2) Holm 3) Nyberg.", "Punkt 1. Kommunen ska svara."],
               ["Slalom: etta Anna Ek, Åre, tvåa Holm, trea Nyberg.", "Punkt ett. Kommunen ska svara."])


def test_members_and_employees_written_short_after_their_count() -> None:
    check_line(["Klubben har 830 medl. och 4 anst.", "Bygget ger 36 lgh. i två hus."],
               ["Klubben har åttahundratrettio medlemmar och fyra anställda.",
                "Bygget ger trettiosex lägenheter i två hus."])


def test_a_dashed_pair_after_mellan_is_joined_by_och() -> None:
    check_line(["Bussarna går inte mellan Kiruna–Gällivare i kväll.", "Kvalet Brynäs–Modo avgörs i dag."],
               ["Bussarna går inte mellan Kiruna och Gällivare i kväll.", "Kvalet Brynäs mot Modo avgörs i dag."])


def test_a_duration_with_its_period_before_the_noun_it_qualifies() -> None:
    check_line(["Straffet blev 4 mån. fängelse.", "Abonnemanget har 24 mån. bindningstid och 3 mån. uppsägningstid."],
               ["Straffet blev fyra månaders fängelse.",
                "Abonnemanget har tjugofyra månaders bindningstid och tre månaders uppsägningstid."])


def test_two_plurals_with_a_slash_before_the_sentences_stop() -> None:
    check_line(["Rabatten gäller för studenter/doktorander.", "Se kommun.se/skolor/lov."],
               ["Rabatten gäller för studenter och doktorander.", "Se kommun punkt se snedstreck skolor snedstreck lov."])


def test_a_whole_hour_to_a_time_with_minutes_is_a_range() -> None:
    check_line(["Simhallen har öppet 7–20.30 på vardagar.", "Loppis lör 10–13.45 i Folkets hus."],
               ["Simhallen har öppet sju till tjugo och trettio på vardagar.",
                "Loppis lördag tio till tretton och fyrtiofem i Folkets hus."])


def test_a_half_after_its_written_article_says_no_second_article() -> None:
    check_line(["Renoveringen tog ett 1/2 år.", "Det dröjde en 1/2 timme innan bussen kom."],
               ["Renoveringen tog ett halvt år.", "Det dröjde en halv timme innan bussen kom."])


def test_a_short_weekday_after_a_bound_is_the_day() -> None:
    check_line(["Bron är stängd fr.o.m. tors.", "Kassan håller stängt t.o.m. sön. Sedan öppnar den."],
               ["Bron är stängd från och med torsdag.", "Kassan håller stängt till och med söndag. Sedan öppnar den."])


def test_size_written_short_and_a_price_per_piece() -> None:
    check_line(["Byxorna finns kvar i strl. 50.", "Bullarna kostar 15 kr st. i caféet.", "Vi behöver 12 st. stolar."],
               ["Byxorna finns kvar i storlek femtio.", "Bullarna kostar femton kronor styck i caféet.",
                "Vi behöver tolv stycken stolar."])


def test_a_decision_verb_right_before_a_pair_makes_it_a_vote() -> None:
    check_line(["Byggnadsnämnden avslog 6–5 att riva skolan.", "Fullmäktige godkände 41–8.",
                "Hon beslutade 4–5 dagar senare."],
               ["Byggnadsnämnden avslog sex mot fem att riva skolan.", "Fullmäktige godkände fyrtioett mot åtta.",
                "Hon beslutade fyra till fem dagar senare."])


def test_a_service_number_before_a_comma_is_dialled() -> None:
    check_line(["Vid feber, kontakta 1177, så får du råd.", "Ser du röken, larma 112, och vänta vid vägen.",
                "Platserna 112, 118 och 120 är bokade."],
               ["Vid feber, kontakta elva sjuttiosju, så får du råd.",
                "Ser du röken, larma ett ett två, och vänta vid vägen.",
                "Platserna hundratolv, hundraarton och hundratjugo är bokade."])


def test_day_and_month_with_both_periods_after_a_word_of_dates() -> None:
    check_line(["Ansökan ska vara inne senast 31.8. i år.", "Parkeringen är avgiftsfri från 15.6.",
                "Räntan steg med 0.5 procent."],
               ["Ansökan ska vara inne senast den trettioförsta augusti i år.",
                "Parkeringen är avgiftsfri från den femtonde juni.", "Räntan steg med noll komma fem procent."])


def test_org_before_a_full_name_is_the_organist() -> None:
    check_line(["Vid orgeln sitter org. Lena Hed.", "Hon jobbar på en liten org. Nu söker hon nytt."],
               ["Vid orgeln sitter organist Lena Hed.", "Hon jobbar på en liten org. Nu söker hon nytt."])


def test_a_floor_after_an_ordinal_is_definite() -> None:
    check_line(["Mottagningen finns på 6:e vån.", "Etta på 1:a vån, nära centrum.", "Villan har 2 vån. och källare."],
               ["Mottagningen finns på sjätte våningen.", "Etta på första våningen, nära centrum.",
                "Villan har två våningar och källare."])
