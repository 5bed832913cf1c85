"""Session 31, round 4, from blind set extract117 (12 dumps written during rounds 2-3, scored blind at 6e0e9c1d: headline
75.0 %, leak 5.2 %, recall 0.993; after round 4: 100 %, 1.5 %, 0.993). Written after the fixes, with other sites and
words; the guards beside each:

- a headline shortened in the breadcrumb right over the full headline: the full line is the headline
  (``headcands._without_shortened``);
- a label naming the item's sender over the headline ("Nyhet från …", data/headline.tsv), so the long headline under it
  is no standfirst;
- a long headline without a stop over the writer's name and role and the lead (``headcands._unstopped_over_lead``);
- a site's calendar box under the article, "Kommande i <place>" (row ``latest-news``; the whole page is a guard: another
  pass took its box at the commit before too);
- an agency's card framed by its name and its "Källa:" line (``sourcecards``); a fact box closing with its source
  stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.boilerplate import default_rules

_PARK = """Till innehåll
Ängby kommun
Lyssna
Sök
Bo och bygga
Kultur och fritid
Startsida
Nyheter
Nu öppnar det nya badhuset i Ängby
Nu öppnar det nya badhuset i Ängby – med äventyrsbad och bastu
Efter två års byggande är det nya badhuset i Ängby klart. På lördag öppnar det för allmänheten med fri entré hela dagen.
Badhuset har en 25-metersbassäng, ett äventyrsbad med rutschkana och en bastu med utsikt över sjön.
– Vi har längtat efter det här i många år, säger kommunalrådet Eva Lind.
"""


def test_a_headline_shortened_in_the_breadcrumb_over_the_full_headline() -> None:
    article = read_dump(_PARK)
    assert article.title == "Nu öppnar det nya badhuset i Ängby – med äventyrsbad och bastu"


_SAFETY = """Ängby kommun
Omsorg
Trygghet och säkerhet
Nyheter från räddningstjänsten
Nyhet från Räddningstjänsten i Ängby
Brandlarmen ökade under 2024: Flest larm kom från bostäder med trasiga spisar
Antalet automatiska brandlarm i Ängby ökade med en femtedel förra året, visar räddningstjänstens årsrapport.
Publicerad 12 februari 2025
De flesta larmen kom från bostäder där en spis hade glömts på eller där en brandvarnare var trasig.
– Många av larmen hade kunnat undvikas med en enkel spisvakt, säger brandmästaren Ola Berg.
Räddningstjänsten delar nu ut spisvakter till äldre som bor ensamma.
"""


def test_a_label_naming_the_sender_over_a_long_headline() -> None:
    article = read_dump(_SAFETY)
    assert article.title == "Brandlarmen ökade under 2024: Flest larm kom från bostäder med trasiga spisar"
    assert (article.lead or "").startswith("Antalet automatiska brandlarm i Ängby ökade")


_BLOG = """Datakraft AB
Tjänster
Blogg
Kontakt
Blogg
/
Säkerhet
Säkerhet
Lästid: 5 min
Vi testade tio lösenordshanterare åt en kund – här är vad vi kom fram till om säkerheten
Johan Berg
Säkerhetskonsult
3 mars 2025
I vintras bad en av våra kunder oss att hjälpa dem välja en lösenordshanterare till sina fyrtio anställda.
Vi testade tio olika program under sex veckor och tittade på kryptering, delning och hur lätta de var att använda.
Det viktigaste vi lärde oss var att de dyraste programmen inte alltid var de säkraste.
"""


def test_a_long_headline_without_a_stop_over_the_writers_name_and_role() -> None:
    article = read_dump(_BLOG)
    assert article.title == (
        "Vi testade tio lösenordshanterare åt en kund – här är vad vi kom fram till om säkerheten")
    assert (article.lead or "").startswith("I vintras bad en av våra kunder")


_CHOIR = """Ängby församling
Gudstjänster
Musik
Kontakt
Musik
Vårkonsert med Ängby kyrkokör
Ängby kyrkokör ger sin vårkonsert i Ängby kyrka på söndag, med musik av Bach och svenska folkvisor.
Kören har övat sedan januari och får sällskap av en stråkkvartett från kulturskolan.
– Det är roligt att få sjunga med unga musiker, säger körledaren Anna Sjö.
Konserten är gratis och börjar klockan 16.
Dela
Skriv ut
Kommande i Ängby församling
Söndag 13 april
Palmsöndagsmässa
Ängby kyrka 11.00
Långfredag 18 april
Långfredagsgudstjänst
Ängby kyrka 11.00
Se hela kalendern
Vill du sjunga i kör?
Vi har körer för alla åldrar, från barnkören för de yngsta till kyrkokören för vuxna, och nya sångare är alltid välkomna.
Läs mer om våra körer
"""


def test_a_calendar_boxs_heading_naming_its_place_ends_the_article() -> None:
    actions = {r.action for r in default_rules() if r.match("Kommande i Ängby församling")}
    assert actions == {"stop"}
    assert not any(r.match("Kommande veckor blir det kallt") for r in default_rules() if r.action == "stop")


def test_a_sites_calendar_box_under_the_article_is_not_read() -> None:
    spoken = spoken_text(read_dump(_CHOIR))
    assert "Palmsöndagsmässa" not in spoken and "Långfredagsgudstjänst" not in spoken
    assert "Konserten är gratis och börjar klockan 16." in spoken


_CRASH = """Ängby Tidning
Nyheter
Sport
Nyheter
Lastbil välte på väg 56
En lastbil välte på väg 56 norr om Ängby på tisdagsmorgonen, och vägen var avstängd i flera timmar.
Föraren klarade sig med lindriga skador och fördes till sjukhus för kontroll.
Trafikverket
Trafikstörning
Väg 56 Ängby–Norrby
Olycka. Vägen är avstängd i norrgående riktning. Omledning via väg 272.
Beräknas vara åtgärdad: 13.00
Källa: Trafikverket
Lastbilen var lastad med timmer, och stockarna spreds över båda körfälten.
– Det tog lång tid att få undan virket, säger räddningsledaren Per Holm.
Vägen öppnades igen strax efter klockan ett.
"""


def test_an_agencys_card_framed_by_its_name_and_source_line_is_not_read() -> None:
    spoken = spoken_text(read_dump(_CRASH))
    assert "Omledning via väg 272" not in spoken and "Källa: Trafikverket" not in spoken
    assert "Lastbilen var lastad med timmer" in spoken


_FACTS = """Ängby Tidning
Nyheter
Fler bor i Ängby
Ängby växte med 412 invånare förra året, den största ökningen sedan 1970-talet.
Det är framför allt barnfamiljer som flyttar in, visar kommunens statistik.
– Det märks i skolorna, säger kommunalrådet Eva Lind.
Befolkningen i Ängby
2022: 14 210
2023: 14 398
2024: 14 810
Källa: SCB
Kommunen planerar nu en ny förskola i Norrby.
"""


def test_a_fact_box_closing_with_its_source_stays() -> None:
    spoken = spoken_text(read_dump(_FACTS))
    assert "2024: 14 810" in spoken
