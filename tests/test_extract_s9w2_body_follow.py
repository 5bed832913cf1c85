"""A site's follow box under the article ('Följ oss' over 'Instagram @handle', 'TikTok') was read: its label and a
network's name with the site's handle are page furniture (data/boilerplate.tsv rule follow-box, session 9 wave 2 E6).

Every dump here was written after the fix, for fictional sites; the guard is the article's sentence that asks the
reader to follow something.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Simklubben Delfinen\nHem\nTräning\nKontakt\n8 maj 2025\nSimskolan startar i Österbadet i juni\n"
         "Sommarens simskola hålls i Österbadet under tre veckor i juni, och i år finns fyra nya grupper för de minsta.\n"
         "Instruktörerna är klubbens egna simmare, som har gått förbundets utbildning under våren.\n"
         "Platserna brukar ta slut fort, så anmäl barnen i god tid på klubbens webbplats.\n")
_FOOT = "Tillgänglighet\nKakor\n"


def test_a_follow_label_over_handles_is_not_read() -> None:
    box = "Följ oss i sociala medier\nInstagram: @delfinen_sim\nYouTube @simklubbendelfinen\nFacebook\n"
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert not [line for line in box.splitlines() if line in spoken]


def test_a_we_are_on_label_is_not_read() -> None:
    box = "Vi finns också på\nTikTok @delfinensimklubb\nSnapchat: @delfinen.sim\n"
    spoken = _spoken(_read(_HEAD + box + _FOOT))
    assert not [line for line in box.splitlines() if line in spoken]


def test_guard_the_articles_sentence_about_following_stays() -> None:
    line = "Följ oss gärna på Instagram, där simmarna själva visar hur träningen går till under sommaren."
    assert line in _spoken(_read(_HEAD + line + "\n" + _FOOT))
