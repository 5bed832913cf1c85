"""Session 7, third wave (issue #9), class 'a post's tags glued over its counters under the text' (a blog platform's
post footer: "Tävling" and "Klubbnytt" over "38 visningar" and "0 kommentarer"), under a closing line short enough
to look like a title ("Tack alla som hejade!"): the tags were read (:mod:`audiocast.ingest.postcounters`).

Written after the fix, for fictional clubs and other tags than the dump that showed the class. Guard: a list of
short lines above the counters that goes on up (more than four) is left to the other passes.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = ("Tolv av klubbens simmare tog sig till final i distriktsmästerskapen i Karlstad under söndagen.\n"
         "Bäst gick det för Ella Nord, som vann 200 meter bröstsim med nytt klubbrekord.\n"
         "Grattis alla simmare och tack till ledarna!\n")


def _page(tags: str, counters: str) -> str:
    return ("Kils Simsällskap\nHem\nNyheter\nTräningstider\n\nKils Simsällskap\n9 mars\n3 min läsning\n"
            f"Tolv finalister i DM\n{_TEXT}{tags}\n{counters}\nInlägget är inte markerat som gillat\n4\n"
            "Senaste inlägg\nVisa alla\n")


def test_two_tags_over_views_and_comments_are_not_read() -> None:
    spoken = _spoken(_read(_page("Tävlingar\nDistrikt", "54 visningar\n1 kommentar")))
    assert "nytt klubbrekord" in spoken
    assert "Tävlingar" not in spoken.splitlines() and "Distrikt" not in spoken.splitlines()


def test_one_tag_over_a_view_count_is_not_read() -> None:
    spoken = _spoken(_read(_page("Simning", "212 visningar")))
    assert "Simning" not in spoken.splitlines() and "nytt klubbrekord" in spoken


def test_three_tags_over_comments_are_not_read() -> None:
    spoken = _spoken(_read(_page("Ungdom\nDM\nResultat", "0 kommentarer")))
    assert not {"Ungdom", "DM", "Resultat"} & set(spoken.splitlines())
    assert "Grattis alla simmare" in spoken or "nytt klubbrekord" in spoken
