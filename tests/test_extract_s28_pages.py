"""Session 28, from blind set extract102 (scored blind first, then read): a chart's legend of party letters, some of
which another pass took already, with an abbreviation's stop ("Övr."), over the chart's values (``charts.py``); a
print view's stamps, "Utskriven 2026-09-10 08:14" and "Artikelns adress: https://…" (rule ``print-stamp``); the top
picture's caption over its credit with a player's counter between it and the lead ("1x"), and a clip's caption with a
short title after its sentence over a video credit ("Video: …", ``creditcaptions.py``). Written after the fixes, for
other sites; the guards: a list of short names over prose, a caption-shaped paragraph with no credit under it.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_CHART = """Vätterbygden
Inrikes
Elevernas val: Centerpartiet störst i Aneby
Centerpartiet blev största parti när eleverna på Aneby skolor röstade i skolvalet, med över en fjärdedel av rösterna.
Av Lena Ahl
8 september 2026

Drygt 600 elever röstade på de tre skolorna i kommunen. Valdeltagandet blev 81 procent, något högre än förra gången.
Diagram: Skolvalet 2026 i Aneby
Andel av rösterna, procent
C
M
S
SD
KD
Övr.
0
10
20
30
Källa: Skolval 2026
Flera elever säger att landsbygdens frågor avgjorde, särskilt busstrafiken och skolvägarna i de mindre byarna.
– Vi vill kunna bo kvar här, säger en av eleverna på Furulidsskolan.
Utskriven 2026-09-09 07:55
Artikelns adress: https://www.vatterbygden.se/inrikes/elevernas-val-centerpartiet
"""


def test_a_chart_legend_of_party_letters_and_a_print_views_stamps_go() -> None:
    spoken = spoken_lines(read_dump(_CHART))
    for line in ("Diagram: Skolvalet 2026 i Aneby", "Andel av rösterna, procent", "C", "SD", "Övr.",
                 "Utskriven 2026-09-09 07:55"):
        assert line not in spoken
    assert not any("Artikelns adress" in x for x in spoken)
    assert any(x.startswith("Flera elever säger") for x in spoken)
    assert any(x.startswith("Drygt 600 elever") for x in spoken)


_TOP_PICTURE = """Motorbladet
Provkörning
Elmopeden klarar backarna – men inte kylan
Vi lånade en elektrisk moped i två veckor i januari. Den tog sig upp för varje backe men tappade hälften av räckvidden i minusgraderna.
Karin Öst
Publicerad 3 februari 2026 kl. 06.00
Lyssna
Spela upp
1x
Dela
Mopeden vid Kvarnbacken i Hjo. Styret värms, men händerna blev ändå kalla.
Bild: Karin Öst
Mopeden kostar 38 000 kronor och har ett batteri som enligt tillverkaren räcker sex mil på en laddning.
I fem minusgrader kom vi bara tre mil, och laddningen tog nästan fem timmar i ett kallt garage.
"""


def test_the_top_pictures_caption_under_a_players_counter_goes() -> None:
    spoken = spoken_lines(read_dump(_TOP_PICTURE))
    assert not any(x.startswith("Mopeden vid Kvarnbacken") for x in spoken)
    assert any(x.startswith("Mopeden kostar 38 000") for x in spoken)


_CLIP = """Kanal Norr
Nyheter
Isen lade sig över Storsjön på en natt
Efter nattens kyla är Storsjön istäckt från Frösön till Östersund, två veckor tidigare än normalt.
Maja Berg
Publicerad i dag 08.10
Spela upp
Video
2:05
Morgondimman låg tät över isen och de första skridskoåkarna väntade otåligt vid stranden. Se bilderna från Frösöbron i gryningen
Video: Erik Lund / Kanal Norr
Dela
Kopiera länk
Isen är fortfarande tunn och räddningstjänsten varnar för att gå ut på den, säger vakthavande befäl.
– Det ser fint ut men bär inte på långt när, säger Anna Holm vid räddningstjänsten.
"""


def test_a_clips_caption_with_its_title_over_a_video_credit_goes() -> None:
    spoken = spoken_lines(read_dump(_CLIP))
    assert not any(x.startswith("Morgondimman") for x in spoken)
    assert any(x.startswith("Isen är fortfarande tunn") for x in spoken)


_NO_CREDIT = """Kanal Norr
Nyheter
Isen lade sig över Storsjön på en natt
Efter nattens kyla är Storsjön istäckt från Frösön till Östersund, två veckor tidigare än normalt.
Maja Berg
Publicerad i dag 08.10
Morgondimman låg tät över isen när solen gick upp. Sedan klarnade det.
Isen är fortfarande tunn och räddningstjänsten varnar för att gå ut på den, säger vakthavande befäl.
"""


def test_a_short_paragraph_without_a_credit_under_it_stays() -> None:
    spoken = spoken_lines(read_dump(_NO_CREDIT))
    assert any(x.startswith("Morgondimman") for x in spoken)


_SIDEBAR_FIRST = """Södra Ängby Idag
Lokala nyheter sedan 2016
Senaste nytt
10:12
Biblioteket i Ängby får längre öppettider i vinter
I går 15:40
Ny frisör öppnar vid torget i december
I går 09:05
Fotbollsplanen får konstgräs till våren
18 nov
Busslinje 117 dras om förbi skolan
Kategorier
Skola
Trafik
Veckans fråga
Vilket är stadsdelens bästa fik? Rösta och se vad grannarna tycker.
Rösta nu
Startsida
»
Kultur & fritid
»
Biblioteket i Ängby får längre öppettider i vinter
Kultur & fritid
Biblioteket i Ängby får längre öppettider i vinter
Bild 1 av 3
Bibliotekarien Sara Holm vid den nya läshörnan.
Biblioteket i Ängby håller öppet till klockan 20 fyra kvällar i veckan från december, efter krav från föräldrar och pensionärer.
Beslutet togs av kulturnämnden i förra veckan och gäller till en början under vintern. Om besökarna blir fler kan tiderna bli permanenta.
– Vi har länge fått frågan, och nu kan vi äntligen svara ja, säger bibliotekschefen Anna Lind.
"""


def test_a_sidebar_of_teasers_listing_the_article_over_its_own_head() -> None:
    art = read_dump(_SIDEBAR_FIRST)
    assert art.title == "Biblioteket i Ängby får längre öppettider i vinter"
    assert (art.lead or "").startswith("Biblioteket i Ängby håller öppet")
    assert not any(x.startswith("Vilket är stadsdelens bästa fik") for x in spoken_lines(art))


_TEASERS_UNDER_HEAD = """Södra Ängby Idag
Biblioteket i Ängby får längre öppettider i vinter
Biblioteket i Ängby håller öppet till klockan 20 fyra kvällar i veckan från december, efter krav från föräldrar.
Av Per Ek
3 december 2025
Beslutet togs av kulturnämnden i förra veckan och gäller till en början under vintern.
– Vi har länge fått frågan, och nu kan vi äntligen svara ja, säger bibliotekschefen Anna Lind.
Senaste nytt
Ny frisör öppnar vid torget i december
Biblioteket i Ängby får längre öppettider i vinter
Fotbollsplanen får konstgräs till våren
"""


def test_the_headline_listed_again_under_the_article_stays_the_headline() -> None:
    art = read_dump(_TEASERS_UNDER_HEAD)
    assert art.title == "Biblioteket i Ängby får längre öppettider i vinter"
    assert (art.lead or "").startswith("Biblioteket i Ängby håller öppet")
