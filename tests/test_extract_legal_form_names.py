"""A cooperative's or association's name line closed by its legal form ("… ek. för.", "… u.p.a.") is a name line,
not the article's first sentence (session 20).

The stop after "ek. för." is the abbreviation's. Read as a sentence, the name line became the lead and whatever stood
over it (a status or price line) the headline. Every page here was written for these tests after the fix.
"""

from __future__ import annotations

import pytest

from audiocast.ingest import parse_text_dump
from audiocast.ingest.lineshape import is_title_like

PAGE = """{top}
{name}
Logga in på medlemssidorna
Hem
Om föreningen
Anslut dig
Avgifter
Driftinformation
Stadgar och protokoll
Nyheter
Vanliga frågor
Kontakt
Sök på sidan
Väder vid sjön
-2 °C
Vind: NO 4 m/s
Snödjup: 12 cm
Prognos från SMHI
Du är här: Start / Nyheter / Styrelsen informerar
Styrelsen informerar
{title}
4 mars 2026
Av styrelsen
{lead}
Entreprenören börjar vid vägskälet och räknar med att vara klar före midsommar, om tjälen släpper i tid.
Anslutningen kostar 19 500 kronor per hushåll, samma pris som för dem som anslöt sig förra året.
Kontakta styrelsen
styrelsen@exempelfiber.se
"""

CASES = [
    ("Bredbandspris i dag (Lidsjön): 349 kr/mån · 1000/1000 Mbit/s · Uppdaterat 06.45", "Fiberföreningen Lidsjön ek. för.",
     "Grävningen mot Östra Lid börjar i april",
     "Efter vinterns uppehåll fortsätter grävningen av fiber till de sista tjugo hushållen i Östra Lid."),
    ("Järnhalt i dag (Norrby): 0,2 mg/l · pH 7,4 · Provtaget 07.10", "Brunnsföreningen i Norrby u.p.a.",
     "Nytt filter i pumphuset efter sommarens klagomål",
     "Styrelsen har beslutat att byta järnfiltret i pumphuset, sedan flera medlemmar klagat på missfärgat vatten."),
    ("Elpris just nu (SE3): 64 öre/kWh · Snitt i dag: 71 öre/kWh · Uppdaterat 09.00", "Bygdegårdsföreningen Källvik ekon. för.",
     "Bygdegården får solceller på södertaket",
     "Föreningen har fått bidrag från Boverket för att sätta solceller på den stora salens södra tak."),
]


@pytest.mark.parametrize("top,name,title,lead", CASES, ids=["fibre", "water", "village-hall"])
def test_a_name_closed_by_its_legal_form_is_no_lead(top: str, name: str, title: str, lead: str):
    article = parse_text_dump(PAGE.format(top=top, name=name, title=title, lead=lead), "x.txt", "x")
    assert article.title == title
    assert lead in [article.lead, *(b.text for b in article.blocks)]
    assert name not in (article.lead or "") and top not in (article.lead or "")


def test_only_a_names_legal_form_and_only_in_a_short_line():
    assert is_title_like("Fiberföreningen Åsen ek.för.") and is_title_like("Maskinring Öst ek. för.")
    assert not is_title_like("Vi bildade en ek. för.")  # the word before it is no name's
    assert not is_title_like("På stämman i går beslutade medlemmarna att ombilda Byalaget Norr till en Ek. för.")
