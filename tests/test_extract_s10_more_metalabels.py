"""Session 10 (E3), a club site's meta lines with labels and colons (issue #9; boilerplate.tsv published, byline-av).

A sports club's site (IdrottOnline) sets under the headline "Skapad: 2024-02-26 21:14 | Uppdaterad: …" and "Skriven
av: Tommy Karlsson"; both were read as the article's first lines (dev set extract36). "Skapad:" with its colon is the
published date's label, and "Skriven av:" a byline with a colon. Written after the fix, on other sites; the guard
keeps a sentence opened by "Skapad".
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.boilerplate import default_rules, first_match


def test_created_and_written_by_labels_under_a_clubs_headline_are_meta() -> None:
    page = ("Sandvikens Bordtennisklubb\nHem\nNyheter\nTräning\nKontakt\n\nNyheter\n"
            "Tre medaljer i ungdoms-SM för klubbens juniorer\nSkapad: 2025-03-02 10:15 | Uppdaterad: 2025-03-03 07:40\n"
            "Skriven av: Maria Ek\n\nI helgen spelades ungdoms-SM i Eskilstuna, och klubben hade fem juniorer med. Två "
            "av dem tog sig hela vägen till semifinal.\nTränaren Ola Berg är nöjd med helgen och hoppas på fler "
            "framgångar till hösten.\n\nKontakt\n© Sandvikens BTK")
    article = read_dump(page)
    spoken = spoken_text(article)
    assert "Skapad" not in spoken and "Skriven av" not in spoken
    assert article.author == "Maria Ek"
    assert article.published is not None and article.published.date().isoformat() == "2025-03-02"


def test_a_sentence_opened_by_created_is_no_date_label() -> None:
    assert first_match(default_rules(), "Skapad för att samla alla som vill paddla, oavsett ålder.") is None


def test_posted_by_lines_are_bylines() -> None:
    for line, name in (("Upplagd av Karin Holm", "Karin Holm"), ("Upplagd av: Jonas Ek", "Jonas Ek"),
                       ("Upplagt av Per Ola Strand", "Per Ola Strand")):
        hit = first_match(default_rules(), line)
        assert hit is not None and hit[0].action == "byline" and hit[1].group(1) == name, line
