"""Session 23 (lead): a visit's price in an ad, "kr/beh." and "kr/tillf." ("per behandling", "per tillfälle"),
seen in normalize67's opened half; a decision's active verb making a pair a vote (normalize69). Written after the
fixes, with other services, prices, bodies and votes; the guards: a price per a word the table does not know keeps
"per" and the word as written; a match's score stays a score."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize
from audiocast.speech.rules.quantities import money

from . import check


def test_price_per_visit() -> None:
    _in = [
        "Massage 60 min, 695 kr/beh. hos oss",
        "Yoga i bygdegården 120 kr/tillf. och ta med matta",
        "Hyra 80 kr/timme i hallen",
    ]
    _out = [
        "Massage 60 min, sexhundranittiofem kronor per behandling hos oss",
        "Yoga i bygdegården hundratjugo kronor per tillfälle och ta med matta",
        "Hyra åttio kronor per timme i hallen",
    ]
    check(money, _in, _out)


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # Session 23 (normalize69's opened set): a decision's verb in the active ("beviljade", "avstyrkte",
        # "tillstyrkte") before "med N–M" makes the pair a vote, "mot", as the passive forms did.
        ("Kulturnämnden beviljade bidraget med 6–5 efter en lång debatt.", "beviljade bidraget med sex mot fem"),
        ("Styrelsen tillstyrkte förslaget med 8–1.", "tillstyrkte förslaget med åtta mot ett"),
        ("Nämnden beviljade 5–4 att riva huset.", "beviljade fem mot fyra att riva"),
        # guard: a match's score stays a score
        ("Bortalaget vann med 6–5 efter straffar.", "vann med sex mot fem efter straffar"),
    ],
)
def test_a_decisions_active_verb_makes_a_vote(text: str, spoken: str) -> None:
    assert spoken in normalize(text)
