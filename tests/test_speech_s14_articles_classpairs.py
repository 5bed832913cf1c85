"""Session 14 (S10), articles as a listener hears them: a sports class for
both sexes written as two letters with a slash ("har en klass för 7-manna P/F
10" in a football cup's page). The slash was dropped and the capitals left to
the voice ("P F tio", "P eff tio" when the number was glued, "F pe
tolv-laget"); now both letters are spelled, as "P13" is "pe tretton"
(rules/age_class_pairs.py, table data/age_class_letters.py). Since session 60 a class's number after the pair
is said with the groups in full ("pojkar och flickor tio"), as the blind writers said it; a compound keeps the
letters.
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (all eight read wrongly then).
BEFORE = [
    ("Cupen har en klass för P/F10.", "Cupen har en klass för pojkar och flickor tio."),
    ("Klass F/P 9 spelar på gräs.", "Klass flickor och pojkar nio spelar på gräs."),
    ("Lag P/F13 vann.", "Lag pojkar och flickor tretton vann."),
    ("Serien för P/F 11 startar i maj.", "Serien för pojkar och flickor elva startar i maj."),
    ("Hon spelar i F/P12-laget.", "Hon spelar i eff pe tolvlaget."),
    ("Vi har lag i P/F8, P/F9 och P/F10.", "Vi har lag i pojkar och flickor åtta, pojkar och flickor nio och pojkar och flickor tio."),
    ("Cupen för P/F 2015 hålls i juni.", "Cupen för pojkar och flickor tvåtusenfemton hålls i juni."),
    ("Träning för F/P-lagen", "Träning för eff pe-lagen"),
]

# Written after the fix.
AFTER = [
    ("Anmäl ditt lag i P/F 14 senast fredag.", "Anmäl ditt lag i pojkar och flickor fjorton senast fredag."),
    ("Veteranklassen H/D 40 springer fem kilometer.", "Veteranklassen herrar och damer fyrtio springer fem kilometer."),
    ("Vi söker ledare till F/P 2016.", "Vi söker ledare till flickor och pojkar tvåtusensexton."),
    ("Minicupen för P/F7 lockade fyrtio lag.", "Minicupen för pojkar och flickor sju lockade fyrtio lag."),
]

# Other slashes keep their readings.
GUARDS = [
    ("Priset var 100 kr/st", "Priset var hundra kronor styck"),
    ("Bilen höll 90 km/h.", "Bilen höll nittio kilometer i timmen."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_class_for_both_sexes(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_letters() -> None:
    rules = [(c.written, c.rule) for c in explain("Anmäl ditt lag i P/F 14 senast fredag.").changes]
    assert rules == [("P/F", "acronym"), ("14", "cardinal")]
