"""Session 10, class 'the page's record of its own handling read as the article's facts' (issue #9).

Rows under a headline labelled by a verb's participle or passive, with a date for the value ("Anslaget: 12 maj
2025" / "Nedtas: 2 juni 2025" on a notice board, "Justerat: 2024-02-21" under minutes, "Startad: …" on an outage
notice), record the page's handling, and the annotators of residual sets extract17 and extract28 count them as the
head's meta; they were read as a fact box. Such a row is no fact (headfacts.record_row); an event's "Datum:" and
"Plats:" rows and a review's "Regi:" stay the article's facts. The first test is the invented case written before
the fix, the rest after it.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.headfacts import record_row

_P1 = "Kommunen har beslutat att bygga en ny idrottshall vid skolan i Västerby, och bygget börjar redan i augusti."
_TEXT = f"\n\n{_P1}\n\nHallen ska stå klar till hösten 2026 och kostar 48 miljoner kronor.\n"


def test_a_notice_boards_posting_dates_are_not_read() -> None:
    page = ("Västerby kommun\nAnslagstavla\n\nKungörelse\nNy idrottshall byggs i Västerby\nAnslaget: 12 maj 2025\n"
            f"Nedtas: 2 juni 2025\n{_TEXT}")
    spoken = spoken_text(read_dump(page))
    assert "Nedtas" not in spoken and "Anslaget" not in spoken
    assert _P1 in spoken


def test_a_care_pages_review_dates_are_not_read() -> None:
    page = ("1177 Region Åsby\nSök\nMeny\n\nVaccination mot TBE i Åsby\nGranskad: 3 april 2025\n"
            "Uppdaterad: 14 april 2025\n\nI år erbjuds alla vuxna som bor i skärgården vaccin mot TBE på "
            "vårdcentralen i Åsby.\n\nDu bokar tid via e-tjänsten eller i receptionen.\n")
    spoken = spoken_text(read_dump(page))
    assert "Granskad" not in spoken and "3 april 2025" not in spoken
    assert "vaccin mot TBE" in spoken


def test_record_rows_by_their_label_and_value() -> None:
    assert record_row("Justerat: 2024-02-21")
    assert record_row("Beslutad: 1 april 2025")
    assert not record_row("Datum: 12 maj 2025 kl 18.00")
    assert not record_row("Plats: Västerby kyrka")
    assert not record_row("Regi: Maria Holm")


def test_an_events_facts_stay() -> None:
    page = ("Västerby församling\nHem\nKalender\n\nVårkonsert i kyrkan\nDatum: 12 maj 2025 kl 18.00\n"
            "Plats: Västerby kyrka\nEntré: Fri\n\nKyrkokören och Västerby spelmanslag bjuder på vårens sånger, från "
            "psalmer till visor.\n")
    spoken = spoken_text(read_dump(page))
    assert "Datum: 12 maj 2025 kl 18.00" in spoken and "Plats: Västerby kyrka" in spoken
