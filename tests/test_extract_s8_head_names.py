"""Session 8, class 'the site's name, its welcome or a meta row outscoring a headline with no words of the lead'
(issue #9 item 3; headline.page_name and _welcome, W_REPEAT withheld from the site's name, headmeta.head_title and
_titles_text, headcands: a menu's last item over the date line is no kicker).

A headline that shares no word with its lead ("Vårens stora dag", "Säsongsstart") has little evidence but its place,
and lost to lines of the page's furniture standing near it: a press room's name repeated by the date line (a name of
five words with '&' that the reader did not take for the site's), a welcome to the site by its name, a meta row
("3 april 2026 · 4 min läsning") or a writer's role line next to a one-word headline, a menu's last item over the
date line. Every dump here was written after the fix, for fictional sites and wordings; the guards keep a welcome to
a meeting and a headline that is the page's first line.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Efter två års planering står den nya pannan nu klar i värmeverket vid ån, och de första husen får sin värme därifrån.\n\n"
    "Pannan eldas med flis från skogarna runt byn, och den gamla oljepannan blir kvar som reserv de kallaste dagarna.\n\n"
    "Alla kunder får ett brev i januari med mer om hur det nya priset räknas ut och när mätarna byts.\n"
)


def test_a_press_rooms_name_repeated_by_the_date_line_is_not_the_headline() -> None:
    page = ("Norrå Värme & Kyla AB\nPrivat\nFöretag\nOm oss\n\nNyhet\nEn varm vinter väntar\nNorrå Värme & Kyla AB\n"
            "12 november 2026\n\n" + _TEXT)
    assert _read(page).title == "En varm vinter väntar"


def test_a_welcome_to_the_site_by_its_name_is_not_the_headline_but_a_welcome_to_a_meeting_is() -> None:
    page = ("Öjebyns Värmeförening\nHem\nAnslutning\nKontakt\n\nVarmt välkommen till Öjebyns Värmeförening!\n\n"
            "En varm vinter väntar\n\n" + _TEXT)
    assert _read(page).title == "En varm vinter väntar"
    page = ("Öjebyns Värmeförening\nHem\nAnslutning\nKontakt\n\nVälkommen till höstens medlemsmöte\n12 november 2026\n\n"
            + _TEXT)
    assert _read(page).title == "Välkommen till höstens medlemsmöte"


def test_a_meta_row_over_a_one_word_headline_and_a_role_line_under_one_are_the_heads_meta() -> None:
    page = "Öjebyns Värmeförening\nHem\nAnslutning\n\n12 november 2026 · 3 min läsning\nPremiärdags\n\n" + _TEXT
    assert _read(page).title == "Premiärdags"
    page = "Öjebyns Värmeförening\nHem\nAnslutning\n\nPremiärdags\nPer Holm, driftchef\n12 november 2026\n\n" + _TEXT
    assert _read(page).title == "Premiärdags"
