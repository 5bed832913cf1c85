"""Session 34, round 2, from blind sets extract133 and extract134 (written blind during round 1; scored at c3526b50
before anyone read them: headline 100 %, leak 1.5 % (9/597), recall 0.993 and 100 %, 3.7 % (24/644), 1.000; after
round 1, still unread: 100 %, 0.5 % (3/597) and unchanged). Each phenomenon written after its fix, with another site
and other words; the guard beside it:

- a petition's form glued into the text: its call, its field labels (one with its note in brackets, "E-post
  (frivilligt)"), its button in the signer's voice ("Jag skriver under") and its count ("Hittills har 1 128 personer
  skrivit under.") (``articlenotes``, the rule table's ``signature-count``);
- a newsletter's section of short notices under its main article ("Kort nytt") ends the article;
- a promotion's cry over a button the rule table took already ("Boka här") between the paragraphs
  (``adslots.promo_button_tags``);
- customers' words under a heading in the site's voice, each quote by a given name alone
  (``testimonials.voiced_run_tags``); an article's quotes by full names stay;
- an ad's copy under its label closed by an imperative button's label ("Beställ hos …", ``labelruns.ad_copy_tags``);
- a caption closed by its archive in brackets ("(Ur föreningens arkiv)") or opening with what its picture shows
  ("Bilden visar …"), ``picturelines``; "Bilden visar att …" is the article's.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_PETITION = """Hem
Nyheter
Kontakt
Rädda bussen till Skogsbyn
2025-02-14
Regionen vill lägga ner busslinje 312 till Skogsbyn från och med sommaren. Nu samlar byalaget namn mot beslutet.
Linjen används varje dag av ett fyrtiotal skolbarn och av äldre som saknar bil, enligt byalagets ordförande Kerstin Ås.
– Utan bussen kommer flera familjer att behöva flytta härifrån, säger hon.
Stöd namninsamlingen
Namn
Bostadsort
Telefon (frivilligt)
Jag skriver under
Hittills har 642 personer skrivit under.
Regionens trafiknämnd fattar beslut i ärendet den 20 mars. Byalaget hoppas få lämna över namnen vid mötet.
Dela
Facebook
Byalaget Skogsbyn | info@skogsbyn.se
"""


def test_a_petitions_form_and_its_count_go_the_article_goes_on() -> None:
    spoken = spoken_text(read_dump(_PETITION))
    for gone in ("Bostadsort", "Telefon (frivilligt)", "Jag skriver under", "Hittills har 642"):
        assert gone not in spoken
    assert "Regionens trafiknämnd fattar beslut" in spoken and "säger hon" in spoken


_LETTER = """Visa i webbläsare
Hamnbladet
Nyhetsbrev från Hamnföreningen · Nr 4 · April 2025
Ny gästhamn vid Norrkajen
Publicerad 10 april 2025
Efter tre års planering börjar bygget av den nya gästhamnen vid Norrkajen i maj. Hamnen får fyrtio nya platser.
– Det här betyder mycket för handeln i stan under sommaren, säger hamnföreningens ordförande Lars Bäck.
Bygget ska vara klart till midsommar nästa år, och under tiden flyttas gästplatserna till Södra bryggan.
Kort nytt
Städdag vid bryggorna
Lördag 26 april städar vi bryggorna tillsammans. Kaffe och korv bjuds efteråt.
Nya avgifter
Avgifterna för vinteruppläggning höjs med tio procent från hösten.
Hamnföreningen | Kajgatan 1
"""


def test_a_newsletters_short_notices_section_ends_its_main_article() -> None:
    spoken = spoken_text(read_dump(_LETTER))
    assert "Södra bryggan" in spoken
    assert "Städdag" not in spoken and "vinteruppläggning" not in spoken


_YOGA = """Yogastudion Lugn
Schema
Priser
Nyheter
Nu öppnar vi i Västerby
2025-01-08
Efter fem år i Österby öppnar Yogastudion Lugn en andra studio i Västerby centrum i februari.
Lokalen ligger på andra våningen i gamla posthuset och rymmer tjugo deltagare per pass.
Prova en klass gratis – vi har platser kvar på flera pass i februari!
Boka här
De första veckorna blir det fyra pass i veckan, och fler läggs till om intresset är stort.
– Vi har länge fått frågor från deltagare i Västerby som tycker att det är långt att åka, säger grundaren Tove Lind.
Vad våra deltagare tycker
– Jag har gått här i tre år och det är veckans bästa timme, säger Maja, yin yoga.
– Lärarna ser alla i rummet, även oss nybörjare, säger Kent, 64.
Invigningen hålls lördag 1 februari klockan tio, och alla klasser den dagen är gratis för nya deltagare.
Dela
Facebook
Yogastudion Lugn AB | Storgatan 4
"""


def test_a_promotions_cry_over_a_taken_button_goes_between_the_paragraphs() -> None:
    spoken = spoken_text(read_dump(_YOGA))
    assert "Prova en klass gratis" not in spoken and "Boka här" not in spoken
    assert "fyra pass i veckan" in spoken


def test_customers_words_under_a_heading_in_the_sites_voice_go() -> None:
    spoken = spoken_text(read_dump(_YOGA))
    assert "veckans bästa timme" not in spoken and "Vad våra deltagare tycker" not in spoken
    assert "säger grundaren Tove Lind" in spoken and "Invigningen hålls lördag" in spoken


def test_quotes_by_full_names_under_such_a_heading_stay() -> None:
    dump = _YOGA.replace("säger Maja, yin yoga.", "säger Maja Ek, som går på yin yoga.").replace(
        "säger Kent, 64.", "säger Kent Berg, 64.")
    spoken = spoken_text(read_dump(dump))
    assert "veckans bästa timme" in spoken


_FARM = """Växtodling
Rådgivning
Nyheter
Så lyckas du med vårsådden
2025-03-20
Marken behöver torka upp ordentligt innan du kör ut med såmaskinen, annars packas den och plantorna får det svårt.
– Vänta hellre några dagar än att så i blöt jord, säger växtodlingsrådgivaren Eva Nord.
Annons
Vårens utsäde – fri frakt till och med 31 mars
Beställ hos Lantbutiken
Välj sort efter jorden
På lätta jordar klarar sig de flesta sorter bra, men på lerjord lönar det sig att välja en sort med kraftig rotutveckling.
Rådgivarna kan hjälpa till att ta jordprover under april.
Dela
Facebook
Rådgivningen | Box 12
"""


def test_an_ads_copy_closed_by_an_imperative_buttons_label_goes() -> None:
    spoken = spoken_text(read_dump(_FARM))
    assert "Beställ hos Lantbutiken" not in spoken and "fri frakt" not in spoken
    assert "Välj sort efter jorden" in spoken and "kraftig rotutveckling" in spoken


_MILL = """Hembygdsföreningen
Bloggen
Om oss
Kvarnen vid ån
2025-05-02
Kvarnen vid Lillån var i drift från 1870-talet fram till 1952, då den sista mjölnaren gick i pension.
Föreningen har nu fått bidrag för att laga taket och öppna kvarnen för besökare igen.
Kvarnen och dammen omkring 1915. Mjölnarbostaden syns till höger. (Ur hembygdsföreningens arkiv)
Arbetet med taket börjar i juni och utförs av frivilliga under ledning av en byggnadsantikvarie.
Bilden visar kvarnens vattenhjul efter vårfloden.
Den som vill hjälpa till kan anmäla sig till föreningens ordförande, och inga förkunskaper behövs.
Enligt en ny inventering är bilden tydlig. Bilden visar att kvarnen behöver mer än ett nytt tak.
Dela
Facebook
Hembygdsföreningen | Kvarnvägen 2
"""


def test_a_caption_closed_by_its_archive_in_brackets_or_saying_what_it_shows_goes() -> None:
    spoken = spoken_text(read_dump(_MILL))
    assert "Mjölnarbostaden" not in spoken and "vattenhjul" not in spoken
    assert "byggnadsantikvarie" in spoken and "inga förkunskaper behövs" in spoken


def test_the_overall_picture_showing_that_stays() -> None:
    assert "Bilden visar att kvarnen behöver mer" in spoken_text(read_dump(_MILL))
