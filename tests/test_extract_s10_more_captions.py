"""Session 10 (E3), a picture's caption opened by the picture's number (issue #9; picturelines.is_marked_caption).

A project blog sets its pictures under the text with numbered captions ("Bild 1: Fragment av rankverk …", "Bild 2:
… Foto: …"); the one without a photographer's credit was read (dev set extract36). A caption opened by a picture's
number and a colon, a full stop or a dash ("Bild 3:", "Foto 2 –", "Figur 1.") says it is one. Written after the fix,
on other sites; the guard keeps the article's sentence about a picture ("Bild 1 visar …").
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.picturelines import is_marked_caption

_PAGE = (
    "Hembygdsföreningen Ljusnan\nStart\nBlogg\nKontakt\n\nRenoveringen av smedjan, del 4\n12 juni 2025\n"
    "Den här veckan har vi lagt nytt tak på smedjan. Det gamla spåntaket var ruttet på norrsidan, och vi har fått "
    "byta nästan hälften av läkten.\n"
    "Spånet är kluvet för hand av Erik Sundin i Ramsjö, som har gjort det i fyrtio år. Han visade oss hur man lägger "
    "det i tre lager.\n"
    "Nästa vecka börjar vi med essjan, som behöver muras om helt.\n\n"
    "{captions}\n\nEtiketter: smedjan, tak\n2 kommentarer\n"
)


def test_numbered_captions_under_a_blog_post_are_not_read() -> None:
    caps = "Bild 1: Det gamla spåntaket på norrsidan.\nBild 2: Erik Sundin klyver spån vid smedjan."
    spoken = spoken_text(read_dump(_PAGE.format(captions=caps)))
    assert "muras om helt" in spoken
    assert "Bild 1:" not in spoken and "Bild 2:" not in spoken


def test_figure_and_photo_numbers_mark_a_caption() -> None:
    assert is_marked_caption("Figur 2. Antalet medlemmar per år sedan 1990.")
    assert is_marked_caption("Foto 3 – Essjan innan den revs.")


def test_the_articles_sentence_about_a_numbered_picture_is_no_caption() -> None:
    assert not is_marked_caption("Bild 1 visar hur taket såg ut innan vi började.")
