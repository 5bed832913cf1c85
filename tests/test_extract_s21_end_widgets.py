"""Session 21 (E22): a widget's box glued under the article's last paragraph in a dump without blank lines, a heading
over lines that are neither sentences nor a fact box's items, closed by the page's own line (:mod:`audiocast.ingest.
endwidgets`): the box goes, the article's fact box above it, its subheadings and its signature stay.

Every page here was written after the fix, with other sites, widgets and words than the pages it came from.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_OFFERS = (
    "Hyresgästföreningen Norrtälje\n"
    "Hem\n"
    "Nyheter\n"
    "Bli medlem\n"
    "Kontakt\n"
    "Nyheter\n"
    "Stambytet på Solbacken skjuts upp till hösten\n"
    "Publicerad 4 februari 2026\n"
    "Bostadsbolaget Roslagshem har meddelat att stambytet i kvarteret Solbacken flyttas fram till september, sedan upphandlingen av entreprenör dragit ut på tiden.\n"
    "Hyresgästerna fick beskedet vid ett informationsmöte i Folkets hus på tisdagskvällen, där ett sjuttiotal boende var på plats.\n"
    "– Vi förstår att många har planerat för sommaren och nu får tänka om. Vi kommer att erbjuda evakueringslägenheter till alla som behöver, sa förvaltaren Johan Ekberg.\n"
    "Föreningen kräver att hyreshöjningen efter stambytet förhandlas innan arbetet börjar och har begärt ett nytt möte med bolaget i mars.\n"
    "Medlemserbjudanden\n"
    "Juridisk rådgivning för medlemmar\n"
    "Rabatt på hemförsäkring hos Folksam\n"
    "Läs mer om erbjudandena\n"
    "Fler nyheter\n"
    "Årsmöte i Rimbo den 12 mars\n"
    "Nya öppettider på expeditionen\n"
    "Hyresgästföreningen Norrtälje · Stora Brogatan 7 · 761 30 Norrtälje\n"
)

_TICKETS = (
    "Ystads Allehanda\n"
    "Sport\n"
    "Handboll\n"
    "Fotboll\n"
    "Ystad IF tappade ledningen i slutminuten mot Redbergslid\n"
    "Av Oskar Lindahl\n"
    "Publicerad 9 mars 2026 21.40\n"
    "Ystad IF ledde med två mål när fem minuter återstod i Ystad Arena, men Redbergslid vände och vann med 29–28 efter ett mål av Filip Åkesson i sista sekunden.\n"
    "Hemmalaget saknade både mittnian Hugo Persson och målvakten Axel Bengtsson, som är skadade sedan landslagsuppehållet.\n"
    "– Vi gör en bra match i femtiofem minuter. Sedan blir vi för stressade och kastar bort två bollar, sa tränaren Per Sjöstedt.\n"
    "Nästa match spelar Ystad IF på lördag borta mot Hammarby.\n"
    "Matchbiljetter\n"
    "Ystad IF – Alingsås HK\n"
    "Ystad Arena, söndag 22 mars\n"
    "Slutsålt\n"
    "Fler nyheter\n"
    "Lugi värvar målvakt från Danmark\n"
    "Ystads Allehanda · Ansvarig utgivare: Lena Holm\n"
)

_FORM = (
    "Sjöscouterna Kalmar\n"
    "Hem\n"
    "Om oss\n"
    "Kalender\n"
    "Sjöscouterna bjuder in till öppet hus vid båthamnen\n"
    "Publicerad 2 april 2026\n"
    "Den 25 april har Sjöscouterna Kalmar öppet hus vid båthamnen i Ängö, och alla barn mellan 8 och 15 år är välkomna att prova på segling och kanot.\n"
    "Kåren har i vinter renoverat två av sina jollar och byggt en ny brygga med hjälp av föräldrar och sponsorer.\n"
    "– Vi vill att fler barn ska upptäcka hur roligt det är att vara på vattnet, säger kårchefen Elin Nordqvist.\n"
    "Alla deltagare får låna flytväst, och det bjuds på grillad korv efter passen.\n"
    "Öppet hus vid båthamnen\n"
    "Datum: 25 april 2026\n"
    "Tid: 10.00–14.00\n"
    "Plats: Ängö båthamn, Kalmar\n"
    "Intresseanmälan ledare\n"
    "Namn\n"
    "Mobilnummer\n"
    "Erfarenhet av segling\n"
    "Skicka\n"
    "Sjöscouterna Kalmar · Ängö båthamn · 392 33 Kalmar\n"
)

_SIGNED = (
    "Vallentuna Nyheter\n"
    "Nyheter\n"
    "Sport\n"
    "Kultur\n"
    "Biblioteket i Vallentuna får längre öppettider\n"
    "Av Sara Blom\n"
    "Publicerad 11 januari 2026\n"
    "Från februari håller Vallentuna bibliotek öppet till klockan 20 tre kvällar i veckan, sedan kultur- och fritidsnämnden beslutat att skjuta till pengar.\n"
    "Beslutet togs enhälligt på nämndens möte i december.\n"
    "Meröppet på helgerna\n"
    "Dessutom införs meröppet på lördagar och söndagar, då besökare kan låsa upp med lånekortet och en kod och låna böcker utan personal på plats.\n"
    "– Vi ser att många vill komma när de själva har tid, och det här är ett sätt att möta det, säger bibliotekschefen Anna Wretman.\n"
    "Med vänlig hälsning\n"
    "Anna Wretman\n"
    "Fler nyheter\n"
    "Ny cykelbana längs Väsbyvägen\n"
    "Vallentuna Nyheter · redaktion@vallentunanyheter.exempel.se\n"
)


_TIPS = (
    "Friluftsfrämjandet Lerum\n"
    "Hem\n"
    "Aktiviteter\n"
    "Nyheter\n"
    "Så klarar du dig om du går vilse i skogen\n"
    "Publicerad 3 oktober 2026\n"
    "Inför svampsäsongen påminner Friluftsfrämjandet i Lerum om vad man ska göra om man kommer bort i skogen.\n"
    "Förra hösten larmades polisen om elva svampplockare som gått vilse i kommunen, de flesta äldre som gått ensamma.\n"
    "– Det viktigaste är att stanna kvar där man är och ringa 112 innan batteriet tar slut, säger ledaren Jonas Alm.\n"
    "Kom ihåg\n"
    "Stanna där du är\n"
    "Ring 112 med fulladdad telefon\n"
    "Bär kläder med reflexer\n"
    "Dela\n"
    "Fler nyheter\n"
    "Höstens vandringar är här\n"
    "Friluftsfrämjandet Lerum · lerum@friluftsframjandet.exempel.se\n"
)


def test_a_member_offer_box_closed_by_its_read_more_link_goes() -> None:
    lines = spoken_lines(read_dump(_OFFERS))
    assert ("Föreningen kräver att hyreshöjningen efter stambytet förhandlas innan arbetet börjar och har begärt ett nytt "
            "möte med bolaget i mars.") in lines
    for gone in ("Medlemserbjudanden", "Juridisk rådgivning för medlemmar", "Rabatt på hemförsäkring hos Folksam"):
        assert gone not in lines


def test_a_ticket_widget_over_the_next_news_goes() -> None:
    lines = spoken_lines(read_dump(_TICKETS))
    assert "Nästa match spelar Ystad IF på lördag borta mot Hammarby." in lines
    for gone in ("Matchbiljetter", "Ystad IF – Alingsås HK", "Ystad Arena, söndag 22 mars", "Slutsålt"):
        assert gone not in lines


def test_a_form_glued_under_the_articles_fact_box_goes_and_the_fact_box_stays() -> None:
    lines = spoken_lines(read_dump(_FORM))
    for kept in ("Öppet hus vid båthamnen", "Datum: 25 april 2026", "Tid: 10.00–14.00", "Plats: Ängö båthamn, Kalmar"):
        assert kept in lines
    for gone in ("Intresseanmälan ledare", "Namn", "Mobilnummer", "Erfarenhet av segling"):
        assert gone not in lines


def test_a_subheading_over_paragraphs_and_a_signature_over_the_next_news_stay() -> None:
    lines = spoken_lines(read_dump(_SIGNED))
    for kept in ("Meröppet på helgerna", "Med vänlig hälsning", "Anna Wretman"):
        assert kept in lines


def test_the_articles_own_list_closed_by_the_share_row_stays() -> None:
    lines = spoken_lines(read_dump(_TIPS))
    for kept in ("Kom ihåg", "Stanna där du är", "Ring 112 med fulladdad telefon", "Bär kläder med reflexer"):
        assert kept in lines
