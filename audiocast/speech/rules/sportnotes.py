"""Sport's small print read by its shape (``sport_notes``): a match minute with its mark
("67' Gult kort" -> "minut sextiosju Gult kort") and a scorer's goals with the penalties among
them ("Sara Ek 9/3" -> "nio varav tre på straff", not the ninth of March). The minutes are read by
``cleanup.clean`` (``match_minutes``) before it drops the apostrophes; the goals before the calendar.
"""

from __future__ import annotations

import re

from ..data.ad_words import RESULT_MAXIMA, RESULT_WORDS, UNITS_AFTER_RESULT
from ..data.calendar import ROUTE_BEFORE
from ..data.sport import PENALTY_LABELS
from ..data.stat_words import SHOT_LINE_LABEL
from ..data.words import STREET_ENDINGS
from ..numbers import cardinal, ordinal
from ..report import Trace
from .machinery import next_word, number_noun, prev_words, say_number, sub

# "67'", "45+2'", "i 88'": a minute of a match marked with an apostrophe (not feet before inches: 6'2").
_MINUTE = re.compile(r"(?<![\w'’+])(?P<n>\d{1,3})(?:\+(?P<x>\d{1,2}))?['’](?![\w'’\"”])")
# Where a minute's mark stands: opening the line or a sentence, or after a word of time ("i 88'").
_MINUTE_BEFORE = re.compile(r"(?:^|[.!?:;(]\s*|\b(?:i|och|efter|från|till|fram till|redan i)\s)$")
# A scorer's name right before a minute's mark in a line about goals ("mål: Karim 12', Ek 78'").
_SCORER_BEFORE = re.compile(r"(?:^|[:,(]\s*|\b[Mm]ål\s|\bav\s|\boch\s)(?:[A-ZÅÄÖ]\.\s?)?[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?\s$")
# A scorer after the running score in a list of goals ("2–2; 1–0 Anna Berg 12', 2–2 Lisa Ek 87'"): the list says
# whose goals they are without the word "mål" (session 46, normalize159).
_SCORE_THEN_SCORER = re.compile(r"(?:^|[:;,]\s*)\d{1,2}\s?[–-]\s?\d{1,2}\s(?:[A-ZÅÄÖ]\.\s?)?[A-ZÅÄÖ][a-zåäöé]+"
                                r"(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?\s$")
# "Sara Ek 9/3", "Lind 7/2": goals and the penalties among them after a scorer's name.
_GOALS = re.compile(r"(?P<name>\b[A-ZÅÄÖ][a-zåäöé]+|\b(?:mål)?skytt(?:en)?) (?P<a>\d{1,2})/(?P<b>\d{1,2})(?P<noun> mål(?![\w]))?(?![\w/]|[.,]\d)")
# A handball line names no goals when it praises its best players ("Handboll: ... Bäst i hemmalaget: Ek 9/3"):
# there a scorer is a name opening a list (after a colon, a comma or "och", a first name between) before his pair.
_HANDBALL = re.compile(r"(?i:handboll)")
_LISTED_NAME = re.compile(r"(?:[:,]\s|\boch\s)(?:[A-ZÅÄÖ][a-zåäöé]+\s)?$")
# "med 0.48 kvar av matchen", "1.12 återstod": a match clock's time left, minutes and seconds.
_TIME_LEFT = re.compile(r"(?<![\w.,:])(?P<m>\d{1,2})[.:](?P<s>[0-5]\d)(?= (?:kvar|återstod|återstår|att spela)\b)")
# "efter mål av Ek 12', Lind 58'": the scorers named in the sentence's prose after "av" (no label's colon, no
# sentence's stop between): each goal's minute is said "i tolfte minuten", as the prose needs it.
_PROSE_SCORERS = re.compile(r"\bav\s[^:;.!?]*$")
# "Mål: 54' Eriksson, 81' Ahmadi; 67' Lund (straff)": a minute opening an item of a goals list, the scorer's
# name after it and the item's end (a comma, a semicolon, a bracket, "och", the sentence's end) after the name.
_SCORER_AFTER = re.compile(r"\s+(?:\([^()\d]{2,12}\)\s+)?(?:[A-ZÅÄÖ]\.\s?)?[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?"
                           r"(?=\s*[,;(]|\s*[.!]?\s*$|\s+(?:och|samt)\s|\s+\d{1,2}\s?[–-]\s?\d{1,2}(?![\d:]|\.\d))")
# (the scorer's name may carry the running score: "Mål: 12' Eriksson 0–1, 58' Olsson 1–1", session 45, normalize152)
# (and the kind of goal in brackets before it: "88' (str.) Karlsson", session 49, normalize177)
# A goal's minute also in a line that names "målet" ("Målet gjordes av Nordin 89'"), for the minutes only (the goals'
# pairs "Ek 9/3" keep the narrower _GOAL_LINE: "målet" alone says less about a results line).
_MINUTE_GOAL_LINE = re.compile(r"(?i:\bmålet\b)")
_GOAL_LINE = re.compile(r"(?i:målskytt|målgörare|\bmål(?:en)?\b|poängplock|\bskytt\b|\bskyttar\b)")  # "Bästa skytt:" too
# "Målskyttar HHC: Lindqvist 12.34 (1–0), Berg 27.02 (2–1)": a goal's time on the match clock after the
# scorer's name in a line about goals, minutes and seconds (before a bracket, a comma, "och" or the end).
_GOAL_TIME = re.compile(r"(?<=[A-ZÅÄÖ][a-zåäöé] )(?P<m>\d{1,2})[.:](?P<s>[0-5]\d)(?=\s?\(|[,;]|\s(?:och|samt)\s|\.?\s*$)"
                        r"|(?<=[a-zåäöé]{2} )(?P<m2>\d{1,2})[.:](?P<s2>[0-5]\d)(?=\s?\()"
                        # "Mål HV71: Lundström (13.45), Ek (28.02)": the time alone in brackets after the scorer
                        r"|(?<=[A-Za-zÅÄÖåäöé][a-zåäöé] \()(?P<m3>\d{1,2})[.:](?P<s3>[0-5]\d)(?=\))")
_NAME_BEFORE = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ $")


# "Erik Holm 196/200", "98/100 på liggande": a result out of a round maximum (RESULT_MAXIMA).
_OUT_OF = re.compile(r"(?<![\w/.,:–-])(?P<a>\d{1,4})/(?P<b>\d{2,4})(?![\w/]|[.,]\d)")


_OUT_OF_HINT = re.compile(r"\d/\d\d")
# In a line of shots, a pair after a name or "varav": made out of tried (the first never the larger).
_SHOTS_AFTER_NAME = re.compile(r"(?<=[a-zåäö] )(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d)")
_FULL_NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+,? $")


def _out_of(m: re.Match[str]) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if b not in RESULT_MAXIMA or not 0 < a <= b or a == b == 50 or next_word(m).lower() in UNITS_AFTER_RESULT:
        return None
    before = prev_words(m, 6, sentence=True)
    if before[-1:] and before[-1] in ROUTE_BEFORE:
        return None  # "linje 100/200": two lines
    near = RESULT_WORDS.intersection(w.strip(":,") for w in (*before, next_word(m).lower()))
    if b < 100 and not near and not _FULL_NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "märks Projektledare 14/25": a reference and its year, not a result
    return f"{cardinal(a)} av {cardinal(b)}" if 2 * a >= b or near else None


# "vann med 6,5/7 p.", "5/7 poäng": points out of the rounds played (chess, bridge, a quiz), a half among them;
# never a fraction of a point.
_POINTS_OUT_OF = re.compile(r"(?<![\w/.,:–-])(?P<a>\d{1,2}(?:,5)?)/(?P<b>\d{1,2})\s?(?P<u>p\.|p|poäng)(?![\w]|\.\w)")


def _points_out_of(m: re.Match[str]) -> str | None:
    if m.group("a") == "1" or float(m.group("a").replace(",", ".")) > int(m.group("b")):
        return None  # "1/2 poäng": half a point
    stop = "." if m.group("u") == "p." and re.match(r"\s*$|\s+[A-ZÅÄÖ]", m.string[m.end():]) else ""
    return f"{say_number(m.group('a'))} av {cardinal(int(m.group('b')))} poäng{stop}"


# "Leksand–Brynäs 2–3 SD.": a match won in sudden death, the note in capitals closing its clause (not "SD"
# the party before a verb: "12–3, SD röstade emot").
_SUDDEN_DEATH = re.compile(r"(?<![\w,.:/–-])(?P<pair>\d{1,3}\s?[–-]\s?\d{1,3}) SD(?=[.,;)]|\s*$)")


# What the second of a scorer's "9/3" counts: "nio varav tre på straff".
PENALTY_GOALS = "på straff"


# A date's signs around a day and month after a name: a street's name before it ("Drottninggatan 14/1"), a clock
# time after it ("14/1 kl. 23.40"); and a line's "mål" that is a court's case ("Mål B 556-25") or an aim ("nästa mål
# är …") says no goals (session 46, normalize159 and normalize164: "fjorton varav ett på straff").
_DATE_AFTER = re.compile(r"\s+(?:kl\.?|klockan)\s|\s+\d{1,2}[.:]\d\d(?!\d)")
_NO_GOAL_MAL = re.compile(r"(?i:\bmål\s+[A-ZÅÄÖ]{1,2}\s?\d|\bmål(?:et)?\s+(?:är|blir|var)\s)")


# "3-poängare 12/31 (38,7 %)", "räddade 28/30 (93,3 %)": a pair whose share the bracket after it gives is hits out
# of attempts, "tolv av trettioett", whatever the words around it (session 46, normalize164: "tolv trettioett").
_PAIR_SHARE = re.compile(r"(?<![\w/.,:])(?P<a>\d{1,3})/(?P<b>\d{1,3})(?=\s?\((?P<p>\d{1,3}(?:,\d{1,2})?)\s?%\))")


# "0/4 fel": a show jumper's faults in the round and in the jump-off, "noll och fyra fel" (session 47, normalize164:
# it was "noll fjärdedel fel").
_FAULTS = re.compile(r"(?<![\w/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?= fel\b)")


def _pair_share(m: re.Match[str]) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if not 0 < b or a > b or abs(100 * a / b - float(m.group("p").replace(",", "."))) > 0.6:
        return None
    return f"{cardinal(a)} av {cardinal(b)}"


def _goals(m: re.Match[str]) -> str | None:
    a, b = int(m.group("a")), int(m.group("b"))
    if b > a:
        return None  # "Ek 3/9": a date
    if b <= 12 and a <= 31 and (m.group("name").lower().endswith(STREET_ENDINGS) or _DATE_AFTER.match(m.string, m.end())
                                or (_NO_GOAL_MAL.search(m.string) and len(_GOAL_LINE.findall(m.string)) < 2)):
        return None  # "på Drottninggatan 14/1 kl. 23.40", "nästa mål är Kriteriet 28/9": a date
    if not _GOAL_LINE.search(m.string) and not (
            _HANDBALL.search(m.string) and _LISTED_NAME.search(m.string, max(0, m.start() - 20), m.start())):
        return None  # a line with no goals, not a handball line's list of players
    if m.group("noun"):  # "Nils Sjö 9/3 mål": the noun after the pair counts the first, "nio mål, varav tre på straff"
        return f"{m.group('name')} {cardinal(a)} mål, varav {cardinal(b)} {PENALTY_GOALS}"
    return f"{m.group('name')} {cardinal(a)} varav {cardinal(b)} {PENALTY_GOALS}"


def _time_left(m: re.Match[str]) -> str:
    """ "0.48 kvar" -> "fyrtioåtta sekunder", "2.05 kvar" -> "två minuter och fem sekunder": the clock's minutes and
    seconds named (session 37: so the writers of normalize118 and normalize119 said "med 1.12 kvar", "med 1.48 kvar",
    as every writer says a race's time; it was the compact "en fyrtioåtta")."""
    from .racing import gap_said  # racing's reading of a gap, the same minutes and seconds

    return gap_said(int(m.group("m")), int(m.group("s"))) or "noll sekunder"


def _goal_time(m: re.Match[str]) -> str | None:
    """ "Berg 27.02 (2–1)" -> "tjugosju noll två": the clock's minutes and seconds (a name right before,
    or any word before a bracket with the score); alone in brackets after the scorer's name, "Ek (28.02)" (session
    49, normalize179: it was left to the last digits' reading, "tjugoåtta två", and a clock time)."""
    if m.group("m3") is not None:
        minutes, sec = m.group("m3"), m.group("s3")
        if not _NAME_BEFORE.search(m.string, max(0, m.start() - 32), m.start() - 1):
            return None  # "(28.02)" after a scorer's name, not after any word ("möte (13.45)")
    elif m.group("m") is None:
        minutes, sec = m.group("m2"), m.group("s2")
    else:
        minutes, sec = m.group("m"), m.group("s")
        if not _NAME_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
            return None
    said = cardinal(int(sec)) if sec[0] != "0" else "noll " + cardinal(int(sec))
    return f"{cardinal(int(minutes), 'en')} {said}"


def _minute(m: re.Match[str]) -> str | None:
    n = int(m.group("n"))
    goal_line = _GOAL_LINE.search(m.string) or _MINUTE_GOAL_LINE.search(m.string)
    if n <= 130 and ((goal_line and _SCORER_BEFORE.search(m.string, max(0, m.start() - 30), m.start()))
                     or _SCORE_THEN_SCORER.search(m.string, max(0, m.start() - 40), m.start())):
        extra = f" plus {cardinal(int(m.group('x')))}" if m.group("x") else ""  # "Berg 90+2'": stoppage time
        at = "i " if _PROSE_SCORERS.search(m.string, max(0, m.start() - 120), m.start()) else ""
        return f"{at}{ordinal(n)} minuten{extra}"  # "mål: Karim 12'": the goal in the twelfth minute; "mål av Ek 12'": "i"
    head = m.string[: m.start()].rstrip()
    if (n <= 130 and (not head or head.endswith((":", ",", ";", " och"))) and _SCORER_AFTER.match(m.string, m.end())
            and goal_line):
        extra = f" plus {cardinal(int(m.group('x')))}" if m.group("x") else ""
        return f"{ordinal(n)} minuten{extra}"  # "Mål: 54' Eriksson, 81' Ahmadi": the minute before its scorer
    if n > 130 or not _MINUTE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "80' hits": no match's minute
    extra = f" plus {cardinal(int(m.group('x')))}" if m.group("x") else ""
    word = "Minut" if not head or head.endswith((".", "!", "?")) else "minut"
    pause = ":" if re.match(r"\s+[A-ZÅÄÖ\d]", m.string[m.end():]) else ""  # "67' Gult kort": a pause before the event
    return f"{word} {cardinal(n)}{extra}{pause}"


def match_minutes(text: str, trace: Trace | None = None) -> str:
    """A match minute marked with an apostrophe is the minute: "67' Gult kort på Mendes" ->
    "Minut sextiosju: Gult kort på Mendes", "45+2'" -> "minut fyrtiofem plus två" (class "minute";
    opening a line or a sentence, or after a word of time, "i 88'"). After a scorer's name in a line
    about goals it is the goal's minute, an ordinal: "mål: Karim 12', Ek 78'" -> "Karim tolfte
    minuten, Ek sjuttioåttonde minuten" (it was left "Karim tolv"); so after the running score of a goals list
    without the word ("1–0 Anna Berg 12'", session 46); after "av" ("mål av", "gjordes av") or "och" too, and
    stoppage time alike in the list, "Berg 90+2'" -> "nittionde minuten plus två" (session 16, N5). In prose, the
    scorers named after "av" with no label's colon or sentence's stop between ("efter mål av Ek 12', Lind 58'"),
    the minute takes "i": "Ek i tolfte minuten" (session 20, N19: independent writers of three sets; a label list
    "mål: Karim 12'" keeps "Karim tolfte minuten"). A minute opening a goals list's item with its scorer after it,
    "Mål: 54' Eriksson, 81' Ahmadi; 67' Lund (straff)" -> "femtiofjärde minuten Eriksson, åttioförsta minuten
    Ahmadi; ..." (it was "minut femtiofyra: Eriksson" and, after a comma, "åttioett Ahmadi"). Called by ``cleanup.clean``.

    Risk: an "av" earlier in the clause that names no scorer ("en av favoriterna, Ek 12'") adds an "i" that
    reads well anyway; a capitalised event word alone after a ticker's minute in a line that says "mål"
    ("Mål: 67' Straff") is read as a scorer. A name before a height in feet in a line that speaks of goals is read as a minute; a number of feet written alone with its mark there ("6'") is read as a minute."""
    if "'" not in text and "’" not in text:
        return text
    return sub(_MINUTE, _minute, text, trace, "minute")


_PENALTY_MINUTES = re.compile(
    rf"(?i)(?<!\w)(?P<w>{'|'.join(re.escape(w) for w in PENALTY_LABELS)})(?P<sep>:?\s*)(?P<a>\d{{1,3}})\s?[–-]\s?"
    r"(?P<b>\d{1,3})\s?(?:min|minuter)\b")


# "T3) Johan Ek och Leo Berg −5", "T10 Lisa Holm": a golfer's placing shared with others (tied) in a results
# list, said "delad trea"; only in a line of a golf result (a placing before it, a score to par, "golf").
_TIED = re.compile(r"(?<![\w-])T(?P<n>\d{1,2})\)?(?=\s+[A-ZÅÄÖ][a-zåäöé]+)"  # "T3) Johan Ek"
                   r"|(?:(?<=slutade )|(?<=blev )|(?<=kom )|(?<=är )|(?<=ligger )|(?<=låg )|delad )"  # "är T12 efter 3
                   r"T(?P<p>\d{1,2})(?![\w])")  # ronder" (session 59), "slutade T4 med 278 slag"
_TIED_HINT = re.compile(r"(?<![\w-])T\d{1,2}(?:\)?\s+[A-ZÅÄÖ]|(?![\w]))")
# (a golf club's "GK", a golfer's rounds "71-70-68": a line about golf too, session 57, normalize336)
_TIED_LINE = re.compile(r"(?i:golf|\bpar\b|slag)|\bGK\b|\b[6-8]\d[–-][6-8]\d[–-][6-8]\d\b|(?:^|[\s,])\d{1,2}[.)]\s+[A-ZÅÄÖ].*[−-]\d")


def sport_notes(text: str, trace: Trace | None = None) -> str:
    """A pair "a/b" right after a capitalised name in a line about goals ("Bästa målskytt: Sara
    Ek 9/3") is the goals and the penalties among them, "nio varav tre på straff" (class "score"; the second
    never larger; "på straff" says what the second counts, "nio varav tre" alone left the listener asking). A match clock's time before "kvar", "återstod" is minutes and seconds: "med
    0.48 kvar" -> "fyrtioåtta sekunder kvar" (it was the clock time "noll och fyrtioåtta"; session 37: named). So is a
    goal's time after the scorer's name in a line about goals: "Målskyttar: Ek 12.34 (1–0), Berg
    27.02 (2–1)" -> "tolv trettiofyra", "tjugosju noll två" (were a clock time and "tjugosju två").
    A pair closing its clause with "SD" was won in sudden death: "2–3 SD." -> "2–3 efter sudden death".
    Penalty minutes after their label are the two teams' ("Utvisningar: 6–10 min" -> "sex mot tio
    minuter", PENALTY_LABELS). A result out of a round maximum is "av": "Erik Holm 196/200" -> "hundranittiosex av tvåhundra"
    (was "två noll noll"; RESULT_MAXIMA, at least half the maximum or a word of points near). A
    golfer's tied placing is "delad": "T3) Johan Ek" -> "delad trea Johan Ek" (in a line of golf:
    the word, "par", "slag", or a placed list with scores to par; it was "te tre)"). Points out of the rounds
    played, a half among them, are "av": "vann med 6,5/7 p." -> "sex komma fem av sju poäng" (it was "sex
    komma fem sju p"; "6/7 p" was a fraction of a point, "sex sjundels poäng"). A line's "Bästa skytt:" is one
    about goals too, and so is a handball line for a name listed after a colon, a comma or "och" ("Handboll: ...
    Bäst i hemmalaget: Ek 9/3", session 21). A day and month after a street's name or before a clock time, or in
    a line whose "mål" is a court's case or an aim, is a date (session 46: "Drottninggatan 14/1 kl. 23.40"). A pair
    whose share a bracket gives right after it is hits out of attempts: "12/31 (38,7 %)" -> "tolv av trettioett" (a
    pair after "resp." and one read so is read so too, by the slash rule: ``parts._resp_partner``).

    Risk: a date after a name in a line that says "mål" or "målskytt" is read as goals, as is one after a
    listed name in a handball line ("Handboll: Finalen spelas i Malmö och Lund 9/3"); a clock
    time before "kvar" ("bussen 8.15 kvar i tidtabellen") as a match clock; a clock time after a
    name in a line about goals ("Mål: träning med Ek 18.30, ...") as a goal's time.
    """
    if "tv" in text and "min" in text:  # "Utvisningar: 6–10 min": the two teams' penalty minutes, "sex mot tio"
        text = sub(_PENALTY_MINUTES, lambda m: f"{m.group('w')}{m.group('sep')}{cardinal(int(m.group('a')))} mot "
                   f"{cardinal(int(m.group('b')))} minuter", text, trace, "score")
    if "kvar" in text or "återst" in text or "att spela" in text:
        text = sub(_TIME_LEFT, _time_left, text, trace, "race time")
    if "ål" in text and ("." in text or ":" in text) and _GOAL_LINE.search(text):
        text = sub(_GOAL_TIME, _goal_time, text, trace, "race time")
    if " SD" in text:
        text = sub(_SUDDEN_DEATH, lambda m: m.group("pair") + " efter sudden death", text, trace, "score")
    if "/" in text and "%)" in text:  # "12/31 (38,7 %)": hits out of attempts, the bracket's share says so
        text = sub(_PAIR_SHARE, _pair_share, text, trace, "score")
    if "/" in text and " fel" in text:
        text = sub(_FAULTS, lambda m: f"{cardinal(int(m.group('a')))} och {cardinal(int(m.group('b')))}", text, trace,
                   "score")
    if "/" in text and ("ål" in text or "skytt" in text or "andboll" in text):
        text = sub(_GOALS, _goals, text, trace, "score")
    if "/" in text and (" p" in text or "poäng" in text):
        text = sub(_POINTS_OUT_OF, _points_out_of, text, trace, "score")
    if "/" in text and _OUT_OF_HINT.search(text):
        text = sub(_OUT_OF, _out_of, text, trace, "score")
    if "/" in text and SHOT_LINE_LABEL.match(text):  # "Skottstatistik: Anna Lagerquist 6/7 (86 %), …" (session 61)
        text = sub(_SHOTS_AFTER_NAME, lambda m: None if int(m.group("a")) > int(m.group("b")) else
                   f"{cardinal(int(m.group('a')))} av {cardinal(int(m.group('b')))}", text, trace, "score")
    if "T" in text and _TIED_HINT.search(text) and _TIED_LINE.search(text):
        text = sub(_TIED, lambda m: "delad " + number_noun(int(m.group("n") or m.group("p")), definite=False), text,
                   trace, "placing")
    return text
