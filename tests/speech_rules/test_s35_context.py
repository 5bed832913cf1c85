"""Session 35, from normalize108 (session 34's never-read measure, opened now) and normalize112 (written blind at the
session's start, scored at 1b12087e before anyone read it): a document's number in its year's series with no label or
law named before it ("rapport 2024:3" left its colon as a pause, "tvåtusentjugofyra: tre"); an emoji after a number
that counts nothing (a date's "12/8 ❤️", a year after its month, an account's last group were read "hjärtan"). Written
after the fixes, with other sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import explain, normalize


def test_a_documents_number_in_its_years_series_says_its_colon() -> None:
    assert normalize("Naturvårdsverkets vägledning 2021:9 pekar ut tre åtgärder.") == (
        "Naturvårdsverkets vägledning tvåtusentjugoett kolon nio pekar ut tre åtgärder.")
    assert normalize("Se kommunens PM 1998:112 om dagvatten.") == (
        "Se kommunens pe emm nittonhundranittioåtta kolon hundratolv om dagvatten.")


def test_the_series_number_is_named_an_identifier() -> None:
    changes = explain("Enligt rapport 2019:4 minskar antalet.").changes
    assert any(c.rule == "identifier" and c.written == "2019:4" for c in changes)


def test_a_clock_time_and_a_verse_keep_their_readings() -> None:
    assert normalize("Bussen går 20:15 från torget.") == "Bussen går tjugo och femton från torget."
    assert "kolon" not in normalize("Matchen slutade 3:1 till hemmalaget.")


def test_an_emoji_after_a_date_or_an_accounts_group_counts_nothing() -> None:
    assert "hjärtan" not in normalize("Vi gifte oss den 2 maj 1998 ❤️ och firar i dag.")
    assert "hjärtan" not in normalize("Grattis på födelsedagen den 3/5 ❤️ önskar vi alla.")
    assert "hjärtan" not in normalize("Swisha en gåva till 123 45 67 89 ❤️ i dag.")


def test_an_emoji_after_a_count_is_still_its_plural() -> None:
    assert normalize("Bilden fick 250 ❤️ på en timme.") == "Bilden fick tvåhundrafemtio hjärtan på en timme."
