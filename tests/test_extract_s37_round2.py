"""Session 37, round 2, from extract159 (HTML, scored at the session's start, then opened) and extract157 (dumps):

- a table layout's lead in a cell of its own between the headline's cell and the text's, all in one column: the layout
  reader took the text's cell alone and lost the lead (``html_layout._column_lead``);
- a box between the article's paragraphs whose class names a teaser ("c-teaser") but that links nowhere: dropped by its
  name, by us and by trafilatura (``html_classes.unname_linkless_boxes``);
- a fact box named only by ``data-type="factbox"`` on an ``<aside>`` of a page without paragraph markup
  (``html_classes.names_fact_box``); a poll's question over its radio buttons there was read (``html_layout``'s
  ``POLL_CHOICES``);
- a subheading after an empty spacer paragraph (``<p>&nbsp;</p>``), and a subheading right over a data table, both
  left out by trafilatura and not put back (``gaps``);
- a club's Facebook post glued between the paragraphs with its buttons and the platform's link under it but no counts
  (``embedboxes._post_foot``).

Written after the fixes, with other sites and words; the guards: a box named "related" that links to other pages still
goes, a share row's "Dela" alone under a paragraph is no post's foot, a menu's cell beside the headline is no lead."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

from audiocast.ingest.html import extract_html


def _spoken(html: str) -> str:
    article = extract_html(html, "page.html")
    return "\n".join([article.title, article.lead or ""] + [f"{b.text} {' '.join(b.items)}" for b in article.blocks])


_TABLE_LAYOUT = """<html><head><title>Nyheter - Ängsbo skola</title></head><body>
<table width="900"><tr><td colspan="2"><b>Ängsbo skola</b> · Ett gymnasium i Norrvik</td></tr>
<tr><td width="180" class="meny"><table><tr><td><a href="/">Start</a></td></tr><tr><td><a href="/nyheter">Nyheter</a></td></tr>
<tr><td><a href="/kontakt">Kontakt</a></td></tr><tr><td>Välkommen till vår skola där alla elever ska trivas och lära sig mycket varje dag.</td></tr></table></td>
<td width="600" class="innehall"><table>
<tr><td class="rubrik"><font size="5">Skolans kör sjunger på länsfinalen i Gävle</font></td></tr>
<tr><td><font size="1">2025-03-12</font></td></tr>
<tr><td class="ingress"><i>Efter en jämn uttagning står det klart att Ängsbo skolas kör får representera kommunen när länsfinalen i körsång avgörs i Gävle i april.</i></td></tr>
<tr><td><img src="/bild/kor.jpg" alt=""></td></tr>
<tr><td class="text">
<p>Kören har tjugotvå sångare från alla tre årskurserna och leds sedan fem år av musikläraren Anna Berglund, som själv sjöng i kören som elev.</p>
<p>Uttagningen hölls i Norrviks kyrka i förra veckan, och juryn fastnade för körens egen tonsättning av en dikt av Karin Boye.</p>
<p>– Vi har övat två kvällar i veckan hela terminen, och nu får vi visa vad vi kan inför hela länet, säger Anna Berglund.</p>
<p>Länsfinalen sänds i lokalradion, och skolans elever kommer att följa den tillsammans i aulan.</p>
</td></tr></table></td></tr></table></body></html>"""


def test_a_table_layouts_lead_in_its_own_cell_of_the_column_is_read() -> None:
    article = extract_html(_TABLE_LAYOUT, "kor.html")
    assert article.title == "Skolans kör sjunger på länsfinalen i Gävle"
    assert (article.lead or "").startswith("Efter en jämn uttagning står det klart")
    assert "Välkommen till vår skola" not in _spoken(_TABLE_LAYOUT)  # the menu's cell beside it is no lead


_TEASER_BOX = """<html><head><title>Nya öppettider på mottagningen | Region Västby</title></head><body>
<header><a href="/">Region Västby</a><nav><a href="/vard">Vård</a> <a href="/jobb">Jobb</a></nav></header>
<main><article><h1>Nya öppettider på mottagningen i Ekby</h1>
<p class="preamble">Från och med den 1 april har vårdcentralen i Ekby öppet även på lördagar, för att korta väntetiderna för besök.</p>
<div class="c-richtext">
<p>Beslutet togs efter att väntetiden för ett läkarbesök i vintras var över tre veckor, mer än dubbelt så lång som regionens mål.</p>
<p>Lördagsöppet bemannas av två läkare och tre sjuksköterskor som arbetar på frivillig basis mot extra ersättning.</p>
<div class="c-block c-teaser c-teaser--highlight"><div class="c-teaser__inner"><h3 class="c-teaser__heading">Så bokar du en tid</h3>
<ul><li>Ring mottagningen mellan klockan åtta och tio på vardagar.</li><li>Logga in på regionens e-tjänst och välj Ekby.</li>
<li>Kom till drop-in på lördagar mellan nio och tolv.</li></ul></div></div>
<p>Regionen följer upp försöket efter ett halvår och bestämmer då om lördagsöppet ska bli permanent på fler mottagningar.</p>
<p>– Vi ser redan att fler får hjälp i tid, och personalen är positiv till att prova, säger verksamhetschefen Eva Lund.</p>
<div class="c-related"><h3>Relaterat</h3><ul><li><a href="/nyheter/vaccin">Vaccinationer i vår</a></li>
<li><a href="/nyheter/akuten">Akuten byggs om</a></li></ul></div>
</div></article></main><footer>Region Västby · Box 12 · 123 45 Västby</footer></body></html>"""


def test_a_box_named_teaser_that_links_nowhere_is_the_articles() -> None:
    spoken = _spoken(_TEASER_BOX)
    assert "Så bokar du en tid" in spoken
    assert "Logga in på regionens e-tjänst och välj Ekby." in spoken
    assert "Vaccinationer i vår" not in spoken and "Akuten byggs om" not in spoken  # a related list links away


_REACT_PAGE = """<html><head><title>Brand i flerfamiljshus i Lövby – Norrtidningen</title></head><body><div id="__next">
<div class="sc-1a2b-0 kQwErT"><a href="/">Norrtidningen</a></div>
<div class="sc-2b3c-0 zXcVbN"><div class="sc-2b3c-1 hGfTyU">Brand i flerfamiljshus i Lövby – tolv lägenheter evakuerades</div>
<div class="sc-2b3c-2 pLmKoJ">Publicerad 4 februari 2025</div>
<div class="sc-9d0e-1 fVgBhN" data-type="paragraph">Tolv lägenheter evakuerades natten till tisdagen när det började brinna i ett trapphus på Granvägen i Lövby.</div>
<div class="sc-9d0e-1 fVgBhN" data-type="paragraph">Räddningstjänsten var på plats inom tio minuter och hade branden under kontroll efter en dryg timme, enligt insatsledaren.</div>
<div class="sc-3d4e-0 nBvCxZ" data-type="poll"><div class="sc-3d4e-1 mNbVcZ">Har du brandvarnare i alla rum där du sover?</div><label><input type="radio" name="p1"/>Ja</label><label><input type="radio" name="p1"/>Nej</label><button>Rösta</button></div>
<div class="sc-9d0e-1 fVgBhN" data-type="paragraph">Ingen skadades allvarligt, men två personer fördes till sjukhus för kontroll efter att ha andats in rök i trapphuset.</div>
<aside class="sc-5f6a-0 wErTyU" data-type="factbox"><div class="sc-5f6a-1 qWsXcD">Råd vid brand i trapphus</div><ul><li>Stanna i lägenheten och stäng dörren.</li><li>Ring 112 och berätta var du är.</li><li>Täta runt dörren med en blöt handduk.</li></ul></aside>
<div class="sc-9d0e-1 fVgBhN" data-type="paragraph">Polisen har inlett en förundersökning om mordbrand, och tekniker har undersökt trapphuset under dagen.</div>
</div><div class="sc-8d9e-0 oIuYtR"><div>Mest läst</div><a href="/a">Olycka på E4</a></div></div></body></html>"""


def test_a_react_pages_fact_box_named_by_its_data_type_is_read_and_its_poll_is_not() -> None:
    spoken = _spoken(_REACT_PAGE)
    assert "Råd vid brand i trapphus" in spoken and "Täta runt dörren med en blöt handduk." in spoken
    assert "Har du brandvarnare" not in spoken and "Rösta" not in spoken
    assert "Polisen har inlett en förundersökning om mordbrand" in spoken


_PORTLETS = """<html><head><title>Ny återvinningscentral i Björkby - Björkby kommun</title></head><body>
<div class="sv-layout"><nav><a href="/">Start</a> <a href="/bo">Bo och bygga</a></nav>
<div class="sv-portlet"><h1>Ny återvinningscentral i Björkby öppnar i maj</h1>
<div class="sv-text-portlet"><div class="sv-text-portlet-content">
<p class="normal">Den nya återvinningscentralen vid Industrivägen öppnar den 5 maj och ersätter den gamla anläggningen vid hamnen.</p>
<p class="normal">Den nya anläggningen har dubbelt så många containrar och en egen station för farligt avfall och elektronik.</p>
<p class="normal">&nbsp;</p>
<h2 class="subheading">Vad händer med den gamla anläggningen?</h2>
<p class="normal">Den gamla återvinningscentralen stänger den 30 april, och marken ska saneras innan den säljs till ett bostadsbolag.</p>
<p class="normal">Kommunen räknar med att saneringen tar ett år och kostar omkring fyra miljoner kronor, som betalas av avfallstaxan.</p>
<h2 class="subheading">Öppettider</h2>
<div class="sv-responsiveTable"><table><thead><tr><th>Dag</th><th>Tid</th></tr></thead>
<tbody><tr><td>Måndag–torsdag</td><td>10–19</td></tr><tr><td>Lördag</td><td>9–15</td></tr></tbody></table></div>
<p class="normal">Söndagar och helgdagar är anläggningen stängd, men farligt avfall kan lämnas vid brandstationen efter överenskommelse.</p>
</div></div></div><footer>Björkby kommun</footer></div></body></html>"""


def test_subheadings_after_a_spacer_and_over_a_table_are_read() -> None:
    spoken = _spoken(_PORTLETS)
    assert "Vad händer med den gamla anläggningen?" in spoken
    assert "Öppettider" in spoken and "Lördag – 9–15" in spoken


_POST = """Metallklubben Norrhamn
Nyheter
Avtal
Klubben kräver besked om nattskiftet
Publicerad 3 mars 2025
Metallklubben på Norrhamns verkstäder kräver att företaget ger besked om nattskiftet senast vid månadens slut.
Enligt klubben har ledningen under hösten talat om att lägga ned skiftet, men inget förslag har kommit till förhandling.
– Medlemmarna behöver veta vad som gäller. Många har planerat sina liv efter skiftet i tjugo år, säger ordföranden Lars Ek.
Metallklubben Norrhamn
3 tim ·
Alla på nattskiftet: möte i lunchrummet på torsdag kl 22. Vi går igenom vad vi vet och vad vi kräver. Välkomna!
Gilla
Kommentera
Dela
Företaget svarar att en utredning pågår och att besked ska komma under våren, efter att beställningsläget har setts över.
Klubben har begärt förhandling enligt medbestämmandelagen och väntar nu på ett datum från företaget.
"""


def test_a_posts_text_between_its_stamp_and_its_buttons_is_dropped_without_counts() -> None:
    spoken = spoken_text(read_dump(_POST))
    assert "Alla på nattskiftet" not in spoken and "3 tim ·" not in spoken
    assert "Företaget svarar att en utredning pågår" in spoken
    assert "säger ordföranden Lars Ek" in spoken
