"""Session 7, third wave (issue #9), class 'a widget box over the article's head': under its label, rows of a value
by place or kind ("Place: value"), perhaps a source line, and below the box the article's headline over its text,
the date only at the page's foot (:mod:`audiocast.ingest.headwidgets`). The rows are no lead, the label no headline.

Written after the fix, for fictional sites and other widgets than the dump that showed the class. Guards: an
event's headline over its own fact rows, and rows that running text follows with no head between.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

_TEXT = ("Från och med måndag får alla hushåll i kommunen hämta upp till tio säckar gratis kompost vid återvinningscentralen.\n"
         "Komposten kommer från kommunens egen anläggning och är certifierad för odling av grönsaker.\n")


def _page(box: str, title: str = "Gratis kompost till alla hushåll") -> str:
    return ("Tälje Vatten och Avfall\nHem\nPrivat\nFöretag\nDriftinformation\nKontakt\n\n" + box
            + f"\n\nNyheter\n{title}\n\n" + _TEXT + "\nPublicerad: 3 maj 2027\n\nTälje Vatten och Avfall AB\nKakor\n")


def test_air_quality_rows_with_a_source_line_over_the_news_are_not_read() -> None:
    box = ("Luftkvalitet i dag\nCentrum: Måttlig (42 µg)\nHamnen: God (18 µg)\nNorrby: God (21 µg)\n"
           "Mätningar från länsstyrelsen, uppdateras varje timme")
    art = _read(_page(box))
    spoken = _spoken(art)
    assert art.title == "Gratis kompost till alla hushåll"
    assert "certifierad för odling" in spoken and "Centrum: Måttlig" not in spoken and "länsstyrelsen" not in spoken


def test_electricity_price_rows_by_area_are_not_the_lead() -> None:
    box = "Elpriset just nu\nSE3: 1,12 kr/kWh\nSE4: 1,48 kr/kWh"
    art = _read(_page(box))
    assert art.title == "Gratis kompost till alla hushåll"
    assert (art.lead or "").startswith("Från och med måndag")


def test_an_events_headline_over_its_own_fact_rows_stays_with_them() -> None:
    dump = ("Hembygdsföreningen Tälje\nHem\nProgram\n\nVårmarknad på hembygdsgården i Tälje\nDatum: lördag 8 maj, "
            "kl. 10–15\nPlats: Hembygdsgården\n\nNyheter\nMarknaden växer för varje år\n\n" + _TEXT
            + "\nHembygdsföreningen Tälje\n")
    spoken = _spoken(_read(dump))
    assert "certifierad för odling" in spoken
    assert "Plats: Hembygdsgården" in spoken or "Vårmarknad på hembygdsgården i Tälje" in spoken
