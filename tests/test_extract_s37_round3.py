"""Session 37, round 3, from extract162 and extract158 (dumps, opened after their start figures):

- an embed behind a consent notice said in other words ("Spotify-innehåll" / "Det här innehållet tillhandahålls av
  Spotify. Du behöver godkänna cookies för att se det." / "Godkänn och visa"): read aloud; and once the rule table
  knows them, the run between two paragraphs is a widget's chrome the article goes on under (``embed-consent`` in
  ``data/inbody_chrome_rules.txt``), not the article's end;
- a post labelled by its account's handle ("Inlägg från @polisen_…") with X's stamp under its text ("15:21 · 27 aug.
  2024");
- a theatre's fact box whose sound designer's line ("Ljud: Sanna Oskarsson") the rule table took for a clip's
  production credit: the box's next item (``factitems``).

Written after the fixes, with other sites and words; the guards: the article's own sentence about cookies stays, a
video's credits standing together still go."""

from __future__ import annotations

from extract_helpers import read_dump, spoken_text

_PODCAST = """Kulturbladet Väst
Kultur
Musik
Recension: Stråkkvartetten tar ut svängarna i Lerum
Publicerad 9 mars 2025
Kvartetten Nordljus gav i lördags en konsert i Lerums kyrka som var både vågad och välspelad, inför en nästan fullsatt kyrka.
Kvällen inleddes med Haydn, spelad med en lätthet som fick publiken att le redan efter de första takterna, och slutade med en nyskriven svit.
Podcast-innehåll
Innehållet levereras av SoundCloud. Godkänn kakor om du vill lyssna på det.
Tillåt och spela upp
Svitens andra sats, skriven av kvartettens cellist, är kvällens höjdpunkt, med ett tema som vandrar mellan instrumenten som ett samtal.
Det är en konsert som visar att kammarmusik kan vara både lekfull och allvarlig på samma gång, och den förtjänar en större publik.
Konsert
Plats: Lerums kyrka
Publik: Cirka 300
Betyg: 4 av 5
"""


def test_an_embed_behind_consent_in_other_words_is_dropped_and_the_review_goes_on() -> None:
    spoken = spoken_text(read_dump(_PODCAST))
    assert "SoundCloud" not in spoken and "Tillåt och spela upp" not in spoken and "Podcast-innehåll" not in spoken
    assert "Svitens andra sats" in spoken and "förtjänar en större publik" in spoken
    assert "Plats: Lerums kyrka" in spoken and "Betyg: 4 av 5" in spoken


_COOKIE_NEWS = """Ekby Nyheter
Nyheter
Kommunens webbplats slutar spåra besökare
Publicerad 2 april 2025
Ekby kommun slutar använda analysverktyg som sparar kakor hos besökarna på kommunens webbplats, efter kritik från Integritetsskyddsmyndigheten.
Tidigare behövde besökarna godkänna cookies för att se kommunens kartor, något som många klagade på under förra året.
– Nu ska alla kunna använda webbplatsen utan att lämna ifrån sig uppgifter, säger kommunens it-chef Per Ström.
Förändringen gäller från den 1 maj, och kommunen räknar inte med några extra kostnader för den.
"""


def test_the_articles_own_sentence_about_cookies_stays() -> None:
    spoken = spoken_text(read_dump(_COOKIE_NEWS))
    assert "Tidigare behövde besökarna godkänna cookies för att se kommunens kartor" in spoken


_HANDLE_POST = """Ekbyposten
Nyheter
Blåljus
Vattenläcka stänger Storgatan i Ekby
Publicerad 5 mars 2025
Storgatan i centrala Ekby är avstängd sedan morgonen efter en stor vattenläcka vid korsningen mot Kyrkvägen.
Kommunens tekniska förvaltning har grävt upp gatan och räknar med att läckan är lagad till kvällen, enligt förvaltningen.
Inlägg från @ekbykommun
Storgatan är avstängd mellan Kyrkvägen och Torget på grund av en vattenläcka. Busslinje 2 leds om via Parkvägen.
09:12 · 5 mars 2025
Visa på X
Hushållen i kvarteren runt läckan har inget vatten under dagen, och en tankbil står vid torget där boende kan hämta vatten.
– Vi beklagar störningen och jobbar så fort vi kan, säger driftchefen Lena Ask.
"""


def test_a_post_labelled_by_its_handle_with_xs_stamp_is_dropped() -> None:
    spoken = spoken_text(read_dump(_HANDLE_POST))
    assert "@ekbykommun" not in spoken and "Busslinje 2 leds om via Parkvägen" not in spoken
    assert "09:12" not in spoken
    assert "Hushållen i kvarteren runt läckan" in spoken


_THEATRE = """Scenkonst i Norr
Teater
Recension: Hamlet i Sundsvall är ett mörkt och rappt drama
Publicerad 12 februari 2025
Norrlandsteaterns Hamlet är kortad till under två timmar, och det gör föreställningen snabbare och mörkare än de flesta tolkningar.
Ensemblen är ung, och särskilt Leo Sand i titelrollen bär föreställningen med en nervig energi som aldrig släpper.
Scenografin är sparsam, en vit låda som sakta fylls med jord under kvällen, och ljuset gör resten av arbetet.
Hamlet
Regi: Maria Östlund
Scenografi: Oskar Berg
Ljus: Emma Hed
Ljud: Johan Vik
Spelas: Till och med 30 mars
Köp biljett
"""

_VIDEO = """Sundsvalls Nyheter
Nyheter
Ny gång- och cykelbro över Selångersån invigd
Publicerad 3 juni 2025
Den nya bron över Selångersån invigdes på tisdagen, och den kortar vägen mellan Skönsberg och centrum med flera hundra meter.
Bron är byggd i trä och stål och har kostat 38 miljoner kronor, varav en tredjedel är statligt bidrag från Trafikverket.
Redigering: Lina Åkesson
Klipp: Per Holm
– Det här blir en ny genväg för alla som cyklar till jobbet, och den är vacker också, säger kommunalrådet Eva Sjö.
Bron får belysning under hösten, och ett räcke i glas ska sättas upp innan vintern.
"""


def test_a_sound_designers_line_in_a_productions_fact_box_is_read() -> None:
    spoken = spoken_text(read_dump(_THEATRE))
    assert "Ljus: Emma Hed" in spoken and "Ljud: Johan Vik" in spoken and "Spelas: Till och med 30 mars" in spoken


def test_a_videos_credits_standing_together_still_go() -> None:
    spoken = spoken_text(read_dump(_VIDEO))
    assert "Redigering: Lina Åkesson" not in spoken and "Klipp: Per Holm" not in spoken
    assert "säger kommunalrådet Eva Sjö" in spoken
