"""Session 8 w3, class 'a bilingual page's other-language lines around the article' (issue #9): a site that writes
every label twice ("Takaisin uutisiin / Tillbaka till nyheter", "9.12. Joulumarkkinat / Julmarknad") and links the
article's other-language version with its title ("Lue suomeksi: …", "Read in English: …"). Below the article such
paired lines are the site's (labels, calendars) - summaries.bilingual_pair_tags - and a language switch with a
title is the switch (language-switch rule). Fictional sites and wordings; guards keep an article's own line with a
slash ("Öppet 10–14 / lunch 12") and an article's running prose."""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_HEAD = ("Kirunan Suomi-seura – Kiruna Finska Förening\nEtusivu / Start\nUutiset / Nyheter\n\n"
         "Kören söker nya sångare\n3.2.2026\n\n")
_BODY = (
    "Föreningens kör söker nya sångare inför vårens konserter, och alla som tycker om att sjunga är välkomna.\n"
    "Kören övar varje tisdag klockan 18 i föreningens lokal på Hjalmar Lundbohmsvägen, och repertoaren är både "
    "finsk och svensk.\n"
    "– Man behöver inte kunna läsa noter, det viktigaste är glädjen i att sjunga tillsammans, säger körledaren "
    "Aila Niemi.\n"
)
_FOOT = "Kirunan Suomi-seura ry\nHjalmar Lundbohmsvägen 12, 981 31 Kiruna\n"


def _heard(tail: str) -> str:
    return spoken_text(_read(_HEAD + _BODY + tail + _FOOT))


def test_a_language_switch_with_the_articles_title_is_not_read() -> None:
    for switch in ("Lue suomeksi: Kuoro etsii uusia laulajia", "Read in English: The choir is looking for new singers"):
        heard = _heard(switch + "\n")
        assert switch not in heard, switch
        assert "det viktigaste är glädjen" in heard


def test_paired_labels_and_calendar_lines_under_the_article_are_not_read() -> None:
    tail = ("Takaisin uutisiin / Tillbaka till nyheter\nTulevat tapahtumat / Kommande evenemang\n"
            "14.2. Ystävänpäivän tanssit / Alla hjärtans dans\n7.3. Vuosikokous / Årsmöte\n")
    heard = _heard(tail)
    for line in tail.splitlines():
        assert line not in heard, line
    assert "det viktigaste är glädjen" in heard


def test_an_articles_own_lines_with_a_slash_stay() -> None:
    tail = ("Övningar vår 2026\nTisdagar 18–20 / lokalen\nLördag 14 mars / generalrepetition i kyrkan\n\n"
            "Konserten hålls i Kiruna kyrka den 15 mars, och efter konserten bjuder föreningen på kaffe och bulle.\n")
    heard = _heard(tail)
    assert "Konserten hålls i Kiruna kyrka" in heard


# Written after the fix.

def test_a_sami_and_swedish_sites_paired_footer_labels_are_not_read() -> None:
    tail = "Ruoktot / Hem\nOđđasat / Nyheter\nOktavuohta / Kontakt\n"
    heard = _heard(tail)
    assert "Ođđasat / Nyheter" not in heard and "Ruoktot / Hem" not in heard


def test_a_single_paired_line_under_the_article_is_left_to_the_other_rules() -> None:
    from audiocast.ingest.summaries import _paired

    assert _paired("Tulevat tapahtumat / Kommande evenemang")
    assert not _paired("Kören övar varje tisdag. / Kören sjunger.")
    assert not _paired("Konserten i Kiruna kyrka den 15 mars är gratis för alla medlemmar i föreningen / kaffe")


def test_paired_lines_with_the_articles_text_going_on_under_them_stay() -> None:
    tail = ("Kuoro / Kören\nKonsertti / Konserten\n"
            "Efter konserten i mars vill kören åka till Tornedalen och sjunga på en festival i juni.\n")
    heard = _heard(tail)
    assert "Kuoro / Kören" in heard and "sjunga på en festival" in heard
