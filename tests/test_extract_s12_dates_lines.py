"""Session 12 (D), date lines: the common variants of a date line are meta lines (issue #9: the headline by evidence).

Themes print the date with a comma before the year ("19 november, 2024", WordPress's "j F, Y"), after the weekday
("fredag, 14 mars 2025"), after an abbreviation's dot ("3 feb., 2025"), with a time after a comma ("2025-03-14, 08:12")
or as day and month with a slash and the year after them ("14/3, 2025"). The grammar did not know these shapes, so under
a headline the date line became a headline candidate or was glued to the headline as its second line, and the article
had no date. The grammar (dates.py) is now built from its tables (month names and abbreviations, weekday names and
abbreviations) with the separators as one part (_YEAR_SEP), so every shape is a date line (tagged ``date``), never a
headline nor a headline's second line, and the article's date is read from it. Every page and value here was written
after the fix, for invented sites; the guards: a date inside a sentence stays text, a headline with a date in it stays
the headline.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from extract_helpers import read_dump, spoken_lines

from audiocast.calendar_sv import STOCKHOLM
from audiocast.ingest.dates import is_date_line, parse_date


@pytest.mark.parametrize(("line", "expected"), [
    ("2 december, 2023", datetime(2023, 12, 2, tzinfo=STOCKHOLM)),
    ("tisdag 8 april, 2025", datetime(2025, 4, 8, tzinfo=STOCKHOLM)),
    ("lör, 5 juli 2025", datetime(2025, 7, 5, tzinfo=STOCKHOLM)),
    ("torsdag, 30 oktober, 2025 kl. 16.20", datetime(2025, 10, 30, 16, 20, tzinfo=STOCKHOLM)),
    ("7 sept., 2024 kl. 14.30", datetime(2024, 9, 7, 14, 30, tzinfo=STOCKHOLM)),
    ("2024-11-02, 17:45", datetime(2024, 11, 2, 17, 45, tzinfo=STOCKHOLM)),
    ("28/2 2025", datetime(2025, 2, 28, tzinfo=STOCKHOLM)),
    ("9/11, 2024", datetime(2024, 11, 9, tzinfo=STOCKHOLM)),
])
def test_the_variants_are_date_lines_with_their_date(line: str, expected: datetime) -> None:
    assert is_date_line(line)
    assert parse_date(line) == expected


@pytest.mark.parametrize("line", [
    "Mötet hålls den 4 mars, 2025 i aulan.",
    "Vi ses 12 juni, 2025!",
    "3 feb., 2025 var en kall dag",
    "Halva 1/2 2025-budgeten är redan använd.",
])
def test_a_date_inside_a_sentence_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


_MENU = "Västkustposten\nNyheter\nSport\nKultur\nLogga in\n\n"
_TEXT = ("Hamnen i Lysekil får en ny gästbrygga till sommaren. Kommunen har fått bidrag från Jordbruksverket för halva "
         "kostnaden.\n\n"
         "Bryggan ska ha plats för fyrtio båtar och el vid varje plats, säger hamnchefen Tove Ahl.\n\n"
         "Arbetet börjar i april och ska vara klart till midsommar.\n\n")
_FOOT = "Dela artikeln\nFacebook\nMest läst\nVästkustposten AB, Box 4, 453 21 Lysekil\n"


@pytest.mark.parametrize(("date_line", "expected"), [
    ("onsdag 19 februari, 2025", datetime(2025, 2, 19, tzinfo=STOCKHOLM)),
    ("19 feb., 2025", datetime(2025, 2, 19, tzinfo=STOCKHOLM)),
    ("2025-02-19, 06:40", datetime(2025, 2, 19, 6, 40, tzinfo=STOCKHOLM)),
    ("ons, 19 februari 2025 kl. 06.40", datetime(2025, 2, 19, 6, 40, tzinfo=STOCKHOLM)),
])
def test_the_date_line_under_the_headline_is_no_headline_and_gives_the_date(date_line: str, expected: datetime) -> None:
    article = read_dump(_MENU + "Ny gästbrygga byggs i Lysekils hamn\n" + date_line + "\n" + _TEXT + _FOOT)
    assert article.title == "Ny gästbrygga byggs i Lysekils hamn"
    assert article.published == expected
    assert date_line not in spoken_lines(article)
    assert article.lead is not None and article.lead.startswith("Hamnen i Lysekil")


def test_a_date_line_with_its_label_gives_the_date() -> None:
    article = read_dump(_MENU + "Ny gästbrygga byggs i Lysekils hamn\nPublicerat: 21 jan., 2025\n\n" + _TEXT + _FOOT)
    assert article.title == "Ny gästbrygga byggs i Lysekils hamn"
    assert article.published == datetime(2025, 1, 21, tzinfo=STOCKHOLM)


def test_an_update_line_with_a_slash_date_gives_the_date_when_there_is_no_other() -> None:
    article = read_dump(_MENU + "Ny gästbrygga byggs i Lysekils hamn\n\n" + _TEXT + "Senast uppdaterad 6/5, 2025\n" + _FOOT)
    assert article.title == "Ny gästbrygga byggs i Lysekils hamn"
    assert article.published == datetime(2025, 5, 6, tzinfo=STOCKHOLM)
    assert "Senast uppdaterad 6/5, 2025" not in spoken_lines(article)


def test_guard_a_date_in_a_sentence_of_the_text_is_read() -> None:
    sentence = "Invigningen blir lördag 14 juni, 2025 klockan elva med tal av kommunalrådet."
    article = read_dump(_MENU + "Ny gästbrygga byggs i Lysekils hamn\n2025-02-19\n\n" + _TEXT + sentence + "\n\n" + _FOOT)
    assert sentence in spoken_lines(article)
    assert article.published == datetime(2025, 2, 19, tzinfo=STOCKHOLM)


def test_guard_a_headline_with_a_date_in_it_stays_the_headline() -> None:
    title = "Val 8 september, 2026: här kan du förtidsrösta"
    article = read_dump(_MENU + title + "\nAv Mikael Strand\n" + _TEXT + _FOOT)
    assert article.title == title


@pytest.mark.parametrize("meta", ["11 mars, 2025 av Sofia Brandt", "tisdag 11 mars, 2025 av Sofia Brandt",
                                  "11 mars, 2025 · Sofia Brandt"])
def test_a_post_meta_line_with_a_comma_date_and_the_writer_gives_the_date(meta: str) -> None:
    article = read_dump("Sofias sybod\nHem\nMönster\nKontakt\n\nSy en enkel förklädesklänning\n" + meta + "\n\n"
                        "Den här klänningen syr du på en eftermiddag av två meter linne och ett par knappar.\n\n"
                        "Klipp ut framstycket och bakstycket enligt mönstret och sy ihop sidorna först.\n\n"
                        "Kategorier: Sömnad\nLämna en kommentar\n")
    assert article.title == "Sy en enkel förklädesklänning"
    assert article.published == datetime(2025, 3, 11, tzinfo=STOCKHOLM)
    assert meta not in spoken_lines(article)


def test_a_diarys_comma_dated_stamps_are_read_over_their_entries() -> None:
    days = [("2 augusti, 2025", "Vi paddlade från Ludvika till en liten ö mitt i sjön och slog upp tälten i kvällssolen."),
            ("3 augusti, 2025", "Motvinden gjorde dagens etapp tung, men vi hann ända fram till kanotlägret före mörkret."),
            ("4 augusti, 2025", "Sista dagen var stilla och varm och vi badade vid varje rast på vägen tillbaka till bilarna.")]
    page = ("Friluftsfrämjandet Väsman\nHem\nAktiviteter\n\nKanotdagbok från Väsman\n\n"
            "Tolv paddlare gav sig ut på tre dagar i augusti. Här är vår dagbok.\n\n"
            + "".join(f"{d}\n{t}\n\n" for d, t in days) + "Dela\nFacebook\n")
    lines = spoken_lines(read_dump(page))
    for stamp, text in days:
        assert stamp in lines and text in lines
