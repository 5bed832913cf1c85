"""Wave 2b, class 'the head's meta row taken for the headline' (issue #9; headcands._head_meta_rows, byline.head_meta_row).

Under a short headline a site sets a row the rules do not know by its words: a writer with a role and a date
("Henrik Malm, platschef · 30.10.2026"), a label and a date ("Insatsrapport · 2026-02-16"), a reading time, or the
writer with a role alone over the date line. Such a row has no sentence in it; it is the head's anchor, never the
headline. Every dump here was written after the fix, for fictional sites, with other separators, parts and positions
than the dumps that showed the class; the guards keep a headline that looks like a row.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = (
    "Vattenverket i Norrbäck har fått nytt filter efter sommarens problem med grumligt vatten i ledningarna.\n"
    "Filtret installerades under två nätter för att hushållen inte skulle bli utan vatten under dagtid.\n"
    "– Nu ska vattnet vara klart igen, men hör av er om ni märker något, säger driftteknikern Lisa Holm.\n"
)


def test_a_writer_with_a_role_and_a_date_set_apart_by_a_bar_is_no_headline() -> None:
    page = ("Norrbäcks Vattenförening\nStart\nOm föreningen\nAvgifter\nKontakt\n"
            "Filtret bytt\nTomas Ek, vattenansvarig | 04.09.2026\n" + _TEXT)
    article = _read(page)
    assert article.title == "Filtret bytt"
    assert "Tomas Ek, vattenansvarig" not in _spoken(article)
    assert article.lead is not None and article.lead.startswith("Vattenverket i Norrbäck")


def test_a_label_a_date_a_clock_and_a_reading_time_in_one_row_are_no_headline() -> None:
    page = ("Bygdens Röst\nHem\nArkiv\nOm oss\n"
            "NYTT FILTER INSTALLERAT\nDriftinfo • 4 september 2026 • kl. 09.30 • 1 min läsning\n" + _TEXT)
    article = _read(page)
    assert article.title == "NYTT FILTER INSTALLERAT"
    assert "Driftinfo" not in _spoken(article)


def test_a_writer_with_a_role_alone_under_the_date_line_is_no_headline() -> None:
    page = ("Norrbäcks Vattenförening\nStart\nOm föreningen\nAvgifter\n"
            "Nu är vattnet klart\n2026-09-04\nMaria Lind, styrelseledamot\n" + _TEXT)
    article = _read(page)
    assert article.title == "Nu är vattnet klart"
    assert "Maria Lind" not in _spoken(article)
    assert article.author == "Maria Lind"


def test_guards_a_headline_with_a_name_a_comma_or_a_dot_stays_the_headline() -> None:
    # A person's name and what she does is the headline when no date line is glued to it; a headline with a dot has a
    # sentence on one side and is no row.
    page = ("Norrbäcks Vattenförening\nStart\nOm föreningen\n\n"
            "Lisa Holm, 61, lagar vattnet\n\n4 september 2026\n\n" + _TEXT)
    assert _read(page).title == "Lisa Holm, 61, lagar vattnet"
    page = ("Bygdens Röst\nHem\nArkiv\n"
            "Vattnet · nu klart efter sommarens problem\n4 september 2026\n" + _TEXT)
    assert _read(page).title == "Vattnet · nu klart efter sommarens problem"
