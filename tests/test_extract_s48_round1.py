"""Session 48, round 1 (issue #9).

- extract255 (HTML, read first at the end of session 47): a live report's latest entries set into an article's text
  on a WordPress news site ("Senaste om vårfloden" / three entries each opened by ``<time datetime="…T11:20">`` /
  "Till liveflödet") were read between the article's paragraphs. A box of list items each opened by a time stamped
  with a date and a time is the site's feed, not the article (``html_feeds.drop_feed_boxes``).

- extract258 (HTML, read first at this session's start): an old table layout page sets its picture in a table of its
  own, the picture in one row and the caption in small italics in the next ("<tr><td><img></td></tr><tr><td><font
  size=1><i>Taket på bygdegården har läckt …</i></font></td></tr>"); the caption was read between the paragraphs.
  The element a picture's next row or cell holds alone is looked at as a caption, as the element right after the
  picture already was (``figures._cell_content``).

- extract256, extract257 (page dumps, read first at this session's start): the top picture's caption standing alone
  between blank lines under the byline, a scene with a relative clause after its comma ("Kjell och Birgitta Forsberg
  bakom disken i butiken på Storgatan, där de har stått sedan 1983."), was read: a caption alone is now a verbless
  sentence or such a scene (``furniture.caption_tags`` with ``barecaptions.scene_shaped``); a caption marked by its
  credit ("… våren 1923. Fotograf okänd. Ur föreningens samlingar (BHF 1987:112).") right under the headline and the
  byline was taken for the lead: a marked caption where the text begins goes (``picturelines.past_captions``), and an
  archive's sentence after the unnamed credit is part of the credit.

Round 3 (extract259, 12 dumps written late in the session and read first at 8fb04ae0: headline 11/12, leak 4/694):

- a municipality's page lays its breadcrumb out one item a line, the last item the page's title, then the headline
  saying it again, the lead, and only then the date line; the first subheading, right under the date line, was taken
  for the headline and the lead dropped as over the head. A stacked trail's last item names the page: the line that
  says it again scores as a one-line trail's end and as a line said twice (``headcrumbs.stacked_trail_end``,
  ``Candidate.crumb_end``), and the paragraph right under it is the lead, not a line over a dated head below
  (``headblocks.dated_head_below``);
- rows of the rule table: a view counter with its label first ("Visningar: 287", ``view-count``), a link's label to
  an e-service or a form ("Till e-tjänsten Feriejobb 2025", ``service-link``), a press page's terms for its pictures
  ("Pressbilder får användas fritt i samband med …", ``press-image-terms``).

Written after the fixes, for invented sites (a Drupal-like regional site, a village association's table layout). The
guards: an article's own programme whose times carry no date is read; a live report whose whole text is stamped
entries (the article itself) is read; an article's own timeline of stamped events that links nowhere (a golden page,
b10-m16, "Valnatten i korthet") is read; a table's next row holding a paragraph of prose is no caption.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.html import extract_html

_STAMPED = ("<li><time datetime=\"2026-05-02T{h}\">{h}</time> {t}</li>")


def _page(inner: str, title: str = "Ny skola byggs i Västra Ryd") -> str:
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title} | Östgötaposten</title></head>
<body><header class="site-header"><a href="/">Östgötaposten</a><nav><ul><li><a href="/nyheter">Nyheter</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article class="node node--article"><h1 class="page-title">{title}</h1>
<div class="field--name-field-date">12 mars 2026</div>
<div class="field--name-body">{inner}</div></article></main>
<footer><p>Östgötaposten AB, Box 12, 581 02 Linköping</p></footer></body></html>"""


_P1 = ("<p>Kommunen har beslutat att bygga en ny F–6-skola i Västra Ryd. Skolan ska stå klar till hösten 2028 och ha "
       "plats för 450 elever.</p>")
_P2 = ("<p>– Området växer snabbt och barnen ska inte behöva åka buss till Ekholmen, säger barn- och "
       "ungdomsnämndens ordförande Karin Löf.</p>")
_P3 = ("<p>Bygget beräknas kosta 310 miljoner kronor. Upphandlingen av en entreprenör börjar i april, och "
       "markarbetena kan komma i gång före sommaren.</p>")
_FEED = """<section class="ticker ticker--inline"><h3 class="ticker__title">Just nu i Östergötland</h3>
<ol class="ticker__list">
<li><time datetime="2026-03-12T14:02:00+01:00">14.02</time> Olycka på E4 vid Norsholm, ett körfält avstängt.</li>
<li><time datetime="2026-03-12T13:40:00+01:00">13.40</time> Strömavbrott i centrala Motala.</li>
<li><time datetime="2026-03-12T12:15:00+01:00">12.15</time> Polisen söker vittnen till rån i Mjölby.</li>
</ol><a class="ticker__more" href="/just-nu">Se alla händelser</a></section>"""


def _spoken(html: str) -> str:
    article = extract_html(html, "page.html")
    return "\n".join([article.title, article.lead or ""] + [b.text for b in article.blocks]
                     + [i for b in article.blocks for i in b.items])


def test_a_feed_of_stamped_entries_inside_the_article_is_not_read() -> None:
    spoken = _spoken(_page(_P1 + _P2 + _FEED + _P3))
    assert "Olycka på E4" not in spoken
    assert "Just nu i Östergötland" not in spoken
    assert "Se alla händelser" not in spoken
    assert "450 elever" in spoken and "Karin Löf" in spoken and "310 miljoner" in spoken


def test_guard_the_articles_own_programme_with_times_alone_is_read() -> None:
    programme = """<h2>Program för invigningen</h2><ul>
<li><time datetime="10:00">10.00</time> Kommunalrådet klipper bandet vid huvudentrén.</li>
<li><time datetime="10:30">10.30</time> Skolkören sjunger i matsalen.</li>
<li><time datetime="11:00">11.00</time> Visning av klassrummen för föräldrar.</li></ul>"""
    spoken = _spoken(_page(_P1 + _P2 + programme + _P3))
    assert "Skolkören sjunger i matsalen." in spoken
    assert "Kommunalrådet klipper bandet" in spoken


def test_guard_a_live_report_made_of_stamped_entries_is_read() -> None:
    entries = "".join(
        f'<li><time datetime="2026-03-12T{h}:00+01:00">{h.replace(":", ".")}</time> {t}</li>'
        for h, t in (("16:45", "Räddningstjänsten meddelar att branden i lagerlokalen i Tornby nu är under kontroll, "
                               "men eftersläckningen väntas pågå hela kvällen."),
                     ("16:10", "Boende i området uppmanas fortfarande att hålla fönster och dörrar stängda och att "
                               "stänga av ventilationen på grund av den kraftiga röken."),
                     ("15:32", "En kraftig brand har brutit ut i en lagerlokal i Tornby industriområde. Flera "
                               "enheter från räddningstjänsten är på väg till platsen.")))
    live = f'<p>Vi rapporterar löpande om branden i Tornby.</p><ul class="live-entries">{entries}</ul>'
    spoken = _spoken(_page(live, "Brand i lagerlokal i Tornby"))
    assert "eftersläckningen väntas pågå" in spoken
    assert "Flera enheter från räddningstjänsten" in spoken


def test_guard_the_articles_own_timeline_of_stamped_events_that_links_nowhere_is_read() -> None:
    timeline = "<h2>Dagen i korthet</h2><ol class=\"timeline\">" + "".join(
        _STAMPED.format(h=h, t=t) for h, t in (("08:10", "Första bussen fastnade i backen vid Ryds centrum."),
                                                ("09:30", "Kommunen skickade ut två extra sandbilar."))) + "</ol>"
    spoken = _spoken(_page(_P1 + _P2 + timeline + _P3))
    assert "Kommunen skickade ut två extra sandbilar." in spoken


def _layout(caption_row: str) -> str:
    return f"""<HTML><HEAD><TITLE>Lillby byalag - Nyheter</TITLE></HEAD><BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="760"><TR><TD WIDTH="160" VALIGN="top"><A HREF="index.htm">Hem</A><BR><A HREF="nyheter.htm">Nyheter</A>
<BR><A HREF="kontakt.htm">Kontakt</A></TD><TD VALIGN="top">
<FONT FACE="Verdana" SIZE="4"><B>Badplatsen vid Lillsjön får ny brygga</B></FONT><BR>
<FONT FACE="Verdana" SIZE="1">2026-05-04</FONT><BR><BR>
<FONT FACE="Verdana" SIZE="2">Byalaget har fått 65 000 kronor från kommunens landsbygdsfond för att bygga en ny brygga
vid badplatsen. Den gamla bryggan dömdes ut av kommunens inspektör i höstas.</FONT><BR><BR>
<TABLE ALIGN="right" WIDTH="220"><TR><TD><IMG SRC="bilder/brygga.jpg" WIDTH="210" ALT="Bryggan"></TD></TR>
{caption_row}</TABLE>
<FONT FACE="Verdana" SIZE="2">Arbetet görs av medlemmarna under två helger i juni, och virket levereras av sågverket
i Norrby. Bryggan blir tolv meter lång och får en ramp för rullstol.<BR><BR>
– Vi vill att alla ska kunna bada här, säger byalagets ordförande Eva Lund.<BR><BR>
Den nya bryggan invigs på midsommardagen med korvgrillning och fiskdamm för barnen.</FONT>
</TD></TR></TABLE><CENTER><FONT SIZE="1">Lillby byalag, Byvägen 3, 725 91 Lillby</FONT></CENTER></BODY></HTML>"""


def test_a_caption_in_the_row_under_a_layout_tables_picture_is_not_read() -> None:
    row = '<TR><TD><FONT FACE="Verdana" SIZE="1"><I>Den gamla bryggan har stått sedan 1987.</I></FONT></TD></TR>'
    spoken = _spoken(_layout(row))
    assert "Den gamla bryggan har stått sedan 1987." not in spoken
    assert "ramp för rullstol" in spoken and "midsommardagen" in spoken


def test_guard_a_paragraph_in_the_row_under_a_picture_is_read() -> None:
    row = ("<TR><TD><P>Bryggan byggs i tryckimpregnerat virke och förankras med sex betongfundament som gjuts redan "
           "i maj. Ritningarna har granskats av kommunens byggnadsinspektör.</P></TD></TR>")
    spoken = _spoken(_layout(row))
    assert "sex betongfundament" in spoken


_SHOP = ("Bergslagsbladet\nMeny\nSök\nLogga in\n\nEkonomi\nSkomakaren i Hällefors lägger ner efter 38 år\n\n"
         "Sulor, klackar och en kopp kaffe vid disken. Vid årsskiftet stänger Hällefors Skomakeri, när Göran Lind går i "
         "pension.\n\nPublicerad 3 november 2026 kl. 06.00\nText och foto: Eva Dahl\n\n")
_SHOP_TEXT = ("Det luktar läder och lim i den lilla verkstaden på Köpmangatan. Göran Lind, 69 år, byter klack på ett par "
              "kängor medan en kund väntar.\n\n– Folk slänger för mycket i dag. Ett par bra skor kan hålla i tjugo år "
              "om man lagar dem, säger han.\n\nNågon köpare har inte hörts av, trots annonser i både tidningen och på "
              "nätet.\n\nDela\nFacebook\nKopiera länk\n")


def test_a_scene_caption_alone_under_the_byline_is_not_read() -> None:
    caption = "Göran Lind vid symaskinen i verkstaden på Köpmangatan, där han har arbetat sedan 1988.\n\n"
    spoken = spoken_text(read_dump(_SHOP + caption + _SHOP_TEXT))
    assert "vid symaskinen" not in spoken
    assert "byter klack" in spoken and "tjugo år" in spoken


def test_a_credited_caption_where_the_text_begins_is_no_lead() -> None:
    caption = "Verkstaden på Köpmangatan en vinterdag 1952. Fotograf okänd. Ur museets samlingar (HM 1990:14).\n\n"
    article = read_dump(_SHOP.replace("Sulor, klackar och en kopp kaffe vid disken. Vid årsskiftet stänger Hällefors "
                                      "Skomakeri, när Göran Lind går i pension.\n\n", "") + caption + _SHOP_TEXT)
    assert "Fotograf okänd" not in spoken_text(article)
    assert (article.lead or "").startswith("Det luktar läder")


def test_guard_an_articles_paragraph_alone_under_the_byline_is_read() -> None:
    paragraph = ("Göran Lind tog över verkstaden efter sin far, som hade drivit den sedan 1954, och har sedan dess "
                 "lagat skor åt tre generationer hällefosbor.\n\n")
    spoken = spoken_text(read_dump(_SHOP + paragraph + _SHOP_TEXT))
    assert "tog över verkstaden efter sin far" in spoken


_KOMMUN = ("Hoppa till huvudinnehåll\nNorrvikens kommun\nLyssna\nKontakt\nSök\nMeny\nBarn och utbildning\n"
           "Omsorg och stöd\nBygga, bo och miljö\nKultur och fritid\nStartsida\n/\nKultur och fritid\n/\nBibliotek\n/\n"
           "Nyheter\n/\nBiblioteket i Norrvik håller stängt under ombyggnaden\n"
           "Biblioteket i Norrvik håller stängt under ombyggnaden\n"
           "Från den 2 juni till och med den 15 augusti är huvudbiblioteket stängt medan lokalerna byggs om. Under tiden "
           "finns en tillfällig utlåning i Medborgarhuset.\nPublicerad 20 maj 2026\nMer plats för barn och unga\n"
           "Ombyggnaden ger en ny barnavdelning på övervåningen och ett tyst läsrum mot parken. Arbetet kostar 4,2 "
           "miljoner kronor och görs av ett lokalt byggföretag.\n– Vi har längtat efter det här länge, säger "
           "bibliotekschefen Maria Holm.\nÖppettider i Medborgarhuset\nDen tillfälliga utlåningen har öppet vardagar "
           "klockan 10–18 och lördagar klockan 10–14. Böcker kan lämnas i återlämningslådan dygnet runt.\n"
           "Till e-tjänsten Mina lån\nDela sidan\nFacebook\nSidansvarig: Kultur- och fritidsförvaltningen\n")


def test_a_stacked_trails_last_item_said_again_is_the_headline_over_its_lead() -> None:
    article = read_dump(_KOMMUN)
    assert article.title == "Biblioteket i Norrvik håller stängt under ombyggnaden"
    assert (article.lead or "").startswith("Från den 2 juni till och med den 15 augusti")
    spoken = spoken_text(article)
    assert "Mer plats för barn och unga" in spoken and "tyst läsrum" in spoken
    assert "Till e-tjänsten Mina lån" not in spoken


def test_guard_a_stacked_trails_end_over_a_dated_head_still_gives_way() -> None:
    dump = _KOMMUN.replace("Biblioteket i Norrvik håller stängt under ombyggnaden\nFrån den 2 juni",
                           "Publicerad 20 maj 2026\nStängt i sommar – lånen flyttar till Medborgarhuset\nFrån den 2 juni")
    dump = dump.replace("tillfällig utlåning i Medborgarhuset.\nPublicerad 20 maj 2026\n", "tillfällig utlåning i "
                        "Medborgarhuset.\n")
    article = read_dump(dump)
    assert article.title == "Stängt i sommar – lånen flyttar till Medborgarhuset"


def test_a_view_counter_and_a_press_pages_picture_terms_are_not_read() -> None:
    dump = ("Cykelklubben Trampet\nHem\nNyheter\nTräningar\nKontakt\nRekordmånga i vårens nybörjarkurs\n"
            "2026-04-12 av Johan Ek\nHela 46 nybörjare anmälde sig till klubbens kurs i landsvägscykling i år, fler än "
            "någonsin tidigare.\nKursen pågår i sex veckor med två pass i veckan, och de första passen handlar om "
            "att cykla i grupp och hålla avstånd.\n– Det är roligt att så många vill börja, säger kursledaren Eva "
            "Lund.\nBilderna får användas fritt i samband med publicitet kring kursen. Fotografens namn ska anges.\n"
            "Visningar: 312\nGilla (12)\nDela på Facebook\n© Cykelklubben Trampet\n")
    spoken = spoken_text(read_dump(dump))
    assert "Visningar" not in spoken and "får användas fritt" not in spoken
    assert "hålla avstånd" in spoken and "Eva Lund" in spoken


def test_guard_a_stacked_trails_last_item_itself_is_no_headline_over_a_dated_one() -> None:
    dump = ("Räddningstjänsten Västra Skaraborg\nOm oss\nStartsida\n/\nNyheter\n/\nBrand i radhus på Storgatan i Tibro\n\n"
            "Händelse · 3 februari 2026\nBrand i radhus på Storgatan – två personer till sjukhus\n"
            "En brand i ett radhus på Storgatan i Tibro ledde på tisdagskvällen till att två personer fördes till "
            "sjukhus med misstänkt rökskada.\n\nLarmet kom strax efter klockan sju, och när räddningstjänsten kom fram "
            "stod rök ut genom ett fönster på övervåningen.\n\n– Grannarna hade redan fått ut de boende, säger "
            "insatsledaren Per Lind.\n\nDela\nFacebook\n")
    assert read_dump(dump).title == "Brand i radhus på Storgatan – två personer till sjukhus"
