"""Session 34, round 1, from blind sets extract125 (session 33's never-read measure, opened now: headline 91.7 %, leak
3.3 % (21/636), recall 0.991 at c3526b50), extract130 and extract131 (written this session by helpers who never read
the rules; scored at c3526b50 before anyone read them: 100 %, 1.2 % (8/683), 0.978 and 91.7 %, 3.6 % (25/684),
0.946). Each phenomenon below was written after its fix, with another site and other words; the guard beside it:

- a service's status box over the head dated by a clock time alone ("Senast uppdaterad 16:55") anchors no head while
  the article's own date line names its day (``headmeta.day_stamps``);
- a music service's player glued into the text, from the service's name to its button ("Spotify" … "Spara på
  Spotify", ``videos.streaming_player_tags``); a sentence naming the service stays;
- a post's counts in one row under its text ("👍 84 · 12 kommentarer · 9 delningar", ``embedboxes.count_row``);
- a map's credit ("Karta: …") is a credit alone, and the caption over it that says it opens larger goes with it
  (``credits``, ``picturelines``); a credit's label in a second language first ("Kuva / Foto: …");
- other news named by their age ("Tidigare nyheter") is a list's label that ends the article;
- a farewell as a closing line's last sentence over its signer ("… Väl mött på banan!" / name / role) and a host
  couple signing ("Göran och Lena Stålberg, värdpar"): the article's close (``letterclose``);
- a site's tagline under its name, glued to it by a dash ("– en lokal krets för …"), is no lead;
- a list's box between the paragraphs that its own link closes ("Kommande i kalendern" … "Alla aktiviteter →"): the
  article goes on under it to its dated foot (``records.linked_box_end``, ``records.foot_below``);
- a web shop's product card over its cart button (``adslots.product_card_tags``);
- an ad's copy glued under its bare label, closed by its button (``labelruns.ad_copy_tags``); without a button the
  article under the label stays;
- an employer's or a shop's pitch box in the middle of the text (``adslots.call_box_tags``: a cry in the site's voice
  over "Se lediga jobb", a box opened by a call over a sentence to the reader);
- a clip's channel name between its player's lines (``videos.channel_tags``);
- fact rows over a service's buttons are no pitch (``records.pitch_tags``);
- the writer's slash signature ("/Karin Ek") closes the article: a match's facts between the last paragraph and the
  signature are the article's, the signature is said as its sign-off (``letterclose.slash_signature_below``), and no
  call form takes the lines over it (``articlenotes``);
- a fact box's label under a label's run ("Fakta: …") opens the article's box (``labelruns``).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_GRID = """Hoppa till innehåll
Vi använder kakor. Läs mer om hur vi använder kakor.
Godkänn
Nordnät
Privat
Företag
Driftinformation
Just nu
4 310 hushåll utan el
Senast uppdaterad 09:42
Se karta över avbrotten
Nordnät / Nyheter
Isstormen: Tusentals hushåll fortfarande utan el i norra länet
Publicerad 14 januari 2025 kl 06:30
Uppdaterad 14 januari 2025 kl 09:42
Just nu är 4 310 hushåll utan el, sedan isbeläggningen på ledningarna fått flera stolpar att brytas under natten.
Våra montörer arbetar i skift och vi räknar med att de flesta får tillbaka strömmen under eftermiddagen.
– Det är tungt arbete i djup snö, och vi prioriterar ledningar till äldreboenden och vattenverk, säger driftchefen Pia Lund.
Hushåll som varit utan el i mer än tolv timmar får ersättning automatiskt.
"""


def test_a_status_box_stamped_with_a_clock_time_is_no_head_beside_a_dated_one() -> None:
    article = read_dump(_GRID)
    assert article.title == "Isstormen: Tusentals hushåll fortfarande utan el i norra länet"


def test_a_clock_stamp_still_anchors_a_head_when_no_line_names_the_day() -> None:
    dump = _GRID.replace("Publicerad 14 januari 2025 kl 06:30\nUppdaterad 14 januari 2025 kl 09:42\n", "")
    dump = dump.replace("4 310 hushåll utan el\nSenast uppdaterad 09:42\nSe karta över avbrotten\n", "")
    dump = dump.replace("Isstormen: Tusentals hushåll fortfarande utan el i norra länet\n",
                        "Isstormen: Tusentals hushåll fortfarande utan el i norra länet\nUppdaterad 09:42\n")
    assert read_dump(dump).title == "Isstormen: Tusentals hushåll fortfarande utan el i norra länet"


_CHOIR = """Sångarförbundet Norrsken
Hem
Nyheter
Konserter
Vårkonserten i domkyrkan blir av – trots renoveringen
12 mars 2025
Kören har fått klartecken att sjunga i domkyrkan den 18 maj, trots att byggnadsställningarna står kvar i koret.
Programmet bjuder på svenska folkvisor, två nyskrivna verk och avslutningsvis Stenhammars Sverige.
Lyssna redan nu
Vi har lagt upp förra årets inspelningar i en lista, så att du kan lyssna in dig inför konserten.
Spotify
Norrsken live 2024
Sångarförbundet Norrsken
1. Vårsång – Norrsken
2. Uti vår hage – Norrsken
Förhandslyssna
Spara på Spotify
Biljetterna släpps den 1 april och kostar 150 kronor, barn under tolv år går in gratis.
Dirigenten Maria Holm hoppas på fullsatt kyrka, och kören har redan börjat repetera de nya verken varje tisdag.
Dela
Facebook
Sångarförbundet Norrsken | Kyrkogatan 2 | info@norrsken.se
"""


def test_a_music_services_player_goes_from_its_name_to_its_buttons() -> None:
    spoken = spoken_text(read_dump(_CHOIR))
    assert "Biljetterna släpps den 1 april" in spoken and "lyssna in dig" in spoken
    for gone in ("Spotify", "Vårsång", "Förhandslyssna", "Norrsken live 2024"):
        assert gone not in spoken


def test_a_sentence_naming_the_service_stays() -> None:
    dump = _CHOIR.replace("Vi har lagt upp förra årets inspelningar i en lista, så att du kan lyssna in dig inför konserten.",
                          "Förra årets inspelningar ligger på Spotify, så att du kan lyssna in dig inför konserten.")
    assert "ligger på Spotify" in spoken_text(read_dump(dump))


_CAFE = """Mötesplats Åsen
Start
Verksamhet
Aktuellt
Läxhjälpen fyller tio år
2025-09-02
Varje måndag och onsdag sitter volontärer i Åsens bibliotek och hjälper barn och unga med läxorna.
Under tio år har över sexhundra elever kommit till läxhjälpen, många av dem varje vecka under hela skoltiden.
– Det bästa är när någon kommer tillbaka och berättar att de har kommit in på den utbildning de ville, säger samordnaren Leila Ahmadi.
Mötesplats Åsen
29 augusti kl. 16:40 ·
Tio år av läxhjälp! 📚 Tack till alla volontärer som ställer upp vecka efter vecka. Vi firar med tårta på måndag!
❤️ 57 · 8 kommentarer · 3 delningar
Visa på Facebook
Fler volontärer behövs
Läxhjälpen söker fler volontärer, särskilt sådana som kan matematik och fysik på gymnasienivå.
Den som vill vara med får en introduktion och går bredvid en erfaren volontär de första gångerna.
"""


def test_a_posts_counts_in_one_row_close_it() -> None:
    spoken = spoken_text(read_dump(_CAFE))
    assert "Tio år av läxhjälp" not in spoken and "kommentarer" not in spoken
    assert "säger samordnaren Leila Ahmadi" in spoken and "går bredvid en erfaren volontär" in spoken


_ROAD = """Länsvägar
Trafik
Vägarbeten
Ny cirkulationsplats vid Norrleden
2025-05-06
Arbetet med den nya cirkulationsplatsen vid Norrleden börjar i juni och beräknas pågå till oktober.
Under arbetet leds trafiken förbi i ett körfält, och hastigheten sänks till trettio kilometer i timmen.
Skiss över den nya cirkulationsplatsen. Klicka för en större bild.
Karta: Trafikverket / Lantmäteriet
Busslinjerna 12 och 14 stannar vid tillfälliga hållplatser under hela arbetet, och tidtabellerna ändras från den 9 juni.
Cyklister leds om via gång- och cykelbanan längs ån.
"""


def test_a_maps_caption_that_opens_larger_goes_with_the_maps_credit() -> None:
    spoken = spoken_text(read_dump(_ROAD))
    assert "Skiss över" not in spoken and "Lantmäteriet" not in spoken
    assert "Busslinjerna 12 och 14" in spoken and "hastigheten sänks" in spoken


def test_a_credit_label_said_in_a_second_language_first_is_a_credit_alone() -> None:
    from audiocast.ingest.credits import is_credit_only

    assert is_credit_only("Kuva / Foto: Anna Kallio")
    assert is_credit_only("Karta: Trafikverket")
    assert not is_credit_only("Kartan visar var bron ska byggas.")


_GOLF = """Björkhaga Golfklubb
Banan
Medlem
Nyheter
Säsongen startar på lördag
2025-04-10
Efter en mild vinter är greenerna i fint skick, och vi öppnar alla arton hålen redan i helgen.
Vagnförbud gäller fram till den 25 april, eftersom marken fortfarande är blöt på flera fairways.
Vi hoppas på en lång och härlig säsong. Väl mött på första tee!
Karin Sjöberg
Klubbchef
Dela
Tidigare nyheter
Nya medlemsavgifter 2025 – protokollet publicerat
2025-03-01
Nu finns protokollet från årsmötet den 22 februari att läsa under Klubben. Årsmötet beslutade att höja medlemsavgiften med 200 kronor.
Läs mer
Juniorlägret är fullt
2025-02-12
Sommarens juniorläger blev fullt på tre dagar, och vi har öppnat en kölista för den som vill stå på tur.
Läs mer
Våra samarbetspartners
Björkhaga Bil
Björkhaga Golfklubb
Golfvägen 2
"""


def test_other_news_named_by_their_age_end_the_article_and_its_farewell_stays() -> None:
    spoken = spoken_text(read_dump(_GOLF))
    assert "Väl mött på första tee!" in spoken
    assert "Nya medlemsavgifter" not in spoken and "höja medlemsavgiften" not in spoken


_CAMPING = """Sjöviks Camping
Boka
Stugor
Aktuellt
Nu öppnar vi för säsongen
2025-04-28
Stugorna är städade, bryggan är lagd och kiosken har fyllt på glassfrysen. På fredag öppnar vi för säsongen.
I vinter har vi byggt ett nytt servicehus med bastu och tvättstuga vid den övre platsen.
– Gästerna har önskat en bastu i många år, och nu blev det äntligen av, säger värdparet.
Nya kanoter att hyra
Vi har köpt in sex nya kanoter som gästerna kan hyra per timme eller dag. Flytvästar i alla storlekar ingår i hyran.
Öppettider receptionen
1 maj – 15 juni: 10.00–18.00
16 juni – 20 augusti: 08.00–22.00
Vi längtar efter att få träffa er igen. Varmt välkomna!
Göran och Lena Stålberg, värdpar
Dela
Fler nyheter
Påsken på Sjövik
"""


def test_a_hosts_welcome_and_their_signature_close_the_article_with_its_box() -> None:
    spoken = spoken_text(read_dump(_CAMPING))
    assert "Varmt välkomna!" in spoken and "16 juni – 20 augusti" in spoken
    assert "Påsken på Sjövik" not in spoken


_KRETS = """Till innehållet
Ådalens Fågelklubb
– en lokal förening för fåglar och natur sedan 1968
Bli medlem
Hem
Aktuellt
Kalender
Exkursioner
Kontakt
Aktuellt
›
Inventeringar
Rekordmånga havsörnar räknades vid vinterns inventering
Vid årets midvinterinventering räknade klubbens medlemmar 41 havsörnar längs älven, fler än någon gång tidigare.
Inventeringen görs varje år den andra helgen i januari och samordnas av BirdLife Sverige.
– Havsörnen har verkligen kommit tillbaka. På sjuttiotalet såg vi knappt någon alls, säger klubbens ordförande Per Ek.
Kommande i kalendern
Lör 8 mars kl. 08.00 – Ugglelyssning i Sörskogen
Sön 23 mars kl. 10.00 – Vårfåglar vid Kvarnsjön
Alla aktiviteter →
Inventeringen i siffror
Havsörnarna var flest vid kraftverksdammarna, där vattnet håller sig öppet hela vintern och fisken är lätt att nå.
Resultaten skickas nu till Naturhistoriska riksmuseet, som sammanställer inventeringen för hela landet under våren.
Per Ek, ordförande
Publicerad 2025-01-20
Dela på Facebook
Senaste inläggen
Ny fågeltorn vid Kvarnsjön
"""


def test_a_sites_tagline_under_its_name_is_no_lead() -> None:
    article = read_dump(_KRETS)
    assert article.title == "Rekordmånga havsörnar räknades vid vinterns inventering"
    assert "en lokal förening" not in spoken_text(article)


def test_a_list_closed_by_its_link_between_the_paragraphs_does_not_end_the_article() -> None:
    spoken = spoken_text(read_dump(_KRETS))
    assert "Naturhistoriska riksmuseet" in spoken and "kraftverksdammarna" in spoken
    assert "Ugglelyssning" not in spoken and "Alla aktiviteter" not in spoken


def test_without_the_articles_dated_foot_the_list_still_ends_it() -> None:
    dump = _KRETS.replace("Publicerad 2025-01-20\n", "")
    assert "Ugglelyssning" not in spoken_text(read_dump(dump))


_STORE = """Bygghörnan Lidköping
Butiken
Tips & råd
Så målar du ditt trädäck
2025-05-14
Ett trädäck som får ny färg vart femte år håller betydligt längre, säger vår färgexpert Oskar Lind.
Börja med att tvätta däcket ordentligt och låt det torka i minst två dygn innan du målar.
Däcktvätt koncentrat 1 l
129 kr/st
Finns i lager i Lidköping
Lägg i varukorg
Måla när det är uppehållsväder
Färgen behöver torka i lugn och ro, så undvik att måla när det är risk för regn inom ett dygn.
Två tunna strykningar håller bättre än en tjock, och penseln tar sig in i skarvarna bättre än en roller.
"""


def test_a_shops_product_card_over_its_cart_button_goes() -> None:
    spoken = spoken_text(read_dump(_STORE))
    assert "129 kr/st" not in spoken and "Finns i lager" not in spoken and "Däcktvätt" not in spoken
    assert "låt det torka i minst två dygn" in spoken and "Två tunna strykningar" in spoken


_TROT = """Nyheter
Sport
Trav
Storfavoriten tillbaka efter skadan
2025-06-02
Efter nästan ett års uppehåll gör sexåringen Silverpilen comeback på Solänget på lördag.
Tränaren Lars Wik berättar att hästen har gått flera fina jobb på hemmabanan de senaste veckorna.
Annons
Spelbolaget
Tippa helgens omgång – storpott på lördag! Över 20 miljoner i potten.
Spela här
18+ | Spela ansvarsfullt
– Han känns starkare än någonsin, men vi tar det lopp för lopp, säger Lars Wik.
Silverpilen startar från spår fyra bakom bilen i lördagens femte lopp, och hon körs av Wiks dotter Elin.
Dela artikeln
Facebook
Mest läst
Ny ridhall invigd i Åsen
© 2025 Travnytt
"""


def test_an_ads_copy_under_its_label_goes_with_its_button() -> None:
    spoken = spoken_text(read_dump(_TROT))
    assert "Spelbolaget" not in spoken and "storpott" not in spoken
    assert "Han känns starkare än någonsin" in spoken and "spår fyra" in spoken


def test_under_an_ad_label_without_a_button_the_article_goes_on() -> None:
    dump = _TROT.replace("Spelbolaget\nTippa helgens omgång – storpott på lördag! Över 20 miljoner i potten.\nSpela här\n", "")
    assert "Han känns starkare än någonsin" in spoken_text(read_dump(dump))


_CARE = """Omsorgshuset
Om oss
Nyheter
Trädgårdsgruppen på Lindgården
2025-06-10
Varje torsdag odlar de boende på Lindgården grönsaker i pallkragarna på innergården.
Aktivitetsledaren Eva Strand säger att trädgårdsgruppen blivit veckans populäraste stund.
Vi söker sommarvikarier till Lindgården! Undersköterskor och vårdbiträden.
Se lediga jobb
Skörden går till köket
Det som skördas i pallkragarna lagas till i boendets kök, och i augusti blir det skördefest för boende och anhöriga.
– Det är fint att få äta det man själv har odlat, säger Gunnar, 88 år.
"""


def test_an_employers_cry_over_its_vacancies_button_goes_mid_text() -> None:
    spoken = spoken_text(read_dump(_CARE))
    assert "sommarvikarier" not in spoken and "lediga jobb" not in spoken
    assert "skördefest" in spoken


_SKI = """Fjällbyn
Boka
Skidåkning
Nyheter
Spåren är preparerade
2025-11-28
Efter veckans snöfall har vi kunnat preparera alla längdspår runt sjön, sammanlagt fyrtio kilometer.
Spåren dras varje morgon före klockan åtta, och elljusspåret är tänt till klockan nio på kvällen.

Boka skidhyra online
Hyr dina skidor i förväg, så slipper du köa när du kommer.
Hyr skidor

Skoterlederna väntar
Skoterlederna öppnar först när snödjupet i skogen är minst trettio centimeter, vilket kan dröja till januari, uppger föreningen.

Dela
Facebook

Fjällbyn AB | Fjällvägen 1 | 0647-123 45
"""


def test_a_box_opened_by_a_call_over_a_sentence_to_the_reader_goes() -> None:
    spoken = spoken_text(read_dump(_SKI))
    assert "Hyr dina skidor" not in spoken and "skidhyra" not in spoken
    assert "trettio centimeter" in spoken


_BASKET = """Nyheter
Match
Seger i derbyt
2025-02-09
Hemmalaget vände ett underläge i halvtid till seger med 77–70 inför fullsatt hall.
Se matchens mål
▶ 2:48
Föreningens TV
Höjdpunkter: Hemmalaget–Gästerna 77–70
Lagkaptenen Erik Berg gjorde 24 poäng och tog nio returer i sin bästa match för säsongen.
"""


def test_a_clips_channel_between_the_players_lines_goes() -> None:
    spoken = spoken_text(read_dump(_BASKET))
    assert "Föreningens TV" not in spoken and "Erik Berg gjorde 24 poäng" in spoken


_BUS = """Länsbussarna
Reseplanerare
Trafikläget
Nyheter

Linje 5 leds om förbi Torget
Publicerad: 2025-03-10 09:00

När gatan vid Torget grävs upp leds linje 5 om via Parkvägen under tre veckor.

Gäller från: måndag 17 mars
Gäller till och med: söndag 6 april
Berörda hållplatser: Torget, Kyrkan
Lägg till i Mina linjer
Prenumerera på störningar via sms

Hållplatserna Torget och Kyrkan trafikeras inte, och en tillfällig hållplats sätts upp vid Parkvägen 3.
"""


def test_fact_rows_over_a_services_buttons_are_no_pitch() -> None:
    spoken = spoken_text(read_dump(_BUS))
    assert "Gäller från: måndag 17 mars" in spoken and "Berörda hållplatser: Torget, Kyrkan" in spoken


_BANDY = """Nyheter
Herrar
Seger i sista sekunden
2025-01-18
Vallen IK vann hemmamatchen mot Forsby med 4–3 efter ett mål i den sista minuten.
– Vi slutade aldrig tro på det, säger tränaren Ola Nord.
Nu återstår två omgångar av grundserien, och laget ligger trea i tabellen.

Vallen IK – Forsby BK 4–3 (1–2)
Målen: 0–1 (5) Jon Ek, 1–1 (22) Per Ås, 1–2 (40) Jon Ek, 2–2 (61) Ali Said, 3–2 (70) Per Ås, 3–3 (84) Leo Berg, 4–3 (90) Ali Said
Publik: 845
/Karin Ek

Dela artikeln
Facebook
"""


def test_a_writers_slash_signature_keeps_the_match_facts_above_it() -> None:
    spoken = spoken_text(read_dump(_BANDY))
    assert "Publik: 845" in spoken and "Vallen IK – Forsby BK 4–3 (1–2)" in spoken
    assert "/Karin Ek" in spoken and "Dela artikeln" not in spoken


_NEWSPAPER = """Näringsliv
Nyheter
Verkstaden varslar 90
2025-10-01
Norrmark Industri varslar 90 anställda i Kolbäcken, främst inom produktionen.
– Orderingången har minskat kraftigt sedan i våras, säger vd Anna Holm.
Nyhetsbrev
Få veckans viktigaste näringslivsnyheter i din inkorg.
Din e-postadress
Prenumerera
Fakta: Norrmark Industri
Grundat 1952 i Kolbäcken.
Tillverkar växellådor till tunga fordon.
Antal anställda: cirka 480.
Facket vill att företaget erbjuder frivilliga avgångar innan några uppsägningar sker, och förhandlingarna börjar i nästa vecka.
"""


def test_a_fact_boxs_label_under_a_newsletter_box_opens_the_articles_box() -> None:
    spoken = spoken_text(read_dump(_NEWSPAPER))
    assert "Fakta: Norrmark Industri" in spoken and "Grundat 1952 i Kolbäcken." in spoken
    assert "Din e-postadress" not in spoken
