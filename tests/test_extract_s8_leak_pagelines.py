"""Session 8, the page's own lines under the article (issue #9; rules ``breadcrumb-home``, ``report-error``,
``partners-label``, ``store-badge``, ``chat-button`` in ``ingest/data/boilerplate.tsv``), found on a battery of
self-written widget fragments: a breadcrumb with slashes from the home page, a newsroom's note on errors and its
principles, the label of a box of partners or open jobs (the names go with it), app store badges, a chat's button.

Every dump here was written after the fix, for a fictional site, in other wordings than the battery; the guards are
sentences of the article naming a home, an error, a partner and a job.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_HEAD = ("Vetlanda-Posten\nNyheter\nSport\nE-tidning\n\n9 oktober 2026\n\nBiblioteket i Holsbybrunn öppnar igen\n\n"
         "Efter ett halvår av renovering öppnar biblioteket i Holsbybrunn på måndag med längre öppettider.\n\n"
         "Nu har det också en läshörna för barn och en dator som besökarna kan låna utan att boka.\n\n"
         "– Vi har saknat våra besökare, säger bibliotekarien Mona Falk.\n\n")
_FOOT = "\nVetlanda-Posten AB\nKakor\n"


def _spoken_with(tail: str) -> str:
    spoken = _spoken(_read(_HEAD + tail + _FOOT))
    assert "säger bibliotekarien Mona Falk." in spoken
    return spoken


def test_a_breadcrumb_and_the_newsrooms_note_on_errors_under_the_article_are_not_read() -> None:
    spoken = _spoken_with("Startsida / Nyheter / Vetlanda / Biblioteket i Holsbybrunn öppnar igen\n\n"
                          "Hittade du ett fel? Rapportera fel\nVåra publicistiska principer\n")
    assert "Startsida / Nyheter" not in spoken and "Rapportera fel" not in spoken
    assert "Våra publicistiska principer" not in spoken


def test_a_partners_box_store_badges_and_a_chat_button_are_not_read() -> None:
    spoken = _spoken_with("Våra samarbetspartners\nSmålands Bank\nHolsby Bygg\n\nHämta på App Store\nGoogle Play\n"
                          "\nChatta med oss\n")
    for line in ("Våra samarbetspartners", "Smålands Bank", "Holsby Bygg", "App Store", "Google Play", "Chatta med oss"):
        assert line not in spoken


def test_the_articles_sentences_on_home_errors_partners_and_jobs_stay() -> None:
    text = ("Hem för många är biblioteket en andra plats, och fel i katalogen har rättats under stängningen.\n\n"
            "Kommunens partners i projektet är Regionbiblioteket och studieförbundet Vuxenskolan.\n\n"
            "Lediga jobb finns det inga just nu, men biblioteket tar emot volontärer på lördagar.\n\n")
    spoken = _spoken_with(text)
    assert "Hem för många är biblioteket" in spoken and "Kommunens partners i projektet" in spoken
    assert "Lediga jobb finns det inga just nu" in spoken


def test_a_pages_review_label_over_its_date_ends_the_article_and_the_contact_box_under_it_goes() -> None:
    for label in ("Sidan granskad", "Sidan ändrad", "Sidan uppdaterad"):
        dump = (_HEAD + "Biblioteket har öppet måndag till torsdag klockan tio till arton efter renoveringen.\n"
                + label + "\n2026-10-08\nKontakt\nHolsbybrunns bibliotek\nBrunnsvägen 4, Holsbybrunn\n" + _FOOT)
        spoken = _spoken(_read(dump))
        assert "klockan tio till arton efter renoveringen." in spoken
        assert label not in spoken and "Brunnsvägen 4, Holsbybrunn" not in spoken
