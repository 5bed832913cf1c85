"""Session 26, from normalize77 (blind to its before figure, then read): hours, minutes and seconds with dots after the
racer's noun ("bäste lokala åkare på 4.02.17") are a race time; "fr." after a word of coming or moving from somewhere
("flyttade hit fr. Örebro") is "från"; a placing "N:a" with its team named after the verb ("ligger Önnered nu 7:a")
is said as its noun. Written after the fixes, with other sentences; the guards: a clock time after a haulier, "fr."
as written where nothing says from, an ordinal after a name and no verb of finishing."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_race_time_after_the_racers_noun() -> None:
    assert normalize("Snabbaste löparen från Bollnäs kom in på 3.08.44 i maran.") == (
        "Snabbaste löparen från Bollnäs kom in på tre timmar åtta minuter och fyrtiofyra sekunder i maran.")
    assert normalize("Bäste cyklist i klubben var Lars Ek på 5.11.02.") == (
        "Bäste cyklist i klubben var Lars Ek på fem timmar elva minuter och två sekunder.")


def test_a_hauliers_clock_time_stays_a_clock_time() -> None:
    assert normalize("Åkaren levererar kl. 12.30 varje dag.") == "Åkaren levererar klockan tolv och trettio varje dag."


def test_from_after_coming_or_moving() -> None:
    assert normalize("Målvakten kom fr. Västerås inför säsongen.") == "Målvakten kom från Västerås inför säsongen."
    assert normalize("Familjen flyttade fr. Kiruna 1998.") == "Familjen flyttade från Kiruna nittonhundranittioåtta."


def test_a_placing_with_its_team_after_the_verb() -> None:
    assert normalize("Efter helgen ligger Tegs SK nu 4:a i serien.") == (
        "Efter helgen ligger Tegs ess kå nu fyra i serien.")
    assert normalize("Inför sista omgången ligger Kalix 2:a med 30 poäng.") == (
        "Inför sista omgången ligger Kalix tvåa med trettio poäng.")


def test_an_ordinal_after_a_name_without_a_verb_of_finishing() -> None:
    assert normalize("Kalix 2:a lag spelar i division 4.") == "Kalix andra lag spelar i division fyra."
