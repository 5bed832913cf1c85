"""Session 6, wave 2 (issue #10): a registration plate after a short label
(``rules/plates.py``). Found on the dev sets ("med reg. JKL 987" was "ji kå
ell niohundraåttiosju"), tried on 8 sentences written before the fix; these
were written after it, with guards.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


def said(text: str) -> str:
    return normalize(text).lower()


@pytest.mark.parametrize(("text", "want"), [
    ("Husbilen med reg. DKT 551 är stulen.", "registreringsnummer de kå te fem fem ett"),
    ("En grå Saab, reg. HNW 20B, sågs i Tierp.", "registreringsnummer hå enn dubbelve två noll be"),
    ("Traktorn (reg BMX 773) har hittats.", "registreringsnummer be emm eks sju sju tre"),
    ("Reg. ZLR 408 körde mot rött.", "registreringsnummer säta ell ärr fyra noll åtta"),
    ("Ägaren till reg. nr GUF 316 söks.", "registreringsnummer ge u eff tre ett sex"),
])
def test_plate_after_a_short_label(text: str, want: str) -> None:
    assert want in said(text)


@pytest.mark.parametrize("text", ["Han bor på reg. gatan 5.", "Reg. ansvarig är Anna Ek."])
def test_label_without_a_plate_stays(text: str) -> None:
    assert "registreringsnummer" not in said(text)
