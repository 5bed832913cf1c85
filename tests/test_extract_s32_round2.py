"""Session 32, round 2, from blind set extract120 (12 dumps, held out through round 1 and identical after it: headline
83.3 %, leak 5.1 %, recall 0.998 at d58871d0 and at 37ee58cc; after the round 100 %, 1.7 %, 0.998). Written after the
fixes, with other sites and words; the guards beside each:

- a listing page's introduction over its filter ("Visa", "Alla", "Pågående") and, a blank line below, the article's
  head headline first (headline, date lines, lead): the introduction is no lead (``headblocks._headline_over_date``);
  a teaser list under the page's "Fler nyheter" is no head, nor a teaser over a newsletter box;
- a masthead's date line over the site's menu is today's, not the paragraph's head: a list of notices over a feature
  with its own dated head is no lead (``headblocks.dated_head_below``); a real date line over the lead keeps it;
- an embedded Facebook post set as its page's address, name, time, text and counters ("124 gilla · 18 kommentarer"):
  the ``social-embed`` rows; a sentence naming the page's address is read.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_OUTAGES = """Hoppa till huvudinnehållet
Har du ingen ström? Ring vår felanmälan dygnet runt: 0431-77 70 00
Kustens Energi
Ett bolag i Ängelholms kommun
Sök
El
Fjärrvärme
Bredband
Driftinformation
Kundservice
Startsida
Driftinformation
Avbrott
Strömavbrott och planerade arbeten
Här ser du pågående strömavbrott och arbeten i elnätet. Sidan uppdateras av vår driftcentral när läget ändras.
Visa
Alla
Pågående
Planerade
Avslutade


Strömavbrott i Västra Vram – omkring 300 kunder berörda
Publicerad 2025-02-11 06:20
Uppdaterad 2025-02-11 09:45
Ett fel i en nätstation i Västra Vram gör att omkring 300 kunder saknar ström sedan tidigt i morse. Våra montörer är på plats och felsöker.
Felet uppstod strax efter klockan fem, när en kabel i nätstationen vid Vramsvägen brann av.
Vi räknar med att de flesta kunder har ström igen före lunch. Kunder med trygghetslarm har kontaktats.
Övriga avbrott
Pågående
Inga andra avbrott just nu
"""


def test_a_listing_pages_introduction_over_its_filter_is_no_lead() -> None:
    article = read_dump(_OUTAGES)
    assert article.title == "Strömavbrott i Västra Vram – omkring 300 kunder berörda"
    assert "Sidan uppdateras av vår driftcentral" not in spoken_text(article)


_PAYWALL = """SKÅNEBYGDEN
Nyheter
Sport
Kultur
Näringsliv
Sök
Näringsliv
Bageriet i Tollarp stänger efter 80 år
Familjebageriet på Storgatan slår igen i mars, när ingen i nästa generation vill ta över ugnarna.
Karin Ek
Publicerad 3 feb 2025 kl 07.10
Dela
Det var på måndagen som ägarna berättade för personalen att bageriet stänger den sista mars.
Den här artikeln är en del av Skånebygden Plus
Bli prenumerant för att läsa vidare.

Fler nyheter från Näringsliv
Ny ägare tar över campingen vid Ivösjön
2 feb
Verkstad i Hörby anställer femton
1 feb
Elpriset stiger igen i södra Sverige
31 jan

Nyhetsbrev
Få veckans viktigaste nyheter från näringslivet i Skåne varje fredag morgon.
"""


def test_a_teaser_list_under_the_pages_more_news_is_no_head() -> None:
    article = read_dump(_PAYWALL)
    assert article.title == "Bageriet i Tollarp stänger efter 80 år"
    assert (article.lead or "").startswith("Familjebageriet på Storgatan")


_FAMILY = """Gå till innehåll
Norrlandsbygden
Fredag 8 mars 2024
Prenumerera
Logga in
Meny
Nyheter
Sport
Familj
Debatt

Familj
Födelsedagar
Dödsfall

Grattis i dag
Anna-Lisa Strand, Bjästa, fyller 90 år. Hon firar med barn och barnbarn i bygdegården.
Göran Holm, Själevad, fyller 85 år.
Britt Lund, Husum, fyller 70 år och är bortrest.

Annons

Han har sjungit i kyrkokören i sjuttio år – nu fyller Erik 90
Erik Sjödin i sin trädgård i Bjästa. Foto: Lena Berg
Lena Berg
Publicerad 8 mars 2024 kl 06.00

Erik Sjödin var tjugo år när kantorn i Bjästa kyrka frågade om han ville sjunga bas i kören. I dag fyller han 90 och har inte missat en julotta sedan dess.

– Jag har alltid tyckt om att sjunga, men det är gemenskapen som gjort att jag stannat, säger han.

Kören firar honom med en konsert i kyrkan på söndag.
"""


def test_a_list_of_notices_under_a_mastheads_date_is_no_lead() -> None:
    article = read_dump(_FAMILY)
    assert article.title == "Han har sjungit i kyrkokören i sjuttio år – nu fyller Erik 90"
    assert "Göran Holm, Själevad, fyller 85 år." not in spoken_text(article)


def test_a_date_line_over_the_lead_keeps_it_the_lead() -> None:
    dump = _FAMILY.replace("Grattis i dag\n", "Grattis i dag\nPublicerad 8 mars 2024 kl 05.00\n")
    assert read_dump(dump).title == "Grattis i dag"


_MARKET = """Bondens marknad Vreta
Hem
Marknadsdagar
Nyheter
Nyheter
Marknaden flyttar till Kvarntorget i sommar
12 april 2025
Från och med maj hålls Bondens marknad på Kvarntorget i stället för på skolgården, där det blivit för trångt när allt fler producenter vill vara med.
Kvarntorget har plats för dubbelt så många stånd och ligger närmare busshållplatsen.
– Vi har längtat efter mer plats i flera år, säger marknadsgeneralen Eva Lindh.
Följ oss gärna på facebook.com/bondensvreta för de senaste nyheterna om marknaden.

facebook.com/bondensvreta
Bondens marknad Vreta
3 dagar sedan
Nu är skyltarna på plats på Kvarntorget! Välkomna i maj 🌱
87 gilla · 12 kommentarer

Första marknadsdagen är lördagen den 10 maj klockan 9–13. Då bjuder föreningen på kaffe till de hundra första besökarna.

Parkeringen vid torget är gratis under marknadstimmarna, och cykelställ finns vid busshållplatsen.
"""


def test_an_embedded_facebook_post_with_its_pages_address_goes() -> None:
    spoken = spoken_text(read_dump(_MARKET))
    assert "Nu är skyltarna på plats" not in spoken and "87 gilla" not in spoken
    assert "Första marknadsdagen är lördagen den 10 maj" in spoken


def test_a_sentence_naming_the_pages_address_is_read() -> None:
    assert "Följ oss gärna på facebook.com/bondensvreta" in spoken_text(read_dump(_MARKET))
