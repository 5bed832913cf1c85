"""Session 7, class 'a picture's caption and credit in a box of their own between the paragraphs' (issue #9;
:func:`audiocast.ingest.credits.picture_box_tags`): one or two caption sentences over a credit that is a bare name, a
name in capitals, "Privat bild", or a labelled credit the rules took, once on the page.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are a letter's last line over its writer's name and a reader's question over the asker's name.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = "Bergslagsposten\nNyheter\nSport\n\nGruvmuseet öppnar igen efter branden\n\nPublicerad 3 juni 2027\n\n"
_LEAD = "Ett år efter branden öppnar gruvmuseet i Riddarhyttan igen. Den nya utställningen handlar om barnen i gruvan.\n\n"
_AFTER = ("\n\nMuseet har byggts upp med hjälp av 2 miljoner kronor från länsstyrelsen och frivilliga insatser.\n\n"
          "– Vi trodde aldrig att vi skulle kunna öppna igen, säger museichefen Lars Åkerblom.\n\nDela\nMest läst\n")


def test_a_caption_over_a_bare_photographers_name_is_not_read() -> None:
    spoken = _spoken(_read(_HEAD + _LEAD + "Lars Åkerblom visar den nya montern med barnens verktyg.\nMaria Sundin" + _AFTER))
    assert "den nya montern" not in spoken and "Maria Sundin" not in spoken
    assert "frivilliga insatser." in spoken


def test_two_caption_sentences_over_a_labelled_credit_are_not_read() -> None:
    box = "Branden startade i förrådet. Hela taket rasade.\nFoto: Räddningstjänsten Bergslagen"
    spoken = _spoken(_read(_HEAD + _LEAD + box + _AFTER))
    assert "Hela taket rasade." not in spoken and "säger museichefen Lars Åkerblom." in spoken


def test_a_caption_over_a_name_in_capitals_or_a_private_picture_is_not_read() -> None:
    spoken = _spoken(_read(_HEAD + _LEAD + "Gruvarbetare i Riddarhyttan år 1912.\nPrivat bild" + _AFTER))
    assert "år 1912." not in spoken and "Privat bild" not in spoken
    spoken = _spoken(_read(_HEAD + _LEAD + "Museet sett från gruvhålet.\nKARIN BERG" + _AFTER))
    assert "gruvhålet" not in spoken and "KARIN BERG" not in spoken


def test_a_letters_close_over_its_writer_and_a_question_over_its_asker_stay() -> None:
    letter = _HEAD + _LEAD + "Vi ses på invigningen den 10 juni.\nLars Åkerblom\n\nDela\n"
    assert "Vi ses på invigningen den 10 juni." in _spoken(_read(letter))
    question = "Får man ta med hund in på museet?\nKarin Berg" + _AFTER
    assert "Får man ta med hund in på museet?" in _spoken(_read(_HEAD + _LEAD + question))
