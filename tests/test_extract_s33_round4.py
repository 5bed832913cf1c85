"""Session 33, round 4, from blind set extract128 (12 dumps written during round 2, scored at f903e202 and after rounds
1 to 3, identical: headline 91.7 %, leak 2.6 % (17/664), recall 0.979; after the round 91.7 %, 1.2 % (8/664), 0.989).
Each phenomenon written after its fix, with another site and words; the guard beside it:

- the article's labelled fact box opening a box of the page's lines under it ("Fakta om filmen" / "Regi: …" over
  "Visningar") is read (``furniture._fact_box_over``), without the show list's date under the page's line
  (``text._fact_box``);
- under a gift box's label, the article's subheading in quotation marks, or over its next paragraph going on with its
  matter, stays (``labelruns``); a gift box's heading asking for support in three or four words goes (``appeals``);
- a contact box's number with its note in brackets; a form's select field ("Välj linje") and a form under a line the
  rules took (``widget_words``, ``bodywidgets``);
- the post's hashtagged text under Instagram's poster line (``embedboxes._caption_under_poster``);
- a fundraiser's meter on one line (rule ``fund-meter``); a player's button naming its clip ("Spela upp trailer").
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_CINEMA = """Bio Norden
Program
Nyheter
Om oss
Nyheter
Premiär för Midvinterljus på Bio Norden
14 januari 2025
På fredag har dramat Midvinterljus premiär, en film som till stor del spelades in i skogarna runt Norrå.
Huvudrollen spelas av Ida Sund, som själv växte upp i Norrå och gick på gymnasiet i stan.
– Det känns overkligt att se mina gamla kvarter på bioduken, säger Ida Sund.
Regissören Per Holm har arbetat med filmen i fem år, och stora delar av finansieringen kom från regionens filmfond.
Premiärkvällen inleds med ett samtal med regissören i foajén klockan halv sju.
Fakta om filmen
Originaltitel: Midvinterljus
Regi: Per Holm
I rollerna: Ida Sund, Karl Berg, Anna Ek
Land/år: Sverige 2024
Visningar
fre 17 jan
19.00
Salong 1
lör 18 jan
15.00
Salong 2
Köp biljett
"""


def test_a_labelled_fact_box_over_the_pages_show_list_is_read_without_its_dates() -> None:
    spoken = spoken_text(read_dump(_CINEMA))
    assert "Regi: Per Holm" in spoken and "Land/år: Sverige 2024" in spoken
    assert "fre 17 jan" not in spoken and "Salong 1" not in spoken


_RESCUE = """Katthemmet Tassen
Hem
Adoptera
Stöd oss
Nyheter
Efter två år fick Greta ett hem
5 mars 2025
Greta var elva år när hon kom till katthemmet, mager och rädd efter att ha lämnats kvar i en sommarstuga.
I två år bodde hon i vårt jourhem i Åby, och ingen av de familjer som kom på besök ville ta med henne hem.
– Hon satt alltid längst in under soffan när det kom folk. Det är svårt att visa upp sig då, säger jourhemmet Lena Ek.
Stötta vårt arbete
Varje katt kostar i snitt 4 000 kronor i veterinärvård innan den kan adopteras.
Swisha till 123 222 44 55
Ge en gåva
”Hon hoppade upp i mitt knä”
Karin Sjö, 68, hade just förlorat sin gamla katt när hon såg bilden på Greta i lokaltidningen.
– Hon hoppade upp i mitt knä direkt. Då var saken klar, säger Karin.
Ett lugnt liv
Nu bor Greta i Karins lägenhet med utsikt över kanalen och sover mest i fönstret.
Karin säger att hon aldrig har haft en så lugn katt, och att Greta redan har lärt sig när det är dags för mat.
"""


def test_a_support_headed_gift_box_goes_and_the_quoted_subheading_under_it_stays() -> None:
    spoken = spoken_text(read_dump(_RESCUE))
    assert "”Hon hoppade upp i mitt knä”" in spoken and "Karin Sjö, 68" in spoken
    assert "Stötta vårt arbete" not in spoken and "4 000 kronor i veterinärvård" not in spoken


def test_a_subheading_over_the_next_paragraph_under_a_gift_label_stays() -> None:
    dump = _RESCUE.replace("”Hon hoppade upp i mitt knä”\n", "Karin valde Greta\n")
    assert "Karin valde Greta" in spoken_text(read_dump(dump))


_FERRY = """Öleden
Tidtabeller
Trafikläget
Trafikinformation
Färjan till Stora Ö går inte i dag
Publicerad 12 februari 2025 kl. 06.30
Färjan mellan Ekhamn och Stora Ö är inställd hela dagen på grund av storm, och ingen ersättningsbåt kan gå.
Vinden väntas mojna under natten, och trafikledningen räknar med att färjan går enligt tidtabell i morgon bitti.
– Vi kan inte riskera att lägga till med de här vågorna. Säkerheten går först, säger trafikchefen Ola Berg.
Boende som behöver ta sig till fastlandet för vård kan kontakta kommunens beredskap, som ordnar transport med helikopter vid behov.
Kontakta trafikledningen
0771-22 33 44 (dygnet runt vid störningar)
trafik@oleden.se
Få trafikinformation som sms
Skriv in ditt mobilnummer och välj färjelinje, så skickar vi ett sms när något påverkar din resa.
Mobilnummer
Välj linje
Prenumerera
Trafikläget just nu
"""


def test_a_contact_box_and_an_sms_form_under_the_article_are_not_read() -> None:
    spoken = spoken_text(read_dump(_FERRY))
    assert "ordnar transport med helikopter vid behov." in spoken
    assert "dygnet runt vid störningar" not in spoken and "som sms" not in spoken and "Skriv in ditt mobilnummer" not in spoken


_CLUB = """Norrå IF Dam
Lag
Nyheter
Nyheter
Sju mål i premiären
20 april 2025
Norrå IF vann premiären mot Ekby med 7–0 inför 612 åskådare på Norrvallen.
Nyförvärvet Sara Lind gjorde tre av målen, det första redan efter fyra minuter.
– Jag hade inte ens hunnit bli varm, säger Sara Lind.
Visa det här inlägget på Instagram
Ett inlägg delat av Norrå IF Dam (@norraifdam)
HATTRICK I DEBUTEN 🔥⚽️ Vilken start på säsongen! #norraif #div1
Tränaren Eva Sund var nöjd med både försvaret och anfallet.
– Vi släppte inte till en enda chans. Det är det jag är gladast för, säger hon.
Nästa match spelas borta mot Sjövik på lördag.
"""


def test_the_posts_hashtagged_text_under_instagrams_poster_line_is_not_read() -> None:
    spoken = spoken_text(read_dump(_CLUB))
    assert "Tränaren Eva Sund var nöjd" in spoken
    assert "HATTRICK" not in spoken


_RAILWAY = """Föreningen Smalspåret
Hem
Nyheter
Nyheter
Ångloket Nr 3 rullar igen
2 juni 2025
Efter fyra års renovering kunde föreningens ånglok Nr 3 äntligen provköras på lördagen.
Spela upp trailer
Pannan har bytts ut helt, och alla hjul har svarvats om i verkstaden i Hällby.
Insamlat till Nr 3: 214 500 kr av 300 000 kr
Swisha en gåva till 123 456 00 11, märk ”Nr 3”
Första turen med passagerare
Den första turen med passagerare går på nationaldagen, då loket drar två vagnar mellan Hällby och Sjöängen.
– Det är en dag vi har längtat efter i fyra år, säger ordföranden Nils Ek.
Biljetter säljs på stationen i Hällby från klockan tio.
"""


def test_a_fund_meter_and_a_players_button_are_not_read_and_the_subheading_under_the_gift_line_is() -> None:
    spoken = spoken_text(read_dump(_RAILWAY))
    assert "Första turen med passagerare" in spoken and "Biljetter säljs på stationen" in spoken
    assert "214 500 kr" not in spoken and "Spela upp trailer" not in spoken
