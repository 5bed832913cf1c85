"""Wave 2, class 'a fact box's last item glued over a picture's credit' (issue #9; :mod:`audiocast.ingest.factitems`).

Recall first: the item ("Djup: 14 meter") was dropped as the picture's caption title. Every dump here was written after
the fix, for a fictional site, in other wordings than the dumps that showed the class; the guard is a caption title
without a label over its credit.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = (
    "Kommunen har öppnat en ny badplats vid Stora Le efter två års arbete med bryggor och sandstrand.\n"
    "Badplatsen har fått en tillgänglig ramp ner i vattnet och en bastu som föreningen Le Bad sköter.\n"
    "– Det här blir sommarens samlingsplats för hela byn, säger Karin Ödman i föreningen.\n"
)


def _page(facts: str, credit: str) -> str:
    return ("Årjängs kommun\nUppleva\nBygga och bo\n\nNy badplats vid Stora Le\n12 juni 2026\n" + _BODY + facts + "\n"
            + credit + "\n\nÅrjängs kommun · 672 81 Årjäng\n")


def test_the_last_item_over_a_credit_with_its_caption_stays() -> None:
    spoken = _spoken(_read(_page("Fakta: Badplatsen\nStrand: 60 meter\nDjup vid bryggan: 2,5 meter",
                                 "Badplatsen från sjön. Foto: Årjängs kommun")))
    assert "Djup vid bryggan: 2,5 meter" in spoken and "Strand: 60 meter" in spoken


def test_the_last_item_over_a_bare_credit_stays() -> None:
    spoken = _spoken(_read(_page("Så hittar du\nBuss: linje 730 till Östervik\nParkering: 40 platser", "Foto: Lena Berg")))
    assert "Parkering: 40 platser" in spoken and "Buss: linje 730 till Östervik" in spoken


def test_a_one_item_box_under_its_fakta_title_keeps_its_item() -> None:
    spoken = _spoken(_read(_page("Fakta\nÖppnad: juni 2026", "Bild: Den nya bryggan. Foto: Le Bad")))
    assert "Öppnad: juni 2026" in spoken


def test_a_caption_title_without_a_label_over_its_credit_goes() -> None:
    spoken = _spoken(_read(_page("Fakta: Badplatsen\nStrand: 60 meter\nBastu: öppen lördagar", "\nKvällsdopp vid bryggan\nFoto: Lena Berg")))
    assert "Bastu: öppen lördagar" in spoken and "Kvällsdopp vid bryggan" not in spoken
