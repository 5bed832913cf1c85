"""Session 49, round 1 (issue #9).

- extract261 (page dumps, read first at this session's start: headline 12/12, leak 10/694): a listed company's press
  release closes with its contacts under "Kontaktpersoner" (name, title, phone, e-mail for two people) and the
  regulatory sentence every listed company's release carries ("Denna information är sådan information som … är
  skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning. Informationen lämnades …"). Both were read. The
  sentence is a row of the rule table (``mar-disclosure``; the golden page b26-u11 annotates it boilerplate too), and
  with it gone the cards stand under the last running prose as contact cards do; the plural heading "Kontaktpersoner"
  is a card's heading as "Kontaktperson" was (``contacts._CONTACT_HEADING``).
- a theatre's follow button over its share row ("Bevaka föreställningen") was read: "Bevaka" with one word in its
  definite form is a button of the share row (``share``). In a dump with blank lines the theatre's fact box glued over
  the buttons ("Sågverket" / "Regi: …" / "Speltid: …" / "Spara" / "Dela") went with them, the box judged as a whole
  by the company it keeps; a box opened by at least two items of a fact box before its first line of furniture opens
  with the article's facts, and only the rest is judged (``boxtags._fact_head``).

- extract264 (page dumps written during the session, read first at bd93dcb5, the session's start: headline 12/12, leak
  3/685): a ski club's page sets the top picture's credit over its caption ("Foto: Maria Sundin" / "Ordförande … vid
  den nya belysningen på Kullstigen.") right over the text; the caption was read first. A scene caption glued under
  the credit where the text begins, running prose under it, goes (``picturelines._under_credit``). A box of links'
  bare heading, "Länkar", was read over the dropped links (row ``links-heading``: 39 of 39 such lines in the golden
  set are boilerplate).

Round 2 (extract265, 266, written during the session and read first at bd93dcb5: dumps headline 9/12, leak 18/601; HTML
F1 0.996 against trafilatura's 0.968, leak 2/388):

- a municipality's crisis page sets an alert banner ("Viktigt: Kokningsrekommendation …" / "Läs mer") over a
  breadcrumb laid out one item a line without separators ("Startsida" / "Kommun och politik" / …); the banner was
  taken for the lead and a menu word for the headline. The site's home opening a trail over a menu's word said again
  opens the trail (``headcrumbs._HOME``), and the page's first paragraph is looked for among the lines the rules kept
  (the cookie banner's prose stood first);
- a match report's headline of 17 words, two clauses joined by a spaced dash, over its byline: title-like up to 20
  words (``lineshape.DASHED_TITLE_WORDS``; a scoreboard's row had been taken for the lead);
- a live report's closing status ("Rapporteringen är avslutad för i kväll. …", row ``live-feed``), a link's label
  marked as leading off the site ("… (extern webbplats)", row ``external-link``), a person's card on one line,
  "Name, role Telefon: …" (``contacts._person_channel``), and in HTML a contact box named by its class as one word
  ("lj-contactbox", ``html_classes.BOILERPLATE_CLASS_PHRASES``).

The first version of the home's trail also dropped the trail's items said again when no home opened it (the golden
b31-u13's head said again, "Boktips" / "Sommarens boktips …", lost its headline) and left a section page's name ending
the trail a candidate once the menu's twins were gone (golden b14-t10); the bench caught both, and the last test below
guards the second.

Written after the fixes, for invented sites (a mining company, a county theatre, a rowing club, a municipality's
crisis page, a hockey club, a SiteVision page, a swimming hall's section). The guards: an article's own
sentence about a company's duty to disclose is read; a subheading that begins with "Bevaka" and says more is read.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_RELEASE = """Hoppa till innehåll
Fjällmalm AB (publ)
Om oss
Verksamhet
Investerare
Media
Pressmeddelanden
Fjällmalm påbörjar provbrytning i Stekenjokk
Pressmeddelande 4 februari 2026 kl. 08.30

Fjällmalm AB (publ) har fått länsstyrelsens tillstånd att påbörja provbrytning vid den nedlagda gruvan i Stekenjokk i Strömsunds kommun. Provbrytningen omfattar som mest 40 000 ton malm under 2026.

Syftet är att pröva en ny anrikningsmetod som ska minska mängden restsand med en tredjedel jämfört med den gamla driften.

– Vi vill visa att det går att bryta på nytt utan att upprepa misstagen från förr, säger Fjällmalms vd Maria Sundin.

Arbetet påbörjas i maj när vägen till gruvområdet är farbar. Samebyarna i området har fått ta del av planerna, och bolaget har lovat att pausa arbetet under kalvningen.

Kontaktpersoner
Maria Sundin
Vd
+46 70 318 22 45
maria.sundin@fjallmalm.se
Per Olof Lidén
Informationsansvarig
+46 72 514 80 03
per.olof.liden@fjallmalm.se
Denna information är sådan information som Fjällmalm AB (publ) är skyldigt att offentliggöra enligt EU:s marknadsmissbruksförordning. Informationen lämnades, genom ovanstående kontaktpersoners försorg, för offentliggörande den 4 februari 2026 kl. 08.30 CET.
Om Fjällmalm
Fjällmalm AB (publ) är ett prospekteringsbolag med projekt i Jämtland och Västerbotten.
Dela
LinkedIn
E-post
© Fjällmalm 2026
"""

_THEATRE = """Länsteatern i Västernorrland
Föreställningar
Biljetter
Besök oss
Om teatern
Premiär för Sågverket i Kramfors
Publicerad 10 januari 2026

Länsteaterns nya föreställning Sågverket har premiär på Kramfors teater den 14 februari. Pjäsen bygger på intervjuer med sågverksarbetare i Ådalen.

Regissören Lina Höglund har under ett år träffat ett trettiotal tidigare arbetare och deras barn.

– Det är deras egna ord vi spelar, och flera av dem kommer att sitta i salongen på premiären, säger hon.

Efter Kramfors turnerar föreställningen till Härnösand, Sollefteå och Örnsköldsvik under mars.

Sågverket
Av: Lina Höglund och ensemblen
Regi: Lina Höglund
Premiär: 14 februari 2026, Kramfors teater
Speltid: cirka 1 timme 50 minuter
Bevaka föreställningen
Dela
Facebook
Instagram
Länsteatern i Västernorrland, Box 88, 871 22 Härnösand
"""


def test_a_listed_companys_disclosure_and_contact_cards_are_not_read() -> None:
    spoken = spoken_text(read_dump(_RELEASE))
    assert "marknadsmissbruksförordning" not in spoken and "offentliggörande" not in spoken
    assert "Kontaktpersoner" not in spoken and "Informationsansvarig" not in spoken and "+46" not in spoken
    assert "pausa arbetet under kalvningen" in spoken and "restsand" in spoken


def test_a_companys_own_sentence_about_disclosure_is_read() -> None:
    news = ("Bolaget är skyldigt att offentliggöra alla uppgifter som kan påverka aktiens pris, och därför kom beskedet "
            "före börsens öppning.\n\n")
    spoken = spoken_text(read_dump(_RELEASE.replace("Kontaktpersoner\n", news + "Kontaktpersoner\n")))
    assert "därför kom beskedet före börsens öppning" in spoken


_PRESS_TAIL = ("Instagram\nKopiera länk\nPressbilder\nLadda ner pressbilder (zip, 20 MB)\nSenaste nytt\n"
               "Ny ljusdesign på stora scenen\nNyhet · 2 januari 2026\nFler nyheter\n")


def test_a_follow_button_is_not_read() -> None:
    flat = "\n".join(x for x in _THEATRE.replace("Instagram\n", _PRESS_TAIL).split("\n") if x) + "\n"  # no blank line
    article = read_dump(flat)
    assert article.title == "Premiär för Sågverket i Kramfors"
    spoken = spoken_text(article)
    assert "Bevaka" not in spoken
    assert "turnerar föreställningen till Härnösand" in spoken and "Regi: Lina Höglund" in spoken


def test_a_subheading_that_begins_with_bevaka_is_read() -> None:
    dump = _THEATRE.replace("– Det är deras", "Bevaka Ådalens historia\n\n– Det är deras")
    assert "Bevaka Ådalens historia" in spoken_text(read_dump(dump))


def test_the_articles_fact_box_glued_over_the_share_row_is_read() -> None:
    spoken = spoken_text(read_dump(_THEATRE.replace("Bevaka föreställningen\n", "Spara\n")))
    assert "Regi: Lina Höglund" in spoken and "Speltid: cirka 1 timme 50 minuter" in spoken
    assert "Spara" not in spoken and "Dela" not in spoken


_CLUB = """Roddklubben Strömmen
Start
Nyheter
Träning
Bli medlem
Kontakt
Nytt båthus klart vid Näckrosviken
Publicerad 2026-04-02 19:10 av Jonas Ek
Foto: Jonas Ek
Juniorerna Alva Strand och Hugo Berg framför det nya båthuset vid Näckrosviken en blåsig aprilkväll.
Efter ett års bygge står klubbens nya båthus klart. Det rymmer 24 båtar och har ett eget omklädningsrum för juniorerna.
Bygget kostade 2,1 miljoner kronor, varav kommunen stod för hälften.
– Nu slipper vi bära båtarna över vägen, säger ordföranden Karin Holm.
Invigningen blir lördagen den 18 april klockan 11.
Länkar
Ritningar över båthuset (pdf)
Kommunens föreningsstöd
Gilla
"""


def _read_as(dump: str, title: str, lead: str, gone: tuple[str, ...], kept: str) -> None:
    """The dump's headline and the lead's opening as given, none of ``gone`` spoken and ``kept`` spoken."""
    article = read_dump(dump)
    assert article.title == title
    assert (article.lead or "").startswith(lead)
    spoken = spoken_text(article)
    assert not [g for g in gone if g in spoken]
    assert kept in spoken


def test_a_scene_caption_under_the_top_pictures_credit_is_no_lead() -> None:
    _read_as(_CLUB, "Nytt båthus klart vid Näckrosviken", "Efter ett års bygge", ("Juniorerna Alva Strand", "Länkar"),
             "klockan 11")


def test_a_lead_under_the_credit_is_read() -> None:
    article = read_dump(_CLUB.replace(
        "Juniorerna Alva Strand och Hugo Berg framför det nya båthuset vid Näckrosviken en blåsig aprilkväll.\n", ""))
    assert (article.lead or "").startswith("Efter ett års bygge")


_CRISIS = """Vi använder kakor för att webbplatsen ska fungera så bra som möjligt för dig. Du kan själv välja vilka kakor du godkänner.
Godkänn alla kakor
Till innehållet
Kontakt
Ekebyns kommun
Sök
Meny
Bo och bygga
Omsorg
Trafik
Kommun och politik
Viktigt: Vattenläcka i centrala Ekeby. Vatten delas ut vid torget.
Läs mer
Startsida
Kommun och politik
Krisinformation
Vattenläcka i Ekeby – vattnet stängs av under natten
En huvudledning har gått sönder under Storgatan i Ekeby, och vattnet stängs av för omkring 300 hushåll från klockan 22 i kväll.
Reparationen beräknas vara klar till klockan sex i morgon bitti. Under tiden delas vatten ut i dunkar vid torget.
– Vi ber alla som bor i området att fylla på vatten innan avstängningen, säger driftchefen Sara Lind.
Mer information om avbrott finns hos Ekebyns Vatten.
Ekebyns Vattens driftinformation (extern webbplats)
Publicerad 12 mars 2026
"""


def test_a_crisis_pages_banner_over_a_trail_is_no_lead() -> None:
    _read_as(_CRISIS, "Vattenläcka i Ekeby – vattnet stängs av under natten", "En huvudledning har gått sönder",
             ("Viktigt:", "extern webbplats"), "fylla på vatten innan avstängningen")


_MATCH = """Ekby HC
Biljetter
A-lag
Juniorer
Start / Nyheter / Matchrapporter
Hockeyettan · Omgång 14
Ekby HC
2 – 5
Nordviks IK
Slutresultat
Berg 12’, Lind 48’
Ekby ishall · Publik: 1 204
Matchrapport
Statistik
Tre mål i andra perioden – sedan var Nordvik ostoppbart och Ekby föll tungt inför egen publik i derbyt
Text: Anna Sjöberg
Publicerad 14 januari 2026, 21.40
Ekby började bra och ledde efter första perioden. Men i andra perioden gjorde Nordvik tre mål på fem minuter.
– Vi tappade strukturen helt, säger tränaren Per Holm.
Nästa match spelas på lördag i Nordvik.
"""


def test_a_long_dashed_headline_over_its_byline_past_a_scoreboard() -> None:
    article = read_dump(_MATCH)
    assert article.title.startswith("Tre mål i andra perioden – sedan var Nordvik ostoppbart")
    assert (article.lead or "").startswith("Ekby började bra")


def test_a_live_reports_closing_status_is_not_read() -> None:
    dump = _CRISIS.replace("Mer information om avbrott",
                           "Rapporteringen är avslutad för i kväll. Vi uppdaterar om något nytt händer.\nMer information om avbrott")
    assert "Rapporteringen är avslutad" not in spoken_text(read_dump(dump))


def test_a_persons_card_on_one_line_is_not_read() -> None:
    dump = _THEATRE.replace("Bevaka föreställningen\n", "").replace(
        "Dela\n", "Kontakt\nLina Höglund, regissör Telefon: 0611-34 90 12\nJonas Ek, pressansvarig Telefon: 0611-34 90 40\nDela\n")
    spoken = spoken_text(read_dump(dump))
    assert "Telefon" not in spoken and "pressansvarig" not in spoken
    assert "Speltid: cirka 1 timme 50 minuter" in spoken


def test_a_contact_box_named_by_its_class_is_not_read() -> None:
    from audiocast.ingest.html import extract_html

    html = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Nytt bibliotek | Ekebyns kommun</title>
</head><body><main><h1>Nytt bibliotek i Ekeby</h1>
<p class="normal">Kommunfullmäktige har beslutat att bygga ett nytt bibliotek vid torget i Ekeby. Det ska stå klart 2028.</p>
<p class="normal">Biblioteket får en läsesal, ett rum för barn och en scen för författarbesök och möten.</p>
<p class="normal">– Biblioteket blir ortens vardagsrum, säger kulturchefen Eva Berg.</p>
<div class="sv-text-portlet-content kk-contactbox"><h2>Kontakt</h2>
<p><strong>Eva Berg</strong>, kulturchef<br>Telefon: 0611-34 80 00</p></div>
</main></body></html>"""
    article = extract_html(html, "page.html")
    spoken = "\n".join([article.title, article.lead or ""] + [b.text for b in article.blocks])
    assert "Telefon" not in spoken and "ortens vardagsrum" in spoken


_SECTION_TRAIL = """Hoppa till innehållet
Talsyntes
Norrviks kommun
E-tjänster
Skola och förskola
Stöd och omsorg
Kultur och fritid
Miljö och hälsa
Startsida
Kultur och fritid
Ekeby simhall
Nyheter från Ekeby simhall
Simhallen stänger för renovering i sommar
Ekeby simhall stänger den 15 juni och öppnar igen i slutet av augusti, när bassängens kakel har bytts.
Under stängningen kan skolorna simma i Västerby, dit kommunen ordnar buss.
– Vi vet att många saknar simhallen på sommaren, men arbetet kan inte vänta längre, säger badchefen Lena Holm.
Publicerad 2 maj 2026
"""


def test_a_section_pages_name_ending_a_home_trail_is_no_headline() -> None:
    article = read_dump(_SECTION_TRAIL)
    assert article.title == "Simhallen stänger för renovering i sommar"
    assert "Kultur och fritid" not in spoken_text(article) and "Ekeby simhall\n" not in spoken_text(article)
