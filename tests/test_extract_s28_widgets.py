"""Session 28, from blind sets extract98 and extract100 (scored blind first, then read): a share's quote card inside
a business article, its name, price, change and button ("Voltrum B" / "48,10 SEK" / "+3,21 %" / "Se aktien",
``sharequotes.py``), and a summary box right under the lead, closed by the note on how it was made ("Kort om" over
three points, ``headsummary._under_lead``). Written after the fixes, for other sites; the guards: a subheading under
a quote card, a fact box's priced rows, an article's own short paragraph under its lead, and a box under the lead with
neither note nor summary heading stay.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_QUOTE = """Affärsliv Mitt
Börs
Fastighetsbolaget Norrhem tappar hyresgäster i Sundsvall
Fastighetsbolaget Norrhem redovisar en vakansgrad på elva procent i Sundsvall, den högsta på tio år.
Av Erik Sjölund
4 februari 2026 08:15

Bolagets rapport för fjärde kvartalet visar att tre större kontorshyresgäster har flyttat ut under hösten.

Norrhem B
112,35 SEK
−2,8 %
Till aktien

Kontoren står tomma

Vd Lotta Bergkvist säger att bolaget nu vill bygga om delar av kontoren till bostäder, något som kräver ny detaljplan.

– Marknaden för kontor i mellanstora städer har förändrats för gott, säger hon.

Norrhem 112,35 SEK +1,2 %
"""


def test_a_share_quote_card_goes_and_the_subheading_under_it_stays() -> None:
    art = read_dump(_QUOTE)
    spoken = spoken_lines(art)
    assert art.title == "Fastighetsbolaget Norrhem tappar hyresgäster i Sundsvall"
    for line in ("Norrhem B", "112,35 SEK", "−2,8 %", "Till aktien", "Norrhem 112,35 SEK +1,2 %"):
        assert line not in spoken
    assert "Kontoren står tomma" in spoken
    assert any(x.startswith("Vd Lotta Bergkvist") for x in spoken)


_PRICES = """Bostadsnytt
Radhus i Alnö säljs för rekordpris
Ett radhus på Alnö har sålts för det högsta priset i området hittills.
Av Maja Ek
2 mars 2026

Fakta om köpet
Pris
4 150 000 kr
Avgift
3 480 kr
Mäklaren säger att intresset var stort redan vid första visningen och att elva spekulanter bjöd.
Köparna är en familj från Stockholm som flyttar hem igen efter tjugo år.
"""


def test_a_fact_box_of_prices_stays() -> None:
    spoken = spoken_lines(read_dump(_PRICES))
    assert "4 150 000 kr" in spoken and "Pris" in spoken


_SUMMARY_UNDER_LEAD = """Västnytt
Inrikes
Färjan till Hönö ställs in i tre veckor
Färjetrafiken mellan Lilla Varholmen och Hönö ställs in under tre veckor i mars för reparation av färjeläget.
Publicerad 2 feb 2026 kl 06:40
Arvid Lind
Reporter
Färjan till Hönö ställs in i tre veckor
Under tre veckor i mars går det inga färjor till Hönö, och resenärerna får ta ersättningsbussar via broarna.
I korthet
Färjeläget på Hönö ska repareras efter höstens stormar.
Ersättningsbussar går var tionde minut.
Sammanfattningen är skapad med AI och granskad av redaktionen.
Trafikverket har länge varnat för att färjeläget är i dåligt skick. Under stormen i oktober skadades en av pontonerna.
– Vi gör det nu för att slippa ett längre stopp i sommar, säger Lisa Norén på Trafikverket.
"""


def test_a_summary_box_under_the_lead_closed_by_its_note_goes() -> None:
    spoken = spoken_lines(read_dump(_SUMMARY_UNDER_LEAD))
    assert "I korthet" not in spoken
    assert "Ersättningsbussar går var tionde minut." not in spoken
    assert any(x.startswith("Trafikverket har länge varnat") for x in spoken)


_SHORT_PARAGRAPH_UNDER_LEAD = """Västnytt
Inrikes
Färjan till Hönö ställs in i tre veckor
Under tre veckor i mars går det inga färjor till Hönö, och resenärerna får ta ersättningsbussar via broarna.
Publicerad 2 feb 2026 kl 06:40
Så påverkas du
Bussarna går från Lilla Varholmen.
Resan tar tjugo minuter längre.
Trafikverket har länge varnat för att färjeläget är i dåligt skick. Under stormen i oktober skadades en av pontonerna.
– Vi gör det nu för att slippa ett längre stopp i sommar, säger Lisa Norén på Trafikverket.
"""


def test_a_section_under_the_lead_without_a_note_stays() -> None:
    spoken = spoken_lines(read_dump(_SHORT_PARAGRAPH_UNDER_LEAD))
    assert "Resan tar tjugo minuter längre." in spoken
