"""Session 12: after the bare word "nr" or "nummer" a run of six digits or more
names something and is said digit by digit ("faktura nr 20251187" was "tjugo
miljoner ..."); a "#" after a "-nummer" compound is not said again
("Ordernummer #48213" was "ordernummer nummer"). Written after the fix, with
guards (a round number stays a count, a short number stays as before)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Betala in på avi nr 30045678 före månadsskiftet.", "nummer tre noll noll fyra fem sex sju åtta före"),
    ("Reklamationen har fått nummer 6612093.", "nummer sex sex ett två noll nio tre"),
    ("Anmälan är registrerad under nr. 4410032 hos polisen.", "fyra fyra ett noll noll tre två hos"),
    ("Paketet med Nr 772301 är på väg.", "sju sju två tre noll ett"),
    ("Artikelnummer #55120 är slut i lager.", "artikelnummer femtiofemtusenetthundratjugo"),
])
def test_number_that_names(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    # guards: a round number after "nummer" is a count, a short one stays as it was, a sum stays money
    ("Hon blev kund nummer 2000000 i butiken.", "nummer två miljoner"),
    ("Lott nr 23456 vann en resa.", "tjugotretusenfyrahundrafemtiosex"),
    ("Han bar nummer 10 i laget.", "nummer tio"),
    ("Fakturan nr 3 gällde 125000 kronor.", "nummer tre gällde hundratjugofemtusen kronor"),
])
def test_counts_kept(text: str, want: str) -> None:
    assert want in normalize(text).lower()
