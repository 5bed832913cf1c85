"""Session 14 (S10), articles as a listener hears them: a range written with
number words joined by a dash ("isen var bara fem–sex centimeter tjock" in a
snowmobile club's report, "två–tre frivilliga" in a dance club's letter,
"budgivning med fem–sex spekulanter" in an estate agent's blog). The dash
stayed glued between the words; now it is "till", as in "5–6"
(rules/word_ranges.py, table data/range_words.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (all eight read wrongly then).
BEFORE = [
    ("Räkna med tre–fyra timmars arbete.", "Räkna med tre till fyra timmars arbete."),
    ("Vi söker fem-sex nya ledare till hösten.", "Vi söker fem till sex nya ledare till hösten."),
    ("Det tar tio–femton minuter att gå dit.", "Det tar tio till femton minuter att gå dit."),
    ("Ungefär tjugo–trettio personer brukar komma.", "Ungefär tjugo till trettio personer brukar komma."),
    ("Plantera löken sju–åtta centimeter djupt.", "Plantera löken sju till åtta centimeter djupt."),
    ("Det blir två–tre träffar i månaden.", "Det blir två till tre träffar i månaden."),
    ("Hon har bott här i fyrtio–femtio år.", "Hon har bott här i fyrtio till femtio år."),
    ("En–två gånger i veckan räcker.", "En till två gånger i veckan räcker."),
]

# Written after the fix.
AFTER = [
    ("Boka fyra–fem dagar i förväg.", "Boka fyra till fem dagar i förväg."),
    ("Räkna med tjugofem–trettio deltagare.", "Räkna med tjugofem till trettio deltagare."),
    ("Vi behöver åtta-tio vuxna som följer med.", "Vi behöver åtta till tio vuxna som följer med."),
    ("Det dröjer sex–sju veckor innan svaret kommer.", "Det dröjer sex till sju veckor innan svaret kommer."),
]

# A score in words (the winner first, or a score's word before it) and
# hyphenated words that are no numbers keep their dash.
GUARDS = [
    ("Matchen slutade tre–ett till gästerna.", "Matchen slutade tre–ett till gästerna."),
    ("Laget förlorade med ett–två efter förlängning.", "Laget förlorade med ett–två efter förlängning."),
    ("Britt-Marie och en-till-en-samtal.", "Britt-Marie och en-till-en-samtal."),
    ("Det var 5–6 personer där.", "Det var fem till sex personer där."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_number_word_ranges(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_range() -> None:
    rules = [(c.written, c.rule) for c in explain("Boka fyra–fem dagar i förväg.").changes]
    assert rules == [("fyra–fem", "range")]
