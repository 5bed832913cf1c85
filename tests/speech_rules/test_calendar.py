"""``audiocast.speech.rules.calendar``: dates, weekdays, clock times, years.

One ``_in``/``_out`` table per rule (after gTTS's tokenizer tests): each rule
alone, on the written form, as it reads it today.
"""

from __future__ import annotations

from audiocast.speech.rules.calendar import clock_times, dates, years

from . import check


def test_dates() -> None:
    _in = [
        "5 april",
        "den 1 maj",
        "2024-05-25",
        "den 22/11",
        "3 jan. 2024",
        "lördag 25 maj",
        "10–12 maj",
        "mån–fre",
        "3/4 av alla",
        "2024-13-40",
        "den 1 och 3 juni",
        "i slutet av aug.",
        "fre 8–15",
        "Mån: Pasta",
        "maj–juni",
        "den 5/6-2024",
        "i viss mån",
        "5, 6 och 7 maj",
    ]
    _out = [
        "femte april",
        "den första maj",
        "den tjugofemte maj tvåtusentjugofyra",
        "den tjugoandra november",
        "tredje januari tvåtusentjugofyra",
        "lördag den tjugofemte maj",
        "tionde till tolfte maj",
        "måndag till fredag",
        "tre fjärdedelar av alla",
        "2024-13-40",
        "den första och tredje juni",
        "i slutet av augusti.",
        "fredag 8–15",
        "Måndag: Pasta",
        "maj till juni",
        "den femte juni tvåtusentjugofyra",
        "i viss mån",
        "femte, sjätte och sjunde maj",
    ]
    check(dates, _in, _out)


def test_clock_times() -> None:
    _in = [
        "kl. 14.30",
        "08.15",
        "16:31",
        "kl 9",
        "kl. 10–14",
        "kl. 9.00",
        "kl. 7.05",
        "3,45",
        "kl. 8–17",
        "Klockan 9",
        "kl. 10 och 12",
        "9.30–11.00",
    ]
    _out = [
        "klockan fjorton och trettio",
        "åtta och femton",
        "sexton och trettioett",
        "klockan nio",
        "klockan tio till fjorton",
        "klockan nio",
        "klockan sju noll fem",
        "3,45",
        "klockan åtta till sjutton",
        "Klockan nio",
        "klockan tio och tolv",
        "nio och trettio till elva",
    ]
    check(clock_times, _in, _out)


def test_years() -> None:
    _in = [
        "år 1809",
        "1945 kom freden",
        "2020–2024",
        "1990–95",
        "1500 personer",
        "2024:s",
        "2024 års budget",
        "sedan 1500",
        "1800 anställda",
    ]
    _out = [
        "år artonhundranio",
        "nittonhundrafyrtiofem kom freden",
        "tvåtusentjugo till tvåtusentjugofyra",
        "nittonhundranittio till nittiofem",
        "1500 personer",
        "tvåtusentjugofyras",
        "tvåtusentjugofyra års budget",
        "sedan femtonhundra",
        "1800 anställda",
    ]
    check(years, _in, _out)


def test_dotted_dates_and_abbreviated_month_ranges() -> None:
    _in = ["den 7.11.2024 kl. 9", "född 30.1.1961", "mellan okt.–dec.", "från sept.–november", "den 40.13.2024"]
    _out = [
        "den sjunde november tvåtusentjugofyra kl. 9",
        "född den trettionde januari nittonhundrasextioett",
        "mellan oktober och december.",  # (session 57: "och" after "mellan")
        "från september till november",
        "den 40.13.2024",
    ]
    check(dates, _in, _out)


def test_year_range_into_a_decade() -> None:
    check(years, ["under 1970–1980-talet"], ["under nittonhundrasjuttio till nittonhundraåttiotalet"])


def test_weekday_dotted_dates_and_date_phrase_ranges() -> None:
    # "4.3" after a weekday is a date; a dash between two date phrases is "till"
    _in = [
        "Onsdag 12.6 är sista dagen",
        "senast fre 7.2.",
        "lör 3 aug–sön 4 aug",
        "från 28 feb–fre 3 mars",
    ]
    _out = [
        "Onsdag den tolfte juni är sista dagen",
        "senast fredag den sjunde februari.",
        "lördag den tredje augusti till söndag den fjärde augusti",
        "från tjugoåttonde februari till fredag den tredje mars",
    ]
    check(dates, _in, _out)


def test_clock_time_joined_to_tiden() -> None:
    # "vid 19.45-tiden": the time's last word and "tiden" are one word
    _in = ["vid 19.45-tiden i går", "kring 06.30-tiden", "vid 23.05-tiden"]
    _out = ["vid nitton och fyrtiofemtiden i går", "kring sex och trettiotiden", "vid tjugotre noll femtiden"]
    check(clock_times, _in, _out)


def test_time_range_ending_on_a_whole_hour() -> None:
    _in = ["öppet 9.30–15 i dag", "stängt 12:15–13"]
    _out = ["öppet nio och trettio till femton i dag", "stängt tolv och femton till tretton"]
    check(clock_times, _in, _out)


def test_rating_out_of_a_scale() -> None:
    _in = ["kritikern gav boken 3/5.", "filmen får 7/10 i betyg", "han fick 3/5 ledigt", "mötet 3/5"]
    _out = ["kritikern gav boken tre av fem.", "filmen får sju av tio i betyg", "han fick tre femtedelar ledigt",
            "mötet tredje maj"]
    check(dates, _in, _out)


def test_year_before_a_verb_in_ar() -> None:
    _in = ["Budgeten för 2026 omfattar", "Planen för 2027 innebär", "kommunen byggde 1500 bostäder"]
    _out = ["Budgeten för tvåtusentjugosex omfattar", "Planen för tvåtusentjugosju innebär",
            "kommunen byggde 1500 bostäder"]
    check(years, _in, _out)


def test_hits_out_of_shots() -> None:
    check(dates, ["hon sköt 18/20 i dag", "han träffade 9/10"], ["hon sköt arton av tjugo i dag", "han träffade nio av tio"])


def test_ratings_in_a_row() -> None:
    check(dates, ["har fått 4/5 i GP och 3/5 i Expressen"], ["har fått fyra av fem i GP och tre av fem i Expressen"])


def test_floor_fraction_and_issue_over_a_slash() -> None:
    _in = ["Trea på vån 3/5 med balkong", "jämfört med 2/3 förra året", "knappt 1/4 av budgeten",
           "läs mer i nr 12/2024", "före 1/5 i år", "säsongen 2024/25 inleds"]
    _out = ["Trea på vån tre av fem med balkong", "jämfört med två tredjedelar förra året",
            "knappt en fjärdedel av budgeten", "läs mer i nr tolv tvåtusentjugofyra", "före första maj i år",
            "säsongen 2024/25 inleds"]
    check(dates, _in, _out)


def test_season_over_a_slash() -> None:
    check(years, ["läsåret 2026/27 börjar", "åren 2019/22"], ["läsåret tvåtusentjugosex tjugosju börjar",
                                                            "åren tvåtusennitton till tjugotvå"])


def test_from_before_a_time_or_date() -> None:
    check(dates, ["öppet fr. 10.00", "Fr. 1 juni gäller", "må–fr. 8–17"],
          ["öppet från 10.00", "Från första juni gäller", "måndag till fredag 8–17"])


def test_a_month_abbreviation_after_for_or_mot() -> None:
    # written after the fix (blind set 7): "för dec.", "mot nov." are months
    check(dates, ["räkningen för dec. var hög", "priset mot nov. i fjol"],
          ["räkningen för december var hög", "priset mot november i fjol"])


def test_a_fraction_before_a_unit_and_a_range_of_days_before_a_slash_date() -> None:
    # written after the fix (blind set 7)
    _in = ["rör ner 1/2 tsk bakpulver", "häll i 2/3 dl mjölk", "strö över 1/2 krm salt",
           "stängt 27–29/3 för inventering", "den 1/2 kl 10", "öppet 30–2/5"]
    _out = ["rör ner en halv tesked bakpulver", "häll i två tredjedels deciliter mjölk",
            "strö över ett halvt kryddmått salt", "stängt tjugosjunde till tjugonionde mars för inventering",
            "den första februari kl 10", "öppet 30–andra maj"]
    check(dates, _in, _out)


def test_a_season_with_a_slash_is_two_years_after_each_other() -> None:
    # written after the fix (blind set 7): no "till" in "2026/27"
    check(years, ["inför säsongen 2026/27", "läsåret 2023/24 börjar", "åren 2019–22"],
          ["inför säsongen tvåtusentjugosex tjugosju", "läsåret tvåtusentjugotre tjugofyra börjar",
           "åren tvåtusennitton till tjugotvå"])


def test_bare_times_in_one_line_said_alike() -> None:
    # written after the fix (blind set 7): one time with minutes under ten makes
    # every bare time in the line compact
    _in = ["tåget gick 07.05 och var framme 09.40", "öppet 10.30 och 16.15", "kl. 18.30 och 19.04"]
    # two times with minutes joined by "och" are compact too (session 8: "tio och trettio och sexton och
    # femton" runs the minutes' "och" into the conjunction)
    _out = ["tåget gick sju noll fem och var framme nio fyrtio", "öppet tio trettio och sexton femton",
            "klockan arton trettio och nitton noll fyra"]
    check(clock_times, _in, _out)


def test_a_rating_after_its_label_and_colon() -> None:
    # A review's rating under a label with its colon ("Omdöme: 2/5") is a rating; a date after "den" stays a date.
    _in = ["Omdöme: 2/5. Musiken bär.", "Vårt betyg: 5/6", "Mötet hålls den 2/5: alla välkomna."]
    _out = ["Omdöme: två av fem. Musiken bär.", "Vårt betyg: fem av sex", "Mötet hålls den andra maj: alla välkomna."]
    check(dates, _in, _out)


def test_fraction_before_a_measure_noun_agrees() -> None:
    # a half agrees with its noun, other parts are genitives; after "och" a
    # part before a measure noun is no date ("och 1/2 tesked")
    _in = ["blanda 1/2 paket russin", "rör ner 3/4 liter grädde", "ta 1/4 burk tomater och 1/2 tesked salt",
           "ta 1/2 limpa", "butiken öppnar den 1/4 och 2/4 stänger den"]
    _out = ["blanda ett halvt paket russin", "rör ner tre fjärdedels liter grädde",
            "ta en fjärdedels burk tomater och en halv tesked salt", "ta en halv limpa",
            "butiken öppnar den första april och andra april stänger den"]
    check(dates, _in, _out)


def test_minuted_paragraph_and_its_year() -> None:
    # "§ 45/2024" (the sign already read by the symbols rule): a council's
    # paragraph and its year, not a date nor digits
    _in = ["enligt KS paragraf 87/2025", "protokoll paragraf 9/2023 justerades"]
    _out = ["enligt KS paragraf åttiosju tvåtusentjugofem", "protokoll paragraf nio tvåtusentjugotre justerades"]
    check(dates, _in, _out)
