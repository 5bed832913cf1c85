"""Session 7, class 'a letter's or minutes' close and its signers, with the page's boxes glued under them' (issue #9;
:func:`audiocast.ingest.articleend._signature_end`): "Vid protokollet" / "Justeras:" / "Med varma hälsningar" over one
to three signers ("Maria Ek, sekreterare", "genom Eva Lund, ordförande", "med alla medarbetare på …") are the
article's last lines, whatever the page sets under them; the calendar or help box there is the page's.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guard is a download link glued under the signer, which is no signer.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Bygdegårdsföreningen Lövnäs\nStart\nNyheter\nUthyrning\n\nFrån styrelsemötet i april\n2027-04-22\n"
         "Styrelsen sammanträdde den 20 april i bygdegården. Sex av sju ledamöter var närvarande.\n"
         "Taket på ladan ska läggas om under sommaren. Offerter har kommit in från tre firmor.\n"
         "Nästa möte hålls den 18 maj klockan 19.\n")
_CALENDAR = "Kalender\n3 maj\nVårstädning\n18 maj\nStyrelsemöte\nBygdegårdsföreningen Lövnäs\n"


def test_minutes_close_and_secretary_stay_and_the_calendar_under_them_goes() -> None:
    spoken = _spoken(_read(_HEAD + "Vid protokollet\nAnna Strand, sekreterare\n" + _CALENDAR))
    assert "Vid protokollet" in spoken and "Anna Strand, sekreterare" in spoken
    assert "Vårstädning" not in spoken


def test_two_adjusters_under_justeras_stay() -> None:
    spoken = _spoken(_read(_HEAD + "Justeras:\nOlle Berg, ordförande\nKarin Ås, justerare\n" + _CALENDAR))
    assert "Olle Berg, ordförande" in spoken and "Karin Ås, justerare" in spoken and "Vårstädning" not in spoken


def test_a_greeting_and_a_signature_going_on_in_lower_case_stay() -> None:
    tail = "Med vänliga hälsningar\nStyrelsen för Lövnäs bygdegård\ngenom Per Lund, ordförande\n" + _CALENDAR
    spoken = _spoken(_read(_HEAD + tail))
    assert "Styrelsen för Lövnäs bygdegård" in spoken and "genom Per Lund, ordförande" in spoken


def test_a_download_link_under_the_signer_is_no_signer() -> None:
    spoken = _spoken(_read(_HEAD + "Vid protokollet\nAnna Strand, sekreterare\nHela protokollet (PDF, 90 kB)\n" + _CALENDAR))
    assert "Anna Strand, sekreterare" in spoken and "Hela protokollet" not in spoken
