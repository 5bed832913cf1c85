"""Session 9 E5, class 'a picture's caption or a short dek between the date line and the lead' (issue #9).

Two sides of headpictures.caption_under_head: a short verbless dek that names nothing ("En park i stället för
parkering.") stood alone between blank lines over the text and was dropped as an uncredited picture caption; and a
picture's credit standing over its caption under the date line ("Foto: Lina Berg" / "Parkeringen vid stationen en
vardagsmorgon.") left the caption to be read as the lead. A verbless line of at most six words with no name or number
after its first word is a dek now (headpictures._short_dek), and a verbless caption glued under its credit is dropped.
Cases written after the fix, on invented sites and wordings; the guards: an uncredited caption that names a place
stays out, and a line with a verb under a credit stays in (recall first).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_LEAD = ("Byalaget i Östra Rörum har köpt den nedlagda lanthandeln och vill öppna ett kafé och ett litet bibliotek "
         "i huset redan till sommaren.")
_TEXT = (f"{_LEAD}\n\n"
         "Köpet finansieras med ett lån från sparbanksstiftelsen och med pengar som medlemmarna samlat in under vintern.\n\n"
         "Ordföranden säger att intresset varit stort och att ett trettiotal bybor redan anmält sig som volontärer.\n")
_HEAD = "Byalaget tar över lanthandeln"


def _dump(between: str) -> str:
    return f"Rörumsbladet\nHem\nBygd\nKultur\n\n{_HEAD}\n12 februari 2027 10:05\n\n{between}\n\n{_TEXT}\nDela\n"


def test_a_short_verbless_dek_alone_under_the_date_line_is_read() -> None:
    for dek in ("Ett kafé mitt i byn.", "Bokhyllor i stället för konservburkar."):
        article = read_dump(_dump(dek))
        assert article.title == _HEAD
        assert dek in spoken_text(article), dek
        assert _LEAD in spoken_text(article)


def test_a_verbless_caption_glued_under_its_credit_is_not_read() -> None:
    article = read_dump(_dump("Bild: Karin Sjöberg\nDen gamla lanthandeln en snöig förmiddag."))
    assert article.title == _HEAD
    assert "snöig förmiddag" not in spoken_text(article)
    assert article.lead == _LEAD


def test_guard_an_uncredited_caption_naming_a_place_stays_out() -> None:
    article = read_dump(_dump("Lanthandeln vid vägkorsningen i Östra Rörum."))
    assert "vägkorsningen" not in spoken_text(article)
    assert article.lead == _LEAD


def test_guard_a_line_with_a_verb_under_a_credit_is_kept() -> None:
    line = "Byborna samlades utanför butiken när köpet blev klart i fredags."
    article = read_dump(_dump(f"Foto: Olle Berg\n{line}"))
    assert line in spoken_text(article)
