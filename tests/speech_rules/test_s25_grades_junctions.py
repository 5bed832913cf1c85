"""Session 25, from normalize75 (blind to its before figure, then read): a letter grade after a verb in a line with a
percent is the grade, not the effective rate ("9 % fick F." was "fick effektiv ränta"); a junction's compass letter on
the second place of a pair or after a preposition ("trafikplats Birsta och Sundsvall N", "avfarten vid Mölndal S");
"RAM" said as a word. Written after the fixes, with other sentences; the guards: the rate stays the rate where it
stands by its figure, a place pair without a letter stays as written."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.words import lone_letters

from . import check


def test_a_grade_after_a_verb_is_no_effective_rate() -> None:
    assert normalize("Var femte elev, 21 %, fick F.") == "Var femte elev, tjugoett procent, fick eff."
    assert normalize("Andelen som fick F i kemi var 7 % och nästan lika många fick E.") == (
        "Andelen som fick eff i kemi var sju procent och nästan lika många fick E.")


def test_the_effective_rate_by_its_figure_stays_the_rate() -> None:
    assert normalize("Bolånet kostar 4,15 % eff.") == "Bolånet kostar fyra komma femton procent effektiv ränta."
    assert normalize("Nominell ränta 6,9 % (eff. 7,23 %).") == (
        "Nominell ränta sex komma nio procent (effektiv ränta sju komma tjugotre procent).")


def test_a_junctions_compass_letter_on_the_second_place() -> None:
    _in = [
        "Olyckan skedde mellan trafikplats Rotebro och Upplands Väsby N i södergående riktning.",
        "Avfarten mot Borlänge S stängs under natten.",
        "Hållplats Centrum och Lugnvik V trafikeras inte i helgen.",
    ]
    _out = [
        "Olyckan skedde mellan trafikplats Rotebro och Upplands Väsby norra i södergående riktning.",
        "Avfarten mot Borlänge södra stängs under natten.",
        "Hållplats Centrum och Lugnvik västra trafikeras inte i helgen.",
    ]
    check(lone_letters, _in, _out)


def test_a_place_pair_without_a_letter_stays() -> None:
    assert normalize("Trafikplats Rosersberg och Arlanda stängs i natt.") == (
        "Trafikplats Rosersberg och Arlanda stängs i natt.")


def test_ram_is_said_as_a_word() -> None:
    assert normalize("Datorn har 32 GB RAM.") == "Datorn har trettiotvå gigabyte ram."


def test_small_letter_heads_of_compounds_are_spelled() -> None:
    """From normalize76 ("va-taxa" said "ve a-taxa"); "va" and "pr" only before a hyphen."""
    assert normalize("Kommunen höjer va-avgiften och bygger ut va-nätet.") == (
        "Kommunen höjer ve a-avgiften och bygger ut ve a-nätet.")
    assert normalize("En pr-konsult anställs.") == "En pe ärr-konsult anställs."
    assert normalize("Vvs-firman fick uppdraget.") == "Ve ve ess-firman fick uppdraget."
    assert normalize("Va tycker du om det?") == "Va tycker du om det?"  # "vad" in speech, no hyphen


def test_the_police_and_crisis_numbers_digit_by_digit() -> None:
    """From normalize75 and normalize76: every writer said "ett ett fyra ett fyra"."""
    assert normalize("Har du sett något, ring 114 14.") == "Har du sett något, ring ett ett fyra ett fyra."
    assert normalize("Information om krisen på 113 13.") == "Information om krisen på ett ett tre ett tre."


def test_an_underscore_padding_a_handle_is_not_said() -> None:
    """From normalize76 ("@emmasvensson_"); one between two parts still is."""
    assert normalize("Hon skriver som @karin_lund_ på Instagram.") == (
        "Hon skriver som snabel-a karin understreck lund på Instagram.")
