"""Session 25, from extract92's HTML pages and extract89's dumps (blind to their end figures, then read): the article's
fact rows and lists kept, a widget dressed as a fact box not read.

- A field's label ending in a colon with its value after it in the same line (``<span class="x__label">Tid:</span>
  19.00``) is the row's first words, not a section label (``html_classes._labels_its_line``): "Tid: 19.00" is read,
  never a bare "19.00".
- A byline-shaped paragraph ("Av Astrid Lindgren") over a "Label: value" row under the article's text is a work's
  credit in the article's fact box, not the closing byline that ends the article (``html._fact_item``).
- A fact box titled by a line the rule table drops or takes for a box's label ("Skicka in minnesord", "Tipsa oss")
  is the page's widget (``html._widget_title``).
- In a dump, date lines under a line of the text that announces them with a colon ("Föreställningarna ges:") are the
  list's items, not the page's date lines (``announced.announced_date_tags``).
- From extract94: a gallery's counter, its marked caption and its arrows between two paragraphs are a picture slot,
  not the page's furniture: the article goes on under them (``articleend._PICTURE_SLOT``).

Every page here was written after the fixes, for other sites and wording than the pages they came from.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

from audiocast.ingest.html import extract_html

_EVENT = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Konsert i Vikens kyrka | Vikens församling</title>
</head><body>
<header><a href="/">Vikens församling</a><nav><ul><li><a href="/gudstjanster">Gudstjänster</a></li>
<li><a href="/musik">Musik</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<main><div class="node node--event">
<h1 class="page-title">Adventskonsert med Vikens kammarkör</h1>
<div class="field--name-field-ingress"><p>Kören sjunger in advent med musik av Bach, Sandström och Wikander. Dirigent
är kantor Helena Forsberg.</p></div>
<div class="field--name-body"><p>Konserten är kvällens enda framförande, och körens fyrtio sångare har övat sedan
augusti. Vid flygeln sitter Jonas Lindahl, som också spelar två solostycken.</p>
<p>Efter konserten bjuder församlingen på glögg och pepparkakor i församlingshemmet intill kyrkan.</p></div>
<div class="meta-rows">
<div class="meta-rows__row"><span class="meta-rows__label">Dag:</span> söndag 30 november</div>
<div class="meta-rows__row"><span class="meta-rows__label">Tid:</span> 18.00–19.15</div>
<div class="meta-rows__row"><span class="meta-rows__label">Plats:</span> Vikens kyrka</div>
<div class="meta-rows__row"><span class="meta-rows__label">Entré:</span> 100 kronor, barn gratis</div>
</div>
</div></main>
<aside><h2>Fler konserter</h2><ul><li><a href="/musik/1">Luciakonsert 13 december</a></li></ul></aside>
<footer><p>Vikens församling, Kyrkvägen 2, 263 61 Viken</p></footer>
</body></html>"""


def test_a_field_label_with_its_value_in_the_line_is_read_with_it() -> None:
    spoken = spoken_lines(extract_html(_EVENT, "konsert.html"))
    assert "Tid: 18.00–19.15" in spoken
    assert "Plats: Vikens kyrka" in spoken
    assert "Entré: 100 kronor, barn gratis" in spoken
    assert "18.00–19.15" not in spoken  # never the value without what it is


_SECTION_LABEL = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Nytt äldreboende i Ryd</title></head>
<body><main><article>
<span class="article-label">Nyheter</span>
<h1>Nytt äldreboende i Ryd står klart till sommaren</h1>
<p>Det nya äldreboendet i Ryd får sextio lägenheter och ska stå klart i juni, meddelar kommunen.</p>
<p>Bygget har gått enligt plan trots den kalla vintern, säger projektledaren Mats Engström.</p>
<p>Inflyttningen sker i två omgångar under sommaren och hösten.</p>
</article></main></body></html>"""


def test_a_section_label_with_no_value_after_it_is_still_not_read() -> None:
    spoken = spoken_lines(extract_html(_SECTION_LABEL, "ryd.html"))
    assert "Nyheter" not in spoken
    assert "Inflyttningen sker i två omgångar under sommaren och hösten." in spoken


_PLAY = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Pippi på Borgteatern</title></head>
<body><header><a href="/">Kulturbladet</a></header>
<main><div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content">
<h1>Pippi flyttar in på Borgteatern i sommar</h1>
<p>Borgteatern i Hedemora sätter upp Pippi Långstrump i borggården, med premiär i början av juli.</p>
<p>Det blir teaterns största barnföreställning hittills, med tolv skådespelare och en levande häst på scenen.</p>
<p>– Vi har letat länge efter rätt häst. Nu har vi hittat en som tål applåder, säger regissören Karin Moberg.</p>
<p>Biljetterna släpps den första maj, och teatern räknar med att flera föreställningar blir utsålda.</p>
<hr/>
<p><strong>Pippi Långstrump</strong></p>
<p>Av Astrid Lindgren</p>
<p>Regi: Karin Moberg</p>
<p>I rollerna: Ella Sundberg, Viktor Hed, Noor Abbas</p>
<p>Premiär: lördag 5 juli kl. 14.00</p>
<p>Biljetter: 180 kr, barn 120 kr</p>
</div></div></div></main>
<footer><p>Kulturbladet, Box 14, 776 21 Hedemora</p></footer>
</body></html>"""


def test_a_works_credit_over_its_fact_rows_is_no_closing_byline() -> None:
    article = extract_html(_PLAY, "pippi.html")
    spoken = spoken_lines(article)
    assert "Av Astrid Lindgren" in spoken
    assert "Regi: Karin Moberg" in spoken
    assert "Biljetter: 180 kr, barn 120 kr" in spoken
    assert "Kulturbladet, Box 14, 776 21 Hedemora" not in spoken


_CLOSING_BYLINE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Ny gång- och cykelbro</title></head>
<body><main><article>
<h1>Ny gång- och cykelbro över Svartån öppnar i maj</h1>
<p>Den nya bron över Svartån vid Skebäck öppnar för gående och cyklister i mitten av maj.</p>
<p>Bron ersätter den gamla träbron som revs förra året sedan den fått rötskador.</p>
<p>Arbetet har kostat drygt 24 miljoner kronor, vilket är två miljoner mer än budgeten.</p>
<p>Av Lars Nygren</p>
<p>Kontakt: lars.nygren@orebronu.se</p>
<p>Mest lästa</p>
<p>Så blir vädret i helgen</p>
</article></main></body></html>"""


def test_a_closing_byline_over_a_contact_line_still_ends_the_article() -> None:
    spoken = spoken_lines(extract_html(_CLOSING_BYLINE, "bro.html"))
    assert "Av Lars Nygren" not in spoken
    assert "Så blir vädret i helgen" not in spoken
    assert "Arbetet har kostat drygt 24 miljoner kronor, vilket är två miljoner mer än budgeten." in spoken


_STORY_BOX = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Minnen från Gruvbyn</title></head>
<body><main><article class="article">
<h1>Hon minns gruvbyn innan den revs</h1>
<p class="ingress">Margit Holm var tolv år när familjen flyttade från Gruvbyn 1968. Nu har hon skrivit en bok om byn som
försvann.</p>
<div class="article-body">
<p>Boken bygger på brev, fotografier och samtal med ett trettiotal tidigare grannar, som i dag bor utspridda över
hela landet. Flera av dem hade inte träffats sedan flytten.</p>
<p>– Jag ville att barnbarnen skulle förstå varifrån vi kommer. Byn finns inte längre, men människorna gör det, säger
Margit Holm.</p>
<p>Arbetet med boken tog fyra år. Det svåraste var att hitta bilder från skolan, som brann redan 1961.</p>
<p>Boken presenteras på biblioteket i Kiruna på lördag.</p>
</div>
<div class="infobox">
<h3>Tipsa oss</h3>
<p>Vet du något om Gruvbyns historia? Mejla redaktionen på berattelser@norrbottensnytt.se.</p>
</div>
</article></main></body></html>"""


def test_a_fact_box_titled_as_a_call_for_tips_is_not_read() -> None:
    spoken = spoken_lines(extract_html(_STORY_BOX, "gruvbyn.html"))
    assert "Boken presenteras på biblioteket i Kiruna på lördag." in spoken
    assert not any("berattelser@" in line for line in spoken)
    assert "Tipsa oss" not in spoken


_CONCERTS = (
    "Sandvikens Kulturhus\n"
    "Program\n"
    "Biljetter\n"
    "Besök oss\n"
    "12 mars 2027\n"
    "Operan ”Tosca” kommer till Sandviken i vår\n"
    "Norrlandsoperan gästar Kulturhuset med Puccinis ”Tosca” i april, och biljetterna släpps redan nästa vecka.\n"
    "Det är första gången på tio år som en hel operauppsättning ges på den stora scenen.\n"
    "– Vi har byggt om orkesterdiket för att få plats med hela orkestern, säger husets chef Lena Viklund.\n"
    "Föreställningarna ges:\n"
    "Fredag 17 april kl. 19.00\n"
    "Lördag 18 april kl. 15.00\n"
    "Söndag 19 april kl. 15.00\n"
    "Biljetter kostar mellan 295 och 495 kronor.\n"
    "Dela\n"
    "Kopiera länk\n"
    "Fler nyheter\n"
    "Vårens barnteater är här\n"
)


def test_date_lines_a_colon_announces_are_the_lists_items() -> None:
    article = read_dump(_CONCERTS)
    assert article.title == "Operan ”Tosca” kommer till Sandviken i vår"
    spoken = spoken_lines(article)
    assert "Lördag 18 april kl. 15.00" in spoken
    assert "Söndag 19 april kl. 15.00" in spoken
    assert "Biljetter kostar mellan 295 och 495 kronor." in spoken
    assert "12 mars 2027" not in spoken


_GALLERY_MID = (
    "Bergsjö Skidklubb\n"
    "Nyheter\n"
    "Träning\n"
    "Kontakt\n"
    "Ungdomarna tog över spåren på Klubbdagen\n"
    "Publicerad: 2027-02-08 19:40\n"
    "Av: Lena Nordin\n"
    "Över sextio barn och ungdomar åkte på söndagens klubbdag i Bergsjö, och många provade skate för första gången.\n"
    "Dagen började med teknikträning i tre grupper, och efter lunch var det dags för stafett mellan lagen.\n"
    "Vinnarlaget fick åka först i korvkön, vilket enligt flera deltagare var det bästa priset av alla.\n"
    "Bild 2 av 5\n"
    "Stafettens första sträcka på väg ut från stadion.\n"
    "‹\n"
    "›\n"
    "Nästa klubbdag hålls i mars, och då blir det fokus på klassisk stil och backträning för de äldre åkarna.\n"
    "Dela\n"
    "Kalender\n"
    "14 feb\n"
    "Distriktsmästerskap sprint\n"
)


def test_the_article_goes_on_under_a_gallery_between_its_paragraphs() -> None:
    spoken = spoken_lines(read_dump(_GALLERY_MID))
    assert "Nästa klubbdag hålls i mars, och då blir det fokus på klassisk stil och backträning för de äldre åkarna." in spoken
    assert "Distriktsmästerskap sprint" not in spoken
    assert "Bild 2 av 5" not in spoken


_ASIDE_BOX = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Tandvården flyttar</title></head>
<body><main><article class="news">
<h1>Folktandvården i Vaggeryd flyttar till nya lokaler</h1>
<p class="lead">I mars flyttar Folktandvården i Vaggeryd från Storgatan till vårdcentralens hus vid Torget.</p>
<div class="news__body">
<p>De gamla lokalerna har länge varit för små, och ventilationen har inte klarat dagens krav enligt regionen.</p>
<p>Under flyttveckan tar kliniken bara emot akuta besök, och planerade besök har bokats om med brev.</p>
<aside class="factbox">
<h3 class="factbox__heading">Så hittar du oss</h3>
<ul>
<li>Ny adress för kliniken från 10 mars: Torget 4, Vaggeryd</li>
<li>Akuta besök under flyttveckan: ring kliniken vardagar 8–16</li>
<li>Parkering: tolv platser bakom vårdcentralens hus</li>
</ul>
</aside>
<p>Klinikchefen Sara Lindqvist hoppas att patienterna ska uppskatta de ljusare rummen och den nya hissen.</p>
</div>
</article></main></body></html>"""


def test_a_fact_box_aside_between_paragraphs_is_read_once() -> None:
    spoken = spoken_lines(extract_html(_ASIDE_BOX, "tandvard.html"))
    assert spoken.count("Parkering: tolv platser bakom vårdcentralens hus") == 1
    assert spoken.count("Så hittar du oss") <= 1
    assert "Klinikchefen Sara Lindqvist hoppas att patienterna ska uppskatta de ljusare rummen och den nya hissen." in spoken
