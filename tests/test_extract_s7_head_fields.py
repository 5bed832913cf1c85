"""Session 7, class 'a review's or a letter's field row taken for the headline' (issue #9; headshapes.field_label and
when_line scored in headline.score, byline.credit_name tagged as the byline by headmeta.head_meta_rows).

A review sets its credits and facts by the head: "Recension: Cecilia Hult" next to the date line, "Datum: 10 augusti
2024", "Plats: Tältet, Gräsö Blues Festival", a letter "Veckans president: Birgitta Sandell", a screening "Visas i
Kameran tisdag 27 oktober kl 19.00". Standing by the date line they outscored the headline. A label with a name or a
date after its colon is a field, a credit row glued to the date line is the byline, a short line with a day and a clock
time is an event's time: none is a headline. Every dump here was written after the fix, for fictional sites, in other
wordings and positions; the guard keeps a headline after a label that has a sentence in it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = (
    "Det är sällan en debutant vågar vara så här stilla, och ändå håller föreställningen publiken i ett fast grepp.\n\n"
    "Scenografin är sparsam, några stolar och ett fönster, men ljuset gör resten och skapar en hel värld.\n\n"
    "Det enda som skaver är slutet, som kommer för hastigt efter en lång och vacker uppbyggnad.\n"
)


def test_a_critics_credit_at_the_date_line_is_the_byline_not_the_headline() -> None:
    page = ("Scenkonstbloggen\nTeater\nDans\n\n★★★☆☆\n\nEn tyst kväll på Folkteatern\n"
            "Spelas fredag 6 november kl 19.30\nKritiker: Johanna Vik\n2 november 2026\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "En tyst kväll på Folkteatern"
    assert "Johanna Vik" not in _spoken(article)


def test_fact_rows_with_a_name_and_a_date_under_the_headline_are_no_headline() -> None:
    page = ("Jazzbladet\nNyheter\nKonserter\n\nKONSERT\nSvängig premiär för Trio Ost\nBand: Trio Ost\n"
            "Lokal: Glashuset, Örebro\nKväll: 14 mars 2026\n\n" + _TEXT)
    assert _read(page).title == "Svängig premiär för Trio Ost"


def test_an_office_holders_row_in_a_letters_head_is_no_headline() -> None:
    page = ("Odd Fellow Logen Vega\nHem\nMöten\n\nMånadens värd: Gunnar Ek\n3 februari 2026\n"
            "Kassör: Eva Sten\n\nEn kväll om logens första hundra år\n\n" + _TEXT)
    assert _read(page).title == "En kväll om logens första hundra år"


def test_a_headline_after_a_label_with_a_sentence_stays() -> None:
    page = ("Scenkonstbloggen\nTeater\nDans\n\nKrönika: Därför behöver vi fler små scener\n2 november 2026\n\n" + _TEXT)
    assert _read(page).title == "Krönika: Därför behöver vi fler små scener"


def test_an_obituarys_label_and_name_over_the_date_line_stays_the_headline() -> None:
    page = ("Familjesidan\nDödsannonser\nMinnesord\nTänd ett ljus\n\nMinnesord: Rut Engström\n"
            "Publicerad 9 april 2026 kl. 10.12\nRut Engström, Hammerdal, har avlidit i en ålder av 96 år.\n"
            "Rut växte upp på en gård vid sjön och arbetade i fyrtio år som lärare i byskolan, där hon blev en legend.\n"
            "Hon var med och startade byns kör och sjöng i den ända tills förra året.\n")
    assert _read(page).title == "Minnesord: Rut Engström"
