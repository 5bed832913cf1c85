"""A letter's signature over a picture's credit ("Varma hälsningar" / "Birgitta Nyman" / "Ordförande" / "Bild:
Pixabay") lost its signers: the role right over the credit was taken for the picture's caption title, and the name,
left alone, for a box's orphaned heading (session 10 E2: text._caption_title_tags keeps a line under a greeting,
records.orphan_tags skips a signer of the letter's).

Every dump here was written after the fix, for fictional sites; the guard is a picture's caption title over its credit
with no greeting above.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("PRO Ljungby\nHem\nAktiviteter\nKontakt\n\nOrdföranden har ordet\n1 december 2025\n\n"
         "Kära medlemmar! Året går mot sitt slut, och det har varit ett år med många fina möten i vår förening.\n\n"
         "Vi har haft fler studiecirklar än någonsin, och resan till Kalmar i september var fullbokad på en vecka.\n\n"
         "Nu ser vi fram emot julfesten i Folkets hus, och jag hoppas att många av er vill komma.\n\n")
_FOOT = "Skriv ut\n\nFler brev från ordföranden\nSommarbrev 2025\n© PRO Ljungby\n"


def test_a_signer_and_role_over_a_pictures_credit_are_read() -> None:
    spoken = _spoken(_read(_HEAD + "Många hälsningar\nGunnel Åkesson\nOrdförande\nFoto: Colourbox\n" + _FOOT))
    assert "Gunnel Åkesson" in spoken and "Ordförande" in spoken
    assert "Foto: Colourbox" not in spoken


def test_a_signer_with_a_role_line_of_two_words_over_a_credit_is_read() -> None:
    spoken = _spoken(_read(_HEAD + "Med vänliga hälsningar\nTore Brink\nStyrelsens ordförande\nBild: Unsplash\n" + _FOOT))
    assert "Tore Brink" in spoken and "Styrelsens ordförande" in spoken


def test_guard_a_caption_title_over_its_credit_still_goes() -> None:
    body = _HEAD + "Julfesten i fjol\nFoto: Colourbox\n\nVi ses i Folkets hus den 14 december klockan 15!\n\n" + _FOOT
    assert "Julfesten i fjol" not in _spoken(_read(body))
