"""Session 9, S1 (numbers): a currency written short with its period before a slash or a small
word ("1 200 kr./år" was "kronor. år", "50 kr. per år" was "kronor. per år"): the period is the
short form's own (quantities._MONEY_SUFFIX). Sentences written after the fix. Guard: the period
that also ends the sentence before a capital stays.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Medlemsavgiften är 350 kr./år för vuxna.", "trehundrafemtio kronor per år för"),
    ("Parkering kostar 15 kr. i timmen.", "femton kronor i timmen"),
    ("Vi betalade 900 kr. Sedan var det klart.", "niohundra kronor. Sedan"),
])
def test_currency_short_form_period(text: str, want: str) -> None:
    assert want in normalize(text)
