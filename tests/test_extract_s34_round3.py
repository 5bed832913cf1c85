"""Session 34, round 3, from blind sets extract136 and extract137 (written blind during round 2; scored at c3526b50
before anyone read them: headline 91.7 %, leak 5.3 % (35/654), recall 0.994 and 100 %, 4.0 % (23/577), 0.979; after
rounds 1 and 2, still unread: identical and 100 %, 3.6 %). Each phenomenon written after its fix, with another site
and other words; the guard beside it:

- one coming event's card between the paragraphs ("Kommande aktivitet" over its title, date and age rows): the label's
  box, closed by its button ("Anmäl dig"), which opens no box of its own (``labelruns``);
- a guide's price list over a booking button ("Halvdag 4 tim – 2 900 kr" / … / "Boka tur") and a dealer's car card
  over "Se bilen" (``adslots.product_card_tags``);
- value rows closed by their total ("Totalt 1 981 fåglar av 26 arter") are the article's count (``valuerows``);
- a support site's quick-exit button over its menu is no headline ("Lämna sidan snabbt");
- a caption saying its picture is staged ("Bilden är arrangerad."), a starred figure's footnote ("*Exempel på …");
- a dealer's stock closed by its link with a count ("Visa alla elbilar (38)", ``wares``);
- a debate article's replies listed under "Repliker" end it;
- an embedded post with its link on top: the caption under "Ett inlägg delat av …" (``embedboxes.shared_caption_tags``);
- a call box closed by a link to the site's page ("Till träningarna", ``adslots._TO_PAGE``);
- a pitch to the reader glued under a sponsor's label ("Annonssamarbete" / "Funderar du på att sälja? Boka …").
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_SCOUTS = """Scoutkåren Tallen
Hem
Avdelningar
Nyheter
Första hajken i snö
2025-02-03
I helgen sov tolv spårare ute för första gången, i vindskydd vid Svartsjön.
Temperaturen sjönk till minus tolv grader under natten, men alla höll sig varma i sina sovsäckar.
– Det var kallt när man skulle kliva upp, men frukosten vid elden var den bästa någonsin, säger Alva, tolv år.
Kommande aktivitet
Utmanare: Kanothajk på Storån
Fre 16 maj – sön 18 maj
15–18 år
Anmäl dig
Ledarna: ”Barnen klarade mer än de trodde”
Ledarna hade planerat hajken i ett halvår och gått igenom säkerheten med alla föräldrar innan avfärd.
Nästa hajk blir i april, då hela avdelningen ska vandra en etapp på Sörmlandsleden.
Dela
Facebook
Scoutkåren Tallen | Skogsvägen 3
"""


def test_one_coming_events_card_goes_and_its_button_opens_no_box() -> None:
    spoken = spoken_text(read_dump(_SCOUTS))
    assert "Kanothajk" not in spoken and "15–18 år" not in spoken and "Anmäl dig" not in spoken
    assert "Ledarna: ”Barnen klarade mer än de trodde”" in spoken and "Sörmlandsleden" in spoken


_GUIDE = """Fjällfiske med Ola
Turer
Priser
Blogg
Röding i Kallsjön
2025-07-02
Veckan bjöd på stabilt väder och flera fina rödingar på lätta flugor i Kallsjöns norra del.
Bäst gick det på morgnarna, innan vinden tog i från väster och vattnet blev oroligt.
Halvdag 4 tim – 1 900 kr
Heldag 8 tim – 3 400 kr
Pris per person. Lån av utrustning ingår.
Boka tur
Resten av veckan
På torsdagen var vi uppe vid tjärnarna ovanför byn, där harren steg hela eftermiddagen mot små nattsländor.
Nästa vecka väntas det bli varmare, och då brukar fisken stå djupare på dagarna.
/Ola
Dela
Facebook
"""


def test_a_guides_price_list_over_its_booking_button_goes() -> None:
    spoken = spoken_text(read_dump(_GUIDE))
    assert "1 900 kr" not in spoken and "Boka tur" not in spoken and "Lån av utrustning" not in spoken
    assert "harren steg hela eftermiddagen" in spoken and "innan vinden tog i" in spoken


_DEALER = """Bilhallen Väst
Bilar i lager
Verkstad
Blogg
Fem saker att tänka på när du köper begagnad hybrid
2025-03-11
En begagnad laddhybrid kan vara ett bra köp, men det finns några saker du bör kontrollera innan du skriver på.
Be alltid om servicehistoriken, och kontrollera att batteriet har testats av en verkstad.
Veckans bil
Toyota C-HR Hybrid 2021
5 200 mil · Automat · Hybrid
249 900 kr
Fr. 2 490 kr/mån*
Se bilen
Räckvidden på el är kortare än de flesta tror, och på vintern kan den halveras.
Provkör gärna bilen både i stadstrafik och på landsväg, så hör du om motorn låter som den ska.
*Exempel på månadskostnad vid billån: kontantinsats 20 procent, 72 månader, restvärde 40 procent.
Hybrider i lager
Toyota Corolla Touring Hybrid 2020
7 100 mil
189 900 kr
Kia Niro Hybrid 2019
9 800 mil
159 900 kr
Visa alla hybrider (21)
Bilhallen Väst AB | Industrigatan 4
"""


def test_a_dealers_car_card_its_footnote_and_its_stock_go() -> None:
    spoken = spoken_text(read_dump(_DEALER))
    for gone in ("249 900 kr", "Se bilen", "Exempel på månadskostnad", "Kia Niro Hybrid 2019", "189 900 kr"):
        assert gone not in spoken
    assert "Provkör gärna bilen" in spoken and "Räckvidden på el" in spoken


_STATION = """Fågelstationen Norrudden
Blogg
Om stationen
Ringmärkningen i september
2025-10-01
September blev en av de bästa månaderna på länge, med stora mängder mesar och kungsfåglar i näten.
Blåmesarna kom i vågor, och vissa morgnar fick vi stänga näten för att hinna med.
Månadens summa
Blåmes 412
Talltita 37
Rödhake 198
Totalt 647 fåglar av 19 arter
I oktober fortsätter vi med dagliga nätrundor så länge vädret tillåter.
Dela
Facebook
"""


def test_value_rows_closed_by_their_total_are_the_articles_count() -> None:
    spoken = spoken_text(read_dump(_STATION))
    assert "Blåmes 412" in spoken and "Totalt 647 fåglar av 19 arter" in spoken


_SHELTER = """Stäng sidan snabbt
Till huvudinnehåll
Behöver du stöd? Ring 020-50 50 50, dygnet runt.
Kvinnojouren Ljuset
Om oss
Stöd
Nyheter
Nyheter
Fler söker stöd efter jul
Nyhet · 8 januari 2025
Under december tog jouren emot 240 samtal, en ökning med en femtedel jämfört med året innan.
– Många hör av sig först när helgerna är över och vardagen ska börja igen, säger ordföranden Karin Ek.
Jourens volontärer svarar i telefon alla dagar mellan klockan tio och tio.
Volontärerna turas om att bemanna telefonen från jourens lokal. Bilden är arrangerad.
Jouren söker nu fler volontärer inför våren, och nästa utbildning börjar i februari.
Dela
Kvinnojouren Ljuset | Box 12
"""


def test_a_quick_exit_button_is_no_headline_and_a_staged_pictures_caption_goes() -> None:
    article = read_dump(_SHELTER)
    assert article.title == "Fler söker stöd efter jul"
    spoken = spoken_text(article)
    assert "Stäng sidan snabbt" not in spoken and "Bilden är arrangerad" not in spoken
    assert "nästa utbildning börjar i februari" in spoken


_DEBATE = """Lokaltidningen
Debatt
Debatt
Rädda biblioteket i Ekby
2025-02-10
Kommunen vill stänga filialen i Ekby för att spara 600 000 kronor om året. Det är fel väg att gå.
Biblioteket är byns sista offentliga rum, där både barn och äldre träffas varje vecka.
Vi uppmanar kommunen att tänka om innan beslutet fattas i mars.
Anna Berg, ordförande Ekby hembygdsförening
Repliker
Replik
”Vi måste prioritera skolan”
Kommunalrådet svarar hembygdsföreningen.
Dela
"""


def test_a_debates_replies_listed_under_repliker_end_it() -> None:
    spoken = spoken_text(read_dump(_DEBATE))
    assert "tänka om innan beslutet" in spoken
    assert "prioritera skolan" not in spoken and "Kommunalrådet svarar" not in spoken


_PADEL = """Ekby Tennisklubb
Nyheter
Träning
Juniorerna tog tre guld i DM
2025-04-06
Klubbens juniorer tog tre guld och två silver när distriktsmästerskapen avgjordes i Storhallen i helgen.
Se det här inlägget på Instagram
Ett inlägg delat av Ekby TK (@ekbytk)
Tre guld i DM! 🥇🥇🥇 Så stolta över våra juniorer! #tennis
Vill du också träna med oss? Se vårt utbud av kurser för barn och vuxna.
Till kurserna
I flickklassen vann Maja Lind finalen i tre set efter att ha legat under med 2–5 i avgörande set.
– Jag tänkte bara på en boll i taget, säger hon.
Dela
Facebook
Ekby TK | Hallvägen 1
"""


def test_a_posts_caption_under_its_shared_by_line_goes_and_a_call_to_the_sites_page() -> None:
    spoken = spoken_text(read_dump(_PADEL))
    assert "Tre guld i DM!" not in spoken and "Till kurserna" not in spoken and "Vill du också träna" not in spoken
    assert "i tre set efter att ha legat under" in spoken


_HOMES = """Nyheter
Bostad
Villa i centrum såld för rekordpris
2025-05-20
En sekelskiftesvilla på Kyrkogatan har sålts för 9,4 miljoner kronor, det högsta priset i kommunen i år.
Huset byggdes 1904 och har renoverats varsamt i flera omgångar.
Annonssamarbete
Ska du sälja ditt hus? Boka en gratis värdering hos stadens mäklare i dag.
Köparna är ett par från Göteborg som flyttar hem efter tjugo år.
Mäklaren säger att intresset var stort redan från första visningen.
Dela
"""


def test_a_pitch_to_the_reader_under_a_sponsors_label_goes() -> None:
    spoken = spoken_text(read_dump(_HOMES))
    assert "gratis värdering" not in spoken and "Köparna är ett par" in spoken
