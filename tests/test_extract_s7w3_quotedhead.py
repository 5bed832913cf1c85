"""Session 7, third wave (issue #9), class 'a reader's question wholly in quotes as the headline under a column's
label' ("Fråga doktorn" over "”Varför blir jag yr …?”"): a question or a cry wholly in quotes, of twelve words at
most, has a headline's form (:func:`audiocast.ingest.lineshape.is_title_like`); before, it was taken for the lead and
the column's label for the headline.

Written after the fix, for fictional sites and other columns than the dump that showed the class. Guard: a quoted
sentence that ends in a full stop stays no headline when a headline stands above it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_ANSWER = ("Svar: Det är vanligt att fukt tränger in när fogarna har torkat ut, och det syns oftast först på våren.\n"
           "Börja med att skrapa bort den gamla fogen och låt ytan torka ordentligt innan du fogar om.\n")


def _page(label: str, quoted: str) -> str:
    return (f"Bohusläningen Hem\nNyheter\nBostad\nLogga in\n\nBostad\n{label}\n{quoted}\n"
            f"Av Mats Ling\n12 mars 2027 06:00\n{_ANSWER}\nBohusläningen Hem AB\nKundtjänst\n")


def test_a_quoted_question_under_the_columns_label_is_the_headline() -> None:
    art = _read(_page("Fråga byggexperten", "”Varför blir det mögel i badrummet på våren?”"))
    assert art.title.strip("”\"") == "Varför blir det mögel i badrummet på våren?"
    assert "Börja med att skrapa bort" in _spoken(art)


def test_a_quoted_question_in_straight_quotes_is_the_headline() -> None:
    art = _read(_page("Fråga elektrikern", '"Får jag byta vägguttaget själv?"'))
    assert art.title.strip("”\"") == "Får jag byta vägguttaget själv?"


def test_a_quoted_cry_under_a_section_label_is_the_headline() -> None:
    art = _read(_page("Läsarnas röst", "»Låt sjöboden stå kvar!«".replace("«", "»")))
    assert "sjöboden" in art.title


def test_a_quoted_sentence_under_the_headline_stays_the_lead() -> None:
    dump = ("Bohusläningen Hem\nNyheter\n\nSjöboden i Fiskebäck får stå kvar\n”Vi är glada och lättade över beslutet.”\n"
            "Av Mats Ling\n12 mars 2027 06:00\n" + _ANSWER + "\nBohusläningen Hem AB\n")
    art = _read(dump)
    assert art.title == "Sjöboden i Fiskebäck får stå kvar"
    assert "lättade över beslutet" in _spoken(art)
