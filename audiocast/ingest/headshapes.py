"""Shapes of lines that stand where a dump's headline stands but never are one, told by their form on any site.

- an issue's or a series' line (:func:`issue_line`): "Biskopsbrev nr 4 · hösten 2024", "VECKOBREV 2024/25 – Nr 16",
  "Nr 7 i serien", "Kårbladet #12", "Vinter 2024" - a publication's name with its number or its period, nothing else;
- a field row (:func:`field_label`): a label, a colon and a name or a date ("Recension: Cecilia Hult", "Veckans
  president: Birgitta Sandell", "Datum: 10 augusti 2024", "Plats: Tältet, Gräsö Blues Festival") - a review's or a
  letter's credits and facts; a headline after a label has a sentence in it ("Debatt: Låt badhuset vara kvar");
- a when-line (:func:`when_line`): a date with a clock time in a short line that is no date line ("Visas i Kameran
  tisdag 27 oktober kl 19.00") - a screening's or an event's time over a review;
- a letter's salutation (:func:`salutation`), however long ("Kära spelmän och vänner av folkmusiken!");
- a series' kicker ending on a word that needs what follows (:func:`dangling_end`): "Fem frågor till", "Veckans möte
  hos", "Människorna som" - the start of a phrase the headline under it finishes;
- a line giving an address to write to (:func:`address_line`): an e-mail or web address ("Här svarar politikerna på
  läsarnas frågor. Mejla fraga@tidning.se", "Tipsa oss på www.tidning.se/tips") - a column's explainer or a tip box.

Each is evidence against a candidate in :func:`audiocast.ingest.headline.score`, never a reason to drop a line.
"""

from __future__ import annotations

import re

from ..calendar_sv import MONTHS, WEEKDAYS
from .dates import MONTH_ABBREVIATIONS, parse_date

_SEASONS = r"(?:vår|våren|sommar|sommaren|höst|hösten|vinter|vintern|jul|julen|påsk|påsken)"
_MONTH = "(?:" + "|".join(sorted((*MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:19|20)\d\d(?:\s*/\s*(?:19|20)?\d\d)?"
_NUMBER = r"(?:nr|nummer|no|#)\.?\s*\d{1,4}(?:\s*/\s*(?:19|20)?\d\d(?:\d\d)?)?"
_PART = r"(?:del|avsnitt|kapitel)\s+\d{1,3}(?:\s+av\s+\d{1,3})?"
_WEEK = r"(?:vecka|v\.?)\s*\d{1,2}"
_PERIOD = rf"(?:(?:{_SEASONS}|{_MONTH}|{_WEEK})(?:\s*[-–/]\s*{_MONTH})?\s+{_YEAR}|{_WEEK}|{_YEAR})"
_ISSUE_PIECE = re.compile(rf"(?i)(?<!\w)(?:{_NUMBER}|{_PART}|{_PERIOD})(?!\w)")
_ISSUE_MARK = re.compile(rf"(?i)(?<!\w)(?:{_NUMBER}|{_PART}|(?:{_SEASONS}|{_MONTH}|{_WEEK})\s+{_YEAR}|{_WEEK})(?!\w)")
_ISSUE_REST = re.compile(r"(?i)(?:[^\W\d][\w-]*)?(?:\s*(?<!\w)i\s+[^\W\d][\w-]*)?")
"""What an issue's line holds besides its number and period: the publication's name (one word: "Biskopsbrev",
"Medlemsblad", "Församlingsbladet") and perhaps where it belongs ("i serien", "i dagboken")."""
_SEPARATORS = re.compile(r"\s*(?:[·|•,:–—/]|\s-\s)\s*")


def issue_line(text: str) -> bool:
    """Whether the line names an issue or a part of a series and nothing else: a number ("nr 4", "Nummer 16", "#12",
    "Del 4 av 6"), a period ("hösten 2024", "februari 2025", "vecka 6", "Vinter 2024") or both, beside at most the
    publication's name. "Sommar 2026 blir varm" has a sentence left, "Konsert 2025" has no period or number."""
    if not _ISSUE_MARK.search(text):
        return False
    rest = _ISSUE_PIECE.sub(" ", text)
    rest = " ".join(_SEPARATORS.sub(" ", rest).split())
    return _ISSUE_REST.fullmatch(rest) is not None


_PART_OF = re.compile(r"(?i)(?<!\w)(?:del|avsnitt|kapitel|part)\s+\d{1,3}\s*(?:av|/|of)\s*\d{1,3}(?!\w)")
SERIES_WORDS = 10
"""A series' line naming its part is at most this many words."""


def series_part(text: str) -> bool:
    """Whether the line names a part of a series by its number out of the whole ("Serie: Staden som växer, del 3 av 5",
    "Del 2 av 4 i serien Livet vid kusten", "del 1/3") in at most :data:`SERIES_WORDS` words: the series' kicker over
    a headline, whatever the series' name. "Del 2 av parken öppnar" counts no whole."""
    return _PART_OF.search(text) is not None and real_words(text) <= SERIES_WORDS


_SELF = (r"(?:obs!?\s*)?(?:(?:den här|denna|detta|this)\s+)?"
         r"(?:artikel(?:n)?|texten|nyheten|inlägget|sidan|reportaget|notisen|article|story|post|page)")
_AGE_NOTICE = re.compile(
    rf"(?i){_SELF}\s+(?:är|is|was|har|has)?\s*(?:mer än|över|äldre än|more than|over|older than)\s+"
    r"(?:\d+|ett|en|två|tre|fyra|fem|one|two|three|a)\s+(?:år|månader|månad|years?|months?)(?:\s+(?:gammal|old))?\b.*"
    rf"|{_SELF}\s+(?:publicerades|skrevs|was published|was written|first appeared)\s+"
    r"(?:för mer än|för över|ursprungligen|första gången|originally|more than)\b.*"
    r"|(?:obs!?\s*)?(?:detta|det här|den här|denna|this)\s+(?:är|is)\s+(?:en|ett|an?)\s+[\wåäö-]*(?:artikel|text|krönika|"
    r"reportage|notis|inlägg|article|story|piece)\s+(?:från|ur|from)\s+\S.*")
"""A notice of the article's age or origin the site sets by its head ("Den här artikeln är mer än ett år gammal.",
"Denna artikel publicerades för mer än två år sedan.", "Artikeln publicerades första gången i papperstidningen",
"This article is more than 2 years old", "Detta är en nyhetsartikel från Åsbladets arkiv"): the text speaks of
itself, never of its story."""
AGE_NOTICE_WORDS = 20


def age_notice(text: str) -> bool:
    """Whether the line is a notice of the article's age or origin (:data:`_AGE_NOTICE`), at most
    :data:`AGE_NOTICE_WORDS` words: page furniture wherever it stands in the head, never its headline nor its lead."""
    return real_words(text) <= AGE_NOTICE_WORDS and _AGE_NOTICE.fullmatch(text.strip()) is not None


_CALL = re.compile(
    r"(?:.*\s[–—-]\s+)?(?:följ|stöd|bli|läs|ladda|tipsa|prenumerera|anmäl|registrera|logga|swisha|skänk|gilla|dela"
    r"|klicka|beställ|köp|annonsera)\s+\S.*|här (?:kan|hittar) du\b.*", re.IGNORECASE)
CALL_WORDS = 10


def call_line(text: str) -> bool:
    """Whether the line calls the reader to act, in at most :data:`CALL_WORDS` words: opened by a reader's action
    ("Följ utvecklingen i hamnen här", "Bli medlem i föreningen i dag", "Stöd lokal journalistik – bli prenumerant",
    "Kuststaden växer – läs hela serien") or showing the way ("Här kan du läsa om hamnen"): a site's banner or
    teaser, never the headline it stands over."""
    return real_words(text) <= CALL_WORDS and _CALL.fullmatch(text.strip()) is not None


def speaks_of_itself(text: str) -> bool:
    """Whether the line opens with the text speaking of itself ("Artikeln har uppdaterats", "Den här sidan ..."): a
    site's notice, never a headline over its standfirst."""
    return re.match(rf"(?i){_SELF}\b", text.strip()) is not None


_LABEL = r"(?P<label>[^\W\d][\w-]*(?: [^\W\d][\w-]*)?)\s*:\s+"
_FIELD = re.compile(_LABEL + r"(?P<rest>.+)")
_NAME_WORD = re.compile(r"(?:[A-ZÅÄÖÉÜ][\w.'’-]*|\d[\w./-]*|&|och|af|von|de|van|i)")
FIELD_WORDS = 6
"""A field's value is at most this many words (a name, a place, a date)."""


def field_label(text: str) -> str | None:
    """The label when the line is a field row, else None: a label of one or two words, a colon, and a value of at most
    :data:`FIELD_WORDS` words that is a name (every word capitalised, a number or a small joining word: "Cecilia
    Hult", "Tältet, Gräsö Blues Festival") or holds a date ("10 augusti 2024")."""
    m = _FIELD.fullmatch(text.strip())
    if m is None:
        return None
    rest = m.group("rest").strip().rstrip(".")
    tokens = rest.replace(",", " ").split()
    if not tokens or len(tokens) > FIELD_WORDS or rest[-1:] in "!?":
        return None
    if parse_date(rest) is not None or (tokens[0][0].isupper() and all(_NAME_WORD.fullmatch(t) for t in tokens)):
        return m.group("label")
    return None


_CLOCK = re.compile(r"(?i)(?:\bkl\.?|\bklockan)\s*[0-2]?\d(?:[.:][0-5]\d)?\b|\b[0-2]?\d[.:][0-5]\d\b")
WHEN_WORDS = 10


def when_line(text: str) -> bool:
    """Whether the line gives an event's day and clock time in a few words ("Visas i Kameran tisdag 27 oktober kl
    19.00", "Premiär lördag 4 mars kl 18"): a date, a clock time, at most :data:`WHEN_WORDS` words, no sentence."""
    t = text.strip()
    return (len(t.split()) <= WHEN_WORDS and t[-1:] not in ".!?" and _CLOCK.search(t) is not None
            and (parse_date(t) is not None or _DAY_MONTH.search(t) is not None))


_DAY_MONTH = re.compile(rf"(?i)(?:{'|'.join(WEEKDAYS)})(?:en)?\s+(?:den\s+)?[0-3]?\d(?:e|:e)?\s+{_MONTH}")
SALUTATION_WORDS = 10
_GREETING = re.compile(r"(?i)(?:Hej|Hejsan|Hallå|Kära|Bästa|Käraste|God (?:morgon|kväll|dag))(?! då\b)[ ,][^.!?]*[!,]")


def salutation(text: str) -> bool:
    """Whether the line is a letter's salutation of at most :data:`SALUTATION_WORDS` words, ending in '!' or ','
    ("Kära spelmän och vänner av folkmusiken!", "Hej alla medlemmar i föreningen,")."""
    return len(text.split()) <= SALUTATION_WORDS and _GREETING.fullmatch(text.strip()) is not None


_WORD_CHAR = re.compile(r"\w")


def real_words(text: str) -> int:
    """The line's words, not counting signs standing alone ("Barn & unga", "Kultur – fritid": two words)."""
    return sum(1 for t in text.split() if _WORD_CHAR.search(t))


_DAY_DATE = re.compile(
    rf"(?i)(?:(?:{'|'.join(WEEKDAYS)})(?:en)?\s+)?(?:den\s+)?[0-3]?\d(?:e|:e)?\s+{_MONTH}(?:\s+{_YEAR})?"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d(?:[./](?:19|20)?\d\d)?")
_ROW_PARTS = re.compile(r"\s+[·|•–—-]\s+")
DATED_ROW_WORDS = 6
"""A part of a dated row besides its date is at most this many words ("Städdag vid badet", "Insatsrapport")."""


def dated_row(text: str) -> bool:
    """Whether the line is a row of a date and a short name set apart by a dash, a dot or a bar ("3 maj – Städdag vid
    badet", "Insatsrapport · 2026-02-16", "17 maj – Vårmarknad"): a calendar's item or a head's meta row, no
    headline (a headline's dash has a sentence on both sides, "Vårmarknaden flyttas – nytt datum 17 maj")."""
    parts = _ROW_PARTS.split(text.strip())
    if not 2 <= len(parts) <= 3 or text.rstrip()[-1:] in ".!?":
        return False
    dates = [p for p in parts if _DAY_DATE.fullmatch(p.strip())]
    return len(dates) == 1 and all(len(p.split()) <= DATED_ROW_WORDS for p in parts)


_DANGLING = frozenset("till hos från och eller att som en ett vid åt samt både enligt".split())
"""Words no Swedish headline ends on: prepositions and conjunctions that need what follows. Not a verb's particle that
may end one ("Valet görs om", "Fler vill vara med", "Bron stängs av", "Nu tar vi över")."""


def dangling_end(text: str) -> bool:
    """A line ending on a word that needs what follows (:data:`_DANGLING`): a kicker, never a headline."""
    parts = text.rstrip(" :–-").split()
    return len(parts) >= 2 and parts[-1].lower() in _DANGLING


_ADDRESS = re.compile(r"(?i)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.[\w-]+\.\w+|https?://\S+")


def address_line(text: str) -> bool:
    """Whether the line gives an e-mail or web address: a column's explainer or a tip box over the head, no headline
    (a headline names a site in words, "Webbplatsen nere i tre timmar", not by its address)."""
    return _ADDRESS.search(text) is not None
