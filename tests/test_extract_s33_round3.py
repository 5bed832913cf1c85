"""Session 33, round 3, from blind set extract127 (12 dumps written during round 1, scored at f903e202: headline
100 %, leak 6.0 % (37/621), recall 0.999; after the round 100 %, 2.1 % (13/621), 0.999). Each phenomenon written
after its fix, with another site and words; the guard beside it:

- a live results widget under a heading naming results with a word of now ("Live resultat"), the class it shows under
  it and its rows closed by a time with hundredths or a score (``data/live_words``); the article's own results list
  under its subheading stays;
- a scoreboard between the paragraphs without a heading naming live data: matches on their rows with their status
  and start times (``livewidgets._scoreboard``); the article's own result line over its scorers stays;
- a video's teaser link ("TV: Se alla målen …", rule ``video-teaser``);
- a post glued in with its time stamp under the poster's name, its reactions and the platform's link under it
  (``embedboxes._stamp``);
- a run of the site's other posts, each a title, an excerpt and "Läs mer »" (``teasertitles.read_more_run_tags``); a
  single "Läs mer" under the article's last paragraph is no run;
- booking cards glued one under another, a fully booked one closed by "Fullbokad – ställ dig i kö"
  (``adslots.booking_card_tags``).
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_SHOW = """Ekby Ridklubb
Tävling
Nyheter
Ekby Open avgjordes i strålande sol
Publicerad 8 juni 2025
Över 300 ekipage startade under helgens hopptävling på Ekby ridklubbs utebana, och publiken var större än någonsin.
I lördagens 1,20-klass vann hemmaryttaren Moa Lind på sin häst Tintin efter en snabb omhoppning.
Resultat 1,20 m
1. Moa Lind, Ekby RK – Tintin, 0/0, 34,12
2. Jens Ahl, Sala RS – Quatro, 0/0, 35,80
– Jag visste att han kunde vända snävt, så jag chansade i sista kombinationen, säger Moa Lind.
Live resultat
Klass 9 – 1,10 m Bedömning A:0
1. Petra Sand – Olivia, 0, 58,31
2. Lars Öst – Corsaro, 0, 59,02
3. Nina Berg – Lucky Star, 4, 57,66
Pågår – 14 av 38 startat
På söndagen avgörs Grand Prix-klassen på 1,40 meter, där tjugo ekipage är anmälda.
Klubben räknar med ännu fler besökare då, och parkeringen vid ridhuset öppnar redan klockan åtta.
"""


def test_a_live_results_widget_is_not_read_and_the_articles_results_are() -> None:
    spoken = spoken_text(read_dump(_SHOW))
    assert "1. Moa Lind, Ekby RK – Tintin, 0/0, 34,12" in spoken and "parkeringen vid ridhuset" in spoken
    assert "Petra Sand" not in spoken and "Live resultat" not in spoken and "Pågår" not in spoken


_MATCH = """Norrortens Tidning
Sport
Fotboll
Ekby vände och vann derbyt
Publicerad 3 maj 2026 kl. 19.12
Ekby IF låg under med 0–1 i paus, men två mål i andra halvlek gav en efterlängtad seger mot Sjövik.
TV: Se målen från Ekby – Sjövik
01:48
Sjövik tog ledningen efter en hörna i den tjugonde minuten, och länge såg det ut att räcka.
– Vi var för passiva i första halvlek. I pausen bestämde vi oss för att pressa högre, säger Ekbys tränare Lina Ås.
Live: Matcherna i division 3 just nu
18.00
Ekby IF – Sjövik BK 2–1
Slut
Torpa IK – Brunn FF 0–0
Halvtid
19.00
Västby – Norrby 1–3
67'
Uppdateras automatiskt
Vändningen kom i den sextionde minuten, när inhopparen Amir Saleh nickade in kvitteringen.
Sju minuter senare slog Saleh till igen, den här gången med vänsterfoten från straffområdeskanten.
Ekby IF – Sjövik BK 2–1 (0–1)
Mål Ekby: Amir Saleh 2. Mål Sjövik: Oskar Berg.
"""


def test_a_scoreboard_between_the_paragraphs_is_not_read() -> None:
    spoken = spoken_text(read_dump(_MATCH))
    assert "nickade in kvitteringen" in spoken and "Ekby IF – Sjövik BK 2–1 (0–1)" in spoken
    assert "Torpa IK" not in spoken and "Halvtid" not in spoken and "division 3 just nu" not in spoken


def test_a_videos_teaser_link_is_not_read() -> None:
    assert "TV: Se målen" not in spoken_text(read_dump(_MATCH))


_LAKE = """Sjöviks Fiskevårdsområde
Hem
Nyheter
Fiskekort
Gösen planteras ut i Storsjön
12 oktober 2025
I helgen planterades 4 000 gösungar ut i Storsjöns norra del, den största utplanteringen på tio år.
Ungarna kommer från en odling i Mälardalen och har vuxit upp i dammar under sommaren.
– Gösbeståndet har minskat de senaste åren, och vi vill ge det en skjuts, säger ordföranden Per Ström.
Sjöviks Fiskevårdsområde
11 oktober kl. 16:40
Tack till alla som hjälpte till med gösen i dag! 🐟 Nu hoppas vi på bra fiske om några år.
👍 61  💬 4  ↗ 2
Visa på Facebook
Det dröjer minst fyra år innan gösen når minimimåttet och får fiskas.
Föreningen ber därför alla att släppa tillbaka små gösar som fastnar i näten.
"""


def test_a_post_with_its_stamp_under_the_posters_name_is_not_read() -> None:
    spoken = spoken_text(read_dump(_LAKE))
    assert "släppa tillbaka små gösar" in spoken
    assert "Tack till alla som hjälpte till" not in spoken and "61" not in spoken


_VILLAGE = """Västra Ekby Byalag
Hem
Aktuellt
Bygdegården
Kontakt
Aktuellt
Nu lyser gatlamporna igen längs Byvägen
Hej alla Ekbybor!
Efter flera veckors mörker har kommunen äntligen bytt ut de trasiga armaturerna längs Byvägen.
Det var byalaget som i september skrev till tekniska förvaltningen, och många av er skrev också under vår skrivelse.
– Det är skönt att slippa gå hem i mörkret från bussen, säger Ingrid Holm som bor vid skolan.
Tack till alla som hjälpte till!
/Styrelsen
Dela på Facebook
Tidigare inlägg
Höstmöte i bygdegården 12 november
Vi håller höstmöte i bygdegården tisdagen den 12 november. Kaffe och smörgås serveras från klockan sex.
Läs mer »
Ny anslagstavla vid affären
Byalaget har satt upp en ny anslagstavla vid lanthandeln. Där kan alla sätta upp lappar om loppis och evenemang.
Läs mer »
Midsommarfirandet slog rekord
Över 400 personer kom till dansen kring stången på ängen bakom bygdegården i år.
Läs mer »
Äldre inlägg
"""


def test_a_run_of_the_sites_posts_with_their_excerpts_is_not_read() -> None:
    spoken = spoken_text(read_dump(_VILLAGE))
    assert "säger Ingrid Holm som bor vid skolan." in spoken
    assert "Kaffe och smörgås" not in spoken and "anslagstavla" not in spoken and "Över 400 personer" not in spoken


def test_one_read_more_under_the_articles_last_paragraph_is_no_run() -> None:
    dump = _VILLAGE.replace("Tack till alla som hjälpte till!\n", "Mer om belysningen finns på kommunens webbplats.\n"
                            "Läs mer »\nTack till alla som hjälpte till!\n")
    assert "Mer om belysningen finns på kommunens webbplats." in spoken_text(read_dump(dump))


_SCHOOL = """Kanotskolan Strömmen
Kurser
Om oss
Aktuellt
Tre paddlare från kanotskolan till junior-SM
20 juni 2025
Tre av kanotskolans juniorer har kvalat in till junior-SM i Nyköping i augusti, efter starka lopp på distriktsmästerskapet.
Alla tre började paddla på skolans nybörjarkurs för barn för bara fyra år sedan.
– De har tränat fyra dagar i veckan hela våren. Det märks, säger tränaren Lisa Nord.
Nybörjarkurs kajak 9–12 år
Start 11 augusti · 6 tillfällen · 1 800 kr
Platser kvar: 4
Boka nu
Tävlingspaddling juniorer
Start 18 augusti · 10 tillfällen · 3 200 kr
Fullbokad – ställ dig i kö
Inför junior-SM åker gruppen på träningsläger i Sjövik under två veckor i juli.
Skolan hoppas kunna skicka ännu fler paddlare till mästerskapen nästa år.
Lägret
Under lägret bor paddlarna i skolans stugor vid sjön och tränar två pass om dagen.
– Det är det roligaste vi gör på hela året, säger juniorn Elsa Lund.
"""


def test_booking_cards_glued_one_under_another_are_not_read() -> None:
    spoken = spoken_text(read_dump(_SCHOOL))
    assert "träningsläger i Sjövik" in spoken
    assert "Platser kvar" not in spoken and "Tävlingspaddling juniorer" not in spoken and "Fullbokad" not in spoken
