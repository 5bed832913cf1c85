"""Session 9, class 'the writer's name with a role, then the e-mail address, then the date line' (issue #9).

A byline of a name and a role ("Per Sund, reporter") with the writer's e-mail address glued under it and the date
line under that was no byline: the address stood between it and the date line, so the name was taken for the
headline and the real headline above it was lost. The e-mail line is the head's furniture now
(headmeta._HEAD_FURNITURE), no distance between a byline and its date line. Every dump here was written after the fix,
for fictional sites and wordings; the guard keeps a headline with a comma in it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Skolans gamla gymnastiksal ska rivas i höst, och en ny idrottshall byggs på samma tomt under nästa år.\n\n"
    "Under bygget får eleverna ha idrott i föreningshuset vid sjön, dit en buss går två gånger i veckan.\n\n"
    "Rektorn säger att lärarna har planerat för att så mycket som möjligt av undervisningen ska kunna ske utomhus.\n"
)


def test_a_name_with_a_role_and_a_mail_over_the_date_is_a_byline() -> None:
    page = ("Vallbynytt\nStart\nSkola\nSport\n\nGymnastiksalen rivs efter sommaren\nLinnea Berg, reporter\n"
            "linnea.berg@vallbynytt.se\n19 augusti 2026\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Gymnastiksalen rivs efter sommaren"
    assert "Linnea Berg" not in spoken_text(article) and "@vallbynytt" not in spoken_text(article)


def test_a_labelled_mail_and_a_published_line_under_a_role_byline() -> None:
    page = ("Föreningen Sjöstugan\nHem\nAktuellt\n\nNy idrottshall byggs vid skolan\n\nGöran Ahl, sekreterare\n"
            "Mejl: goran.ahl@sjostugan.org\nPublicerad 3 juni 2026\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Ny idrottshall byggs vid skolan"
    assert "Göran Ahl" not in spoken_text(article)
    assert spoken_text(article).count("Skolans gamla gymnastiksal") == 1


def test_a_headline_with_a_comma_over_a_mail_byline_stays() -> None:
    page = ("Vallbynytt\nStart\nSkola\n\nHallen rivs, eleverna får åka buss\nLinnea Berg, reporter\n"
            "linnea.berg@vallbynytt.se\n19 augusti 2026\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Hallen rivs, eleverna får åka buss"
    assert (article.lead or "").startswith("Skolans gamla gymnastiksal")
