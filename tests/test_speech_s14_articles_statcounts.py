"""Session 14 (S10), articles as a listener hears them: a statistic's figure
for its year after a colon ("Antal larm 2008: 112" in a local paper's fact
table of a fire brigade). The figure 112 was read as the emergency number
dialled, "ett ett två"; after a year and its colon it is a count,
"hundratolv" (rules/contact.py, ``_service``).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (six of seven read wrongly then; 1177 left out: its
# count is said as a year's "elvahundrasjuttiosju", a choice of its own).
BEFORE = [
    ("Antal larm 2008: 112", "Antal larm tvåtusenåtta: hundratolv"),
    ("Utryckningar 2023: 112", "Utryckningar tvåtusentjugotre: hundratolv"),
    ("Besökare 2019: 112", "Besökare tvåtusennitton: hundratolv"),
    ("Larm per år – 2020: 112, 2021: 98", "Larm per år – tvåtusentjugo: hundratolv, tvåtusentjugoett: nittioåtta"),
    ("Ärenden 2024: 112 (97)", "Ärenden tvåtusentjugofyra: hundratolv (nittiosju)"),
    ("Anmälda brott 2022: 112.", "Anmälda brott tvåtusentjugotvå: hundratolv."),
    ("Medlemmar 2025: 112", "Medlemmar tvåtusentjugofem: hundratolv"),
]

# Written after the fix.
AFTER = [
    ("Räddningsinsatser 2017: 112", "Räddningsinsatser tvåtusensjutton: hundratolv"),
    ("Inbrott 2020: 112, inbrott 2021: 87", "Inbrott tvåtusentjugo: hundratolv, inbrott tvåtusentjugoett: åttiosju"),
    ("Kursdeltagare 2024: 112 personer", "Kursdeltagare tvåtusentjugofyra: hundratolv personer"),
    ("Skador 2016: 112", "Skador tvåtusensexton: hundratolv"),
]

# The number to call keeps its digits.
GUARDS = [
    ("Vid brand: 112", "Vid brand: ett ett två"),
    ("Ring 112", "Ring ett ett två"),
    ("Nödnummer: 112", "Nödnummer: ett ett två"),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_a_year_figure_is_no_number_dialled(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_count() -> None:
    rules = [(c.written, c.rule) for c in explain("Räddningsinsatser 2017: 112").changes]
    assert rules == [("2017", "year"), ("112", "cardinal")]
