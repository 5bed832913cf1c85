"""Round 12: phenomena of the seventh blind set (/work/blind/extract7), each tested on pages and dumps written after
the fix, for fictional sites and articles; none copies a blind case.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_lines as _lines
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.html import extract_html

PARA = ("Styrelsen beslutade på måndagskvällen att gå vidare med planerna, trots att flera medlemmar under mötet "
        "framförde att kostnaderna har stigit kraftigt sedan förra året och att tidplanen är osäker.")

SECTIONS_PAGE = f"""<!doctype html><html lang="sv"><head><title>Årsmöte – Sävsta Golfklubb</title></head><body>
<header><nav><a href="/">Start</a><a href="/bana">Banan</a></nav></header>
<main>
<h1>Golfklubbens årsmöte sa ja till ny driving range</h1>
<p class="preamble">Sävsta Golfklubb bygger en ny övningsanläggning för 4,2 miljoner kronor. Beslutet togs på
årsmötet i klubbhuset på tisdagen.</p>
<div class="keyfigures">
<div class="keyfigures__row"><span class="keyfigures__label">Närvarande medlemmar</span>
<span class="keyfigures__value">212</span></div>
<div class="keyfigures__row"><span class="keyfigures__label">Röster för</span>
<span class="keyfigures__value">164</span></div>
</div>
<section class="votes">
<h2>Så röstade medlemmarna</h2>
<table class="votes-table"><caption>Omröstning om driving range, årsmötet 2026</caption>
<tr><th>Förslag</th><th>Röster</th><th>Andel</th></tr>
<tr><td>Ja</td><td>164</td><td>77 %</td></tr>
<tr><td>Nej</td><td>41</td><td>19 %</td></tr>
<tr><td>Avstår</td><td>7</td><td>4 %</td></tr>
</table>
</section>
<section class="text">
<h2>Bygget börjar i höst</h2>
<p>{PARA}</p>
<p>Klubbens ordförande Anna-Karin Holm säger att lånet ska betalas av på femton år och att greenfee-intäkterna
från gästspelare beräknas öka med en tredjedel när anläggningen står klar nästa sommar.</p>
<p>Ett par medlemmar reserverade sig mot beslutet och vill i stället att klubben rustar upp den gamla
puttinggreenen, som enligt dem räcker för klubbens juniorer och motionärer i många år till.</p>
</section>
<aside class="related"><h2>Fler nyheter</h2><ul><li><a href="/a">Banan öppnar</a></li></ul></aside>
</main>
<footer>Sävsta Golfklubb · Box 12</footer></body></html>"""


def test_a_results_section_between_the_lead_and_the_text_trafilatura_kept_is_read() -> None:
    article = extract_html(SECTIONS_PAGE, "golf.html")
    spoken = _spoken(article)
    assert "Bygget börjar i höst" in spoken and "puttinggreenen" in spoken
    assert "Omröstning om driving range" in spoken
    assert any("Nej" in line and "41" in line for line in _lines(article))
    assert "Närvarande medlemmar 212" in spoken and "Röster för 164" in spoken
    assert "Fler nyheter" not in spoken and "Banan öppnar" not in spoken


def test_a_prelude_of_menus_and_labels_without_a_table_is_not_put_back() -> None:
    page = SECTIONS_PAGE.replace('<section class="votes">', '<div class="tools"><a href="/skriv">Skriv ut</a></div><section class="votes-x">')
    page = page.split("<table")[0] + "</section>" + page.split("</table>\n</section>")[1]
    spoken = _spoken(extract_html(page, "golf2.html"))
    assert "puttinggreenen" in spoken and "Skriv ut" not in spoken


INFOBOX_PAGE = f"""<!doctype html><html lang="sv"><head><title>Östra vattentornet – Sävstawiki</title></head><body>
<div id="content"><h1>Östra vattentornet</h1>
<div class="text-body">
<table class="infobox">
<tr><th colspan="2">Östra vattentornet</th></tr>
<tr><td colspan="2"><img src="torn.jpg" alt=""><div class="infobox-caption">Tornet sett från torget 1952.</div></td></tr>
<tr><th class="infobox-label">Höjd</th><td class="infobox-data">38 meter</td></tr>
<tr><th class="infobox-label">Invigt</th><td class="infobox-data">1929</td></tr>
<tr><th class="infobox-label">Byggherre</th><td class="infobox-data">Sävsta stad</td></tr>
</table>
<p>Östra vattentornet är ett vattentorn på Kvarnbacken i Sävsta. Det ritades av stadsarkitekten och togs i bruk
hösten 1929, när stadens vattenledningsnät byggdes ut till de nya kvarteren öster om ån.</p>
<h2>Historia</h2>
<p>{PARA}</p>
<p>Tornet användes som reservoar fram till 1994. Sedan dess har det stått tomt, och kommunen har flera gånger
utrett om det kan bli bostäder, ett kafé eller en utsiktsplats för besökare.</p>
</div></div></body></html>"""


def test_an_infobox_laid_out_as_a_table_is_read_row_by_row_without_its_caption() -> None:
    article = extract_html(INFOBOX_PAGE, "torn.html")
    lines = _lines(article)
    assert any("Höjd" in line and "38 meter" in line for line in lines)
    assert any("Byggherre" in line and "Sävsta stad" in line for line in lines)
    assert "Tornet sett från torget" not in _spoken(article)


LAYOUT_PAGE = """<html><head><title>Lillby Båtklubb</title></head><body>
<table width="900" border="0"><tr>
<td width="180" valign="top"><p><a href="index.htm">Hem</a><br><a href="hamnen.htm">Hamnen</a><br>
<a href="medlem.htm">Bli medlem</a><br><a href="kontakt.htm">Kontakt</a></p>
<p>Medlemsavgift: 450 kr per år<br>Plusgiro 55 12 34-1</p></td>
<td valign="top"><table width="100%" cellpadding="10"><tr><td>
<p><font size="1">2026-05-03</font><br><font size="5"><b>Bryggorna i norra hamnen är utbytta</b></font></p>
<p><img src="brygga.jpg" alt=""><br><i><font size="1">Nya bryggan vid gästhamnen sedd från klubbhuset.<br>Foto: Nils Ek</font></i></p>
<p>Under vintern har klubbens medlemmar bytt ut de tre gamla träbryggorna i norra hamnen mot flytbryggor av betong.
Arbetet har pågått sedan november och blev klart i förra veckan, lagom till sjösättningen.</p>
<p>Bryggorna har plats för 64 båtar, tolv fler än tidigare. Kostnaden landade på 1,8 miljoner kronor, varav en
tredjedel är ett bidrag från kommunens föreningsstöd och resten tas ur klubbens underhållsfond.</p>
<p><img src="arbete.jpg" alt=""><br><i><font size="1">Pontonerna lyftes på plats med mobilkran.</font></i></p>
<p>– Vi är väldigt glada över att det gick så smidigt, och vi vill tacka alla som har ställt upp på arbetsdagarna
under vintern, säger hamnkaptenen Per Ödman.</p>
<p><i>Karin Wall, ordförande</i></p>
<hr>
<p><b>Kommande aktiviteter</b></p>
<table border="1"><tr><td>Lör 16/5</td><td>Sjösättning från klockan 8. Kranen är bokad hela dagen.</td></tr>
<tr><td>Tis 26/5</td><td>Kurs i knopar och sjövett för nya medlemmar i klubbhuset.</td></tr></table>
<p><a href="arkiv.htm">« Äldre nyheter</a></p>
</td></tr></table></td></tr></table></body></html>"""


def test_an_article_cell_inside_a_padding_table_of_a_layout_grid_is_read_by_layout() -> None:
    article = extract_html(LAYOUT_PAGE, "batklubb.html")
    assert article.title == "Bryggorna i norra hamnen är utbytta"
    spoken = _spoken(article)
    assert "Bryggorna har plats för 64 båtar" in spoken and "säger hamnkaptenen Per Ödman" in spoken
    assert "Bli medlem" not in spoken and "Plusgiro" not in spoken


def test_captions_after_pictures_on_a_layout_page_are_not_read_credit_or_not() -> None:
    spoken = _spoken(extract_html(LAYOUT_PAGE, "batklubb.html"))
    assert "Nya bryggan vid gästhamnen" not in spoken and "Pontonerna lyftes" not in spoken


def test_what_follows_the_sign_off_of_the_text_is_not_the_articles() -> None:
    spoken = _spoken(extract_html(LAYOUT_PAGE, "batklubb.html"))
    assert "säger hamnkaptenen Per Ödman" in spoken
    assert "Kommande aktiviteter" not in spoken and "Kranen är bokad" not in spoken


def test_a_sign_off_is_a_name_a_comma_and_a_role() -> None:
    from audiocast.ingest.signoff import cut_after_sign_off, is_sign_off

    assert is_sign_off("Karin Wall, ordförande") and is_sign_off("Per-Erik Ek, kassör i styrelsen")
    assert not is_sign_off("Karin Wall, ordförande, säger att hon är nöjd med året.")
    assert not is_sign_off("Tisdag, onsdag")
    texts = ["Text one is long prose.", "Karin Wall, ordförande", "Mer text som är en riktig paragraf."]
    assert cut_after_sign_off(texts, [True, False, True]) == 3
    assert cut_after_sign_off(texts[:2] + ["Lör 16/5 – Sjösättning"], [True, False, False]) == 2


PAYWALLED = """Sundsbygdens Affärer
Nyheter
Företag
Logga in

Bryggeriet i Sundsby köper konkurrent i Norge
12 mars 2026

Sundsby Bryggeri tar över norska Fjordøl och blir därmed Nordens största mikrobryggeri räknat i antal sorter.

Affären blev klar på onsdagen efter flera månaders förhandlingar. Köpeskillingen uppges inte, men enligt
tidningens uppgifter handlar det om omkring 80 miljoner kronor.
– Vi har länge velat växa i Norge, och Fjordøl har de kunder och den distribution vi saknar, säger vd Maja Rask.

Fjordøl i korthet
Grundat: 2009
Anställda: 34
Omsättning 2025: 61 Mnok

Tanken är att bryggerierna ska fortsätta med egna varumärken men samordna inköp av malt och humle, något som enligt vd kan ge

Det här är en Plusartikel
Läs vidare med Sundsbygdens Affärer Plus för 1 kr första månaden.
Prova nu
"""


def test_the_paragraph_a_paywall_cuts_mid_sentence_is_read() -> None:
    spoken = _spoken(_read(PAYWALLED))
    assert "Tanken är att bryggerierna ska fortsätta med egna varumärken" in spoken
    assert "Läs vidare med" not in spoken


APPEAL = """Hundhemmet Vovven
Stöd oss
Swisha en gåva: 123 456 78 90
Hem
Adoptera

Tolv hundar räddade ur kennel – nu behövs jourhem
2 februari 2026

Hundhemmet Vovven tog i helgen emot tolv hundar från en nedlagd kennel i Bergsjö. Flera av dem är undernärda.

Länsstyrelsen omhändertog hundarna efter en inspektion i januari. Hundarna har nu undersökts av veterinär och
de flesta mår bättre, men några behöver vård i flera veckor till.
– Vi har aldrig tagit emot så många på en gång. Vi behöver både pengar och fler hem som kan ta hand om dem, säger föreståndaren Eva Nord.
Så kan du hjälpa
Swisha en gåva till 123 456 78 90 och skriv ”Bergsjöhundarna” i meddelandet.
Anmäl dig som jourhem på vår hemsida. Du får foder och utrustning av oss under hela tiden.
Lämna filtar och leksaker i vår reception på vardagar mellan 9 och 16.
"""


def test_a_donation_sentence_in_the_articles_own_appeal_is_read() -> None:
    spoken = _spoken(_read(APPEAL))
    assert "Swisha en gåva till 123 456 78 90 och skriv" in spoken
    assert "Anmäl dig som jourhem" in spoken
    assert "Swisha en gåva: 123 456 78 90" not in spoken


def test_a_date_line_opened_by_a_weekday_in_lower_case_is_no_wrapped_headline() -> None:
    dump = """Flödet
Senaste
Logga in

Ny bro över älven invigs i maj
ons 4 mar 2026 10:12 · Uppdaterad 11:30
Av Per Holm

Den nya bron över Lillälven i Forsby öppnar för trafik den 15 maj, meddelar Trafikverket på onsdagen.

Bygget har pågått i två år och kostat omkring 240 miljoner kronor. Den gamla bron från 1950-talet rivs under sommaren.
– Det blir en stor förbättring för både bilister och cyklister, säger projektledaren Lena Ahl.
"""
    article = _read(dump)
    assert article.title == "Ny bro över älven invigs i maj"


def test_a_portals_logged_in_line_is_no_lead_and_the_article_under_the_feed_is_found() -> None:
    dump = """NT Direkt
Kundwebb
Inloggad som: Sundsby Tidning (nyhetsdesken)
Logga ut

Flöde
Inrikes
Sport

10:40
Tåg stoppade efter elfel
10:32
Fjällräddare larmade till Tärnaby

INRIKES
2026-03-02 10:32

Fjällräddare larmade till Tärnaby

TÄRNABY (NT) Två skidåkare larmade på måndagen fjällräddningen sedan de gått vilse i dimma ovanför Tärnaby.

Larmet kom strax efter klockan nio. Polisens fjällräddare och en helikopter från Sjöfartsverket deltar i sökandet.
– Vi har kontakt med dem på telefon och de är vid gott mod, säger polisens insatsledare Jonas Berg.
"""
    article = _read(dump)
    assert article.title == "Fjällräddare larmade till Tärnaby"
    assert "Inloggad som" not in _spoken(article)


PETITION = """Namnlistan.se
Starta en namninsamling
Logga in

Rädda badplatsen vid Kvarnsjön!

1 032 har skrivit under. Hjälp oss nå 1 500!
Skriv under
Förnamn
E-post
Visa mitt namn offentligt
Skriv under nu
Genom att skriva under godkänner du Namnlistan.se:s villkor och vår integritetspolicy.
Ola P. skrev under för 2 minuter sedan
Sara K. skrev under för 9 minuter sedan

Startad 1 mars 2026
Till: Fritidsnämnden i Sundsby kommun

Kommunen vill sluta sköta badplatsen vid Kvarnsjön från i sommar. Bryggan ska rivas och sandstranden ska inte längre rensas från vass.

Badplatsen används av hundratals familjer varje sommar och är den enda i kommunens norra del som går att nå med buss.
Vi vill att fritidsnämnden river upp beslutet och låter badplatsen vara kvar som den är.
"""


def test_a_petitions_counter_consent_line_feed_and_addressee_are_not_the_headline_or_text() -> None:
    article = _read(PETITION)
    assert article.title == "Rädda badplatsen vid Kvarnsjön!"
    spoken = _spoken(article)
    assert "enda i kommunens norra del" in spoken
    for chrome in ("har skrivit under", "godkänner du", "skrev under för", "Visa mitt namn"):
        assert chrome not in spoken


ARTICLE_HEAD = """Bygdeforum
Start
Forum
Logga in

Ny cykelbana mellan Forsby och Lillån klar i juni
3 april 2026

Kommunen bygger en ny gång- och cykelbana längs länsvägen mellan Forsby och Lillån. Arbetet ska vara klart i juni.

Sträckan är fyra kilometer lång och har länge pekats ut som farlig för skolbarn som cyklar till Lillåns skola.
– Vi har väntat på det här i över tio år, så det känns fantastiskt att det äntligen blir av, säger Lena Björk i föräldraföreningen.
Banan kostar omkring 18 miljoner kronor, och Trafikverket står för hälften av kostnaden.
"""


def test_comments_with_a_name_a_role_a_time_ago_and_reply_buttons_are_not_read() -> None:
    dump = ARTICLE_HEAD + """
Kommentarer (2)
Skriv en kommentar…
Olle Sten
• 1:a
Lärare på Lillåns skola
3 d
Äntligen! Barnen har cyklat i diket i alla år och det har varit livsfarligt.
Gilla
Svara
9 reaktioner
Karin Ahl
Pensionär
2 d
Hoppas de sätter upp belysning också, det är mörkt där på vintern.
Gilla
Svara
2 reaktioner
"""
    spoken = _spoken(_read(dump))
    assert "Trafikverket står för hälften" in spoken
    for chrome in ("Olle Sten", "Lärare på Lillåns skola", "cyklat i diket", "belysning", "reaktioner", "Karin Ahl"):
        assert chrome not in spoken


def test_forum_replies_under_the_opening_post_are_not_read_but_the_post_is() -> None:
    dump = """Bygdeforum
Start
Forum
Logga in

Vet någon varför återvinningscentralen stänger?

2026-03-02, 19:40
#1
Sophämtaren
Medlem
Reg: 2015-04
Inlägg: 310

Jag var vid återvinningscentralen i Forsby i dag och fick höra av personalen att den ska stänga efter sommaren. Det står ingenting om det på kommunens sida, och ingen i personalen visste vart man ska åka i stället.
Jag har mejlat kommunens avfallsenhet och väntar på svar. Är det någon som vet mer?
Gilla
Citera
Svara

2026-03-02, 20:15
#2
Grannen
Medlem
Reg: 2020-01
Inlägg: 45
Jag hörde samma sak. Det lär bli Lillån i stället, men det är tre mil längre bort.
Gilla
Citera
Svara
"""
    spoken = _spoken(_read(dump))
    assert "ingen i personalen visste vart man ska åka" in spoken
    assert "Grannen" not in spoken and "tre mil längre bort" not in spoken and "Inlägg: 45" not in spoken


def test_an_embedded_post_with_a_like_button_only_is_left_to_the_embed_rules() -> None:
    from audiocast.ingest.threads import thread_tags

    class L:
        def __init__(self, text: str) -> None:
            self.text, self.blank_before, self.tag, self.rule, self.p = text, False, None, None, 0.5

    lines = [L("Anna Berg"), L("2 tim"), L("Vilken fin dag vid sjön i dag med hela familjen."), L("Gilla")]
    thread_tags(lines)  # type: ignore[arg-type]
    assert all(x.tag is None for x in lines)
    lines = [L("Anna Berg"), L("2 tim"), L("Vilken fin dag vid sjön i dag med hela familjen."), L("Gilla"), L("Svara")]
    thread_tags(lines)  # type: ignore[arg-type]
    assert all(x.tag == "drop" for x in lines)


def test_reward_cards_with_a_repeated_counter_are_not_read_but_an_articles_records_are() -> None:
    dump = ARTICLE_HEAD + """
Välj ditt stöd
50 kr
Ett tack i vårt nyhetsbrev.
12 har valt
200 kr
En reflexväst med föreningens märke.
31 har valt
1 000 kr
Ditt namn på en skylt vid cykelbanan.
5 har valt
"""
    spoken = _spoken(_read(dump))
    assert "Trafikverket står för hälften" in spoken
    for chrome in ("Välj ditt stöd", "har valt", "reflexväst", "Ditt namn på en skylt"):
        assert chrome not in spoken
    records = ARTICLE_HEAD + """
Veckans försäljningar
Ågatan 2, Forsby
2 100 000 kr
Villa, 120 kvm, byggår 1968
Ågatan 9, Forsby
1 850 000 kr
Villa, 98 kvm, byggår 1955
Sjövägen 1, Lillån
3 400 000 kr
Villa, 160 kvm, byggår 1999
"""
    spoken = _spoken(_read(records))
    assert "Villa, 98 kvm, byggår 1955" in spoken and "3 400 000 kr" in spoken


def test_the_boxes_below_a_paywalls_pitch_are_not_read() -> None:
    dump = """Båtaffärer.se
Hamnar
Logga in

Veckans båtaffärer i Sundsby
Vecka 14

Under vecka 14 såldes 11 båtar via registret i Sundsby. Den dyraste var en segelbåt från 1998 som gick för 640 000 kronor.

Medelpriset för veckans affärer var 182 000 kronor, vilket är något lägre än samma vecka i fjol.
Veckans affärer
Segelbåt, 34 fot, 1998
640 000 kr
Motorbåt, 21 fot, 2011
315 000 kr

Du har sett 2 av 11 affärer
Logga in eller bli medlem för att se alla affärer och prishistoriken.
Bli medlem – 49 kr/mån
Logga in

Prisläget i Sundsby
Segelbåtar, medelpris
402 000 kr
+2,1 %

Om uppgifterna
Uppgifterna kommer från båtregistret och avser ägarbyten som registrerats under veckan, med de priser som köparen har uppgett.

Båtaffärer.se
Integritetspolicy
Cookies
"""
    spoken = _spoken(_read(dump))
    assert "Motorbåt, 21 fot, 2011" in spoken and "något lägre än samma vecka" in spoken
    for chrome in ("Prisläget i Sundsby", "402 000 kr", "Om uppgifterna", "Uppgifterna kommer från båtregistret"):
        assert chrome not in spoken


def test_a_subscribers_text_under_a_pitch_box_stays() -> None:
    from audiocast.ingest.articleend import _after_pitch_tags

    class L:
        def __init__(self, text: str, p: float, tag: str | None = None, rule: str | None = None) -> None:
            self.text, self.p, self.tag, self.rule, self.blank_before = text, p, tag, rule, False

    lines = [L("Redan prenumerant?", 0.1, "drop", "pitch"),
             L("Kommunen räknar med att bygget startar i augusti och tar två år att slutföra.", 0.8)]
    _after_pitch_tags(lines, len(lines))  # type: ignore[arg-type]
    assert lines[1].tag is None


def test_an_address_box_at_the_foot_with_a_sentence_about_the_organisation_is_not_read() -> None:
    dump = ARTICLE_HEAD + """
Vägverket Mitt
Box 310, 851 05 Sundsvall
Besöksadress: Storgatan 12
Telefon: 010-123 45 67
Vägverket Mitt är en regional myndighet som ansvarar för planering, byggande och drift av de statliga vägarna i länet.
Kakor
"""
    spoken = _spoken(_read(dump))
    assert "Trafikverket står för hälften" in spoken
    for chrome in ("Box 310", "Besöksadress", "ansvarar för planering, byggande och drift"):
        assert chrome not in spoken


def test_a_media_contact_heading_ends_a_press_release() -> None:
    dump = ARTICLE_HEAD + """
Kontakt för media
Pressekreterare Sundsby kommun
Telefon: 0611-34 00 00
Kommunens tekniska chef nås via pressekreteraren.
"""
    spoken = _spoken(_read(dump))
    assert "Trafikverket står för hälften" in spoken
    assert "Pressekreterare" not in spoken and "nås via pressekreteraren" not in spoken


def test_an_embedded_video_players_box_with_its_title_and_channel_is_not_read() -> None:
    dump = ARTICLE_HEAD + """
Cykelbanan från luften – så blir den
Forsby kommun
312 prenumeranter
Titta senare
Dela
Titta på
YouTube

Bygget startar i april och pågår hela sommaren, med trafik i ett körfält förbi arbetsplatsen.
"""
    spoken = _spoken(_read(dump))
    assert "Trafikverket står för hälften" in spoken and "trafik i ett körfält" in spoken
    for chrome in ("Cykelbanan från luften", "312 prenumeranter", "Titta senare", "YouTube", "Forsby kommun\n"):
        assert chrome not in spoken


def test_a_caption_saying_the_picture_is_an_archive_picture_is_not_read() -> None:
    dump = ARTICLE_HEAD.replace(
        "\nSträckan är fyra kilometer lång",
        "\nCyklisterna på bilden har inget med artikeln att göra. Bilden är en arkivbild.\n\nSträckan är fyra kilometer lång")
    spoken = _spoken(_read(dump))
    assert "Sträckan är fyra kilometer lång" in spoken
    assert "arkivbild" not in spoken
    from audiocast.ingest.boilerplate import default_rules, first_match

    for caption in ("Arkivbild.", "Bilden är tagen vid ett annat tillfälle.", "Fotot är en genrebild"):
        hit = first_match(default_rules(), caption)
        assert hit is not None and hit[0].name == "archive-picture", caption
    assert first_match(default_rules(), "Bilden är en del av en större utställning om bygdens historia.") is None


def test_an_aggregators_link_cards_naming_their_source_twice_are_not_read() -> None:
    dump = ARTICLE_HEAD + """
Forsby Tidning
Föräldrarna: ”Äntligen vågar vi låta barnen cykla”
Läs hos Forsby Tidning
P4 Mitt
Trafikverket om bygget: Klart före skolstarten
Lyssna hos P4 Mitt
"""
    spoken = _spoken(_read(dump))
    assert "Trafikverket står för hälften" in spoken
    for chrome in ("Forsby Tidning", "Äntligen vågar vi", "Lyssna hos", "Klart före skolstarten", "P4 Mitt"):
        assert chrome not in spoken
