"""Session 8, class 'the headline's row carries a field label or the page's name' (issue #9 item 3; headline.core with
TITLE_FIELD and the page's own lines, headwidgets.widget_box's guard).

A forum post or a mail copied from the browser sets its title as a field ("Ämne: …", "Rubrik: …") and a mail's head is
rows of fields ("Från:", "Ämne:", "Datum:"), which the widget-box rule took for a box over the head, so a greeting was
the headline; a headline's row may end in the page's name after a bar or a dot when no site is configured. The field's
value is the headline, a mail's head with a subject is no widget box, and a part of the row that the page holds as a
line of its own (its name line) goes. Every dump here was written after the fix, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Varvet öppnar för säsongen den första lördagen i april, och alla båtägare behöver göra sina pass under våren.\n\n"
    "Listan med arbetspassen sitter på dörren till klubbhuset, och den som inte kan komma får betala en avgift.\n\n"
    "Kranen är bokad till den tjugonde april, så se till att båten är klar för sjösättning till dess.\n"
)


def test_a_forum_posts_title_field_gives_its_value_as_the_headline() -> None:
    page = ("Seglarforumet\nIndex\nKlubbliv\n\nRubrik: Vårens arbetspass på varvet\nSkrivet av Kalle » 2 mars 2026\n\n"
            + _TEXT + "\nSvara\nCitera\n")
    assert _read(page).title == "Vårens arbetspass på varvet"


def test_a_mails_head_of_fields_is_no_widget_box_and_its_subject_is_the_headline() -> None:
    page = ("Från: Seglarklubben Vind <styrelsen@vind.se>\nTill: Medlemmar\nÄmne: Arbetspassen på varvet i vår\n"
            "Datum: 2 mars 2026\n\nHej alla seglare!\n\n" + _TEXT + "\nHälsningar\nStyrelsen\n")
    article = _read(page)
    assert article.title == "Arbetspassen på varvet i vår"
    assert "Kranen är bokad till den tjugonde april" in spoken_text(article)


def test_the_pages_name_after_a_dot_in_the_headlines_row_goes_and_a_bar_of_its_own_stays() -> None:
    page = ("Seglarklubben Vind\nHem\nVarvet\n\nArbetspassen på varvet i vår · Seglarklubben Vind\n2 mars 2026\n\n" + _TEXT)
    assert _read(page).title == "Arbetspassen på varvet i vår"
    page = ("Seglarklubben Vind\nHem\nVarvet\n\nSegling | rodd och paddling runt varvet\n2 mars 2026\n\n" + _TEXT)
    assert _read(page).title == "Segling | rodd och paddling runt varvet"
