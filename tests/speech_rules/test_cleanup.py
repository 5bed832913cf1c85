"""``audiocast.speech.rules.cleanup``: typography, headlines in capitals, quote dashes, tidying.

One ``_in``/``_out`` table per rule (after gTTS's tokenizer tests): each rule
alone, on the written form, as it reads it today.
"""

from __future__ import annotations

from audiocast.speech.rules.cleanup import clean, quote_dash, shouting, tidy

from . import check


def test_clean() -> None:
    _in = [
        "Han sa ”hej” till mig.",
        "Priset var 5 kr.",
        "Vänta…",
        "Vägen — den gamla — stängs.",
        "'Bra', sa hon.",
        "Bröderna' nya bok och Kents' konsert.",
        "mjuk­bindestreck",
        "  många   mellanslag  ",
    ]
    _out = [
        "Han sa ”hej” till mig.",
        "Priset var 5 kr.",
        "Vänta...",
        "Vägen – den gamla – stängs.",
        "'Bra', sa hon.",  # a quoted word keeps its pair (session 53)
        "Bröderna nya bok och Kents konsert.",  # a lone apostrophe at a word's end goes
        "mjukbindestreck",
        "många mellanslag",
    ]
    check(clean, _in, _out)


def test_clean_en_dash_between_digits() -> None:
    """An unspaced en dash between digits is written as the hyphen the identifier rules know; a span of years
    and a dash after a thousands group keep it."""
    _in = [
        "i mål B 2288–25 vid tingsrätten",
        "dnr 2025–0719",
        "bankgiro 5391–2270",
        "en Volvo 244–84",
        "under åren 1987–91",
        "säsongen 2019–2020",
        "totalt 4 117–3 980 i serien",
        "totalt 987–1 044 i serien",
        "vann 5 – 3",
    ]
    _out = [
        "i mål B 2288-25 vid tingsrätten",
        "dnr 2025-0719",
        "bankgiro 5391-2270",
        "en Volvo 244-84",
        "under åren 1987–91",
        "säsongen 2019–2020",
        "totalt 4 117–3 980 i serien",
        "totalt 987–1 044 i serien",
        "vann 5 – 3",
    ]
    check(clean, _in, _out)


def test_shouting() -> None:
    _in = [
        "TÅGET STOD STILL I TVÅ TIMMAR",
        "KARL XII:S TORG RENOVERAS",
        "SVT OCH SR VAR ÖVERENS",
        "SVT rapporterar",
        "Karl XII dog.",
        "POLISEN GRIPER TVÅ MÄN I TUMBA",
        "EU OCH FN ENIGA OM AVTALET",
        "NATO SKICKAR FLER TRUPPER",
    ]
    _out = [
        "tåget stod still i två timmar",
        "Karl XII:s torg renoveras",
        "SVT och SR var överens",
        "SVT rapporterar",
        "Karl XII dog.",
        "polisen griper två män i tumba",
        "EU och FN eniga om avtalet",
        "nato skickar fler trupper",
    ]
    check(shouting, _in, _out)


def test_quote_dash() -> None:
    _in = [
        "– Vi kommer, säger hon.",
        "—Nej.",
        "Beslutet – som togs i går – gäller.",
        "Bra. – Men mer, säger han.",
        "Det är –5 ute.",
        "10 – 12",
        "Han säger: – Vi ska vinna.",
        "– 5 grader kallt i natt.",
        "Alla – utom en – kom.",
    ]
    _out = [
        "Vi kommer, säger hon.",
        "Nej.",
        "Beslutet – som togs i går – gäller.",
        "Bra. Men mer, säger han.",
        "Det är –5 ute.",
        "10–12",
        "Han säger: Vi ska vinna.",
        "5 grader kallt i natt.",
        "Alla – utom en – kom.",
    ]
    check(quote_dash, _in, _out)


def test_tidy() -> None:
    _in = [
        "Mötet (som var kort) slutade.",
        "Hej , du .",
        "a * b",
        ", början",
        "slut ,;",
        "ett,två",
        "Ja , , nej",
        "Domstolen ( ) sa nej.",
        "Mötet [som var kort] slutade.",
        "vann ( ett noll, noll ett ) i går",
    ]
    _out = [
        "Mötet (som var kort) slutade.",
        "Hej, du.",
        "a b",
        "början",
        "slut",
        "ett, två",
        "Ja, nej",
        "Domstolen sa nej.",
        "Mötet, som var kort, slutade.",
        "vann (ett noll, noll ett) i går",
    ]
    check(tidy, _in, _out)


def test_clean_drops_emoji_and_overlong_tokens() -> None:
    _in = ["Grattis 🎉🎂!", "Bra jobbat 👍🏽 allihop", "Tack ❤️", "a " + "x" * 200 + " b", "§§ 3"]
    _out = ["Grattis !", "Bra jobbat allihop", "Tack", "a b", "§§ 3"]
    check(clean, _in, _out)


def test_clean_subscript_digits() -> None:
    # formulas with subscript digits reach the rules as plain digits
    _in = ["utsläpp av CO₂", "H₂O och NO₂"]
    _out = ["utsläpp av CO2", "H2O och NO2"]
    check(clean, _in, _out)


def test_a_line_of_party_letters_is_no_headline() -> None:
    check(shouting, ["Mandat: S 12, SD 8, KD 2, MP 2", "VALET AVGÖRS I HÖST"], ["Mandat: S 12, SD 8, KD 2, MP 2", "valet avgörs i höst"])


def test_typographic_quotes_stay() -> None:
    _in = ["Boken ”Sol och vår” kom ut.", "Hon skrev «hej» och \"tack\"."]
    _out = ["Boken ”Sol och vår” kom ut.", "Hon skrev hej och tack."]
    check(clean, _in, _out)
    check(tidy, ["”Vi vann 🎉 ” sa hon.", "Låten ”Sommar ” spelades."], ["”Vi vann 🎉” sa hon.", "Låten ”Sommar” spelades."])


def test_spaced_dash_stays_a_dash() -> None:
    _in = ["Tåget var sent - igen.", "Vi åkte hem – trötta men glada."]
    _out = ["Tåget var sent – igen.", "Vi åkte hem – trötta men glada."]
    check(quote_dash, _in, _out)
