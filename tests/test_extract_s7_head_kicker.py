"""Session 7, class 'a kicker over the date line, the headline under it' (issue #9; byline._PERSON reads a writer's
code after the name, headcands._under_kicker, headline.W_UNDER_KICKER).

A club's or a school paper's head sets a kicker over its meta row and the headline under it: "QRV från Storberget –
rapport från fältdagen" / "2024-06-10 | Tomas Eriksson, SM4XTE" / "312 förbindelser på en helg – rekord för klubben" /
text. The meta row was not read as one when the writer's name had a code after it (a call sign, a school class, a
member's number), and when it was, the kicker over it outscored the headline. A title-like line between the date line
and the lead, with a sentence's word in lowercase, is the headline under its kicker: a paper's head has its lead there.
Every dump here was written after the fix, for fictional sites, in other wordings and positions; the guard keeps a
name pair ("Micke och Tina") and a paper's classic head.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Helgen bjöd på strålande väder när tolv av klubbens medlemmar tog sig upp på fjället med master och antenner.\n\n"
    "Under natten mot söndagen öppnade sig förbindelserna mot Nordamerika, och loggen fylldes snabbt med nya länder.\n\n"
    "Till hösten planerar vi en kurs för nya medlemmar som vill ta certifikat, med start i september.\n"
)


def test_a_call_sign_in_the_meta_row_under_a_kicker() -> None:
    page = ("SK3QX – Sändaramatörerna i Jämtland\nHem\nKlubben\nAktuellt\n\nAktuellt » Fjälldagen\n\n"
            "Rapport från Åreskutan – fjälldagen 2026\n2026-08-17 | Maja Lind, SA3MLX\n\n"
            "Nytt klubbrekord i antal länder\n\n" + _TEXT)
    assert _read(page).title == "Nytt klubbrekord i antal länder"


def test_a_school_class_in_the_meta_row_under_a_kicker() -> None:
    page = ("GYMNASIEBLADET\nNyheter\nÅsikter\n\nFrån elevrådets möte i tisdags\n12.9.2026 · Ali Hassan, TE24a\n"
            "Ny mikrovågsugn till matsalen i höst\n" + _TEXT.replace("\n\n", "\n"))
    assert _read(page).title == "Ny mikrovågsugn till matsalen i höst"


def test_a_four_word_headline_under_a_kicker_and_its_date() -> None:
    page = ("Skytteklubben Siktet\nStart\nResultat\n\nTävlingsrapport från Rödberget\n2026-05-02 · Per Holm, S114\n\n"
            "Rekord i liggande skytte\n\n" + _TEXT)
    assert _read(page).title == "Rekord i liggande skytte"


def test_a_name_pair_under_the_date_line_and_a_papers_classic_head_stay() -> None:
    page = ("Campingen vid havet\nBloggen\n\nNu öppnar vi för säsongen och här är nyheterna\n2 april 2026\n"
            "Lisa och Jonas\n4 min läsning\n" + _TEXT.replace("\n\n", "\n"))
    assert _read(page).title == "Nu öppnar vi för säsongen och här är nyheterna"
    page = ("Jämtlandsposten\nNyheter\n\nNytt klubbrekord i antal länder\n17 augusti 2026\n\n" + _TEXT)
    assert _read(page).title == "Nytt klubbrekord i antal länder"
