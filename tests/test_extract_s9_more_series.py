"""Session 9 (E4), class 'a series' list of its parts over or under the article' (issue #9).

A site sets a box listing a series' parts by their numbers ("Del 1: Postkontoret som blev pizzeria" / "Del 2: …" /
"Del 4: Publiceras 1 december") with the series' label, its name and a line on what the series is about: over the
head, the series' name won as headline and its description was read as the lead, with the whole list; under the text
("Läs fler delar i serien …") the other parts' titles were read, and so was the teaser of the next part ("Nästa del i
serien: … – publiceras 1 december"). A run of glued part lines numbered one after another (three, or two in a box
naming the series) makes its box the series' (serieslists.series_list_tags, run before the head is searched); the
teaser is a row of the rule table (series-teaser). Guard: a list that names no series, between two paragraphs of the
article, or introduced by a sentence with a colon, is the article's. Every dump here was written after the fix, for
fictional sites and wordings.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_MENU = "Kustposten\nNyheter\nSport\nNöje\nLogga in\n\n"
_TEXT = (
    "Fyrvaktarbostaden på Storskär har stått tom sedan 1978. Nu ska den bli vandrarhem, om föreningen får pengar.\n\n"
    "– Vi har skrapat färg varje sommar i tio år, säger Bo Strand, som leder arbetet på ön.\n\n"
    "Länsstyrelsen har gett föreningen 400 000 kronor, men det behövs ungefär det dubbla för att bygga om huset.\n\n"
)
_FOOT = "Mest läst\n1. Färjan inställd i helgen\n2. Ny restaurang i hamnen\n\nKustposten\nAnsvarig utgivare: Tove Ek\n"


def test_a_series_box_over_the_head_is_neither_headline_nor_lead() -> None:
    page = (_MENU + "Serie\nÖarna vi glömde\nAvsnitt 3 av 6\nVi reser ut till öarna i skärgården där ingen bor året runt "
            "längre.\nAvsnitt 1. Lotsen som blev kvar\nAvsnitt 2. Skolan på Lillskär\nAvsnitt 3. Fyren på Storskär\n"
            "Avsnitt 4. Kommer 12 juli\n\nStorskär\nFyren på Storskär\nEn förening vill ge liv åt den gamla fyrvaktarbostaden.\n"
            "Jonas Lind\nPublicerad 5 juli 2025 kl. 07:00\n\n" + _TEXT + _FOOT)
    article = _read(page)
    assert article.title == "Fyren på Storskär"
    spoken = spoken_text(article)
    for listed in ("Öarna vi glömde", "Lotsen som blev kvar", "Kommer 12 juli", "Vi reser ut till öarna"):
        assert listed not in spoken
    assert "Bo Strand" in spoken and "400 000 kronor" in spoken


def test_the_other_parts_and_the_next_part_under_the_text_are_not_read() -> None:
    page = (_MENU + "Fyren på Storskär\nPublicerad 5 juli 2025\n\n" + _TEXT
            + "Kommande avsnitt: Kyrkan på Lillskär, ute 19 juli.\n\nAlla delar i serien Öarna vi glömde\n"
              "Del 1: Lotsen som blev kvar\nDel 2: Skolan på Lillskär\n\n" + _FOOT)
    spoken = spoken_text(_read(page))
    for listed in ("Kommande avsnitt", "Alla delar", "Lotsen som blev kvar", "Skolan på Lillskär"):
        assert listed not in spoken
    assert "400 000 kronor" in spoken


def test_a_list_of_parts_between_paragraphs_that_names_no_series_stays() -> None:
    page = (_MENU + "Så ska hamnen byggas om\nPublicerad 5 juli 2025\n\n"
            "Hamnbolaget har fått klartecken att bygga om gästhamnen, och arbetet delas upp i tre delar fram till 2028.\n\n"
            "Del 1: Nya bryggor i norra bassängen\nDel 2: Servicehus med dusch och bastu\nDel 3: Ny ställplats för husbilar\n\n"
            "– Vi vill att båtfolket stannar en natt till, säger hamnchefen Lena Sjö.\n\n" + _FOOT)
    spoken = spoken_text(_read(page))
    assert "Del 2: Servicehus med dusch och bastu" in spoken
    assert "säger hamnchefen Lena Sjö" in spoken


def test_parts_numbered_out_of_the_whole_under_the_text_are_not_read() -> None:
    # Written after the part line took its number out of the whole ("Del 2 av 4:").
    page = (_MENU + "Fyren på Storskär\nPublicerad 5 juli 2025\n\n" + _TEXT
            + "HELA SERIEN\nDel 1 av 5: Lotsen som blev kvar\nDel 2 av 5: Skolan på Lillskär\nDel 3 av 5 – Ute 19 juli\n\n"
            + _FOOT)
    spoken = spoken_text(_read(page))
    assert "Lotsen som blev kvar" not in spoken and "Ute 19 juli" not in spoken
    assert "400 000 kronor" in spoken
