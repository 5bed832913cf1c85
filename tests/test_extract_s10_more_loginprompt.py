"""Session 10 (E3), a prompt to log in before commenting (issue #9; boilerplate.tsv social-furniture).

Drupal sets "Logga in eller registrera dig för att kommentera" under every node; other systems say "Registrera dig
för att delta i diskussionen" or "Logga in för att svara". Such a prompt (log in or register, to comment, reply or
take part) is the comment section's furniture, never read (dev set extract35, a Drupal 7 site). Written after the
fix; the guard keeps an article's sentence about registering.
"""

from __future__ import annotations

from audiocast.ingest.boilerplate import default_rules, first_match


def _rule(line: str) -> str | None:
    hit = first_match(default_rules(), line)
    return None if hit is None else hit[0].name


def test_prompts_to_log_in_or_register_before_commenting_are_furniture() -> None:
    for line in ("Logga in eller registrera dig för att kommentera", "Registrera dig för att delta i diskussionen",
                 "Logga in eller skapa ett konto för att skriva en kommentar", "Logga in för att svara."):
        assert _rule(line) == "social-furniture", line


def test_an_articles_sentence_about_registering_is_no_prompt() -> None:
    assert _rule("Logga in eller registrera dig för att kommentera, säger hon, är det som skrämmer de äldre.") is None
