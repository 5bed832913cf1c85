"""Session 8, classes of the page's widgets right under the article (issue #9), found on a battery of self-written
fragments under two invented articles, with and without blank lines:

- a WordPress thread opened by a counter in words naming the post ("Ett svar på ”Title”") was not told
  (:func:`audiocast.ingest.threadruns.is_thread_counter`);
- a rating widget's question over its grades ("Mycket nöjd", "Ganska nöjd", "Bra", "Dålig") was read
  (:func:`audiocast.ingest.pagewidgets.feedback_question`).

Every dump here was written after the fixes, for a fictional site, in other wordings than the battery; the guards are
an article's fact box of fields, a signer's name and role, and an article's question over a list of things.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.threadruns import is_thread_counter

_HEAD = ("Öxabäck IF\nStart\nLag\nKontakt\n\n2 maj 2026\n\nKlubbstugan får solceller\n\n"
         "Öxabäck IF har fått 95 000 kronor från Boverket för att sätta solceller på klubbstugans tak.\n\n"
         "Panelerna ska ge el till både stugan och belysningen på grusplanen, och arbetet görs i juni.\n\n"
         "– Det sänker våra elkostnader med en tredjedel, säger kassören Leif Ström.\n\n")
_FOOT = "\nÖxabäck IF © 2026\nIntegritetspolicy\n"


def test_a_wordpress_thread_opened_by_a_counter_naming_the_post_is_not_read() -> None:
    assert is_thread_counter("Två svar på ”Klubbstugan får solceller”")
    assert is_thread_counter("3 tankar om ”Klubbstugan får solceller”")
    thread = ("Ett svar på ”Klubbstugan får solceller”\nMaj-Britt skriver:\n3 maj 2026 kl. 08:40\nVad bra, grattis!\n"
              "Svara\nLämna ett svar\n")
    spoken = _spoken(_read(_HEAD.replace("\n\n", "\n") + thread + _FOOT))
    assert "Vad bra, grattis!" not in spoken and "Ett svar på" not in spoken
    assert "säger kassören Leif Ström." in spoken


def test_a_rating_widget_is_not_read_and_the_articles_own_boxes_stay() -> None:
    widget = "Vad tycker du om webbplatsen?\nBra\nOkej\nDålig\n"
    spoken = _spoken(_read(_HEAD + widget + _FOOT))
    assert "Vad tycker du om webbplatsen?" not in spoken and "Okej" not in spoken
    facts = "Solcellerna\nYta: 120 kvadratmeter\nEffekt: 24 kW\n"
    assert "Effekt: 24 kW" in _spoken(_read(_HEAD + facts + _FOOT))
    signer = "Leif Ström\nkassör\n"
    assert "Leif Ström\nkassör" in _spoken(_read(_HEAD + "Vi ses på invigningen!\n" + signer + _FOOT))
    things = "Vad behöver du ta med?\nArbetshandskar\nSkruvdragare\nFika\n"
    spoken = _spoken(_read(_HEAD + things + "\nVi börjar klockan nio på lördag morgon vid stugan.\n" + _FOOT))
    assert "Skruvdragare" in spoken
