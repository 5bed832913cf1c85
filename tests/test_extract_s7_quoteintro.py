"""Session 7, class 'a short sentence standing alone that leads into a quote' (issue #9; :func:`audiocast.ingest.
furniture.named_caption_tags`): "Karl Lind är mer försiktig." set apart by blank lines, naming only people the article
names, right over "– Vi har …, säger han." is the article's, not a picture's caption without its credit (recall).

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guard is a caption of the same shape right under the lead with a paragraph under it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = "Mellanbygdens Tidning\nNyheter\nSport\n\nVäveriet i Fors blir museum\n\nPublicerad 9 september 2027\n\n"
_LEAD = "Det nedlagda väveriet i Fors ska bli ett museum. Kommunen köper byggnaden för en krona av textilföretaget.\n\n"


def _page(middle: str) -> str:
    return (_HEAD + _LEAD + "Väveriet stängde 1998 efter nästan hundra år. Maja Falk arbetade där i trettio år.\n\n"
            + middle + "\n\nMuseet ska öppna om två år, om pengarna räcker.\n\nDela\nMest läst\n")


def test_a_sentence_about_a_named_person_over_her_quote_is_read() -> None:
    spoken = _spoken(_read(_page("Maja Falk är glad.\n\n– Nu får barnbarnen se var mormor jobbade, säger hon.")))
    assert "Maja Falk är glad." in spoken and "säger hon." in spoken


def test_a_sentence_with_a_title_over_a_quote_glued_under_it_is_read() -> None:
    middle = "Kommunalrådet Jonas Ek (C) var tveksam först.\n– Men kostnaden är låg och värdet stort, säger Jonas Ek."
    spoken = _spoken(_read(_page(middle + "\n\nJonas Ek tror på turismen.")))
    assert "Kommunalrådet Jonas Ek (C) var tveksam först." in spoken


def test_a_sentence_over_a_quote_with_a_guillemet_is_read() -> None:
    spoken = _spoken(_read(_page("Maja Falk minns bullret.\n\n»Man hörde inte sina egna tankar«, säger hon.")))
    assert "Maja Falk minns bullret." in spoken


def test_a_caption_under_the_lead_over_a_paragraph_still_goes() -> None:
    dump = (_HEAD + _LEAD + "Maja Falk i den gamla vävsalen.\n\nVäveriet stängde 1998 efter nästan hundra år. "
            "Maja Falk arbetade där i trettio år och minns bullret.\n\n– Det var ett hårt jobb, säger Maja Falk.\n\n"
            "Museet ska öppna om två år.\n")
    spoken = _spoken(_read(dump))
    assert "Maja Falk i den gamla vävsalen." not in spoken and "Museet ska öppna om två år." in spoken


def test_a_caption_over_another_persons_quote_still_goes() -> None:
    middle = "Maja Falk vid vävstolen.\n\n– Vi vill visa hur det var, säger museichefen Rut Ek."
    spoken = _spoken(_read(_page(middle)))
    assert "Maja Falk vid vävstolen." not in spoken and "säger museichefen Rut Ek." in spoken
