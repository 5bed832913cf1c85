"""Round 11 (blind set 9, ``tests/data/extract/b9-*``): a notice banner topping the page, a reading-time line under the date, a fact box's author line, a
calendar's entries naming the article's places, opinion notices and compound byline roles.

Every dump here was written after the change, for fictional sites and articles; none copies a blind case. The
classifier is the shipped one, as a reader of ``audiocast render`` has it.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _spoken_lines
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.html import extract_html

MENU = "\n".join(["Tjänster", "Bygglov", "Parkering", "Vatten och avlopp", "Skola", "Omsorg", "Kultur och fritid",
                  "Näringsliv", "Mina ärenden", "Jobba hos oss", "Nyheter"])


def test_a_notice_banner_on_top_of_a_long_menu_does_not_lose_the_article() -> None:
    dump = (
        "Viktigt meddelande: Simhallen i Byholm håller stängt måndag 3 mars på grund av ett vattenläckage.\n"
        f"Läs mer\nStäng\nByholms Energi\n{MENU}\n"
        "Elnätet förstärks i östra Byholm under våren\n"
        "Publicerad 28 februari 2025\n"
        "Under april och maj gräver vi ned nya elkablar längs Kvarnvägen och Lärkstigen. Arbetet gör elnätet "
        "tåligare mot stormar och ger plats för fler laddboxar.\n"
        "De boende längs gatorna får ett brev med tider för korta avbrott i strömmen, som mest en timme åt gången.\n"
        "– Vi försöker göra avbrotten mitt på dagen, när färre är hemma, säger projektledaren Kim Sjöberg.\n"
    )
    article = _read(dump)
    assert article.title == "Elnätet förstärks i östra Byholm under våren"
    assert article.lead is not None and article.lead.startswith("Under april och maj")
    assert "Kim Sjöberg" in _spoken(article) and "vattenläckage" not in _spoken(article)


def test_a_reading_time_under_the_date_does_not_make_the_lead_a_banner() -> None:
    dump = (
        "Norrbyns Tidning\nNyheter\nKultur\nSport\n\nKultur\n\n"
        "Körens julkonsert fyllde kyrkan till sista plats\n\n"
        "Norrbyns kammarkör bjöd på en konsert med både Bach och nyskriven musik, och publiken stod upp i tio minuter.\n\n"
        "Lena Holm\nKulturskribent\nPublicerad 14 december 2025\nLäsningstid: 2 min\n\n"
        "Kyrkan var fullsatt redan en halvtimme före konserten, och kyrkvärdarna fick bära in extra stolar från "
        "församlingshemmet.\n\n"
        "Kören under ledning av Eva Strand inledde med en koral som sjöngs från läktaren.\n"
    )
    article = _read(dump)
    assert article.title == "Körens julkonsert fyllde kyrkan till sista plats"
    assert article.lead is not None and article.lead.startswith("Norrbyns kammarkör bjöd")
    spoken = _spoken(article)
    assert "Kulturskribent" not in spoken and "Läsningstid" not in spoken and "extra stolar" in spoken


def test_a_role_under_the_writers_name_is_not_read_nor_taken_for_the_headline() -> None:
    dump = (
        "Västbygdens Allehanda\nNyheter\nÅsikter\n\nLedare\n"
        "Per Alm\nPolitisk redaktör\nPublicerad 2 maj 2025\n"
        "Det här är en ledartext. Västbygdens Allehandas ledarsida är oberoende moderat.\n"
        "Skolskjutsarna måste räcka till alla\n"
        "När kommunen ritar om skolskjutsarna i höst riskerar barnen i de minsta byarna att få de längsta dagarna. "
        "Det är fel väg att gå.\n"
        "En elev i Lillmyra kan i dag åka en timme enkel väg. Med det nya förslaget blir det en och en halv.\n"
    )
    article = _read(dump)
    assert article.title == "Skolskjutsarna måste räcka till alla"
    spoken = _spoken(article)
    assert "Politisk redaktör" not in spoken and "ledartext" not in spoken and "Lillmyra" in spoken


def test_an_author_line_in_a_fact_box_of_labels_is_read() -> None:
    dump = (
        "Forsby Hembygdsförening\nStart\nAktuellt\n\n"
        "Gamla brev från Amerika lämnades in till arkivet\n"
        "Publicerad 3 mars 2025\n"
        "En familj i Forsby har lämnat in ett fyrtiotal brev som en utvandrad släkting skrev hem på 1890-talet.\n"
        "Breven berättar om livet på en farm i Minnesota och om längtan hem till byn.\n"
        "Om breven\n"
        "Av: Johan Persson (1871–1944), dräng från Forsby.\n"
        "Antal: 42 brev och två fotografier.\n"
        "Period: 1891–1899.\n"
        "Breven kommer att visas i hembygdsgården under sommaren.\n"
        "Dela\n"
    )
    spoken = _spoken(_read(dump))
    assert "Johan Persson (1871–1944)" in spoken and "42 brev" in spoken


def test_the_calendar_of_a_club_under_the_article_is_not_read_even_where_it_names_the_article() -> None:
    dump = (
        "Forsby Hembygdsförening\nStart\nAktuellt\n\n"
        "Gamla brev från Amerika lämnades in till arkivet\n"
        "Publicerad 3 mars 2025\n"
        "En familj i Forsby har lämnat in ett fyrtiotal brev som Johan Persson skrev hem från Minnesota på 1890-talet.\n"
        "Breven ska visas i hembygdsgården i Forsby under sommaren, tillsammans med en karta över hans resa.\n"
        "Kommande aktiviteter\n"
        "12 apr kl. 14.00\nBrevläsning: Johan Perssons Amerikabrev\nHembygdsgården, Forsby\n"
        "20 apr kl. 10.00\nStädning av hembygdsgården\nForsby hembygdsgård\n"
        "4 maj kl. 18.00\nMedlemsmöte i Forsby\nAlla evenemang\n"
    )
    spoken = _spoken(_read(dump))
    assert "karta över hans resa" in spoken
    assert "Brevläsning" not in spoken and "Städning av hembygdsgården" not in spoken and "Medlemsmöte" not in spoken


FACT_TABLE_PAGE = """<!doctype html><html lang="sv"><head><title>Fler elever klarar simprovet | Forsviks kommun</title></head>
<body><header><nav><a href="/">Start</a> <a href="/skola">Skola</a></nav></header>
<main><article>
<h1>Fler elever klarar simprovet i årskurs sex</h1>
<p class="ingress">Andelen sjätteklassare i Forsvik som klarar simkunnighetsprovet har ökat för tredje året i rad.
Kommunens extra simlektioner på sommarlovet lyfts fram som förklaringen.</p>
<p>Sedan 2022 erbjuder kommunen två veckors avgiftsfri simskola i juni till alla elever som inte klarat provet i
femman. I år deltog 64 elever, och nästan alla klarade provet till hösten.</p>
<p>– Att kunna simma är en fråga om liv och död, och vi vill att alla barn ska få samma chans, säger
utbildningschefen Malin Öberg.</p>
<div class="faktaruta"><h3>Simkunnighet per skola</h3>
<table><thead><tr><th>Skola</th><th>Elever</th><th>Klarar provet</th></tr></thead>
<tbody><tr><td>Björkskolan</td><td>58</td><td>55</td></tr>
<tr><td>Åsens skola</td><td>31</td><td>29</td></tr>
<tr><td>Centralskolan</td><td>112</td><td>104</td></tr></tbody></table>
<p>Siffrorna gäller läsåret 2024/25.</p></div>
</article></main>
<footer><p>Forsviks kommun, Torget 1</p></footer></body></html>"""


def test_a_table_in_a_fact_box_is_read_row_by_row() -> None:
    article = extract_html(FACT_TABLE_PAGE, "forsvik.html")
    boxes = [b for b in article.blocks if b.items]
    assert boxes and boxes[0].text == "Simkunnighet per skola"
    assert "Åsens skola – 31 – 29" in boxes[0].items and "Centralskolan – 112 – 104" in boxes[0].items
    assert boxes[0].items[-1] == "Siffrorna gäller läsåret 2024/25."


def test_a_date_line_with_its_time_zone_anchors_the_press_releases_headline() -> None:
    dump = (
        "Pressrummet\nUtforska\nLogga in\nSkogsbrukets Maskin AB\nFölj\nNyheter\nBilder\nKontakter\n"
        "Pressmeddelande\n3 juni 2025 09:30 CEST\n"
        "Skogsbrukets Maskin öppnar verkstad i Lillå och anställer tolv\n"
        "Skogsbrukets Maskin AB öppnar en ny serviceverkstad för skogsmaskiner i Lillå i höst. Verkstaden blir "
        "bolagets fjärde i landet.\n"
        "– Kunderna i norra länet har haft långt till service, säger vd Tomas Ek.\n"
    )
    article = _read(dump)
    assert article.title == "Skogsbrukets Maskin öppnar verkstad i Lillå och anställer tolv"
    assert article.published is not None and article.published.hour == 9


THREAD = (
    "Bygdesnack\nForum\nSök\nLogga in\nBygdesnack › Orter › Älvby\nSida 1 av 3\n"
    "Ny cykelväg till Älvby skola – när blir den klar?\n"
    "#1\n2025-04-02, 18:10\nCykelpappa\nReg. datum: Feb 2016\nInlägg: 312\n"
    "Vägverket satte upp skyltar om en ny cykelväg längs landsvägen redan i höstas, men inget har hänt sedan dess. "
    "Någon som vet mer?\n"
    "Citera\nSvara\n"
    "#2\n2025-04-02, 19:44\nälvbybon\nReg. datum: Maj 2011\nInlägg: 4 021\n"
    "Enligt kommunens hemsida ska bygget börja i maj och vara klart till skolstarten i augusti.\n"
    "Citera\nSvara\n"
    "#3\n2025-04-03, 07:15\nLinnea_K\nReg. datum: Jan 2022\nInlägg: 19\n"
    "Citat:\nUrsprungligen postat av älvbybon\n"
    "Enligt kommunens hemsida ska bygget börja i maj och vara klart till skolstarten i augusti.\n"
    "Det stämmer, men entreprenören har sagt till föräldraföreningen att det kan dra ut till oktober.\n"
    "Citera\nSvara\n"
    "Sida 1 av 3\n1\n2\n3\nNästa ›\nSnabbt svar\nDu måste vara inloggad för att svara.\n"
    "Liknande trådar\nTråd\nSvar\n"
    "Senaste inlägg\nNy busslinje till Älvby från augusti?\nmotorbo\nTrafik\n2025-03-30 12:02\n"
    "Älvby skola ska byggas ut\nskolfröken\nSkola\n2025-02-11 08:45\n"
    "Alla tider är GMT +1. Klockan är nu 22:10.\n"
)


def test_a_forum_threads_opening_post_is_read_and_its_replies_with_heads_and_quotes_are_not() -> None:
    article = _read(THREAD)
    assert article.title == "Ny cykelväg till Älvby skola – när blir den klar?"
    spoken = _spoken(article)
    assert "Vägverket satte upp skyltar" in spoken and "Någon som vet mer?" in spoken  # the opening post: the article
    # The replies are comments: not read, with their heads, their quotes of earlier posts and their buttons.
    for furniture in ("entreprenören har sagt", "skolstarten i augusti", "Reg. datum", "Inlägg: 4 021", "älvbybon",
                      "Linnea_K", "Citera", "Ursprungligen", "Sida 1 av 3"):
        assert furniture not in spoken


def test_a_forum_reply_with_a_long_paragraph_is_a_comment_and_a_long_opening_post_is_read() -> None:
    reply = ("Jag var på samrådsmötet i tisdags och där sa kommunens projektledare att upphandlingen blev försenad "
             "eftersom bara ett anbud kom in och det var dubbelt så dyrt som budgeten. Nu görs en ny upphandling under "
             "våren, och om den går bättre kan arbetet börja i september. Hon lovade också att skolvägen ska hållas "
             "öppen under hela bygget och att det ska finnas vakter vid övergångsstället på morgnarna när barnen går.")
    assert len(reply.split()) > 60
    dump = (
        "Byaportalen\nDiskussioner\nLogga in\nByaportalen › Trafik › Norrby\n"
        "Ny bro över Norrån – har någon hört något?\n"
        "Inlägg #1\n2025-05-12, 08:02\nAnna Berg\nMedlem\n"
        "Brobygget över Norrån skulle ha startat i mars enligt kommunens plan. Nu är det maj och inget har hänt.\n"
        "Den gamla bron har viktbegränsning sedan i fjol, så bussen får åka omvägen via Sörby.\n"
        "Gilla\nCitera\nSvara\n"
        "Inlägg #2\n2025-05-12, 09:30\nNils Ek\nMedlem\n"
        f"{reply}\n"
        "Gilla\nCitera\nSvara\n3 reaktioner\n"
        "Logga in för att svara\n"
    )
    spoken = _spoken(_read(dump))
    assert "inget har hänt" in spoken and "viktbegränsning" in spoken  # the opening post
    for comment in ("samrådsmötet", "Nils Ek", "3 reaktioner", "Citera"):
        assert comment not in spoken


def test_a_list_under_its_label_at_the_end_of_a_dump_without_blank_lines_is_not_read() -> None:
    spoken = _spoken(_read(THREAD))
    assert "Ny busslinje till Älvby" not in spoken and "skolfröken" not in spoken and "Snabbt svar" not in spoken


def test_a_blogs_name_over_its_description_is_not_the_headline_under_the_date() -> None:
    dump = (
        "Nästa blogg»\nSkapa blogg\nLogga in\n"
        "Per på Stenholmen\n"
        "Om skärgårdsliv, båtar och allt som går sönder i ett gammalt hus.\n"
        "torsdag 6 mars 2025\n"
        "Ska vi som bor här året runt simma till fastlandet?\n"
        "I dag fick vi veta att regionen vill dra ned vintertrafiken till Stenholmen från fem turer om dagen till två. "
        "Per Lund, som skriver det här, har bott på ön i trettio år.\n"
        "Jag har ringt trafikförvaltningen och fått beskedet att förslaget ska upp i nämnden i april.\n"
        "Postat av Per Lund kl. 20:31\n"
    )
    assert _read(dump).title == "Ska vi som bor här året runt simma till fastlandet?"


def test_a_greeting_under_the_headlines_date_line_is_not_the_headline() -> None:
    dump = (
        "Båtklubben Ankaret\nHem\nNyheter\nKontakt\n\n"
        "Sjösättningen flyttas till den 10 maj\n"
        "Publicerat 2 april 2025 av Kjell Berg\n\n"
        "Hej alla båtägare!\n\n"
        "Isen har legat kvar länge i viken i år, och styrelsen har därför beslutat att flytta sjösättningen en vecka.\n\n"
        "Kranen är bokad från klockan åtta, och vi behöver som vanligt hjälp med uppställningen.\n"
    )
    assert _read(dump).title == "Sjösättningen flyttas till den 10 maj"


def test_a_gallerys_caption_over_its_counter_and_credit_is_neither_lead_nor_text() -> None:
    dump = (
        "Bergslagens Tidning\nMeny\nSök\nLogga in\nSerie: Hantverkare\n"
        "Nils Ek svarvar en skål av björk i verkstaden bakom huset.\n"
        "1 / 6\nFoto: Lisa Holm\n"
        "REPORTAGE\n"
        "Svarvaren i Björkbacka\n"
        "I fyrtio år har Nils Ek svarvat skålar och ljusstakar i sin verkstad. Nu lär han ut hantverket till byns "
        "ungdomar.\n"
        "Text: Maja Sten\nPublicerad 3 augusti 2025\n"
        "Verkstaden luktar av nysågat trä och linolja. På hyllorna står hundratals skålar i olika storlekar.\n"
        "Verkstaden ligger i en gammal lada bakom boningshuset.\n"
        "2 / 6\nFoto: Lisa Holm\n"
        "– Det viktigaste är att man har respekt för verktygen, säger Nils Ek.\n"
    )
    article = _read(dump)
    assert article.title == "Svarvaren i Björkbacka"
    assert article.lead is not None and article.lead.startswith("I fyrtio år")
    spoken = _spoken(article)
    assert "svarvar en skål av björk" not in spoken and "ligger i en gammal lada" not in spoken
    assert "respekt för verktygen" in spoken


def test_a_date_line_in_lowercase_is_not_joined_to_a_long_headline_ending_in_a_quote() -> None:
    dump = (
        "Lillåns Tidning\nNyheter\nFamilj\nLogga in\nFamilj\nFödelsedagar\nMinnesord\nFamilj\n100 år\n"
        "Elsa, 100, bakar fortfarande bullar till hela byn – ”Det är degen som håller mig ung, inget annat”\n"
        "tis 4 mars 2025 07:00\n"
        "På lördag fyller Elsa Nordin 100 år. Hon firar med kaffe och bullar i bygdegården, och alla är välkomna.\n"
        "Elsa Nordin i köket. Arkivbild.\nBild: Lillåns Tidning\n"
        "Elsa har bott i samma hus i Lillå sedan 1948, då hon gifte sig med Gösta.\n"
    )
    article = _read(dump)
    assert article.title.startswith("Elsa, 100, bakar fortfarande bullar") and article.title.endswith("inget annat”")
    assert article.published is not None and article.published.day == 4
    spoken = _spoken(article)
    assert "Arkivbild" not in spoken and "samma hus i Lillå" in spoken


REVIEW = (
    "Dalbygdens Kuriren\nSök\nMeny\nKultur\n"
    "Dansföreställningen som får publiken att hålla andan\n"
    "Dalbygdens danskompani tar sig an vinterns mörker i en föreställning som är både vacker och obehaglig.\n"
    "Jonas Ahl\nKulturskribent\nPublicerad 20 januari 2026\n"
    "Sex dansare rör sig långsamt över en scen täckt av konstsnö, medan en ensam cello spelar i mörkret bakom dem.\n"
    "Koreografen Tindra Holm har hämtat rörelserna från hur djur beter sig i kyla, och det syns i varje sekvens.\n"
    "Efter en timme är det svårt att inte själv känna kylan krypa in under tröjan, och det är ett gott betyg.\n"
    "Dans\nVinterljus\nKoreografi: Tindra Holm\nMusik: Erik Sand\nSpelas till och med 14 februari\n"
)


def test_an_ad_under_the_articles_fact_box_and_a_writers_bio_under_its_label_are_not_read() -> None:
    dump = REVIEW + (
        "Annons\nBiljetter till Vinterljus\nDalbygdens teater · 10 januari–14 februari\nKöp biljett\n"
        "Mer kultur\nBokcirkeln som har läst ihop i 40 år\nRecension: Julkonserten var en triumf\n"
        "Om skribenten\n"
        "Jonas Ahl är frilansande kulturskribent och har skrivit om dans och teater för Dalbygdens Kuriren sedan 2015.\n"
        "Dalbygdens Kuriren\nStorgatan 12, 791 30 Dalby\nAnsvarig utgivare: Eva Nord\n"
    )
    spoken = _spoken(_read(dump))
    assert "Koreografi: Tindra Holm" in spoken and "Spelas till och med 14 februari" in spoken
    for furniture in ("Biljetter till Vinterljus", "10 januari–14 februari", "Bokcirkeln", "frilansande", "Storgatan 12"):
        assert furniture not in spoken


def test_a_gallerys_blurb_after_result_and_download_links_is_not_read() -> None:
    dump = (
        "Forsbyloppet\nStart\nResultat\nAnmälan\n"
        "Ny segrare i Forsbyloppet efter spurtstrid\n"
        "Publicerad 8 september 2025\n"
        "Elin Sjö vann damklassen och Oskar Brand herrklassen när Forsbyloppet avgjordes i strålande sol på lördagen.\n"
        "Över 900 löpare kom i mål, vilket är nytt deltagarrekord för loppet som arrangerades för tjugonde gången.\n"
        "Topp 3 damer\n1. Elin Sjö, Forsby IF, 38.12\n2. Mia Hed, Lillå SK, 38.40\n3. Ida Rask, Forsby IF, 39.05\n"
        "Fullständiga resultat\nLadda ner resultatlista (pdf)\nLadda ner ditt diplom\n"
        "Bilder från loppet\n"
        "Nära 600 bilder från start, bana och målgång finns nu i vårt bildgalleri, tagna av Nils Ek och Sara Hed.\n"
        "Till bildgalleriet\nAnmälan till Forsbyloppet 2026 öppnar 1 mars!\nVåra partners\nForsby Sparbank\n"
    )
    spoken = _spoken(_read(dump))
    assert "3. Ida Rask, Forsby IF, 39.05" in spoken and "nytt deltagarrekord" in spoken
    assert "bildgalleri" not in spoken and "Forsby Sparbank" not in spoken


def test_a_call_for_letters_after_the_share_buttons_is_not_read() -> None:
    dump = (
        "Lillå Tidning\nNyheter\nDebatt\nInsändare\n"
        "Varför töms inte återvinningsstationen oftare?\n"
        "Publicerad 3 juni 2025\n"
        "Varje helg svämmar återvinningsstationen vid Lillå torg över av kartonger och glas. Det ser för bedrövligt ut.\n"
        "Jag har ringt kommunen två gånger utan att något har hänt. Hur länge ska vi behöva ha det så här?\n"
        "Trött granne\n"
        "Dela\nFacebook\nX\nMejla\n"
        "Skriv en insändare\n"
        "Har du också åsikter om hur kommunen sköter återvinningen? Skicka in din text till redaktionen. Vi publicerar "
        "inte anonyma insändare, men du får skriva under med signatur.\n"
        "Fler insändare\n”Bygg fler bänkar i parken”\nTack till hemtjänsten\n"
    )
    spoken = _spoken(_read(dump))
    assert "Hur länge ska vi behöva ha det så här?" in spoken
    assert "Skicka in din text" not in spoken and "Bygg fler bänkar" not in spoken


def test_the_page_owners_address_box_and_related_pages_are_not_read_though_they_name_the_article() -> None:
    dump = (
        "Vattenbolaget Mälarnära\nPrivat\nFöretag\nOm oss\nKontakta oss\n"
        "Nytt reningsverk i Västby tas i drift i maj\n"
        "Publicerad 2 april 2025\n"
        "Vattenbolaget Mälarnära tar i maj det nya reningsverket i Västby i drift. Verket renar avloppsvatten från "
        "Västby och Norrby.\n"
        "– Det nya verket tar bort betydligt mer kväve och fosfor än det gamla, säger driftchefen Eva Lund på "
        "Vattenbolaget Mälarnära.\n"
        "Relaterade sidor\nAvgifter för vatten och avlopp\nFelanmälan\n"
        "Vattenbolaget Mälarnära AB\nÄgs av Västby och Norrby kommuner\nBesöksadress: Reningsverket, Västby\n"
        "Org.nr 556123-4567\n"
    )
    spoken = _spoken(_read(dump))
    assert "kväve och fosfor" in spoken
    for furniture in ("Relaterade sidor", "Avgifter för vatten", "Felanmälan", "Ägs av Västby", "Besöksadress", "556123"):
        assert furniture not in spoken


def test_a_live_reports_posts_between_their_share_buttons_and_times_are_read() -> None:
    dump = (
        "Norrbyns Tidning\nNyheter\nLogga in\n"
        "Vattenläcka stänger Storgatan – följ läget här\n"
        "Publicerad 5 mars 2025 06:40\n"
        "En stor vattenläcka har stängt Storgatan i centrala Norrbyn. Vi rapporterar löpande.\n"
        "Uppdateras automatiskt\n"
        "11.20\nGatan väntas vara stängd hela dagen enligt kommunens tekniska kontor.\nDela\n"
        "09.05\nBussarna leds om via Kyrkvägen, och hållplatsen vid torget är tills vidare indragen.\nDela\n"
        "07.15\nLäckan upptäcktes vid sextiden när vatten började forsa upp ur asfalten vid korsningen.\nDela\n"
        "Mest läst\n1. Vattenläcka stänger Storgatan\n"
    )
    spoken = _spoken(_read(dump))
    assert "asfalten vid korsningen" in spoken and "Kyrkvägen" in spoken


def test_a_calendars_dates_are_not_read_as_the_signatures_box() -> None:
    dump = (
        "Bygdelistan Lillå\nStart\nPolitik\nKontakt\n"
        "Vi säger nej till att stänga biblioteket i Lillå\n"
        "Publicerad 2 maj 2025\n"
        "På måndag ska kommunfullmäktige ta ställning till att stänga filialbiblioteket i Lillå. Vi kommer att rösta nej.\n"
        "Biblioteket är byns enda mötesplats som är öppen för alla, och lånen har ökat tre år i rad.\n"
        "Maria Sund\ngruppledare Bygdelistan\n"
        "Dela\nFacebook\nE-post\n"
        "Kommentarer är avstängda för detta inlägg.\n"
        "Kalender\n5 maj\nKommunfullmäktige, Stadshuset kl 18.00\n12 maj\nMedlemsmöte i Lillå bygdegård kl 19.00\n"
        "Senaste nyheterna\nVår budget för skolan\n"
    )
    spoken = _spoken(_read(dump))
    assert "Maria Sund" in spoken and "lånen har ökat" in spoken
    assert "5 maj" not in spoken and "12 maj" not in spoken


def test_page_furniture_of_players_pagers_live_reports_and_tip_boxes_is_not_read() -> None:
    dump = (
        "Norrbyns Tidning\nNyheter\nLogga in\n\n"
        "Bygget av nya bron över Norrån kan börja i höst\n"
        "Publicerad 12 maj 2025\n\n"
        "Trafikverket har fått klartecken för den nya bron över Norrån, och arbetet kan börja redan i september.\n\n"
        "Det här innehållet är inbäddat från YouTube. Om du visar innehållet godkänner du att YouTube placerar kakor.\n"
        "Visa innehåll\n\n"
        "Den gamla bron från 1952 har haft viktbegränsning i flera år, vilket har tvingat tunga transporter att ta omvägar.\n\n"
        "2 nya inlägg – visa\n\n"
        "Har du bilder från den gamla bron? Tipsa redaktionen på tips@norrbynstidning.se.\n\n"
        "‹ Föregående\nNästa ›\n\n"
        "Norrbyns Tidning\nCookies\n"
    )
    spoken = _spoken(_read(dump))
    assert "viktbegränsning" in spoken
    for furniture in ("inbäddat från YouTube", "Visa innehåll", "nya inlägg", "Tipsa redaktionen", "Föregående", "Nästa"):
        assert furniture not in spoken


DONATION_PAGE = """<!doctype html><html lang="sv"><head><title>Ny förskola i Åby | Åbybladet</title></head>
<body><header><nav><a href="/">Start</a></nav></header>
<main><article>
<h1>Ny förskola i Åby öppnar i augusti</h1>
<p class="ingress">Den nya förskolan vid Åby skola tar emot sina första barn i augusti, ett halvår tidigare än planerat.</p>
<div class="entry-content">
<p>Förskolan får sex avdelningar och plats för 110 barn. Byggnaden är gjord av trä och har solceller på taket.</p>
<p>– Vi har länge haft kö till förskolan i Åby, så det här kommer att göra stor skillnad, säger förskolechefen Lena Ås.</p>
<div class="donate-box"><h3>Stöd lokal journalistik</h3>
<p>Åbybladet har ingen betalvägg. Vi finns för att läsare som du bidrar. Swisha valfritt belopp och märk betalningen.</p>
<p><a href="/stod-oss/">Bli månadsgivare här</a></p></div>
</div></article></main>
<footer><p>Åbybladet</p></footer></body></html>"""


def test_a_donation_box_named_by_its_class_is_not_read() -> None:
    spoken = "\n".join(_spoken_lines(extract_html(DONATION_PAGE, "aby.html")))
    assert "solceller på taket" in spoken and "Lena Ås" in spoken
    assert "Stöd lokal journalistik" not in spoken and "Swisha" not in spoken and "månadsgivare" not in spoken


def test_a_bare_label_over_its_boxs_own_title_a_source_line_and_a_series_link() -> None:
    dump = (
        "Älvdalens Tidning\nMeny\nSök\nLogga in\n"
        "REPORTAGE\n"
        "Sista flottaren vid Storforsen\n"
        "I sextio år har Arvid Lund följt timret nerför älven. Nu berättar han om flottningens sista sommar.\n"
        "Publicerad lördag 2 augusti 2025\n"
        "Arvid Lund var femton år när han första gången stod på en timmerbröt vid Storforsen med en båtshake i händerna.\n"
        "– Det var farligt, men man var ung och dum, säger han och skrattar.\n"
        "Den sista flottningen i älven gick 1970, och sedan dess har han varit guide vid flottningsmuseet.\n"
        "Annons\n"
        "Fakta\nFakta: Flottningen\n"
        "Timmer flottades i svenska älvar från 1600-talet fram till 1990-talet.\n"
        "Källa: Skogshistoriska sällskapet\n"
        "Mer i serien Sommar vid älven\nPlus\nFiskaren som aldrig fått en lax\nPlus\nDansbanan som räddades\n"
    )
    spoken = _spoken(_read(dump))
    assert "Fakta: Flottningen" in spoken and "Källa: Skogshistoriska sällskapet" in spoken
    assert "\nFakta\n" not in f"\n{spoken}\n"
    assert "Mer i serien" not in spoken and "Fiskaren som aldrig" not in spoken
