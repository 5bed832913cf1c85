"""Session 50, round 1 (issue #9).

The fresh dumps written at this session's start (extract269, 270, 271: 36 pages of 18 kinds of site never in view,
read first at 355e4d90: headline 36/36, leak 15/1,966, recall 0.990) had four phenomena left:

- a folk high school's jubilee page closes its text with the weekend's programme, each day's date over items opened
  by their clock time ("Söndag 26 maj" / "10.00 Frukost och avslutning vid sjön" / a paragraph). That day, its first
  item and the paragraph under it were taken for a dated head below the lead, and the lead was dropped as a notice
  over the head. A line opened by a clock time (``lineshape.TIMED_ITEM``) is a programme's item, no headline
  (``headblocks.dated_head_below``).
- the same site's top picture has a caption with no credit under the date line, one that says where the picture
  comes from ("… Bilden kommer ur skolans arkiv."). A caption that says it is a picture in its last sentence, one or
  two sentences, goes wherever it stands (``credits.said_caption_tags``; "Bilden kommer ur/från", "är hämtad ur/från"
  joined the phrases).
- an energy company's outage page sets "Andra pågående störningar (2)" over its other outages, its fault line and an
  SMS box beside the article. A list's label may carry one word of time or state ("pågående", "planerade") and a
  count in brackets (row ``more-items``).
- a vet clinic's booking box under the article's last paragraph: its heading is a call ("Boka tid i Enköping"), a
  sentence, its button ("Boka nu"), the share row under it. Under the last paragraph a call box was the article's
  own call; it goes when a call heads it and no paragraph follows (``adslots.call_box_tags``).

Written after the fixes, for invented sites. The guards: a programme's items in the article stay read; a paragraph
about a photograph that ends "Bilden togs 1985." stays (three sentences), and so does one sentence saying where a
picture was taken (the golden b50-u23, a reader's picture of the week, caught the first version); an article's own closing call with no call
heading it stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_MENU = "Gå direkt till innehållet\nVästbygdens folkhögskola\nKurser\nAnsök\nOm skolan\nNyheter\nKontakt\nSök\n"

_JUBILEE = _MENU + """Du är här:
Start
Nyheter
Musiklinjen fyller 40 och bjuder in alla tidigare elever
Musiklinjen fyller 40 och bjuder in alla tidigare elever
Lyssna
Hösten 1985 började de första eleverna på musiklinjen. Nu firar skolan med en helg av konserter och återträffar, och alla som gått linjen är välkomna.
12 mars 2025
Sedan starten har över 900 elever gått musiklinjen, och många av dem spelar i dag i orkestrar och band runt om i landet.
– Det är fantastiskt att se hur långt många har nått, säger rektor Maria Lund.
Program för jubileumshelgen
Lördag 24 maj
14.00 Konsert i aulan med nuvarande elever
19.00 Middag och dans i matsalen
Söndag 25 maj
10.00 Frukost och avslutning i parken
Deltagandet är gratis, men middagen kostar 300 kronor och anmälan görs senast den 1 maj via skolans webbplats.
Text: Eva Berg
Tillbaka till nyheter
Västbygdens folkhögskola, Skolvägen 4, 543 21 Tibro
"""


def test_a_programmes_day_under_the_text_does_not_take_the_lead_away() -> None:
    article = read_dump(_JUBILEE)
    assert article.title == "Musiklinjen fyller 40 och bjuder in alla tidigare elever"
    spoken = spoken_text(article)
    assert "Hösten 1985 började de första eleverna" in spoken
    assert "10.00 Frukost och avslutning i parken" in spoken  # the programme is the article's


def test_a_caption_that_says_where_the_picture_comes_from_is_not_read() -> None:
    caption = "Elever på musiklinjen våren 1986. Bilden kommer från skolans arkiv.\n"
    article = read_dump(_JUBILEE.replace("12 mars 2025\n", "12 mars 2025\n" + caption))
    spoken = spoken_text(article)
    assert "Bilden kommer från skolans arkiv" not in spoken
    assert "Hösten 1985 började de första eleverna" in spoken and "900 elever" in spoken


def test_a_paragraph_about_a_photograph_is_read() -> None:
    story = ("Fotot av den första klassen hänger i skolans entré. Det visar tolv elever med sina instrument framför "
             "huvudbyggnaden. Bilden togs 1985.\n")
    spoken = spoken_text(read_dump(_JUBILEE.replace("– Det är fantastiskt", story + "– Det är fantastiskt")))
    assert "Bilden togs 1985." in spoken
    alone = "Bilden är tagen från scenen i aulan, strax efter konserten.\n"  # one sentence: where a picture was taken
    spoken = spoken_text(read_dump(_JUBILEE.replace("– Det är fantastiskt", alone + "– Det är fantastiskt")))
    assert "Bilden är tagen från scenen i aulan" in spoken


_OUTAGE = """Privat
Företag
Elnät
Fjärrvärme
Kundservice
Driftinformation
Mina sidor
Start › Driftinformation › Strömavbrott i Ås efter storm
Pågående
Strömavbrott i Ås efter storm
Publicerad: 2025-01-14 09:12
Cirka 800 kunder i Ås och Näsviken är utan ström sedan natten. Stormen har fällt träd över flera ledningar.
Våra montörer arbetar på fyra platser samtidigt, och vi räknar med att de flesta får tillbaka strömmen under eftermiddagen.
– Vi prioriterar ledningen som försörjer vårdcentralen och vattenverket, säger driftchefen Anna Holm.
Andra planerade avbrott (3)
Planerat avbrott: Berg, Skogsvägen 1–20
16 januari kl. 08.00–12.00
Fjärrvärme: Låg temperatur i Centrum
Felsökning pågår
Visa alla driftstörningar
Få sms vid avbrott
Registrera ditt nummer på Mina sidor så skickar vi ett sms när det är störningar där du bor.
Till Mina sidor
Ås Energi AB, Box 12, 830 01 Ås
"""


def test_a_list_of_other_outages_under_its_counted_label_is_not_read() -> None:
    article = read_dump(_OUTAGE)
    assert article.title == "Strömavbrott i Ås efter storm"
    spoken = spoken_text(article)
    assert "Skogsvägen" not in spoken and "Låg temperatur" not in spoken and "Registrera ditt nummer" not in spoken
    assert "vattenverket" in spoken


_CLINIC = """Djurkliniken Norrsken
Boka tid
Våra kliniker
Nyheter
Om oss
Djurkliniken Norrsken öppnar i Sala
Publicerad 3 februari 2025
Den 1 mars öppnar Djurkliniken Norrsken sin femte klinik, på Västra Ringgatan i Sala.
Kliniken får tre veterinärer och fyra djursjukskötare och har öppet alla vardagar.
– Vi har länge sett att djurägare i Sala kör långt för att komma till oss, säger klinikchefen Lena Björk.
Kliniken tar också emot akuta fall på lördagar mellan klockan nio och femton.
Boka tid i Sala
Välj en tid direkt i kalendern – det går på en minut.
Boka nu
Dela artikeln
Facebook
Kopiera länk
Djurkliniken Norrsken AB · org.nr 559000-1234
"""


def test_a_booking_box_headed_by_a_call_under_the_last_paragraph_is_not_read() -> None:
    spoken = spoken_text(read_dump(_CLINIC))
    assert "Boka tid i Sala" not in spoken and "Välj en tid direkt" not in spoken
    assert "akuta fall på lördagar" in spoken


def test_an_articles_own_closing_call_is_read() -> None:
    call = "Vill du veta mer? Kom på öppet hus den 1 mars.\n"
    spoken = spoken_text(read_dump(_CLINIC.replace("Boka tid i Sala\nVälj en tid direkt i kalendern – det går på en minut.\n", call)))
    assert "Kom på öppet hus den 1 mars." in spoken
