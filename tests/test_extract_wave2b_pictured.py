"""Wave 2b, class 'a one- or two-word headline over its picture' (issue #9; headcands._short_title_over_picture,
_next_past_picture, the picture's mark, and the section's name repeated from the menu in headline.choose).

A blog's post has a short headline ("Fölningsnatt") right over its picture's caption and credit; the caption rules
took the headline for the picture's title and dropped it, and the section's name over the date line ("Bloggen", the
menu's item again) became the headline. A line opened by a picture's mark ("🖼 …") without a credit is a caption too,
never a headline. Every dump here was written after the fix, for fictional sites, in other wordings; the guard keeps a
picture's title under its headline the picture's.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = (
    "I lördags var det äntligen dags för årets första tur med kanoterna. Vattnet i Lillån var högt efter snösmältningen.\n"
    "Vi paddlade från bron i Hult ner till sjön på knappt tre timmar och såg både bäver och fiskgjuse.\n"
    "Nästa tur går vi i juni, då hoppas vi att fler i klubben vill följa med.\n"
)


def test_a_one_word_headline_under_the_date_over_its_picture_is_the_headline() -> None:
    page = ("Hults Paddlarklubb\nHem\nTurer\nDagboken\nBli medlem\nDagboken\n18 april 2026\nPremiärturen\n"
            "📸 Kanoterna vid bron i Hult. Foto: Per\n" + _TEXT)
    article = _read(page)
    assert article.title == "Premiärturen"
    assert article.lead is not None and article.lead.startswith("I lördags var det")
    assert "Dagboken" not in _spoken(article)


def test_a_two_word_headline_over_its_credit_and_gallery_counter_is_the_headline() -> None:
    page = ("Hults Paddlarklubb\nStart\nKlubben\nTurer\nKontakt\nKanotpremiär igen\nBild: Hults Paddlarklubb\n"
            "2 / 7\n‹\n›\n" + _TEXT + "\nFler turer\nKanothajk i juni\n")
    article = _read(page)
    assert article.title == "Kanotpremiär igen"
    assert "I lördags var det äntligen dags" in _spoken(article)


def test_a_caption_opened_by_a_picture_mark_without_credit_is_no_headline() -> None:
    page = ("Hults Paddlarklubb\nHem\nTurer\nDagboken\nDagboken\n18 april 2026\nLillån\n"
            "🖼 Fiskgjusen över sjön\n" + _TEXT)
    article = _read(page)
    assert article.title == "Lillån"
    assert "Fiskgjusen över sjön" not in _spoken(article)


def test_guard_a_pictures_title_under_the_headline_stays_the_pictures() -> None:
    page = ("Hults Paddlarklubb\nHem\nTurer\n\nÅrets första kanottur gick längs Lillån\n18 april 2026\n"
            "Bron\nBron i Hult. Foto: Per\n" + _TEXT)
    article = _read(page)
    assert article.title == "Årets första kanottur gick längs Lillån"
    assert "Bron" not in _spoken(article).splitlines()
