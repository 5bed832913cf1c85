"""Session 8, class 'the head's credit row in a form the rules did not know' (issue #9 item 3; headmeta._credit_date,
_BARE_NAME in head_meta_rows).

A blog or a club's page credits its post in a row of its own words ("Skrivet av Anna Ek den 3 april 2026", "Upplagt 3
april 2026 av Anna Ek") or by the writer's name alone between the headline and the date line ("Anna Ek" / "3 april
2026"). Left untagged, the row or the name stood among the candidates and beat a short headline. Such a row is the
head's date line, and a bare name glued between a headline and its date line in the head is the byline unless the text
names it (an obituary's headline). Every dump here was written after the fix, for fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Efter tre års arbete står den nya bastun vid badplatsen klar, och den första kvällen kom över fyrtio badare.\n\n"
    "Bastun eldas med ved från föreningens egen skog, och nyckeln lånas ut mot en avgift på tjugo kronor.\n\n"
    "Öppettiderna gäller hela vintern, men vid stark kyla kan bastun hållas stängd för att skona kaminen.\n"
)


def test_a_written_by_row_with_its_date_is_no_headline() -> None:
    page = "Vinterbadarna i Ör\nHem\nBastun\n\nBastun klar\nSkrivet av Lisa Holm den 14 november 2026\n\n" + _TEXT
    article = _read(page)
    assert article.title == "Bastun klar"
    assert "Skrivet av" not in spoken_text(article)


def test_a_bare_name_between_the_headline_and_its_date_is_the_byline() -> None:
    page = "Vinterbadarna i Ör\nHem\nBastun\n\nBastun klar\nLisa Holm\n14 november 2026\n\n" + _TEXT
    article = _read(page)
    assert article.title == "Bastun klar"
    assert article.author == "Lisa Holm"


def test_a_name_the_text_tells_of_is_an_obituarys_headline() -> None:
    page = ("Vinterbadarna i Ör\nHem\nMinnesord\n\nMinnesord\nGösta Berg\n14 november 2026\n\n"
            "Gösta Berg var en av dem som grundade föreningen, och han badade i vaken varje morgon i över trettio år.\n\n"
            "Han byggde den första bastun vid badplatsen med egna händer och lärde många barn att simma.\n")
    assert _read(page).title == "Gösta Berg"
