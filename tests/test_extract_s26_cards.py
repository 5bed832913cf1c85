"""Session 26, from extract94, extract84 and the golden set (read after their figures): a number under a service's
name ("Kundtjänst: 0620-68 20 00") is one of a contact card's channels (``contacts._CHANNEL_LINE``), so the card of the
organisation's service goes as the page's. (The card of a service of the article's subject, "Kundtjänst avfall",
stays the article's box: a golden page's expected output reads it so, three blind pages the other way.)

From extract95a: "Alla" and a list's plural noun alone is a link to the whole list (rule more-link).

Written after the fixes, for other sites and wording; the guards: the subject's service card and a fact box of the
article that holds a number among its facts stay.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_NOTICE = """Hoppa till innehåll
Björkviks kommun
Bo och bygga
Omsorg och hjälp
Kommun och politik
Startsida
Nyheter
Ny tid för slamtömning i Östra Björkvik
Slamtömningen i Östra Björkvik flyttas från maj till september i år. Orsaken är att vägarna ska rustas under våren.
Du som har enskilt avlopp i området får ett brev med exakt datum två veckor före tömningen.
– Vi vill inte köra tunga bilar på vägarna medan de byggs om, säger Linnea Sjödin, avfallsplanerare.
Tömningen görs som vanligt av kommunens entreprenör och kostar lika mycket som tidigare år.
Kontakt
Kundtjänst slam och avlopp
0250-265 00
slam@bjorkvik.se
Senast uppdaterad: 12 mars 2026
Dela
Skriv ut
Björkviks kommun
Kyrkogatan 4, 794 80 Björkvik
Telefon: 0250-265 00
"""

_SERVICE_CHANNEL = """Startsida
Kultur och fritid
Nyheter
Badhuset stänger för renovering i juni
Björkviks badhus håller stängt hela juni medan bassängens kakel byts.
Arbetet har planerats i två år och kostar drygt fyra miljoner kronor, enligt kultur- och fritidsnämnden.
Simskolan flyttar under tiden till utomhusbadet vid Siljansvägen, där kommunens simlärare tar emot barnen som vanligt.
Kontakt
Kultur- och fritidsförvaltningen
Kundtjänst: 0250-265 10
Senast uppdaterad: 2 april 2026
"""

_FACTS = """Nyheter
Ny återvinningsstation vid Tallbacken
En ny återvinningsstation öppnar vid Tallbackens centrum i juni, meddelar kommunen.
Stationen tar emot förpackningar av plast, papper, glas och metall. Den töms tre gånger i veckan.
Fakta: Återvinningsstationen
Plats: Tallbackens centrum, vid busshållplatsen
Öppen: dygnet runt
Kundtjänst: 0250-265 20
Dela
"""


def test_the_card_of_the_subjects_service_stays() -> None:
    spoken = spoken_lines(read_dump(_NOTICE))
    assert spoken[0] == "Ny tid för slamtömning i Östra Björkvik"
    assert "0250-265 00" in spoken


def test_a_number_under_a_services_name_is_the_cards_channel() -> None:
    spoken = spoken_lines(read_dump(_SERVICE_CHANNEL))
    assert any(s.startswith("Simskolan flyttar") for s in spoken)
    assert not {"Kontakt", "Kultur- och fritidsförvaltningen", "Kundtjänst: 0250-265 10"} & set(spoken)


def test_the_articles_fact_box_with_a_number_is_read() -> None:
    spoken = spoken_lines(read_dump(_FACTS))
    assert "Kundtjänst: 0250-265 20" in spoken
    assert "Plats: Tallbackens centrum, vid busshållplatsen" in spoken


# From extract95a (read after its before figure): a list's link named by "Alla" and the list's plural noun ("Alla
# öppettider", "Alla nyheter"), 86 of 87 such lines boilerplate in the annotated dumps, is a link to the whole list
# (rule more-link): the box it closes under the article is an excerpt of another page, whatever words it shares.
_HOURS_WIDGET = """Sportlovsbad i Norrvik
Sportlovsbad med fri entré för barn
Under sportlovet är det fri entré för barn upp till 12 år på Norrviks badhus, meddelar fritidsförvaltningen.
Erbjudandet gäller hela vecka 9 och barnen måste ha sällskap av en vuxen som betalar vanlig entré.
– Vi vill att fler barn ska lära sig simma och tycka om att vara i vattnet, säger badmästaren Sara Lind.

Barnen leker i bassängen. Foto: Norrviks kommun

Simskolor i Norrvik
Norrviks badhus
Måndagar och onsdagar
Sörby simhall
Tisdagar
Alla simskolor

Fler nyheter
Nya bussturer till Sörby
"""

_WELCOME = """Nyheter
Vårmarknad i Sörby bygdegård
Lördagen den 12 april håller bygdegårdsföreningen vårmarknad med loppis, hembakat och lotterier.
Överskottet går till det nya taket, som ska läggas om i sommar.
Alla välkomna!
Dela
"""


def test_a_box_closed_by_a_link_to_all_its_items_is_the_pages() -> None:
    spoken = spoken_lines(read_dump(_HOURS_WIDGET))
    assert any(s.startswith("Erbjudandet gäller hela vecka 9") for s in spoken)
    assert not {"Simskolor i Norrvik", "Norrviks badhus", "Sörby simhall", "Tisdagar", "Alla simskolor"} & set(spoken)


def test_a_closing_welcome_is_no_link() -> None:
    assert "Alla välkomna!" in spoken_lines(read_dump(_WELCOME))
