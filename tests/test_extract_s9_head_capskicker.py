"""Session 9, class 'a lead opened by a kicker in capitals, dropped as the top picture's caption' (issue #9).

A lead opened by a word or two in capitals and a full stop ("NY PARK. Kommunen har beslutat att bygga om hela
hamnplanen.") stood where the top picture's caption stands: its first sentence opened with two capitalised words and
had no verb, so headdigest.top_caption dropped it and the article lost its lead. Words in capitals are a kicker's,
never a caption's name: they no longer count as the name a caption opens with. Every dump here was written after the
fix, for fictional sites and wordings; the guard keeps a real caption opened by a name dropped.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_REST = (
    "Den gamla skolan har stått tom sedan 2019, och flera förslag har diskuterats genom åren utan att något blivit "
    "av.\n\n"
    "Nu ska huset byggas om till tolv lägenheter för äldre, med gemensam matsal i den gamla gymnastiksalen.\n\n"
    "Bygget beräknas vara klart till jul nästa år.\n"
)


def test_a_lead_opened_by_a_two_word_kicker_in_capitals_is_kept() -> None:
    page = ("Sjöbyns Tidning\nHem\nNyheter\nKontakt\n\nSkolan blir bostäder för äldre\n2 april 2026\n\n"
            "GAMLA SKOLAN. Fastighetsbolaget har köpt huset för nio miljoner kronor.\n\n" + _REST)
    article = _read(page)
    assert "GAMLA SKOLAN. Fastighetsbolaget har köpt huset" in spoken_text(article)


def test_a_capitals_kicker_lead_under_a_byline_is_kept() -> None:
    page = ("Sjöbyns Tidning\nHem\nNyheter\n\nSkolan blir bostäder för äldre\nEva Lund\n2 april 2026\n\n"
            "KLART BESKED. Tolv lägenheter ska byggas i skolhuset.\n\n" + _REST)
    article = _read(page)
    assert "KLART BESKED. Tolv lägenheter ska byggas" in spoken_text(article)


def test_a_caption_opened_by_a_name_is_still_dropped() -> None:
    page = ("Sjöbyns Tidning\nHem\nNyheter\n\nSkolan blir bostäder för äldre\n2 april 2026\n\n"
            "Maja Berg framför den gamla skolan i Sjöbyn.\n\n" + _REST)
    article = _read(page)
    assert "Maja Berg framför" not in spoken_text(article)
    assert (article.lead or "").startswith("Den gamla skolan")
