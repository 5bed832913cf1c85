"""Session 9, class 'the site's notice of the article's age or origin in the head' (issue #9).

A site sets a notice of the article's age by its head ("Den här artikeln är mer än ett år gammal.", "Denna artikel
publicerades för mer än två år sedan.", "Artikeln publicerades första gången i papperstidningen"): under the date
line it was read as the lead, over the headline or set without a full stop it was taken for the headline. A line in
which the text speaks of its own age or origin is dropped wherever it stands above the lead (headshapes.age_notice,
called in headcands.candidates). Every dump here was written after the fix, for fictional sites and wordings; the
guard keeps a lead on something's age ("Kyrkan är mer än 800 år gammal"). (The second test held before the fix too: a
net for the notice without a stop under the date line.)
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text

_TEXT = (
    "Vägföreningen i Lillby har fått bidrag från Trafikverket för att lägga ny beläggning på hela bygdevägen.\n\n"
    "Arbetet ska göras i september, och under tiden leds trafiken om via den gamla skolvägen.\n\n"
    "– Det har varit många hål i vägen de senaste vintrarna, så det här är efterlängtat, säger ordföranden.\n"
)


def test_an_age_notice_under_the_date_line_is_no_lead() -> None:
    page = ("Lillby Bygdeblad\nHem\nNyheter\nKontakt\n\nBygdevägen får ny beläggning\n2 juni 2023\n\n"
            "Den här nyheten är över två år gammal.\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Bygdevägen får ny beläggning"
    assert "två år gammal" not in spoken_text(article)
    assert (article.lead or "").startswith("Vägföreningen i Lillby")


def test_an_age_notice_without_a_stop_under_the_date_is_no_headline() -> None:
    page = ("Lillby Bygdeblad\nHem\nNyheter\nKontakt\n\nBygdevägen får ny beläggning\nAnna Öhrn\n2 juni 2023\n"
            "Inlägget är äldre än 12 månader\n\n" + _TEXT)
    article = _read(page)
    assert article.title == "Bygdevägen får ny beläggning"
    assert "12 månader" not in spoken_text(article)


def test_an_origin_notice_goes_and_a_lead_on_an_age_stays() -> None:
    page = ("Lillby Bygdeblad\nHem\nNyheter\n\nBygdevägen får ny beläggning\n2 juni 2023\n\n"
            "Texten publicerades ursprungligen i Bygdebladet nr 2.\n\n" + _TEXT)
    assert "ursprungligen" not in spoken_text(_read(page))
    page = ("Lillby Bygdeblad\nHem\nNyheter\n\nKyrkan i Lillby får nytt tak\n2 juni 2023\n\n"
            "Kyrkan är mer än 800 år gammal.\n\n" + _TEXT)
    assert "Kyrkan är mer än 800 år gammal." in spoken_text(_read(page))
