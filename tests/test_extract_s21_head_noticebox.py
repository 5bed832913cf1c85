"""Session 21 (E24), the wrong headline: a site's notice box over its menu read as the lead, its label as the headline.

A utility's or a housing company's page sets its current notices at the top, under a short label and over a link to
all of them, with the site's menu glued under: the first notice was the lead and the label the headline, while the
article's dated head stood under the menu (``headnoticebox.notice_box``, read by ``headcands._head_past_furniture``).
These pages were written after the fix, with another site, other notices and another article; the guard keeps a lead
glued under a kicker with no link and menu under it.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_ARTICLE = (
    "Värmeverket byggs ut för 40 miljoner kronor\n2025-09-18\n"
    "Älvdalens Energi bygger ut värmeverket vid Gröna vägen så att ytterligare 300 hushåll kan anslutas till "
    "fjärrvärmen.\n"
    "Bygget startar i oktober och ska vara klart till eldningssäsongen nästa år. Under arbetet kan det bli kortare "
    "avbrott i leveransen, som aviseras minst ett dygn i förväg.\n"
    "– Intresset har varit stort, särskilt bland villaägare i Västermyckeläng, säger vd Åsa Nordin.\n"
    "Anslutningsavgiften är oförändrad och kan delas upp på tolv månader.\n"
)
_MENU = "Älvbo\nMina sidor\nFelanmälan\nMeny\nSök bostad\nBo hos oss\nVåra områden\nNyheter\nStart\nNyheter\n"
_FIRST = "Vallgatan 3 B: Vattnet avstängt på grund av läcka i källaren. Beräknas åtgärdat kl. 13.30.\n"


def test_two_notices_over_the_menu_are_passed_over() -> None:
    page = ("Driftstörningar\n" + _FIRST + "Hissen på Åsvägen 9 står still. Reservdel är beställd.\n"
            "Visa alla driftstörningar\n" + _MENU + _ARTICLE)
    article = read_dump(page)
    assert article.title == "Värmeverket byggs ut för 40 miljoner kronor"
    spoken = spoken_text(article)
    assert "Åsvägen 9" not in spoken and "Vallgatan" not in spoken
    assert "Anslutningsavgiften är oförändrad" in spoken


def test_one_notice_over_the_menu_is_passed_over() -> None:
    page = "Driftstörningar\n" + _FIRST + "Visa alla driftstörningar\n" + _MENU + _ARTICLE
    article = read_dump(page)
    assert article.title == "Värmeverket byggs ut för 40 miljoner kronor"
    assert "Vallgatan" not in spoken_text(article)


def test_a_lead_under_its_kicker_without_a_link_and_menu_stays() -> None:
    page = ("Kort om\nBrogatan 2–8 får ny beläggning under vecka 40, och trafiken leds om via Kyrkvägen.\n"
            "Gatukontoret räknar med att arbetet tar fem dagar.\n")
    article = read_dump(page)
    assert "Brogatan 2–8 får ny beläggning" in spoken_text(article)
