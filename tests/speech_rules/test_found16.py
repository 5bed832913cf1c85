"""Session 16 (N4): phenomena found on fresh sentences written by someone who had not read the rules. Cases
written after each fix, with other words and numbers than the sentences studied, and guards."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.bible import bible_references
from audiocast.speech.rules.century_clips import century_clips
from audiocast.speech.rules.emoji_compounds import emoji_compounds
from audiocast.speech.rules.identifier_dashes import dashed_digits
from audiocast.speech.rules.percent_compounds import percent_compounds
from audiocast.speech.rules.sessions import session_years, sessions
from audiocast.speech.rules.stat_pairs import stat_pairs
from audiocast.speech.rules.subject_lists import subject_lists
from audiocast.speech.rules.unit_glosses import unit_glosses

from . import check


def test_trotting_start_letters_said_in_full() -> None:
    assert normalize("Stoet travade 1.13,6v i lördags.") == "Stoet travade ett tretton komma sex voltstart i lördags."
    assert normalize("Valacken vann på 1.10,9a.") == "Valacken vann på ett tio komma nio autostart."
    assert normalize("Hingsten noterades för 1.15,7ag.") == "Hingsten noterades för ett femton komma sju autostart galopp."
    # guards: a swimmer's time and a trotting time without a letter
    assert normalize("Hon simmade på 1.05,38.") == "Hon simmade på en minut och fem komma trettioåtta sekunder."
    assert normalize("Kusken körde 1.16,4 på Åby.") == "Kusken körde ett sexton komma fyra på Åby."


def test_plus_minus_statistic() -> None:
    assert normalize("Centern slutade på plus/minus 9.") == "Centern slutade på plus minus nio."
    assert normalize("Lagets sämsta Plus/minus hade Nyström.") == "Lagets sämsta plus minus hade Nyström."
    # guard: two alternatives with a slash stay alternatives
    assert normalize("Betala kontant/kort.") == "Betala kontant eller kort."


def test_percent_compounds() -> None:
    _in = [
        "partiet under 4 %-spärren",
        "det nya 3 %-kravet gäller",
        "ett 50 %-igt ägande",
        "1,5 %-målet nåddes",
        # guards: a sign before it, the noun of points, a percent alone
        "en ökning med +2 %-enheter",
        "ökade med 2 %-enheter",
        "räntan är 4 % i år",
    ]
    _out = [
        "partiet under fyraprocentsspärren",
        "det nya treprocentskravet gäller",
        "ett femtioprocentigt ägande",
        "ett komma femprocentsmålet nåddes",
        "en ökning med +2 %-enheter",
        "ökade med 2 %-enheter",
        "räntan är 4 % i år",
    ]
    check(percent_compounds, _in, _out)


def test_riksmote_years() -> None:
    assert session_years(2021, 22) == "tjugohundratjugoett tjugotvå"
    assert session_years(1999, 2000 % 100) == "nittonhundranittionio noll noll"
    _in = [
        "motioner under riksmötet 2025/26",
        "allmänna motionstiden 2022/23 var lång",
        # guards: a season, years not in a row
        "säsongen 2025/26 börjar",
        "riksmötet 2021/23",
    ]
    _out = [
        "motioner under riksmötet tjugohundratjugofem tjugosex",
        "allmänna motionstiden tjugohundratjugotvå tjugotre var lång",
        "säsongen 2025/26 börjar",
        "riksmötet 2021/23",
    ]
    check(sessions, _in, _out)
    assert normalize("Se prop. 2021/22:204 om skatten.") == (
        "Se proposition tjugohundratjugoett tjugotvå kolon tvåhundrafyra om skatten.")
    assert normalize("Utskottet lämnade bet. 2025/26:KU3.") == (
        "Utskottet lämnade betänkande tjugohundratjugofem tjugosex kolon kå u tre.")


def test_century_clips() -> None:
    _in = [
        "en gård från 1500-t. med stenfot",
        "mitten av 1700-t:s bebyggelse",
        "byggt i början av 2000-t",
        "Stugan är från 1800-t. Den flyttades hit.",
        "populärt under 70-t.",
        "från 40-t. eller 50-t. enligt källan",
        # guards: a decade without a word of time, a count
        "köpte 30-t och 40-t grus",
    ]
    _out = [
        "en gård från 1500-talet med stenfot",
        "mitten av 1700-talets bebyggelse",
        "byggt i början av 2000-talet",
        "Stugan är från 1800-talet. Den flyttades hit.",
        "populärt under 70-talet.",
        "från 40-talet eller 50-talet enligt källan",
        "köpte 30-t och 40-t grus",
    ]
    check(century_clips, _in, _out)


def test_emoji_before_its_noun() -> None:
    _in = [
        "svarade med en 😂-emoji",
        "klicka på 🔍-ikonen",
        "en 🌵-emoji i kommentaren",
        # guard: an emoji before another word
        "Sommar 😎-fest",
    ]
    _out = [
        "svarade med en skrattande emoji",
        "klicka på förstoringsglasikonen",
        "en emoji i kommentaren",
        "Sommar 😎-fest",
    ]
    check(emoji_compounds, _in, _out)
    assert normalize("Hon fick tio 👍-emojier.") == "Hon fick tio tumme upp-emojier."


def test_bible_chapters() -> None:
    _in = [
        "Söndagens text: 2 Kor. 5",
        "Läsningar vid högmässan: Luk. 10 och Rom 12:1",
        # guards: a name and a number with no church word, a verse left to the verse rule
        "Joh 4 vann klassen",
        "Rut 8 i kön",
    ]
    _out = [
        "Söndagens text: Andra Korinthierbrevet kapitel fem",
        "Läsningar vid högmässan: Lukasevangeliet kapitel tio och Romarbrevet kapitel tolv vers ett",
        "Joh 4 vann klassen",
        "Rut 8 i kön",
    ]
    check(bible_references, _in, _out)


def test_school_subjects_with_stops() -> None:
    _in = [
        "Vi söker en lärare i eng. och ty. till hösten",
        "Ämnen: fy., ke. och bi.",
        "behörighet i ma., tk. eller slö.",
        # guard: "bl.a." is never "bild"
        "i sv och bl.a. ma",
    ]
    _out = [
        "Vi söker en lärare i engelska och tyska till hösten",
        "Ämnen: fysik, kemi och biologi.",
        "behörighet i matematik, teknik eller slöjd.",
        "i sv och bl.a. ma",
    ]
    check(subject_lists, _in, _out)


def test_nautical_miles_and_unit_glosses() -> None:
    assert normalize("Båten kantrade 6 nm väster om Utö.") == "Båten kantrade sex nautiska mil väster om Utö."
    assert normalize("Chippet byggs med 5 nm teknik.") == "Chippet byggs med fem nanometer teknik."
    _in = ["seglade 30 distansminuter (nm) i natt", "cirka 18 kilometer (km) lång", "vid udden (nm)"]
    _out = ["seglade 30 distansminuter i natt", "cirka 18 kilometer lång", "vid udden (nm)"]
    check(unit_glosses, _in, _out)


def test_stat_pairs() -> None:
    _in = [
        "Nyberg 7 mål/13 assist, Holm 9/4 och Lax 2/10",
        "Skytteligan: Dahl 12/3 och Wik 5/6",
        # guard: a date after a name in a line without statistics
        "Mötet med Lind 3/9 i Falun",
    ]
    _out = [
        "Nyberg sju mål och tretton assist, Holm nio mål och fyra assist och Lax två mål och tio assist",
        "Skytteligan: Dahl tolv tre och Wik fem sex",
        "Mötet med Lind 3/9 i Falun",
    ]
    check(stat_pairs, _in, _out)


def test_dashed_identifiers_keep_their_dash() -> None:
    assert dashed_digits("716402-9911") == "sju ett sex fyra noll två streck nio nio ett ett"
    assert normalize("Stiftelsen har organisationsnummer 802017-4433.") == (
        "Stiftelsen har organisationsnummer åtta noll två noll ett sju streck fyra fyra tre tre.")
