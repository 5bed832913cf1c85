"""Session 32, round 4, from blind set extract123 (12 dumps written during round 3, scored blind at d58871d0 and at
2792fd5e, identical: headline 100 %, leak 3.3 %, recall 0.980; after the round 100 %, 3.3 %, 0.987). Written after the
fix, with another site and words; the guard beside it:

- an opening-hours box under the article whose heading names a schedule in two words or more, all said above it by
  the headline and the text ("Öppettider från 1 maj" under "Nya öppettider … från 1 maj"): the article's own list,
  not the page's widget (``servicewidgets._named_by_head``); a bare "Öppettider" box stays the page's.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_POOL = """Hoppa till innehåll
Sjöstads kommun
Uppleva & göra
Bad och simhallar
Nyheter
Simhallen får nya öppettider från 2 september
2025-08-20
Från den 2 september har Sjöstadsbadet öppet längre på kvällarna, och simskolan flyttar till lördagsförmiddagarna.
Badet har länge haft kö till kvällspassen, och många har önskat att kunna simma efter jobbet.
– Vi ser att kvällarna är den mest efterfrågade tiden, säger badchefen Maria Holm.
Samtidigt stänger vi bastun på måndagar för städning och underhåll.
Öppettider från 2 september
Måndag–torsdag: 6–21
Fredag: 6–19
Lördag: 8–16
Söndag: 9–16
Kontakta oss
Badkassan: 0455-30 30 30
"""


def test_an_hours_box_the_article_names_is_read() -> None:
    spoken = spoken_text(read_dump(_POOL))
    assert "Måndag–torsdag: 6–21" in spoken and "Söndag: 9–16" in spoken


def test_a_bare_hours_box_under_the_article_stays_the_pages() -> None:
    dump = _POOL.replace("Öppettider från 2 september\n", "Öppettider\n")
    assert "Måndag–torsdag: 6–21" not in spoken_text(read_dump(dump))
