"""Session 39, from extract126 and extract121 (HTML, opened): on a page without paragraph markup for its layout, a
fact box set as a small table inside the text's own cell, a fact a row ("Fakta om anläggningen" / "Skala: H0 (1:87)"
/ "Storlek: 14 x 4 meter" / …), was dropped as the page's footer when only a closing line ("Välkomna!"), no paragraph
of prose, stood under it (``html_layout._box_in_text`` took a box of two cells at most). A box of up to twelve rows of
at most two cells, with no link, is the article's too. Written after the fix, for another site. The guard: a table
of links under the text (the site's other pages) is still the footer."""

from __future__ import annotations

from audiocast.ingest.html import extract_html

_PAGE = """<html><head><title>Lillsjöns byalag</title></head>
<body bgcolor="#eef3f7"><center><table width="900" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td colspan="2" bgcolor="#24476b" height="80"><font face="Georgia" size="6" color="#ffffff">Lillsjöns byalag</font><br>
<font face="Verdana" size="2" color="#dde8f0">Sedan 1952 &middot; För alla i byn</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#dde8f0"><table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td><a href="index.html">Startsida</a></td></tr><tr><td><a href="nyheter.html"><b>Nyheter</b></a></td></tr>
<tr><td><a href="bygdegarden.html">Bygdegården</a></td></tr><tr><td><a href="medlem.html">Bli medlem</a></td></tr>
<tr><td><a href="bilder.html">Bilder</a></td></tr></table><br>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr><td><font size="2"><b>Kalender</b></font></td></tr>
<tr><td><font size="2">6/6 Nationaldagsfirande</font></td></tr><tr><td><font size="2">21/6 Midsommarfest</font></td></tr></table>
</td>
<td valign="top" style="padding:18px"><font size="2" color="#666666">Nyheter &raquo; 2/6 2024</font>
<p><font face="Georgia" size="5"><b>Nya badbryggan i Lillsjön är klar</b></font></p>
<p><i>Efter tre helgers arbete kunde byalaget på söndagen inviga den nya badbryggan vid Lillsjöns strand, och ett
femtiotal bybor kom för att ta det första doppet trots det kalla vattnet.</i></p>
<p>Den gamla bryggan från sjuttiotalet hade ruttnat och fick stängas förra sommaren, till mångas besvikelse.
Många barnfamiljer fick i stället åka till badplatsen i Norrby, tolv kilometer bort.</p>
<p>&ndash; Det här är byns samlingsplats på sommaren, så vi kunde inte vara utan den, säger ordföranden Eva Lund.</p>
<p><b>Skänkt virke</b></p>
<p>Virket har skänkts av sågverket i Norrby, och kommunen har betalat bultar och flytelement. Arbetet har gjorts
helt ideellt av ett tjugotal medlemmar under maj månad.</p>
<p>&ndash; Vi har haft fantastisk hjälp, både av unga och gamla, säger Eva Lund.</p>
<p>Byalaget bjöd på kaffe och våfflor vid invigningen, och kollekten gav 2 300 kronor till nya flytvästar.</p>
{box}
<p>Bryggan är öppen för alla. Välkomna!</p>
<p>Eva Lund, ordförande</p>
<hr size="1" noshade><p><font size="2"><a href="nyheter.html">&laquo; Tillbaka till nyheterna</a></font></p>
</td></tr>
<tr><td colspan="2" bgcolor="#24476b" align="center"><font size="1" color="#dde8f0">Lillsjöns byalag &middot; Byvägen 4
&middot; 922 91 Lillsjön</font></td></tr></table></center></body></html>"""
_FACTS = """<table border="1" cellpadding="6" width="100%"><tr><td><b>Fakta om bryggan</b></td></tr>
<tr><td>Längd: 24 meter</td></tr><tr><td>Bredd: 2,4 meter</td></tr><tr><td>Badstege: två stycken</td></tr></table>"""
_LINKS = """<table width="100%"><tr><td><a href="n1.html">Midsommar på ängen</a></td><td><a href="n2.html">Städdag</a></td>
<td><a href="n3.html">Årsmöte</a></td></tr></table>"""


def _said(box: str) -> str:
    article = extract_html(_PAGE.format(box=box), "bryggan.html")
    return "\n".join([b.text for b in article.blocks] + [i for b in article.blocks for i in b.items])


def test_a_fact_box_a_fact_a_row_in_the_texts_cell_is_read() -> None:
    said = _said(_FACTS)
    assert "Längd: 24 meter" in said and "Badstege: två stycken" in said
    assert "Bryggan är öppen för alla. Välkomna!" in said


def test_guard_a_table_of_links_under_the_text_is_not_read() -> None:
    assert "Midsommar på ängen" not in _said(_LINKS)
