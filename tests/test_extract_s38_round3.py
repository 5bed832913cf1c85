"""Session 38, round 3, from extract168 (scored unread at the session's start, then opened):

- a link's label at a section's end of a longer form: up to ten words ("Logga in på Mina sidor för att se din
  återbäring") or opening with "Till" ("Till e-tjänsten Ansök om bygglov"), between a paragraph and the next
  section's subheading, a question too ("Har du inget lånekort?"): the page's link (measured first over the annotated
  dumps: 178 lines in that place, all boilerplate) (``buttonlabels._section_link``);
- an accordion's control over its questions ("Öppna alla" under "Vanliga frågor"; row ``accordion-control``).

Written after the fixes, with other sites and words; the guards: a subheading of the same opening over its paragraph,
and a label over a paragraph that goes on the section, stay."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_HEAD = [
    "Nya regler för eldning i villaområden",
    "Publicerad 8 oktober 2025",
    "Från den 1 november blir det förbjudet att elda trädgårdsavfall inom detaljplanerat område i hela kommunen.",
    "Beslutet togs av kommunfullmäktige i september efter många klagomål på rök från grannar under våren och hösten.",
]
_NEXT = [
    "Vad gör jag med riset?",
    "Trädgårdsavfall kan lämnas gratis på kommunens tre återvinningscentraler, och i vår ordnar kommunen även hämtning.",
    "– Vi hoppas att de flesta ska tycka att det blir enklare, säger miljöstrategen Anna Holm.",
]


def test_a_longer_link_label_at_a_sections_end_is_not_read() -> None:
    for label in ("Till e-tjänsten Anmäl eldning av trädgårdsavfall", "Logga in på Mina sidor för att boka hämtning"):
        spoken = spoken_text(read_dump("\n".join([*_HEAD, label, *_NEXT])))
        assert label not in spoken
        assert "Vad gör jag med riset?" in spoken and "återvinningscentraler" in spoken


def test_an_accordions_control_is_not_read() -> None:
    faq = ["Vanliga frågor", "Stäng alla", "Får jag grilla?", "Ja, grillning är tillåten så länge det inte råder eldningsförbud i länet.",
           "Gäller förbudet på landet?", "Nej, utanför detaljplanerat område gäller länsstyrelsens regler som tidigare."]
    spoken = spoken_text(read_dump("\n".join([*_HEAD, *_NEXT, *faq])))
    assert "Stäng alla" not in spoken


def test_guards() -> None:
    heading = ["Till sist", "Kommunen påminner om att brandrisken kan vara hög även på hösten, och att det alltid är förbjudet att elda när det blåser."]
    spoken = spoken_text(read_dump("\n".join([*_HEAD, *heading, *_NEXT])))
    assert "Till sist" in spoken
    heading = ["Till återvinningscentralen med släpvagn", *_NEXT[1:]]  # a section's subheading over its paragraph
    spoken = spoken_text(read_dump("\n".join([*_HEAD, *heading])))
    assert "Till återvinningscentralen med släpvagn" in spoken
