"""Session 7, class 'an issue's or a series' line taken for the headline' (issue #9; headshapes.issue_line, scored in
headline.score as W_ISSUE).

A newsletter, a parish paper or a workshop's diary sets its issue line by the head ("Biskopsbrev nr 4 · hösten 2024",
"VECKOBREV 2024/25 – Nr 16", "Nr 7 i serien", "Vinter 2024"); standing next to the date line it outscored the
story's headline. An issue line - the publication's name with its number or period and nothing else - is no headline.
Every dump here was written after the fix, for fictional sites, in other wordings and positions; the guards keep a
headline that has a year or a number in a sentence.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Under hösten har vi tagit emot fler besökare än något år tidigare, och många har hittat hit genom skolorna.\n\n"
    "Nu behöver vi fler frivilliga som kan hålla öppet på söndagarna, gärna med kunskap om bygdens historia.\n\n"
    "Hör av dig till kansliet om du vill vara med, så berättar vi mer om hur det går till.\n"
)


def test_a_bulletin_number_with_its_season_over_the_date_is_no_headline() -> None:
    page = ("Bygdegårdsföreningen Ekeby\nHem\nUthyrning\nKontakt\n\nBygdebladet nummer 9, hösten 2026\n"
            "Fler frivilliga behövs på söndagarna\n14 oktober 2026\n\n" + _TEXT)
    assert _read(page).title == "Fler frivilliga behövs på söndagarna"


def test_a_weekly_letters_number_glued_to_the_date_is_no_headline() -> None:
    page = ("Kiwanis Tranås\nStart\nProgram\nMedlemmar\n\nVECKOBLAD 2026/27 – Nr 3\n28 sep 2026\n\n"
            "Hembygdsmuseet fick besök av hela klubben\nKära kiwanisvänner,\n" + _TEXT)
    assert _read(page).title == "Hembygdsmuseet fick besök av hela klubben"


def test_a_part_of_a_series_and_a_month_over_the_date_are_no_headline() -> None:
    page = ("Båtbyggarna i Råå\nStartsida\nDagbok\nKontakt\n\nDagbok\n\nKapitel 5 i dagboken\n\n"
            "Kölen är lagd på den nya kostern\n\n3.10.2026\n\n" + _TEXT)
    assert _read(page).title == "Kölen är lagd på den nya kostern"


def test_a_headline_with_a_number_or_a_season_in_a_sentence_stays() -> None:
    page = ("Kiwanis Tranås\nStart\nProgram\n\nKlubbens 50 år firas hösten 2026 med fest\n12 mars 2026\n\n" + _TEXT)
    assert _read(page).title == "Klubbens 50 år firas hösten 2026 med fest"
    page = ("Bygdegårdsföreningen Ekeby\nHem\n\nNr 1 i länet på att ta emot skolklasser\n12 mars 2026\n\n" + _TEXT)
    assert _read(page).title == "Nr 1 i länet på att ta emot skolklasser"
