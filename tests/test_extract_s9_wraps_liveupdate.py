"""Session 9 E5, class 'the live article's notice that it is being updated' (issue #9): a decision, pinned.

"Artikeln uppdateras." / "Uppdateras löpande" under a developing story's last paragraph, or over its first, says what
the page was doing when it was copied; read hours later it is stale, like a live page's "för 3 minuter sedan" (the rule
table's live-clock rule), so the listener does not hear it, at the top or at the bottom alike. Fresh annotators called
the bottom one article text (extract26 u22); that call is noted and not followed. Cases on invented sites.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_TEXT = ("Ett godståg har spårat ur strax norr om stationen i Hällby och trafiken på stambanan är stoppad i båda "
         "riktningarna.\n\n"
         "Ingen person ska ha skadats, men flera vagnar med virke ligger på sidan av spåret enligt Trafikverket.\n\n"
         "Ersättningsbussar sätts in mellan Hällby och Norrtorp, och resenärer uppmanas att räkna med förseningar.\n")
_HEAD = "Godståg har spårat ur vid Hällby"


def _dump(top: str, bottom: str) -> str:
    return f"Hällbyposten\nNyheter\nSport\n\n{_HEAD}\n9 januari 2027 06:12\n\n{top}{_TEXT}\n{bottom}\n\nDela\n"


def test_the_update_notice_is_left_out_at_the_bottom_and_at_the_top_alike() -> None:
    for top, bottom, notice in (("", "Nyheten uppdateras.", "Nyheten uppdateras"),
                                ("Texten uppdateras löpande.\n\n", "", "Texten uppdateras"),
                                ("Uppdateras löpande\n\n", "Uppdateras löpande", "Uppdateras löpande")):
        article = read_dump(_dump(top, bottom))
        assert article.title == _HEAD
        assert notice not in spoken_text(article)
        assert "Ersättningsbussar sätts in" in spoken_text(article)
