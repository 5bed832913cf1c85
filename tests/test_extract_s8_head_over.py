"""Session 8, classes found by a sweep over generated heads (issue #9 item 3): what stands over an undated head.

- A calendar's list above the head ("Kommande evenemang" / "12 april – Vårstädning" / "20 april – Loppis"): its
  second row had a head meta row's form under a title-like line (the first row) and became the head's date line, so
  the first row was the headline. Rows of a list of dated rows are no head's date line (headmeta._dated_list), and a
  dated row is no headline (headline.furniture_shape, W_WHEN).
- A one-sentence notice over the head with a section's label or a breadcrumb between ("Obs! Kansliet är stängt under
  påsken." / "Aktuellt" / headline): it was taken for the lead, and the site's name above it for the headline. The
  notice check looks past a section's label or a crumb (headmenus.section_line), and an opening "Obs!" makes no
  second sentence.

Every dump here was written after the fixes, for fictional sites and wordings; the guards keep a lead paragraph of
two sentences and an article's own dated list under its lead.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Den gamla järnvägsbron över Ljusnan ska få nytt räcke och ny beläggning, och arbetet börjar redan i maj.\n\n"
    "Under sommaren kommer gång- och cykeltrafiken att ledas om via den nya bron vid campingen, cirka en kilometer "
    "söderut.\n\n"
    "Föreningen har samlat in pengar till arbetet i tre år, och resten betalas av kommunen och länsstyrelsen.\n"
)
_HEAD = "Järnvägsbron rustas i sommar"


def test_a_calendar_list_over_an_undated_head_gives_neither_date_line_nor_headline() -> None:
    page = ("Ljusne Byalag\nHem\nOm byn\nKontakt\n\nPå gång i byn\n3 maj – Städdag vid badet\n17 maj – Vårmarknad\n\n"
            "Aktuellt\n" + _HEAD + "\n\n" + _TEXT)
    assert _read(page).title == _HEAD


def test_a_notice_over_a_label_and_the_headline_is_no_lead() -> None:
    page = ("Ljusne Byalag\nHem\nOm byn\nKontakt\n\nOBS! Bygdegården är stängd vecka 20.\n\nNyheter\n" + _HEAD + "\n\n"
            + _TEXT)
    article = _read(page)
    assert article.title == _HEAD
    assert (article.lead or "").startswith("Den gamla järnvägsbron")


def test_a_notice_over_a_breadcrumb_and_the_headline_is_no_lead_but_a_two_sentence_lead_stays() -> None:
    page = ("Ljusne Byalag\nHem\nOm byn\n\nObs! Styrelsen har semester i juli.\n\nHem › Nyheter\n" + _HEAD + "\n\n"
            + _TEXT)
    assert _read(page).title == _HEAD
    page = ("Ljusne Byalag\nHem\nOm byn\n\n" + _HEAD + "\n\nBron stängs i maj. Arbetet tar hela sommaren.\n\n" + _TEXT)
    article = _read(page)
    assert article.title == _HEAD
    assert "Bron stängs i maj." in spoken_text(article)
