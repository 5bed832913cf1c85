"""Session 14 (S10), articles as a listener hears them: a ship's name after
its short form with a slash ("färjan m/s Nagu", "m/s Falkö" in an
archipelago weekly; "ångbåten S/S Trafik" in a motorhome club's report). A
small "m/s" lost its slash to a pause ("m s Falkö") and "M/T" stayed two
capitals; now both letters are spelled as "M/S" already was
(rules/ship_prefixes.py, table data/ship_letters.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (six of eight read wrongly then; the capitals of
# "M/S" and "S/S" were spelled already).
BEFORE = [
    ("Färjan m/s Viking Grace ligger vid kaj.", "Färjan emm ess Viking Grace ligger vid kaj."),
    ("Ombord på s/s Blidösund serveras lunch.", "Ombord på ess ess Blidösund serveras lunch."),
    ("Turen med M/S Gustaf Wasa går klockan tio.", "Turen med emm ess Gustaf Wasa går klockan tio."),
    ("Veteranbåten S/S Orion fyller hundra år.", "Veteranbåten ess ess Orion fyller hundra år."),
    ("Motorseglaren m/y Eira ankrade i viken.", "Motorseglaren emm y Eira ankrade i viken."),
    ("Tankern M/T Sofia grundstötte i natt.", "Tankern emm te Sofia grundstötte i natt."),
    ("Vi åkte med m/s Birka till Mariehamn.", "Vi åkte med emm ess Birka till Mariehamn."),
    ("Ångaren s/s Ejdern gör sista turen för säsongen.", "Ångaren ess ess Ejdern gör sista turen för säsongen."),
]

# Written after the fix.
AFTER = [
    ("Vi tog m/s Cinderella till Åland.", "Vi tog emm ess Cinderella till Åland."),
    ("Ångbåten s/s Storskär lägger till vid Strömkajen.", "Ångbåten ess ess Storskär lägger till vid Strömkajen."),
    ("Lotsbåten M/S Stella kom fram.", "Lotsbåten emm ess Stella kom fram."),
    ("Färjan m/f Linda ersätter.", "Färjan emm eff Linda ersätter."),
]

# A speed in metres per second stays a unit, even before a capital.
GUARDS = [
    ("Vinden låg på 9 m/s Sedan mojnade det.", "Vinden låg på nio meter per sekund Sedan mojnade det."),
    ("Byvinden nådde 25 m/s.", "Byvinden nådde tjugofem meter per sekund."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_ship_prefixes(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_short_form() -> None:
    rules = [(c.written, c.rule) for c in explain("Vi tog m/s Cinderella till Åland.").changes]
    assert rules == [("m/s", "abbreviation")]
