"""Wave 2, class 'a caption that says it is one, without the usual credit' (issue #9;
:mod:`audiocast.ingest.picturelines`).

A picture's emoji or a gallery's counter opening the line, a credit of another kind closing it (press picture,
designer, unknown photographer), or a short verbless line naming its picture. Every dump here was written after the
fix, for a fictional site, in other wordings than the dumps that showed the class; the guards are the article's own
sentences about a picture or a cover.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_BODY = [
    "Ishockeyklubben i Kalix har fått tillstånd att bygga en ny utomhusrink bakom ishallen.",
    "Rinken ska vara klar till december och blir öppen för allmänheten på helger och kvällar.",
    "– Barnen har åkt på en frusen fotbollsplan i tio år. Nu får de en riktig rink, säger klubbens ordförande Ola Berg.",
    "Bygget kostar 2,4 miljoner kronor och betalas till största delen av kommunen.",
]


def _page(line: str, at: int) -> str:
    body = _BODY[:at] + [line] + _BODY[at:]
    return ("Kalix HC\nLag\nBiljetter\nShop\n\nNy utomhusrink bakom ishallen\n9 september 2026\n" + "\n".join(body)
            + "\n\nKalix HC · Box 12 · 952 21 Kalix\n")


def test_a_caption_opened_by_a_picture_emoji_or_a_gallerys_counter_is_not_read() -> None:
    for line, at in (("📸 Ola Berg på platsen där rinken ska byggas.", 2), ("Foto 3 av 6: Ritningen över den nya rinken.", 4)):
        spoken = _spoken(_read(_page(line, at)))
        assert line not in spoken
        assert all(x in spoken for x in _BODY[1:])


def test_a_caption_closed_by_a_credit_of_another_kind_is_not_read() -> None:
    for line in ("Så ska rinken se ut. Illustration: Norrbygg Arkitekter", "Rinken 1968. (Fotograf okänd, Kalix HC:s arkiv)",
                 "Ola Berg. Pressbild: Kalix kommun"):
        spoken = _spoken(_read(_page(line, 4)))
        assert line not in spoken and _BODY[-1] in spoken


def test_a_short_line_naming_its_picture_is_not_read() -> None:
    spoken = _spoken(_read(_page("Vy över ishallen från norr.", 3)))
    assert "Vy över ishallen" not in spoken and _BODY[2][2:] in spoken


def test_the_articles_sentences_about_a_picture_or_a_cover_stay() -> None:
    # Guards: a credit's word inside a sentence, a picture named by a sentence with its verb.
    for line in ("Bilden av den gamla rinken från 1968 har klubben hängt upp i kafeterian, där alla kan se den.",
                 "Skylten vid rinken får en illustration av konstnären Mia Ek, som också har ritat klubbens märke."):
        spoken = _spoken(_read(_page(line, 4)))
        assert line in spoken and _BODY[-1] in spoken


def test_a_gallerys_counter_written_with_a_slash_opens_a_caption() -> None:
    line = "Bild 2/5: Isen spolas för första gången."
    spoken = _spoken(_read(_page(line, 4)))
    assert line not in spoken and _BODY[-1] in spoken
