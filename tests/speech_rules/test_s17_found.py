"""Session 17 (normalize50-53's gaps), written after each fix on new
sentences: a diary number of three groups in a sentence with a vote word,
never cut into a vote ("... mot ..."); a one-letter Roman ordinal ("den
X:e"); grade letters in a sentence about grades ("E–A", "D = 12,5"); school
courses by their codes ("Bi 2"); person equivalents at a sewage works
("pe"); Sundays of the church year by their season ("8 e. tref."); a
numbered Bible book with an ordinal ("1:a Sam.")."""

from __future__ import annotations

from audiocast.speech import normalize

from . import check


def _said(rows: list[tuple[str, str]]) -> None:
    for written, spoken in rows:
        assert normalize(written) == spoken, written


def test_a_three_group_number_after_a_vote_word_is_no_vote() -> None:
    _said([
        ("Nämnden röstade nej till förslaget, dnr 431-2207-25.",
         "Nämnden röstade nej till förslaget, diarienummer fyrahundratrettioett streck tjugotvå noll sju streck tjugofem."),
        ("Fullmäktige avslog motionen, ärende 207-1193-23.",
         "Fullmäktige avslog motionen, ärende tvåhundrasju streck elva nittiotre streck tjugotre."),
        # guard: a vote of three digits stays a vote
        ("Omröstningen slutade 201-148.", "Omröstningen slutade tvåhundraett mot hundrafyrtioåtta."),
    ])


def test_a_one_letter_roman_ordinal_after_an_article() -> None:
    from audiocast.speech.rules.roman import roman_regnal

    _in = ["Festivalen är den X:e i raden.", "för V:e året i följd", "C:a 30 deltog.", "Rad V:e"]
    _out = ["Festivalen är den tionde i raden.", "för femte året i följd", "C:a 30 deltog.", "Rad V:e"]
    check(roman_regnal, _in, _out)


def test_grade_letters_in_a_sentence_about_grades() -> None:
    _said([
        ("Skalan för betyget går E–A, där D = 12,5.", "Skalan för betyget går e till a, där de är tolv komma fem."),
        ("Meritvärdet räknas så att B = 17,5.", "Meritvärdet räknas så att be är sjutton komma fem."),
        # guards: a formula's letter and a range of vitamins
        ("Enligt formeln är F = ma.", "Enligt formeln är eff lika med ma."),  # the clause's verb said: no second "är" (s58)
        ("Kosten ger vitamin B–E.", "Kosten ger vitamin be–E."),
    ])


def test_school_courses_by_their_codes() -> None:
    from audiocast.speech.rules.school_courses import school_courses

    _in = ["Hon läser Bi 2 och Ke 2 på komvux.", "Kravet är Sh 1b eller Hi 1a1.", "Läraren har Sva 3 och En 7.",
           "Han sprang Sv 3 km."]
    _out = ["Hon läser biologi två och kemi två på komvux.", "Kravet är samhällskunskap ett b eller historia ett a ett.",
            "Läraren har svenska som andraspråk tre och engelska sju.", "Han sprang Sv 3 km."]
    check(school_courses, _in, _out)


def test_person_equivalents_at_a_sewage_works() -> None:
    _said([
        ("Verket i Åby är byggt för 2 400 pe och tar emot spillvatten från byn.",
         "Verket i Åby är byggt för tvåtusenfyrahundra personekvivalenter och tar emot spillvatten från byn."),
    ])
    from audiocast.speech.rules.unit_glosses import domain_units

    check(domain_units, ["Klassen hade 2 pe-lektioner."], ["Klassen hade 2 pe-lektioner."])


def test_sundays_of_the_church_year_by_their_season() -> None:
    from audiocast.speech.rules.church import church_seasons

    _in = ["Mässa 8 e. tref. i kapellet", "4 i fastan: vesper", "Gudstjänster e. trett. i Berga", "Konsert 1 i adv.",
           "Vi reser i påsk.", "Stängt 2 f. fastan"]
    _out = ["Mässa åttonde söndagen efter trefaldighet i kapellet", "fjärde söndagen i fastan: vesper",
            "Gudstjänster efter trettondedagen i Berga", "Konsert första söndagen i advent.",
            "Vi reser i påsk.", "Stängt andra söndagen före fastan"]
    check(church_seasons, _in, _out)


def test_a_numbered_bible_book_with_an_ordinal() -> None:
    _said([
        ("Dagens text: 1:a Sam. 3:1–10.", "Dagens text: Första Samuelsboken kapitel tre vers ett till tio."),
        ("Hon kom 1:a i klassen.", "Hon kom etta i klassen."),
    ])


def test_a_sundays_weekday_before_its_number_is_said_once() -> None:
    _said([("Sön 5 e. påsk: Familjemässa i Berga.", "Femte söndagen efter påsk: Familjemässa i Berga.")])
