"""Wave 2, class 'a testimonial or quote card: a quoted line, a dash and its speaker' (issue #9;
:mod:`audiocast.ingest.testimonials`).

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are the article's own quotes (a quoted subheading without a speaker, a quote with "säger").
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = [
    "Simskolan vid Gustavsviks bad i Örebro utökar med en kurs för vuxna som aldrig har lärt sig simma.",
    "Kursen är på sex tillfällen och hålls i den grunda bassängen, med högst sex deltagare i gruppen.",
    "– Många skäms för att de inte kan simma. Här behöver ingen känna sig utpekad, säger instruktören Amina Yusuf.",
    "Första kursen startar den 2 februari, och anmälan är öppen nu.",
]


def _page(card: str, at: int = 4, blank: bool = True) -> str:
    body = _BODY[:at] + (["", card, ""] if blank else [card]) + _BODY[at:]
    return ("Örebro simsällskap\nSimskola\nTävling\nKontakt\n\nNu kan vuxna lära sig simma\n12 januari 2026\n"
            + "\n".join(body) + "\n\nÖrebro simsällskap · Idrottsvägen 1\n")


def test_a_customers_words_with_name_and_age_in_a_box_under_the_article_are_not_read() -> None:
    spoken = _spoken(_read(_page("”Jag simmade 25 meter efter fjärde gången!” – Birgitta, 67 år")))
    assert _BODY[-1] in spoken and "Jag simmade 25 meter" not in spoken


def test_a_quote_card_glued_into_the_article_with_its_picture_is_not_read() -> None:
    card = "»Äntligen vågar jag bada med barnbarnen.« — Leif Holm, Kumla\nLeif i den grunda bassängen."
    spoken = _spoken(_read(_page(card, at=2, blank=False)))
    assert "Äntligen vågar jag" not in spoken and "Leif i den grunda bassängen" not in spoken
    assert all(x in spoken for x in _BODY[1:])


def test_a_quoted_subheading_without_a_speaker_stays() -> None:
    spoken = _spoken(_read(_page("”Här behöver ingen skämmas”", at=2, blank=False)))
    assert "”Här behöver ingen skämmas”" in spoken


def test_a_quote_with_the_verb_of_saying_stays() -> None:
    line = "”Vatten är inget att vara rädd för, bara något att lära sig”, säger Amina Yusuf, som själv lärde sig simma vid trettio."
    spoken = _spoken(_read(_page(line, at=3, blank=False)))
    assert line in spoken and _BODY[-1] in spoken
