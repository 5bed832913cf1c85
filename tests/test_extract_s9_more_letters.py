"""Session 9 (E4), class 'a letter's close under the text taken by its place' (issue #9).

An open letter or a board's statement ends in a close and its signers ("Med vänliga hälsningar" / "Styrelsen för X" /
"genom Y, ordförande"). Standing alone under the last paragraph, among short lines, the close was taken for a box of
the page's by its place before the article's end was judged, and with it the signers went; a bare name was dropped
by the classifier's doubt, a role in lower case ("sekreterare") or a line saying on whose behalf ("För styrelsen") was
no signer. The close taken by its place is the letter's again (letterclose.signature_end), its signers stay whatever
the classifier says of a bare name. Every dump here was written after the fix, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_HEAD = "Byalaget Östra Torp\nStart\nOm byalaget\nAktuellt\nKontakt\n\nAktuellt\n{title}\n9 mars 2025\n\n"
_TEXT = (
    "Vi har läst trafiknämndens förslag om att dra in busslinje 412 och vill med det här brevet säga vad det betyder för byn.\n\n"
    "Linjen är den enda förbindelsen till skolan i Västra Torp och används varje dag av omkring fyrtio barn och äldre.\n\n"
    "Vi föreslår i stället att turerna mitt på dagen glesas ut, men att morgon- och eftermiddagsturerna får vara kvar.\n\n"
)


def test_a_close_alone_over_a_board_and_its_chair_stays() -> None:
    tail = ("Med vänliga hälsningar\n\nStyrelsen för Byalaget Östra Torp\ngenom Sven Ljung, ordförande\n\nDela\n\n"
            "Kommentarer är avstängda.\n\nByalaget Östra Torp · Bygatan 2\nFölj oss på Facebook\n")
    spoken = spoken_text(_read(_HEAD.format(title="Öppet brev till trafiknämnden om linje 412") + _TEXT + tail))
    assert spoken.endswith("Med vänliga hälsningar\nStyrelsen för Byalaget Östra Torp\ngenom Sven Ljung, ordförande")


def test_a_bare_name_and_a_role_in_lower_case_sign_the_letter() -> None:
    tail = "Vänliga hälsningar\n\nKarin Wedin\nkassör\n\nDela\nSkriv ut\n\nSenaste nytt\nValborg vid badplatsen\nStädning av bygdegården\n"
    spoken = spoken_text(_read(_HEAD.format(title="Brev om busslinje 412") + _TEXT + tail))
    assert "Karin Wedin\nkassör" in spoken
    assert "Valborg vid badplatsen" not in spoken and "Skriv ut" not in spoken


def test_on_whose_behalf_is_a_signer_and_the_contact_box_under_it_goes() -> None:
    tail = "Med vänlig hälsning\n\nÅ styrelsens vägnar\nIda Berg, sekreterare\n\nDela\n\nKontakta oss\nbyalaget@ostratorp.se\n"
    spoken = spoken_text(_read(_HEAD.format(title="Byalaget svarar trafiknämnden") + _TEXT + tail))
    assert "Å styrelsens vägnar\nIda Berg, sekreterare" in spoken
    assert "byalaget@ostratorp.se" not in spoken


def test_more_closes_keep_their_signers() -> None:
    # Written after the close took a sender and its signer ("Varma hälsningar från … genom …") and an informal farewell
    # over a signer ("Väl mött …!", "Vi ses!").
    closes = (
        ("Solig hälsning från oss i byalaget\ngenom Sven Ljung\n", "genom Sven Ljung"),
        ("Väl mött vid busshållplatsen på måndag!\n\nStyrelsen\n", "Styrelsen"),
        ("Vi ses på stämman!\nKarin Wedin\n", "Karin Wedin"),
    )
    for close, signer in closes:
        page = (_HEAD.format(title="Brev om busslinje 412") + _TEXT + close
                + "\nDela\nSkriv ut\n\nSenaste nytt\nValborg vid badplatsen\n")
        spoken = spoken_text(_read(page))
        assert spoken.endswith(signer), close
        assert "Valborg vid badplatsen" not in spoken


def test_a_farewell_without_a_signer_under_it_opens_no_signature() -> None:
    page = (_HEAD.format(title="Brev om busslinje 412") + _TEXT + "Vi ses!\n\nSenaste nytt\nValborg vid badplatsen\n"
            "Städning av bygdegården\n")
    assert "Valborg vid badplatsen" not in spoken_text(_read(page))
