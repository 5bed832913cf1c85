"""Session 7 (by class), ratios and scales: a colon between two numbers
after a word of mixing, scaling or staffing ("förhållandet 1:12", "skala
1:50 000", "blandas 1:50") was read as a clock time ("ett och tolv") or digit
by digit. The class was tried on 11 sentences written before the fix (all
failed); these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import explain
from audiocast.speech.normalize import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Färgen tunnas ut i proportionen 1:6 med vatten.", "proportionen ett till sex med"),
    ("Fjällkartan i skala 1:100 000 täcker hela Sarek.", "skala ett till hundratusen täcker"),
    ("Betongen blandades 1:3:4 på bygget.", "blandades ett till tre till fyra på"),
    ("I hemtjänsten är bemanningen numera 1:7 på kvällarna.", "numera ett till sju på"),
    ("Ritningen i 1:500 hänger på väggen.", "i ett till femhundra hänger"),
    # two digits each side and no clock's shape; odds; a scale model's scale after "i"
    ("Intäkterna fördelas 55:45 mellan klubbarna.", "femtiofem till fyrtiofem mellan"),
    ("Spelbolagen ger oddsen 1:7 på en skräll.", "ett till sju på"),
    ("Bilen är en modell i 1:43 från Dinky Toys.", "i ett till fyrtiotre från"),
])
def test_ratio_said_as_till(text: str, want: str) -> None:
    assert want in normalize(text)


def test_ratio_class_in_explain() -> None:
    assert any(c.rule == "ratio" for c in explain("Lösningen späds 1:20 före användning.").changes)


@pytest.mark.parametrize(("text", "want"), [
    ("Fastigheten Bjärka 1:245 har fått ny ägare.", "ett kolon tvåhundrafyrtiofem"),  # a property
    ("Skalan var fel men tåget gick 14:30 ändå.", "fjorton"),  # two digits each side: a time
    ("Blandningen görs kl. 1:15 på natten.", "klockan ett och femton"),  # a clock's label
    ("Jaktlagen (1987:259) skärptes.", "nittonhundraåttiosju kolon"),  # a statute
    ("Blandningen var klar och bussen gick från torget 13:45.", "torget tretton"),  # far from the word
])
def test_ratio_guards(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out
    assert "till" not in out
