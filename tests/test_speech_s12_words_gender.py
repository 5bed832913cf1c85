"""Session 12, S5: neuter nouns a notice writes after "ev." added to the shared gender table
(data/nouns.ETT_NOUNS: intyg, avdrag, bagage, redskap; "ev. intyg" was "eventuell intyg"). Sentences
written after the fix, with a guard (a common-gender noun keeps "eventuell").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Bifoga ev. intyg från arbetsgivaren.", "eventuellt intyg"),
    ("Ange ev. avdrag i deklarationen.", "eventuellt avdrag"),
    ("Ta med ev. redskap till städdagen.", "eventuellt redskap"),
    ("Hon lämnade in 1 intyg till kassan.", "ett intyg"),
    ("Ange ev. avgift på blanketten.", "eventuell avgift"),  # guard: a common-gender noun
])
def test_neuter_after_ev(text: str, want: str) -> None:
    assert want in normalize(text)
