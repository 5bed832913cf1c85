"""Session 16 (N3), the paper's sections (court, business, care, culture, traffic, sports): a review's grade in
stars opening its line (``cleanup``, ``review_grades``), a grade's noun before "4/5" (``calendar``), a dose's
"mg/ml" (``slash_units``), a price per a unit's definite form, "kr/kilot" (``quantities``), a motor race's
thousandths after hours with a colon, "1:35.12,456" (``racing``), a rate's half without an article, "½ pris" (``symbols``,
``calendar``).

One ``_in``/``_out`` table per rule, each rule alone on the written form; the inputs were written after the fixes,
in other words and numbers than the set s16sections the fixes were made on, with guards the rules must leave.
"""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.calendar import dates
from audiocast.speech.rules.cleanup import clean
from audiocast.speech.rules.quantities import money
from audiocast.speech.rules.racing import race_times
from audiocast.speech.rules.slash_units import unit_slashes
from audiocast.speech.rules.symbols import symbols

from . import check


def test_review_stars_opening_the_line() -> None:
    _in = [
        "★★★★ Lindqvists nya roman är hennes bästa hittills.",
        "★★☆☆☆ Albumet saknar riktigt bra låtar.",
        "★★★★★ Regissören lyckas med allt.",
        # guards: a frame, a heading without a review's word, one star, stars after the text
        "★★ Höstmarknad ★★",
        "★★★ Loppis i Folkets hus på söndag.",
        "★ Nytt i butiken: sommarkläder.",
    ]
    _out = [
        "fyra stjärnor. Lindqvists nya roman är hennes bästa hittills.",
        "två av fem stjärnor. Albumet saknar riktigt bra låtar.",
        "fem stjärnor. Regissören lyckas med allt.",
        "Höstmarknad",
        "Loppis i Folkets hus på söndag.",
        "Nytt i butiken: sommarkläder.",
    ]
    check(clean, _in, _out)


def test_grade_noun_before_rating() -> None:
    _in = [
        "Betyg 3/5 för kockens nya meny.",
        "Omdöme: 2/5 trots fina miljöer.",
        "Totalbetyg 8/10 till den nya mobilen.",
        # guards: a date after "den", a grade word far before, no grade word
        "Betyget kom den 3/5 för sent.",
        "Recensionen om boken, publicerad 2/5 för övrigt, var lång.",
        "Mötet är 4/5 för alla medlemmar.",
    ]
    _out = [
        "Betyg tre av fem för kockens nya meny.",
        "Omdöme: två av fem trots fina miljöer.",
        "Totalbetyg åtta av tio till den nya mobilen.",
        "Betyget kom den tredje maj för sent.",
        "Recensionen om boken, publicerad andra maj för övrigt, var lång.",
        "Mötet är fjärde maj för alla medlemmar.",
    ]
    check(dates, _in, _out)


def test_dose_per_volume() -> None:
    # Since session 50 the unit tables read a measure per millilitre themselves (``data/quantities._PER_DENOMINATORS``),
    # so this rule leaves "mg/ml" to them like "mg/l"; the whole line is read as before.
    _in = [
        "Lösningen innehåller 4 mg/ml.",
        "Sirapen har 2,5 mg/ml av det verksamma ämnet.",
        "Droppet ger 3 µg/ml i blodet.",
        # guards: pairs the unit tables read with their own words
        "Barnet fick 15 mg/kg kroppsvikt.",
        "Nitrathalten var 12 mg/l.",
    ]
    check(unit_slashes, _in, list(_in))
    check(normalize, _in[:3], [
        "Lösningen innehåller fyra milligram per milliliter.",
        "Sirapen har två komma fem milligram per milliliter av det verksamma ämnet.",
        "Droppet ger tre mikrogram per milliliter i blodet.",
    ])


def test_price_per_definite_unit() -> None:
    _in = [
        "Jordgubbar 35 kr/litern på torget.",
        "Rökt lax för 290 kr/kilot.",
        "Stugan hyrs ut för 650 kr/natten.",
        # guards: the short form keeps its "per", a price without a slash
        "Äpplen 25 kr/kg.",
        "Sylt för 40 kr burken.",
    ]
    _out = [
        "Jordgubbar trettiofem kronor litern på torget.",
        "Rökt lax för tvåhundranittio kronor kilot.",
        "Stugan hyrs ut för sexhundrafemtio kronor natten.",
        "Äpplen tjugofem kronor per kilo.",
        "Sylt för fyrtio kronor burken.",
    ]
    check(money, _in, _out)


def test_race_time_thousandths_after_hours() -> None:
    _in = [
        "Vinnaren gick i mål på 1:41.07,382 efter 66 varv.",
        "Han körde loppet på 2:03.55,91.",
        # guards: a lap time without hours, a clock with seconds
        "Snabbaste varv: 1:18,904.",
    ]
    _out = [
        "Vinnaren gick i mål på en timme fyrtioett minuter och sju komma tre åtta två sekunder efter 66 varv.",
        "Han körde loppet på två timmar tre minuter och femtiofem komma nittioett sekunder.",
        "Snabbaste varv: en arton komma nio noll fyra.",
    ]
    check(race_times, _in, _out)


def test_half_of_a_rate() -> None:
    _in = [
        "Ungdomar ½ hyra första året.",
        "Pensionärer ½ entréavgift.",
        # guards: a measure's half keeps its article, a written article is not doubled
        "Ta ½ kopp socker.",
        "Ett ½ år senare.",
    ]
    _out = [
        "Ungdomar halv hyra första året.",
        "Pensionärer halv entréavgift.",
        "Ta en halv kopp socker.",
        "Ett halvt år senare.",
    ]
    check(symbols, _in, _out)


def test_half_of_a_rate_with_a_slash() -> None:
    _in = [
        "Seniorer betalar 1/2 medlemsavgift.",
        "Hon fick 1/2 ersättning under sjukskrivningen.",
        # guard: a pack's half keeps its article
        "Tillsätt 1/2 paket jäst.",
    ]
    _out = [
        "Seniorer betalar halv medlemsavgift.",
        "Hon fick halv ersättning under sjukskrivningen.",
        "Tillsätt ett halvt paket jäst.",
    ]
    check(dates, _in, _out)
