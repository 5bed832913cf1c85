"""Session 12: a word ending in a doubled or a Swedish cluster ("jobb", "klubb",
"hamn", "regn", "tomt") is read as a word in an address, not spelled ("jobb@"
was "ji o be be"); data/words.CODAS. Written after the fix, with guards (letters
with no vowel or a short acronym stay spelled)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Intresseanmälan till webb@bibliotek.se senast i maj.", "till webb snabel-a bibliotek punkt se"),
    ("Frågor om båtplatser: gasthamn@varberg.se.", "gasthamn snabel-a varberg punkt se"),
    ("Mejla rygg@kiropraktorn.se eller bokning@kiropraktorn.se.", "rygg snabel-a kiropraktorn"),
    ("Skriv till vagn@depån.se om bussarna.", "till vagn snabel-a"),
    ("Kontakta grupp@kyrkan.se för mer info.", "kontakta grupp snabel-a kyrkan punkt se"),
])
def test_word_in_an_address_read(text: str, want: str) -> None:
    assert want in normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    # guards: no vowel, a short acronym, a known acronym stay spelled
    ("Mejla smhi@prognos.se.", "ess emm hå i snabel-a"),
    ("Skriv till hr@firman.se.", "hå ärr snabel-a"),
    ("Enligt SVT ökade antalet.", "ess ve te"),
])
def test_letters_still_spelled(text: str, want: str) -> None:
    assert want in normalize(text).lower()
