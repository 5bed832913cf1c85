"""Session 34, round 4, from blind sets extract138 and extract139 (written blind during round 3; scored at c3526b50
before anyone read them: headline 91.7 %, leak 2.7 % (14/527), recall 0.999 and 100 %, 2.4 % (14/589), 0.996; after
rounds 1-3, still unread: identical). Each phenomenon written after its fix, with another site and other words; the
guard beside it:

- a poll's options of up to seven words over its vote button ("Ja, i närheten av där jag bor" / "Rösta");
- a service's call box headed by a question to the reader ("Är din hund hostig …?" / "Ring vår rådgivning …" /
  "Boka videosamtal"), the article going on under it with a paragraph that announces its list with a colon;
- a player's subtitled version's label ("Textad version");
- a blog's name over the post's title that its date line follows: the title is the headline, no tagline
  (``blognames.site_head_tags``), and "mitt i" in it is no writer's voice (``blognames._WRITER``);
- a book's formats and prices over its cart button ("E-bok 149 kr" / "Lägg i varukorgen"); the author's bio over it
  stays (``articleend._sandwiched``);
- an ad's short question and call under its label ("Vinterdäck? Boka skifte hos …").
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_LYNX = """Lokalbladet
Nyheter
Natur
Älgen som går i villaträdgårdarna
2025-03-04
En älgko med kalv har i flera veckor strövat mellan villorna i Norrbacka, och många boende har filmat den.
– Den står och äter av fruktträden som om ingenting hänt, säger Per Lund som bor vid Bäckvägen.
Har du sett älg i ditt bostadsområde i år?
Ja, flera gånger i vår trädgård
Ja, men bara på avstånd
Nej
Rösta
Viltvårdaren Eva Sund säger att älgarna söker sig in i byn när snön ligger djup i skogen.
Hon råder de boende att hålla avstånd och att inte mata djuren, eftersom de då stannar kvar.
Dela
Facebook
Lokalbladet | Storgatan 1
"""


def test_a_polls_longer_options_over_its_vote_button_go() -> None:
    spoken = spoken_text(read_dump(_LYNX))
    assert "Har du sett älg" not in spoken and "flera gånger i vår trädgård" not in spoken and "Rösta" not in spoken
    assert "Viltvårdaren Eva Sund" in spoken


_CLINIC = """Djurkliniken Norr
Tjänster
Blogg
Fästingar och hundar
2025-04-22
Fästingsäsongen har börjat tidigt i år, och vi ser redan de första hundarna med fästingburen sjukdom.
– Kontrollera pälsen varje kväll efter promenaden, säger veterinären Sara Holm.
Är din hund trött och hängig efter en fästing?
Ring vår djursjukvårdare på 040-12 34 56 vardagar 8–16, eller boka en tid hos en veterinär direkt i appen.
Boka tid
Så skyddar du din hund
Det finns flera sätt att minska risken för fästingar, och det bästa är att kombinera några av dem efter behov:
fästingmedel som tabletter eller halsband
att undvika högt gräs under försommaren
De flesta hundar som blir sjuka av en fästing är friska igen inom en vecka, om de får behandling i tid.
Dela
Facebook
Djurkliniken Norr AB | Kliniksvägen 2
"""


def test_a_call_box_headed_by_a_question_to_the_reader_goes_mid_text() -> None:
    spoken = spoken_text(read_dump(_CLINIC))
    assert "Ring vår djursjukvårdare" not in spoken and "trött och hängig" not in spoken and "Boka tid" not in spoken
    assert "kombinera några av dem" in spoken


_GREENS = """Björkby Golfklubb
Boka starttid
Min golf
Banan
Banstatus
Greenkeeperbloggen
Tävling
Bli medlem
Banstatus: Höstbana · 18 hål öppna · Vagnar tillåtna
Idag 12°C · Sol

Greenkeeperbloggen
Därför sandar vi fairways mitt i hösten
2 oktober 2025
Anna Berg, head greenkeeper
5 kommentarer
Många av er har undrat varför fairways är täckta av sand just nu, när banan är som finast. Här kommer en förklaring.
Sanden gör att jorden dränerar bättre, så att banan torkar upp snabbare efter regn nästa vår.
Vi sandar tre fairways i veckan och räknar med att vara klara före månadens slut.
Dela
Björkby GK | Golfvägen 1
"""


def test_a_posts_title_under_its_blogs_name_over_its_date_line_is_the_headline() -> None:
    assert read_dump(_GREENS).title == "Därför sandar vi fairways mitt i hösten"


_PUBLISHER = """Förlaget Norrsken
Böcker
Författare
Nyheter
Ny roman om fjällbyn
2025-02-14
Förlaget Norrsken ger i april ut Karin Ströms nya roman om en by i fjällen som töms på folk.
– Jag ville skriva om dem som stannar när alla andra flyttar, säger Karin Ström.
Romanen är hennes fjärde och utspelar sig under ett enda år i byn Lillfjäll.
Om författaren
Karin Ström är född 1971 i Arjeplog och bor i Umeå. Hon debuterade 2012 och har fått flera priser för sina romaner.
Förbeställ boken
Inbunden 249 kr
E-bok 139 kr
Ljudbok 189 kr
Lägg i varukorgen
Dela
Facebook
"""


def test_a_books_formats_and_prices_over_its_cart_button_go_and_the_bio_stays() -> None:
    spoken = spoken_text(read_dump(_PUBLISHER))
    assert "E-bok 139 kr" not in spoken and "Lägg i varukorgen" not in spoken and "Förbeställ boken" not in spoken
    assert "Karin Ström är född 1971" in spoken


_SPEED = """Nyheter
Trafik
Fler kör för fort vid skolan
2025-09-10
Sedan hastighetskameran sattes upp vid Skolvägen har nästan 900 bilister fotograferats för fortkörning.
Annons
Vinterdäck? Boka skifte hos Däckhuset Norr
Polisen säger att de flesta som åker fast kör mellan 40 och 50 kilometer i timmen där gränsen är 30.
– Vi ser att det blir lugnare, men en del har inte förstått att kameran är på på riktigt, säger kommunpolisen Ali Berg.
Dela
Facebook
"""


def test_an_ads_short_question_and_call_under_its_label_go() -> None:
    spoken = spoken_text(read_dump(_SPEED))
    assert "Vinterdäck" not in spoken and "mellan 40 och 50 kilometer" in spoken


def test_a_subtitled_versions_label_is_no_line_of_the_article() -> None:
    from audiocast.ingest.boilerplate import default_rules, first_match

    assert first_match(default_rules(), "Textad version") is not None
    assert first_match(default_rules(), "Den textade versionen visas i kväll i SVT.") is None
