"""Session 19 round 4 (E15): a newsletter's contents list over its first story (``headcontents``).

A newsletter's web version opens with its name, the issue, the writer, a greeting and a contents list whose items
stand again below as the stories' headings: the greeting was taken for the lead and the writer's name for the
headline. Tested on letters written after the fix, with other places, lists and marks than the opened set's.
"""

from __future__ import annotations

from extract_helpers import read_dump

_STORY = (
    "Färjeläget i Vaxholm får ny kaj\n"
    "Trafikverket har beslutat att bygga en ny tilläggskaj vid färjeläget i Vaxholm, sedan den gamla har fått "
    "sprickor i betongen efter vinterns isläggning.\n"
    "Arbetet börjar i april och beräknas pågå hela sommaren, och under tiden går färjan från en tillfällig brygga "
    "längre norrut i hamnen.\n"
    "– Vi räknar med att turtätheten blir densamma, säger projektledaren Lina Berglöf.\n"
    "Snabbt i korthet\n"
    "Biblioteket har nya öppettider från mars och öppnar redan klockan nio på lördagar.\n"
    "Läsarnas fråga\n"
    "Förra veckan frågade jag om ni vill ha fler bänkar längs strandpromenaden, och nästan alla svarade ja.\n"
)


def _letter(contents: str) -> str:
    return (
        "Öppna i webbläsaren\n"
        "Skärgårdsposten\n"
        "Nummer 57 · 6 mars 2026\n"
        "Mikael Strand\n"
        "Hej alla! I veckan har det mesta handlat om färjorna, men jag hann också med bibliotekets nya tider.\n"
        + contents + _STORY
    )


def test_a_numbered_contents_list_leads_to_the_first_story() -> None:
    article = read_dump(_letter(
        "I detta nummer:\n1. Färjeläget i Vaxholm får ny kaj\n2. Snabbt i korthet\n3. Läsarnas fråga\n"))
    assert article.title == "Färjeläget i Vaxholm får ny kaj"
    assert article.lead is not None and article.lead.startswith("Trafikverket har beslutat")


def test_a_bulleted_contents_list_without_a_label() -> None:
    article = read_dump(_letter(
        "• Färjeläget i Vaxholm får ny kaj\n• Snabbt i korthet\n• Läsarnas fråga\n"))
    assert article.title == "Färjeläget i Vaxholm får ny kaj"


def test_an_articles_own_contents_under_its_headline_and_lead_stay() -> None:
    # A headline over the lead: the list is the article's own contents, its lead stays.
    page = (
        "Kommunen informerar\n"
        "Så blir den nya avfallstaxan för villaägare i Vaxholm\n"
        "Från och med första juli ändras avgifterna för sophämtning, och de flesta villaägare får betala något mer "
        "än i dag.\n"
        "Innehåll:\n1. Nya avgifter för villor\n2. Hämtning var fjortonde dag\n"
        "Nya avgifter för villor\n"
        "Grundavgiften höjs med 120 kronor per år, medan avgiften för matavfall sänks för den som sorterar rätt.\n"
        "Hämtning var fjortonde dag\n"
        "Den som komposterar själv kan ansöka om hämtning varannan vecka och sänka sin avgift ytterligare.\n"
    )
    article = read_dump(page)
    assert article.title == "Så blir den nya avfallstaxan för villaägare i Vaxholm"
    assert article.lead is not None and article.lead.startswith("Från och med första juli")
