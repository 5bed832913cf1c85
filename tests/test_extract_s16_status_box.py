"""Session 16 (E1): a service's status widget glued under the article, its label and status over its own update time
(issue #9: service boxes of utilities read aloud; statusbox.py, status words as data in data/status_words.txt).

Round b58 read a fibre association's "Driftstatus" / "Inga kända störningar" over "Senast uppdaterad 14 april 08:12"
as the article's last lines. The signal: at most three short lines without a sentence's end or colon, one saying a
status word, glued right over an update stamp with a clock time, under the article's last running prose. Every page
here was written after the fix, for an invented site; the guards: the article's closing line (a sentence) and a fact
box's items (colons) over the page's stamp, and short lines without a status word.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Ljungby Energi\nPrivat\nFöretag\nElnät\nFjärrvärme\nNyheter\n"
_HEAD = "Nu byggs fjärrvärmen ut till Södra Ljungby\n2 oktober 2026\n"
_TEXT = ("Under hösten drar vi fjärrvärme till ett sextiotal villor i Södra Ljungby. Grävarbetet börjar vecka 42.\n"
         "Fastighetsägare som vill ansluta sig kan göra det till ett rabatterat pris fram till årsskiftet.\n"
         "– Intresset har varit större än vi trodde, säger projektledaren Hanna Sjöberg.\n")
_END = "Kundservice 0372-789 00\nLjungby Energi AB\nIntegritetspolicy\n"


def test_a_status_widget_over_its_update_time_goes() -> None:
    page = _TOP + _HEAD + _TEXT + "Avbrottsinformation\nInga pågående avbrott\nUppdaterad 2 oktober 2026 kl. 14.05\n" + _END
    lines = spoken_lines(read_dump(page))
    assert "– Intresset har varit större än vi trodde, säger projektledaren Hanna Sjöberg." in lines
    assert "Avbrottsinformation" not in lines
    assert "Inga pågående avbrott" not in lines


def test_a_status_line_alone_over_the_stamp_goes() -> None:
    page = _TOP + _HEAD + _TEXT + "Normal drift i hela nätet\nSenast uppdaterad 2 oktober 09:40\n" + _END
    assert "Normal drift i hela nätet" not in spoken_lines(read_dump(page))


def test_guard_the_articles_closing_sentence_over_the_pages_stamp_stays() -> None:
    page = _TOP + _HEAD + _TEXT + "Inga avbrott väntas under arbetet.\nSenast uppdaterad 2 oktober 09:40\n" + _END
    assert "Inga avbrott väntas under arbetet." in spoken_lines(read_dump(page))


def test_guard_short_lines_without_a_status_word_stay() -> None:
    page = _TOP + _HEAD + _TEXT + "Välkommen till informationsmötet\nKaffe och smörgås serveras\nSenast uppdaterad 2 oktober 09:40\n" + _END
    lines = spoken_lines(read_dump(page))
    assert "Välkommen till informationsmötet" in lines
