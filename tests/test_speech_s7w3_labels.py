"""Session 7, third wave (by class): labels before a number or a word.
"div" without its stop before a division's number was left ("div tre") and
its "1" said "en"; a school year written short before a range ("åk 1–6")
said "årskurs en till sex" (LABEL_NOUNS: the counting form after a label);
a keyword in capitals to text to a short number ("Sms:a BYGD till 72 950")
was spelled ("be y ge de"; words._SMS_KEYWORD says it as a word). Tried on
14 sentences written before the fix (9 failed); these were written after
it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Herrarna i div 1 norra möter Gefle i kväll.", "division ett norra"),
    ("Div 5 Jämtland: Frösö IF vann serien.", "Division fem Jämtland"),
    ("Läxhjälp erbjuds för åk 1–5 på biblioteket.", "årskurs ett till fem"),
    ("Sms:a VÅRD till 72 970 och ge 100 kronor.", "vård till sjuttiotvå"),
])
def test_label_before_its_number_or_word(text: str, want: str) -> None:
    assert want in normalize(text)


def test_div_without_a_number_is_left() -> None:
    assert "division" not in normalize("På loppisen fanns div prylar och böcker.")


def test_capitals_without_a_short_number_are_still_spelled() -> None:
    assert "ess ve te" in normalize("Hon skickade ett sms till SVT i går.")


@pytest.mark.parametrize(("text", "want"), [
    ("Byggnaderna på plan 1–3 saneras nästa år.", "plan ett till tre"),
    ("Husen 1–6 på Ängsgatan får fjärrvärme.", "Husen ett till sex"),
])
def test_floor_and_houses_take_the_counting_form(text: str, want: str) -> None:
    # found on a battery of 9 label sentences written after the 'åk'/'div' fix (2 failed); LABEL_NOUNS
    assert want in normalize(text)
