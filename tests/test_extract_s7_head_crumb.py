"""Session 7, class 'a breadcrumb that repeats the headline' (issue #9; headcands._crumb, headline._crumb_ends and
W_CRUMB_END).

A breadcrumb ends in the page's own title ("Hem / Aktuellt / Vårt svar på trafikplanen: bra mål, men var är
cykelvägarna?"). With slashes the rules did not know it; a long one was read as the lead (and the headline under it
dropped as its echo), and a section label or a kicker outscored the headline. A breadcrumb is a candidate, never a
lead, and the candidate that says the same as its last part is the headline. Found by the robustness check (such a
breadcrumb inserted over the golden dumps' headlines: 9 of 372 failed, all pass). Every dump here was written after the
fix, for fictional sites, in other wordings; the guard keeps a crumb whose last part is a section's name.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = (
    "Kommunen har beslutat att bygga om korsningen vid Stationsgatan, där tre olyckor har skett det senaste året.\n"
    "Ombyggningen börjar i augusti och beräknas vara klar före jul, till en kostnad av sex miljoner kronor.\n"
    "Under tiden leds trafiken om via Industrivägen, och bussarna får tillfälliga hållplatser.\n"
)


def test_a_long_crumb_ending_in_the_headline_is_no_lead() -> None:
    title = "Korsningen vid Stationsgatan byggs om – vad betyder det för pendlarna?"
    page = f"Ekby kommun\nMeny\nTrafik\n\nStart / Nyheter / {title}\n{title}\n" + _TEXT
    article = _read(page)
    assert article.title == title
    assert "Start / Nyheter" not in _spoken(article)


def test_a_crumb_ending_in_the_headline_outweighs_a_section_label() -> None:
    page = ("Ekby kommun\nMeny\n\nTrafik och gator\nHem / Trafik / Ombyggnad av korsning vid Stationsgatan\n"
            "Ombyggnad av korsning vid Stationsgatan\n12 maj 2026\n" + _TEXT)
    assert _read(page).title == "Ombyggnad av korsning vid Stationsgatan"


def test_a_crumb_with_arrows_ending_in_the_headline() -> None:
    page = ("Ekbybladet\nNyheter\n\nStart › Nyheter › Korsningen byggs om i höst\nTRAFIK\nKorsningen byggs om i höst\n"
            "Av Per Lund\n" + _TEXT)
    assert _read(page).title == "Korsningen byggs om i höst"


def test_a_crumb_ending_in_a_section_name_gives_nothing() -> None:
    page = "Ekby kommun\nMeny\n\nStart / Nyheter / Trafik\nKorsningen byggs om i höst\n12 maj 2026\n" + _TEXT
    assert _read(page).title == "Korsningen byggs om i höst"
