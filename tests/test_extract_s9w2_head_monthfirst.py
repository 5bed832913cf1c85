"""A blog theme's date written month first ("oktober 14, 2024": WordPress's "F j, Y" with Swedish month names) was no
date line, so a hard-wrap join glued it to the headline ("Årets skörd … must oktober 14, 2024") and the post had no
date (audiocast.ingest.dates.MONTH_FIRST_DATE, DATE_LINE; boilerplate.tsv date-by, date-meta-row; session 9 wave 2 E6).

Every dump here was written after the fix, for fictional sites; the guard is a sentence of the article that names
days of a month.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

from audiocast.ingest.dates import is_date_line, parse_date

_BODY = ("Vinterns första snö kom tidigt i år, och redan i mitten av november kunde vi köra de första turerna med "
         "hundspannet.\nHundarna har tränat hela hösten och är i fin form, särskilt de fyra unghundarna som nu "
         "springer sin första säsong.\nTurerna bokas i vår webbshop, och presentkort finns att köpa fram till jul.\n")


def test_a_month_first_date_under_the_headline_is_the_posts_date() -> None:
    article = _read("Fjällhundarna\nHem\nTurer\nBlogg\n\nBlogg\nSnön kom tidigt till kenneln\nnovember 18, 2025\n"
                    "Jonas Fjäll\n\n" + _BODY + "Dela\n")
    assert article.title == "Snön kom tidigt till kenneln"
    assert article.published is not None and article.published.date().isoformat() == "2025-11-18"


def test_a_month_first_date_with_its_writer_is_the_posts_post_line() -> None:
    article = _read("Fjällhundarna\nBlogg\n\nUnghundarna klarade första turen\nfeb 2, 2026 av Maja Fjäll\n\n" + _BODY)
    assert article.title == "Unghundarna klarade första turen"
    assert article.published is not None and article.published.date().isoformat() == "2026-02-02"
    assert "feb 2, 2026 av Maja Fjäll" not in _spoken(article)


def test_guard_days_of_a_month_in_a_sentence_are_no_date_line() -> None:
    line = "Maj 3, 4 och 5 har vi öppet hus med korvgrillning vid hundgården."
    assert not is_date_line(line) and parse_date(line) is None
    assert line in _spoken(_read("Fjällhundarna\nBlogg\n\nÖppet hus i maj\n12 april 2026\n\n" + _BODY + line + "\n"))
