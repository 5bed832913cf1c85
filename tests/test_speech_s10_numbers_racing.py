"""Session 10, S1 (a race time after "på" in a sentence of the fastest): "Snabbast på 5 km i
Blodomloppet i Västerås var Emma Lind på 17.48" was a clock time ("sjutton och fyrtioåtta");
words of the fastest and the winner (snabbast, segraren, vinnaren, ...) anywhere in the sentence
before "på" and the time make it a race time. racing._race_ms_dot. Sentences written after the
fix. Guards: clock times after "kl.", after "på" with no such word, a start time.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Snabbaste dam i Premiärmilen i Borås blev Lina Holm på 36.21.", "trettiosex minuter och tjugoen sekunder"),
    ("Segraren i herrklassen, Jonas Berg från Umeå, gick i mål på 15.09.", "femton minuter och nio sekunder"),
    ("Vinnaren av 10 km-loppet runt Järnvägsparken, Ida Sund, sprang på 41.37.", "fyrtioen minuter och trettiosju sekunder"),
    ("Snabbast av alla på terrängbanan i Ursvik var Ali Hassan på 19.54.", "nitton minuter och femtiofyra sekunder"),
])
def test_race_time_after_a_word_of_the_fastest(text: str, want: str) -> None:
    said = normalize(text)
    assert want in said
    assert said.split(" på ")[-1] == want + "."  # the race time alone, no clock's "femton och nio"


@pytest.mark.parametrize(("text", "want"), [
    ("Loppet startar kl. 17.30 vid Stora torget.", "klockan sjutton och trettio"),
    ("Vi kör 5 km till stugan och är där på 17.30.", "sjutton och trettio"),
    ("Snabbast till mötet var Lisa, kl. 17.30.", "klockan sjutton och trettio"),
    ("Starten för 5 km går 18.15 från Vallen.", "arton och femton"),
])
def test_race_time_guards(text: str, want: str) -> None:
    assert want in normalize(text)
