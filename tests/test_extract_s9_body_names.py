"""Session 9, class 'a Swedish closing sentence that names an English title was taken for a short version in another
language' (issue #9; :func:`audiocast.ingest.summaries._foreign`): "Resultaten publiceras i tidskriften Energy and
Buildings." under a university's article was dropped as English (its one function word "and" is English, "i" is no
counted Swedish word), and the article's fact box under it went with the page's tail.

The fix reads a sentence's language without its names: a run of two or more capitalised words past the first word,
with a title's small words between. Every dump here was written after the fix, for fictional sites; the guards are an
English short version under the article (still dropped) and a Title Case English label.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.summaries import _foreign

_HEAD = ("Skogsinstitutet\nAktuellt\nForskning\nKontakt\n12 maj 2025\nGranbarkborren trivs i varmare vårar\n"
         "En ny studie från institutet visar att granbarkborren svärmar tre veckor tidigare än för trettio år sedan.\n"
         "Forskarna har följt fällor i Småland och Värmland varje vår sedan 1995 och räknat över en miljon baggar.\n"
         "– Det ger skalbaggen tid för en andra generation redan samma sommar, säger forskaren Per Ask.\n"
         "Skogsägare uppmanas att ta ut angripna granar före midsommar i stället för under hösten.\n")
_TAIL = "Dela\nFler nyheter\nNytt labb invigt i Umeå\nSkogsinstitutet\n"


def test_a_closing_sentence_naming_an_english_journal_is_read() -> None:
    for closing in ("Studien är publicerad i tidskriften Forest Ecology and Management.",
                    "Rapporten ges ut av The Nordic Council of Forest Research i höst.",
                    "Hela arbetet ingår i projektet Bark Beetles in a Warmer World."):
        spoken = _spoken(_read(_HEAD + closing + "\n" + _TAIL))
        assert closing in spoken and "före midsommar" in spoken


def test_the_fact_box_under_such_a_sentence_stays_too() -> None:
    box = ("Studien publiceras i tidskriften Journal of the Insect Society.\nOm studien\n"
           "Titel: Earlier swarming of Ips typographus in southern Sweden\nFörfattare: Per Ask, Lina Berg\n"
           "Finansiär: Formas\n")
    spoken = _spoken(_read(_HEAD + box + _TAIL))
    assert "Journal of the Insect Society" in spoken and "Finansiär: Formas" in spoken


def test_an_english_short_version_is_still_another_language() -> None:
    assert _foreign("The spruce bark beetle now swarms three weeks earlier than it did thirty years ago.")
    assert _foreign("Read the Report of the Council in English: the beetle swarms earlier than it used to.")
    assert not _foreign("Boken heter The Forest and the Trees och kommer ut i juni.")
    spoken = _spoken(_read(_HEAD + "The study shows that the beetle swarms three weeks earlier than it did before.\n"
                           "In English\n" + _TAIL))
    assert "The study shows" not in spoken and "före midsommar" in spoken
