"""Session 13 (S8), articles as a listener hears them: a table's row in an
article's body, its cells joined by tabs (dumps' gold lines) or by the HTML
reader's spaced dashes ("Kultur – 14 – 960 000 kr"). Seen on 8 sites of the
dev extraction sets (53 lines with tabs: election results, statistics,
weather, grants, school admissions, film series, fibre roll-out, heating
prices); before the fix two columns' numbers became one ("fjorton miljoner
niohundrasextiotusen kronor") or a range/score ("tolv till ...", "mot").
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (all eight read wrongly then), other wordings than the articles'.
BEFORE = [
    ("Hockey\t12\t340 000 kr", "Hockey, tolv, trehundrafyrtiotusen kronor"),
    ("Norra distriktet\t1 245\t388\t31,2 %", "Norra distriktet, tusentvåhundrafyrtiofem, trehundraåttioåtta, trettioett komma två procent"),
    ("Skola\tElever\tLärare", "Skola, Elever, Lärare"),
    ("Bergsskolan\t214\t19", "Bergsskolan, tvåhundrafjorton, nitton"),
    ("Luleå\t-12,4\t-3,1\t38", "Luleå, minus tolv komma fyra, minus tre komma ett, trettioåtta"),
    ("Hockey – 12 – 340 000 kr", "Hockey, tolv, trehundrafyrtiotusen kronor"),
    ("Nej – 2 310 – 44,8 %", "Nej, tvåtusentrehundratio, fyrtiofyra komma åtta procent"),
    ("Barn- och fritidsprogrammet – 64 – 52", "Barn- och fritidsprogrammet, sextiofyra, femtiotvå"),
]

# Written after the fix.
AFTER = [
    ("Fotboll\t31\t1 200 000 kr", "Fotboll, trettioett, en miljon tvåhundratusen kronor"),
    ("Västra Ön\t2 804\t97\t3,5 %", "Västra Ön, tvåtusenåttahundrafyra, nittiosju, tre komma fem procent"),
    ("Fjällskolan – 88 – 11", "Fjällskolan, åttioåtta, elva"),
    ("Umeå – 4,2 – -1,8 – 96", "Umeå, fyra komma två, minus ett komma åtta, nittiosex"),
    # an election's row with last time's change in brackets (the HTML reader's form of b10-m16's table)
    ("Bygdelistan – 845 – 9,1 % – +2,0 – 3 (+1)", "Bygdelistan, åttahundrafyrtiofem, nio komma ett procent, plus två komma noll, tre (plus ett)"),
    ("Moderaterna – 12,4 % – −1,1", "Moderaterna, tolv komma fyra procent, minus ett komma ett"),
]

# Near misses that keep the old reading: a label with a digit, a cell of words, one dash.
GUARDS = [
    ("Lag A – 3", "Lag A – tre"),
    ("Stängt 12 – 13 – lunch", "Stängt tolv till tretton – lunch"),
    ("Göteborg – Malmö – 3 timmar", "Göteborg – Malmö – tre timmar"),
    ("Öppet 10 – 14 – välkomna!", "Öppet tio till fjorton – välkomna!"),
    ("Priset blev 120 – 150 kronor – rimligt.", "Priset blev hundratjugo till hundrafemtio kronor – rimligt."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_table_row(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_cells_and_each_number() -> None:
    rules = [c.rule for c in explain("Ishockey – 6 – 410 000 kr").changes]
    assert rules[0] == "table cell"
    assert "money" in rules and "cardinal" in rules
    tab_rules = [c.rule for c in explain("Fotboll\t31\t1 200 000 kr").changes]
    assert tab_rules.count("table cell") == 2


def test_edge_tabs_and_empty_cells() -> None:
    assert normalize("\tBandy\t\t5\t") == "Bandy, fem"
    assert normalize("Summa:\t48") == "Summa: fyrtioåtta"
