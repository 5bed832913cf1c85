"""Word tables of the service widgets of organisation and municipal sites (read by :mod:`..servicewidgets`).

Each pattern describes the shape of one widget's lines, whatever the site: an opening-hours box's weekday lines, a map's
controls, a contact box's fields, a poll's options with their percentages, a list of documents with their file types.
The patterns are matched whole (``fullmatch``) against a stripped line.
"""

from __future__ import annotations

import re

_DAY = (r"(?:måndag(?:ar)?|tisdag(?:ar)?|onsdag(?:ar)?|torsdag(?:ar)?|fredag(?:ar)?|lördag(?:ar)?|söndag(?:ar)?"
        r"|mån|tis|ons|tors?|fre|lör|sön|vardagar|vardag|helger|helgdagar|helgdag|röda dagar|alla dagar|idag|i dag"
        r"|dag före helgdag|helgdagsafton)\.?")
_DAYS = rf"{_DAY}(?:\s*(?:[–—-]|till|och|&|,|/)\s*{_DAY})*"
_TIME = r"(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?"
_SPAN = rf"{_TIME}\s*(?:[–—-]|till)\s*{_TIME}"
_VALUE = (rf"(?:{_SPAN}(?:\s*(?:,|och|&|samt)\s*{_SPAN})*|stängt|stängd|öppet|enligt överenskommelse"
          r"|efter överenskommelse|dygnet runt|hela dygnet|ring för tidsbokning)")

HOURS_LINE = re.compile(rf"(?i){_DAYS}\s*:?\s*{_VALUE}\.?")
"""A weekday's or a range of days' opening hours ("Måndag–fredag: 11–18", "Lör 10–14", "Söndag: Stängt")."""
LABELLED_HOURS = re.compile(
    rf"(?i)(?:telefontid(?:er)?|besökstid(?:er)?|expeditionstid(?:er)?|mottagningstid(?:er)?|drop-in"
    rf"|receptionen|kassan|växeln|kundtjänst|telefon)\s*:?\s*(?:{_DAYS}\s*:?\s*)?{_VALUE}.{{0,40}}")
"""A service's hours under a label of its own ("Telefontid: måndag–fredag 9–12")."""
CLOSED_NOTICE = re.compile(
    r"(?i)(?:[\wåäö]+\s+){0,3}(?:är |har |håller )?(?:stängt|stängd|stängda|avvikande öppettider|öppet som vanligt)"
    r"(?:\s+.{1,50})?|(?:jul|påsk|sommar|midsommar|nyårs|helg)(?:öppettider|öppet)(?:\s+.{1,40})?"
    r"|avvikande öppettider(?:\s+.{1,40})?")
"""A box's notice of a closure or of other hours ("Butiken stängd 15–28 februari", "Avvikande öppettider i påsk")."""
HOURS_HEAD = re.compile(
    r"(?i)(?:våra |ordinarie |aktuella |dagens )?(?:öppettider|öppet|öppet idag|öppet i dag|telefontider|besökstider"
    r"|öppettider och kontakt|hitta hit och öppettider)(?:\s+(?:i|under|för|från|fr\.o\.m\.|efter|till och med|t\.o\.m\.)\s+[\wåäö ]{1,30})?\s*:?")
"""An opening-hours box's heading ("Öppettider", "Våra öppettider", "Öppettider i sommar", "Öppettider från 1 mars")."""

MAP_HEAD = re.compile(
    r"(?i)(?:interaktiv |digital )?(?:karta|kartbild|kartvy|kartan)(?:\s*:\s*.{2,100}|\s+(?:över|med|som visar)\s+.{2,100})")
"""A map's title or caption ("Karta: Omledningen vid bron", "Karta över området")."""
MAP_CONSENT_WORDS = re.compile(r"(?i)\b(?:kakor|kakorna|cookies|samtycke|samtycker|tredje part|marknadsföringskakor"
                               r"|kartkakor|visas inte|kan inte visas|blockerad)\b")
"""A map hidden behind a consent ("Kartan visas inte. Godkänn kakor … för att se kartan.")."""
MAP_WORD = re.compile(r"(?i)\bkart(?:a|an|bild|bilden|vy|vyn|tjänst|tjänsten)\b")
ZOOM = re.compile(
    r"(?i)(?:zoom(?:a)?\s*(?:in|ut|\+|−|-|–)?|\+|−|-|–|förstora|förminska|helskärm|visa i helskärm|återställ(?: kartan| vy)?"
    r"|mitt läge|min position|kartvy|satellit(?:vy)?|terräng)")
"""A map's control ("Zoom +", "Zoom −", "+", "Zooma ut", "Satellit")."""
MAP_FOOT = re.compile(
    r"(?i)visa (?:större karta|kartan? (?:i|på) .{1,30}|(?:på|i) (?:google maps|kartan?|karta))|öppna (?:i|på|med) "
    r"(?:google maps|apple maps|kartan?|.{1,20}kartor)|visa vägbeskrivning|vägbeskrivning|hitta hit|kartdata\b.{0,60}"
    r"|©\s*openstreetmap.{0,60}|(?:kartunderlag|kartkälla|karta från)\b.{0,60}|kortkommandon|förstora kartan")
"""A map's last line: a link to a larger map or to the way there, the map data's credit."""

CONTACT_HEAD = re.compile(
    r"(?i)kontakta (?:oss|mig|[\wåäöÅÄÖ-]+(?: [\wåäöÅÄÖ-]+){0,3})|kontakt(?:uppgifter|information| och öppettider)?"
    r"|(?:har du )?frågor\?|vi finns här för dig|här når du oss|så når du oss")
"""A contact box's heading ("Kontakta kundtjänst", "Kontakt", "Har du frågor?")."""
CONTACT_FIELD = re.compile(
    r"(?i)(?:telefon(?:nummer)?|tel|tfn|mobil|mobilnummer|växel|växeln|sms|fax|e-?post(?:adress)?|mejl|mail|epost"
    r"|webbplats|hemsida|webb|besöksadress|postadress|adress|org(?:anisations)?\.?\s?nr|organisationsnummer)"
    r"\.?\s*:?\s*\S.{0,80}"
    r"|\+?\d[\d  ()-]{6,18}\d(?:\s*\([^()]{2,40}\))?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
    r"|(?:boka|bokning av) (?:ett |en )?(?:personligt |digitalt |fysiskt |kostnadsfritt )?(?:möte|tid|samtal|besök"
    r"|rådgivning|videomöte).{0,80}"
    r"|(?:chatta|mejla|ring|skriv till) (?:oss|med oss).{0,60}")
"""A contact box's field ("Telefon: 0650-190 00", "E-post: …", "Boka ett personligt möte …"); a number with its note in
brackets ("0771-40 18 18 (dygnet runt vid störningar)", session 33)."""

PCT_OPTION = re.compile(r"(?i).{1,60}?(?:\s*[–—:-]\s*|\s+)\d{1,3}(?:[,.]\d{1,2})?\s?(?:%|procent)"
                        r"(?:\s*\(\s*\d[\d  ]*(?:\s*röster)?\s*\))?")
"""A poll's option with its share of the votes ("Ek – 22 %", "Ja: 41 %", "Nej 37 % (120 röster)")."""
VOTES = re.compile(
    r"(?i)(?:totalt |hittills )?\d[\d  ]*\s*(?:röster|har röstat|har svarat|svar|deltagare|personer har röstat)"
    r"|(?:antal )?(?:röster|svar|deltagare)\s*:?\s*\d[\d  ]*|omröstningen (?:är )?(?:stängd|avslutad|stängde).{0,40}"
    r"|(?:se |visa )?(?:alla )?resultat(?:et)?|rösta(?: nu| här)?|tidigare (?:frågor|omröstningar)")
"""A poll's count of votes or its closing control ("342 röster", "Antal röster: 88", "Omröstningen är stängd")."""
POLL_HEAD = re.compile(r"(?i)tyck till!?|veckans fråga|dagens fråga|månadens fråga|omröstning|enkät|fråga|"
                       r"vad tycker du\??|läsarfrågan|snabbenkät|rösta")
"""A poll's heading ("Tyck till", "Veckans fråga")."""

APP_STORE = re.compile(r"(?i)\b(?:app ?store|google play|play butik(?:en)?|iphone och android|ios och android"
                       r"|android och ios|android och iphone)\b")
APP_CALL = re.compile(
    r"(?i)^(?:ladda ner|ladda hem|hämta|följ|få|felanmäl|prova|testa|använd|se|lyssna|läs|håll koll)\b|\b(?:du|dig|din)\b"
    r"|\bvår(?:a)? (?:nya )?app(?:ar)?\b|\bappen [^.!?–]{1,30} [–—-] (?:ladda|hämta)")
"""A call to the site's own app: a store's name, and the reader addressed ("Ladda ner …", "du", "vår app")."""

SWISH = re.compile(r"(?i)\bswish(?:a|as|nummer|-nummer)?\b|\bvalfritt belopp\b|\bbankgiro\b|\bplusgiro\b")
READER_FUNDING = re.compile(
    r"(?i)\b(?:finansier\w*|bekostas|drivs|betalas|bärs) (?:helt |främst |delvis |till stor del |bara )?(?:av|genom) "
    r"(?:(?:våra|sina|dess|era|tidningens) )?(?:läsare|prenumeranter|läsarna|prenumeranterna)\b"
    r"|\b(?:lokal|oberoende|fri|granskande) journalistik\b|\b(?:fritt|gratis) att läsa\b|\butan (?:annonser|betalvägg)\b"
    r"|\bannonsfri\b|\bstöd(?:ja)? (?:tidningen|journalistiken|lokaltidningen|vår journalistik|redaktionen)\b")
"""A site's pitch for its readers' money: the site funded by its readers, journalism to support."""

DOC_HEAD = re.compile(r"(?i)(?:relaterade |tillhörande |bifogade |fler )?(?:dokument|handlingar|bilagor|bilaga|filer"
                      r"|nedladdningar|dokument att ladda ner|blanketter|ladda ner)\s*:?")
"""A documents list's heading ("Dokument", "Handlingar", "Bilagor:")."""
DOC_LINE = re.compile(
    r"(?i).{1,160}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip)(?:\s*[\(,].{0,30})?"
    r"|.{1,160}\(\s*(?:pdf|docx?|word|excel|xlsx?|pptx?|odt|powerpoint)(?:[- ]?(?:fil|dokument))?"
    r"(?:\s*,?\s*\d+(?:[,.]\d+)?\s*(?:[kKmM]i?B|kb|mb|byte|sidor))?\s*\)"
    r"|.{1,160}\b(?:pdf|PDF),?\s+\d+(?:[,.]\d+)?\s*[kKmM]B")
"""A document's title as a download link shows it: a file name, or a title with its type and size ("(pdf, 245 kB)")."""

TOC_HEAD = re.compile(r"(?i)(?:sidans )?innehåll(?:sförteckning)?(?: på (?:den här |denna )?sidan)?|på (?:den här|denna) "
                      r"sidan|hoppa till (?:avsnitt|rubrik)|i (?:den här )?artikeln|snabblänkar|genvägar|navigering|navigation")
"""A contents list's heading ("Innehåll", "På den här sidan"; a presentation tool's "Navigering" over its sections)."""

TICKER_MARK = "+++"
"""A news ticker's separator."""
WEATHER = re.compile(
    r"(?i)(?:[^\d:°]{1,40}?(?:\s*:\s*|\s+just nu:?\s*|\s+idag:?\s*|\s+i dag:?\s*))?[−–-]?\s?\d{1,2}(?:[,.]\d)?\s?°\s?C?"
    r"(?:\s*[,|·–—-]\s*[^.!?]{0,50})?")
"""A weather widget's line ("Sundsvall just nu: −11 °C, lätt snöfall", "Idag: 4 °C · mulet")."""

OTHER_LANG_HEAD = re.compile(
    r"(?i)(?:kort |information |sammanfattning |läs |artikeln |texten )?(?:på|in) (?:andra|fler|flera) språk\s*:?"
    r"|other languages|in other languages|languages|andra språk|språk\s*:|translations?|översättningar")
"""A heading over the article said again in other languages ("Kort på andra språk")."""
LANGUAGE_LABELS = frozenset(
    """english engelska in english suomeksi suomi finska soomaali somaliska af-soomaali العربية عربي arabiska deutsch
    tyska français franska español spanska polski polska فارسی farsi persiska دری dari tigrinya ትግርኛ tigrinja
    українська ukrainska русский ryska bosanski bosniska hrvatski srpski kurdî kurdiska sorani کوردی türkçe turkiska
    meänkieli meänkielelä davvisámegiella samiska sámegiella romani romska tiếng việt vietnamesiska ไทย thailändska
    中文 kinesiska dari پښتو pashto amharic amhariska አማርኛ""".split())
"""Names of languages that label a line of a summary in that language ("Soomaali: …", "English: …")."""
FORM_CONTACT_FIELD = re.compile(
    r"(?i)(?:(?:din|ditt|dina|ange|fyll i)\s+)?(?:e-post(?:adress)?|e-mail|mejl(?:adress)?|mail(?:adress)?"
    r"|mobil(?:nummer|telefon|nr)?|telefon(?:nummer|nr)?|mobiltelefonnummer)\s*\*?:?")
"""A form's one field asking how to reach the reader ("Ditt mobilnummer", "Din e-postadress"): with a call heading over
it and a button under it, a sign-up form of the site's, though it has one field only."""
