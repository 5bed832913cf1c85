"""Session 32, from normalize98 (the last session's blind measure, scored once at d2235226 and never read until this
session's first round): a common noun in -t before a preposition that is also a neuter noun ("drygt 1 minut före
tvåan" was "ett minut": "före" is a skier's noun too), a council's vote falling before what it decided ("avslog med
7–4 ansökan om bygglov" was a range: a range rises), a Bible book written in full ("Psaltaren 23:1–4" was "tjugotre:
ett -fyra") and the school year "lå". Written after the fixes, with other sentences; the guards beside each."""

from __future__ import annotations

from audiocast.speech import normalize


def test_a_noun_in_t_before_a_preposition_keeps_its_own_gender() -> None:
    assert normalize("Hon kom i mål knappt 1 minut före sin klubbkompis.") == (
        "Hon kom i mål knappt en minut före sin klubbkompis.")
    assert normalize("Tåget gick 1 minut under tidtabellens tid.") == "Tåget gick en minut under tidtabellens tid."


def test_a_neuter_adjective_in_t_still_takes_its_noun_s_gender() -> None:
    assert normalize("De fick 1 stort lyft under hösten.") == "De fick ett stort lyft under hösten."
    assert normalize("Hon hittade 1 fint exemplar på loppisen.") == "Hon hittade ett fint exemplar på loppisen."


def test_a_falling_vote_before_what_was_decided_is_a_vote() -> None:
    assert normalize("Miljönämnden avslog med 6–3 begäran om dispens.") == (
        "Miljönämnden avslog med sex mot tre begäran om dispens.")
    assert normalize("Fullmäktige biföll med 40–21 motionen om fler bänkar.") == (
        "Fullmäktige biföll med fyrtio mot tjugoett motionen om fler bänkar.")


def test_a_rising_pair_before_a_counted_noun_stays_a_range() -> None:
    assert normalize("Styrelsen röstade om att välja 3–5 ledamöter till.") == (
        "Styrelsen röstade om att välja tre till fem ledamöter till.")


def test_a_bible_book_written_in_full_is_book_chapter_and_verse() -> None:
    assert normalize("Vid gudstjänsten läses Jesaja 40:28–31 av en konfirmand.") == (
        "Vid gudstjänsten läses Jesaja kapitel fyrtio vers tjugoåtta till trettioett av en konfirmand.")
    assert normalize("Predikotexten är 2 Korinthierbrevet 5:17.") == (
        "Predikotexten är Andra Korinthierbrevet kapitel fem vers sjutton.")


def test_a_first_name_before_a_clock_time_is_no_book() -> None:
    assert normalize("Vi möter Markus 11:45 vid stationen.") == "Vi möter Markus elva och fyrtiofem vid stationen."


def test_a_gospel_s_name_in_a_church_notice_is_a_book() -> None:
    assert normalize("Mässans evangelium är Markus 10:13–16.") == (
        "Mässans evangelium är Markus kapitel tio vers tretton till sexton.")


def test_the_school_year_is_said() -> None:
    assert normalize("Under lå 2025/26 börjar 140 elever i åk 7.") == (
        "Under läsåret tvåtusentjugofem tjugosex börjar hundrafyrtio elever i årskurs sju.")
