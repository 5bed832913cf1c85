"""Session 7, third wave (issue #9), class 'a link under a sports or event report to its results or pictures'
("Fullständiga resultat (Livetiming)", "Bilder från tävlingen"): a link's label, never a sentence (``report-links``
in ``data/boilerplate.tsv``).

Written after the fix, for fictional clubs and other wordings than the dump that showed the class. Guards: a bare
"Resultat" subheading of the article and a sentence about the pictures stay.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = ("Klubbens orienterare tog tre pallplatser i distriktsmästerskapen i sprint i Falun under söndagen.\n"
         "Starkast var Moa Lind, som vann damernas klass med nästan en halv minuts marginal.\n")


def _page(links: str, text: str = _TEXT) -> str:
    return ("Falu OK\nHem\nNyheter\nTräning\n\nNyheter\nTre pallplatser i sprint-DM\n\n11 maj 2027\n\n"
            f"{text}\n{links}\n\nFler nyheter\nNattorientering i höst\n\nFalu OK\n")


def test_a_results_link_with_its_timing_service_is_not_read() -> None:
    spoken = _spoken(_read(_page("Kompletta resultat (Orientering.se)\nFler bilder från lägret")))
    assert "halv minuts marginal" in spoken
    assert "Kompletta resultat" not in spoken and "Fler bilder" not in spoken


def test_results_and_split_times_link_is_not_read() -> None:
    spoken = _spoken(_read(_page("Se resultat och sträcktider ›")))
    assert "sträcktider" not in spoken and "halv minuts marginal" in spoken


def test_a_results_subheading_and_a_sentence_about_pictures_stay() -> None:
    text = _TEXT + "Resultat\nDamer: 1) Moa Lind, 2) Eva Berg, 3) Ida Ek.\nBilder från tävlingen finns i klubbens app.\n"
    spoken = _spoken(_read(_page("", text)))
    assert "Bilder från tävlingen finns i klubbens app." in spoken and "Moa Lind, 2) Eva Berg" in spoken
