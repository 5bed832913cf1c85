"""Session 30, round 3, from blind set extract110 (12 dumps written after rounds 1-2, scored at 1fa15bb4 before it was
read: headline 91.7 %, leak 4.0 %, recall 0.960; after: 100 %, 1.9 %, 0.991) and the HTML set extract112 (10 pages of
ten site builders: headline 90 %, F1 0.987 against trafilatura's 0.935; after: 100 %, 0.988). Written after the fixes,
with other sites and words; the guards beside each:

- a live report's last entries glued over its pager ("Visa fler inlägg"), their writers the reporters of the entries
  above, are the article's, not a comment thread nor a call to action (``commentruns.LIVE_PAGER``, ``records.cta_tags``);
  a caption over its credit with the next entry's reporter and heading under it; the feed's sort toggle ("Äldsta först");
- a daily letter's sections under a gallery's link, down to its farewell and signature ("Ha en fin onsdag – vi hörs i
  morgon." / "/Maja"), with its "Läs hela artikeln: …" links, premium badge ("HT Plus") and live call dropped;
- a programme's host line ("Med Anna Berg och Olle Ek") is no headline: the segment's dated title below it is;
- an offer's heading, its pitch opening with the button's verb to the reader, and the button, between the paragraphs
  (``adslots._names_button``);
- a sentence whose verb ends in "-är" ("innebär") is no scene caption (``data/verbs.tsv``);
- HTML: the post's heading inside an element of role "main" that a banner wraps is no masthead.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.html import extract_html

_LIVE = """Norrbygdens Tidning
Sport
Bandy
Direkt: Norrby IF är svenska mästare
Norrby IF vann SM-finalen mot Sandviks IK med 4–3 efter förlängning. Här är hela matchen i vår liverapport.
Publicerad 16 mars 2025 14.20
Äldsta först
18.05
Karin Åberg
Tränaren: ”Helt otroligt”
Norrbys tränare Jonas Wik var tårögd när han kom ut ur omklädningsrummet efter matchen och firandet på isen.
– Jag har inga ord för det här. Vi har jobbat mot det här i flera år, och nu sitter guldet äntligen här, säger han.
17.51
Per Sundin
Pokalen lyfts
Lagkaptenen Sara Holm tar emot bucklan och lyfter den mot den gulsvarta klacken på långsidan av arenan.
Sara Holm lyfter pokalen inför den jublande klacken.
Foto: Karin Åberg
17.44
Per Sundin
SLUT! Norrby IF är svenska mästare
Domaren blåser av förlängningen. Norrby IF vinner med 4–3 och tar klubbens första SM-guld på herrsidan någonsin.
17.02
Per Sundin
MÅL! 3–3 Sandvik kvitterar
Sandviks Erik Lund skjuter in kvitteringen från nära håll med bara två minuter kvar av den ordinarie matchtiden.
15.31
Karin Åberg
Nedsläpp!
Finalen är i gång inför drygt tjugotusen åskådare. Det är tre minusgrader och helt vindstilla på Studenternas.
15.00
Per Sundin
Välkommen till vår liverapport
Hej och välkommen! I dag kan Norrby IF ta sitt första SM-guld någonsin. Vi finns på plats med två reportrar hela dagen.
Visa fler inlägg
Fler artiklar om bandy
Så firar Norrby sina mästare i kväll
"""


def test_a_live_reports_last_entries_over_its_pager_are_read() -> None:
    spoken = spoken_text(read_dump(_LIVE))
    for line in ("Finalen är i gång inför drygt tjugotusen åskådare.", "Hej och välkommen! I dag kan Norrby IF",
                 "Sandviks Erik Lund skjuter in kvitteringen"):
        assert line in spoken
    assert "Sara Holm lyfter pokalen inför den jublande klacken." not in spoken
    assert "Äldsta först" not in spoken


_LETTER = """Hälsinge Tidning
Morgonbrevet
Morgonbrevet: Tre saker du behöver veta i dag
God morgon! Här är det viktigaste som händer i Hälsingland den här onsdagen.
Publicerad 9 april 2025 05:45
1. Bron i Ljusdal stängs i en vecka
Trafikverket stänger bron över Ljusnan för reparationer från måndag, och trafiken leds om via Järvsö under hela veckan.
– Vi vet att det blir besvärligt, men bron måste lagas innan sommaren, säger projektledaren Eva Sund på Trafikverket.
Läs hela artikeln: Bron över Ljusnan stängs – så leds trafiken om
2. Nytt bageri öppnar vid torget
Familjen Ali öppnar ett bageri i det gamla apoteket vid torget i Bollnäs, med surdegsbröd och kardemummabullar.
HT Plus
3. Sporten: Bollnäs GIF kan gå till final
I kväll spelar Bollnäs GIF den avgörande semifinalen mot Edsbyn på hemmaplan inför väntad fullsatt läktare.
Följ matchen live från 19.00
Se bilderna: Våren har kommit till Orbaden
Det händer i dag
12.00 Lunchkonsert i Ljusdals kyrka med kammarkören.
18.30 Föreläsning om Hälsingegårdarna på biblioteket i Bollnäs.
Dagens namn
Grattis till alla som heter Ingvar eller Ingvor!
Ha en fin onsdag – vi hörs i morgon.
/Maja
Har du tips till Morgonbrevet? Mejla morgonbrevet@ht.se
Dela
Facebook
Mest läst
Bron över Ljusnan stängs – så leds trafiken om
"""


def test_a_daily_letters_sections_go_on_to_its_farewell() -> None:
    spoken = spoken_text(read_dump(_LETTER))
    for line in ("12.00 Lunchkonsert i Ljusdals kyrka med kammarkören.", "Grattis till alla som heter Ingvar eller Ingvor!",
                 "Ha en fin onsdag – vi hörs i morgon."):
        assert line in spoken
    for line in ("Läs hela artikeln:", "HT Plus", "Följ matchen live från 19.00", "Se bilderna:"):
        assert line not in spoken


_RADIO = """Radio Mellandal 101,5
Lyssna live
Program
Nyheter
Poddar
Just nu:
Förmiddag med Anna & Olle
Program
Förmiddag
Vardagar 10.00–13.00
Med Anna Berg och Olle Ek
Mellandals mysigaste förmiddag! Anna och Olle bjuder på musik, lokala nyheter och gäster från bygden.
Inslag
Älgstammen minskar kraftigt i Mellandal
14 oktober 2025 kl. 10.40
Olle Ek
▶ Spela
3:48
Antalet älgar i Mellandal har minskat med nästan en tredjedel på fem år, visar den senaste inventeringen från länsstyrelsen.
Jägarna i området har redan sänkt sina kvoter, och i år får bara fyrtio älgar fällas i hela kommunen.
– Vi måste vara försiktiga nu, annars finns det snart inget att jaga, säger jaktvårdskretsens ordförande Per Lind.
"""


def test_a_programmes_host_line_is_no_headline() -> None:
    assert read_dump(_RADIO).title == "Älgstammen minskar kraftigt i Mellandal"


_SKI = """Fjällbyns skidområde
Pister
Liftar
Skipass
Nya sexstolsliften invigs på lördag
Efter två års bygge är den nya sexstolsliften på Västtoppen klar, och på lördag invigs den med gratis åkning hela dagen.
Liften ersätter den gamla ankarliften från 1978 och tar åkarna till toppen på fyra minuter i stället för tolv.
– Det här är den största investeringen i skidområdets historia, säger vd Maria Fjäll vid invigningen.
Boka liftkort online och spara 15 %
Köp ditt liftkort senast dagen före och få 15 % rabatt. Gäller alla kort för tre dagar eller mer.
Köp liftkort
Nya nedfarter i vinter
När sexstolsliften går kan också två nya nedfarter på Västtoppen öppnas, en röd och en svart.
Pistmaskinerna har arbetat hela natten för att preparera backarna inför den stora invigningsdagen på lördag.
"""


def test_an_offers_heading_pitch_and_button_between_paragraphs_are_not_read() -> None:
    spoken = spoken_text(read_dump(_SKI))
    for line in ("Boka liftkort online och spara 15 %", "Köp ditt liftkort senast dagen före", "Köp liftkort\n"):
        assert line not in spoken + "\n"
    assert "När sexstolsliften går kan också två nya nedfarter" in spoken


_YH = """Norrvik Yrkeshögskola
Utbildningar
Nyheter
Två nya utbildningar beviljade
Myndigheten för yrkeshögskolan har beviljat Norrvik Yrkeshögskola två nya utbildningar med start i höst.
Sammanlagt fick skolan tre av fem ansökningar beviljade i årets omgång, vilket är fler än på många år tidigare.
Beslutet innebär sextio nya studieplatser i höst.
– Vi är väldigt glada. De här utbildningarna har vi tagit fram tillsammans med företagen i regionen, säger rektor Eva Lind.
"""


def test_a_sentence_whose_verb_ends_in_ar_is_no_caption() -> None:
    assert "Beslutet innebär sextio nya studieplatser i höst." in spoken_text(read_dump(_YH))


_SITES = """<!DOCTYPE html><html lang="sv"><head><title>Östra Lunds byalag - Aktuellt</title></head><body>
<div><div role="banner"><div class="hdr"><h1 id="h.banner"><span>Aktuellt</span></h1></div>
<div role="main" class="UtePc"><section class="yaqOZd"><div class="tyJCtd">
<h2><span>Midsommarfirande vid badplatsen</span></h2>
<p><span>Publicerat 2 juni 2025 · Eva Holm, ordförande</span></p>
<p>Byalaget bjuder in till midsommarfirande vid badplatsen på midsommarafton, med dans kring stången och lekar för barnen.</p>
<p>Ta med egen picknick. Byalaget säljer kaffe och kaka, och allt överskott går till den nya lekplatsen vid skolan.</p>
<h3>Hjälp till med stången</h3>
<p>Vi behöver hjälp att klä stången på förmiddagen. Samling vid badplatsen klockan tio, ta gärna med blommor.</p>
</div></section></div></div></div>
<footer><p>Östra Lunds byalag</p></footer></body></html>"""


def test_a_posts_heading_inside_the_main_role_under_a_banner_is_the_headline() -> None:
    assert extract_html(_SITES, "byalag.html").title == "Midsommarfirande vid badplatsen"
