"""Round 15: what extract10 (issue #9) showed, told by signals that hold on any site.

Every dump here was written after the change it tests, for fictional sites; none copies a case of
``tests/data/extract``. Each phenomenon has its guard: what looks like it and is the article's stays.
"""

from __future__ import annotations

from extract_helpers import read_dump as _read
from extract_helpers import spoken_text as _spoken

from audiocast.ingest.html import extract_html

# A sentence standing in the page's menu block (a site's welcome banner and tagline over its menu, or a menu item with
# a counter in a logged-in bar) is no lead when the article's head (a headline beside a date line or byline) with
# its prose stands below, however long the menu between. Before the change the whole article was lost: the banner
# was taken as the lead and the list label over the article ("Nyheter från …", "Alla nyheter") ended the text.

BANNER_CLUB = (
    "Välkommen till Sjöbo Ridklubb!\n"
    "Vi är en ideell förening för alla som älskar hästar, stora som små.\n"
    "START\nRIDSKOLA\nTÄVLING\nSTALLET\nBLI MEDLEM\nKONTAKT\nSök\n\n"
    "Senaste nytt\n« Äldre inlägg\nNyare inlägg »\n\n"
    "måndag 12 januari 2026\n"
    "Ny ridhuslampa gör vinterkvällarna ljusare\n"
    "Upplagd av Maja Holm i Stallet\n\n"
    "Efter flera mörka vintrar har klubben äntligen bytt belysningen i ridhuset. De nya lamporna ger dubbelt så mycket ljus.\n"
    "Bytet kostade 64 000 kronor och betalades till hälften med ett bidrag från kommunens föreningsstöd.\n"
    "– Nu ser vi äntligen hindren ordentligt även klockan sju på kvällen, säger ridläraren Lova Strand.\n"
    "Ridskolans elever får prova det nya ljuset redan på torsdagens lektioner.\n\n"
    "Gilla\nDela\n\n"
    "© 2026 Sjöbo Ridklubb\n"
)
CLUB_TEXT = ("Efter flera mörka vintrar", "64 000 kronor", "säger ridläraren Lova Strand", "torsdagens lektioner")

PORTAL_MEMBER = (
    "Medlemsportalen\nStart\nMina sidor\nInkorg (5)\nKallelser (2)\nDokument\nFakturor\nHjälp\n"
    "Inloggad som Per Lund (medlem)\nLogga ut\n\n"
    "Meddelanden\nAlla meddelanden\nOlästa\nArkiv\n\n"
    "Brf Solgläntan\n"
    "Till: Alla medlemmar\n"
    "3 feb 2026 09:15\n"
    "Styrelsen\n"
    "Vattnet stängs av i trapphus B på torsdag\n"
    "Torsdagen den 5 februari byter rörmokaren avstängningsventiler i källaren. Vattnet är avstängt mellan 9 och 13.\n"
    "Fyll gärna några kannor med vatten kvällen innan. Efter arbetet kan vattnet vara missfärgat en stund.\n"
    "Låt kranen rinna några minuter tills vattnet är klart igen.\n\n"
    "Tidigare meddelanden\nSnöröjning på gården\n20 jan 2026\n\n"
    "Medlemsportalen · Version 3.4\nSupport\n"
)
PORTAL_TEXT = ("byter rörmokaren avstängningsventiler", "Fyll gärna några kannor", "tills vattnet är klart igen")

LIBRARY = (
    "Biblioteken i Åsdal\n"
    "Här lånar du böcker, filmer och ljudböcker och hittar allt om våra evenemang.\n"
    "Låna\nE-böcker\nLjudböcker\nEvenemang\nBarn\nUnga\nSkolbibliotek\nMeröppet\nÖppettider\nMina lån\nKontakt\n\n"
    "Nyheter från biblioteken\n\n"
    "Av Ingrid Berg\n"
    "Nytt läsecirkelrum invigs på Åsdals bibliotek\n"
    "7 mars 2026\n"
    "Det gamla tidningsrummet har byggts om till ett rum för läsecirklar med plats för tolv personer runt ett stort bord.\n"
    "Rummet kan bokas kostnadsfritt av alla med lånekort, både dagtid och kvällstid.\n"
    "Invigningen sker lördagen den 14 mars med fika och en författarträff med Eva Norrby.\n"
)
LIBRARY_TEXT = ("tidningsrummet har byggts om", "bokas kostnadsfritt", "författarträff med Eva Norrby")

# The same with the banner in a box of its own above the menu (a blank line between): the classifier's doubt of the
# tagline is needed then (a lead above a share row is trusted).
BANNER_OWN_BOX = (
    "Välkommen till Hembygdsföreningen i Västerby!\n"
    "Här kan du läsa om vår historia, våra samlingar och allt som händer i hembygdsgården.\n\n"
    "HEM\nOM FÖRENINGEN\nKALENDARIUM\nSAMLINGARNA\nBLI MEDLEM\nKONTAKT\n\n"
    "Aktuellt från föreningen\n\n"
    "söndag 8 mars 2026\n"
    "Gamla skolfotografier visas i hembygdsgården\n"
    "Skrivet av Britt Lindqvist\n\n"
    "Under våren visar föreningen ett hundratal klassfotografier från byns skola, de äldsta från 1890-talet.\n"
    "Bilderna har skänkts av familjer i bygden och har skannats av föreningens arkivgrupp under vintern.\n"
    "Utställningen är öppen söndagar klockan 13–16 fram till midsommar, och kaffe serveras i köket.\n"
)
OWN_BOX_TEXT = ("hundratal klassfotografier", "skannats av föreningens arkivgrupp", "fram till midsommar")


def test_a_banner_or_a_menu_item_over_the_menu_is_no_lead_and_the_article_below_is_read() -> None:
    for dump, texts, title in (
        (BANNER_CLUB, CLUB_TEXT, "Ny ridhuslampa gör vinterkvällarna ljusare"),
        (PORTAL_MEMBER, PORTAL_TEXT, "Vattnet stängs av i trapphus B på torsdag"),
        (LIBRARY, LIBRARY_TEXT, "Nytt läsecirkelrum invigs på Åsdals bibliotek"),
        (BANNER_OWN_BOX, OWN_BOX_TEXT, "Gamla skolfotografier visas i hembygdsgården"),
        (PORTAL_MEMBER.replace("Inkorg (5)\n", "\nInkorg (5)\n\n"), PORTAL_TEXT, "Vattnet stängs av i trapphus B på torsdag"),
    ):
        article = _read(dump)
        spoken = _spoken(article)
        assert article.title == title
        assert all(t in spoken for t in texts), title
        assert "Välkommen till" not in spoken and "Här lånar du" not in spoken and "Inkorg" not in spoken
        assert "Här kan du läsa" not in spoken


def test_a_lead_under_its_headline_over_a_share_row_and_a_bylined_subheading_stays_the_lead() -> None:
    # The guard: a headline and its lead at the top with a share row right under them (a block of short lines), then
    # a byline beside a subheading over prose: the lead is the lead where it stands.
    dump = (
        "Gamla brandstationen blir kulturhus\n"
        "Kommunen har beslutat att bygga om den gamla brandstationen i centrum till ett kulturhus med scen och ateljéer.\n"
        "Dela\nFacebook\nX\nKopiera länk\n\n"
        "Text: Karin Ek\n"
        "Ombyggnaden börjar i höst\n"
        "Arbetet beräknas ta ett och ett halvt år och kosta omkring 40 miljoner kronor enligt kommunens kalkyl.\n"
        "Kulturföreningarna i stan har fått lämna synpunkter på hur lokalerna ska användas.\n"
    )
    article = _read(dump)
    assert article.title == "Gamla brandstationen blir kulturhus"
    assert (article.lead or "").startswith("Kommunen har beslutat")
    assert "40 miljoner kronor" in _spoken(article)



def test_a_trusted_lead_over_a_row_of_short_buttons_and_a_dated_subheading_stays_the_lead() -> None:
    # The guard of the banner in a box of its own: a lead the classifier trusts, a row of short buttons the rules do not
    # know (a block of short lines, as a menu), then a byline beside a subheading over prose.
    dump = (
        "Nya busslinjer i Ådalen från december\n"
        "Regionen inför tre nya busslinjer mellan Kramfors och Härnösand, med tätare avgångar i rusningstid för pendlare.\n\n"
        "Bokmärk\nRätta texten\nTeckenstorlek\nÖversätt\n\n"
        "Text: Karin Ek\n"
        "Tätare trafik på morgonen\n"
        "Linje 51 får avgångar var femtonde minut mellan sex och nio, och två nya hållplatser i Bjärtrå.\n"
        "Biljettpriserna är oförändrade, och periodkort gäller på alla linjerna.\n"
    )
    article = _read(dump)
    assert article.title == "Nya busslinjer i Ådalen från december"
    assert (article.lead or "").startswith("Regionen inför tre nya busslinjer")

def test_a_lead_in_one_block_with_the_menu_stays_when_running_text_follows_before_a_dated_teaser() -> None:
    # The guard: menu, headline and lead without blank lines between (one block of mostly short lines), the text under
    # them, and far below a teaser's dated head over its own lead: the lead above the text is the article's.
    dump = (
        "Start\nNyheter\nSport\nKultur\n"
        "Nya cykelbanan längs ån klar före sommaren\n"
        "Kommunen har tecknat avtal med en entreprenör och bygget av den två kilometer långa banan börjar i mars.\n\n"
        "Banan ska gå från stationen längs ån ut till idrottsplatsen och få belysning hela vägen.\n"
        "Projektet kostar 14 miljoner kronor, varav hälften betalas av ett statligt bidrag för cykelinfrastruktur.\n\n"
        "Mest läst\n"
        "Biblioteket får längre öppettider\n"
        "3 februari 2026\n"
        "Från mars har stadsbiblioteket öppet till klockan 20 alla vardagar, meddelar kulturförvaltningen.\n"
    )
    article = _read(dump)
    assert article.title == "Nya cykelbanan längs ån klar före sommaren"
    assert (article.lead or "").startswith("Kommunen har tecknat avtal")


# A consent dialog over the page: a box (no blank lines) holding a cookie button the rules know. Its title and its text,
# however worded, are the dialog's: before the change its text was the lead and the menu under it was read as the body.

ARTICLE_BELOW = (
    "Bygg & Fastighet Norr\nNyheter\nProjekt\nJobb\nLogga in\n\n"
    "Bostäder\nNybyggnad\n"
    "Första spadtaget för 80 hyresrätter i Gällivare\n"
    "Kommunens bostadsbolag bygger sitt största projekt på trettio år när gruvstaden växer.\n"
    "Av Linnea Vik\n"
    "Publicerad 4 mars 2026 kl. 08:00\n\n"
    "Husen byggs i trä i fyra våningar och ska stå klara till sommaren 2028, enligt bostadsbolagets plan.\n"
    "– Vi har aldrig haft så lång bostadskö som nu, säger vd Tomas Lind.\n"
    "Hyrorna blir omkring 1 900 kronor per kvadratmeter och år, vilket bolaget räknar som normalt för nyproduktion.\n"
)
BELOW_TEXT = ("Husen byggs i trä i fyra våningar", "säger vd Tomas Lind", "normalt för nyproduktion")


def test_a_consent_dialogs_title_and_text_are_neither_headline_nor_lead() -> None:
    dialogs = (
        "Din integritet är viktig för oss\n"
        "Den här tjänsten och 64 leverantörer sparar och läser uppgifter på din enhet för att anpassa innehåll och mäta "
        "hur sajten används.\nInställningar\nAvvisa alla\nAcceptera alla\n\n",
        "Vi respekterar ditt privatliv\n"
        "Tillsammans med våra 112 partners samlar vi in data om ditt besök för statistik och riktad reklam.\n"
        "Neka\nGodkänn alla\n\n",
        "Så hanterar vi dina uppgifter\n"
        "Vi sparar små textfiler på din enhet så att inloggning, statistik och annonser fungerar som de ska.\n"
        "Anpassa cookies\nGodkänn\n\n",
    )
    for dialog in dialogs:
        article = _read(dialog + ARTICLE_BELOW)
        spoken = _spoken(article)
        assert article.title == "Första spadtaget för 80 hyresrätter i Gällivare", dialog[:30]
        assert (article.lead or "").startswith("Kommunens bostadsbolag"), dialog[:30]
        assert all(t in spoken for t in BELOW_TEXT), dialog[:30]
        assert "enhet" not in spoken and "Projekt" not in spoken, dialog[:30]


def test_an_article_about_cookies_keeps_its_lead_when_no_button_stands_in_its_box() -> None:
    # The guard: the words of a consent text in the article's own lead, no dialog's button in its box.
    dump = (
        "Konsumentnytt\nNyheter\nGuider\n\n"
        "Ny lag kräver tydligare val för kakor\n"
        "Från årsskiftet måste webbplatser låta besökaren neka kakor lika enkelt som att godkänna dem.\n"
        "Av Oskar Falk\n12 dec 2026\n\n"
        "Post- och telestyrelsen ska granska att sajterna följer reglerna och kan utdöma vite.\n"
        "Många sajter har i dag en knapp för att godkänna allt men gömmer valet att neka längre ner.\n"
    )
    article = _read(dump)
    assert article.title == "Ny lag kräver tydligare val för kakor"
    assert (article.lead or "").startswith("Från årsskiftet måste webbplatser")


# Furniture under the article that leaked on extract10, each by a signal that holds on any site.

HEAD_NEWS = "Brf Lönnen 7\nStart\nFör boende\nDokument\nKontakt\n\n"
NOTICE = (
    "Ny tvättstuga öppnar i januari\n"
    "3 december 2026\n\n"
    "Efter sommarens vattenskada har tvättstugan i hus C byggts om från grunden med nya maskiner och torkskåp.\n"
    "Bokningen sker som förut via tavlan i entrén, men passen blir kortare så att fler hinner tvätta på kvällarna.\n"
    "Styrelsen vill tacka alla för tålamodet under ombyggnaden, som tog längre tid än planerat.\n"
)
NOTICE_TEXT = ("vattenskada har tvättstugan", "passen blir kortare", "tacka alla för tålamodet")


def test_the_neighbouring_posts_named_after_a_colon_are_not_read() -> None:
    for nav in (
        "\nFöregående nyhet: Städdag i oktober\nNästa nyhet: Nya soptunnor på gården\n",
        "\n« Äldre inlägg: Årsstämman 2026\nNyare inlägg: Julfest i föreningslokalen »\n",
        "\nFöregående artikel: Så sparar vi energi\n\nNästa artikel: Laddstolpar i garaget\n",
    ):
        spoken = _spoken(_read(HEAD_NEWS + NOTICE + nav))
        assert all(t in spoken for t in NOTICE_TEXT), nav
        assert "Städdag" not in spoken and "Julfest" not in spoken and "Laddstolpar" not in spoken, nav
    # The guard: a step named after a colon in the article is the article's.
    own = NOTICE + "Nästa steg: styrelsen tar in offerter på nya torkskåp till hus A.\n"
    assert "Nästa steg: styrelsen tar in offerter" in _spoken(_read(HEAD_NEWS + own))


def test_a_caption_under_its_label_is_not_read_but_a_sentence_about_captions_is() -> None:
    for caption in ("Bildtext: Ordföranden Lisa Ek klipper bandet vid invigningen.", "BILDTEXT: Den nya tvättstugan i hus C."):
        spoken = _spoken(_read(HEAD_NEWS + NOTICE + "Text och bild: Nils Berg\n\n" + caption + "\n"))
        assert all(t in spoken for t in NOTICE_TEXT)
        assert "klipper bandet" not in spoken and "Den nya tvättstugan i hus C" not in spoken
    own = NOTICE + "Bildtexten på anslagstavlan hade fel datum, vilket styrelsen ber om ursäkt för.\n"
    assert "Bildtexten på anslagstavlan" in _spoken(_read(HEAD_NEWS + own))


def test_a_label_right_under_the_articles_end_over_only_furniture_goes_but_a_lists_last_item_stays() -> None:
    letter = (
        "Förskolan Myran\nStart\nMeddelanden (2)\nKalender\nLogga ut\n\n"
        "Förskolan Myran\nTill: Alla föräldrar\n9 dec 2026 14:05\n"
        "Luciafirande på fredag\n"
        "Hej alla föräldrar!\n"
        "På fredag firar vi lucia klockan 8.30 i stora salen. Barnen får gärna komma klädda i vitt eller som tomtar.\n"
        "Efteråt bjuder vi på lussebullar och glögg i matsalen, och alla syskon är välkomna.\n"
        "Hälsningar personalen\n"
        "{label}\nLucia_program.pdf (120 kB)\nMarkera som läst\nSvara\n\n"
        "Äldre meddelanden\nJulklappsinsamling\n1 dec 2026\n"
    )
    for label in ("Bifogade filer", "Bilagor", "Dokument"):
        spoken = _spoken(_read(letter.format(label=label)))
        assert "lussebullar och glögg" in spoken, label
        assert label not in spoken.split("\n"), label
    race = (
        "Friidrott\nResultat\nKontakt\n\n"
        "Vinterloppet samlade rekordmånga löpare\n"
        "Text: Ida Svärd\n14 januari 2026\n\n"
        "Över 500 löpare tog sig runt den snöiga banan vid Kronoparken på söndagen, fler än något år tidigare.\n"
        "Segrade gjorde hemmaklubbens Oskar Dahl, som sprang de tio kilometerna på under 33 minuter.\n"
        "Topp tre herrar\n1. Oskar Dahl, Kronoparkens IF, 32.48\n2. Emil Rask, Vänersborgs AIS\n3. Kalle Strid\n"
        "Fullständiga resultat\nLadda ner resultatlista (pdf)\n"
    )
    spoken = _spoken(_read(race))
    assert "3. Kalle Strid" in spoken and "2. Emil Rask, Vänersborgs AIS" in spoken


def test_a_newsletters_pitch_over_its_button_goes_with_the_posts_counters_under_it() -> None:
    post = (
        "Veckan i Bergslagen\nPrenumerera\nLogga in\n\n"
        "Varför bussen till Nora slutar gå på söndagar\n"
        "Regionen drar in söndagsturerna från februari. Jag har frågat varför.\n"
        "Per Ahlin\n7 dec 2026\n24\n6\nDela\n\n"
        "Från den 1 februari går sista söndagsbussen mellan Lindesberg och Nora i december. Regionen hänvisar till få resenärer.\n"
        "Enligt regionens egna siffror reste i snitt elva personer per tur under hösten, de flesta pensionärer.\n"
        "Vi hörs nästa vecka!\n\n"
        "{pitch}\nDin e-postadress\nPrenumerera\n{counters}\n\n"
        "© 2026 Per Ahlin\n"
    )
    for pitch, counters in (
        ("Tack för att du läser Veckan i Bergslagen. Brevet är gratis, men du kan stödja arbetet som betalande prenumerant.",
         "24 gillamarkeringar\n6 kommentarer\nDela"),
        ("Gillar du det här? Dela gärna brevet med en vän, eller bli prenumerant så hamnar nästa nummer direkt i din inkorg.",
         "Gilla\nDela"),
    ):
        spoken = _spoken(_read(post.format(pitch=pitch, counters=counters)))
        assert "elva personer per tur" in spoken
        assert pitch not in spoken, pitch
    # The guard: the article's own closing line glued to the button, naming no offer, stays.
    closing = "Hör gärna av er med era egna erfarenheter av söndagsbussen, så återkommer jag i nästa brev."
    spoken = _spoken(_read(post.format(pitch=closing, counters="Gilla\nDela")))
    assert closing in spoken


def test_a_relative_time_line_is_no_text_and_no_date() -> None:
    from audiocast.ingest.boilerplate import default_rules, first_match

    rules = default_rules()
    for line in ("Senaste uppdateringen för 7 minuter sedan", "för 4 timmar sedan", "• för 12 timmar sedan",
                 "för en timme sedan", "Senaste uppdatering: för 2 dagar sedan", "ca 3 veckor sedan"):
        hit = first_match(rules, line)
        assert hit is not None and hit[0].name == "relative-time", line
    for line, action in (("Publicerad för 2 timmar sedan", "published"), ("Uppdaterad: för 5 minuter sedan", "updated")):
        hit = first_match(rules, line)  # under a publication label: the head's anchor still
        assert hit is not None and hit[0].action == action, line
    for line in ("Olyckan inträffade för två timmar sedan.", "Det var för 3 dagar sedan som bron stängdes",
                 "Eva S. skrev under för 4 minuter sedan"):
        hit = first_match(rules, line)
        assert hit is None or hit[0].name != "relative-time", line
    live = (
        "Direkt\nSnöovädret i Norrbotten\n"
        "Här rapporterar vi löpande om ovädret som drar in över länet under dagen.\n"
        "Senaste uppdateringen för 4 minuter sedan\n\n"
        "Trafikverket stänger E4 mellan Luleå och Piteå på grund av snödrev och mycket dålig sikt.\n"
        "för 2 timmar sedan\n"
        "SMHI har utfärdat en orange varning för snöfall i kustlandet under natten mot lördag.\n"
    )
    article = _read(live)
    spoken = _spoken(article)
    assert "stänger E4" in spoken and "orange varning" in spoken
    assert "sedan" not in spoken


# A list's item may sum up a sentence of the text in its own short words ("Stensjöns bastuförening – ny kamin, 8 000 kr"
# under "Det minsta är 8 000 kronor till Stensjöns bastuförening för ny kamin"): before the change it was taken for the
# page's echo of that sentence (a quote card's) and lost. An item is an echo only of the headline or the lead.

GRANTS = (
    "Sparbanksstiftelsen Norr\nStart\nStipendier\nKontakt\n\n"
    "Pressmeddelande\n2 oktober 2026\n\n"
    "Stiftelsen delar ut 900 000 kronor till elva idrottsföreningar\n"
    "Pengarna ska gå till utrustning och anläggningar för barn- och ungdomsidrott i kommunens byar.\n\n"
    "Det största bidraget, 200 000 kronor, går till Ytterbyns SK för en ny konstgräsplan vid skolan.\n"
    "Det minsta är 12 000 kronor till Norrbyns skidklubb för nya pjäxor att låna ut.\n"
    "{items}\n\n"
    "För mer information, kontakta:\nEva Lund, ordförande, 070-111 22 33\n"
)


def test_a_lists_items_that_sum_up_the_texts_sentences_stay() -> None:
    items = ("Tilldelade bidrag\nYtterbyns SK – ny konstgräsplan vid skolan, 200 000 kr\n"
             "Bjurå IF – belysning till motionsspåret, 95 000 kr\nNorrbyns skidklubb – nya pjäxor att låna ut, 12 000 kr")
    spoken = _spoken(_read(GRANTS.format(items=items)))
    assert "Ytterbyns SK – ny konstgräsplan vid skolan, 200 000 kr" in spoken
    assert "Norrbyns skidklubb – nya pjäxor att låna ut, 12 000 kr" in spoken
    assert "Bjurå IF – belysning till motionsspåret, 95 000 kr" in spoken


def test_a_quote_card_repeating_a_sentence_still_goes() -> None:
    # The guard: a sentence said again on its own under a label (a quote card) is the page's echo, as before.
    text = (
        "Sparbanksstiftelsen Norr\nStart\nKontakt\n\n2 oktober 2026\n"
        "Stiftelsen delar ut 900 000 kronor till elva idrottsföreningar\n"
        "Pengarna ska gå till utrustning och anläggningar för barn- och ungdomsidrott i kommunens byar.\n\n"
        "– Vi vill att alla barn ska kunna idrotta nära hemmet, oavsett vad föräldrarna tjänar, säger Eva Lund.\n"
        "Ansökningarna kom från hela kommunen och var fler än något år tidigare.\n\n"
        "Citat\n– Vi vill att alla barn ska kunna idrotta nära hemmet, oavsett vad föräldrarna tjänar, säger Eva Lund.\n"
    )
    spoken = _spoken(_read(text))
    assert spoken.count("alla barn ska kunna idrotta") == 1 and "Citat" not in spoken


# The organisation's own service box under the article: a short label, the site's own name with at most one word
# beside it ("Kundtjänst Söderkulla kommun"), telephone or e-mail lines. The same under every page of the site; an
# article's contact names a person and stays.

MUNICIPAL = (
    "Norrviks kommun\nStart\nBo och leva\nTrafik\nKontakt\n\n"
    "Nyheter\n"
    "Gatubelysningen byts till LED i hela Norrvik\n"
    "Publicerad 20 oktober 2026\n\n"
    "Under vintern byter kommunen ut drygt 3 000 gatlampor mot LED-armaturer, vilket halverar elförbrukningen.\n"
    "Arbetet börjar i centrum i november och fortsätter sedan ut i bostadsområdena fram till mars.\n"
    "Under några timmar kan enskilda gator vara mörkare än vanligt medan armaturerna byts.\n\n"
    "{box}\n\n"
    "Sidan uppdaterades 20 oktober 2026\n\n"
    "Norrviks kommun\nTelefon: 0640-123 00\nTillgänglighetsredogörelse\n"
)
LED_TEXT = ("drygt 3 000 gatlampor", "fortsätter sedan ut i bostadsområdena", "mörkare än vanligt")


def test_the_organisations_service_box_under_the_article_is_not_read() -> None:
    for box in (
        "Kontakt\nKontaktcenter Norrviks kommun\n0640-123 00\nkontaktcenter@norrvik.se",
        "Frågor?\nNorrviks kommun växel\n0640-123 00",
        "Har du frågor\nNorrviks kommun\nTel. 0640-123 00\nE-post: info@norrvik.se",
    ):
        spoken = _spoken(_read(MUNICIPAL.format(box=box)))
        assert all(t in spoken for t in LED_TEXT), box
        assert "0640-123 00" not in spoken and "Kontaktcenter" not in spoken and "växel" not in spoken, box


def test_an_articles_contact_naming_a_person_stays() -> None:
    box = "Kontakt\nAnna Ek, projektledare, Norrviks kommun\n070-123 45 67"
    spoken = _spoken(_read(MUNICIPAL.format(box=box)))
    assert "Anna Ek, projektledare, Norrviks kommun" in spoken and "070-123 45 67" in spoken


# HTML: a block of teasers whose class says "summary" or "excerpt" (a page builder's summary block of coming events, a
# related-posts excerpt list) was taken for the lead, all its items run together. A lead holds no heading of its own and
# is not made of links.

def _page(block: str, lead: str = "") -> str:
    return (
        "<!doctype html><html lang='sv'><head><title>Höstmarknaden — Byalaget</title></head><body>"
        "<header><a href='/'>Östra Byalaget</a><nav><a href='/a'>Aktuellt</a><a href='/b'>Om oss</a></nav></header>"
        "<main><article><h1>Höstmarknaden slog besöksrekord i Östra by</h1>"
        "<p class='meta'><span>Karin Holm</span> <time datetime='2026-10-12'>12 oktober 2026</time></p>"
        f"{lead}"
        "<div class='entry-content'>"
        "<p>Drygt 1 200 besökare kom till höstmarknaden på bygdegårdens äng i lördags, fler än något år tidigare.</p>"
        "<p>Ett trettiotal knallar sålde allt från honung och ullgarn till svarvade skålar och hembakat bröd.</p>"
        "<p>Överskottet på 31 000 kronor går till den nya lekplatsen bakom bygdegården, som byggs till våren.</p>"
        "</div>"
        f"{block}"
        "</article></main><footer><p>Östra Byalaget · Bygatan 2</p></footer></body></html>"
    )


def test_a_teaser_block_whose_class_says_summary_is_no_lead() -> None:
    blocks = (
        "<section class='summary-block'><h3>På gång i byn</h3>"
        "<div class='summary-item'><span>2 nov</span><a href='/p/1'>Pubafton med musikquiz</a></div>"
        "<div class='summary-item'><span>16 nov</span><a href='/p/2'>Julpyssel för barn</a></div></section>",
        "<div class='events-summary'><h2>Kommande evenemang</h2><ul><li><time>2 nov</time> <a href='/p/1'>Pubafton "
        "med musikquiz</a></li><li><time>16 nov</time> <a href='/p/2'>Julpyssel för barn</a></li></ul></div>",
        "<div class='intro-cards'><a href='/n/1'><span>Nyhet</span> Ny belysning längs cykelvägen till skolan</a>"
        "<a href='/n/2'><span>Nyhet</span> Styrelsen söker fler frivilliga till vårstädningen</a></div>",
        "<section class='excerpt'><div><a href='/n/3'>Badplatsen får ny brygga till sommaren</a></div>"
        "<div><a href='/n/4'>Loppis i bygdegården i vår</a></div></section>",
    )
    for block in blocks:
        article = extract_html(_page(block), "t.html")
        spoken = _spoken(article)
        assert article.lead is None or "Pubafton" not in article.lead and "belysning" not in article.lead, block[:30]
        assert "Pubafton" not in spoken and "cykelvägen" not in spoken and "brygga" not in spoken, block[:30]
        assert "Drygt 1 200 besökare" in spoken and "31 000 kronor" in spoken, block[:30]


def test_a_lead_whose_class_says_summary_with_a_link_in_it_stays_the_lead() -> None:
    lead = ("<p class='summary'>Rekordmånga kom till <a href='/m'>höstmarknaden</a> i Östra by, och överskottet går "
            "till barnens nya lekplats.</p>")
    article = extract_html(_page("", lead), "t.html")
    assert (article.lead or "").startswith("Rekordmånga kom till höstmarknaden")


def test_a_headline_and_lead_right_under_the_consent_buttons_without_a_blank_line_stay() -> None:
    # The guard: the dialog's buttons with the article's head right under them in one box; the dialog is what stands
    # above its buttons.
    dump = (
        "Vi använder kakor för statistik.\nNeka\nGodkänn alla\n"
        "Ny förskola byggs i Kvarnbacken\n"
        "Kommunen bygger en förskola för 120 barn i Kvarnbacken, där bostadsområdet växer snabbt.\n"
        "Av Lena Sund\n8 maj 2026\n\n"
        "Förskolan ska stå klar hösten 2028 och få sex avdelningar, ett tillagningskök och en stor gård mot skogen.\n"
        "Bygget kostar omkring 95 miljoner kronor enligt barn- och utbildningsförvaltningens kalkyl.\n"
    )
    article = _read(dump)
    assert article.title == "Ny förskola byggs i Kvarnbacken"
    assert (article.lead or "").startswith("Kommunen bygger en förskola")
