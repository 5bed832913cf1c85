"""Session 9, S3 (bank accounts): a clearing number and an account after a word of accounts
or a bank's name are dictated group by group ("konto 8327-9, 912 345 678-0" was
"åttatusentrehundratjugosju till nio, niohundratolv miljoner ..."; rules/accounts.py,
data/smallprint_words ACCOUNT_LABELS, BANK_NAMES); an sms number after "sms:a oss på" is
in its groups ("oss", "mig", "in", "gärna" join NUMBER_LABEL_FILLERS).
Sentences written after the fix. Guards: a year and a count after a bank's name, a date after
"konto", a bare year after "konto".
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Skänk en gåva till konto 8480-2, 943 227 615-4 (Swedbank).",
     "konto åttiofyra åttio streck två, niohundrafyrtiotre tvåhundratjugosju sexhundrafemton streck fyra"),
    ("Avgiften sätts in på Handelsbanken 6789-554 123 987.",
     "sextiosju åttionio streck femhundrafemtiofyra hundratjugotre niohundraåttiosju"),
    ("Insamlingskonto 3300-71 44 920 i Nordea.", "trettiotre noll noll streck sjuttioett fyrtiofyra niohundratjugo"),
    ("Ange kontonr 835 662 104-7 vid betalning.", "åttahundratrettiofem sexhundrasextiotvå hundrafyra streck sju"),
    ("Du kan också sms:a oss på 72 470.", "sjuttiotvå fyrahundrasjuttio"),
    ("Sms:a gärna till 71 850 med ditt namn.", "sjuttioett åttahundrafemtio"),
])
def test_bank_accounts(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Handelsbanken 2023, 12 000 anställda i Sverige.", "tvåtusentjugotre, tolvtusen anställda"),
    ("Pengarna fanns på konto 2024-03-15 enligt utdraget.", "femtonde mars tvåtusentjugofyra"),
    ("Föreningens konto 2023 gick med vinst.", "konto tvåtusentjugotre gick"),
])
def test_bank_accounts_guards(text: str, want: str) -> None:
    assert want in normalize(text)
