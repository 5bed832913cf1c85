"""Session 12 (R), body recall: the article's short closing line under its last paragraph (issue #9: body recall).

A club's report or a board's letter ends in one short exclamation of its own, alone under the last paragraph: "Tack
till alla som kom!", "Väl mött den 27:e!". With the page's taxonomy, comment form or share row under it the classifier
doubts it (0.05-0.13 on the blind extract21/24 pages) and the page tail's rule (furniture.tail_box_tags) took it by its
place. The signal (closings.closing_line): it stands right under the article's last long paragraph and is a wish, a
thanks or a welcome of at most six words, not a button's call and not a form's thanks to one reader. Every page here
was written after the fix, for invented sites and wordings; the guards are what the tail rule was built to drop: a
button's call under the text, a form's thanks, and a wish that stands below the page's boxes, not under the article.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_HEAD = ("Brf Lönnen\nStart\nAktuellt\nFör boende\nKontakt\n\nStämman valde ny styrelse\nPublicerad 20 maj 2026\n\n"
         "Årets föreningsstämma hölls i tvättstugans samlingsrum med 31 röstberättigade medlemmar på plats.\n\n")
_SECTIONS = ("Avgifterna\n\n"
             "Stämman beslutade att höja månadsavgiften med tre procent från den första juli, främst på grund av högre "
             "räntekostnader för föreningens lån.\n\n"
             "Ny styrelse\n\n"
             "Till ordförande valdes Kerstin Åberg, och nya ledamöter är Ali Hassan och Mona Lindqvist, som båda bor "
             "i trappuppgång B.\n\n")
_TAXONOMY = "\nKategori: Stämma\nEtiketter: styrelse, avgift\n\nLämna en kommentar\nNamn\nE-post\nSkicka\n"


def test_a_thanks_under_the_last_section_over_the_taxonomy() -> None:
    lines = spoken_lines(read_dump(_HEAD + _SECTIONS + "Tack till alla som deltog!\n" + _TAXONOMY))
    assert "Tack till alla som deltog!" in lines
    assert "Kategori: Stämma" not in lines and "Skicka" not in lines


def test_a_wish_to_meet_again_over_the_comment_form() -> None:
    lines = spoken_lines(read_dump(_HEAD + _SECTIONS + "Vi ses på städdagen den 6:e!\n" + _TAXONOMY))
    assert "Vi ses på städdagen den 6:e!" in lines


def test_a_welcome_to_the_new_board_over_a_share_row() -> None:
    page = _HEAD + _SECTIONS + "Varmt lycka till, nya styrelsen!\n\nDela:\nFacebook\nE-post\n"
    assert "Varmt lycka till, nya styrelsen!" in spoken_lines(read_dump(page))


def test_a_thanks_for_the_year_over_the_taxonomy() -> None:
    lines = spoken_lines(read_dump(_HEAD + _SECTIONS + "Tack för i år, alla grannar!\n" + _TAXONOMY))
    assert "Tack för i år, alla grannar!" in lines


def test_a_greeting_to_the_new_members_over_the_comment_form() -> None:
    lines = spoken_lines(read_dump(_HEAD + _SECTIONS + "Välkomna till föreningen, nya grannar!\n" + _TAXONOMY))
    assert "Välkomna till föreningen, nya grannar!" in lines


def test_guard_a_buttons_call_under_the_text_still_goes() -> None:
    lines = spoken_lines(read_dump(_HEAD + _SECTIONS + "Gå med i vår Facebookgrupp!\n" + _TAXONOMY))
    assert "Bli medlem i föreningen idag!" not in lines


def test_guard_a_forms_thanks_still_goes() -> None:
    lines = spoken_lines(read_dump(_HEAD + _SECTIONS + "Tack för din anmälan!\n" + _TAXONOMY))
    assert "Tack för din anmälan!" not in lines
