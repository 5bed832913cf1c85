"""Round 13: a comment button in the share row under the date line is a button, not the start of the comments.

Found on the held-out blind set 9 after its figure was taken (the whole match report after "Dela / Kommentera"
was lost). Every dump here was written after the change, for fictional sites; none copies a blind case.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

HEAD = "BYGDENS BLAD\nNyheter\nSport\nKultur\nLogga in\nMeny\n\n"
REPORT = (
    "Första paddlingen för säsongen samlade rekordmånga på Sjövik\n"
    "Över hundra paddlare deltog när kanotklubben öppnade säsongen med en tur runt Sjöviks udde i lördags.\n"
    "Karin Dahl\n"
    "{date}\n\n"
    "{row}\n\n"
    "Klubben hade räknat med ett femtiotal deltagare, men redan vid niotiden var alla hyrkanoter utlånade.\n"
    "– Vi fick låna båtar av grannklubben i Älvby. Det säger en del om intresset, säger ordföranden Lars Holm.\n"
    "Turen gick runt udden och tillbaka till bryggan, där klubben bjöd på kaffe och bullar.\n\n"
    "Mer sport\nBandylaget tog klivet upp i division ett\nNy konstgräsplan invigd på Ekbacken\n"
)


def test_a_comment_button_in_the_share_row_under_the_date_does_not_end_the_article() -> None:
    for date, row in (("sön 4 maj 2025 09:12", "Dela\nKommentera"), ("Publicerad 4 maj 2025", "Kommentera\nDela"),
                      ("4 maj 2025 kl. 09.12", "Dela\nKommentarer (3)")):
        article = _read(HEAD + REPORT.format(date=date, row=row))
        spoken = _spoken(article)
        assert "vid niotiden var alla hyrkanoter utlånade" in spoken, row
        assert "kaffe och bullar" in spoken and "Kommentera" not in spoken and "Kommentarer" not in spoken


def test_a_comment_section_under_the_article_still_ends_it() -> None:
    dump = HEAD + REPORT.format(date="sön 4 maj 2025 09:12", row="Dela").replace(
        "Mer sport\n",
        "Dela\nKommentera\n\nEva Berg\n4 maj 2025 10:02\n"
        "Jag var där med barnen och det var en fantastisk dag, tack till alla ideella som ordnade det hela.\n\n"
        "Mer sport\n",
    )
    spoken = _spoken(_read(dump))
    assert "kaffe och bullar" in spoken and "fantastisk dag" not in spoken
