"""Session 27, from blind set extract97a (scored blind first, then read): a paywall's pitch under the teaser, whose
nearest imperative line ("Prova Premium – 1 kr …") asks for nothing and whose heading further up does ("Vill du läsa
mer?" over the notice for subscribers, ``pitchbox``); a newsletter platform's closing thanks and call to subscribe
on one line ("Tack för att du läser …! Prenumerera gratis …", ``closingcalls``); the note on how an AI summary was
made (rule ``made-note``); a chart's values, title, source and tools (``charts.py``, rule ``chart-tools``); an
embedded X post's own time stamp ends the comment record read back from its buttons, so the paragraphs above the post
stay (``threads._stamp``). Written after the fixes, for other sites; the guards: a timetable's clock times, a fact
box's rows and the paragraph over a post's counters stay.
"""

from __future__ import annotations

from extract_helpers import read_dump, spoken_lines

_PAYWALL = """Näringslivet Norr
Börs
Premium
Sågverket varslar 40 anställda efter svag höst
Sågverket i Bjästa varslar 40 av sina 210 anställda. Bolaget pekar på låga priser på trävaror i Europa.
Av Lina Holm
12 november 2025 07:30
Beskedet kom vid ett personalmöte på tisdagsmorgonen och gäller främst produktionen på nattskiftet.
Varslet är det andra på ett år. I våras sade bolaget upp tolv tjänstemän på huvudkontoret i Örnsköldsvik.
Vill du läsa mer?
Artikeln är exklusiv för prenumeranter på Näringslivet Norr Plus.
Prova Plus – 9 kr första månaden
Ingen bindningstid. Säg upp när du vill.
Köp nu
Redan prenumerant?
Logga in
"""

_LETTER = """Byabrevet
Nyheter från Rödön och Näskott
Logga in
Badplatsen vid Rödösundet får ny brygga
Kommunen bygger om den gamla bryggan vid Rödösundet under våren. Den nya blir både längre och bredare.
Kalle Persson
3 mars 2026
Den gamla bryggan har varit avstängd sedan i höstas efter att flera plankor ruttnat.
Arbetet ska vara klart till midsommar, enligt kommunens fastighetsavdelning.
/Kalle
Tack för att du läser Byabrevet! Prenumerera gratis för att få nya brev och stötta mitt skrivande.
Skriv din e-postadress...
Prenumerera
"""

_SUMMARY = """Östgötanytt
Inrikes
Skolan får nya regler för mobiler
Regeringen vill förbjuda mobiltelefoner under hela skoldagen i grundskolan från hösten 2026.
Publicerad 4 mars 2026 kl 08:00
Kort om
Förbudet gäller hela skoldagen, även rasterna.
Skolorna ska samla in telefonerna på morgonen.
Sammanfattningen är gjord med hjälp av AI och granskad av redaktionen.
Förslaget skickas nu ut på remiss till kommuner och friskolor.
– Eleverna ska kunna koncentrera sig på skolarbetet, säger utbildningsministern.
"""

_CHART = """Granskaren
Data
Färre bensinmackar på landsbygden
Var femte bensinstation på landsbygden har stängt sedan 2015, visar vår genomgång.
Av Erik Sand
20 maj 2026
Antal bensinstationer i glesbygdskommuner
1 200
1 000
800
2015
2020
2025
Källa: Granskarens sammanställning av branschens uppgifter
Bädda in
Längst till närmaste mack har invånarna i inlandet, där det ofta är sex mil till nästa station.
Andel hushåll med mer än 30 km till närmaste mack
0–5 %
5–20 %
Över 20 %
Flera kommuner har nu gått in med stöd till de sista mackarna för att de ska kunna hålla öppet.
"""

_TIMETABLE = """Skärgårdstrafiken
Trafikinfo
Ersättningsfärja på Ytteröleden i vår
Under varvsperioden går en mindre färja på Ytteröleden. Turerna blir färre och färjan tar färre bilar.
Publicerad 3 februari 2026
Den ordinarie färjan ska på varv för översyn av motorerna. Ersättningsfärjan går enligt tidtabellen nedan.
Från Nordvik	Från Ytterö
06.00	06.45
07.30	08.15
09.00	09.45
Ersättningsfärjan tar 24 bilar och 180 passagerare, och lastbilar över 20 ton får inte åka med under perioden.
Fakta
Längd: 38 meter
Bilar: 24
Passagerare: 180
"""

_POST = """Affärsnytt Väst
Tech
Appbolaget Snabbkassa tar in 80 miljoner
Göteborgsbolaget Snabbkassa har tagit in 80 miljoner kronor från nya ägare för att växa i Norden.
Av Jon Ek
4 mars 2026 08:40
Lyssna
Dela
Rundan leds av ett danskt riskkapitalbolag, och flera av de befintliga ägarna går också in med mer pengar.
Vd Mira Falk bekräftade affären på X tidigt på morgonen.
Mira Falk
@mirafalk
Stolt över att vi tar nästa steg. Nu bygger vi Nordens enklaste kassa!
7:52 fm · 4 mars 2026
48
Svara
Kopiera länk
Läs 6 svar
Bolaget grundades 2021 och har i dag 40 anställda i Göteborg och Oslo.
"""


def test_a_paywalls_pitch_under_the_teaser_is_not_read() -> None:
    spoken = spoken_lines(read_dump(_PAYWALL))
    assert spoken[-1].startswith("Varslet är det andra på ett år")
    assert not [s for s in spoken if "prenumeranter" in s or s.startswith(("Prova", "Ingen bindningstid"))]


def test_a_newsletters_closing_thanks_and_call_to_subscribe_are_not_read() -> None:
    spoken = spoken_lines(read_dump(_LETTER))
    assert not [s for s in spoken if s.startswith("Tack för att du läser")]
    assert any(s.startswith("Arbetet ska vara klart till midsommar") for s in spoken)


def test_the_note_on_how_a_summary_was_made_is_not_read() -> None:
    spoken = spoken_lines(read_dump(_SUMMARY))
    assert not [s for s in spoken if "med hjälp av AI" in s]
    assert "Förslaget skickas nu ut på remiss till kommuner och friskolor." in spoken


def test_a_charts_values_title_source_and_tools_are_not_read() -> None:
    spoken = spoken_lines(read_dump(_CHART))
    for chrome in ("2015", "2020", "0–5 %", "Över 20 %", "Bädda in", "Antal bensinstationer i glesbygdskommuner",
                   "Andel hushåll med mer än 30 km till närmaste mack"):
        assert chrome not in spoken, chrome
    assert not [s for s in spoken if s.startswith("Källa")]
    assert any(s.startswith("Längst till närmaste mack") for s in spoken)
    assert any(s.startswith("Flera kommuner har nu gått in") for s in spoken)


def test_a_timetables_clock_times_and_a_fact_boxs_rows_stay() -> None:
    spoken = spoken_lines(read_dump(_TIMETABLE))
    assert [s for s in spoken if s.startswith(("06.00", "07.30", "09.00"))] == [
        "06.00 – 06.45", "07.30 – 08.15", "09.00 – 09.45"]  # (a row's cells joined as the HTML reader joins them)
    assert "Bilar: 24" in spoken


def test_the_paragraphs_over_an_embedded_post_stay() -> None:
    spoken = spoken_lines(read_dump(_POST))
    assert any(s.startswith("Rundan leds av ett danskt riskkapitalbolag") for s in spoken)
    assert "Vd Mira Falk bekräftade affären på X tidigt på morgonen." in spoken
    assert not [s for s in spoken if s in ("Svara", "Läs 6 svar", "7:52 fm · 4 mars 2026")]


_CHART_HEAD = """Gränsposten
Granskning
Ambulansen kommer allt senare i inlandet
I tre av länets inlandskommuner har ambulansen fått längre till de mest akuta larmen sedan 2019.
Text: Lina Berg
Publicerad: 2024-05-06 06:00
Larmet kom strax efter sju på kvällen, och det dröjde över en halvtimme innan ambulansen var framme i byn.
Diagram
Så lång tid tar det för ambulansen att komma fram
Mediantid från larm till ankomst, minuter
Storberg
Lillå
0
10
20
2019
2023
Källa: Regionens journalsystem
Skillnaden beror på att bilen i Storberg allt oftare är upptagen på andra uppdrag när larmet kommer.
Alla kommuner »
« Föregående del
"""


def test_a_charts_label_title_and_legend_are_not_read() -> None:
    spoken = spoken_lines(read_dump(_CHART_HEAD))
    for chrome in ("Diagram", "Så lång tid tar det för ambulansen att komma fram", "Storberg", "Lillå",
                   "Mediantid från larm till ankomst, minuter", "Alla kommuner »", "« Föregående del"):
        assert chrome not in spoken, chrome
    assert spoken[-1].startswith("Skillnaden beror på")


_TICKER = """Affärsnytt Norr
Börs
Sågverket varslar 40 anställda
Sågverket i Åsele varslar 40 av sina 120 anställda efter ett svagt kvartal med låga priser på trävaror.
Av Per Lind
14 mars 2025 08:10
Beskedet kom i samband med att koncernen presenterade sin delårsrapport på fredagsmorgonen.
−4,2 %
+1,3 %
Aktien föll på öppningen
Aktien föll med drygt fyra procent i inledningen av handeln, medan index steg något.
– Stängningen var väntad, men den kommer tidigare än vi trodde, säger analytikern Eva Berg.
Nyhetsbrevet med det viktigaste från näringslivet i norr, varje vardag kl 07.
Anmäl dig
"""


def test_a_tickers_signed_changes_and_a_newsletters_blurb_are_not_read() -> None:
    spoken = spoken_lines(read_dump(_TICKER))
    assert "−4,2 %" not in spoken and "+1,3 %" not in spoken
    assert not [s for s in spoken if s.startswith("Nyhetsbrevet med")]
    assert spoken[-1].startswith("– Stängningen var väntad")
