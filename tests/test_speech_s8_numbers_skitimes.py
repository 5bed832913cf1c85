"""Session 8 (by class): hours with a colon, minutes and seconds with a
point and tenths with a comma ("2:14.33,4", a ski marathon's time) are
said in full (it was "två: fjorton trettiotre, fyra"; racing._RACE_H_COLON_MS);
a list of scores after a results word that names periods or sets
("Periodresultat:", "Setresultat:") keeps its rising pairs scores (the last
was "noll till ett"; data/sport SCORE_CONTEXT). Battery of 15 results lines
(2 failed). Written after the fix; guards: a clock time, a range of ages."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Damer 30 km: 1) Lind 1:24.05,7 2) Berg +3,1.", "en timme tjugofyra minuter och fem komma sju sekunder"),
    ("Hon gick i mål på 3:02.48,2 i Tjejvasan.", "tre timmar två minuter och fyrtioåtta komma två sekunder"),
    ("Periodresultaten: 0–0, 1–2, 0–1.", "noll mot noll, ett mot två, noll mot ett"),
    ("Matchresultat: 3–1 (25–19, 23–25, 25–21, 25–17).", "tjugotre mot tjugofem"),
])
def test_ski_times_and_result_lists(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Mötet börjar kl. 18:30.", "klockan arton och trettio"),
    ("Barn 3–6 år får följa med.", "tre till sex år"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)
