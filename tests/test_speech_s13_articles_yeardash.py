"""Session 13 (S8), articles as a listener hears them: a year, a spaced dash
and a count of that year's things ("2022 – 872" in an insurer's table of
claims per year, the HTML reader's two cells; "sedan 2001 – 118 kommuner
krympte" in a statistics office's headline). The dash was joined to the
numbers and read as a span ("tvåtusennio till femtiosju") or left glued
between two number words; now it is a comma (rules/year_dashes.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (all eight read wrongly then).
BEFORE = [
    ("Antal inbrott per år: 2021 – 412", "Antal inbrott per år: tvåtusentjugoett – fyrahundratolv"),
    ("Sämsta året sedan 2009 – 57 företag gick i konkurs", "Sämsta året sedan tvåtusennio – femtiosju företag gick i konkurs"),
    ("2023 – 1 208 besökare", "Tvåtusentjugotre – tusentvåhundraåtta besökare"),
    ("Rekord 2024 – 640 deltagare i loppet", "Rekord tvåtusentjugofyra – sexhundrafyrtio deltagare i loppet"),
    ("Sedan starten 2018 – 9 nya tjänster", "Sedan starten tvåtusenarton – nio nya tjänster"),
    ("1995 – 314 elever, 2025 – 188 elever", "Nittonhundranittiofem – trehundrafjorton elever, tvåtusentjugofem – hundraåttioåtta elever"),
    ("Medlemmar 2020 – 75", "Medlemmar tvåtusentjugo – sjuttiofem"),
    ("Höjden 2019 – 130 cm", "Höjden tvåtusennitton – hundratrettio centimeter"),
]

# Written after the fix.
AFTER = [
    ("Anmälda skador 2017 – 238", "Anmälda skador tvåtusensjutton – tvåhundratrettioåtta"),
    ("Flest nya invånare sedan 1999 – 64 kommuner växte", "Flest nya invånare sedan nittonhundranittionio – sextiofyra kommuner växte"),
    ("Besökare 2022 – 3 410", "Besökare tvåtusentjugotvå – tretusenfyrahundratio"),
    ("Kullen 2016 – 7 valpar", "Kullen tvåtusensexton – sju valpar"),
]

# Spans stay spans: four digits after the dash, a two-digit end soon after the year; a score stays a score.
GUARDS = [
    ("Säsongen 2024 – 25 blev tuff.", "Säsongen tvåtusentjugofyra till tjugofem blev tuff."),
    ("Åren 2019 – 2023 var goda.", "Åren tvåtusennitton till tvåtusentjugotre var goda."),
    ("Perioden 2021 – 24 blev lugn.", "Perioden tvåtusentjugoett till tjugofyra blev lugn."),
    ("Säsongen 1995 – 99", "Säsongen nittonhundranittiofem till nittionio"),
    ("Matchen slutade 24 – 18.", "Matchen slutade tjugofyra mot arton."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_year_then_count(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_year_and_the_count() -> None:
    rules = [(c.written, c.rule) for c in explain("Besökare 2022 – 3 410").changes]
    assert rules == [("2022", "year"), ("3 410", "cardinal")]
