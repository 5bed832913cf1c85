"""Session 8, class 'a box set apart above the head's block taken for the headline' (issue #9 item 3; headline.choose
with Candidate.anchor_block, headmenus.in_anchor_block).

A page sets a box of its own over the article's head ("Bli medlem idag och få rabatt på båtplatsen", blank line, then
the headline glued over its date line). Counting lines, the box was as near the date line as the headline, and its
length and the classifier's liking for a sentence won. When a headline-shaped line is glued over its date line, a
candidate in another block above it is not near that date line. Every dump here was written after the fix, for
fictional sites and wordings; the guard keeps a kicker's date line over the headline's own block.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Efter sommarens torka har kommunen beslutat att fylla på dammen vid Kvarnbacken med vatten från älven under hösten.\n\n"
    "Arbetet tar ungefär tre veckor, och under den tiden är gångstigen runt dammen avstängd för cyklister och gående.\n\n"
    "Fiskarna i dammen flyttas inte, men föreningen följer syrehalten noga varje morgon tills nivån är normal igen.\n"
)


def test_a_members_offer_in_a_box_over_the_head_is_not_the_headline() -> None:
    page = ("Kvarnbackens Fiskevårdsförening\nHem\nFiskekort\n\nKöp fiskekortet nu och fiska gratis i november\n\n"
            "Dammen fylls på i höst\n9 september 2026\n\n" + _TEXT)
    assert _read(page).title == "Dammen fylls på i höst"


def test_a_sites_tagline_in_a_box_over_the_head_is_not_the_headline() -> None:
    page = ("Kvarnbackens Fiskevårdsförening\nHem\nFiskekort\n\nVi vårdar vattnen runt Kvarnbacken sedan 1961\n\n"
            "Dammen fylls på i höst\nPublicerad 9 september 2026 av styrelsen\n\n" + _TEXT)
    assert _read(page).title == "Dammen fylls på i höst"


def test_a_kickers_date_line_over_the_headlines_own_block_keeps_the_headline() -> None:
    page = ("Kvarnbackens Fiskevårdsförening\nHem\nFiskekort\n\nRapport från höstens arbetsdag vid dammen\n"
            "2026-09-09 | Per Lind, ordförande\n\nTjugo frivilliga fyllde på dammen på en enda lördag\n"
            "Vi började klockan åtta på morgonen och hade pumparna igång redan före nio, tack vare förberedelserna.\n\n"
            + _TEXT)
    assert _read(page).title == "Tjugo frivilliga fyllde på dammen på en enda lördag"
