"""Session 7, class 'a link to the next or previous page of a series or a blog, told by its arrow' (issue #9; rule
``nav-arrow`` in ``ingest/data/boilerplate.tsv``): "← Vinterns första bränning", "Del 5: Kvarnbacken ►", "< Föregående
nyhet", whatever the words beside the arrow.

Every dump here was written after the fix, for a fictional site, in other wordings than the dumps that showed the
class; the guards are an arrow inside a line of the article (a route) and a quote in guillemets.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = (
    "Biodlarföreningen i Malung har fått sin första honungsslungare, köpt med pengar från en insamling bland "
    "medlemmarna.\n"
    "Slungaren står i föreningens bod vid skolan, och alla medlemmar får låna den under sensommaren.\n"
    "– Nu slipper nybörjarna köpa egen utrustning första året, säger ordföranden Siv Lerberg.\n"
)


def _page(tail: str, body: str = _BODY) -> str:
    return f"Biodlarna Malung\nStart\nBlogg\nBli medlem\n\nNu har vi en egen slungare\n2027-07-14\n{body}{tail}\nBiodlarna Malung\n"


def test_titles_behind_left_and_right_arrows_are_not_read() -> None:
    spoken = _spoken(_read(_page("← Vaxkakor till salu\nBinas vinterfoder: så gör du →\n")))
    assert "säger ordföranden Siv Lerberg." in spoken
    assert "Vaxkakor till salu" not in spoken and "Binas vinterfoder" not in spoken


def test_triangles_and_chevrons_in_a_box_of_their_own_are_not_read() -> None:
    spoken = _spoken(_read(_page("\n◀ Del 2: Drottningodling\nDel 4: Svärmning ▶\n\n")))
    assert "Drottningodling" not in spoken and "Svärmning" not in spoken


def test_a_bare_less_than_sign_link_is_not_read() -> None:
    spoken = _spoken(_read(_page("< Alla blogginlägg\n")))
    assert "Alla blogginlägg" not in spoken


def test_an_arrow_inside_the_articles_line_and_a_quote_in_guillemets_stay() -> None:
    body = _BODY + "Rutten för studiebesöket blir Malung → Sälen → Idre.\n»Vi kör en buss«, säger Siv Lerberg.\n"
    spoken = _spoken(_read(_page("", body)))
    assert "Malung → Sälen → Idre." in spoken and "»Vi kör en buss«, säger Siv Lerberg." in spoken
