"""Session 10 (E3), a share row naming what it shares, and share buttons of more networks (issue #9; boilerplate.tsv
share).

A recipe blog closes its recipe with "Dela receptet" over "Pinterest" and "Facebook": the first two were read (an
invented probe). "Dela" with the thing shared ("receptet", "evenemanget", "den här nyheten") is the share row's
label, and Pinterest, WhatsApp, Reddit, Bluesky, Threads and Telegram are its buttons as Facebook is. Written after
the fix; the guard keeps a recipe's step opened by "Dela".
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.boilerplate import default_rules, first_match


def test_share_labels_naming_what_they_share_and_more_networks_are_furniture() -> None:
    for line in ("Dela receptet", "Dela evenemanget", "Dela den här nyheten", "Pinterest", "WhatsApp", "Bluesky"):
        hit = first_match(default_rules(), line)
        assert hit is not None and hit[0].name == "share", line


def test_a_recipes_step_opened_by_dela_is_read() -> None:
    page = ("Matbloggen\nRecept\nOm mig\n\nRecept\nEnkla frallor över natten\n12 mars 2026\n\n"
            "Frallorna jäser i kylen över natten och är klara att gräddas när du vaknar.\n"
            "Ingredienser\n5 dl vatten\n25 g jäst\n12 dl vetemjöl\nGör så här\n"
            "Rör ut jästen i vattnet och arbeta in mjölet till en kladdig deg.\n"
            "Dela upp degen i tolv bitar och lägg dem på en plåt.\n"
            "Grädda i 250 grader i tolv minuter.\n\nDela receptet\nPinterest\nWhatsApp\n\n© Matbloggen\n")
    spoken = spoken_text(read_dump(page))
    assert "Dela upp degen i tolv bitar" in spoken
    assert "Dela receptet" not in spoken and "WhatsApp" not in spoken
