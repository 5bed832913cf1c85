"""An embedded post's chrome in English on a Swedish page ("View this post on Instagram", "A post shared by Klubben
(@klubben)", "View profile", "Add a comment…", "View more on Instagram", "Read 3 replies") was read: the table knew the
Swedish chrome only (data/boilerplate.tsv rule social-embed-en, session 10 E2).

Every dump here was written after the fix, for fictional sites; the guard is the article's own sentence about a post.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_P = ["Skateparken vid Kvarnholmen får en ny ramp i sommar, sedan föreningen har samlat in pengar i två år.",
      "Rampen byggs av föreningens medlemmar själva, med virke som kommunen har skänkt till projektet.",
      "– Vi har längtat efter det här länge, säger föreningens ordförande Elin Ström."]


def _page(embed: str) -> str:
    return ("Kvarnholmens skateförening\nHem\nNyheter\n\nNy ramp byggs i skateparken\n12 juni 2025\n\n"
            + _P[0] + "\n\n" + embed + "\n\n" + _P[1] + "\n\n" + _P[2] + "\n\nDela\n© Kvarnholmens skateförening\n")


def test_an_instagram_embeds_english_chrome_is_not_read() -> None:
    embed = "View this post on Instagram\nA post shared by Kvarnholmens skate (@kvarnholmen.skate)"
    spoken = _spoken(_read(_page(embed)))
    assert not [line for line in embed.splitlines() if line in spoken]
    assert _P[1] in spoken


def test_a_profile_card_with_comment_field_is_not_read() -> None:
    embed = "kvarnholmen.skate\nView full profile\nAdd a comment…\nView all 14 comments on Instagram"
    spoken = _spoken(_read(_page(embed)))
    assert "View full profile" not in spoken and "Add a comment…" not in spoken
    assert "View all 14 comments on Instagram" not in spoken


def test_guard_the_articles_sentence_about_a_post_stays() -> None:
    line = "Föreningen visade ritningarna i ett inlägg på Instagram, som fick över tvåhundra gilla-markeringar."
    assert line in _spoken(_read(_page(line)))
