"""Session 12 (S6): "avg." and "ank." right after a vehicle as the subject
are verbs ("Bussen avg. från hpl Torget": "avgår", "Tåget ank. spår 3":
"ankommer"; they were the nouns), and so after "och" when a vehicle's verb
came first. Written after the fix, with guards (a timetable's labels stay
nouns, a fee stays a fee)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want", "not_in"), [
    ("Spårvagnen avg. var tionde minut från Brunnsparken.", "spårvagnen avgår var", "avgång"),
    ("Flyget ank. Arlanda kl. 22.40.", "flyget ankommer arlanda", "ankomst"),
    ("Båten avg. Vaxholm 9.00 och ank. Stockholm 10.10.", "och ankommer stockholm", "ankomst"),
    # guards: a label of a timetable, a fee, a comma after the vehicle
    ("Avg. 06.40 från Luleå C, ank. 08.05.", "avgång", "avgår"),
    ("Hyra 5 200 kr, avg. 1 200 kr/mån.", "avgift", "avgår"),
    ("Sista tåget, avg. 23.50, går från spår 4.", "tåget, avgång", "avgår"),
])
def test_departure_and_arrival_after_a_vehicle(text: str, want: str, not_in: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert not_in not in got
