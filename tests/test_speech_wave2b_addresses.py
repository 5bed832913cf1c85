"""Wave 2 (by class), addresses and identifiers: a post box's number. Tried
on 8 sentences written before the fix; these were written after it."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    # a post box is said as a number
    ("Anmälan skickas till Box 6031, Solna.", "Box sextusentrettioett"),
    ("Tidningen nås på Box 4410 i Borås.", "Box fyratusenfyrahundratio i"),
    ("Kyrkokansliet, Box 2100, tar emot gåvor.", "Box tvåtusenetthundra,"),
    ("Ange Box 8800 som adress.", "Box åttatusenåttahundra som"),
    ("Skicka svaret till box 3057.", "box tretusenfemtiosju"),
])
def test_post_box_is_a_number(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hon bor i lgh 1402 på tredje våningen.", "lägenhet fjorton noll två"),  # a flat stays in pairs
    ("Vi åker med tåg 8842 i morgon.", "åttioåtta fyrtiotvå"),  # a train stays in pairs
])
def test_other_labels_keep_pairs(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    # a code after a "-nummer" compound or a ship's IMO label: digit by digit
    ("Uppge ditt medlemsnummer 730214 vid bokning.", "medlemsnummer sju tre noll två ett fyra vid"),
    ("Reservdelen har artikelnr 55871 i katalogen.", "artikelnummer fem fem åtta sju ett i"),
    ("Ordernummer: 1029384 bekräftas per mejl.", "Ordernummer: ett noll två nio tre åtta fyra"),
    ("Färjan (IMO 9419163) ligger vid kaj.", "nio fyra ett nio ett sex tre"),
    ("Ange serienumret 80042117 på garantikortet.", "serienumret åtta noll noll fyra två ett ett sju"),
])
def test_code_after_a_number_label(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "bad"), [
    ("Ring telefonnummer 0701234567 i dag.", "sju noll ett två tre fyra fem sex sju"),  # a phone: its own rule
    ("Kommunen har 45 000 invånare enligt nummer 2.", "fyra fem"),  # a count stays a count
])
def test_code_label_guards(text: str, bad: str) -> None:
    assert bad not in normalize(text)
