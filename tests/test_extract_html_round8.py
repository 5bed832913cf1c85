"""Old and odd HTML (round 8): tables inside the article, and table layouts whose prose is in <P> markup.

Phenomena covered (every page here was written after the fix, for sites and wording of their own):

- a table layout is read by layout even when its prose is in (unclosed) ``<P>`` markup: the article's container
  is a cell of a grid whose other cells hold a menu and a sidebar, which trafilatura would read along;
- a data table inside the article (a schedule, a result list) is article content, read row by row as the
  items of a box, while a data table in a sidebar cell (opening hours) stays out with its cell;
- a table block inside a ``<figure>`` (WordPress ``wp-block-table``) is content, a picture's figure is not;
- a post line with a date between the headline and the text is the date, not text;
- a short closing sentence after the last paragraph ("Hjärtligt välkomna!") is text, a footer line is not.
"""

from __future__ import annotations

import lxml.html
from extract_helpers import spoken_lines as _spoken

from audiocast.ingest.html import extract_html
from audiocast.ingest.html_layout import is_data_table, is_layout_page, visual_lines
from audiocast.models import Article, BlockKind


def _all_text(article: Article) -> str:
    return "\n".join(_spoken(article))


HERITAGE = """<HTML><HEAD><TITLE>Gräsö Hembygdsförening</TITLE></HEAD>
<BODY BGCOLOR="#FFFFF0">
<TABLE WIDTH="780" BORDER="0" CELLPADDING="6">
<TR><TD COLSPAN="3"><IMG SRC="logo.gif" ALT="Gräsö Hembygdsförening"><BR><FONT SIZE="2">Vi bevarar öns historia</FONT></TD></TR>
<TR>
<TD WIDTH="150" VALIGN="top"><FONT SIZE="2">
<A HREF="index.htm">Hem</A><BR><A HREF="gard.htm">Hembygdsgården</A><BR><A HREF="arkiv.htm">Arkivet</A><BR>
<A HREF="bli.htm">Bli medlem</A><BR><A HREF="kontakt.htm">Kontakta oss</A><BR></FONT></TD>
<TD WIDTH="450" VALIGN="top"><FONT FACE="Arial" SIZE="2">
<FONT SIZE="+1"><B>Guidade vandringar i fiskelägena hela sommaren</B></FONT><BR>
<I>Skrivet 2025-05-14 av Ingrid Holm</I>
<P>I sommar erbjuder föreningen guidade vandringar i tre av öns gamla fiskelägen. Våra guider berättar om
livet vid strömmingsfisket och visar de bodar som har rustats upp under de senaste åren.
<P>Vandringarna tar ungefär två timmar och passar både vuxna och större barn. Ta med bra skor och gärna
något att äta, för det finns inget kafé längs vägen.
<P>&ndash; Många som bor här året runt har aldrig sett bodarna inifrån, så vi hoppas på besök även från ön,
s&auml;ger guiden Per-Olof Wik.
<P><B>Datum och samlingsplatser</B>
<TABLE BORDER="1" CELLPADDING="3">
<TR><TD>Lördag 28 juni</TD><TD>Öregrundsgrepen</TD><TD>Samling vid bryggan</TD></TR>
<TR><TD>Lördag 12 juli</TD><TD>Ängskär</TD><TD>Samling vid kapellet</TD></TR>
<TR><TD>Lördag 9 augusti</TD><TD>Norrskedika</TD><TD>Samling vid vägskälet</TD></TR>
</TABLE>
<P>Vandringen kostar 60 kronor för vuxna och är gratis för barn under femton år. Ingen förhandsanmälan behövs.
<P>Hjärtligt välkomna!
<P><A HREF="nyheter.htm">&lt;&lt; Till nyhetsarkivet</A>
</FONT></TD>
<TD WIDTH="180" VALIGN="top"><FONT SIZE="1"><B>Hembygdsgårdens öppettider</B>
<TABLE BORDER="0">
<TR><TD>Tisdag</TD><TD>13&ndash;16</TD></TR>
<TR><TD>Torsdag</TD><TD>13&ndash;19</TD></TR>
<TR><TD>Söndag</TD><TD>11&ndash;15</TD></TR>
</TABLE>
Nyckel finns hos Rut, tel 0173-301 22.</FONT></TD>
</TR>
<TR><TD COLSPAN="3"><CENTER><FONT SIZE="1">Gräsö Hembygdsförening &middot; Bankgiro 123-4567<BR>
Sidan uppdaterades 14 maj 2025.</FONT></CENTER></TD></TR>
</TABLE>
</BODY></HTML>"""


def test_table_layout_with_unclosed_p_is_read_by_layout() -> None:
    body = lxml.html.document_fromstring(HERITAGE).find("body")
    assert body is not None
    assert is_layout_page(visual_lines(body))
    article = extract_html(HERITAGE, "grasö.html")
    assert article.title == "Guidade vandringar i fiskelägena hela sommaren"
    text = _all_text(article)
    for menu in ("Hembygdsgården", "Bli medlem", "Kontakta oss", "Vi bevarar öns historia", "Till nyhetsarkivet"):
        assert menu not in text
    assert "Skrivet" not in text and article.published is not None and article.published.month == 5
    assert article.lead is not None and article.lead.startswith("I sommar erbjuder föreningen")
    assert text.rstrip().endswith("Hjärtligt välkomna!")
    assert "Bankgiro" not in text and "uppdaterades" not in text


def test_data_table_in_the_article_is_read_row_by_row_and_a_sidebar_table_stays_out() -> None:
    article = extract_html(HERITAGE, "grasö.html")
    boxes = [b for b in article.blocks if b.kind is BlockKind.FACTBOX]
    assert len(boxes) == 1
    assert boxes[0].text == "Datum och samlingsplatser"
    assert boxes[0].items == (
        "Lördag 28 juni – Öregrundsgrepen – Samling vid bryggan",
        "Lördag 12 juli – Ängskär – Samling vid kapellet",
        "Lördag 9 augusti – Norrskedika – Samling vid vägskälet",
    )
    text = _all_text(article)
    for side in ("öppettider", "Tisdag", "13–19", "Nyckel finns hos Rut"):
        assert side not in text
    # The table sits between two paragraphs, in order.
    kinds = [b.text for b in article.blocks]
    assert kinds.index("Datum och samlingsplatser") < next(k for k, t in enumerate(kinds) if t.startswith("Vandringen kostar"))


def test_is_data_table_tells_a_grid_of_values_from_a_layout_grid() -> None:
    values = lxml.html.fragment_fromstring(
        "<table><tr><th>Klass</th><th>Vinnare</th></tr><tr><td>Herrar</td><td>Nils Berg</td></tr>"
        "<tr><td>Damer</td><td>Eva Lind</td></tr></table>")
    assert is_data_table(values)
    layout = lxml.html.fragment_fromstring(
        "<table><tr><td><a href='/'>Start</a></td><td><p>Årsmötet hölls i församlingshemmet och samlade "
        "fler medlemmar än på många år, och styrelsen fick ansvarsfrihet för det gångna året.</p></td></tr>"
        "<tr><td></td><td>Sidfot</td></tr></table>")
    assert not is_data_table(layout)
    nested = lxml.html.fragment_fromstring(
        "<table><tr><td>Meny</td><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"
        "</td></tr><tr><td>x</td><td>y</td></tr></table>")
    assert not is_data_table(nested)


MODERN_WITH_NAV_TABLE = """<html><head><title>Tidning</title></head><body>
<table class="topbar"><tr><td><a href="/">Nyheter</a></td><td><a href="/sport">Sport</a></td>
<td><a href="/kultur">Kultur</a></td></tr><tr><td><a href="/ekonomi">Ekonomi</a></td><td><a href="/debatt">Debatt</a></td>
<td><a href="/familj">Familj</a></td></tr></table>
<article><h1>Ny gång- och cykelbro över ån invigs i juni</h1>
<p>Den nya bron mellan stationsområdet och Kvarnholmen blir klar i början av juni, meddelar kommunen.
Arbetet har pågått sedan förra hösten och har hittills följt tidsplanen.</p>
<p>Bron blir fyra meter bred och får belysning längs hela sträckan. Under byggtiden har cyklister hänvisats till
en tillfällig väg via Storgatan.</p>
<p>– Vi vet att många har väntat länge, och nu är det snart dags, säger projektledaren Sara Nilsson.</p>
</article></body></html>"""


def test_a_layout_table_that_is_not_content_stays_out() -> None:
    body = lxml.html.document_fromstring(MODERN_WITH_NAV_TABLE).find("body")
    assert body is not None
    assert not is_layout_page(visual_lines(body))  # the prose is not in a table cell
    article = extract_html(MODERN_WITH_NAV_TABLE, "bro.html")
    assert article.title == "Ny gång- och cykelbro över ån invigs i juni"
    text = _all_text(article)
    for menu in ("Sport", "Kultur", "Ekonomi", "Debatt", "Familj"):
        assert menu not in text.split()


WP_RESULTS = """<!doctype html><html lang="sv"><head><title>Skidklubbens klubbmästerskap avgjort – Västbo SK</title>
<meta property="og:title" content="Skidklubbens klubbmästerskap avgjort"></head>
<body class="post-template-default single single-post">
<header class="site-header"><a href="/">Västbo SK</a><nav><a href="/">Hem</a> <a href="/om">Om klubben</a></nav></header>
<main id="main"><article class="post-88 post type-post status-publish hentry">
<h1 class="entry-title">Skidklubbens klubbmästerskap avgjort</h1>
<div class="entry-content">
<p>Drygt fyrtio åkare ställde upp när klubbmästerskapen i klassisk stil avgjordes på elljusspåret i söndags.
Snön räckte precis, och spåren hade dragits upp på morgonen av klubbens egna volontärer.</p>
<figure class="wp-block-image"><img src="start.jpg" alt=""><figcaption>Starten gick klockan tio.</figcaption></figure>
<h2 class="wp-block-heading">Segrare per klass</h2>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Klass</th><th>Segrare</th><th>Tid</th></tr></thead>
<tbody><tr><td>Herrar 10 km</td><td>Johan Åberg</td><td>28.41</td></tr>
<tr><td>Damer 10 km</td><td>Linnea Forsberg</td><td>31.05</td></tr>
<tr><td>Ungdom 5 km</td><td>Alva Persson</td><td>17.22</td></tr></tbody></table></figure>
<p>Nästa år hoppas klubben kunna arrangera tävlingen som en del av distriktets cup, och planeringen har redan börjat
tillsammans med grannklubbarna i norr.</p>
</div></article>
<aside class="widget-area"><section class="widget"><h2>Kansliets öppettider</h2>
<figure class="wp-block-table"><table><tr><td>Måndag</td><td>9–12</td></tr><tr><td>Onsdag</td><td>13–16</td></tr></table></figure>
</section></aside></main>
<footer class="site-footer">© Västbo SK</footer></body></html>"""


def test_a_table_block_in_a_figure_is_content_a_picture_figure_is_not() -> None:
    article = extract_html(WP_RESULTS, "skidor.html")
    text = _all_text(article)
    for row in ("Herrar 10 km", "Johan Åberg", "Linnea Forsberg", "31.05", "Alva Persson"):
        assert row in text
    assert "Starten gick klockan tio" not in text
    assert "Nästa år hoppas klubben" in text
    for side in ("Kansliets öppettider", "Måndag", "9–12", "Onsdag"):
        assert side not in text


BAKERY_GUILD = """<html><head><title>Bagarlaget i Viby</title></head><body>
<table width="100%" cellspacing="0"><tr><td colspan="2"><font size="5">Bagarlaget i Viby</font></td></tr>
<tr><td width="25%" valign="top"><a href="hem.html">Hem</a><br><a href="recept.html">Recept</a><br>
<a href="kurser.html">Kurser</a><br>
<p><b>Vilka är vi?</b><br>Bagarlaget är en ideell förening som sedan 1987 samlar hembagare i Viby med omnejd.
Vi träffas en gång i månaden i bygdegårdens kök och bakar tillsammans efter gamla och nya recept.</p></td>
<td valign="top"><h2>Vedugnen i bygdegården lagas till hösten</h2>
<p>Den gamla vedugnen i bygdegården har haft en spricka i valvet sedan i vintras, och nu har föreningen fått
pengar till en ordentlig reparation. En murare från grannbyn ska göra jobbet i september.</p>
<p>Reparationen kostar omkring 35 000 kronor. Hälften betalas av ett bidrag från kommunens kulturnämnd och
resten av föreningens egen kassa, som har vuxit tack vare försäljningen på julmarknaden.</p>
<p><b>Bakdagar i höst</b></p>
<table border="1"><tr><th>Datum</th><th>Vad vi bakar</th></tr><tr><td>5 oktober</td><td>Tunnbröd</td></tr>
<tr><td>2 november</td><td>Saffransbröd</td></tr><tr><td>7 december</td><td>Pepparkakor</td></tr></table>
<p>Alla bakdagar börjar klockan tio, och den som vill vara med anmäler sig till Agneta senast veckan innan.</p>
</td></tr></table></body></html>"""


def test_a_sidebar_blurb_in_the_grid_does_not_make_the_row_the_article() -> None:
    article = extract_html(BAKERY_GUILD, "bagarlaget.html")
    assert article.title == "Vedugnen i bygdegården lagas till hösten"
    text = _all_text(article)
    for side in ("Vilka är vi", "ideell förening som sedan 1987", "Recept", "Kurser"):
        assert side not in text
    assert article.lead is not None and article.lead.startswith("Den gamla vedugnen")
    box = next(b for b in article.blocks if b.kind is BlockKind.FACTBOX)
    assert box.text == "Bakdagar i höst"
    assert box.items[1:] == ("5 oktober – Tunnbröd", "2 november – Saffransbröd", "7 december – Pepparkakor")
    assert text.rstrip().endswith("senast veckan innan.")


LIBRARY = """<!doctype html><html lang="sv"><head><title>Biblioteket får längre öppettider | Norrvik</title>
<meta property="og:title" content="Biblioteket får längre öppettider"></head><body>
<nav class="main-menu"><a href="/">Start</a> <a href="/kultur">Kultur och fritid</a></nav>
<main><article><h1>Biblioteket får längre öppettider</h1>
<p>Från den första mars håller huvudbiblioteket öppet längre på vardagskvällarna. Beslutet fattades av
kultur- och fritidsnämnden efter en enkät där många låntagare bad om mer tid efter arbetsdagen.</p>
<p>Samtidigt blir filialen i Sandvik meröppen, vilket betyder att den som har lånekort kan gå in med egen kod.</p>
<h2>De nya tiderna</h2>
<div class="table-scroll"><table><tr><th>Dag</th><th>Huvudbiblioteket</th><th>Sandvik</th></tr>
<tr><td>Måndag–torsdag</td><td>10–20</td><td>7–22</td></tr>
<tr><td>Fredag</td><td>10–18</td><td>7–22</td></tr>
<tr><td>Lördag</td><td>11–15</td><td>7–22</td></tr></table></div>
<p>Bibliotekschefen räknar med att de längre kvällarna kräver två nya tjänster, som finansieras inom nämndens budget.</p>
</article>
<aside class="sidebar"><h2>Kontakta oss</h2><table><tr><td>Telefon</td><td>0611-123 45</td></tr>
<tr><td>E-post</td><td>bibliotek@norrvik.se</td></tr></table></aside></main></body></html>"""


def test_a_data_table_in_a_paragraph_page_is_one_box_and_its_last_row_no_heading() -> None:
    article = extract_html(LIBRARY, "bibliotek.html")
    box = next(b for b in article.blocks if b.kind is BlockKind.FACTBOX)
    assert box.text == "De nya tiderna"
    assert box.items == ("Dag – Huvudbiblioteket – Sandvik", "Måndag–torsdag – 10–20 – 7–22",
                         "Fredag – 10–18 – 7–22", "Lördag – 11–15 – 7–22")
    assert not any(b.kind is BlockKind.HEADING and "Lördag" in b.text for b in article.blocks)
    assert article.blocks[-1].text.startswith("Bibliotekschefen räknar")
    text = _all_text(article)
    assert "0611-123 45" not in text and "Kontakta oss" not in text
