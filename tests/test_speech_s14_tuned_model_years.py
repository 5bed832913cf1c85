"""Session 14 (S11), a tuned fix from the opened held-out set normalize45
(b45n-h227): a car's model year written " -17" after a model whose last
word is in small letters ("Audi A6 Avant 2.0 TDI quattro -17, 14 900 mil")
is the year when a make of vehicle (VEHICLE_MAKES) stands earlier in the
sentence and a comma closes the year's part (rules/spans.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

# Written after the fix, in other wordings than the held-out row.
AFTER = [
    ("Toyota Corolla kombi hybrid -19, 6 000 mil, 129 000 kr.",
     "Toyota Corolla kombi hybrid nitton, sextusen mil, hundratjugoniotusen kronor."),
    ("Mercedes Sprinter skåp -14, nybesiktigad.", "Mercedes Sprinter skåp fjorton, nybesiktigad."),
    ("Säljes: Volvo V90 cross country -21, 9 000 mil.", "Säljes: Volvo ve nittio cross country tjugoett, niotusen mil."),
]

# Near-misses that keep the minus: a value after a verb or a preposition, a make inside a compound.
GUARDS = [
    ("Volvon startade inte när det var -25, kallt.", "Volvon startade inte när det var minus tjugofem, kallt."),
    ("Volvo-fabriken stod still vid -25, sa chefen.", "Volvo-fabriken stod still vid minus tjugofem, sa chefen."),
    ("Temperaturen var -17, kallt.", "Temperaturen var minus sjutton, kallt."),
]


@pytest.mark.parametrize(("written", "spoken"), AFTER + GUARDS)
def test_reading(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
