"""Session 30, from blind set extract108 (12 dumps of new kinds of site, scored at 127a081f before it was read:
headline 91.7 %, leak 7.9 %, recall 0.993; after: 100 %, 0.6 %, 1.000). Each phenomenon named by what holds on any
site, tested on dumps written after the fixes, with other sites and words; the guards beside each:

- a video ad's pre-roll in a web-TV player: "Videon startar efter reklamen", "Hoppa över om 5" (``ad-preroll``),
  never the headline;
- a writer's facts under the site's bio label ("Om skribenten" / name / "Bor: …" / "Gör: …", ``labelruns``), while a
  portrait's facts of the article's subject stay (``portraits``);
- a box of cards under a heading of more closed by the link to all of them ("Fler insändare" … "Visa alla insändare",
  ``sectionboxes._bracket_end``);
- a fault-report row with its number inside the article's own fact box is a row, not the contact box's label;
- a ranked row under a ranked row of the same form and a results box's next group heading ("P15, 20 km") under the last
  group's ranks (``factruns.ranked_rows``, ``factruns.repeats_group_heading``);
- a gallery's title counting its pictures over the counter, and the caption under the counter past the arrows;
- an Instagram embed's link with the account after it;
- a pitch asking the reader the button's action between the paragraphs (``adslots._names_button``), not the article's
  own closing call;
- alike product cards each closed by the same button, and their heading (``pagerepeats.card_tags``);
- an ad under its bare label closed by the advertiser's web address (``adslots.bracketed_ad_tags``).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines, spoken_text

_PLAYER = """Gå till huvudinnehåll
Kanal Norrdal
Nyheter
Sport
Väder
Play
Meny
Åsbacka
Lövnäs
Alla orter
DIREKT: Norrdal Nyheter 18.00
Nyheter
Spela upp
Video
02:10
Annons · Klippet startar efter reklamen
Hoppa över om 7
0:00 / 2:10
Ljud av
Undertexter
Helskärm
Räddningstjänsten pumpade vatten ur källarna hela natten. Reporter Lina Berg är på plats i Åsbacka.
Foto: Olof Sten/Kanal Norrdal
Översvämning i Åsbacka – tjugo källare under vatten
Efter skyfallet på tisdagskvällen står vatten i ett tjugotal källare i Åsbacka. Kommunen öppnar en jourtelefon.
Lina Berg
Reporter
Olof Sten
Fotograf
Publicerad 3 september 2025 kl 06.10
Dela
På kvällen föll över 60 millimeter regn på två timmar, mer än vad det brukar komma under en hel månad.
– Dagvattnet hann helt enkelt inte rinna undan, säger Per Ek på kommunens VA-avdelning.
Villaägarna på Skolgatan drabbades värst, eftersom gatan ligger lägst i området och brunnarna snabbt blev fulla.
Kommunen uppmanar alla som fått vatten i källaren att kontakta sitt försäkringsbolag så snart som möjligt.
"""


def test_a_video_ads_preroll_is_neither_headline_nor_read() -> None:
    art = read_dump(_PLAYER)
    assert art.title == "Översvämning i Åsbacka – tjugo källare under vatten"
    text = spoken_text(art)
    assert "Hoppa över" not in text and "startar efter reklamen" not in text


_BIO = """Norrtidningen
Debatt
Bygg inte ut flygplatsen i Lövsta
Nämndens förslag om en längre landningsbana skulle dubbla bullret över byn, skriver Eva Sund.
Eva Sund
Publicerad 2 maj 2025
Varje sommar flyttar familjer från stan ut till Lövsta för lugnet. Med en dubbelt så lång bana försvinner det lugnet helt.
Kommunens egen bullerutredning visar att ljudnivån vid skolan skulle gå över riktvärdet flera gånger om dagen.
Det finns andra sätt att stärka flygplatsen, till exempel bättre busstrafik och ett nytt terminalkafé.
– Vi är inte emot flyget, vi är emot att byn offras, säger grannen Lars Ek.
Jag uppmanar fullmäktige att säga nej till utbyggnaden när frågan kommer upp i juni.
Eva Sund, ordförande i Lövsta byalag
Om skribenten
Eva Sund
Bor: Lövsta sedan 1989
Gör: Sjuksköterska på vårdcentralen
Aktuell: Samlar namn mot utbyggnaden
Dela artikeln
Facebook
"""

_PORTRAIT = """Sydbladet
Nyheter
Veckans profil: Han bakar bröd åt hela byn
Varje lördag står det kö utanför Olle Brinks bageri i Östby redan klockan sju.
Anna Lind
Publicerad 9 maj 2025
Olle Brink började baka i sin egen köksugn när han gick i pension för fem år sedan.
– Jag tyckte att byn behövde ett riktigt bröd, och nu har det blivit ett heltidsjobb igen, säger han.
I dag bakar han fyrahundra limpor i veckan i det gamla bageriet vid torget.
Fakta
Namn: Olle Brink
Ålder: 71 år
Bor: Östby
Gör: Bagare
Dela artikeln
"""


def test_a_writers_facts_under_the_sites_bio_label_are_the_pages() -> None:
    spoken = spoken_text(read_dump(_BIO))
    for line in ("Bor: Lövsta sedan 1989", "Gör: Sjuksköterska på vårdcentralen", "Aktuell: Samlar namn"):
        assert line not in spoken
    assert "Jag uppmanar fullmäktige" in spoken


def test_a_portraits_facts_of_its_subject_stay() -> None:
    spoken = spoken_text(read_dump(_PORTRAIT))
    for line in ("Namn: Olle Brink", "Ålder: 71 år", "Bor: Östby", "Gör: Bagare"):
        assert line in spoken


_LETTERS = """Mälarposten
Opinion
Insändare
Sätt upp fler papperskorgar i parken
Varje måndag morgon ligger parken vid ån full av skräp efter helgen. Det räcker inte med de fyra korgar som finns.
Jag går där med hunden varje dag och plockar själv det jag orkar, men det borde inte vara min uppgift.
Kommunen säger att det är för dyrt att tömma fler korgar, men vad kostar det att städa upp efteråt?
Sätt upp fler korgar och töm dem oftare på sommaren. Det vore en enkel början.
Hundägare vid ån
Dela
Fler insändare
Gatlyktorna på Bergsvägen är släckta sedan i höstas
Det är beckmörkt när barnen går till bussen och ingen verkar ansvara för att laga dem.
Orolig mamma
Tack till busschauffören på linje 4
Han väntade när min rullator fastnade i dörren och hjälpte mig ombord med ett leende.
Stina, 84 år
Visa alla insändare
Tipsa redaktionen
"""


def test_a_box_of_cards_between_a_heading_of_more_and_its_link_to_all() -> None:
    spoken = spoken_text(read_dump(_LETTERS))
    for line in ("Fler insändare", "Gatlyktorna på Bergsvägen", "Det är beckmörkt", "Orolig mamma",
                 "Tack till busschauffören", "Stina, 84 år"):
        assert line not in spoken
    assert "Sätt upp fler korgar och töm dem oftare" in spoken


_FIBER = """Västra Hovs samfällighet
Start
Nyheter
Vattnet är tillbaka i hela området
Efter tre dagars arbete är den nya vattenledningen vid Hovsbacken inkopplad och alla fastigheter har vatten igen.
Under arbetet grävdes en ny ledning på 400 meter, och den gamla från 1968 kopplades bort för gott.
Entreprenören återställer vägen under nästa vecka. Fram till dess gäller nedsatt hastighet förbi kurvan.
Bra att veta
Vägen asfalteras: vecka 38
Frågor om arbetet: Karl Ny, 070-222 33 44
Felanmälan dygnet runt: Hovs vatten, 0771-12 12 12
Nästa stämma: 14 mars
Hälsningar
Styrelsen
Dela detta:
Facebook
"""


def test_a_fault_report_row_inside_the_articles_fact_box_stays() -> None:
    spoken = spoken_text(read_dump(_FIBER))
    for line in ("Frågor om arbetet: Karl Ny, 070-222 33 44", "Felanmälan dygnet runt: Hovs vatten, 0771-12 12 12",
                 "Nästa stämma: 14 mars"):
        assert line in spoken


_RACE = """Hoppa till innehåll
SK Norrvind
Skidklubben Norrvind · Längd · Skidskytte
Hem
Klubben
Träning
Tävling
Resultat
Kalender
Bli medlem
Tävlingsrapporter
Dubbelseger för Norrvind i Fjällrundan
9 mars, 2025
Per Lid
Lämna en kommentar
Vilken helg för Norrvind! I lördagens Fjällrundan tog Johan Lid och Axel Ström dubbelseger i herrklassen.
Fjällrundan går på en femton kilometer lång bana runt Storsjön, med den branta Tjärnbacken två gånger per varv.
Herrarna: Johan starkast på slutet
Herrklassen åkte fyra varv, sextio kilometer. Axel drog i backarna och Johan satt bakom honom hela loppet.
– Axel gjorde ett otroligt jobb åt mig. Jag behövde bara hänga med, det var hans seger lika mycket som min, säger Johan Lid.
Damerna: Maja vann igen
Damklassen åkte tre varv. Maja Ek från Fjällbyns IF vann för tredje året i rad, och vår Tove Lid blev trea.
Bra dag för juniorerna
I P15 åkte Oskar Berg sitt första lopp för klubben och kom sjua av trettio startande.
Stort tack till arrangörerna och till alla föräldrar och medlemmar som stod längs spåret och hejade!
Resultat i urval
Herrar, 60 km
1. Johan Lid, SK Norrvind, 3.01.12
2. Axel Ström, SK Norrvind, s.t.
3. Erik Sand, Idre SK, +0.40
Damer, 45 km
1. Maja Ek, Fjällbyns IF, 2.40.03
2. Lisa Holm, Idre SK, +1.05
3. Tove Lid, SK Norrvind, +1.05
5. Sara Berg, SK Norrvind, +2.30
P15, 20 km
7. Oskar Berg, SK Norrvind, +4.31
Alla resultat finns hos arrangören.
Text: Per Lid
Foto: Eva Lid
Dela detta:
Facebook
Relaterade
Vårens träningsläger i Idre
Nybörjargrupp startar i december
"""


def test_a_results_boxs_next_group_heading_goes_on_with_the_box() -> None:
    spoken = spoken_text(read_dump(_RACE))
    for line in ("3. Erik Sand, Idre SK, +0.40", "Damer, 45 km", "P15, 20 km", "7. Oskar Berg, SK Norrvind, +4.31"):
        assert line in spoken


_GALLERY = """Fiskeklubben Abborren
Start
Nyheter
2025-06-14
Rekordfångst i sommartävlingen
Över sextio deltagare kom till sommartävlingen vid Stora Lången, och vinnaren fick en gädda på nästan nio kilo.
Bildspel från tävlingen (8 bilder)
Bild 1 av 8
Föregående
Nästa
Anna Falk med den stora gäddan vid bryggan på lördagsmorgonen.
Tävlingen startade klockan sju och pågick till lunch. Det blåste lite, men vattnet var varmt för årstiden.
Vinnaren Anna Falk fick sin gädda redan efter en halvtimme, nära vassen vid norra udden.
– Jag trodde först att jag hade fastnat i en sten, säger hon och skrattar.
Nästa tävling är höstfisket den 20 september.
"""


def test_a_gallerys_counted_title_and_the_caption_past_its_arrows() -> None:
    spoken = spoken_text(read_dump(_GALLERY))
    assert "Bildspel från tävlingen (8 bilder)" not in spoken
    assert "Anna Falk med den stora gäddan" not in spoken
    assert "Tävlingen startade klockan sju" in spoken


_INSTAGRAM = """Bruksparkens teater
Nyheter
Sommarens pjäs är klar: Fröken Julie på Bruksparken
I sommar spelar vi Strindbergs Fröken Julie i parken, med premiär den 28 juni.
Föreställningen spelas utomhus vid den gamla ladan, och publiken sitter på bänkar i gräset.
Regissören Mia Holm har valt att flytta handlingen till femtiotalet.
– Det är en pjäs om makt och klass, och den frågan är lika levande i dag, säger hon.
Biljetterna släpps den 1 maj på teaterns webbplats.
Visa det här inlägget på Instagram bruksparkensteater
Äntligen kan vi berätta! Fröken Julie blir sommarens pjäs 🎭 Premiär 28 juni.
Ett inlägg delat av Bruksparkens teater (@bruksparkensteater)
Fler nyheter
"""


def test_an_instagram_embed_with_its_account_after_the_link_is_not_read() -> None:
    spoken = spoken_text(read_dump(_INSTAGRAM))
    assert "Visa det här inlägget" not in spoken and "Äntligen kan vi berätta" not in spoken
    assert "Biljetterna släpps den 1 maj" in spoken


_AGENCY = """Mäklarhuset Ekbacken
Köpa
Sälja
Bostadsmarknaden i Ekbacken just nu
Hösten har börjat lugnt på bostadsmarknaden, men intresset för radhus är fortsatt stort.
Under september såldes 41 radhus i kommunen, nästan lika många som under samma månad i fjol.
Priserna har legat still sedan i våras, och budgivningarna är färre och kortare än för två år sedan.
Vill du veta vad ditt hus är värt? Boka ett kostnadsfritt hembesök så gör vi en värdering på plats.
Boka hembesök
Vad väntar i vinter?
Räntorna väntas sjunka något under vintern, och det brukar ge fler spekulanter på visningarna i februari.
– Den som vill sälja i vår gör klokt i att förbereda sig redan nu, säger mäklaren Jonas Åkerlund.
"""

_CALL_AT_END = """Naturskyddsföreningen i Östra Hov
Aktuellt
Spara Hovskogen – över 2 000 har skrivit under
Sedan bolaget anmälde avverkning av Hovskogen har över 2 000 personer skrivit under vårt upprop.
Skogen är en av de sista gammelskogarna i kommunen, med tallar som är över 300 år gamla.
Vi lämnar över listan till länsstyrelsen i slutet av månaden, och vi hoppas på ett besked före jul.
Vill du hjälpa till? Skriv under uppropet och berätta om det för dina vänner och grannar.
Skriv under uppropet
Dela
Facebook
"""


def test_a_pitch_asking_the_buttons_action_between_the_paragraphs_is_not_read() -> None:
    spoken = spoken_text(read_dump(_AGENCY))
    assert "Vill du veta vad ditt hus är värt?" not in spoken and "Boka hembesök" not in spoken
    assert "Räntorna väntas sjunka" in spoken


def test_the_articles_own_call_closing_its_text_stays() -> None:
    spoken = spoken_text(read_dump(_CALL_AT_END))
    assert any(line.startswith("Vill du hjälpa till? Skriv under uppropet") for line in spoken_lines(read_dump(_CALL_AT_END)))
    assert "Vi lämnar över listan" in spoken


_SHOP = """Fri frakt över 600 kr
Ängsgårdens gård
Gårdsbutik
Butik
Grönsaker
Bär
Kafét
Blogg
Logga in
Varukorg
0 kr
Blogg
/
Säsong
Jordgubbarna är här! Så gör du vår midsommartårta
Postat av Karin · för 2 dagar sedan
Säsong, Recept
I morse plockade vi de första jordgubbarna på fältet bakom ladan. Nu finns de i butiken.
Årets skörd ser ut att bli god, tack vare en varm och regnig juni med många soltimmar.
Så här gör du tårtan
Tårtan vi bakar varje midsommar är enkel, och den blir alltid bäst med bär som plockats samma dag.
Du behöver:
1 liter jordgubbar
5 dl vispgrädde
2 tårtbottnar
Gör så här:
Vispa grädden fast och skiva jordgubbarna.
Lägg grädde och bär mellan bottnarna och toppa med resten av bären.
Smaklig måltid! Berätta gärna hur det blev nästa gång du handlar hos oss.
Köp till tårtan
Jordgubbar, 1 liter
65 kr
Lägg i kundvagnen
Vispgrädde, 5 dl
32 kr
Lägg i kundvagnen
Tårtbottnar, 2 st
45 kr
Lägg i kundvagnen
Dela
Facebook
Taggar: jordgubbar, recept, midsommar
"""


def test_alike_cards_closed_by_one_repeated_button_and_their_heading() -> None:
    spoken = spoken_text(read_dump(_SHOP))
    for line in ("Köp till tårtan", "Jordgubbar, 1 liter", "65 kr", "Vispgrädde, 5 dl", "Tårtbottnar, 2 st"):
        assert line not in spoken
    assert "Smaklig måltid!" in spoken


_BUSINESS = """Näringsliv Öst
Nyheter
Industri
Verkstaden i Hedby anställer trettio
Hedby Mekaniska får en order värd 200 miljoner kronor och ska anställa trettio personer under nästa år.
Ordern gäller delar till vindkraftverk och ska levereras under tre år, med start i mars.
Annons
Söker du kontor i Hedby? Företagsparken har nya lokaler från 40 kvm med parkering och fiber.
Mer info på hedbyforetagspark.se
– Det är den största ordern i företagets historia, säger vd Maria Lund.
Rekryteringen börjar redan i december, och företaget söker främst svetsare och montörer.
"""


def test_an_ad_closed_by_the_advertisers_web_address_is_not_read() -> None:
    spoken = spoken_text(read_dump(_BUSINESS))
    assert "Söker du kontor i Hedby?" not in spoken and "hedbyforetagspark.se" not in spoken
    assert "Rekryteringen börjar redan i december" in spoken
