"""Session 17 (E7): the article's fact box of labelled items glued under its last paragraph, with the page's widget
glued under it in a dump without blank lines (issue #9, labelboxes.py): the box is read, the widget still goes.

Every page here was written after the fix, with other sports, sites, places and numbers than the pages the fix came
from; the guards: the league table, the list closed by its link to the whole, a calendar of events and a week's
school menu glued under the article still go.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_TOP = "Norrbottens-Kuriren\nLogga in\nSport\nBandy\n"
_HEAD = ("Kalix Bandy vände mot Boden och tog sista slutspelsplatsen\nMaja Lindqvist\n"
         "Publicerad 14 jan 2026 21:05\n")
_TEXT = ("Kalix Bandy vann norrbottensderbyt mot Boden med 5–3 inför 1 450 åskådare på Kalix IP och tog därmed den sista "
         "platsen till slutspelet.\n"
         "Boden ledde med 3–1 i paus efter två hörnmål av Joel Fransson, men i andra halvlek tog hemmalaget över helt.\n"
         "– Vi pratade om att spela enkelt och vinna andrabollarna. Det gjorde vi, sa Kalix tränare Patrik Holm.\n"
         "Kalix målvakt Oskar Vikström räddade en straff med tio minuter kvar när Boden kunde ha kvitterat till 4–4.\n"
         "Nästa match spelar Kalix på lördag hemma mot Edsbyn, som leder serien.\n")
_FACTS = ("Matchfakta\n"
          "Kalix–Boden 5–3 (1–3)\n"
          "Kalix IP, publik: 1 450\n"
          "Kalix: Anton Rask 2, Elias Nord 2, Viktor Lund 1\n"
          "Boden: Joel Fransson 2, Hampus Berg 1\n"
          "Utvisningar: Kalix 2x10 min, Boden 3x10 min\n"
          "Domare: Fredrik Sandin\n")
_TABLE = ("Tabell Allsvenskan norra\n"
          "1. Edsbyn 30\n2. Villa Lidköping 27\n3. Broberg 24\n4. Kalix 22\n5. Boden 21\n6. Tillberga 19\n"
          "Hela tabellen\n")
_FOOT = ("Mer bandy\nEdsbyn värvar rysk mittfältare\nBoden tappar lagkaptenen till Sirius\n"
         "Norrbottens-Kuriren\nSportredaktionen: sport@kuriren.exempel.se\nAnsvarig utgivare: Lena Ström\n")


def test_a_match_fact_box_over_a_league_table_is_read_and_the_table_goes() -> None:
    lines = spoken_lines(read_dump(_TOP + _HEAD + _TEXT + _FACTS + _TABLE + _FOOT))
    for kept in ("Matchfakta", "Kalix IP, publik: 1 450", "Utvisningar: Kalix 2x10 min, Boden 3x10 min",
                 "Domare: Fredrik Sandin"):
        assert kept in lines
    for gone in ("Tabell Allsvenskan norra", "1. Edsbyn 30", "4. Kalix 22", "Hela tabellen", "Mer bandy"):
        assert gone not in lines


def test_a_league_table_alone_under_the_article_still_goes() -> None:
    lines = spoken_lines(read_dump(_TOP + _HEAD + _TEXT + _TABLE + _FOOT))
    assert "Nästa match spelar Kalix på lördag hemma mot Edsbyn, som leder serien." in lines
    assert not any(x.startswith(("Tabell Allsvenskan", "2. Villa", "5. Boden")) for x in lines)


_PROJECT_TOP = "Byggvärlden Norr\nNyheter\nProjekt\nPersonnytt\nEvent\n"
_PROJECT = ("Nytt badhus i Skellefteå kan stå klart 2028\nJonas Eriksson\nPublicerad 3 mars 2026 kl 08:15\n"
            "Skellefteå kommun har tecknat avtal med Norrbygg Entreprenad om ett nytt badhus vid Vitberget. Bygget "
            "beräknas starta i höst.\n"
            "Badhuset får en 50-metersbassäng, ett äventyrsbad och en relaxavdelning, och ska värmas med spillvärme från "
            "det närliggande datacentret.\n"
            "– Det har varit ett lång politiskt arbete, men nu är vi i mål med upphandlingen, säger fritidschef Karin "
            "Holmberg.\n"
            "Det gamla badhuset på Norrböle stängs när det nya öppnar och ska rivas för att ge plats åt bostäder.\n")
_PROJECT_FACTS = ("Fakta om bygget\n"
                  "Beställare: Skellefteå kommun\n"
                  "Entreprenör: Norrbygg Entreprenad\n"
                  "Yta: ca 9 500 kvm\n"
                  "Kostnad: ca 640 mkr\n"
                  "Klart: hösten 2028\n")
_RADAR = ("Projektlistan Norr – nya projekt\n"
          "Luleå: Ny brandstation på Storheden, 4 200 kvm\n"
          "Umeå: 90 bostadsrätter på Haga, byggstart Q2\n"
          "Piteå: Tillbyggnad av Christinaskolan, 2 800 kvm\n"
          "Se alla 214 projekt\n"
          "Personnytt\nAnna Berg ny vd för Norrbygg\nByggvärlden Norr\nredaktion@byggvarldennorr.exempel.se\n")


def test_a_project_fact_box_over_another_list_closed_by_its_link_is_read() -> None:
    lines = spoken_lines(read_dump(_PROJECT_TOP + _PROJECT + _PROJECT_FACTS + _RADAR))
    for kept in ("Fakta om bygget", "Entreprenör: Norrbygg Entreprenad", "Kostnad: ca 640 mkr", "Klart: hösten 2028"):
        assert kept in lines
    for gone in ("Projektlistan Norr – nya projekt", "Luleå: Ny brandstation på Storheden, 4 200 kvm",
                 "Umeå: 90 bostadsrätter på Haga, byggstart Q2"):
        assert gone not in lines


_COUNT_TOP = "Energikontoret Kalmar län\nRådgivning\nAktuellt\nOm oss\n"
_COUNT = ("Fler laddstolpar än någonsin installerades i länets villor\nPublicerad 2 april 2026\n"
          "Under 2025 installerades 3 410 laddboxar för elbilar hos privatpersoner i Kalmar län, enligt en "
          "sammanställning från energikontoret.\n"
          "Ökningen är störst i de mindre kommunerna, där det ofta saknas publika laddplatser.\n"
          "– Många vill kunna ladda hemma över natten. Det är både billigast och enklast, säger energirådgivaren Sara "
          "Nyström.\n"
          "Den som funderar på att skaffa en laddbox kan få kostnadsfri rådgivning om installation och bidrag.\n")
_COUNT_BOX = ("Nya laddboxar i Kalmar län 2025\n"
              "Kalmar: 1 020\n"
              "Västervik: 610\n"
              "Oskarshamn: 540\n"
              "Nybro: 380\n"
              "Källa: länets elnätsföretag\n")
_EVENTS = ("Rådgivningsträffar i april\n"
           "8 april Kalmar, Stadsbiblioteket kl. 18.00\n"
           "15 april Västervik, Kulturhuset kl. 18.30\n"
           "22 april Nybro, Folkets hus kl. 18.00\n"
           "Anmäl dig\n"
           "Energikontoret finansieras av Energimyndigheten och länets kommuner.\n"
           "Besöksadress: Storgatan 12, Kalmar\n")


def test_a_count_per_municipality_over_a_calendar_is_read_and_the_calendar_goes() -> None:
    lines = spoken_lines(read_dump(_COUNT_TOP + _COUNT + _COUNT_BOX + _EVENTS))
    for kept in ("Nya laddboxar i Kalmar län 2025", "Västervik: 610", "Nybro: 380", "Källa: länets elnätsföretag"):
        assert kept in lines
    for gone in ("Rådgivningsträffar i april", "8 april Kalmar, Stadsbiblioteket kl. 18.00",
                 "22 april Nybro, Folkets hus kl. 18.00"):
        assert gone not in lines


def test_a_week_menu_glued_under_the_article_is_no_fact_box() -> None:
    menu = ("Veckans lunch – vecka 12\n"
            "Måndag: Pannbiff med lök och potatis\n"
            "Tisdag: Pasta med tomatsås och laddboxgratäng\n"
            "Onsdag: Fiskburgare med coleslaw\n"
            "Torsdag: Kalops med rödbetor\n"
            "Fredag: Tacobuffé\n"
            "Se alla veckans menyer\n"
            "Var den här sidan till hjälp?\nJa\nNej\n")
    lines = spoken_lines(read_dump(_COUNT_TOP + _COUNT + menu))
    assert "Den som funderar på att skaffa en laddbox kan få kostnadsfri rådgivning om installation och bidrag." in lines
    assert not any(x.startswith(("Veckans lunch", "Måndag:", "Torsdag:")) for x in lines)
