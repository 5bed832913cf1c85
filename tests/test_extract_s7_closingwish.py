"""Session 7, class 'a letter's closing wish over its writer's signature' (issue #9; :func:`audiocast.ingest.furniture.
closing_wish`): "Ha en fin helg!", "Heja laget!" standing alone under a newsletter's last section, the writer's name
under it, is the letter's last line; the classifier doubted it as a lone short line under the article (recall).

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are buttons over the site's name or over a person's card.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_LETTER = (
    "Kyrkbyns förskola\nLogga in\nVårdnadshavare\nNyheter\n\nNyheter\nMånadsbrev\n\nMånadsbrev oktober\n\n"
    "Hej alla familjer!\n\n"
    "Hösten har kommit på riktigt, och barnen har samlat löv och kastanjer till ett stort konstverk i hallen.\n\n"
    "Utflykter\nVarje torsdag går de äldre barnen till skogen. Skicka med ombyteskläder och en extra tröja.\n\n"
    "Planeringsdag\nFörskolan är stängd fredag 24 oktober för personalens planeringsdag.\n\n"
)
_FOOT = "\n\nDela på Facebook\nSkriv ut\n\nKyrkbyns förskola\nSkolgatan 3\n"


def test_a_wish_over_the_writers_name_and_role_is_read() -> None:
    spoken = _spoken(_read(_LETTER + "Må så gott!\n\nLena Brandt\nFörskolechef, Kyrkbyns förskola\nlena.brandt@kyrkby.se"
                           + _FOOT))
    assert "Må så gott!" in spoken and "för personalens planeringsdag." in spoken


def test_a_cheer_over_a_name_and_a_comma_role_is_read() -> None:
    spoken = _spoken(_read(_LETTER + "Vi ses i skogen!\n\nOlle Nyberg, pedagog" + _FOOT))
    assert "Vi ses i skogen!" in spoken


def test_a_button_over_the_sites_name_is_not_read() -> None:
    spoken = _spoken(_read(_LETTER + "Boka plats nu!\n\nKyrkbyns förskola AB" + _FOOT))
    assert "Boka plats nu!" not in spoken


def test_a_button_over_a_persons_name_is_not_read() -> None:
    spoken = _spoken(_read(_LETTER + "Anmäl dig här!\n\nLena Brandt\nlena.brandt@kyrkby.se" + _FOOT))
    assert "Anmäl dig här!" not in spoken
