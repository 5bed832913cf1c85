"""Session 31, round 1, from blind set extract113 (12 dumps: headline 75.0 %, leak 2.9 %, recall 0.834 at e94fcc20;
after the round 100 %, 0.0 %, 1.000). Written after the fixes, with other sites and words; the guards beside each:

- a sidebar (popular posts, categories, an offer) between the lead and the body ended the article under its lead: the
  page is read again with the sidebar's end marker left out (``rescue._past_kept``); a comment thread under a short
  notice is not glued to it;
- a list of short notices over the site's news and its article: the article under its own heading, date and byline is
  read, not the last notice (``rescue._past_kept``, a run with a heading of its own);
- a service box's sentence over the article's dated and signed head, under a status line saying when the page was
  updated (``headblocks.dated_head_below``: date line and byline in either order over the headline);
- a gallery that sets each counter over its picture: a caption of two sentences between its counter and its credit,
  under the credit of the picture before (``picturelines._credit_at``);
- a caption with its verb opening a block glued over the article's paragraph, in a page that sets its paragraphs apart
  (``blockcaptions``); a list's items under their colon and a page without blank lines are read;
- the article's paragraph glued under an embedded post's last line ("Ett inlägg delat av …") is read
  (``embedboxes.PROSE_AFTER_WORDS``);
- a programme box's items labelled by their dates go on below the article's last paragraph (``factruns._DATED``; the
  whole page is a guard: its box is read at the commit before too).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.factruns import continues_box
from audiocast.ingest.text import _Line

_BLOG = """Hoppa till innehållet
Gröna Handen Trädgård
Växter
Redskap
Kurser
Blogg
Kontakt
Blogg
›
Odlingsråd
Så lyckas du med tomaterna i växthuset i år
12 mars 2025
Karin Holmqvist
Trädgårdsmästare, Gröna Handen
Tomater är sommarens självklara skörd för många, men i ett kallt växthus krävs det lite planering för att plantorna ska hinna ge frukt innan hösten kommer.

Mest lästa inlägg
Fem perenner som klarar torka
Så beskär du äppelträdet
Kompostera rätt från början
Kategorier
Odlingsråd (31)
Redskap (12)
Evenemang (9)
Vårrea på fröer
Alla fröpåsar till halva priset hela mars ut.
Till butiken

Sådden gör du lämpligast i slutet av mars inomhus, i ett ljust fönster eller under en odlingslampa. Fröna gror bäst när jorden håller omkring tjugo grader, så ställ gärna krukorna nära ett element.

När plantorna har fått sina första riktiga blad är det dags att skola om dem till större krukor. Sätt dem djupt, för tomaten bildar nya rötter längs stjälken.

Vänta med utplanteringen
I ett ouppvärmt växthus bör du vänta till mitten av maj innan du planterar ut. En kall natt kan förstöra veckors arbete, och plantorna står bättre i en sval hall än i ett frostigt växthus.

– Det vanligaste misstaget är att man har för bråttom på våren, säger Karin Holmqvist, som har odlat tomater i trettio år.

Vattna jämnt och ofta när frukterna börjar sätta sig. Ojämn vattning ger spruckna tomater och gör plantorna känsliga för sjukdomar.

Dela
Facebook
E-post
"""


def test_a_sidebar_between_the_lead_and_the_body_does_not_end_the_article() -> None:
    article = read_dump(_BLOG)
    spoken = spoken_text(article)
    assert article.title == "Så lyckas du med tomaterna i växthuset i år"
    assert "Sådden gör du lämpligast i slutet av mars" in spoken
    assert "Vattna jämnt och ofta när frukterna börjar sätta sig." in spoken
    assert "Kompostera rätt från början" not in spoken and "Alla fröpåsar" not in spoken


_NOTICE = """Byalaget Norrhult
Start
Nyheter
Kontakt
Nyheter
Vägen till badplatsen stängs
Vägen ner till badplatsen vid Stora Lien är stängd för bilar från måndag medan kommunen lägger ny asfalt på den.
Kommentarer
Kommentarer (2)
Lisa Sundberg
4 juni 2025 kl. 08.12
Det var på tiden att den vägen blev lagad, jag har punkterat två gånger på den och det har kostat mig mycket pengar.
Hoppas att de passar på att laga dikena också när de ändå håller på, för vattnet blir stående där varje vår.
Svara
Olof Berg
4 juni 2025 kl. 09.40
Vet någon hur länge arbetet ska pågå? Vi brukar bada där varje kväll och barnen undrar redan när det öppnar igen.
Man kan ju cykla dit så länge, men det vore bra att veta om det blir klart före midsommar eller först senare.
Svara
"""


def test_a_comment_thread_under_a_short_notice_is_not_glued_to_it() -> None:
    spoken = spoken_text(read_dump(_NOTICE))
    assert "Vägen ner till badplatsen vid Stora Lien är stängd" in spoken
    assert "punkterat" not in spoken and "midsommar" not in spoken


_WATER = """Norrvatten Östra
Privat
Företag
Om oss
Driftstörningar
Vattenavstängning Björkvägen
Vattnet stängs av mellan klockan 9 och 13 på grund av en läcka på ledningen.
Publicerad 08.20
Spolning av ledningar i Sörby
Vattnet kan vara missfärgat under dagen men går att dricka.
Publicerad 07.05
Prenumerera på driftinformation via sms
Nyheter från Norrvatten
Publicerad 3 februari 2025
Anna Ekholm, kommunikatör
Nytt vattenverk ska säkra dricksvattnet i trettio år
Norrvatten Östra bygger ett nytt vattenverk vid Gransjön som ska ersätta de två gamla verken i Sörby och Ås. Bygget börjar i vår och beräknas vara klart om tre år.
Det nya verket kan rena dubbelt så mycket vatten som de gamla tillsammans, och det får ett extra reningssteg med ultraviolett ljus mot bakterier och virus.
– Vi växer som kommun och de gamla verken är byggda på sextiotalet. Nu får vi ett vattenverk som klarar både fler invånare och varmare somrar, säger vd Per Lundin.
Bygget kostar omkring 400 miljoner kronor och betalas med vattenavgifterna under lång tid framåt.
Hur påverkas jag?
Under byggtiden märker kunderna ingenting, eftersom de gamla verken går som vanligt tills det nya är klart och provkört.
Dela
Fler nyheter
Nya taxor för vatten och avlopp
"""


def test_the_news_article_under_a_list_of_notices_is_read_not_the_last_notice() -> None:
    article = read_dump(_WATER)
    spoken = spoken_text(article)
    assert article.title == "Nytt vattenverk ska säkra dricksvattnet i trettio år"
    assert "Bygget kostar omkring 400 miljoner kronor" in spoken
    assert "Spolning av ledningar" not in spoken and "missfärgat" not in spoken


_LIFTS = """Fjällbacken Skidanläggning
Skidåkning
Liftkort
Boende
Backstatus
Liftstatus
Senast uppdaterad 12 januari 2025 kl. 08.15
Öppna liftar: 5 av 7
Toppliften
Öppen
Barnbacken
Öppen
Norrliften
Stängd
Snödjup: 85 cm
Frågor om liftkort?
Har du köpt ett liftkort som inte fungerar i grinden? Gå till kassan vid dalstationen så hjälper vi dig direkt på plats.
Nyheter
Av Jonas Berglund, marknadschef
11 januari 2025
Ny sexstolslift invigd i Norrbacken
Den nya sexstolsliften i Norrbacken invigdes i lördags inför en fullsatt backe, och redan första dagen åkte över tvåtusen gäster med den.
Liften ersätter två gamla släpliftar och tar gästerna upp till toppen på fyra minuter i stället för tio.
– Det här är den största investeringen i anläggningens historia, säger vd Maria Strand.
Liften kostade 60 miljoner kronor och har värmda säten och vindskydd som fälls ner när det blåser.
"""


def test_a_service_boxs_sentence_over_a_dated_and_signed_head_is_no_lead() -> None:
    article = read_dump(_LIFTS)
    assert article.title == "Ny sexstolslift invigd i Norrbacken"
    assert (article.lead or "").startswith("Den nya sexstolsliften i Norrbacken")
    assert "liftkort som inte fungerar" not in spoken_text(article)


_GALLERY = """Kulturhuset Gnistan
Program
Utställningar
Om huset
Bildgalleri
Bild 1 av 6
Publiken samlas i foajén före premiären.
Foto: Eva Malm
Bild 2 av 6
Ensemblen under generalrepetitionen. Längst fram syns Anton Ek och Vera Lind i huvudrollerna.
Foto: Gnistan
Bild 3 av 6
Scenografin är byggd av elever från gymnasiets byggprogram.
Foto: Eva Malm
Bild 4 av 6
Orkestern består av tolv musiker från kulturskolan.
Foto: Eva Malm
Bild 5 av 6
Kostymerna har sytts av föreningen Nål och Tråd.
Foto: Gnistan
Bild 6 av 6
Applåderna ville aldrig ta slut efter föreställningen.
Foto: Eva Malm
Föregående
Nästa
Nyheter
8 mars 2025
Fullsatt premiär för vårens musikal på Gnistan
Över fyrahundra personer såg premiären av musikalen Sommarnatt när Kulturhuset Gnistan öppnade sin nya stora scen i lördags.
Föreställningen spelas tolv gånger till under våren, och flera av dem är redan slutsålda.
– Vi hade aldrig vågat hoppas på ett sådant mottagande, säger regissören Lotta Ahl.
"""


def test_a_two_sentence_caption_between_a_gallery_counter_and_its_credit_is_not_read() -> None:
    article = read_dump(_GALLERY)
    spoken = spoken_text(article)
    assert article.title == "Fullsatt premiär för vårens musikal på Gnistan"
    assert "generalrepetitionen" not in spoken and "Anton Ek och Vera Lind" not in spoken
    assert "Föreställningen spelas tolv gånger till under våren" in spoken


_P = [
    "Hembygdsföreningen i Västra Ed har fått ett bidrag på 80 000 kronor från länsstyrelsen för att renovera den gamla "
    "skolan i byn.",
    "Skolan byggdes 1894 och användes som skola fram till 1962, då barnen i stället fick åka buss in till centralorten.",
    "Nu ska taket läggas om och fönstren renoveras med linoljekitt, så som de en gång gjordes av traktens snickare.",
    "– Huset betyder mycket för alla som har vuxit upp här, och nu kan vi hålla det öppet för besökare igen, säger "
    "ordföranden Gun Eriksson.",
    "Arbetet börjar i april och ska vara klart till hembygdsdagen i augusti, då skolan öppnar med kaffe och utställning.",
    "Föreningen söker också frivilliga som kan hjälpa till med målningen av fasaden under några helger i sommar.",
]
_HEAD = "Hembygdsföreningen Västra Ed\nNyheter\nBidrag ska rädda gamla skolan\n"


def test_a_caption_with_its_verb_opening_a_block_over_a_paragraph_is_not_read() -> None:
    caption = "Gun Eriksson visar de gamla fönstren som ska renoveras."
    dump = _HEAD + "\n\n".join([_P[0], _P[1], f"{caption}\n{_P[2]}", _P[3], _P[4], _P[5]]) + "\n"
    spoken = spoken_text(read_dump(dump))
    assert caption not in spoken
    assert _P[2] in spoken and _P[4] in spoken


def test_a_lists_items_and_a_page_without_blank_lines_are_read() -> None:
    items = ["Taket läggs om med nytt tegel.", "Fönstren renoveras med linoljekitt."]
    dump = _HEAD + "\n\n".join([_P[0], _P[1], "Det här ska göras:", "\n".join(items), _P[3], _P[4], _P[5]]) + "\n"
    spoken = spoken_text(read_dump(dump))
    assert all(item in spoken for item in items)
    glued = _HEAD + "\n".join([_P[0], _P[1], "Gun Eriksson visar de gamla fönstren som ska renoveras.", *_P[2:]])
    assert "Gun Eriksson visar de gamla fönstren" in spoken_text(read_dump(glued + "\n"))


_POST = """Kårhuset Ankaret
Nyheter
Caféet i Ankaret får nytt kök
Caféet i kårhuset Ankaret stänger i två veckor i januari medan köket byggs om, och öppnar igen med en ny meny.

Kåren har sparat till ombyggnaden i tre år, och arbetet görs av ett lokalt byggföretag.

Visa det här inlägget på Instagram
karhusetankaret
Följ
Nytt kök på gång! Vi ses igen den 27 januari ☕ #ankaret
88 gilla-markeringar
Ett inlägg delat av Kårhuset Ankaret (@karhusetankaret)
Köket får en ny ugn och en större disk, så att caféet kan servera varm lunch till fler studenter än i dag.

– Vi har haft långa köer varje lunch, så det här behövs verkligen, säger caféansvariga Moa Lind.

Dela
"""


def test_the_articles_paragraph_glued_under_an_embedded_posts_signature_is_read() -> None:
    spoken = spoken_text(read_dump(_POST))
    assert "Köket får en ny ugn och en större disk" in spoken
    assert "Nytt kök på gång!" not in spoken and "88 gilla-markeringar" not in spoken


_CHOIR = """Kammarkören Vox
Konserter
Om kören
Nyheter
Kören firar trettio år med tre konserter
Kammarkören Vox fyller trettio år i vår och firar med tre konserter i Sankt Olofs kyrka, med musik som kören har sjungit genom åren.

Kören bildades 1995 av kantorn Ingrid Sjö, som fortfarande sjunger i altstämman, och har i dag trettiotvå medlemmar.

Under åren har kören turnerat i Tyskland och Estland, spelat in tre skivor och sjungit vid två kungliga besök i staden.

– Vi vill bjuda tillbaka till alla som har lyssnat på oss i trettio år, säger dirigenten Erik Alm.

Den första konserten bjuder på Bach och Buxtehude, den andra på påskens musik och den sista på sånger som tidigare medlemmar har önskat.

Till majkonserten bjuder kören in alla som har sjungit i Vox genom åren att stå med på scenen i de sista numren.

– Vi har redan fått svar från över fyrtio gamla medlemmar, några av dem bor i dag i Norge och i Skåne, säger Erik Alm.

På programmet i vår
15 mars: Bach och Buxtehude
12 april: Påskens musik
17 maj: Vox trettio år
Biljetter: 150 kr, under 20 år gratis

Dela
Facebook
"""


def test_a_row_glued_under_an_item_labelled_by_its_date_goes_on_with_the_box() -> None:
    lines = [_Line("Vi har redan fått svar från över fyrtio gamla medlemmar, säger Erik Alm.", True),
             _Line("17 maj: Vox trettio år", True), _Line("Biljetter: 150 kr, under 20 år gratis", False)]
    assert continues_box(lines, 2)
    assert not continues_box([lines[0], _Line("Maj: en månad då kören sjunger mycket och ofta ute", False)], 1)


def test_a_programmes_items_labelled_by_their_dates_go_on_under_the_article() -> None:
    spoken = spoken_text(read_dump(_CHOIR))
    assert "17 maj: Vox trettio år" in spoken
    assert "Biljetter: 150 kr, under 20 år gratis" in spoken


def test_the_window_past_the_kept_lines_needs_no_line_said_word_for_word() -> None:
    """Review: the headline said with its label cut off ("Nyheter: …") is not its line's text; the window is still
    made, from the head's line, and no error stops the page."""
    from audiocast.ingest.rescue import Run, _past_kept

    lines = [_Line("Nyheter: Ny bro över ån", True), _Line("En kort rad.", True),
             *[_Line(f"Bron byggs i år och ska vara klar till hösten, säger projektledaren nummer {n}.", True)
               for n in range(3)]]
    windows = _past_kept(lines, Run(2, 4, 39, 3), 0, {"Ny bro över ån"})
    assert len(windows) == 1 and "Bron byggs" in windows[0]
