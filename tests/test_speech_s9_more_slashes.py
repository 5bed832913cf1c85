"""Session 9, S3 (a slash between words): two words in small letters joined by a slash are
alternatives, "eller" ("Betalning kontant/kort" was "kontant kort"); two names in a line about
bridge or a doubles match are a pair, "och" ("1) Ek/Berg 62,4 %" was "Ek Berg"); "59 kr/kW" is
"per kilowatt" (it was "kronor kW").
Sentences written after the fix. Guards: a count per something ("två lotter/medlem"),
"och/eller", team names joined by a slash, "tur/retur".
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Du kan betala med swish/kontant i kassan.", "swish eller kontant i kassan"),
    ("Tjänsten gäller dag/kväll enligt schema.", "dag eller kväll enligt"),
    ("Boka via telefon/mejl senast fredag.", "telefon eller mejl senast"),
    ("Bridge, onsdag: 1) Ahl/Falk 64,1 %, 2) Ek/Ström 57,9 %.", "Ahl och Falk"),
    ("Mixeddubbeln vanns av Lind/Åberg efter tre set.", "Lind och Åberg efter"),
    ("Effektavgiften är 45 kr/kW och månad.", "fyrtiofem kronor per kilowatt"),
])
def test_word_slashes(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Varje lag får tre biljetter/spelare i år.", "tre biljetter per spelare"),
    ("Ta med kaffe och/eller te.", "kaffe och eller te"),
    ("Laget Kalmar/Nybro tog guld i serien.", "Kalmar Nybro tog"),
    ("Bussen kör tur/retur två gånger om dagen.", "tur och retur"),
])
def test_word_slashes_guards(text: str, want: str) -> None:
    assert want in normalize(text)
