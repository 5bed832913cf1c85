"""Session 7, class 'a call to the reader under the article: a question to the reader and where to send it' (issue
#9; :mod:`audiocast.ingest.readercalls`), and a Q&A column's "Fråga:" label over the reader's question that is the
lead (:func:`audiocast.ingest.headfacts.lead_label`).

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are a news article's appeal for tips with the police's number, and a column's last line holding
the question and the address together.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = "Trädgårdsföreningen Rosen\nHem\nKurser\nFrågelådan\n\nVarför blommar inte min pion?\n\n12 juni 2027\n\n"
_QA = (
    "Min pion har inte blommat på tre år, fast den får mycket sol. Vad gör jag för fel? /Gun i Tierp\n\n"
    "Svar: Det vanligaste felet är att pionen är planterad för djupt. Knopparna ska sitta högst tre centimeter under "
    "jorden.\n\n"
    "Lyft plantan i september och sätt den grundare. Det kan ta ett år innan den blommar igen, men sedan brukar det gå "
    "bra.\n"
)
_FOOT = "\nTrädgårdsföreningen Rosen · Box 12 · 815 21 Tierp\nIntegritet\n"


def test_a_question_to_the_reader_over_a_mail_address_in_a_box_of_its_own_is_not_read() -> None:
    call = "\nUndrar du något om din trädgård?\nMejla frågelådan på fragor@rosen.se. Vi svarar på ett urval.\n"
    spoken = _spoken(_read(_HEAD + _QA + call + _FOOT))
    assert "sedan brukar det gå bra." in spoken
    assert "Undrar du något om din trädgård?" not in spoken and "fragor@rosen.se" not in spoken


def test_a_one_word_question_over_a_correction_address_glued_under_the_article_is_not_read() -> None:
    call = "Felaktigt?\nSkriv till redaktionen@rosen.se\n"
    spoken = _spoken(_read(_HEAD + _QA + call + _FOOT))
    assert "Felaktigt?" not in spoken and "sedan brukar det gå bra." in spoken


def test_a_news_appeal_for_tips_with_the_polices_number_stays() -> None:
    news = ("Lokalnytt Tierp\nNyheter\n\nInbrott i föreningens förråd\n\n3 maj 2027\n\n"
            "Natten till lördag bröt sig okända personer in i trädgårdsföreningens förråd och stal tre gräsklippare.\n\n"
            "Polisen har inga misstänkta men söker vittnen som sett bilar vid förrådet under natten.\n\n"
            "Har du sett något?\nRing polisen på 114 14 och uppge ärendenummer 5000-K556677-27.\n" + _FOOT)
    spoken = _spoken(_read(news))
    assert "Har du sett något?" in spoken and "114 14" in spoken


def test_a_columns_last_line_with_question_and_address_together_stays() -> None:
    close = "Har du en fråga om din trädgård? Mejla den till fragor@rosen.se.\n"
    spoken = _spoken(_read(_HEAD + _QA.rstrip("\n") + "\n" + close + _FOOT))
    assert "Mejla den till fragor@rosen.se." in spoken


def test_the_question_label_over_the_lead_opens_the_lead() -> None:
    dump = _HEAD.replace("12 juni 2027\n\n", "12 juni 2027\nFråga:\n") + _QA + _FOOT
    article = _read(dump)
    assert (article.lead or "").startswith("Fråga: Min pion har inte blommat")
