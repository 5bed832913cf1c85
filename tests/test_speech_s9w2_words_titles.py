"""Session 9 wave 2 (S2): the royal "Maj:t" and English titles before a name written short
(data/abbreviation_titles.py). Sentences written after the fix."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Gåvan överlämnades till H. Maj:t Drottningen i Borgholm.", "Majestät Drottningen"),
    ("Talet hölls på Hans Maj:ts uppdrag.", "Hans Majestäts uppdrag"),
    ("Intervjun med Mr. Jones sänds i kväll.", "mister Jones"),
    ("Mrs. Hill leder kören.", "Missis Hill"),
])
def test_titles_written_short(text: str, want: str) -> None:
    assert want in normalize(text)
