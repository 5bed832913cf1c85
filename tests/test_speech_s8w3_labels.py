"""Session 8, wave 3, S4 (by context; sentences written after the fix):

a number after a noun that names things by number (data/nouns LABEL_NOUNS, now with "vinst", "hål",
"bana", "heat", "station", "ingång", "kassa") is the counting form "ett" ("vinst 1 nr 4471" was
"vinst en"), unless a measure or an amount follows, which the number counts ("ett hål 1 meter djupt"
stays "en meter"; machinery._MEASURE_WORDS).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Lotteridragning: vinst 1 lott nr 812, vinst 2 lott nr 95.", "vinst ett lott"),
    ("Efter hål 1 ledde Klara Sund med ett slag.", "hål ett ledde"),
    ("Hon simmar från bana 1 i finalen.", "bana ett i finalen"),
    ("I heat 1 startar sex löpare.", "heat ett startar"),
])
def test_label_counting_form(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Grävde ett hål 1 meter brett vid stugan.", "hål en meter brett"),
    ("Den nya banan 1 km lång är klar.", "banan en kilometer"),
    ("Hon spelade hål 1 under par.", "hål ett under"),
])
def test_label_guards(text: str, want: str) -> None:
    assert want in normalize(text)
