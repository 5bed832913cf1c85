"""Session 24: a race time before "efter", "bakom" or "före" is a gap, said in full in tenths too (normalize71's
opened half: "1.07,4 efter segrande Vittozzi"); a range of quarters, "Q1–Q3", is "första till tredje kvartalet"
(normalize67). Written after the fixes, with other races, gaps and quarters; the guards: a trotter's kilometre time
keeps the counting form, a lone quarter stays the quarter."""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.racing import race_times

from . import check


def test_a_gap_in_tenths_is_said_in_full() -> None:
    _in = [
        "Elvira Öberg var 1.03,8 efter vinnaren i jaktstarten",
        "Stina Nilsson kom 2.15,6 bakom täten",
        "han var 1.21,4 före Johannes Thingnes Bø",
    ]
    _out = [
        "Elvira Öberg var en minut och tre komma åtta sekunder efter vinnaren i jaktstarten",
        "Stina Nilsson kom två minuter och femton komma sex sekunder bakom täten",
        "han var en minut och tjugoett komma fyra sekunder före Johannes Thingnes Bø",
    ]
    check(race_times, _in, _out)


def test_a_trotters_kilometre_time_keeps_the_counting_form() -> None:
    _in = ["Ekbackens Tösa travade 1.14,2 före stallkamraten på Solvalla", "km-tid 1.12,5 efter en fin resa"]
    _out = ["Ekbackens Tösa travade ett fjorton komma två före stallkamraten på Solvalla",
            "km-tid ett tolv komma fem efter en fin resa"]
    check(race_times, _in, _out)


def test_a_range_of_quarters() -> None:
    assert normalize("Orderingången steg under Q2–Q4.") == "Orderingången steg under andra till fjärde kvartalet."
    assert normalize("Vinsten för Q1–Q3 2026 ökade.") == "Vinsten för första till tredje kvartalet tvåtusentjugosex ökade."
    assert normalize("Under Q3 föll vinsten.") == "Under tredje kvartalet föll vinsten."
