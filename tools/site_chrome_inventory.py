"""An inventory of page furniture of Swedish sites that the earlier perturbation classes lack (session 17, E10).

Written from knowledge of real Swedish pages BEFORE any failure was looked at: the chrome of site builders (Wix,
Squarespace, Google Sites, SiteVision, Joomla, IdrottOnline/Laget.se), shop chrome, app banners, PDF and e-paper
viewers, info screens, booking widgets, countdowns, age gates, chat widgets, ratings, counters, prompts, toolbars,
language pickers, login boxes, sponsor walls, timelines, webcam stamps and now-playing lines.

``KINDS`` maps a kind to (placement, variants). A variant is a list of line templates; ``{town}``, ``{n}``, ``{m}``,
``{name}``, ``{place}``, ``{price}``, ``{time}`` are filled at random. Every third variant (index 2, 5, 8, ...) is HELD
OUT: fixes are made on the others, and the held ones are measured separately (``--held``). Placements: ``top`` (above
the page or just over the headline), ``between`` (between two body paragraphs), ``under`` (after the body), ``foot``
(at the very end of the page), ``top_or_foot``.
"""

from __future__ import annotations

KINDS: dict[str, tuple[str, list[list[str]]]] = {
    "builder": ("foot", [
        ["Skapad med Wix.com"], ["Drivs av Squarespace"], ["Rapportera missbruk", "Google Sites"],
        ["© {n4} av {name}. Skapad med Wix.com"], ["Hemsida skapad med Hemsida24"], ["Byggd med WordPress | Tema: Astra"],
        ["Skapad med One.com Webbredigerare"], ["Senaste ändring på webbplatsen: {n} dagar sedan", "Rapportera missbruk"],
        ["Drivs med Strikingly"],
    ]),
    "sitevision": ("top", [
        ["Lyssna", "Skriv ut", "Dela"], ["Dela sidan", "Skriv ut sidan", "Lyssna på sidan"],
        ["Dela på Facebook", "Dela på LinkedIn", "Dela via e-post", "Skriv ut"],
        ["Läs upp sidan", "Dela", "Skriv ut"], ["Dela denna sida", "Kopiera länk", "Skriv ut"],
        ["Skriv ut", "Dela", "Tipsa en vän"],
    ]),
    "joomla": ("under", [
        ["Träffar: {n4}"], ["Skriv ut", "E-post", "Träffar: {n}"], ["Kategori: Nyheter", "Visningar: {n4}"],
        ["Detaljer", "Kategori: Föreningsnytt", "Träffar: {n}"], ["Antal visningar: {n}"], ["Läst {n} gånger"],
    ]),
    "club": ("top_or_foot", [
        ["Nästa match", "{town} IF – {town2} BK", "Lördag {d} {month} kl. 15.00"],
        ["Senaste resultat", "{town} IK – {town2} FF 2–1"],
        ["Hemmamatcher", "{town} HC – {town2} SK", "Söndag {d} {month} 13.00, {place}"],
        ["Laget.se", "Logga in", "Bli medlem"], ["Tabell", "1. {town} IF 24 p", "2. {town2} BK 21 p", "3. IFK {town3} 19 p"],
        ["Powered by IdrottOnline"], ["Senaste matchen", "{town2} FK 0–3 {town} IF"],
        ["Kommande matcher", "{town} BK – {town2} IS", "Fredag {d} {month} kl. 19.00"],
        ["Laget.se – Sveriges största idrottsnätverk"],
    ]),
    "basket": ("top", [
        ["Varukorg (0)"], ["Din varukorg är tom"], ["Varukorg", "0 varor", "0,00 kr"], ["Till kassan"],
        ["Kassa", "Varukorgen är tom", "Fortsätt handla"], ["Varukorg: {n1} artiklar – {price}"],
        ["Mina sidor", "Önskelista (0)", "Varukorg (0)"], ["Min varukorg", "Summa: 0 kr", "Gå till kassan"],
        ["Kundvagn (0)"],
    ]),
    "shipbar": ("top", [
        ["Fri frakt över {n3} kr"], ["Fri frakt på alla order över {n3} kr", "Snabb leverans 1–3 dagar"],
        ["30 dagars öppet köp"], ["Fraktfritt vid köp över {n3} kr – Snabba leveranser"],
        ["Fri retur", "Snabb leverans", "Trygg betalning med Klarna"], ["Leverans inom 24 timmar"],
        ["Handla före kl 14 – skickas samma dag"], ["Fri frakt • Fri retur • 365 dagars öppet köp"],
        ["Betala med Klarna, Swish eller kort"],
    ]),
    "tiles": ("under", [
        ["{product}", "{price}", "Lägg i varukorgen"], ["{product}", "Ord. pris {price}", "Köp"],
        ["{product}", "{price}", "I lager", "Köp nu"], ["Populära produkter", "{product}", "{price}", "Lägg i varukorg"],
        ["{product}", "Från {price}", "Slutsåld"], ["Rea -{n2}%", "{product}", "{price}", "Lägg i kundvagnen"],
        ["Kunder köpte även", "{product}", "{price}"], ["{product}", "{price}", "Finns i butik", "Handla"],
        ["Nyheter i butiken", "{product}", "{price}", "Köp"],
    ]),
    "appbanner": ("top", [
        ["Öppna i appen"], ["Hämta vår app", "Gratis i App Store"], ["{site}", "Öppna", "Finns i Google Play"],
        ["Läs i appen – snabbare och enklare", "Öppna"], ["Hem", "Nyheter", "Sport", "Mer"], ["Fortsätt i appen"],
        ["Hem", "Sök", "Meny", "Mitt konto"], ["Få bättre upplevelse i appen", "Hämta", "Inte nu"],
        ["Start", "Senaste", "Lokalt", "Profil"],
    ]),
    "pdfviewer": ("between", [
        ["Sida 1 av {n1}", "Zooma in", "Zooma ut", "Ladda ner"], ["Föregående sida", "Nästa sida", "1 / {n1}"],
        ["Ladda ner PDF ({n3} kB)"], ["Öppna i helskärm", "Sida 1 av {n1}"], ["Ladda ner dokumentet", "Skriv ut"],
        ["Visa dokument", "Ladda ned (pdf, {n1},{n1} MB)"], ["Sida 2 / {n2}", "Anpassa till bredd"],
        ["Dokumentet kan inte visas i din webbläsare.", "Ladda ner filen"], ["Bläddra", "Helskärm", "Ladda ner"],
    ]),
    "epaper": ("top_or_foot", [
        ["Läs e-tidningen"], ["Dagens e-tidning", "Läs e-tidningen här"], ["E-tidningen", "Bläddra i dagens tidning"],
        ["Läs dagens tidning digitalt"], ["E-tidning", "Alla utgåvor"], ["Läs senaste numret som e-tidning"],
    ]),
    "queue": ("top", [
        ["Nu betjänas nummer {n2}"], ["Aktuell väntetid: ca {n1} minuter"], ["Nummer {n2}", "Lucka {n1}"],
        ["Antal före dig: {n1}", "Beräknad väntetid {n2} min"], ["Kö just nu: {n1} personer"],
        ["Väntetid i telefonkön: {n1} min"],
    ]),
    "departures": ("top", [
        ["Avgångar från {place}", "Buss {n1} mot {town} om {n1} min", "Buss {n2} mot {town2} {time}"],
        ["Nästa avgång", "{time} Tåg mot {town}"], ["{time}"], ["Avgångar", "Linje {n1} {town} {time}",
                                                               "Linje {n2} {town2} {time}"],
        ["Klockan är {time}"], ["Realtid", "{n1} min Buss {n2} Centrum"], ["Försenad", "{time} mot {town}"],
        ["Nästa buss om {n1} minuter"], ["Ankomster", "{time} från {town}", "{time} från {town2}"],
    ]),
    "booking": ("between", [
        ["Boka bord", "Välj datum", "Antal gäster", "Sök lediga tider"], ["Boka nu", "Incheckning", "Utcheckning"],
        ["Välj datum", "Antal personer", "Sök"], ["Boka tid", "Välj tjänst", "Välj tid", "Nästa"],
        ["Lediga tider", "{time}", "{time}", "Visa fler tider"], ["Boka din plats", "Vuxna", "Barn", "Fortsätt"],
        ["Boka banan", "Välj dag", "Boka"], ["Ankomst", "Avresa", "Gäster", "Kontrollera tillgänglighet"],
        ["Boka biljetter", "Välj antal", "Till betalning"],
    ]),
    "countdown": ("top", [
        ["{n2} dagar {n1} tim {n2} min kvar"], ["Dagar", "Timmar", "Minuter", "Sekunder"],
        ["Biljettsläpp om {n1} dagar"], ["{n2} : {n2} : {n2}"], ["Nedräkning till {event}", "{n2} dagar kvar"],
        ["Endast {n1} timmar kvar!"], ["Erbjudandet slutar om {n1} h {n2} min"],
        ["{n2} dagar", "{n1} timmar", "{n2} minuter"], ["Kampanjen slutar om {n1}:{n2}:{n2}"],
    ]),
    "agegate": ("top", [
        ["Du måste ha fyllt 20 år för att besöka sidan.", "Jag är över 20 år", "Jag är under 20 år"],
        ["Är du 18 år eller äldre?", "Ja", "Nej"], ["Åldersverifiering", "Ange ditt födelseår", "Fortsätt"],
        ["Denna webbplats innehåller information om alkohol.", "Jag är 25 år eller äldre"],
        ["Bekräfta din ålder", "Jag har fyllt 18"], ["Har du fyllt 20 år?", "Ja, gå vidare", "Nej, lämna sidan"],
    ]),
    "chat": ("foot", [
        ["Chatta med oss"], ["Hej! Hur kan vi hjälpa dig?", "Skriv ett meddelande…"],
        ["Chatten är stängd", "Vi svarar vanligtvis inom en timme"], ["Behöver du hjälp?", "Starta chatt"],
        ["Kundtjänst online", "Skriv här…", "Skicka"], ["Fråga oss", "Chatten är öppen vardagar 8–17"],
        ["Chatt", "Du pratar med {first}", "Skriv ditt meddelande"], ["Har du en fråga? Chatta med oss!"],
        ["Lämna ett meddelande", "Vi är inte online just nu"],
    ]),
    "rating": ("under", [
        ["★★★★☆ 4,{n1} av 5 ({n2} omdömen)"], ["Betygsätt artikeln", "★★★★★"], ["Ge betyg", "1", "2", "3", "4", "5"],
        ["Betyg: 4,{n1}/5"], ["{n2} recensioner", "Skriv en recension"], ["Snittbetyg 3,{n1} ({n3} röster)"],
        ["Vad tycker du om artikeln?", "☆☆☆☆☆"], ["Omdömen ({n2})", "4,{n1} av 5 stjärnor"], ["Gilla ({n2})"],
    ]),
    "visitors": ("foot", [
        ["Antal besökare: {n5}"], ["Besökare idag: {n2}", "Totalt: {n5}"], ["Du är besökare nummer {n5}"],
        ["Sidvisningar: {n5}"], ["Besöksräknare", "{n5}"], ["Online just nu: {n1}"],
    ]),
    "gallery": ("between", [
        ["Bild {n1} av {n2}"], ["Föregående bild", "Nästa bild"], ["Visa alla bilder ({n2})"],
        ["{n1} / {n2}"], ["Bildspel", "Bild 1 av {n2}"], ["Se fler bilder", "Stäng"],
        ["Förstora bild", "Bild {n1}/{n2}"], ["Bläddra bland bilderna"], ["Galleri ({n2} bilder)"],
    ]),
    "install": ("top_or_foot", [
        ["Installera appen på din hemskärm"], ["Lägg till på hemskärmen"],
        ["Du är offline. Vissa funktioner kanske inte fungerar."], ["Installera", "Inte nu"],
        ["Ingen internetanslutning", "Försök igen"], ["Aktivera notiser för att få de senaste nyheterna", "Tillåt", "Nej tack"],
        ["Vill du få pushnotiser?", "Ja", "Senare"], ["Ny version tillgänglig", "Uppdatera"],
        ["Slå på notiser"],
    ]),
    "feedback": ("under", [
        ["Hjälpte informationen på sidan dig?", "Ja", "Nej"], ["Var sidan till hjälp?", "Ja", "Nej"],
        ["Tack för din återkoppling!"], ["Hittade du det du sökte?", "Ja", "Nej", "Skicka"],
        ["Vad kan vi förbättra?", "Skicka synpunkt"], ["Hjälpte sidan dig?", "Ja", "Delvis", "Nej"],
        ["Lämna synpunkter på sidan"], ["Fick du svar på din fråga?", "Ja", "Nej"], ["Betygsätt sidan"],
    ]),
    "a11y": ("top", [
        ["Lyssna", "Talande webb", "Ändra textstorlek"], ["A+", "A−", "Kontrast"], ["Lättläst", "Teckenspråk", "Lyssna"],
        ["Tillgänglighet", "Textstorlek", "Hög kontrast"], ["Läs upp", "Större text"], ["ReadSpeaker", "Lyssna"],
        ["Öka textstorlek", "Minska textstorlek"], ["Talsyntes", "Översätt", "Lättläst"], ["Lyssna på texten"],
    ]),
    "langpick": ("top_or_foot", [
        ["Välj språk", "English", "Suomi", "العربية", "Deutsch"], ["SV", "EN", "FI"], ["Svenska", "English", "Polski"],
        ["Language", "Svenska", "English", "Soomaali", "Tigrinya"], ["Translate", "Välj språk"],
        ["Other languages", "English", "Suomeksi", "Meänkieli", "Sámegiella"], ["Sv | En"],
        ["Språk", "Svenska", "Українська", "English"], ["Google Översätt", "Välj språk ▼"],
    ]),
    "login": ("top_or_foot", [
        ["Logga in"], ["Logga in med BankID", "Mobilt BankID"], ["Mina sidor", "Logga in"],
        ["Användarnamn", "Lösenord", "Glömt lösenord?"], ["Logga in", "Bli medlem"], ["Medlemsinloggning"],
        ["Logga in med Freja eID"], ["E-post", "Lösenord", "Logga in", "Skapa konto"], ["Logga ut"],
    ]),
    "sponsors": ("foot", [
        ["Våra sponsorer"], ["Huvudsponsor", "{company}"], ["Tack till våra samarbetspartners", "{company}", "{company2}"],
        ["Samarbetspartner", "{company}"], ["Sponsorer", "{company}", "{company2}", "{company3}"],
        ["Bli sponsor"], ["Med stöd av", "{company}"], ["Partners", "{company}", "{company2}"],
        ["Våra partners"],
    ]),
    "timeline": ("between", [
        ["Vi är här"], ["Steg 1: Samråd", "Steg 2: Granskning", "Steg 3: Antagande"],
        ["Samråd", "Granskning", "Antagande", "Laga kraft"], ["Tidplan", "{n4}: Förstudie", "{n4}: Byggstart"],
        ["Du är här"], ["Planprocessen", "Start", "Samråd", "Granskning"], ["Här är vi nu"],
        ["1. Ansökan", "2. Handläggning", "3. Beslut"], ["Klart", "Pågår", "Kommande"],
    ]),
    "webcam": ("between", [
        ["Webbkamera: {place}"], ["Bilden uppdateras var {n1}:e minut"], ["Senast uppdaterad {time}"],
        ["Live: {place} just nu"], ["Webbkamera", "{place}, {town}"], ["Kameran uppdateras automatiskt"],
        ["Se webbkameran"], ["{town} {date} {time}"], ["Livebild från {place}"],
    ]),
    "nowplaying": ("top", [
        ["Nu spelas: {artist} – {song}"], ["Lyssna live", "{radio}"], ["Just nu: {song} med {artist}"],
        ["Direkt: {radio}"], ["Nästa program: {show} {time}"], ["Nu i {radio}: {show}"],
        ["Spelas nu", "{artist}", "{song}"], ["Lyssna direkt", "Nu: {show}"], ["Senast spelade: {artist} – {song}"],
    ]),
}
