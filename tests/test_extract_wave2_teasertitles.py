"""Wave 2, class 'the site's other posts by their bare titles, no dates, under a heading no rule knows or none' (issue
#9; :mod:`audiocast.ingest.teasertitles`).

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are a fact box's items with numbers, a short packing list and advice to the reader.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = (
    "Bygdegårdsföreningen i Ullånger har fått 220 000 kronor från Boverket för att byta taket på bygdegården.\n"
    "Det gamla plåttaket från 1962 har läckt i flera vintrar, och stora salen har inte kunnat hyras ut sedan i höstas.\n"
    "– Nu kan vi äntligen ha dans och bröllop här igen, säger ordföranden Gunnel Sjödin.\n"
    "Arbetet börjar i maj och ska vara klart till midsommar.\n"
)


def _page(tail: str) -> str:
    return ("Ullångers bygdegård\nHyr lokalen\nKalender\nKontakt\n\nNytt tak på bygdegården i Ullånger\n4 april 2026\n"
            f"{_BODY}{tail}\n\nUllångers bygdegårdsförening · Kyrkvägen 9\n")


def test_titles_under_an_unknown_heading_glued_under_the_article_are_not_read() -> None:
    spoken = _spoken(_read(_page("Bygden i vår\nKöksrenoveringen är klar\nNya stolar till stora salen\nSå gick vårens loppis")))
    assert "klart till midsommar." in spoken
    assert "Köksrenoveringen är klar" not in spoken and "Nya stolar till stora salen" not in spoken


def test_titles_without_a_heading_in_a_box_of_their_own_are_not_read() -> None:
    spoken = _spoken(_read(_page("\nDansbandskväll med Lasse Stefanz\nÅrsmötet valde ny styrelse\nBygdegården fyller sjuttio år")))
    assert "klart till midsommar." in spoken and "Årsmötet valde ny styrelse" not in spoken


def test_a_fact_box_with_numbers_glued_under_the_article_stays() -> None:
    tail = "Så hyr du salen\nHyra per dygn 2 500 kronor\nBokning på 0613-100 20\nStora salen tar 150 gäster"
    spoken = _spoken(_read(_page(tail)))
    assert "Bokning på 0613-100 20" in spoken and "Stora salen tar 150 gäster" in spoken


def test_advice_to_the_reader_and_a_short_packing_list_stay() -> None:
    advice = "Tänk på detta vid städdagen\nParkera vid skolan om du kan\nTa med egen kaffekopp\nAnmäl dig till Gunnel senast fredag"
    spoken = _spoken(_read(_page(advice)))
    assert "Parkera vid skolan om du kan" in spoken and "Ta med egen kaffekopp" in spoken
    spoken = _spoken(_read(_page("Ta med\nArbetshandskar\nStege\nGod fika")))
    assert "Arbetshandskar" in spoken and "God fika" in spoken
