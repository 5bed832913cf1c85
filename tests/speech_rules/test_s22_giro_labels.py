"""Session 22: a giro number after its label in the definite form ("Bankgirot är 123-4567") is a payment number.

"Bankgirot är 123-4567" was read as a range ("hundratjugotre till fyratusen…"): the label table knew "bankgiro" but
not "bankgirot", and a label opening the sentence kept its capital. Written after the fix with other numbers; guards:
a range after other words stays a range.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Bankgirot är 321-7654 och märk betalningen med ditt namn.", "Bankgirot är trehundratjugoett sjuttiosex femtiofyra"),
        ("Plusgirot är 44 12 09-3.", "Plusgirot är fyrtiofyra tolv noll nio"),
        ("Insamlingens bankgironummer: 5311-2207.", "femtiotre elva tjugotvå noll sju"),
    ],
)
def test_a_giro_number_after_its_label(text: str, spoken: str) -> None:
    got = normalize(text)
    assert spoken in got and " till " not in got


def test_a_range_after_other_words_stays_a_range() -> None:
    assert "hundratjugo till hundrafyrtio" in normalize("Biljetterna kostar 120-140 kronor.")
