"""Session 7 (issue #10), by class: letters joined by a slash or a plus
(licence classes), a vehicle's letters before its model number, and
initials in brackets after the words they stand for.

Each class was tried on sentences written before the fix; the cases here
were written after it, with guards where the rule must not fire."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "said"), [
    ("Vi söker chaufför med C/CE till sommaren.", "Vi söker chaufför med ce eller ce e till sommaren."),
    ("Behörighet D/DE är meriterande.", "Behörighet de eller de e är meriterande."),
    ("Du har B/BE och gärna truckkort.", "Du har be eller be e och gärna truckkort."),
    ("Krav: truckkort A+B och gott humör.", "Krav: truckkort a plus be och gott humör."),
    ("Regementet fick tio nya Bv 208 i våras.", "Regementet fick tio nya be ve tvåhundraåtta i våras."),
    # guards: no licence in sight, a flat on the ground floor
    ("Svara A eller B på frågan.", "Svara A eller be på frågan."),
    ("Lägenheten ligger på bv, 2 rok.", "Lägenheten ligger på bottenvåningen, två rum och kök."),
])
def test_letters_joined_by_a_slash_or_a_plus(text: str, said: str) -> None:
    assert normalize(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Statens haverikommission (SHK) utreder olyckan.", "Statens haverikommission (ess hå kå) utreder olyckan."),
    ("Barn- och utbildningsnämnden (BUN) sammanträder i dag.",
     "Barn- och utbildningsnämnden (be u enn) sammanträder i dag."),
    # a party's letter after its name is spelled (s22-N24: the writers kept it), as after a person's name
    ("Centerpartiets (C) motion avslogs.", "Centerpartiets (ce) motion avslogs."),
    ("Lena Ek (V) svarade.", "Lena Ek (ve) svarade."),
])
def test_initials_after_their_words_are_kept(text: str, said: str) -> None:
    assert normalize(text) == said
