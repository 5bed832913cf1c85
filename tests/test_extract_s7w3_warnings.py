"""Session 7, third wave (issue #9), class 'the warning the law puts on alcohol and tobacco advertising' under a
producer's or a shop's news ("Njut av alkohol med måtta. Alkohol kan skada din hälsa."): the fixed texts alone, or a
warning after "Njut/Drick med måtta", nobody quoted (``health-warning`` in ``data/boilerplate.tsv``).

Written after the fix, for fictional sites and other warnings than the dump that showed the class. Guard: a doctor
quoted on the same words and an article's one-sentence paragraph on alcohol stay.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = ("Vingården på Kullaberg skördade i år rekordmycket druvor tack vare den varma och torra sensommaren.\n"
         "Det första vinet av årets skörd, en torr rosé, släpps i butiken och på restaurangerna i april.\n")


def _page(tail: str, body: str = _BODY) -> str:
    return ("Kullabergs Vingård\nHem\nVåra viner\nBesök oss\nNyheter\n\nNyheter\nRekordskörd på vingården\n\n"
            f"14 oktober 2027\n\n{body}{tail}\nTillbaka till nyheter\n\nKullabergs Vingård AB\n")


def test_the_pregnancy_warning_under_a_vineyards_news_is_not_read() -> None:
    spoken = _spoken(_read(_page("Alkohol i samband med graviditet kan skada fostret.\n")))
    assert "torr rosé" in spoken and "graviditet" not in spoken


def test_a_drink_in_moderation_line_with_its_warning_is_not_read() -> None:
    spoken = _spoken(_read(_page("Drick med måtta! Alkohol och bilkörning hör inte ihop.\n")))
    assert "torr rosé" in spoken and "måtta" not in spoken


def test_a_doctor_quoted_on_the_same_words_stays() -> None:
    body = _BODY + "– Alkohol kan skada din hälsa även i små mängder, säger överläkaren Per Lind.\n"
    spoken = _spoken(_read(_page("", body)))
    assert "säger överläkaren Per Lind" in spoken
