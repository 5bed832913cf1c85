"""Session 15 (S2), the paper's dense sections: ``church`` (hymns' numbers, the Sundays of advent), ``nautical``
(nautical miles written "M", positions, lone compass letters at sea), ``hits`` (a shooter's hits out of a series).

One ``_in``/``_out`` table per rule, each rule alone on the written form; the inputs were written after the fixes,
in other words and numbers than the set s15sections the fixes were made on, with guards the rules must leave.
"""

from __future__ import annotations

from audiocast.speech.rules.church import church_days, hymn_numbers
from audiocast.speech.rules.hits import hits
from audiocast.speech.rules.nautical import nautical_miles, sea_compass, sea_positions

from . import check


def test_hymn_numbers() -> None:
    _in = [
        "Gudstjänst, Ps. 35, 212 och 745.",
        "Vi sjunger Ps 160:2–5 vid dopet.",
        "Psalmer: 12, 318:1–4, 96.",
        "Psalm 741:3 sjungs av kören.",
        # guards: the Psalter with a verse, a count after the list, no number
        "Läsning ur Ps. 121:1–8 i kväll.",
        "Vi sjöng psalm 8, 14 personer kom.",
        "Psalmboken delades ut.",
        "PS. Glöm inte fikat!",
    ]
    _out = [
        "Gudstjänst, psalm trettiofem, tvåhundratolv och sjuhundrafyrtiofem.",
        "Vi sjunger psalm hundrasextio vers två till fem vid dopet.",
        "Psalmer: tolv, trehundraarton vers ett till fyra, nittiosex.",
        "Psalm sjuhundrafyrtioett vers tre sjungs av kören.",
        "Läsning ur Ps. 121:1–8 i kväll.",
        "Vi sjöng psalm åtta, 14 personer kom.",
        "Psalmboken delades ut.",
        "PS. Glöm inte fikat!",
    ]
    check(hymn_numbers, _in, _out)


def test_church_days() -> None:
    _in = [
        "Sånggudstjänst 3:e adv. kl. 18.",
        "Luciafest fjärde adv. i Vists kyrka.",
        "Julkonsert 4:e adv. Välkomna!",
        # guards: a lawyer without an ordinal, advent written out
        "Kontakta din adv. i god tid.",
        "Musik 2:a advent i kyrkan.",
    ]
    _out = [
        "Sånggudstjänst tredje advent kl. 18.",
        "Luciafest fjärde advent i Vists kyrka.",
        "Julkonsert fjärde advent. Välkomna!",
        "Kontakta din adv. i god tid.",
        "Musik 2:a advent i kyrkan.",
    ]
    check(church_days, _in, _out)


def test_nautical_miles() -> None:
    _in = [
        "Färjan stoppades 4 M söder om Öland.",
        "Ett vrak hittades 9 M NV om Hoburg.",
        "Fisket är förbjudet inom 3 M från kusten.",
        # guards: a size, a party's letter, a million
        "Jackan finns i 2 M och L.",
        "Partierna fick S 18, M 12 mandat.",
        "Projektet kostar 40 M i år.",
    ]
    _out = [
        "Färjan stoppades 4 nautiska mil söder om Öland.",
        "Ett vrak hittades 9 nautiska mil NV om Hoburg.",
        "Fisket är förbjudet inom 3 nautiska mil från kusten.",
        "Jackan finns i 2 M och L.",
        "Partierna fick S 18, M 12 mandat.",
        "Projektet kostar 40 M i år.",
    ]
    check(nautical_miles, _in, _out)


def test_sea_positions() -> None:
    _in = [
        "Bojen ligger på 55° 21′ N, 14° 03′ O.",
        "Isgränsen gick vid 63° N i går.",
        "Vraket låg på 58° 12,5′ N.",
        # guards: a temperature, degrees without a hemisphere
        "Det var 24° C i vattnet.",
        "Vinkeln är 45° mot vägen.",
    ]
    _out = [
        "Bojen ligger på femtiofem grader tjugoett minuter nord, fjorton grader tre minuter ost.",
        "Isgränsen gick vid sextiotre grader nord i går.",
        "Vraket låg på femtioåtta grader tolv komma fem minuter nord.",
        "Det var 24° C i vattnet.",
        "Vinkeln är 45° mot vägen.",
    ]
    check(sea_positions, _in, _out)


def test_sea_compass() -> None:
    _in = [
        "Drivis siktades V om Holmöarna i morse.",
        "Isläget: Bottenhavet S om 62° N öppet vatten.",
        "Sjörapport: Ålands hav N 6–9, sikt god.",
        # guards: a party before "om" in a line not about the sea, a name
        "S om budgeten: Vi säger nej.",
        "V om Vänsterpartiets förslag i fullmäktige.",
    ]
    _out = [
        "Drivis siktades väster om Holmöarna i morse.",
        "Isläget: Bottenhavet söder om 62° N öppet vatten.",
        "Sjörapport: Ålands hav nord 6–9, sikt god.",
        "S om budgeten: Vi säger nej.",
        "V om Vänsterpartiets förslag i fullmäktige.",
    ]
    check(sea_compass, _in, _out)


def test_hits() -> None:
    _in = [
        "Skidskytte, sprint: Lisa Holm 4/5, Tova Ek 3/5.",
        "Luftgevär: Emil Strand, Eksjö SF, 19/20 i sista serien.",
        # guards: a date after a place, a count over the shots, no shooting in the line
        "Skyttetävling i Hjo 5/5.",
        "Skytte: Nils Ek 7/5 flyttades.",
        "Konsert med Anna Berg 5/5 i kyrkan.",
    ]
    _out = [
        "Skidskytte, sprint: Lisa Holm fyra av fem, Tova Ek tre av fem.",
        "Luftgevär: Emil Strand, Eksjö SF, nitton av tjugo i sista serien.",
        "Skyttetävling i Hjo 5/5.",
        "Skytte: Nils Ek 7/5 flyttades.",
        "Konsert med Anna Berg 5/5 i kyrkan.",
    ]
    check(hits, _in, _out)
