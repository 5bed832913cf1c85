"""Session 33, round 1, from blind set extract122 (12 dumps written in session 32 and never read there; scored at
d58871d0, 2792fd5e and f903e202, identical: headline 100 %, leak 2.0 % (10/492), recall 0.980; after the round
100 %, 0.4 % (2/492), 0.986). Each phenomenon written after its fix, with another site and words; the guard beside it:

- a comment system's status in the neuter ("Kommentarer är avstängda för detta inlägg."): the article has ended;
- a line on where an app is found ("Appen finns för både iPhone och Android …") in an article about the app is the
  article's news (``servicewidgets._about_app``); in another article it is the site's call to its app;
- a live weather widget under the article's last paragraph, with the page's prose under the line where the article
  stops ("Fler nyheter" over a teaser's text): the article's last paragraph is the last above that line
  (``livewidgets.late_live_tags``); a forecast under the article's own heading stays;
- a pull quote of two sentences set above the paragraph it is taken from (``echoes._pulled_ahead``); a subheading in
  quotation marks (one sentence) stays;
- a release's "Mer information" box glued over its press contact (``contacts._info_over_contact``); an article's
  "Mer information" over a paragraph of its own stays.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_BLOG = """Ekbacka Båtklubb
Hem
Hamnen
Aktuellt
Medlem
Sjösättningen flyttas till den 4 maj
Publicerat 12 april 2025
Isen låg kvar i viken längre än vanligt i år, och styrelsen har därför beslutat att flytta vårens sjösättning en vecka.
Kranbilen är bokad från klockan sju på lördagsmorgonen, och båtarna lyfts i den ordning som står på listan i klubbstugan.
– Vi vill inte riskera att någon båt skadas av isflak vid bryggorna, säger hamnkaptenen Åke Lindgren.
Medlemmar som inte kan komma den dagen ombeds höra av sig till hamnkaptenen senast den 28 april.
Kommentarer är avstängda för detta inlägg.
Tidigare inlägg
Arbetsdag i hamnen
Nya avgifter för vinterplatser
"""


def test_a_closed_comment_section_in_the_neuter_ends_the_post() -> None:
    spoken = spoken_text(read_dump(_BLOG))
    assert "senast den 28 april" in spoken
    assert "avstängda" not in spoken and "Arbetsdag i hamnen" not in spoken


_LIBRARY = """Hoppa till innehåll
Lindås bibliotek
Låna
Evenemang
Nyheter
Nu kan du låna e-böcker i bibliotekets nya app
2025-03-03
Från och med i dag kan du låna e-böcker och ljudböcker direkt i Lindås biblioteks nya app, utan att logga in på webben.
Appen har tagits fram tillsammans med tre grannkommuner, och samma lånekort gäller på alla bibliotek i samarbetet.
– Många låntagare har saknat ett enklare sätt att låna hemifrån, säger bibliotekschefen Sanna Öberg.
Du kan låna fem e-böcker i månaden, och lånetiden är tre veckor. Ljudböckerna räknas för sig.
Appen finns för både iPhone och Android. Du loggar in med ditt lånekort och din pinkod.
Personalen på biblioteket hjälper gärna till om du vill ha hjälp att komma i gång, varje tisdag mellan klockan tio och tolv.
Lindås bibliotek
Storgatan 4
"""


def test_where_the_app_is_found_is_read_in_an_article_about_the_app() -> None:
    spoken = spoken_text(read_dump(_LIBRARY))
    assert "Appen finns för både iPhone och Android." in spoken


def test_the_same_line_in_another_article_is_the_sites_call_to_its_app() -> None:
    dump = (_LIBRARY.replace("Nu kan du låna e-böcker i bibliotekets nya app", "Biblioteket får längre öppettider i vår")
            .replace("direkt i Lindås biblioteks nya app, utan att logga in på webben", "på kvällar och helger")
            .replace("Appen har tagits fram", "Försöket har tagits fram"))
    assert "Appen finns för både iPhone och Android." not in spoken_text(read_dump(dump))


_RESERVE = """Hoppa till innehållet
Sjöåsens naturreservat
Naturum Sjöås
Öppet i dag 9–17
Planera ditt besök
Leder och kartor
Aktuellt
Hitta hit
Aktuellt
Publicerad 3 maj 2025
Fågeltornet vid Sjöås stängs i två veckor
Kort sagt
Fågeltornet vid Sjöåsens strandäng får nya trappor och räcken, och är stängt för besökare från den 12 till den 26 maj. Gömslet vid södra stranden är öppet som vanligt.
Det gamla tornet byggdes på åttiotalet, och flera av trappstegen har börjat ruttna. Räcket på översta plattformen har också lossnat på ett par ställen.
Nu byggs ett nytt torn i samma storlek, med en ramp upp till första plattformen så att fler kan ta sig upp.
Arbetet beräknas vara klart i slutet av maj, om leveranserna av virke håller.
Det gamla tornet har stått vid strandängen sedan 1986. Foto: Länsstyrelsen
Gömslet är öppet
Under arbetet går det bra att se fåglarna från gömslet vid södra stranden, cirka 400 meter från parkeringen. Vägen dit är skyltad från naturum.
– Vi har valt veckor då häckningen inte störs av arbetet. Vadarna på strandängen kommer först i juni, säger förvaltaren Maja Ekstedt.
Ombyggnaden betalas av Länsstyrelsen och kostar omkring 1,2 miljoner kronor.
Bra att veta
Tornet är stängt 12–26 maj.
Gömslet nås via Strandstigen, cirka 400 meter.
Naturum och övriga leder är öppna som vanligt.
Hundar ska hållas kopplade i hela reservatet.
Väder i Sjöås just nu
14 °C, halvklart
Vind 3 m/s från väster
Fler nyheter från reservatet
Nya skyltar vid Kärrstigen
24 april 2025
Slåtter på strandängen i juli
2 april 2025
Allemansrätten i reservatet
I ett naturreservat gäller särskilda regler för eld, hundar och cykling. Läs dem innan du åker hit.
Läs reglerna
Sjöåsens naturreservat förvaltas av Länsstyrelsen i Norrvik.
"""


def test_a_weather_widget_under_the_article_is_not_read_with_prose_under_the_page_s_teasers() -> None:
    spoken = spoken_text(read_dump(_RESERVE))
    assert "Hundar ska hållas kopplade i hela reservatet." in spoken
    assert "halvklart" not in spoken and "Vind 3 m/s" not in spoken


def test_a_forecast_under_the_articles_own_heading_is_read() -> None:
    dump = _RESERVE.replace("Väder i Sjöås just nu\n14 °C, halvklart\nVind 3 m/s från väster\n",
                            "Så blir vädret på invigningen\nLördag: 14 °C, halvklart\n"
                            "Förvaltningen räknar med att tornet öppnar igen på lördagen den 27 maj, om vädret håller.\n")
    assert "Lördag: 14 °C, halvklart" in spoken_text(read_dump(dump))


_PORTRAIT = """Helgläsning
Vävaren som inte vill kallas konstnär
Lördag 14 juni 2025
Text: Olle Bergkvist
I fyrtio år har Inga Sjödin vävt trasmattor i sin verkstad i Norrbäck. I år ställs hennes mattor ut på Nationalmuseum.
Verkstaden ligger i en gammal ladugård, och vävstolarna har hon ärvt av sin mormor.
”Jag väver för att golven ska bli varma. Resten får andra tycka till om.”
Det var en intendent från museet som hörde av sig förra våren, efter att ha sett en av mattorna hos en vän.
Vad tänkte du när de ringde?
– Att de hade ringt fel. Jag väver för att golven ska bli varma. Resten får andra tycka till om. Men de var envisa.
Utställningen öppnar den 20 juni och visas hela sommaren.
"""


def test_a_pull_quote_of_two_sentences_above_its_paragraph_is_read_once() -> None:
    spoken = spoken_text(read_dump(_PORTRAIT))
    assert "Att de hade ringt fel." in spoken
    assert spoken.count("Resten får andra tycka till om.") == 1


def test_a_subheading_in_quotation_marks_stays() -> None:
    dump = _PORTRAIT.replace("”Jag väver för att golven ska bli varma. Resten får andra tycka till om.”",
                             "”Jag väver för att golven ska bli varma”")
    assert "”Jag väver för att golven ska bli varma”" in spoken_text(read_dump(dump))


_RELEASE = """Länsstyrelsen i Norrvik
Om oss
Nyheter
Pressmeddelanden
Länsstyrelsen ger tillstånd till ny vindkraftspark vid Hällberget

Länsstyrelsen i Norrvik ger tillstånd till en vindkraftspark med tolv verk vid Hällberget, öster om Stensjö.

Bolaget ansökte om tillstånd för femton verk, men tre av dem hade enligt länsstyrelsen stått för nära ett område där kungsörnen häckar.

– Vi har vägt behovet av ny elproduktion mot skyddet för arterna i området, säger miljödirektören Petra Hallin.

Beslutet kan överklagas till mark- och miljödomstolen inom tre veckor.

För ytterligare information
Ärendenummer 551-4410-2024
Beslutet kan beställas via e-post: norrvik@lansstyrelsen.se
Presskontakt
Petra Hallin, miljödirektör
Telefon: 010-224 50 00

Fler pressmeddelanden
"""


def test_a_releases_information_box_over_its_press_contact_is_not_read() -> None:
    spoken = spoken_text(read_dump(_RELEASE))
    assert "inom tre veckor" in spoken
    assert "Ärendenummer" not in spoken and "ytterligare information" not in spoken


def test_more_information_over_a_paragraph_of_the_article_stays() -> None:
    dump = _RELEASE.replace(
        "För ytterligare information\nÄrendenummer 551-4410-2024\nBeslutet kan beställas via e-post: norrvik@lansstyrelsen.se\n",
        "Mer information\n\nBolaget räknar med att börja bygga nästa höst, om ingen överklagar beslutet.\n\n")
    assert "Bolaget räknar med att börja bygga nästa höst" in spoken_text(read_dump(dump))
