"""Session 8, class 'a picture column's title and its credit over the head' (issue #9; rule ``photo-credit`` in
``ingest/data/boilerplate.tsv``): "Veckans bild: Badhuset 1938" was taken for a photo credit (its "bild:"), so the
headline was lost, and a credit written "Fotografi: okänd fotograf. Arkivet, bild 12." was not known as one and read.

Every dump here was written after the fix, for a fictional site, in other wordings than the dump that showed the class;
the guard is a caption whose credit is written "Bild:".
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.boilerplate import default_rules, first_match

_BODY = ("\nBilden togs en vinterdag 1956 när isen på Storsjön var tjock nog att bära lastbilar med timmer.\n\n"
         "Chauffören hette Gustav Ek och körde åt sågverket i Hackås i över trettio år.\n\n"
         "Vet du mer om bilden? Skriv till oss på arkivet.\n\nPublicerad: 3 februari 2025\n")


def _rule(line: str) -> str | None:
    hit = first_match(default_rules(), line)
    return None if hit is None else hit[0].name


def test_a_column_title_naming_its_picture_is_the_headline_and_the_fotografi_credit_is_not_read() -> None:
    dump = ("Östersunds kommun\nMeny\nKultur\nMånadens bild\nMånadens bild: Timmerbil på isen 1956\n"
            "Fotografi: Arne Holm. Jamtli, bildarkivet, nr 1956:40.\nMånadens bild: Timmerbil på isen 1956\n" + _BODY)
    article = _read(dump)
    assert article.title == "Månadens bild: Timmerbil på isen 1956"
    assert "Fotografi: Arne Holm" not in _spoken(article) and "Chauffören hette Gustav Ek" in _spoken(article)


def test_fotografi_credits_are_credits_and_picture_column_titles_are_not() -> None:
    assert _rule("Fotografi: okänd. Länsmuseet.") == "photo-credit"
    assert _rule("Hamnen i dimma. Fotografi: Eva Lund") == "photo-credit"
    assert _rule("Dagens bild: Solnedgång över Vänern") is None
    assert _rule("Årets bild: Räddningen i Ljusnan") is None


def test_a_caption_credited_with_bild_stays_a_credit() -> None:
    assert _rule("Eleverna i klass 4 planterar ek. Bild: Skolans arkiv") == "photo-credit"
    assert _rule("Bild: Kommunen") == "photo-credit"
