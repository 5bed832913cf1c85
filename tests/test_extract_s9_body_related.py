"""Session 9, class 'a related box's Swedish label that the rules did not know' (issue #9, point 4: related-content boxes
in any language are never read; ``data/boilerplate.tsv`` rule ``related-sv``): "Relaterad information" over three links
under an authority's news was read with its links.

Every dump here was written after the fix, for fictional sites; the guard is the article's own sentence that begins with
the same words.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken

_HEAD = ("Kommunen Ås\nStart\nBygga och bo\nNyheter\n2 juni 2025\nNya regler för eldning i trädgården\n"
         "Från den 1 juli får trädgårdsavfall bara eldas under två veckor på våren och två på hösten.\n"
         "Reglerna gäller inom detaljplanerat område och ska minska röken som stör grannar med astma.\n"
         "– Vi hoppas att fler lämnar riset på återvinningscentralen i stället, säger miljöinspektören Pia Lund.\n")
_TAIL = "Sidan publicerades 2 juni 2025\nDela sidan\nKommunen Ås\nÅsvägen 1, 123 45 Ås\n"


def test_a_related_box_under_the_article_is_not_read() -> None:
    for label in ("Relaterade tjänster", "Relaterat innehåll:", "Relaterad information"):
        links = ["Öppettider på återvinningscentralen", "Ansök om dispens för eldning", "Brandrisk just nu"]
        spoken = _spoken(_read(_HEAD + label + "\n" + "\n".join(links) + "\n" + _TAIL))
        assert "– Vi hoppas att fler lämnar riset på återvinningscentralen i stället, säger miljöinspektören Pia Lund." in spoken
        assert label not in spoken and not any(x in spoken for x in links)


def test_a_related_box_between_blank_lines_is_not_read() -> None:
    box = "\nRelaterade sidor\nEldningsförbud vid torka\nKompostera hemma\n\n"
    spoken = _spoken(_read(_HEAD + box + _TAIL))
    assert "Kompostera hemma" not in spoken and "Relaterade sidor" not in spoken


def test_the_articles_sentence_opening_with_the_same_words_stays() -> None:
    closing = "Relaterad information om dispenser finns hos kommunens kontaktcenter, som har öppet alla vardagar.\n"
    spoken = _spoken(_read(_HEAD + closing + _TAIL))
    assert closing.strip() in spoken
