"""Session 10 (S2, words): symbols read from the words around them. Each
table was written after its fix, with other wordings than the dev sentences
that showed the miss; guards keep their old reading."""

from __future__ import annotations

from audiocast.speech import normalize


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_equals_between_a_thing_and_its_worth_is_ar() -> None:
    check_line(["I tipset gäller: rätt rad = 10 poäng.", "Omräkning: 1 mil = 10 km.",
                "Kursen i går: 1 dollar = 10,70 kr.", "Ett glas vin = en standardenhet."],
               ["I tipset gäller: rätt rad är tio poäng.", "Omräkning: en mil är tio kilometer.",
                "Kursen i går: en dollar är tio kronor och sjuttio öre.", "Ett glas vin är en standardenhet."])


def test_equals_after_a_sum_or_a_letter_keeps_lika_med() -> None:
    # guards: arithmetic is "är lika med", a question with its verb "lika med"
    check_line(["Läxan: 7 × 8 = 56.", "Om x = 3, vad blir svaret?", "Är 10 − 4 = 7?"],
               ["Läxan: sju gånger åtta är lika med femtiosex.", "Om x är lika med tre, vad blir svaret?",
                "Är tio minus fyra lika med sju?"])


def test_stars_at_a_review_lines_end_are_its_grade() -> None:
    check_line(["Teater: Hamlet på Stadsteatern ★★★★", "Recensionen av skivan: ★★ (av fem)",
                "Kritikerna gav ⭐⭐⭐."],
               ["Teater: Hamlet på Stadsteatern fyra stjärnor", "Recensionen av skivan: två stjärnor (av fem)",
                "Kritikerna gav tre stjärnor."])


def test_stars_framing_a_heading_are_dropped() -> None:
    # guards: stars that frame or open a heading are decoration
    check_line(["★★ Julbasar i kyrkan ★★", "★ Nyhet ★ Vi öppnar i morgon."],
               ["Julbasar i kyrkan", "Nyhet. Vi öppnar i morgon."])  # (session 49: the stars' end of the heading a stop)


def test_spelled_acronym_ending_in_s_takes_its_genitive() -> None:
    # session 16 changed session 10's convention ("ell ess ess"): the genitive was lost; the letter's name takes it
    # ("S U S:s" as the blind writers write it), a name said as a word still takes none ("SÄS:s" -> "Säs")
    check_line(["LSS:s regler ändras.", "Hon ringde SOS:s växel."],
               ["ell ess esses regler ändras.", "Hon ringde ess o esses växel."])


def test_weather_symbols_in_a_weather_line_are_named() -> None:
    check_line(["Prognosen för fredag: 🌨️ och minus 4 grader.", "Vädret på midsommarafton: ⛅ men torrt."],
               ["Prognosen för fredag: snö och minus fyra grader.", "Vädret på midsommarafton: halvklart men torrt."])
    # guard: a sun that decorates a notice is dropped
    check_line(["Välkommen till loppis på torget ☀️"], ["Välkommen till loppis på torget"])


def test_a_run_of_one_emoji_after_giving_is_the_plural() -> None:
    check_line(["Läsarna gav 🌹🌹 till personalen."], ["Läsarna gav rosor till personalen."])


def test_two_capitals_in_a_scale_are_a_span() -> None:
    check_line(["Betygen sätts på en skala A–F.", "Lägenheterna i hus C–E renoveras."],
               ["Betygen sätts på en skala a till eff.", "Lägenheterna i hus ce till e renoveras."])
    # guard: two parties joined by a dash stay a pair
    check_line(["Samarbetet mellan S–C i nämnden."], ["Samarbetet mellan ess och ce i nämnden."])


def test_keycap_digits_keep_their_digit_and_medals_their_metal() -> None:
    check_line(["Så gör du: 1️⃣ Skölj 2️⃣ Torka", "Laget tog 🥈 i DM.", "🥉 Ida Ek, Piteå"],
               ["Så gör du: ett Skölj två Torka", "Laget tog silver i de emm.", "brons Ida Ek, Piteå"])


def test_a_hashtag_opening_with_digits_is_a_hashtag() -> None:
    check_line(["Dela dina bilder med #50årsfesten.", "Kampanjen #10000steg pågår hela maj."],
               ["Dela dina bilder med hashtag femtio årsfesten.", "Kampanjen hashtag tiotusen steg pågår hela maj."])
    # guard: a number sign before a number alone is "nummer"
    check_line(["Låten ligger #2 på listan."], ["Låten ligger nummer två på listan."])
