"""Session 16 (N5): numbers read by their context, found on fresh sentences. Cases written after each fix,
with other words and numbers than the sentences studied, and guards."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.found_numbers import (
    betting,
    church_notices,
    measures_found,
    placing_lists,
    player_shots,
    shares,
)

from . import check


def test_shares_of_a_group() -> None:
    _in = [
        "Av 420 medlemmar svarade 2/3 av dem ja.",
        "Nästan 3/5 från landsbygden tycker likadant.",
        "Av 90 elever bor ⅓ utanför tätorten.",
        "Av 60 deltagare kom 1/2 från Norge.",
        # guards: a date after "den", a fraction with no word of a group, a date after a verb with "kl." after
        "Mötet hålls den 3/4 från kl. 18.",
        "Receptet kräver 3/4 dl grädde.",
        "Jag kom 3/4 kl. 10.",
    ]
    _out = [
        "Av 420 medlemmar svarade två tredjedelar av dem ja.",
        "Nästan tre femtedelar från landsbygden tycker likadant.",
        "Av 90 elever bor en tredjedel utanför tätorten.",
        "Av 60 deltagare kom hälften från Norge.",
        "Mötet hålls den 3/4 från kl. 18.",
        "Receptet kräver 3/4 dl grädde.",
        "Jag kom 3/4 kl. 10.",
    ]
    check(shares, _in, _out)


def test_player_shots() -> None:
    _in = [
        "Målskyttar: Karlsson 6/8, Wallin 4/4, Holm 2/5.",
        "Handboll: Bäst i Redbergslid var Åberg 9/11.",
        # guards: a lone date in a line without a word of the game, more goals than shots
        "Konsert med Lundqvist 5/6 i kyrkan.",
        "Ek 9/3, Berg 7/2.",
    ]
    _out = [
        "Målskyttar: Karlsson sex av åtta, Wallin fyra av fyra, Holm två av fem.",
        "Handboll: Bäst i Redbergslid var Åberg nio av elva.",
        "Konsert med Lundqvist 5/6 i kyrkan.",
        "Ek 9/3, Berg 7/2.",
    ]
    check(player_shots, _in, _out)


def test_placing_lists() -> None:
    _in = ["med placeringarna 3–1 i finalerna", "Heatplaceringar 2-2-4 räckte", "en placering 10–12 i mål?",
           "på plats 1–3"]
    _out = ["med placeringarna tre ett i finalerna", "Heatplaceringar två två fyra räckte",
            "en placering tio tolv i mål?", "på plats 1–3"]
    check(placing_lists, _in, _out)


def test_betting_rows_and_odds() -> None:
    _in = ["Raden blev X 2 1 X.", "Spela 2 X 1 i första matchen.", "Odds 1,85 – 3,60 – 4,10 hos spelbolagen.",
           # guards: two signs only, a range of two decimals
           "Det stod 1 X i protokollet.", "Räntan 2,5–3,5 procent."]
    _out = ["Raden blev kryss två ett kryss.", "Spela två kryss ett i första matchen.",
            "Odds 1,85, 3,60, 4,10 hos spelbolagen.", "Det stod 1 X i protokollet.", "Räntan 2,5–3,5 procent."]
    check(betting, _in, _out)


def test_measures_found() -> None:
    _in = ["Turen tog 5 d 11 tim.", "byar om 25+ m/s", "fick 22+1 poäng i finalen", "Ge 250 mg ibuprofen x 3.",
           # guards: a plus before a word, a dose's measure "x" between two lengths, a "d" before no hours
           "Barn 12+ får delta.", "En matta på 3 x 4 m.", "Plan 2 d 5."]
    _out = ["Turen tog fem dygn 11 tim.", "byar om över 25 m/s", "fick 22 plus ett poäng i finalen",
            "Ge 250 mg ibuprofen gånger tre.", "Barn 12+ får delta.", "En matta på 3 x 4 m.", "Plan 2 d 5."]
    check(measures_found, _in, _out)
    assert normalize("Efter 2 tim. förhandling kom beskedet.") == "Efter två timmars förhandling kom beskedet."
    assert normalize("Vindbyar upp mot 35+ m/s.") == "Vindbyar upp mot över trettiofem meter per sekund."


def test_advent_and_notice_clocks() -> None:
    _in = ["Julmarknad den 3 advent.", "Tänd ljuset 4:e advent.", "Konsert 1 i advent", "Annandag jul 16.00 Julkonsert.",
           "Midsommarafton 14.30 dans kring stången",
           # guards: a weekday before a time (the calendar's), advent without a number
           "Onsdag 19.30 Bibelstudium", "Under advent 2025"]
    _out = ["Julmarknad den tredje advent.", "Tänd ljuset fjärde advent.", "Konsert första advent",
            "Annandag jul kl. 16.00 Julkonsert.", "Midsommarafton kl. 14.30 dans kring stången",
            "Onsdag 19.30 Bibelstudium", "Under advent 2025"]
    check(church_notices, _in, _out)
    assert normalize("Juldagen 07.00 Julotta i Ekby kyrka.") == "Juldagen klockan sju Julotta i Ekby kyrka."


def test_goal_minutes_in_a_list() -> None:
    assert normalize("Mål av Sandberg 23' och Ali 45+1'.") == (
        "Mål av Sandberg i tjugotredje minuten och Ali i fyrtiofemte minuten plus ett.")  # prose after "av": "i" (s20)
