"""Session 39, from extract177 (HTML, opened): a table row whose first cell is a label ending in a colon
("Kursstart:" | "19 augusti 2024") was joined with the dash that separates a table's cells, "Kursstart: – 19 augusti
2024"; a value opening with a number was then read as negative ("Temperatur: – 5 grader": "minus fem grader"). A
label's cell is followed by its value after a space, as the page reads it (``dumpclean.join_cells``, used wherever
cells are joined: a dump's tabbed row, an HTML fact box's table, a table of the article). Over the annotated HTML
pages, 14 fact rows on 4 pages were lost to the dash. Written after the fix, for other sites."""

from __future__ import annotations

from audiocast.ingest.dumpclean import join_cells, table_row
from audiocast.ingest.html import extract_html
from audiocast.speech import normalize

_PAGE = """<html><head><title>Isbanan på Storsjön öppnar | Frösö byalag</title></head><body>
<header><a href="/">Frösö byalag</a></header>
<main><article><h1>Isbanan på Storsjön öppnar till helgen</h1>
<p>Efter en vecka med sträng kyla är isen nu tjock nog, och byalaget plogar den fem kilometer långa banan på lördag.</p>
<p>Banan går runt Hamnudden och tillbaka till badplatsen, där det finns grillplats och vindskydd för den som vill vila.</p>
<p>– Det här är vinterns höjdpunkt för många i byn, säger byalagets ordförande Sven Ljung.</p>
<table class="fakta"><tr><th colspan="2">Isbanan i korthet</th></tr>
<tr><td>Längd:</td><td>5 kilometer</td></tr><tr><td>Istjocklek:</td><td>18 centimeter</td></tr>
<tr><td>Temperatur:</td><td>12 grader kallt i natt</td></tr></table>
<p>Byalaget påminner om att ingen ska åka ensam och att isdubbar ska bäras runt halsen hela turen.</p>
</article></main><footer>Frösö byalag</footer></body></html>"""


def test_a_labels_cell_is_joined_to_its_value_by_a_space() -> None:
    assert join_cells(["Längd:", "5 kilometer"]) == "Längd: 5 kilometer"
    assert join_cells(["Sorsele", "2", "1", "−50 %"]) == "Sorsele – 2 – 1 – −50 %"
    assert join_cells(["Pris:", "200 kr", "barn gratis"]) == "Pris: 200 kr – barn gratis"
    assert table_row("Istjocklek:\t18 centimeter") == "Istjocklek: 18 centimeter"


def test_a_fact_tables_label_rows_are_read_as_label_and_value() -> None:
    article = extract_html(_PAGE, "isbanan.html")
    said = "\n".join([b.text for b in article.blocks] + [i for b in article.blocks for i in b.items])
    assert "Längd: 5 kilometer" in said and "Istjocklek: 18 centimeter" in said
    assert ": –" not in said


def test_a_value_opening_with_a_number_is_not_read_as_negative() -> None:
    assert "minus" not in normalize(join_cells(["Temperatur:", "5 grader"]))


_LAYOUT = """<html><head><title>Nytt tak på bystugan</title></head><body><table width="960"><tr>
<td width="200" valign="top"><table><tr><td><font face="Verdana" size="2"><a href="index.html">Startsida</a><br>
<a href="om.html">Om föreningen</a><br><a href="kalender.html">Kalender</a><br><a href="bilder.html">Bilder</a></font></td></tr>
<tr><td><font face="Verdana" size="1"><b>Tidigare nyheter</b><br><a href="n1.html">2024-06-02 Midsommarfirande</a><br>
<a href="n2.html">2024-04-11 Städdag vid badet</a></font></td></tr></table></td>
<td width="760" valign="top"><table><tr><td>
<p><font face="Georgia" size="5"><b>Bystugan i Åsele får nytt tak</b></font></p>
<font face="Verdana" size="2">Efter sommarens stormar läckte taket på bystugan, och nu har föreningen fått bidrag till ett nytt.<br><br>
Arbetet görs av medlemmarna själva under tre helger i september, med hjälp av en snickare från byn.<br><br>
– Det blir ett riktigt lyft för stugan, säger ordföranden Berit Nyström.<br><br>
Det gamla taket lades 1962 och har lagats många gånger, men efter stormen i augusti gick det inte längre att laga.<br><br>
Föreningen har valt plåt i stället för tegel, eftersom det är lättare att lägga och håller längre i det här klimatet.<br><br>
Under arbetet är stugan stängd, och höstens loppis flyttas till skolans matsal den 21 september.<br><br>
– Vi hoppas vara klara lagom till julmarknaden, säger Berit Nyström.<br><br></font>
<table border="1" width="60%"><tr><td colspan="2"><font face="Verdana" size="2"><b>Fakta om bygget</b></font></td></tr><tr><td><font face="Verdana" size="2">Kostnad:</font></td><td><font face="Verdana" size="2">85 000 kronor</font></td></tr>
<tr><td><font face="Verdana" size="2">Bidrag:</font></td><td><font face="Verdana" size="2">60 000 kronor från bygdemedel</font></td></tr></table>
<font face="Verdana" size="2">Alla som vill hjälpa till är välkomna, och föreningen bjuder på lunch båda dagarna.</font>
</td></tr></table></td></tr></table></body></html>"""


def test_a_layout_pages_label_cells_are_joined_to_their_values() -> None:
    article = extract_html(_LAYOUT, "bystugan.html")
    said = "\n".join([b.text for b in article.blocks] + [i for b in article.blocks for i in b.items])
    assert "Kostnad: 85 000 kronor" in said and ": –" not in said
