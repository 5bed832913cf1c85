"""Session 9 (E4), class 'the text's last paragraph glued over the article's photo credit' (issue #9).

A short notice set without blank lines between its paragraphs, with the article's photo credit under the last one
("Foto: Sjöfartsverket") and the page's boxes under a blank line: the last paragraph was taken for the picture's
caption over its credit and dropped. A line right over a credit, glued under a paragraph of running prose, in a dump
that has blank lines, with no paragraph of the article under the credit, is the text's (credits.ends_glued_text); a
caption glued under the lead with the text or the byline going on under its credit still goes. Every dump here was
written after the fix, for fictional sites and wordings (the last one after the first fix made a net case worse).
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_HEAD = "Fiskeribladet\nNyheter\nFiske\nHamnar\nKontakt\n\nNotiser\n2025-09-02 11:45\n"
_TAIL = "\n\nFler notiser\n2025-09-01\nNy kvot för sill\n2025-08-29\nHamnen i Träslövsläge muddras\n\nFiskeribladet · Ansvarig utgivare: Eva Ström\n"


def test_the_last_paragraph_over_the_credit_stays_and_the_credit_goes() -> None:
    page = (_HEAD + "Ny auktionshall i Smögen\nFiskauktionen i Smögen flyttar in i en ny hall vid kajen i oktober.\n"
            "Hallen har kylrum för 40 ton fisk och en ny sorteringslinje för räkor.\n"
            "Den gamla hallen från 1960-talet ska rivas och ge plats åt fler båtplatser.\nFoto: Smögens fiskauktion" + _TAIL)
    spoken = spoken_text(_read(page))
    assert "Den gamla hallen från 1960-talet ska rivas" in spoken
    assert "Foto" not in spoken and "Ny kvot för sill" not in spoken


def test_a_two_paragraph_notice_keeps_both_over_a_picture_credit() -> None:
    page = (_HEAD + "Trålare såld till Färöarna\nTrålaren Nordstjärnan från Hönö har sålts till ett rederi på Färöarna.\n"
            "Köpesumman är inte offentlig, men båten värderades i fjol till omkring tolv miljoner kronor.\nBild: Arkiv" + _TAIL)
    spoken = spoken_text(_read(page))
    assert "Köpesumman är inte offentlig" in spoken
    assert "Bild: Arkiv" not in spoken


def test_a_caption_glued_under_the_lead_with_the_text_going_on_still_goes() -> None:
    page = ("Fiskeribladet\nNyheter\nKontakt\n\nNy auktionshall i Smögen\n2025-09-02\n"
            "Fiskauktionen i Smögen flyttar in i en ny hall vid kajen i oktober.\nDen nya hallen sedd från hamnen.\n"
            "Foto: Smögens fiskauktion\n\nHallen har kylrum för 40 ton fisk och en ny sorteringslinje för räkor, och den "
            "har byggts på ett år.\n\n– Nu kan vi ta emot fisk dygnet runt, säger auktionschefen Per Holm.\n\nFooter\n")
    spoken = spoken_text(_read(page))
    assert "Den nya hallen sedd från hamnen." not in spoken
    assert "säger auktionschefen Per Holm" in spoken


def test_a_caption_under_the_lead_with_the_byline_under_its_credit_still_goes() -> None:
    page = ("Fiskeribladet\nNyheter\nKontakt\n\nKrönika\nNär sillen kom tillbaka till Bohuslän\n"
            "Sillen är tillbaka i skärgården efter tjugo år, och med den har fiskarna kommit tillbaka.\n"
            "Fiskebåtar vid kajen i Grundsund en morgon i oktober.\nFoto: Fiskeribladets arkiv\nJohan Kvist\n"
            "Publicerad 2 september 2025\n\nDet var länge sedan hamnen i Grundsund såg så många båtar som den här "
            "hösten, och i fiskeläget talar alla om samma sak.\n\n– Vi trodde aldrig att den skulle komma tillbaka, "
            "säger fiskaren Olle Berg.\n\nFooter\n")
    spoken = spoken_text(_read(page))
    assert "Fiskebåtar vid kajen i Grundsund" not in spoken
    assert "säger fiskaren Olle Berg" in spoken
