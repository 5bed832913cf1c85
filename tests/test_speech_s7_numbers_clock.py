"""Session 7 (by class), clock times in one line said alike: a time after
"kl." with minutes under ten ("kl. 03.05" -> "tre noll fem") beside a bare
time said with "och" ("02.47" -> "två och fyrtiosju") mixed two ways of
reading in one sentence. Tried on 4 sentences written before the fix (2
failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Branden upptäcktes 04.38 och kl. 05.02 var den släckt.", "fyra trettioåtta och klockan fem noll två"),
    ("Bussen gick 22.15, men först kl. 23.08 kom ersättningen.", "tjugotvå femton, men först klockan tjugotre noll åtta"),
    ("Larmet kom kl. 01.04 och ambulansen 01.26.", "klockan ett noll fyra och ambulansen ett tjugosex"),
    ("Första tåget avgår 05.41 och nästa kl. 06.03.", "fem fyrtioett och nästa klockan sex noll tre"),
    ("Han sågs 13.20 och igen kl. 14.09 vid kiosken.", "tretton tjugo och igen klockan fjorton noll nio"),
])
def test_times_in_a_line_said_alike(text: str, want: str) -> None:
    assert want in normalize(text)


def test_times_with_och_stay_when_no_minute_under_ten() -> None:
    # one time keeps its "och"; two joined by "och" are compact since session 8 (test_speech_s8_numbers_chained_times)
    assert "sjutton och femton och sedan" in normalize("Vi ses 17.15 och sedan i morgon.")
    assert "sjutton femton och klockan arton trettio" in normalize("Vi ses 17.15 och kl. 18.30.")


def test_bare_time_under_ten_leaves_a_labelled_time_alone() -> None:
    # blind set 16's writer: "klockan tjugotre och femtioåtta ... noll och nio" (or both compact)
    out = normalize("Räddningstjänsten larmades kl. 23.58 och var på plats 00.09.")
    assert "klockan tjugotre och femtioåtta och var på plats noll och nio" in out
