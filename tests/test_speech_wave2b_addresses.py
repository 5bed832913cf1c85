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
