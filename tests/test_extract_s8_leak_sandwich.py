"""Session 8, class 'a box's own sentence glued between its label and its field or button, in a dump without blank
lines' (issue #9; :func:`audiocast.ingest.articleend.end_tags`): "Ladda ner vår app" / "Få pushnotiser när något händer
i Nybro." / "App Store" - the sentence was taken for the article's last paragraph or its closing line and read.

Every dump here was written after the fix, for a fictional site, in other wordings than the battery that showed the
class; the guards are a closing sentence under a picture's credit and the share row, and a paragraph between a link
and an ad's label.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Ystads Allehanda\nNyheter\nSport\nE-tidning\n12 juni 2026\nFiskeläget får ny hamnkrog\n"
         "Den gamla rökeriet i Kåseberga blir restaurang, sedan kommunen sålt huset till två bröder från Ystad.\n"
         "De räknar med att öppna till midsommar nästa år, med fisk från båtarna i hamnen på menyn.\n"
         "– Vi vill att rökeriet ska lukta rök igen, säger Johan Persson, en av bröderna.\n")
_FOOT = "Ystads Allehanda AB\nKakor\n"


def test_a_newsletters_and_an_app_boxs_sentences_between_label_and_field_are_not_read() -> None:
    for box, sentence in (
        ("Nyhetsbrev\nVarje fredag får du veckans viktigaste nyheter från Österlen.\nDin e-postadress\nPrenumerera\n",
         "Varje fredag får du veckans viktigaste nyheter"),
        ("Ladda ner vår app\nMed appen får du en notis när något händer där du bor.\nGoogle Play\n",
         "Med appen får du en notis"),
    ):
        spoken = _spoken(_read(_HEAD + box + _FOOT))
        assert sentence not in spoken and "säger Johan Persson, en av bröderna." in spoken


def test_a_closing_line_under_a_credit_and_over_the_share_row_stays() -> None:
    tail = "Rökeriet byggdes 1912.\nFoto: Eva Ek\nRestaurangen får plats för fyrtio gäster inne och lika många ute.\nDela\n"
    spoken = _spoken(_read(_HEAD + tail + _FOOT))
    assert "Restaurangen får plats för fyrtio gäster inne och lika många ute." in spoken


def test_a_paragraph_between_a_link_and_an_ads_label_stays() -> None:
    tail = ("Läs också: Hamnen i Kåseberga muddras\nBröderna har tidigare drivit en foodtruck i Ystad i sex somrar.\n"
            "Annons\n")
    spoken = _spoken(_read(_HEAD + tail + _FOOT))
    assert "Bröderna har tidigare drivit en foodtruck i Ystad i sex somrar." in spoken
