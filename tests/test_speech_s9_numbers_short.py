"""Session 9, S1 (numbers): a five-digit short number an sms goes to is said in its two groups
("Sms:a GÅVA till 72950" was "sjuttiotvåtusenniohundrafemtio", now "sjuttiotvå
niohundrafemtio", as the written "72 950" is; admin._labelled_number, "smsa" a label too).
Sentences written after the fix. Guards: a count of people after "sms till", a phone number.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Sms:a HJÄLP till 72980 och ge 100 kr.", "sjuttiotvå niohundraåttio och"),
    ("Smsa RÖDA till 72550.", "sjuttiotvå femhundrafemtio"),
    ("Stöd insamlingen: sms:a BARN till 72370.", "sjuttiotvå trehundrasjuttio"),
])
def test_short_number_in_groups(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Kommunen skickade sms till 12000 hushåll.", "tolvtusen hushåll"),
    ("Sms:a 070-123 45 67 för att boka.", "noll sjuttio"),
])
def test_short_number_guards(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Koden till dörren är 2580, ring annars på.", "två fem åtta noll"),
    ("Portkoden 1966 gäller från måndag.", "ett nio sex sex"),
    ("Koden är 3 år gammal.", "tre år"),
])
def test_keyed_code_digit_by_digit(text: str, want: str) -> None:
    assert want in normalize(text)
