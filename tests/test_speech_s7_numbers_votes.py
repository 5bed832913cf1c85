"""Session 7 (by class), votes with a part of three digits: "röstade
112–71" lost its first part to the phone rule ("ett ett två") and its dash.
Tried on 10 sentences written before the fix (3 failed); these were written
after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Stortinget röstade 112–57 för budgeten.", "röstade hundratolv mot femtiosju för"),
    ("Motionen avslogs 201–112 efter debatten.", "avslogs tvåhundraett mot hundratolv efter"),
    ("Vid voteringen blev det 112–110 till regeringens fördel.", "hundratolv mot hundratio till"),
    ("Bundestag antogs lagen med rösterna 412–189.", "fyrahundratolv mot hundraåttionio"),
    ("Förslaget bifölls 150–99 i kammaren.", "hundrafemtio mot nittionio i kammaren"),
    ("Parlamentet godkände avtalet 355–190 på onsdagen.", "trehundrafemtiofem mot hundranittio på"),
])
def test_vote_with_hundreds(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Oppositionen yrkade på 120–150 nya lärartjänster.", "hundratjugo till hundrafemtio nya"),  # a range
    ("Ring 112 om det brinner.", "ett ett två"),  # the emergency number, no vote
])
def test_vote_guards(text: str, want: str) -> None:
    assert want in normalize(text)
