"""Round 12: phenomena of the seventh blind set (/work/blind/extract7), each tested on pages and dumps written after
the fix, for fictional sites and articles; none copies a blind case.
"""

from __future__ import annotations

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
