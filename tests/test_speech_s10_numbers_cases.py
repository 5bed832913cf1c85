"""Session 10, S1 (long case numbers): after a case label, a number in four or more groups joined
by hyphens, slashes and dots ("dnr 3.5.1-12345/2024") or a group and a space before three
("dnr 131 456789-24/113") is read group by group, its separators said (it was "tre fem ett
-tolvtusen..." and a range "... till tjugofyra"); codes._long_case. Sentences written after the
fix. Guards: the shorter numbers keep admin._case's reading, a meeting's date stays a date, a
chain after a word that is no label is left alone.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("IVO har öppnat ärende 3.1.2-05678/2025 om vårdskadan.",
     "ärende tre punkt ett punkt två streck noll fem sex sju åtta snedstreck tvåtusentjugofem om"),
    ("Svara med dnr. 2.4-1122/2026 senast i morgon.", "två punkt fyra streck elva tjugotvå snedstreck tvåtusentjugosex"),
    ("Skatteverkets beslut, dnr 202 345678-25/217, kan överklagas.",
     "tvåhundratvå trehundrafyrtiofem sexhundrasjuttioåtta streck tjugofem snedstreck tvåhundrasjutton"),
    ("Ange referens 12-345-67-2025 vid betalning.", "tolv streck trehundrafyrtiofem streck sextiosju streck tvåtusentjugofem"),
])
def test_long_case_numbers(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Länsstyrelsens dnr 511-3344-2025 gäller täkten.", "femhundraelva streck trettiotre fyrtiofyra streck tvåtusentjugofem"),
    ("Beslut 2025-03-14 om bygglovet överklagades.", "den fjortonde mars tvåtusentjugofem"),
    ("Mål nr B 2211-25 avgörs i dag.", "be tvåtusentvåhundraelva streck tjugofem"),
    ("Resultatet blev 3-1-2 i serien.", "tre"),
])
def test_long_case_guards(text: str, want: str) -> None:
    assert want in normalize(text)


# A board's letters joined by a slash to a year and a running number ("KS/2024:1187" was "kå ess två
# noll två fyra ett ett åtta sju"); codes._board_case. Written after the fix, with guards.
@pytest.mark.parametrize(("text", "want"), [
    ("Motionen (KF/2025:214) bordlades.", "tvåtusentjugofem kolon tvåhundrafjorton"),
    ("Se beslut MN/2024-0981 om tillsynen.", "tvåtusentjugofyra streck noll nio åtta ett"),
    ("Ärendet UN/2023:1450 gäller skolskjuts.", "tvåtusentjugotre kolon fjortonhundrafemtio"),
    ("Motionen (KS 2024/312) besvaras i mars.", "tvåtusentjugofyra snedstreck trehundratolv"),
    ("Läs mer på www.kommun.se/KS/2024 i dag.", "snedstreck"),
])
def test_board_case_numbers(text: str, want: str) -> None:
    assert want in normalize(text)


# An order or a booking number ("order 2025-4471" kept its hyphen between two numbers) and a number
# after "numret är" ("Ärendenumret är 25-123456" was a range "... till ..."); CASE_LABELS, admin._case.
# Written after the fix, with guards (a score after "Målet är", a house's numbers).
@pytest.mark.parametrize(("text", "want"), [
    ("Din order 2024-8812 har skickats.", "tvåtusentjugofyra streck åttioåtta tolv"),
    ("Bokning 2025-3310 bekräftad, välkommen!", "tvåtusentjugofem streck trettiotre tio"),
    ("Referensnumret är 24-556677 enligt brevet.", "tjugofyra streck femhundrafemtiosex sexhundrasjuttiosju"),
    ("Diarienumret blir 2025-0412.", "tvåtusentjugofem streck noll fyra ett två"),
    ("Målet är 2-1 till Luleå i paus.", "två mot ett"),
    ("Husnumret är 12-14 enligt kartan.", "tolv till fjorton"),
])
def test_order_and_numbers_after_numret(text: str, want: str) -> None:
    assert want in normalize(text)
