"""Old and odd HTML (round 7): pages without paragraph markup are read by layout (``html_layout.py``).

Every page here was written after the fix, for sites and wording of its own: a fishing club's table layout
with the headline in a row of its own above the text cell, a <center> page of a rural parish with <b>
headings and hard-wrapped lines, a Blogger-style <br> blog with a sidebar and a comment thread, an inline-
styled <div> soup of a sports club, an old WordPress theme with ``<ol class="commentlist">``.
"""

from __future__ import annotations

import lxml.html
from extract_helpers import spoken_lines as _spoken

from audiocast.ingest.figures import is_caption_line
from audiocast.ingest.html import extract_html
from audiocast.ingest.html_layout import is_layout_page, relayout, visual_lines
from audiocast.models import Article, BlockKind


def _all_text(article: Article) -> str:
    return "\n".join(_spoken(article))


FISHING_CLUB = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML><HEAD><TITLE>Norrsjöns Sportfiskeklubb</TITLE></HEAD>
<BODY BGCOLOR="#F0F0E0">
<TABLE WIDTH="760" BORDER="0" CELLSPACING="0" CELLPADDING="4">
<TR><TD COLSPAN="3"><FONT SIZE="6" FACE="Arial"><B>Norrsjöns Sportfiskeklubb</B></FONT><BR>
<FONT SIZE="2">Grundad 1971 - för alla som älskar att fiska</FONT></TD></TR>
<TR>
 <TD WIDTH="140" VALIGN="top"><FONT SIZE="2">
  <A HREF="index.htm">Hem</A><BR><A HREF="tavlingar.htm">Tävlingar</A><BR><A HREF="kort.htm">Fiskekort</A><BR>
  <A HREF="gastbok.htm">Gästbok</A><BR><A HREF="lankar.htm">Länkar</A></FONT></TD>
 <TD WIDTH="460" VALIGN="top">
  <FONT FACE="Arial" SIZE="+2" COLOR="#224422"><B>Rekordgädda på 14 kilo drogs upp vid Storudden</B></FONT>
 </TD>
 <TD WIDTH="160" VALIGN="top" ROWSPAN="2"><FONT SIZE="1"><B>Medlemsavgift 2025</B><BR>Vuxen 250 kr<BR>
  Junior 50 kr<BR>Bankgiro 5521-0934</FONT><BR><BR><FONT SIZE="1">Antal besök: 20 417</FONT></TD>
</TR>
<TR>
 <TD></TD>
 <TD VALIGN="top"><FONT FACE="Arial" SIZE="2">
  Klubbens ordförande Henrik Malmgren fick en ovanligt tung fångst när han trollingfiskade vid Storudden
  i lördags. Gäddan vägde 14,2 kilo och var 121 centimeter lång.<BR><BR>
  – Jag trodde först att jag hade fastnat i en stock. Det tog nästan tjugo minuter innan vi fick in henne
  i båten, säger Henrik Malmgren.<BR><BR>
  Fisken vägdes på den kalibrerade vågen vid klubbstugan och släpptes sedan tillbaka i sjön. Det gamla
  klubbrekordet från 1994 låg på 12,8 kilo.<BR><BR>
  <B>Fångsten anmäls till förbundet</B><BR>
  Klubben kommer att anmäla fångsten till Sportfiskarnas rekordlista, där den hamnar bland årets tio
  största gäddor i landet hittills.<BR><BR>
  <A HREF="arkiv.htm">Fler nyheter från klubben</A><BR>
  <A HREF="bilder.htm">Bildarkivet</A>
 </FONT></TD>
</TR>
<TR><TD COLSPAN="3" ALIGN="center"><FONT SIZE="1">Norrsjöns SFK | Sjövägen 4 | 912 90 Norrsjö |
 <A HREF="mailto:info@norrsjosfk.se">info@norrsjosfk.se</A></FONT></TD></TR>
</TABLE></BODY></HTML>
"""


def test_table_layout_headline_in_its_own_row_and_side_cells_left_out() -> None:
    article = extract_html(FISHING_CLUB, "fiske.html")
    assert article.title == "Rekordgädda på 14 kilo drogs upp vid Storudden"
    assert article.lead is not None and article.lead.startswith("Klubbens ordförande Henrik Malmgren")
    text = _all_text(article)
    for boiler in ("Norrsjöns Sportfiskeklubb", "Grundad 1971", "Gästbok", "Medlemsavgift", "Bankgiro",
                   "Antal besök", "Fler nyheter från klubben", "Bildarkivet", "Sjövägen 4"):
        assert boiler not in text, boiler
    assert "klubbrekordet från 1994" in text
    assert "Sportfiskarnas rekordlista" in text
    heads = [b.text for b in article.blocks if b.kind is BlockKind.HEADING]
    assert heads == ["Fångsten anmäls till förbundet"]
    # Lines broken by the page's own line breaks are one paragraph again.
    assert any(b.text.startswith("Fisken vägdes") and b.text.endswith("12,8 kilo.") for b in article.blocks)


PARISH = """<html><head><title>Lillby församling</title></head>
<body bgcolor="white"><center>
<font size="5" color="navy">Lillby församling</font><br>
<a href="/">Start</a> | <a href="/gudstjanster">Gudstjänster</a> | <a href="/kontakt">Kontakt</a>
<hr>
<b><font size="+1">Kyrkklockorna tystnar under sommarens renovering</font></b><br>
<font size="1">Publicerad 2 juni 2025</font><br><br>
</center>
Lillby kyrkas tre klockor ska få nya upphängningar och klockorna
kommer därför att vara tysta från midsommar till slutet av augusti.<br><br>
Arbetet utförs av en klockgjutare från Småland. Klockstapeln från 1700-talet
har fått rötskador i bärverket och måste förstärkas innan klockorna kan ringa igen.<br><br>
<b>Begravningar under sommaren</b><br>
Vid begravningar under sommaren används i stället en inspelning av klockringningen, något som
kyrkorådet har beslutat efter samtal med flera anhöriga.<br><br>
Bilden: Klockstapeln sedd från kyrkogården.<br><br>
<center><font size="1">Senast ändrad 2025-06-02 av webbansvarig<br>Du är besökare nummer 3 812</font></center>
</body></html>
"""


def test_center_page_with_b_headings_and_a_labelled_caption() -> None:
    article = extract_html(PARISH, "kyrka.html")
    assert article.title == "Kyrkklockorna tystnar under sommarens renovering"
    assert article.published is not None and (article.published.month, article.published.day) == (6, 2)
    text = _all_text(article)
    assert "Lillby kyrkas tre klockor ska få nya upphängningar och klockorna kommer därför" in text
    assert "Klockstapeln från 1700-talet har fått rötskador" in text
    assert "inspelning av klockringningen" in text
    for boiler in ("Gudstjänster", "Bilden:", "besökare nummer", "Senast ändrad"):
        assert boiler not in text, boiler
    assert [b.text for b in article.blocks if b.kind is BlockKind.HEADING] == ["Begravningar under sommaren"]


BLOG = """<!DOCTYPE html><html><head><title>Ängsbacka gårdsliv: Första lammen är födda</title></head>
<body>
<div id="header"><h1 class="title"><a href="/">Ängsbacka gårdsliv</a></h1>
<p class="description">Vardag på en liten gård i Hälsingland</p></div>
<div id="main">
 <h2 class="date-header">tisdag 18 mars 2025</h2>
 <div class="post">
  <h3 class="post-title">Första lammen är födda</h3>
  <div class="post-body">
   I natt kom årets första lamm, två tackor och en bagge, alla friska och hungriga.
   Tackan Stina skötte förlossningen helt själv och vi behövde bara titta på.<br><br>
   Vi har i år fyrtio tackor som ska lamma, så de närmaste veckorna blir det korta nätter och mycket kaffe.
   Lammningsboxarna är redan strödda med färsk halm.<br><br>
   På söndag har vi öppen gård mellan tio och tre, och alla som vill är välkomna att komma och hälsa på
   de nyfödda. Ta gärna med stövlar, det är lerigt på gårdsplanen.<br>
  </div>
  <div class="post-footer">Upplagd av Karin kl. 06:12 | <a href="#comments">3 kommentarer</a>
   | Etiketter: <a href="/l/djur">djur</a>, <a href="/l/var">vår</a></div>
 </div>
 <div id="comments"><h4>3 kommentarer:</h4>
  <dl id="comments-block">
   <dt>Anonym sa...</dt>
   <dd>Så fina! Vi kommer gärna på söndag med barnen, de har pratat om lammen i flera veckor nu.</dd>
   <dt>Lasse sa...</dt>
   <dd>Grattis till lammen. Hos oss dröjer det ytterligare två veckor innan det sätter igång på allvar.</dd>
  </dl>
 </div>
</div>
<div id="sidebar"><h2>Om mig</h2><p>Jag heter Karin och driver gården tillsammans med min man sedan 2009.
 Här skriver jag om djuren, odlingen och livet på landet.</p>
 <h2>Bloggarkiv</h2><ul><li><a href="/2025/03">mars (4)</a></li><li><a href="/2025/02">februari (6)</a></li></ul>
</div>
</body></html>
"""


def test_br_blog_post_title_not_blog_name_and_no_comments_or_sidebar() -> None:
    article = extract_html(BLOG, "blogg.html")
    assert article.title == "Första lammen är födda"
    text = _all_text(article)
    assert "fyrtio tackor som ska lamma" in text and "Ta gärna med stövlar" in text
    for boiler in ("Ängsbacka gårdsliv", "Vardag på en liten gård", "Upplagd av", "kommentarer", "Anonym sa",
                   "Så fina!", "Grattis till lammen", "Om mig", "Jag heter Karin", "Bloggarkiv", "februari (6)"):
        assert boiler not in text, boiler


DIV_SOUP = """<html><head><title>IK Granen</title></head><body style="margin:0">
<div style="background:#063;color:#fff;padding:10px"><div style="font-size:30px;font-weight:bold">IK Granen</div>
<div style="font-size:12px">Innebandy i Östra Ryd sedan 1988</div></div>
<div style="display:flex">
 <div style="width:180px">
  <div><a href="/lag">Våra lag</a></div><div><a href="/schema">Träningstider</a></div>
  <div><a href="/shop">Klubbshop</a></div><div><a href="/bli-medlem">Bli medlem</a></div>
 </div>
 <div style="width:600px;padding:12px">
  <div style="color:#777;font-size:11px">2025-01-12</div>
  <div style="font-size:24px;font-weight:700;margin:6px 0">Damlaget klart för SM-slutspel efter storseger</div>
  <div style="margin-bottom:10px">Damlaget vann söndagens seriefinal mot Storvik med 9–2 och har därmed säkrat en plats i
   slutspelet för första gången i klubbens historia.</div>
  <div style="margin-bottom:10px">Redan efter första perioden ledde Granen med 4–0, och lagkaptenen Moa Lind gjorde tre
   av målen innan matchen var halvvägs.</div>
  <div style="margin-bottom:10px">– Vi har jobbat mot det här i tre säsonger. Att få göra det inför hemmapubliken var
   helt fantastiskt, säger tränaren Jonas Berg.</div>
  <div style="margin-bottom:10px">Slutspelet inleds i mars med kvartsfinaler i bäst av tre matcher.</div>
  <div style="margin-top:20px;font-weight:bold">Relaterade länkar</div>
  <div><a href="/nyheter/herrlaget">Herrlaget tappade poäng i Gävle</a></div>
  <div><a href="/nyheter/cup">Över 400 barn spelade i julcupen</a></div>
 </div>
</div>
<div style="font-size:11px;text-align:center">© IK Granen · Org.nr 817600-1234 · Sidan uppdaterades 12 jan</div>
</body></html>
"""


def test_div_soup_with_inline_styles() -> None:
    article = extract_html(DIV_SOUP, "granen.html")
    assert article.title == "Damlaget klart för SM-slutspel efter storseger"
    text = _all_text(article)
    assert "seriefinal mot Storvik" in text and "kvartsfinaler i bäst av tre" in text
    for boiler in ("Innebandy i Östra Ryd", "Träningstider", "Klubbshop", "Relaterade länkar",
                   "Herrlaget tappade", "julcupen", "Org.nr"):
        assert boiler not in text, boiler
    assert article.published is not None and article.published.year == 2025


OLD_WORDPRESS = """<html><head><title>Byalaget informerar &raquo; Vägen asfalteras i höst</title></head><body>
<div id="page"><div id="header"><h1><a href="/">Byalaget informerar</a></h1></div>
<div id="content"><div class="post" id="post-212">
<h2><a href="/vagen" rel="bookmark">Vägen asfalteras i höst</a></h2>
<small>oktober 3rd, 2024 by styrelsen</small>
<div class="entry">
<p>Trafikverket har beslutat att byvägen mellan Kvarnbo och Lövnäs ska få ny beläggning under oktober.
Arbetet beräknas ta tre veckor och vägen blir enkelriktad under tiden.</p>
<p>Byalaget har i flera år drivit frågan, eftersom vägen har fått allt fler potthål efter de senaste vintrarna.</p>
<p>Under arbetet kommer skolbussen att stanna vid den tillfälliga hållplatsen vid gamla affären.</p>
</div></div>
<h3 id="comments">2 svar till &#8221;Vägen asfalteras i höst&#8221;</h3>
<ol class="commentlist">
<li class="alt" id="comment-31"><cite>Gunnar</cite> sa:<br><p>Äntligen! Det har varit rena gropvägen i tre år nu
och min bil har fått sota för det flera gånger.</p></li>
<li id="comment-32"><cite>Elsa</cite> sa:<br><p>Vet någon om bussen går som vanligt på lördagar under arbetet,
eller blir det ersättningstrafik hela veckan?</p></li>
</ol></div>
<div id="sidebar"><ul><li><h2>Kategorier</h2><ul><li><a href="/c/vag">Vägfrågor</a></li></ul></li></ul></div>
</div></body></html>
"""


def test_comment_thread_in_a_commentlist_is_never_read() -> None:
    article = extract_html(OLD_WORDPRESS, "byalag.html")
    assert article.title == "Vägen asfalteras i höst"
    text = _all_text(article)
    assert "skolbussen" in text
    for boiler in ("Äntligen!", "Vet någon om bussen", "2 svar till", "Kategorier", "Vägfrågor"):
        assert boiler not in text, boiler


def test_a_page_with_paragraph_markup_is_left_to_the_usual_path() -> None:
    page = "<html><body><article><h1>Rubrik här</h1>" + "".join(
        f"<p>Det här är stycke nummer {k} i en vanlig artikel med flera meningar. Den har en andra mening.</p>"
        for k in range(6)) + "</article></body></html>"
    doc = lxml.html.document_fromstring(page)
    assert not is_layout_page(visual_lines(doc.find("body")))
    assert not relayout(doc)


def test_caption_lines_named_by_label_or_enlarge_hint() -> None:
    assert is_caption_line("På bilden: Elsa Lind och hennes häst Bruno.")
    assert is_caption_line("Fotot: Kyrkan i vinterskrud (klicka för större bild)")
    assert is_caption_line("Pictured: the new ferry at the quay.")
    assert not is_caption_line("Bilden av kommunens ekonomi är ljusare i år, menar kommunalrådet.")
    assert not is_caption_line("Hon tog bilden från balkongen när branden bröt ut.")


CRAFTS_GUILD = """<html><head><title>Hemslöjdsgillet i Åby - Aktuellt</title></head>
<body><table width="100%"><tr><td colspan=2><img src="logo.gif"><font size=5>Hemslöjdsgillet i Åby</font></td></tr>
<tr><td width=150 valign=top><a href="a.htm">Hem</a><br><a href="b.htm">Kurser</a><br><a href="c.htm">Butiken</a></td>
<td valign=top>
<p><font size=4><b>Vävstugan får nya vävstolar</b></font></p>
Gillet har fått ett bidrag från kulturnämnden och kan nu köpa in fyra nya vävstolar till vävstugan i Åby.
De gamla stolarna från 1950-talet har blivit svåra att reparera.<br><br>
Den första kursen på de nya stolarna börjar i september och har redan fler anmälda än det finns platser.<br><br>
<a href="print.htm">Skriv ut</a> | <a href="tipsa.htm">Tipsa en vän</a><br><br>
<b>Kommentarer (2)</b><br>
<i>Berit:</i> Vad roligt, jag har vävt i den stugan sedan jag var tjugo år och ser fram emot att prova.<br>
<i>Gun:</i> Kommer det att finnas en kurs för nybörjare också, eller är alla platser för vana vävare?<br>
</td></tr></table></body></html>
"""


def test_link_row_and_an_unnamed_comment_thread_in_the_text_cell() -> None:
    article = extract_html(CRAFTS_GUILD, "gillet.html")
    assert article.title == "Vävstugan får nya vävstolar"
    text = _all_text(article)
    assert "fler anmälda än det finns platser" in text
    for boiler in ("Skriv ut", "Tipsa en vän", "Kommentarer", "jag har vävt", "kurs för nybörjare", "Butiken"):
        assert boiler not in text, boiler
