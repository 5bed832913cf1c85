"""``audiocast.speech.rules.symbols``: symbols and fractions.

One ``_in``/``_out`` table per rule (after gTTS's tokenizer tests): each rule
alone, on the written form, as it reads it today.
"""

from __future__ import annotations

from audiocast.speech.rules.symbols import symbols

from . import check


def test_symbols() -> None:
    _in = [
        "§ 5",
        "Hem & Skola",
        "½ timme",
        "1½ timme",
        "+5",
        "24/7",
        "3 §",
        "2 ½ dl",
        "½ kg",
        "¼ timme",
        "¾ l",
        "4 x 100 meter",
        "S & P",
        "#metoo",
        "§§ 3",
    ]
    _out = [
        "paragraf 5",
        "Hem och Skola",
        "en halv timme",
        "en och en halv timme",
        "plus 5",
        "tjugofyra sju",  # said as written since session 58 (the writers' own readings: 35 of 36 such rows)
        "tredje paragrafen",
        "två och en halv deciliter",
        "ett halvt kilo",
        "en kvarts timme",  # s7: a quarter before its noun is "kvarts", as every blind writer said it
        "tre fjärdedels liter",
        "4 gånger 100 meter",
        "ess och pe",
        "hashtag metoo",
        "paragraferna 3",
    ]
    check(symbols, _in, _out)


def test_handles_and_death() -> None:
    _in = ["följ @kalmarlan på X", "mejla info@x.se", "Eva Berg † 2019", "hashtaggen #valet2026"]
    _out = ["följ snabel-a kalmarlan på X", "mejla info@x.se", "Eva Berg död 2019", "hashtaggen valet 2026"]
    check(symbols, _in, _out)


def test_law_paragraphs_with_letters_and_parts() -> None:
    # a paragraph inserted later carries a letter; its parts (stycke, punkt,
    # moment) are ordinals with the definite noun, and so is the paragraph (session 12)
    _in = [
        "enligt 6 c § lagen",
        "se 3 kap. 10 a §",
        "enligt 8 § 3 st. skollagen",
        "i 2 § 4 p. RB",
        "enligt 5 § 1 st. 2 p.",
        "han köpte 3 st. bullar",
    ]
    _out = [
        "enligt sjätte c paragrafen lagen",
        "se tredje kapitlet tionde a paragrafen",
        "enligt åttonde paragrafen tredje stycket skollagen",
        "i andra paragrafen fjärde punkten RB",
        "enligt femte paragrafen första stycket andra punkten.",
        "han köpte 3 st. bullar",
    ]
    check(symbols, _in, _out)


def test_hashtag_after_the_word_hashtag() -> None:
    # the sign is not said again right after the word for it
    _in = ["under hashtaggen #skolval", "med hashtag #fika", "under #skolval"]
    _out = ["under hashtaggen skolval", "med hashtag fika", "under hashtag skolval"]
    check(symbols, _in, _out)


def test_how_often_after_a_slash() -> None:
    # a word, a slash and a period: "mer/mån" is "mer i månaden"; a unit's
    # slash ("kWh/år") is left to the unit rule
    _in = ["ca 300 kr extra/mån", "tre pass/vecka", "8 000 kWh/år", "och/eller"]
    _out = ["ca 300 kr extra i månaden", "tre pass i veckan", "8 000 kWh/år", "och/eller"]
    check(symbols, _in, _out)


def test_paragraph_after_a_date_is_not_an_ordinal() -> None:
    _in = ["KF 2025-03-10 § 18", "sid 2024/25 § 4", "enligt 7 § lagen"]
    _out = ["KF 2025-03-10 paragraf 18", "sid 2024/25 paragraf 4", "enligt sjunde paragrafen lagen"]
    check(symbols, _in, _out)


def test_number_sign_and_comparison() -> None:
    _in = ["låten låg som #3 i veckan", "priser > 500 kr", "barn < 7 år", "#val2026"]
    _out = ["låten låg som nummer 3 i veckan", "priser över 500 kr", "barn under 7 år", "hashtag val 2026"]
    check(symbols, _in, _out)


def test_range_of_paragraphs() -> None:
    check(symbols, ["enligt 2–4 §§ lagen", "se §§ 7–9"], ["enligt andra till fjärde paragraferna lagen", "se paragraferna 7–9"])


def test_equals_between_numbers() -> None:
    check(symbols, ["Lind 9+12=21 poäng"], ["Lind 9 plus 12 är lika med 21 poäng"])


def test_handle_parts_that_are_no_words_are_spelled() -> None:
    check(symbols, ["följ @nt_nyheter och @LTUniversitet", "@kommunen"],
          ["följ snabel-a enn te understreck nyheter och snabel-a ell te Universitet", "snabel-a kommunen"])


def test_point_written_before_its_number() -> None:
    check(symbols, ["enligt 4 § p. 2 lagen"], ["enligt fjärde paragrafen punkt 2 lagen"])


def test_words_joined_by_a_slash_and_genitive_after_letters() -> None:
    # s9 S3: two words in small letters are alternatives ("hon eller han"; the slash was silent),
    # two plurals both ("elever och lärare": an agent noun's plural in -are counts as one)
    _in = ["för elever/lärare och pojkar/flickor", "vid Storgatan/Skolvägen", "hon/han", "C&A:s butik",
           "@kultur_nytt"]
    _out = ["för elever och lärare och pojkar och flickor", "vid Storgatan och Skolvägen", "hon eller han",
            "ce och as butik", "snabel-a kultur understreck nytt"]
    check(symbols, _in, _out)


def test_slash_fraction_before_a_unit() -> None:
    check(symbols, ["Vispa 2/3 dl grädde", "1/2 kg lök", "den 1/2 kl 9"],
          ["Vispa två tredjedels deciliter grädde", "ett halvt kilo lök", "den 1/2 kl 9"])


def test_hashtag_in_camel_case() -> None:
    check(symbols, ["följ #SkolvalUmeå", "#val2022"], ["följ hashtag Skolval Umeå", "hashtag val 2022"])


def test_handle_with_an_underscore_or_a_dot_and_a_bare_point_after_a_paragraph() -> None:
    # written after the fix (blind set 7)
    _in = ["skriv till @polisen_kalmar i dag", "följ @ekedal.kultur!", "@kommunen.", "enligt 7 § 3 LSS",
           "enligt 12 § 2 socialtjänstlagen", "enligt 5 § 2 st."]
    _out = ["skriv till snabel-a polisen understreck kalmar i dag", "följ snabel-a ekedal punkt kultur!",
            "snabel-a kommunen.", "enligt sjunde paragrafen punkt 3 LSS",
            "enligt tolfte paragrafen punkt 2 socialtjänstlagen", "enligt femte paragrafen andra stycket."]
    check(symbols, _in, _out)


def test_signed_temperatures_with_a_slash_and_a_plus_after_a_name() -> None:
    # written after the fix (blind set 7)
    _in = ["tisdag +2/–5 grader", "natt –3/+1", "se serien på Kanal+ i kväll", "1/2 liter"]
    _out = ["tisdag plus 2 och –5 grader", "natt –3 och plus 1", "se serien på Kanal plus i kväll", "1/2 liter"]
    check(symbols, _in, _out)


def test_bounds_and_inequality() -> None:
    _in = ["åldern ska vara ≥ 18 år", "halten ≤ 0,5 mg", "svaret ≠ 4", "taggat #sommarlov"]
    _out = ["åldern ska vara minst 18 år", "halten högst 0,5 mg", "svaret inte lika med 4", "taggat hashtag sommarlov"]
    check(symbols, _in, _out)
