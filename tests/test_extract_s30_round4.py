"""Session 30, round 4, from blind set extract111 (12 dumps written while rounds 1-2 were made, held out through round 3:
headline 91.7 %, leak 3.2 %, recall 0.988 at 1fa15bb4 and exactly so after round 3; after round 4: 91.7 %, 1.2 %,
1.000). Written after the fixes, with other sites and words; the guards beside each:

- the article's programme under a heading that opens with a name its text says ("Norrby läser – vårens program"),
  over items naming what the text names, read to the first button or label (``announced._series_box_end``); a
  widget's labels and values under a name the text says stay the page's;
- a booking widget between the paragraphs, told by its seats-left row, over its button (``adslots.booking_card_tags``);
- an ad under its bare label closed by a bare "Läs mer", and the article's subheading under it kept;
- a Facebook post's time stamp with its clock time ("8 juni kl. 18:42 ·") over the post's text and counts;
- a map's note of the area it shows and its full-screen button;
- (kept by the net b61-u03: an embedded post the article introduces in its own line naming the platform, "Hon skrev …
  på Facebook …", is the article's quote, ``embedboxes._INTRODUCED``, as after a colon; the widened stamp had taken it.)
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.announced import named_box_end
from audiocast.ingest.text import _Line


def _lines(texts: list[str]) -> list[_Line]:
    return [_Line(t, False) for t in texts]


_TEXT = [
    "Besöket var det första i bibliotekets höstserie Norrby läser, som görs tillsammans med studieförbundet.",
    "Nästa författarbesök blir den 6 november, då deckarförfattaren Johan Berg kommer och berättar om sin nya bok.",
]


def test_the_articles_programme_under_a_name_its_text_says_is_read_to_its_button() -> None:
    lines = _lines(_TEXT + ["Norrby läser – vårens program", "6 november kl 18.30: Johan Berg",
                            "27 november kl 18.30: Poesikväll med lokala poeter", "Fri entré. Ingen föranmälan behövs.",
                            "Sök i katalogen", "Kontakt"])
    assert named_box_end(lines, 2, 1, len(lines)) == 6  # up to the button "Sök i katalogen"


def test_a_widgets_values_under_a_name_the_text_says_are_no_programme() -> None:
    lines = _lines(["Lina Holm vann damernas Vårlopp efter en lång soloutbrytning, och klubben tog två pallplatser.",
                    "Lina Holm – Vårloppet", "Landsväg · 17 maj 2025", "Distans", "84,2 km", "Tid", "2:21:10"])
    assert named_box_end(lines, 1, 0, len(lines)) is None


def test_a_places_box_under_its_name_is_no_programme() -> None:
    lines = _lines(["Biblioteket i Norrby har fått nya öppettider från måndag, meddelar kommunen.",
                    "Norrby bibliotek – öppettider", "Måndag–torsdag 10–19", "Fredag 10–16", "Lördag 11–14"])
    assert named_box_end(lines, 1, 0, len(lines)) is None


_HIKE = """Stig & Spår Ålby
Nyheter
Nytt vindskydd vid Ålsjön invigt
Efter ett års ideellt arbete är det nya vindskyddet vid Ålsjön klart, och i lördags invigdes det med korv och kaffe.
– Det har varit ett riktigt lagarbete, säger föreningens ordförande Eva Lind när vi träffar henne vid sjön.
Många hade gått dit längs Ålsjöleden, som är knappt åtta kilometer lång och går runt hela sjön genom skogen.
Aktivitet
Vandring: Ålsjöleden runt
Sön 19 okt kl 10.00
Svårighetsgrad: Medel
Platser kvar: 4
Boka plats
– Vi har gått här med barnen varje höst i många år och saknat ett vindskydd, säger Per Ek som kom med familjen.
Vindskyddet är öppet för alla enligt allemansrätten och kan inte bokas, men föreningen ber alla att städa efter sig.
"""


def test_a_booking_widget_between_paragraphs_is_not_read() -> None:
    spoken = spoken_text(read_dump(_HIKE))
    for line in ("Aktivitet", "Vandring: Ålsjöleden runt", "Platser kvar: 4", "Svårighetsgrad: Medel"):
        assert line not in spoken
    assert "Vindskyddet är öppet för alla" in spoken


_COLUMN = """Bergsbygdens Tidning
Krönika
Vi måste våga bygga på höjden
Bostadsbristen i Bergsby växer för varje år, och vi har inte råd att vänta längre.
Av Anna Holm, kommunalråd
Publicerad 3 mars 2025
I dag står över tvåtusen personer i bostadskön, och snittiden för en hyresrätt är nästan fem år.
Vi kan inte bygga oss ur bostadsbristen med fler utredningar. Vi måste bygga högre, och vi måste bygga nu.
Annons
Drömmer du om eget boende? Boka en visning av Bergsbys nya bostadsrätter i dag.
Läs mer
Tre saker vi ska göra
Därför kommer vi från majoriteten att lägga fram tre förslag till kommunfullmäktige redan i vår.
• En ny översiktsplan som pekar ut centrum för högre hus.
• Snabbare handläggning av bygglov, högst tio veckor per ärende.
"""


def test_an_ads_bare_read_more_closes_the_ad_and_the_subheading_under_it_stays() -> None:
    spoken = spoken_text(read_dump(_COLUMN))
    assert "Drömmer du om eget boende?" not in spoken
    assert "Tre saker vi ska göra" in spoken


_CUP = """Ålby IK Ungdom
Nyheter
P12 vann Sjöbycupen
Ålby IK:s pojkar födda 2012 vann Sjöbycupen efter en dramatisk final mot Berga IF som avgjordes på straffar.
I straffläggningen räddade målvakten Elias Nord två straffar och blev lagets hjälte.
– Jag valde bara ett håll och hoppade, säger Elias Nord efter matchen.
Ålby IK Ungdom
8 juni kl. 18:42 ·
GULD I SJÖBYCUPEN!!! 🏆⚽ Grattis P2012 till en helt fantastisk helg. Vilken kämpainsats i finalen!
86 gilla-markeringar
12 kommentarer
Visa på Facebook
Cupen samlade fyrtio lag från hela regionen, och Ålby hade också med sig ett flicklag som kom trea.
Stort tack till föräldragruppen som ordnade boende, mat och skjuts, och till alla ledare som ställde upp hela helgen.
Nästa stora turnering för laget är Gothia Cup i juli, dit klubben åker med tre lag i olika åldrar.
Dela
Facebook
Fler nyheter
"""


def test_a_facebook_post_with_a_clock_time_in_its_stamp_is_not_read() -> None:
    spoken = spoken_text(read_dump(_CUP))
    assert "GULD I SJÖBYCUPEN" not in spoken
    assert "Cupen samlade fyrtio lag" in spoken


_OUTAGE = """Norrby Vatten
Driftinformation
Akut vattenavstängning på Ekvägen i Norrby
Publicerad: 2025-03-04 07:12
På grund av en vattenläcka är vattnet avstängt för fastigheter på Ekvägen i Norrby. Vi arbetar för att laga läckan.
Berörda adresser
Ekvägen 1–27
Kartan visar ungefärligt område som berörs.
Visa i helskärm
När vattnet sätts på igen kan det vara missfärgat. Spola i en kallvattenkran tills vattnet är klart igen.
Vattnet går att dricka som vanligt, även om det är något missfärgat de första timmarna.
"""


def test_a_maps_note_and_its_full_screen_button_are_not_read() -> None:
    spoken = spoken_text(read_dump(_OUTAGE))
    for line in ("Kartan visar", "Visa i helskärm"):
        assert line not in spoken
    assert "Vattnet går att dricka som vanligt" in spoken

