"""Session 8, classes found by a sweep of generated heads (issue #9 item 3): a list's items over the head, and a
writer's bare name that a picture's credit repeats.

- A list under its label over the head ("Senaste nytt" / "Årsmötet valde ny styrelse" / "Julmarknaden slog rekord",
  blank line, a two-word headline): the teasers' titles have a headline's form and won. An item of a list under a
  list's label in its block is scored W_LISTED (headmenus.in_listed_block).
- A bare name between the headline and its date line ("Anna Ek" / "3 april 2026") was kept from the byline because
  the picture's credit under it names her too ("Foto: Anna Ek"); only the running text tells whether a name is the
  text's subject (headmeta._told_below).

Every dump here was written after the fixes, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Isen på Storsjön har nu lagt sig så tjock att skridskobanan från hamnen till Badholmen kan plogas i helgen.\n\n"
    "Föreningen mäter isen varje morgon och sätter ut röda flaggor där den är tunnare än tolv centimeter.\n\n"
    "Ta alltid med isdubbar och lina, och åk aldrig ensam ut på isen, påminner föreningens ordförande.\n"
)


def test_the_items_of_a_latest_list_over_the_head_are_not_the_headline() -> None:
    page = ("Storsjöns Skridskoklubb\nHem\nIsläget\nKontakt\n\nSenaste nytt\nKlubbens nya ismätare är här\n"
            "Vinterfesten blev en succé\n\nBanan plogas\n10 januari 2027\n\n" + _TEXT)
    assert _read(page).title == "Banan plogas"


def test_a_writers_bare_name_repeated_in_the_pictures_credit_is_the_byline() -> None:
    page = ("Storsjöns Skridskoklubb\nHem\nIsläget\n\nBanan plogas\nMaria Sund\n10 januari 2027\nFoto: Maria Sund\n\n"
            + _TEXT)
    article = _read(page)
    assert article.title == "Banan plogas"
    assert article.author == "Maria Sund"


def test_a_lists_label_far_above_in_a_dump_without_blank_lines_does_not_mark_the_headline() -> None:
    page = ("Storsjöns Skridskoklubb\nHem\nIsläget\nSenaste nytt\nKlubbens nya ismätare är här\n"
            "Skridskobanan till Badholmen plogas i helgen\n10 januari 2027\n" + _TEXT.replace("\n\n", "\n"))
    assert _read(page).title == "Skridskobanan till Badholmen plogas i helgen"
