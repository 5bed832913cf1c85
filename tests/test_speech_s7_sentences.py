"""A single capital letter with a full stop ends the sentence before a word that opens one.

Cases written after the fix (speech/data/sentence_words.py), in other places and wordings than
the ones that showed the problem; the guards keep initials before names.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize
from audiocast.speech.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Tåget vänder vid Göteborg C. Sedan går det tomt till depån.", "Tåget vänder vid Göteborg C."),
        ("Skolan fick omdömet E. Det är det sämsta i länet.", "Skolan fick omdömet E."),
        ("Lägenheten ligger i hus F. Hyran är 9 800 kronor.", "Lägenheten ligger i hus F."),
        ("Många saknar vitamin B. Enligt Livsmedelsverket gäller det var tredje.", "Många saknar vitamin B."),
        ("Kommunen har ingen plan B. Och tiden håller på att rinna ut.", "Kommunen har ingen plan B."),
        ("Parkeringen finns vid entré A. Vi öppnar klockan nio.", "Parkeringen finns vid entré A."),
    ],
)
def test_a_capital_letter_ends_the_sentence_before_a_word_that_opens_one(text: str, first: str) -> None:
    parts = split_sentences(text)
    assert parts[0] == first
    assert len(parts) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Ordförande Lena M. Ekström öppnade mötet.",
        "Boken är skriven av P. Olsson och K. Lind.",
        "Inledningstalet hölls av G. Persson från förbundet.",
    ],
)
def test_an_initial_before_a_name_still_does_not_end_the_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


def test_the_voice_hears_two_sentences_after_a_station_letter() -> None:
    first, second = (normalize(s) for s in split_sentences("Bussen går till Södertälje C. Där väntar tåget."))
    assert first == "Bussen går till Södertälje central." and second == "Där väntar tåget."
