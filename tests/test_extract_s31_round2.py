"""Session 31, round 2, from blind sets extract115 (12 dumps: headline 100 %, leak 4.4 %, recall 0.962 after round 1)
and extract116 (10 HTML pages: headline 90 %, F1 0.971 against trafilatura's 0.914). Written after the fixes, with
other sites and words; the guards beside each:

- a metered paywall's note and pitch where the text is cut, the article going on under them (rows ``paywall-note``
  and ``subscribe`` of data/boilerplate.tsv);
- a post embedded between the paragraphs, its text framed by its time stamp and its counted footer, of up to 90 words
  (``embedboxes.STAMPED_POST_WORDS``);
- a gallery's link closing with "– se hela galleriet" (row ``gallery-show``); a headline "… i bilder" stays;
- a service's call box between the paragraphs, in the site's voice to the reader over its buttons
  (``adslots.call_box_tags``); the article's own sentence with "vi" and "du" over a subheading stays;
- a timetable of dated items summing up the text's sentences is the article's list, not an echo (``echoes``);
- HTML: a word split across inline elements with nothing between is one word, as the browser shows it
  (``html_inline``); a capital after a letter is two.
"""

from __future__ import annotations

import lxml.html
from extract_helpers import read_dump, spoken_text
from lxml import etree

from audiocast.ingest.html import extract_html
from audiocast.ingest.html_inline import join_split_words

_COURT = """Norrbygdens Tidning
Nyheter
Sport
Familj
Logga in
Nyheter
Man döms för misshandel på pizzeria i Älvby
En 41-årig man döms till fängelse i fyra månader för att ha slagit en anställd på en pizzeria i Älvby i somras.
Mannen hade enligt domen blivit arg när hans beställning dröjde och gick in bakom disken.
Där slog han den anställde med knytnäven i ansiktet så att denne föll och slog i huvudet i en hylla.
Du har läst 3 av 5 gratis artiklar denna månad
Prenumerera för att läsa vidare. Första månaden för 9 kr, sedan 139 kr i månaden.
Bli prenumerant
I tingsrätten nekade mannen till brott och sa att han bara hade knuffat den anställde i självförsvar.
Men en övervakningskamera i lokalen visade hur han slog till utan att den anställde hade gjort något hotfullt.
– Filmen talar sitt tydliga språk, skriver tingsrätten i domen.
Mannen ska också betala 12 000 kronor i skadestånd till den anställde.
Dela
"""


def test_a_paywalls_note_and_pitch_where_the_text_is_cut_are_not_read() -> None:
    spoken = spoken_text(read_dump(_COURT))
    assert "gratis artiklar" not in spoken and "läsa vidare" not in spoken
    assert "Mannen ska också betala 12 000 kronor i skadestånd" in spoken


_POST_TEXT = ("🚧 Från och med måndag stänger vi av Storgatan mellan Torget och Kyrkbacken för ledningsarbete. Arbetet "
              "beräknas pågå i sex veckor. Bussarna leds om via Skolvägen och hållplatsen Torget flyttas till "
              "Järnvägsgatan under tiden. Gående och cyklister kan passera på norra trottoaren hela tiden. Vi ber om "
              "förståelse för de störningar arbetet kan ge!")
_ROADS = f"""Älvby kommun
Trafik
Storgatan stängs för ledningsarbete i sex veckor
Från måndag stängs Storgatan i centrala Älvby för biltrafik medan kommunen byter vatten- och avloppsledningar under gatan.
Ledningarna är från 1950-talet och har gått sönder flera gånger de senaste åren.
Älvby kommun
3 d ·
{_POST_TEXT}
Gilla
Kommentera
Dela
👍 27
– Vi har försökt lägga arbetet när det är så lite trafik som möjligt, säger projektledaren Sara Lind.
Butikerna på Storgatan håller öppet som vanligt under hela arbetet och nås från Kyrkbacken.
Kommunen passar på att lägga nya kantstenar och bredda trottoaren på den södra sidan när gatan ändå är uppgrävd.
Nästa år fortsätter arbetet på Kyrkbacken, där ledningarna är lika gamla som under Storgatan.
– Det är bättre att ta allt på en gång än att gräva upp samma gata två gånger, säger Sara Lind.
"""


def test_a_posts_long_text_between_its_stamp_and_counted_footer_is_not_read() -> None:
    spoken = spoken_text(read_dump(_ROADS))
    assert "hållplatsen Torget flyttas" not in spoken
    assert "Butikerna på Storgatan håller öppet som vanligt" in spoken


_MARKET = """Älvby Företagarförening
Nyheter
Julmarknaden slog besöksrekord
Över 4 000 personer kom till julmarknaden på Torget i söndags, fler än något år tidigare.
Sammanlagt fanns 52 utställare på plats, från hantverkare till lokala bagerier och gårdsbutiker.
– Vi fick låna fler bord av kyrkan för att alla skulle få plats, säger föreningens ordförande Eva Strand.
Nästa år planerar föreningen att flytta en del av marknaden till Stadsparken.
Julmarknaden 2024 i bilder – se hela galleriet
Dela
"""


def test_a_gallerys_link_closing_with_se_hela_galleriet_is_not_read() -> None:
    spoken = spoken_text(read_dump(_MARKET))
    assert "se hela galleriet" not in spoken
    assert "Nästa år planerar föreningen att flytta en del av marknaden" in spoken


def test_a_headline_in_bilder_stays() -> None:
    dump = _MARKET.replace("Julmarknaden slog besöksrekord", "Julmarknaden i bilder")
    assert read_dump(dump).title == "Julmarknaden i bilder"


_CLINIC = """Älvdalens Djursjukhus
Djurägare
Råd och tips
Kontakt
Råd och tips
Så skyddar du katten mot fästingar i sommar
Fästingarna är som flest från maj till september, och katter som går ute får ofta flera fästingar i veckan.
En fästing kan föra över sjukdomar, och bettet kan bli inflammerat om fästingen tas bort på fel sätt.
Behöver du hjälp med ditt djur?
Vi har öppet dygnet runt och våra sköterskor hjälper dig gärna att bedöma om du behöver komma in.
Ring 0250-12 34 56
Boka tid
Ta bort fästingen rätt
Använd en fästingplockare och dra rakt ut med ett lugnt och jämnt tag, utan att vrida eller klämma på fästingen.
Titta efter rester i huden efteråt och tvätta bettet med tvål och vatten.
"""


def test_a_services_call_box_in_its_own_voice_between_the_paragraphs_is_not_read() -> None:
    spoken = spoken_text(read_dump(_CLINIC))
    assert "Behöver du hjälp med ditt djur?" not in spoken and "öppet dygnet runt" not in spoken
    assert "Ring 0250-12 34 56" not in spoken
    assert "Använd en fästingplockare och dra rakt ut" in spoken


def test_the_articles_sentence_to_the_reader_over_a_subheading_stays() -> None:
    dump = _CLINIC.replace(
        "Behöver du hjälp med ditt djur?\nVi har öppet dygnet runt och våra sköterskor hjälper dig gärna att bedöma om "
        "du behöver komma in.\nRing 0250-12 34 56\nBoka tid\n",
        "Vi på djursjukhuset rekommenderar att du tittar igenom pälsen på katten varje kväll under sommaren.\n")
    assert "Vi på djursjukhuset rekommenderar att du tittar igenom pälsen" in spoken_text(read_dump(dump))


_PLAN = """Älvby kommun
Nyheter
Förslag: Bergets förskola flyttar till Skogsbacken
Barn- och utbildningsförvaltningen föreslår att Bergets förskola flyttar in i nya lokaler vid Skogsbacken nästa höst.
Lokalerna på Berget är slitna, och en renovering skulle enligt förvaltningen kosta mer än att bygga nytt.
Ett samrådsmöte för föräldrar hålls på Bergets förskola den 3 april klockan 18.
Nämnden fattar beslut i frågan på sitt sammanträde den 15 maj.
Tidsplan
3 april: Samrådsmöte för föräldrar på Bergets förskola kl. 18.
15 maj: Nämnden fattar beslut i frågan.
1 augusti: Bygget av de nya lokalerna börjar.
Dela
"""


def test_a_timetable_of_dated_items_that_sums_up_the_text_is_read() -> None:
    spoken = spoken_text(read_dump(_PLAN))
    assert "3 april: Samrådsmöte för föräldrar på Bergets förskola kl. 18." in spoken
    assert "15 maj: Nämnden fattar beslut i frågan." in spoken


_SITES = """<!DOCTYPE html><html lang="sv"><head><title>Vallby skola - Aktuellt</title></head><body>
<header><h1>Aktuellt</h1><nav><a href="/">Start</a> <a href="/aktuellt">Aktuellt</a></nav></header>
<main><section><h2><span class="x1">Sommar</span><span class="x1">lovet börjar med fotbollsturnering</span></h2>
<p><span>Årets sista skoldag avslutades med en fotbollsturnering på skolans gräsplan där alla klasser deltog.</span></p>
<p><span>Klass 6 vann finalen mot lärarlaget med 3–2 efter ett avgörande mål i sista minuten.</span></p>
<p><span>– Det var den roligaste skolavslutningen jag har varit med om, säger Elsa i klass 6.</span></p>
<p><span>Efter turneringen bjöd föräldraföreningen på glass till alla elever och lärare.</span></p>
</section></main><footer><p>Vallby skola, Skolvägen 4</p></footer></body></html>"""


def test_a_word_split_across_inline_elements_is_one_word() -> None:
    article = extract_html(_SITES, "vallby.html")
    assert article.title == "Sommarlovet börjar med fotbollsturnering"


def test_a_capital_after_a_letter_across_inline_elements_stays_two_words() -> None:
    doc = lxml.html.document_fromstring("<p><b>Malmö</b><b>Lund</b> och <i>Ystad</i><i>s</i> hamn</p>")
    assert join_split_words(doc)
    assert [el.text for el in doc.iter("b", "i")] == ["Malmö", "Lund", "Ystads", None]
    assert "MalmöLund" not in etree.tostring(doc, encoding="unicode")
