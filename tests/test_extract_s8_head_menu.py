"""Session 8, class 'a menu item glued to the head taken for the headline' (issue #9 item 3; headmenus.glued_menu_item,
headline.headline_form and W_ISSUE_ALONE).

A page whose menu, section label and head have no blank line between them is one block with the date line in it, so
its menu was no menu by the block rule, and a menu item written with a sign ("Barn & unga") counted three words and
outscored a weekly letter's own title ("Veckobrev vecka 37"), which the issue-line rule pushed down. An item of a run
of short lines (not among the run's last two lines) is a menu's, a sign is no word, and an issue's line is the title when no
other candidate has a headline's form. Every dump here was written after the fix, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

from audiocast.ingest.boilerplate import default_rules
from audiocast.ingest.headmenus import glued_menu_item
from audiocast.ingest.headshapes import real_words
from audiocast.ingest.hints import Hints
from audiocast.ingest.text import _tag_lines

_TEXT = (
    "I lördags kom nästan åttio personer till loppisen i församlingshemmet, och allt kaffebröd tog slut före lunch.\n\n"
    "Under veckan som kommer startar också den nya samtalsgruppen för föräldrar, som träffas varannan tisdag.\n\n"
    "Anmäl dig gärna till expeditionen så att vi vet hur många stolar vi ska ställa fram i salen.\n"
)


def test_a_weekly_letters_title_under_a_glued_menu_with_signs_is_the_headline() -> None:
    page = ("Baptistförsamlingen Hova\nGudstjänster\nMat & möten\nKör & orkester\nKontakt\nVeckohälsning\n"
            "Veckohälsning vecka 12\nOnsdag 18 mars 2026\nPer Lind, pastor\n\nHej alla,\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Veckohälsning vecka 12"
    assert "Kör & orkester" not in spoken_text(article)


def test_a_newsletters_number_under_a_glued_menu_is_the_headline() -> None:
    page = ("Scoutkåren Tranan\nStart\nSpår & lägerliv\nLedare\nMedlemsblad\nMedlemsblad nr 7\n2 april 2026\n\n" + _TEXT)
    assert _read(page).title == "Medlemsblad nr 7"


def test_a_story_headline_still_beats_the_issue_line_and_a_glued_menu() -> None:
    page = ("Scoutkåren Tranan\nStart\nSpår & lägerliv\nLedare\nMedlemsblad\nMedlemsblad nr 7\n2 april 2026\n\n"
            "Loppisen gav pengar till sommarlägret\n\n" + _TEXT)
    assert _read(page).title == "Loppisen gav pengar till sommarlägret"


def test_signs_are_no_words_and_a_runs_last_two_lines_are_no_items() -> None:
    assert real_words("Mat & möten") == 2
    assert real_words("Kultur – fritid – idrott") == 3
    lines = _tag_lines("Hem\nMat & möten\nLedare\nVeckohälsning\nVeckohälsning vecka 12\n2 april 2026\n\n" + _TEXT,
                       default_rules(), Hints())
    assert [glued_menu_item(lines, i) for i in range(5)] == [True, True, True, False, False]
