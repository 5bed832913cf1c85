"""Session 35, round 4, from extract141 (b100-u08): in a dump without blank lines, a short notice over the page's
menu ("Behöver du stöd? Ring 020-50 50 50.") with the article's dated head below it (a headline right over its date
line, two paragraphs under that, no paragraph of the page's between) is no lead: the head below is the article's
(``headblocks._glued_head_below``; it was the site's tagline as the headline and the whole menu read). Written after
the fix, with another site and other words; the guard: a short lead with the article's running prose under it keeps
its head."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_LINE = """Hoppa till innehåll
Stödlinjen Västkust
Samtalsstöd för unga vuxna i Västra Götaland
Mår du dåligt just nu? Ring 112.
Vill du prata med någon? Ring oss: 020-50 50 50, alla dagar.
Få stöd
Om oss
Bli volontär
Utbildningar
Press
Ge en gåva
Ge en gåva
Nyheter
Fler samtal än någonsin under sommaren
14 augusti 2025
Under juni, juli och augusti tog Stödlinjen Västkust emot över 3 000 samtal och chattar, fler än under något sommarlov sedan starten.
De flesta som hörde av sig var mellan arton och tjugofem år och berättade om ensamhet, oro för ekonomin och svårigheter att sova.
– Sommaren kan vara en ensam tid när skola och arbete har uppehåll, säger verksamhetsledaren Sara Nyström.
Linjen har därför utökat öppettiderna och har nu öppet till midnatt alla dagar i veckan.
"""


def test_a_short_notice_over_the_menu_is_no_lead_when_a_dated_head_stands_below() -> None:
    article = read_dump(_LINE)
    assert article.title == "Fler samtal än någonsin under sommaren"
    spoken = spoken_text(article)
    assert "Samtalsstöd för unga vuxna" not in spoken and "Bli volontär" not in spoken
    assert "tog Stödlinjen Västkust emot över 3 000 samtal" in spoken


_LEAD = """Badhuset Forsen
Öppettider
Priser
Kontakt
Nu öppnar badet igen
3 mars 2025
Äntligen klart.
Efter ett års renovering öppnar badhuset i Forsen igen på måndag, med ny bassäng, nya omklädningsrum och en bastu med utsikt över älven.
Renoveringen har kostat 48 miljoner kronor och har varit försenad i nästan ett halvår på grund av brist på material.
Nyheter
Sommarlovets simskola
12 februari 2025
Anmälan till sommarens simskola öppnar den första april och sker som vanligt via kommunens e-tjänst för fritid.
Simskolan hålls i tre veckor i juni och är till för barn som har fyllt fem år och ännu inte kan simma tjugofem meter.
"""


def test_a_short_lead_under_its_head_keeps_it() -> None:
    assert read_dump(_LEAD).title == "Nu öppnar badet igen"
