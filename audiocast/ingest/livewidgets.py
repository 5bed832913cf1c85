"""Live data widgets set beside the article in a page dump: current weather, road conditions, measured values,
prices, departures, a league table, and the standing furniture of radio, TV and live-blog pages.

A news site sets widgets of current data beside its articles ("Väder i Kiruna" / "Nu: −17 °C" / "Klart, svag vind";
"Väglag just nu" / "Rv 40 …: Halka" / "Källa: Trafikverket"; "Badtemperaturer i dag" / "Vänern, Framnäs: 22 °C" /
"Mätt kl. 13.00 av …"; "Avgångar från … station" / a departure board's cells). A dump glues them above, between or
under the article's paragraphs, and read aloud they are nothing of the article. On any site such a widget is told by
its shape (the tables of :mod:`.data.live_words`):

- its **heading**: a short line without a stop or colon naming a kind of live data (weather, road conditions, temperatures,
  a forecast, prices, departures, a table: :data:`.data.live_words.LIVE_HEAD`);
- under it, a run of **data lines**, none a menu's (a menu's items are no cells): "label: value" lines (a short
  value), lines carrying a measured value with its unit, a clock time or a table row's figures, values said in words
  ("Mycket höga halter", "I tid"), or a table's bare cells (one to :data:`CELL_WORDS` words, or a list of such parts:
  "Lätt snöfall, måttlig vind"); at least :data:`MIN_DATA` of them, or one closed by a closing line;
- its **closing** lines: the source, the time of measurement, the widget's last link ("Källa: …", "Mätt kl. …",
  "Prognosen gäller …", "Rapportera ett pris": :data:`.data.live_words.CLOSING`);
- its **place**: beside the article's prose, never inside a paragraph; a widget between two paragraphs of running
  prose is cut out before the body is read, so the article goes on under it; over the article its lines are tagged
  ``drop`` where they stand (never a headline); under the article the passes of the page's tail already take it, and
  :func:`late_live_tags` drops what they kept.

A radio, TV or live-blog page's standing furniture lines ("Nu spelas: …", "Trafikflash 07.42: …", "▶ Lyssna på
inslaget (3:12)", "Köp matchpass 79 kr", "Automatisk uppdatering: På") are cut out wherever they stand
(:data:`.data.live_words.FURNITURE`, whole lines only).

Guard: a fact box of the article's own (the values the article discusses, "Så har elpriset ändrats" / "Januari: 1,20
kr/kWh") stays: its heading names no kind of live data, or neither it nor its lines say the data is current (a word
of now, a source or time line; :func:`_current`), or its values stand in the article's prose too
(:func:`_discussed`), or the labels of its data lines do ("Vind 14 m/s" under an article about a storm warning).
Under the article's last paragraph the lead is no longer in sight: a box whose figures only the
lead repeats goes there. Risk: an article's own table of today's measured values under a heading such as
"Badtemperaturer i dag" whose figures the prose does not repeat goes; a short subheading naming the weather over
one "label: value" line and a source line would go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from .data.live_words import CLOSING, CURRENT_KIND, FURNITURE, LEVEL, LIVE_HEAD, MATCH_ROW, MATCH_STATUS, NOW, VALUE
from .furniture import TaggedLine, page_tail
from .headcounters import without_lines
from .lineshape import is_title_like, words

RULE = "live-widget"
HEAD_WORDS = 7
"""A widget's heading has at most this many words."""
DATA_WORDS = 10
"""A data line has at most this many words."""
VALUE_WORDS = 5
"""A "label: value" line without a figure has at most this many words after its colon (a headline "Veckans husdjur:
Sixten, 9, vaktar hönsen" has more)."""
CELL_WORDS = 3
"""A table's bare cell has at most this many words."""
MIN_DATA = 2
"""A widget without a closing line has at least this many data lines."""
MAX_CLOSING = 3
"""A widget has at most this many closing lines."""
FURNITURE_WORDS = 25
PROSE_WORDS = 10
"""A paragraph of running prose has at least this many words."""
BYLINE_WORDS = 4
"""A writer's name over the head's date line, not yet tagged, is at most this many words."""
BELOW = 3
"""Lines under a widget searched for the article's going on."""

L = TypeVar("L", bound=TaggedLine)
_LABEL = re.compile(r"^[^:.!?]{1,48}:\s+\S.{0,80}$")
_FIGURE = re.compile(r"[−–-]?\d+(?:[,.]\d+)?")
_MODEL_RULE = "model"
"""The rule of a line the classifier dropped."""
_WEEKDAYS = frozenset({"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"})


def _t(x: TaggedLine) -> str:
    return x.text.strip()


def _prose(x: TaggedLine) -> bool:
    t = _t(x)
    return words(t) >= PROSE_WORDS and not is_title_like(t) and x.tag in (None, "body")


def _heading(x: TaggedLine) -> bool:
    """A short line naming a kind of live data ("Väglag just nu"), or a kind named before a colon over what it shows
    ("Trafikkamera: Rv 40 vid …", a camera's picture)."""
    t = _t(x)
    if not 0 < words(t) <= HEAD_WORDS or t[-1:] in ".!?:,":
        return False
    if _LABEL.match(t):  # never a data line's "Vägtemperatur: −4 °C"
        kind, shown = t.split(":", 1)
        if NOW.fullmatch(kind.strip()):  # "LIVE: Kommunvalet i Falun": the word of now, then the kind
            return bool(LIVE_HEAD.search(shown))
        return bool(LIVE_HEAD.fullmatch(kind.strip())) and not VALUE.search(shown)
    return bool(LIVE_HEAD.search(t))


def _closing(x: TaggedLine) -> bool:
    t = _t(x)
    return 0 < words(t) <= 20 and bool(CLOSING.search(t))


def _data(x: TaggedLine) -> bool:
    t = _t(x)
    n = words(t)
    if x.tag not in (None, "drop") or not 0 < n <= DATA_WORDS or _closing(x) or t.endswith((".", "!", "?")):
        return False
    if VALUE.search(t) or LEVEL.match(t):
        return True
    if _LABEL.match(t):
        return words(t.split(":", 1)[1]) <= VALUE_WORDS
    cells = [c for c in t.split(",") if c.strip()]
    return t[-1:] not in ":" and (
        n <= CELL_WORDS or (len(cells) > 1 and all(words(c) <= CELL_WORDS for c in cells)))


def _subhead(x: TaggedLine) -> bool:
    t = _t(x)
    return x.tag is None and 0 < words(t) <= HEAD_WORDS + 1 and t[-1:] not in ".!?:," and not _data(x)


def _header(lines: Sequence[TaggedLine], k: int) -> bool:
    """lines[k] says what the data under it is of: a subheading or a table's header over a data line."""
    return k + 1 < len(lines) and _subhead(lines[k]) and _data(lines[k + 1])


def _rows_under(lines: Sequence[TaggedLine], k: int) -> bool:
    """Data rows start at lines[k], perhaps under their table's header."""
    return k < len(lines) and (_data(lines[k]) or _header(lines, k))


def _span(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a widget whose heading is lines[k] (module docstring), or 0."""
    end, data, valued, closing = k + 1, 0, 0, 0
    while end < len(lines) and closing < MAX_CLOSING and _closing(lines[end]):  # "Uppdateras automatiskt" under it
        closing += 1
        end += 1
    if _header(lines, end):
        end += 1  # what the data is of, under the heading ("Klass 14 – 1,30 m Bedömning A:0" under "Live resultat")
    while end < len(lines) and not _prose(lines[end]) and (_data(lines[end]) or (
            data and closing < MAX_CLOSING and _closing(lines[end]) and _rows_under(lines, end + 1))):
        if _closing(lines[end]):  # its update time between its rows ("Senast uppdaterad 23.38")
            closing += 1
            end += 1
            if _header(lines, end):
                end += 1  # and the table's header under it ("Parti – Andel – Förändring")
            continue
        data += 1
        valued += bool(VALUE.search(_t(lines[end])) or _LABEL.match(_t(lines[end])) or LEVEL.match(_t(lines[end])))
        end += 1
    while end < len(lines) and closing < 2 * MAX_CLOSING and _closing(lines[end]):
        closing += 1
        end += 1
    if not data and closing >= MIN_DATA:
        return end  # a camera's picture: its heading over its update time and its source, nothing to read between
    if not valued or (data < MIN_DATA and not closing):
        return 0
    return end


def _labels(box: Sequence[TaggedLine]) -> set[str]:
    """The labels of a box's data lines: the first word of a line with a figure or a colon ("Vind 14 m/s",
    "Björk: Mycket höga halter"), lowercased, of four letters or more, no weekday."""
    out = set()
    for x in box:
        t = _t(x)
        first = t.split(maxsplit=1)[0].rstrip(":,").lower() if t else ""
        if (":" in t or _FIGURE.search(t)) and len(first) >= 4 and first.isalpha() and first not in _WEEKDAYS:
            out.add(first)
    return out


def _value(t: str) -> str:
    """What a data line says of its label: the part after a "label: value" line's colon, or the whole line (a road's
    number in "Rv 40 Landvetter: Halka" names the row, it is no value)."""
    return t.split(":", 1)[1] if _LABEL.match(t) else t


def _discussed(lines: Sequence[TaggedLine], start: int, end: int) -> bool:
    """The widget's values or its data's labels stand in the article's prose too: a fact box of the article's own,
    or a widget under an article about the weather ("Vind 14 m/s" under "… varnar för kraftig vind").

    Its values count when at least half of them stand in the prose (one coinciding, "26 °C" in a table of bathing
    places beside "över 26 grader" in the text, is chance). Its labels count only for a box without a feed's closing
    line: a widget that gives its source or its update time ("Källa: Trafikverket", "Priserna rapporteras av läsare")
    is the site's, whatever the article speaks of ("Bensin 95: 17,39 kr/l" under an article on a petrol station)."""
    box = lines[start + 1:end]
    figures = {f for x in box if not _closing(x) for f in _FIGURE.findall(_value(_t(x))) if len(f.strip("−–-")) >= 2}
    prose = " ".join(_t(x) for i, x in enumerate(lines) if (i < start or i >= end) and _prose(x))
    found = [f for f in figures if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", prose)]
    if figures and 2 * len(found) >= len(figures):
        return True
    if any(_closing(x) for x in box):
        return False
    return bool(found) or any(re.search(r"(?i)\b" + re.escape(w) + r"\w{0,2}\b", prose) for w in _labels(box))


def _current(box: Sequence[TaggedLine]) -> bool:
    """The widget says its data is current: a word of now in its heading or a label ("Nu: −17 °C", "I kväll: …"), a
    closing line (its source or time), or, for a kind of data current by itself (a forecast, a departure board, a
    table: :data:`.data.live_words.CURRENT_KIND`), more data lines than a subheading over a sentence or two has."""
    return any(NOW.search(_t(x)) or _closing(x) for x in box) or (
        len(box) > MIN_DATA + 1 and bool(CURRENT_KIND.search(_t(box[0]))))


SCOREBOARD_ROWS = 2
"""A scoreboard shows at least this many matches."""
_BOARD_RULES = frozenset({"number-only", "separator", "live-furniture", "results-link"})
"""The rules of a scoreboard's parts a rule took: its scores split on lines ("1", "–", "1"), "Uppdateras automatiskt"."""


def _scoreboard(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a scoreboard opening at lines[k], or 0: matches each on its row (:data:`MATCH_ROW`, at least
    :data:`SCOREBOARD_ROWS`) with their status under them (:data:`MATCH_STATUS`: "Slut", "P3 04:11", "19.30"), a
    status under one of them at least. No heading needed: the rows and their clocks are the widget on any site
    (session 33, extract127: a paper's hockey scores between the paragraphs of its match report). The article's own
    result line ("Tierp HK – Orsa IK 4–2 (0–2, 3–0, 1–0)" over its scorers) is one match without a status: it stays."""
    if not MATCH_ROW.fullmatch(_t(lines[k])):
        return 0
    end, rows, status = k, 0, 0
    while end < len(lines) and (end == k or not lines[end].blank_before):
        x, t = lines[end], _t(lines[end])
        if x.tag in (None, "drop", "body") and words(t) <= DATA_WORDS and MATCH_ROW.fullmatch(t):
            rows += 1
        elif _board_part(x):
            status += x.rule not in _BOARD_RULES
        else:
            break
        end += 1
    return end if rows >= SCOREBOARD_ROWS and status else 0


def _board_part(x: TaggedLine) -> bool:
    return x.rule in _BOARD_RULES or (x.tag in (None, "drop", "body") and words(_t(x)) <= 16 and bool(
        MATCH_STATUS.fullmatch(_t(x))))


def _board_head(x: TaggedLine) -> bool:
    t = _t(x)
    return x.tag in (None, "drop", "body", "menu") and 0 < words(t) <= HEAD_WORDS and t[-1:] not in ".!?" and (
        _heading(x) or bool(NOW.search(t)))


HEAD_META = frozenset({"byline", "date", "published", "updated"})
"""The tags of the head's byline and date lines, which stand under the lead of a page whose head is below a widget."""


def _head_below(lines: Sequence[TaggedLine], k: int, end: int) -> bool:
    """The widget's last line is the article's headline: the widget stands over the article (no prose above it), the
    lead is glued under that line and the head's byline or date line under the lead (session 36, extract151: a sports
    desk's widget, "Resultat & tabeller" / "Hockeyettan" / "Live", over a live report headlined "Just nu: Forsbacka
    IK – Ludvika HC", took the headline for a row of its data)."""
    if end - k < 3 or end + 1 >= len(lines) or not _prose(lines[end]) or not is_title_like(_t(lines[end - 1])):
        return False
    return any(x.tag in HEAD_META for x in lines[end + 1:end + 3]) and not any(_prose(x) for x in lines[:k])


def live_widget_spans(lines: Sequence[TaggedLine]) -> list[tuple[int, int]]:
    """The (start, end) of each live data widget of the page (module docstring), the article's own fact boxes left;
    a scoreboard without a heading too (:func:`_scoreboard`)."""
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if board := _scoreboard(lines, k):
            start = k  # a match's start time or status may stand over its row ("19.00" / "Tierp HK – Orsa IK 4–2")
            while start > (spans[-1][1] if spans else 0) and not lines[start].blank_before and _board_part(lines[start - 1]):
                start -= 1
            if start > 0 and not lines[start].blank_before and _board_head(lines[start - 1]):
                start -= 1  # its heading ("Live: Matcherna i Hockeyettan just nu")
            spans.append((start, board))
            k = board
            continue
        end = _span(lines, k) if _heading(lines[k]) and (lines[k].tag in (None, "body", "menu") or (
            lines[k].rule == _MODEL_RULE)) else 0  # (a heading the classifier dropped still heads its rows)
        if end and _head_below(lines, k, end):
            end -= 1  # its last "data" line is the article's headline over the lead
        if end and _current(lines[k:end]) and not _discussed(lines, k, end):
            spans.append((k, end))
            k = end
        else:
            k += 1
    return spans


def _furniture(x: TaggedLine) -> bool:
    t = _t(x)
    return 0 < words(t) <= FURNITURE_WORDS and bool(FURNITURE.fullmatch(t))


def _goes_on(lines: Sequence[TaggedLine], start: int, end: int) -> bool:
    """Running prose over the widget (the head's byline, date and share row between, session 43, extract218: an
    election count under the head's "Dela" / "Lyssna") and under it: the widget stands between two paragraphs."""
    above = start - 1
    while above >= 0 and (lines[above].tag not in (None, "body") or (
            words(_t(lines[above])) <= BYLINE_WORDS and _t(lines[above])[-1:] not in ".!?")):
        above -= 1  # the head's tagged lines, and the writer's name no rule has tagged yet
    return above >= 0 and _prose(lines[above]) and any(_prose(x) for x in lines[end:end + BELOW])


def without_live_widgets(lines: list[L]) -> list[L]:
    """The page without its live widgets between the article's paragraphs and without the standing furniture lines of
    radio, TV and live-blog pages; a widget over the article tagged ``drop`` where it stands (module docstring)."""
    furniture = {i for i, x in enumerate(lines) if _furniture(x)}
    first_prose = next((i for i, x in enumerate(lines) if _prose(x) and i not in furniture), len(lines))
    # over the page's first paragraph a furniture line is cut ("Nu spelas: …" over the head: never the headline);
    # below it, left to the late pass: the head's layout under a lead (byline, date, a programme's note, the
    # player's line over the text) must stay as the page has it while the headline is chosen
    cut = {i for i in furniture if i < first_prose}
    for start, end in live_widget_spans(lines):
        if _goes_on(lines, start, end):
            cut.update(range(start, end))
        elif end <= first_prose:
            _drop(lines[start:end])
    return without_lines(lines, cut) if cut else lines


def _drop(lines: Sequence[TaggedLine]) -> None:
    for x in lines:
        if x.tag is None or x.tag in ("menu", "body"):
            x.tag, x.rule = "drop", RULE


def late_live_tags(lines: Sequence[TaggedLine]) -> None:
    """Once the page's passes are done: the furniture lines left under the page's first paragraph and the lines of a live widget
    under the article's last paragraph that they kept go. One between the paragraphs is left: :func:`without_live_widgets` saw the whole page (the lead too, which these
    lines lack) and kept it as the article's own."""
    _drop([x for x in lines if _furniture(x)])  # the furniture lines under the page's first paragraph
    # the article's last paragraph: prose under the line where the article stops ("Fler nyheter", the footer) is the
    # page's (a teaser's text, a reserve's rules), and a widget over it is under the article (session 33, extract122)
    last = max((i for i, x in enumerate(lines[:page_tail(lines)]) if _prose(x)), default=-1)
    for start, end in live_widget_spans(lines):
        if start > last:
            _drop(lines[start:end])
