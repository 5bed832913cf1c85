"""Session 12, S5: a line with several acronyms is no headline in capitals when the acronyms said as words
are known ("MUF, CUF och SSU debatterade" read "ssu" as a word: cleanup.any_words_in_capitals now leaves
out ACRONYM_WORDS, not the words written in capitals for emphasis). Sentences written after, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("LUF, MUF och KDU bjöd in till debatt.", "och kå de u bjöd"),
    ("Både NATO, FN och OSSE kritiserade kuppen.", "och o ess ess e kritiserade"),
    ("IKEA, SAAB och ABB anställer.", "och a be be anställer"),
])
def test_acronym_lines(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("NATO STÄRKER NÄRVARON I NORR", "stärker närvaron i norr"),  # a headline in capitals
    ("VI GER INTE UPP NU", "vi ger inte upp nu"),  # words in capitals for emphasis
])
def test_acronym_lines_guards(text: str, want: str) -> None:
    assert want in normalize(text).lower()
