"""Session 38, round 2, from extract166 (scored unread at the session's start, then opened):

- a Facebook post glued into a live report, labelled with its account and platform ("Inlägg från … på Facebook"),
  its poster, a clock time alone before the platforms' middle dot ("22:35 ·"), its text, and its counts each after its
  icon with spaces between ("👍 214   💬 37") over "Visa på Facebook": the whole post goes (``embedboxes``);
- an offer's box glued between two sections of a story: its title, a few short lines and its button ("Öppna konto")
  right over the next section's subheading (``buttonlabels._offer_box``; measured first over the annotated dumps:
  158 lines of such boxes, all boilerplate).

Written after the fixes, with other sites and words; the guards: a post the article introduces ("… skrev på
Facebook:") keeps its text, a section's last short sentence over a clip's link stays, a button under each of a list's
items stays to the other rules."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_HEAD = [
    "Skolan i Norrby får vara kvar",
    "Publicerad 12 mars 2025",
    "Barn- och utbildningsnämnden röstade på tisdagskvällen nej till förslaget att lägga ner Norrby skola, efter en lång debatt.",
    "Beslutet kom efter tre timmars sammanträde, och omröstningen slutade sju mot sex.",
]
_TAIL = [
    "Föräldrarna hade samlat in över tusen namnunderskrifter mot nedläggningen och lämnat dem till nämndens ordförande.",
    "– Det här är en seger för hela bygden. Nu måste vi se till att fler barnfamiljer flyttar hit, säger föräldern Karin Dahl.",
    "Nästa steg är att förvaltningen ska ta fram en plan för hur skolans lokaler kan rustas upp under de kommande åren.",
]


def test_a_facebook_post_with_its_account_label_and_icon_counts_goes() -> None:
    post = ["Inlägg från Föräldranätverket Norrby på Facebook", "Föräldranätverket Norrby", "21:12 ·",
            "VI KLARADE DET! Tack till alla som skrev under och kom till mötet ❤️ #norrbyskola", "👍 388   💬 52   ↗ 17",
            "Visa på Facebook"]
    spoken = spoken_text(read_dump("\n".join(_HEAD + post + _TAIL)))
    assert "VI KLARADE DET" not in spoken and "👍" not in spoken and "Inlägg från" not in spoken
    assert "tusen namnunderskrifter" in spoken and "omröstningen slutade sju mot sex" in spoken


def test_an_offers_box_between_two_sections_goes() -> None:
    offer = ["Bolån med grön rabatt", "Gäller dig som energieffektiviserar", "Räntan sänks i tre år. Villkor gäller.",
             "Ansök om bolån", "Föräldrarna samlade namn"]
    spoken = spoken_text(read_dump("\n".join(_HEAD + offer + _TAIL)))
    assert "grön rabatt" not in spoken and "Villkor gäller" not in spoken and "Ansök om bolån" not in spoken
    assert "Föräldrarna samlade namn" in spoken and "tusen namnunderskrifter" in spoken


def test_guards() -> None:
    quoted = _HEAD + ["Föräldranätverket skrev på Facebook:", "Föräldranätverket Norrby", "21:12 ·",
                      "Vi klarade det, tack till alla som kom till mötet!", "👍 388   💬 52", "Visa på Facebook"] + _TAIL
    assert "Vi klarade det, tack till alla" in spoken_text(read_dump("\n".join(quoted)))
    last = _HEAD + ["Efter paus ledde nämndens majoritet med en röst.", "Se hela sammanträdet på kommunens webb-tv",
                    "Föräldrarna samlade namn"] + _TAIL
    assert "Efter paus ledde nämndens majoritet med en röst." in spoken_text(read_dump("\n".join(last)))
