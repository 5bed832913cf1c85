"""Session 8, class 'the page's tagline over its menu taken for the headline' (issue #9 item 3; headmenus.in_page_header,
headline.W_HEADER).

A site sets its name and a tagline at the top of the page, glued over the menu ("Åby Hembygdsförening" / "Vi bevarar
bygdens historia för framtiden" / "Hem" / "Om oss"). The tagline has a sentence's form and beat a short headline
further down (a sweep of generated heads lost two-word headlines so). A line above the page's first menu word, within
the first lines and with no date line between, is the page's header. Every dump here was written after the fix, for
fictional sites and wordings; the guard keeps a headline on a page whose first lines are the article's.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Kören har fått en ny dirigent efter att Karin Holm gått i pension efter tjugo år vid flygeln i församlingshemmet.\n\n"
    "Den nya dirigenten, Jonas Berg, kommer från Falun och har tidigare lett en gospelkör och en barnkör där.\n\n"
    "Första repetitionen med honom hålls på torsdag, och nya sångare i alla stämmor är välkomna att prova på.\n"
)


def test_a_tagline_over_the_menu_is_not_the_headline_over_a_two_word_headline() -> None:
    page = ("Sångkören Ljus\nVi sjunger för glädjen och för gemenskapen sedan 1978\nHem\nKonserter\nKontakt\n\n"
            "Ny dirigent\n\n" + _TEXT)
    assert _read(page).title == "Ny dirigent"


def test_a_tagline_glued_over_the_menu_loses_to_a_two_word_headline_under_a_crumb() -> None:
    page = ("Sångkören Ljus\nFör alla som älskar att sjunga i kör\nStart\nRepertoar\nKonserter\nKontakt\n"
            "Start › Nyheter\nNy dirigent\nPublicerad 4 september 2026, uppdaterad 5 september 2026\nFoto: Per Ek\n\n"
            + _TEXT)
    assert _read(page).title == "Ny dirigent"


def test_a_page_that_opens_with_its_headline_keeps_it() -> None:
    page = "Kören får en ny dirigent i höst\n4 september 2026\n\n" + _TEXT + "\nHem\nKonserter\nKontakt\n"
    assert _read(page).title == "Kören får en ny dirigent i höst"
