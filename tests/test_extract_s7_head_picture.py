"""Session 7, class 'a picture between the date line and the headline' (issue #9; headpictures.caption_over_head and
picture_place, asked by headcands.candidates when no headline-like line stands above).

A critic's portfolio, a workshop's diary or a museum sets the article's picture over its headline: the caption with its
credit ("Sara Lundh, Utan titel (vattnet minns), 2024. Olja och vax på linne." / "Foto: Västerviks konsthall") or with
the picture's place ("Lövö kyrka, Västergötland") stood where a lead stands, so the headline under it was never looked
at, or the place outscored it beside the date line. A caption with its credit or place glued under it, over a headline
with running prose under it, is the picture's. Every dump here was written after the fix, for fictional sites, in other
wordings and positions; the guard keeps a headline above the date line over a picture and a subheading.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = (
    "Det var en kall morgon i mars när de första besökarna ställde sig i kö utanför smedjan, långt före öppningsdags.\n\n"
    "Sedan dess har över tvåtusen personer sett hur järnet formas i ässjan, och många har fått prova själva.\n\n"
    "Till sommaren utökas öppettiderna, och två nya lärlingar börjar arbeta i verkstaden redan i juni.\n"
)


def test_a_caption_with_its_credit_between_the_date_and_the_headline_is_no_lead() -> None:
    page = ("Smedjan i Österbybruk\nBesök\nKurser\n\n‹ Alla nyheter\n\nReportage\n11 maj 2026\n\n"
            "Smeden Ola Vik vid städet, 2026. Olja på duk av Lisa Ek.\nFoto: Bruksmuseet\n\n"
            "Smedjan som lockar hela bygden\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Smedjan som lockar hela bygden"
    assert "städet" not in _spoken(article) and "Bruksmuseet" not in _spoken(article)


def test_a_caption_and_the_pictures_place_over_the_headline_are_no_lead_and_no_headline() -> None:
    page = ("Smideskonst Vik\nStartsida\nDagbok\nKontakt\n\nDagbok\n\nMars 2026\nAvsnitt 3 i dagboken\n\n"
            "2.3.2026\n\nGrinden ligger på arbetsbänken inför den sista rostskyddsbehandlingen.\n\n"
            "Forsmarks bruk, Uppland\n\nEn smidesgrind från 1700-talet räddad\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "En smidesgrind från 1700-talet räddad"
    assert "arbetsbänken" not in _spoken(article) and "Uppland" not in _spoken(article)


def test_a_caption_with_its_credit_in_a_dump_without_blank_lines_is_no_lead() -> None:
    page = ("Smedjan i Österbybruk\nBesök\nKurser\n« Tillbaka\nNyhet\n11 maj 2026\n"
            "Lisa Eks akvarell av smedjan, 2025.\nFotograf: Per Ahl\nSmedjan som lockar hela bygden\n"
            + _TEXT.replace("\n\n", "\n"))
    assert _read(page).title == "Smedjan som lockar hela bygden"


def test_a_headline_above_the_date_stays_over_a_picture_and_a_subheading() -> None:
    page = ("Smedjan i Österbybruk\nBesök\nKurser\n\nSmedjan som lockar hela bygden\n11 maj 2026\n\n"
            "Smeden Ola Vik vid städet en tidig morgon.\nFoto: Per Ahl\n\nRekord i mars\n\n" + _TEXT)
    assert _read(page).title == "Smedjan som lockar hela bygden"
