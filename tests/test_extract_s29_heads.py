"""Session 29, from blind set extract105 (12 dumps scored at 70fa59c9 and again at 438c94e3 before it was read:
headline 83.3 %, leak 3.1 %, recall 0.955 both times; after this round 100 %, 1.1 %, 0.991). Each phenomenon named by
what holds on any site, tested on dumps written after the fixes; the guards beside each:

- a headline over its lead and the top picture's caption and credit, its byline below them: the head, past a
  scoreboard's lines over it (``headlayout.ranks(past_pictures=True)``); a list's first item under the byline and a picture
  is still no head (the guard, as ``b37-u07``);
- a broadcaster's line naming the programme a segment aired in ("Inslag i …") is no headline (``data/headline.tsv``);
- a paywall's offer box between the article's paragraphs, the text going on under it (``records.paywall_box_end``);
  a "Läs också" label's title past a badge ("PREMIUM");
- a line framed by two gallery counters is a picture's caption even under a credit (``picturelines``), and a bare
  "Galleri" heading; a live report's "Följ liveuppdateringarna", a player's consent note and "Textad" badge, a note that
  a text was published automatically, a map's "Platsen är ungefärlig".
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_MATCH = """Kustbladet
Sport
Handboll
Allsvenskan
Slut
HK Strand
28
–
24
Vikens IF
(15–11)
12' L. Ek
27' M. Berg
55' L. Ek
Matchcenter
Tabell
Strand vände och vann – Ek bäst med nio mål
Hemmalaget låg under med fyra mål efter tjugo minuter men vände matchen och vann till slut med fyra mål.
Lisa Ek jublar efter ett av sina nio mål.
Foto: Ali Hassan
Per Holm
per.holm@kustbladet.se
Publicerad 3 mars 2026 kl. 21.05
Dela
Det såg länge mörkt ut för Strand. Vikens IF spelade snabbt och målvakten räddade det mesta i början av matchen.
Men efter en timeout vände det, och Lisa Ek gjorde fem mål på tio minuter före paus.
– Vi pratade om att springa mer, och då lossnade det, säger tränaren Jonas Berg.
Strand är nu trea i tabellen, två poäng efter serieledarna.
"""


def test_a_headline_over_its_lead_and_picture_then_its_byline_past_a_scoreboard() -> None:
    art = read_dump(_MATCH)
    assert art.title == "Strand vände och vann – Ek bäst med nio mål"
    assert (art.lead or "").startswith("Hemmalaget låg under med fyra mål")
    assert "Vikens IF" not in spoken_lines(art)


_RADIO = """Radio Nordkust
Lyssna live
Nyheter
Färjan till Hemsön ställs in i helgen
Lyssna
Färjan till Hemsön ställs in i helgen
Spela upp
Sändes i Nordkust Förmiddag
Trafikverket ställer in färjeturerna till Hemsön under helgen på grund av ett motorfel.
Publicerat fredag 4 april 2025 kl 10.12
Reporter: Sara Lind
De boende på ön hänvisas till en taxibåt som går två gånger per dag från hamnen i Nyland.
– Vi hoppas att färjan är tillbaka i trafik på måndag, säger Per Ek på Trafikverket.
Reparationen kräver en reservdel som måste skickas från Göteborg.
"""


def test_a_programmes_line_over_the_lead_is_no_headline() -> None:
    art = read_dump(_RADIO)
    assert art.title == "Färjan till Hemsön ställs in i helgen"
    assert "Sändes i Nordkust Förmiddag" not in spoken_lines(art)


_PAYWALL = """Dalabladet
Nyheter
Brott
Man döms för bedrägerier mot äldre i Rättvik
Tingsrätten dömer en 35-årig man till två års fängelse för att ha lurat fem pensionärer på sammanlagt 800 000 kronor.
Eva Holm
Publicerad 4 mars 2026 kl 06.00
Mannen ringde upp de äldre och utgav sig för att vara från banken.
Läs också
PREMIUM
Polisen varnar för falska bankmän i hela länet
I flera fall fick han de äldre att lämna ut sina koder till bank-id.
Det här är en låst artikel
Bli prenumerant för att fortsätta läsa och få tillgång till allt innehåll.
1 kr första månaden
Därefter 129 kr/mån. Ingen bindningstid.
Bli prenumerant
Redan prenumerant?
Logga in
Mannen har nekat till brott och säger att han lånade ut sitt bankkonto till en bekant som han inte vill namnge.
Tingsrätten tror inte på hans förklaring, bland annat eftersom polisen hittade anteckningar med de äldres namn hemma hos honom.
– Han har utnyttjat människors oro på ett mycket hänsynslöst sätt, skriver rätten i domen.
Domen kan överklagas till hovrätten inom tre veckor.
"""


def test_a_paywalls_offer_box_between_the_paragraphs_and_a_read_also_title_past_its_badge() -> None:
    spoken = spoken_lines(read_dump(_PAYWALL))
    assert any(line.startswith("Mannen har nekat till brott") for line in spoken)
    assert any(line.startswith("Domen kan överklagas") for line in spoken)
    for line in ("Det här är en låst artikel", "1 kr första månaden", "Därefter 129 kr/mån. Ingen bindningstid.",
                 "Polisen varnar för falska bankmän i hela länet"):
        assert line not in spoken


_LOCKED = """Dalabladet
Nyheter
Ny skola byggs i Leksand
Kommunen bygger en ny skola för 600 elever i centrala Leksand, som ska stå klar 2028.
Eva Holm
Publicerad 4 mars 2026 kl 06.00
Skolan ersätter två äldre skolor som enligt kommunen är för dyra att renovera.
Det här är en låst artikel
Bli prenumerant för att fortsätta läsa.
1 kr första månaden
Logga in
Mest lästa
Brand i Rättvik i natt
Ny rektor på Gymnasiet
"""


def test_a_paywall_with_no_text_under_its_box_still_stops_the_text() -> None:
    spoken = spoken_lines(read_dump(_LOCKED))
    assert "Brand i Rättvik i natt" not in spoken and "1 kr första månaden" not in spoken


_GALLERY = """Brovikstidningen
Nöje
Nytt bageri öppnar i gamla posthuset
Posthuset i Brovik har blivit bageri, och på lördag öppnar det för allmänheten.
Av Hanna Ek
Galleri
1 / 4
Bagaren Jonas Lind vid den nya stenugnen.
Foto: Oskar Lindh
2 / 4
Kanelbullarna bakas varje morgon klockan fem.
3 / 4
4 / 4
Visa alla bilder
Jonas Lind har bakat bröd i tjugo år, men det här är hans första egna bageri.
– Posthuset var perfekt. Det finns plats för både ugn och kafé, säger han.
Följ liveuppdateringarna
Bageriet har öppet tisdag till lördag och har anställt tre personer från orten, alla med erfarenhet från restaurangbranschen i länet.
Videon visas via YouTube. När du spelar upp den godkänner du YouTubes cookies.
Textad
Mjölet kommer från en kvarn i Skåne, och smöret kommer från ett litet mejeri i grannkommunen som Jonas Lind har samarbetat med länge.
Invigningen på lördag bjuder på smakprov och musik från klockan tio, och de första hundra besökarna får en kanelbulle var på köpet.
Platsen är ungefärlig
Texten kommer från kommunens webbplats och publiceras automatiskt. Den har inte granskats av redaktionen.
"""


def test_a_galleries_captions_between_counters_and_the_pages_machinery() -> None:
    spoken = spoken_lines(read_dump(_GALLERY))
    for line in ("Galleri", "Kanelbullarna bakas varje morgon klockan fem.", "Följ liveuppdateringarna", "Textad",
                 "Videon visas via YouTube. När du spelar upp den godkänner du YouTubes cookies.",
                 "Platsen är ungefärlig"):
        assert line not in spoken
    assert any(line.startswith("Bageriet har öppet tisdag till lördag") for line in spoken)
    assert any(line.startswith("Invigningen på lördag") for line in spoken)
