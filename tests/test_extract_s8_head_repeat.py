"""Session 8, class 'a label repeated on the page against the title repeated on it' (issue #9 item 3).

A series' page ("Veckans bild", "Månadens bild", "Veckans psalm") sets its label at the breadcrumb's end, over the
picture and at the foot, and its title ("Veckans bild: Badhuset vid Möljen 1938") under the breadcrumb, under the
picture's caption or in a share row: both repeat, so repetition alone tells neither. The title is the one with the
headline's form (a label and a subject after the colon, or a sentence) at the head's place. These dumps were written
for fictional sites as guards of that choice (dev extract20 u20 is this class); each says the lead too, which must
not be the picture's credit.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read

_TEXT = (
    "Den här veckan visar vi en bild från sommaren 1947, när ångbåten fortfarande lade till vid bryggan i Sund.\n\n"
    "På bilden syns kaptenen Olof Berg tillsammans med några sommargäster som just har gått i land med sina koffertar.\n\n"
    "Trafiken lades ner 1958, när landsvägen till Sund var färdig och bussen tog över passagerarna.\n\n"
    "Känner du igen någon på bilden? Hör gärna av dig till arkivet.\n\nText: Per Holm, arkivarie\n"
    "Publicerad: 9 juni 2026\n"
)
_LEAD = "Den här veckan visar vi en bild från sommaren 1947"


def test_the_title_repeated_under_the_caption_beats_the_label_repeated_over_the_picture() -> None:
    head = "Veckans bild: Ångbåten vid Sunds brygga 1947"
    page = ("Gå till huvudinnehåll\nSunds kommun\nMeny\nKultur\nArkivet\nVeckans bild\n" + head + "\nVeckans bild\n"
            "Foto: okänd. Sunds arkiv, bild 1947:31.\n" + head + "\n\n" + _TEXT
            + "Fler veckans bilder\nTorget i Sund 1936\nSkolan brinner 1951\n")
    article = _read(page)
    assert article.title == head
    assert (article.lead or "").startswith(_LEAD)


def test_the_title_at_the_breadcrumbs_end_and_in_the_share_row_is_the_headline() -> None:
    head = "Månadens psalm: Den signade dag"
    page = ("Sunds församling\nStart\nAktuellt\nMånadens psalm\n" + head + "\nDela: " + head + "\n\n" + _TEXT)
    assert _read(page).title == head


def test_a_title_repeated_at_the_foot_with_its_label_stays_the_headline() -> None:
    page = ("Sunds hembygdsförening\nHem\nBildarkivet\nVeckans bild\n\nÅngbåten vid bryggan 1947\n9 juni 2026\n\n"
            + _TEXT + "\nVeckans bild\nÅngbåten vid bryggan 1947\nTorget i Sund 1936\n")
    assert _read(page).title == "Ångbåten vid bryggan 1947"
