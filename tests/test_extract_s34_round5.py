"""Session 34, round 5, from blind set extract140 (written blind during round 4; scored at c3526b50 and after rounds
1-4, unread and identical: headline 91.7 %, leak 2.5 % (15/602), recall 0.999). Written after the fix, with another
site and other words; the guard beside it:

- a sub-menu's last item glued under another item the rules took ("Nyheter från måltidsservice" / "Frågor och svar"),
  over the date line and the headline, is no headline with its standfirst under it: the long line under the date
  line is the headline (``headdigest.standfirst``); a headline set apart over its date line keeps its standfirst.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_MUNICIPALITY = """Till innehåll
Ekby kommun
Lyssna
Sök
Meny
Barn och utbildning
Omsorg och stöd
Kultur och fritid
Startsida
Barn och utbildning
Förskola
Nyheter
Förskoleplatser
Köregler
Nyheter från förskolan
Frågor och svar
Publicerad: 3 februari 2025
Ny förskola i Norrby öppnar i augusti – plats för 120 barn och eget tillagningskök
Den nya förskolan vid Norrbyskolan blir klar i sommar och tar emot de första barnen i augusti. Ansökan öppnar i mars.
– Vi har haft en lång kö i Norrby, och nu kan vi erbjuda plats närmare hemmet för många familjer, säger förskolechefen Anna Lind.
Förskolan får sex avdelningar och ett eget kök där maten lagas från grunden varje dag.
Lyssna
Dela
Ekby kommun | 0123-456 00
"""


def test_a_sub_menus_item_over_the_date_line_is_no_headline_over_a_standfirst() -> None:
    article = read_dump(_MUNICIPALITY)
    assert article.title == "Ny förskola i Norrby öppnar i augusti – plats för 120 barn och eget tillagningskök"
    assert "Den nya förskolan vid Norrbyskolan blir klar i sommar" in spoken_text(article)


_PAPER = """Lokalbladet
Nyheter
Sport

Förskolan i Ekbacken stänger i sommar
Fuktskador i väggarna tvingar kommunen att stänga förskolan – barnen flyttar till den nya i Norrby
Anna Ek
Publicerad: 3 februari 2025
Den gamla förskolan vid Ekbacken har stora fuktskador och stängs när terminen slutar i juni.
– Det är tråkigt, men huset går inte att rädda, säger förskolechefen Anna Lind.
Dela
"""


def test_a_headline_set_apart_keeps_its_standfirst() -> None:
    article = read_dump(_PAPER)
    assert article.title == "Förskolan i Ekbacken stänger i sommar"
    assert (article.lead or "").startswith("Fuktskador i väggarna tvingar kommunen")
