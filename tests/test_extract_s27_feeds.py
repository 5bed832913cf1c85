"""Session 27, from blind set extract97a (news sites of new designs, scored blind first, then read): a short line the
page repeats under each item of a feed ("Dela inlägg" under every post of a live report, ``pagerepeats.py``); a live
feed's furniture (its last update time, refresh button, count of posts, pinned post's label and refresh notice, rule
``live-feed``); a live report's pager ("Visa äldre inlägg") is no comment section's, so the reporters' last entries
over it stay (``commentruns._MORE``); the writers' names listed under the lead are no dated head under a hero box, so
the real headline and lead stay (``headhero._headline``). Written after the fixes, for other sites; the guards: a
place name heading each of three lists over its paragraph stays, and readers' comments over "Visa fler kommentarer"
still go.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_LIVE = """Kustposten
Nyheter
Sport
LIVE
Skogsbranden vid Hällsjö: räddningstjänsten kämpar mot lågorna
Branden i skogen norr om Hällsjö har vuxit under eftermiddagen. Här följer vi utvecklingen.
Anna Berg, Olle Sund, Kim Lind
Publicerad 3 juli 2025 kl. 12.10
Uppdaterad 3 juli 2025 kl. 18.45
Senaste uppdatering 18.45
Uppdatera
12 inlägg
📌 Fäst inlägg
Nya inlägg visas automatiskt
18.45
Anna Berg
Vinden vänder under kvällen
SMHI räknar med att vinden vänder mot norr under kvällen, vilket kan föra röken mot Hällsjö by.
Dela inlägg
17.30
Olle Sund
Helikoptrar på plats
Två helikoptrar vattenbombar nu branden från sjön. Räddningsledaren säger att insatsen kommer att pågå hela natten.
Dela inlägg
15.05
Kim Lind
Vägen stängd
Länsväg 331 är avstängd mellan Hällsjö och Norrby. Trafiken leds om via Storvik.
Dela inlägg
12.10
Anna Berg
Larmet kom strax före tolv
Larmet om branden kom till SOS Alarm strax före tolv. Flera boende har sett röken från sina gårdar.
Dela inlägg
Visa äldre inlägg
Mest läst
"""

_PLACES = """Länsbladet
Nyheter
Så blir sommarens badvatten i länets kommuner
Kommunerna har tagit sina första vattenprover för säsongen. Här är resultaten.
Publicerad 12 juni 2025
Proverna tas varannan vecka under hela sommaren och resultaten läggs ut på kommunernas webbplatser.
Tierp
Vattnet vid Strandbadet håller god kvalitet och badet öppnar som vanligt till midsommar.
Östhammar
Vattnet vid Sandviken håller god kvalitet enligt de första proverna, men kommunen tar nya prover i juli.
Tierp
Nya prover tas vid Ängsbadet när algblomningen har gått över, enligt kommunens miljökontor.
Östhammar
Badet vid Kallrigafjärden har fått ny brygga inför sommaren och en badvakt på helgerna.
Tierp
Kommunen sätter upp nya skyltar om vattenkvaliteten vid alla bad före midsommarafton.
Östhammar
Det nya utomhusbadet i Öregrund öppnar först i augusti efter förseningar i bygget.
"""

_COMMENTS = """Ortsbladet
Nyheter
Ny lekplats invigd i Backa
Den nya lekplatsen i Backa invigdes i lördags med korv och ballonger för alla barn i området.
Publicerad 2 maj 2025
Lekplatsen har kostat 1,2 miljoner kronor och har både gungor, klätterställning och en stor sandlåda.
– Vi har önskat oss det här i flera år, säger Karin Ek som bor i området.
12 kommentarer
Stina Holm
Äntligen! Barnen har redan varit där varje dag.
Per Nilsson
Synd att den inte har något tak mot regnet, men annars fin.
Visa fler kommentarer
"""


def test_a_live_reports_furniture_and_its_repeated_share_button_are_not_read() -> None:
    spoken = spoken_lines(read_dump(_LIVE))
    assert spoken[0] == "Skogsbranden vid Hällsjö: räddningstjänsten kämpar mot lågorna"
    assert spoken[1].startswith("Branden i skogen norr om Hällsjö")
    for chrome in ("Dela inlägg", "Senaste uppdatering 18.45", "Uppdatera", "12 inlägg", "📌 Fäst inlägg",
                   "Nya inlägg visas automatiskt"):
        assert chrome not in spoken, chrome


def test_the_last_entries_over_the_older_posts_pager_stay() -> None:
    spoken = spoken_lines(read_dump(_LIVE.replace("Dela inlägg\n", "")))
    assert "Larmet om branden kom till SOS Alarm strax före tolv. Flera boende har sett röken från sina gårdar." in spoken
    assert "Länsväg 331 är avstängd mellan Hällsjö och Norrby. Trafiken leds om via Storvik." in spoken


def test_place_names_heading_their_paragraphs_stay_though_repeated() -> None:
    spoken = spoken_lines(read_dump(_PLACES))
    assert spoken.count("Tierp") == 3 and spoken.count("Östhammar") == 3


def test_readers_comments_over_more_comments_still_go() -> None:
    spoken = spoken_lines(read_dump(_COMMENTS))
    assert not [s for s in spoken if s.startswith(("Äntligen", "Synd att"))]
    assert any(s.startswith("Lekplatsen har kostat") for s in spoken)


_HEAD = """Dalabladet
Nyheter
Kommunvalet 2026
LIVE
Valnatten i Dalarna: Socialdemokraterna tappar i Falun – Centern ökar i Orsa
Rösterna räknas i kväll. Dalabladet rapporterar från valvakorna i länets kommuner hela natten.
Eva Ström, Nils Berg, Sara Ek
Publicerad 13.9.2026 20:00
Uppdaterad 14.9.2026 01:10
Det här har hänt
Socialdemokraterna förblir största parti i alla kommuner men tappar mandat i Falun.
Centerpartiet ökar mest i länet och får tre nya mandat i Orsa.
Valdeltagandet i länet stannade på 79,4 procent, något lägre än för fyra år sedan.
01.10
Eva Ström
Vi stänger för i natt
Tack för att du följt valnatten med oss. I morgon hittar du alla resultat på vår sajt.
"""


def test_the_writers_names_under_the_lead_are_no_headline_under_a_hero_box() -> None:
    article = read_dump(_HEAD)
    assert article.title == "Valnatten i Dalarna: Socialdemokraterna tappar i Falun – Centern ökar i Orsa"
    assert article.lead == "Rösterna räknas i kväll. Dalabladet rapporterar från valvakorna i länets kommuner hela natten."


_SUBSTACK = """Skärgårdsbrevet
Subscribe
Sign in
Färjan till Lillön får nya turer i sommar
Från midsommar går färjan till Lillön en gång i timmen även på kvällarna, meddelar Trafikverket.
Per Ek
Jun 2, 2025
Hittills har den sista turen gått klockan åtta på kvällen, vilket många sommarboende har klagat på.
Den nya tidtabellen gäller till och med den sista augusti.
Type your email...
Subscribe
12 Likes
2 Restacks
Discussion about this post
Comments
Restacks
Write a comment...
Eva Holm
Jun 2
Äntligen! Nu slipper vi stressa från middagen på krogen.
Like (3)
Reply
Share
Olle Berg
Jun 3
Gäller det även helgerna?
Like
Reply
Share
1 reply by Per Ek
4 more comments...
"""


def test_an_english_platforms_chrome_and_comments_around_a_swedish_post_are_not_read() -> None:
    spoken = spoken_lines(read_dump(_SUBSTACK))
    assert spoken[-1] == "Den nya tidtabellen gäller till och med den sista augusti."


_LONG_HEAD = """Vi använder kakor
Österbottens Dagblad och våra partner använder kakor för att webbplatsen ska fungera och för att visa annonser.
Godkänn alla
Endast nödvändiga

Österbottens Dagblad
E-tidningen
Kundservice
Logga in

Lokalt
Vasa
Korsholm
Närpes
Kultur
Åsikt
Familj

ANNONS

Korsholm
Prenumerant

Idrottshallen i Kvevlax stängs i ett och ett halvt år – skolans gymnastik och föreningarna flyttas till Vasa

Renoveringen av idrottshallen blir större än planerat. Fullmäktige godkände på måndagen en tilläggsbudget på två miljoner euro.

Linda Berg
linda.berg@od.fi
4.3.2025 07:15
Lyssna
Dela

Hallen stängs i juni och öppnar igen sommaren därpå, om arbetet går enligt planerna.

Skolans gymnastiklektioner flyttas under tiden till en hall i Vasa, dit eleverna åker buss.
"""


def test_a_long_headline_without_a_stop_over_the_lead_is_the_headline() -> None:
    article = read_dump(_LONG_HEAD)
    assert article.title == "Idrottshallen i Kvevlax stängs i ett och ett halvt år – skolans gymnastik och föreningarna flyttas till Vasa"
    assert (article.lead or "").startswith("Renoveringen av idrottshallen")
