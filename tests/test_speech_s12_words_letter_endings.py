"""Session 12, S5: the ending of a spelled short form after its colon (rules/letter_endings.py). An ending
that starts with a vowel follows the last letter's name after a hyphen ("sms:a" -> "ess emm ess-a", was
"ess emm essa"; "PM:et" -> "pe emm-et", was "pe emmet"), as the writers wrote "S M S:a", "P M-et"; a
consonant's ending joins the name as before ("VD:n" -> "ve den"). Sentences written after the fix.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Vill du vara med? Sms:a JA till 71 000.", "Ess emm ess-a ja till"),
    ("Du kan också sms:a oss på 073-111 22 33.", "ess emm ess-a oss"),
    ("Nämnden har läst PM:et om skolskjutsarna.", "pe emm-et om"),
    ("Alla ska ha med sig ID:et till provet.", "i de-et till"),
    ("Köp biljett via SMS:et från banken.", "ess emm ess-et"),
])
def test_vowel_endings(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("VD:n för bolaget avgår.", "ve den för"),  # a consonant's ending joins the name
    ("SVT:s reporter var på plats.", "ess ve tes reporter"),  # the genitive too
    ("Nato:s generalsekreterare kommer.", "Natos generalsekreterare"),  # a word takes its ending as a word
    ("Skicka ett sms till oss.", "ett ess emm ess till"),  # no ending
])
def test_vowel_endings_guards(text: str, want: str) -> None:
    assert want in normalize(text)
