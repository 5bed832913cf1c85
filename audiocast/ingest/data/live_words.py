"""Word tables of the live data widgets a news site sets beside its articles (read by :mod:`..livewidgets`).

Each table is a shape of line that holds on any site, never one site's words: the heading of a widget of current data
(weather, road conditions, measured values, prices, departures, a league table), the closing line that gives its
source or its time of measurement, and the standing furniture lines of a radio, TV or live-blog page.
"""

from __future__ import annotations

import re

LIVE_HEAD = re.compile(
    r"(?i)(?:\b(?:väder|vädret|väderprognos(?:en)?|prognos(?:en)?|\w*prognos|väglag(?:et)?|trafikläget|trafikkamer\w*"
    r"|avgångar|ankomster|badtemperatur(?:er(?:na)?)?|vattentemperatur\w*|\w*temperatur(?:er)?|pollen\w*"
    r"|bränslepris\w*|drivmedelspris\w*|bensinpris\w*|elpris(?:er|et)?|tabell(?:en|läge[t]?)?|tabellen just nu"
    r"|vattenstånd(?:et)?|luftkvalitet(?:en)?|snödjup(?:et)?|spårstatus|liftar|\w*varningar(?:na)?"
    r"|\w*resultat(?:en)?|livescore|matchcenter|ställningen|\w*räntor(?:na)?|valutakurser(?:na)?"
    r"|\w*valet|valvaka(?:n)?|rösträkning(?:en)?|brandrisk(?:en)?|brandriskprognos(?:en)?)\b)")
"""A live widget's heading names its kind of data ("Väder i Kiruna", "Väglag just nu", "Avgångar från Kumla station",
"Pollenprognos Kalmar", "Bränslepriser i Härjedalen i dag", "Tabell Ettan Norra", since session 29 a weather service's
warnings, "SMHI:s varningar", "Vädervarningar"; since session 33 results, "Live resultat": current only with a word of
now, NOW, or a closing line; since session 36 a bank's rates, "Aktuella räntor", "Valutakurser"; since session 43
an election night's count, "LIVE: Kommunvalet i Falun", current with its word of now, and the fire risk, "Brandrisk just
nu", "Aktuell brandrisk")."""

CURRENT_KIND = re.compile(
    r"(?i)\b(?:väder|vädret|väderprognos(?:en)?|\w*prognos(?:en)?|väglag(?:et)?|trafikläget|trafikkamer\w*|avgångar"
    r"|ankomster|tabell(?:en|läge[t]?)?|spårstatus)\b")
"""The kinds of live data that are current by themselves, without a word of now (a forecast, a departure board, a
league table); prices and temperatures are not: "Så har elpriset ändrats" over the months is the article's own."""

NOW = re.compile(r"(?i)\b(?:just nu|nu|i dag|idag|i kväll|ikväll|i morgon|imorgon|live|senaste|aktuella|aktuell)\b")
"""Words of now in a heading ("Väglag just nu", "Badtemperaturer i dag"): with them the heading says the data is current."""

VALUE = re.compile(
    r"(?i)(?:[−–-]?\d+(?:[,.]\d+)?\s?(?:°\s?[CF]?|grader|kr(?:/l|/kwh|/liter)?|öre(?:/kwh)?|m/s|mm|cm|km/h|%|kwh)"
    r"(?![\wåäö])|(?<![\d.])\d{1,2}[:.]\d\d(?![\d])|\b\d+(?:\s\d+){1,}$|(?<![\d,])\d{1,2}\s?[–-]\s?\d{1,2}$"
    r"|,\s\d{1,3}[,.]\d\d$)")
"""A measured value with its unit ("−17 °C", "27°", "17,39 kr/l", "4 m/s"), a clock time ("17.31", "11:42"), a
table row's trailing figures ("Forsby BK 5 11"), a match's score closing its row ("Tierp HK – Orsa IK 4–2") or a time
with hundredths closing a result's row ("1. Tilde Ström – Fidelio, 0, 61,08")."""

LEVEL = re.compile(
    r"(?i)^(?:(?:mycket )?(?:höga|låga|måttliga|inga)(?: till (?:höga|låga|måttliga))? halter|i tid|inställd|försenad"
    r"|ny tid .{1,12}|klart|mulet|halvklart|regn|snö(?:fall)?|sol|dis|dimma|halka|torrt|vått|(?:svag|måttlig|hård) vind"
    r"|stor chans|liten chans|ingen chans|god|måttlig|dålig|(?:gul|orange|röd) varning"
    r"|(?:extremt |mycket )?(?:stor|liten|måttlig|hög|låg) (?:brandrisk|risk))\b")
"""A value said in words: a level, a state, a departure's note ("Mycket höga halter", "I tid", "Klart, svag vind"), a
warning's level ("Orange varning", session 29), a fire risk's ("Mycket stor brandrisk (5)", session 43)."""

CLOSING = re.compile(
    r"(?i)^(?:källa|källor|data|uppgifter)\s*:|\bkälla\s*:|^(?:senast )?(?:uppdater\w*|mätt|mätningen|prognosen gäller"
    r"|(?:priserna?|räntorna?|kurserna?) (?:rapporteras|uppdateras|gäller)|bilden uppdateras|tabellen uppdateras|temperaturen mäts"
    r"|värdena? (?:mäts|uppdateras)|data (?:från|hämtas))\b|^senast\s+(?:kl\.?\s*)?\d{1,2}[:.]\d\d"
    r"|^(?:rapportera ett pris|se (?:hela|alla|fler) .{1,30}|visa (?:hela|alla|fler) .{1,30}|fler avgångar"
    r"|hela tabellen|alla trafikmeddelanden|till (?:prognosen|kameran|tabellen)|(?:fullständig|detaljerad) prognos"
    r"|(?:hela|fullständiga) prognosen)$|^(?:pågår|avslutad|avslutat)\b.{0,30}\d")
"""The line closing a widget: its source, its time of measurement or update, its last link ("Källa: Trafikverket",
"Mätt kl. 13.00 av …", "Prognosen gäller …", "Senast 09.15", "Rapportera ett pris", "Se hela tabellen", "Fullständig prognos")."""

FURNITURE = re.compile(
    r"(?i)(?:nu spelas\s*:.{1,80}|spelades senast\s*:.{1,80}|(?-i:TÄVLING)\s*:.{1,100}|trafikflash\s+\d{1,2}[:.]\d\d\s*:.{1,140}"
    r"|alla trafikmeddelanden|inslaget sändes (?:i|på) .{1,60}|(?:▶\s*)?lyssna på (?:inslaget|klippet|avsnittet)"
    r"(?:\s*\(\d{1,2}:\d\d(?::\d\d)?\))?|(?:visa|dölj)(?:/dölj)? (?:transkribering(?:en)?|transkript(?:et)?)"
    r"|köp (?:matchpass|dagspass|evenemangspass|biljett till sändningen)\s*\d+\s*kr|ingår i \w*pass(?:et)?"
    r"|påminn mig|uppdateringarna visas med den (?:senaste|nyaste) (?:överst|först)\.?"
    r"|automatisk uppdatering\s*:\s*(?:på|av)|fäst(?:a)? inlägg|(?:live|direkt)\s*[•·|]\s*\d{1,2}[:.]\d\d"
    r"|(?:▶\s*)?(?:hör|lyssna på) (?-i:[A-ZÅÄÖ])\S+(?: (?-i:[A-ZÅÄÖ])\S+){0,2} (?:rapportera|berätta|kommentera)"
    r"(?: från platsen| på plats| om (?:läget|händelsen|branden|olyckan))?(?:\s*\(\d{1,2}:\d\d\))?)")
"""Standing furniture of a radio, TV or live-blog page, whatever it says ("Nu spelas: <artist> – <song>", "TÄVLING: …",
"Trafikflash 07.42: …", "Inslaget sändes i <programme> 19.30.", "▶ Lyssna på inslaget (3:12)", a player's label
naming its reporter ("Hör <Name> rapportera från platsen"), "Visa transkribering",
"Köp matchpass 79 kr", "Ingår i Säsongspass", "Påminn mig", "Automatisk uppdatering: På", "Fäst inlägg")."""

MATCH_ROW = re.compile(r"[A-ZÅÄÖ][\w .'-]{1,30}? [–-] [A-ZÅÄÖ][\w .'-]{1,30}? \d{1,2}\s?[–-]\s?\d{1,2}")
"""A scoreboard's row: two teams and their score ("Tierp HK – Orsa IK 4–2", "Kallinge-Ronneby – Mörrum 1–1")."""
MATCH_STATUS = re.compile(
    r"(?i)slut|fulltid|halvtid|paus|ej startad|inställd|uppskjuten|live|p[1-3]|p[1-3] \d{1,2}[:.]\d\d|\d{1,2}[:.]\d\d"
    r"|\d{1,3}(?:['’]|:e minuten)|(?:1|2|3):a (?:perioden|halvlek)|förl\.?|e\.? ?str\.?|[–-] \d{1,3}[.:]\d\d .{3,80}")
"""A scoreboard's status under a row: "Slut", "P3 04:11", a start time "19.30", a minute "67'", and a live event under
it ("– 56.12 MÅL! Mörrum kvitterar …")."""
