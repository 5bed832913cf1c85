"""Session 18 round 3 (E13), headlines lost on fresh kinds of page (opened sets extract66/67).

Two phenomena, tested on pages written after the fixes with other sites, words and names than the sets':

- a live ticker or status widget glued between the site's tagline and its menu in a dump without blank lines
  ("Just nu: …", "Läget: …") took the lead's place, so the headline was looked for above it and the tagline won
  (``headcands._menu_glued_under``): the menu glued under such a line counts as the menu block, and a dated head
  below it (a headline over its date line, prose under it) is the article's head;
- a date row whose writers are two names joined by "&" or "och" ("12 maj 2025 · Karin & Olof Berg") was no meta
  row, so the headline over it lost its anchor (``byline.joined_writers``).
"""

from __future__ import annotations

from extract_helpers import read_dump

from audiocast.ingest.byline import head_meta_row, joined_writers

_PROSE = (
    "Vägföreningen har under våren samlat in synpunkter från de boende längs sträckan, och de flesta vill att "
    "farthindren ska ligga kvar även efter att beläggningen har bytts.\n"
    "Arbetet utförs av en entreprenör från Bollnäs och beräknas pågå i tre veckor, med start i slutet av augusti.\n"
    "– Vi har väntat länge på det här och är glada att det äntligen blir av, säger ordföranden Lars Nyberg.\n"
)


def _ticker_page(ticker: str, meta: str) -> str:
    return (
        "Byvägsföreningen Norrsjö\n"
        "För alla som bor och kör längs vägarna runt Norrsjö och Älvbacka\n"
        f"{ticker}\n"
        "Start\nNyheter\nVägunderhåll\nAvgifter\nKontakta styrelsen\n"
        "NYHETER\n"
        "Ny asfalt på Älvbackavägen – farthindren blir kvar\n"
        f"{meta}\n" + _PROSE
    )


def test_a_ticker_glued_over_the_menu_is_no_lead() -> None:
    page = _ticker_page(
        "Idag: Buss 12 från Torget 07:15 – inställd · Färjan till Holmön 08:40 – 20 min sen · Vägarbete vid Kyrkbacken",
        "18 augusti 2025",
    )
    article = read_dump(page)
    assert article.title == "Ny asfalt på Älvbackavägen – farthindren blir kvar"
    assert article.lead is not None and article.lead.startswith("Vägföreningen har under våren")


def test_a_dated_head_with_two_joined_writers_is_found_under_a_ticker() -> None:
    page = _ticker_page(
        "Trafikläget: Buss 12 från Torget 07:15 – inställd · Färjan till Holmön 08:40 – 20 min sen",
        "18 augusti 2025 · Karin & Olof Berg",
    )
    assert read_dump(page).title == "Ny asfalt på Älvbackavägen – farthindren blir kvar"


def test_a_page_whose_lead_runs_under_its_headline_keeps_it() -> None:
    # No ticker: the tagline's paragraph over a menu with no dated head below keeps the article as it was.
    page = (
        "Hembygdsföreningen Ljusnedal\n\n"
        "Slåttern på Gammelvallen samlade fyrtio deltagare\n\n"
        "I lördags var det dags för den årliga slåttern på Gammelvallen, och trots regnet kom fler än någonsin.\n\n"
        "Efter arbetet bjöd föreningen på kaffe och våfflor i fäbodstugan, där spelmännen från Tännäs spelade.\n"
    )
    assert read_dump(page).title == "Slåttern på Gammelvallen samlade fyrtio deltagare"


def test_joined_writers_in_a_meta_row() -> None:
    assert joined_writers("Karin & Olof Berg")
    assert joined_writers("Sofia Lind och Ahmed Nasser")
    assert not joined_writers("Kultur och nöje")
    assert not joined_writers("Karin & Olof")  # no last name: two given names are no writers' line
    assert head_meta_row("3 mars 2026 · Stina och Per Holm") == (True, "Stina och Per Holm")
    assert head_meta_row("Stina och Per Holm bjuder in · 3 mars 2026") is None
