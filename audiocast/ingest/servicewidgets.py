"""The service widgets of organisation and municipal sites, told by the shape of their lines whatever they say.

An association's, a municipality's or a small local paper's page sets its standing widgets beside the article, and a
dump (the page's select-all + copy) glues them above, between or under the article's paragraphs. Each is told by the
shape of its lines (the tables of :mod:`.data.widget_words`), never by one site's words:

- a **map**: its title ("Karta: …", "Karta över …") or the consent it waits for ("Kartan visas inte. Godkänn kakor …
  för att se kartan."), its controls ("Zoom +", "−", "Zooma ut"), its legend (short noun phrases, two or more, or one
  closed by another map line) and its last link ("Visa större karta"): :func:`_map`;
- an **opening-hours box**: a heading ("Öppettider") over weekday lines ("Måndag–fredag: 11–18", "Söndag: Stängt"),
  with the box's closure notice and its service hours ("Butiken stängd 15–28 februari", "Telefontid: …"); weekday
  lines under another heading are the article's own ("Skjuttider vecka 48–49" over its days): :func:`_hours`;
- a **contact box**: "Kontakta <unit>" (or "Kontakt", "Har du frågor?") right over a field ("Telefon: …", "E-post:
  …", a bare number or address, "Boka ett personligt möte …"): :func:`_contact`;
- a **table of contents**: "Innehåll" (or "På den här sidan") over two lines and more that stand again further down
  the page as the article's own subheadings; the list goes, the subheadings stay: :func:`_contents`;
- a **poll with its results**: a question over two options and more with their percentages ("Ek – 22 %") and, under
  them, a count of votes; the heading over the question ("Tyck till") with it: :func:`_poll`;
- a **list of documents**: "Dokument" (or "Handlingar", "Bilagor") over document titles as download links show them
  (a file name, "(pdf, 245 kB)"), or two such titles and more without a heading: :func:`_documents`;
- **single lines**: a news ticker ("+++ … +++"); a weather widget over the article ("<Place> just nu: −11 °C, lätt
  snöfall"), which is never the headline; a call to the site's app ("… i appen X – ladda ner den i App Store eller
  Google Play": a store's name and the reader addressed); a reader-funding pitch ("… finansieras av läsare …
  Swisha valfritt belopp till …": a payment and the site's journalism to fund) (:func:`_single`).

A widget between two paragraphs of running prose is cut out of the page before the body is read
(:func:`without_service_widgets`), so the article goes on under it (in a dump without blank lines the passes that tell
the page's tail took the box for the tail's start, and the article's paragraphs under it were lost); over the article
its lines are tagged ``drop`` where they stand (no headline); under the article, they are left to the passes that tell
the page's tail and tagged ``drop`` last, where those kept them (:func:`late_widget_tags`): cut out there, a shop's
hours box would no more open the box its address is in. Guards: lines announced by the article (under a line ending
in ':', "De nya öppettiderna blir:") are the article's own list and stay; a quote (a line opened by a dash or a quotation mark) or a line with a verb of saying
stays; an hours box whose heading names a schedule the article's head names ("Öppettider från 1 maj" under "Nya
öppettider … från 1 maj") is the article's (:func:`_named_by_head`). Risks: an article's own list of opening hours
under a bare subheading "Öppettider" goes; a legend's two short
lines could be two subheadings in a row under a map. In an article about an app (its headline or lead names one) the
line on where the app is found is the article's (:func:`_about_app`); in another article about an app whose headline
and lead do not name it, that line goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from .bodywidgets import control_widget_tags, without_body_widgets
from .buttonlabels import button_label_tags
from .charts import chart_tags
from .chromeruns import without_chrome_runs
from .contactclose import closing_contact_tags
from .data.widget_words import (
    APP_CALL,
    APP_STORE,
    CLOSED_NOTICE,
    CONTACT_FIELD,
    CONTACT_HEAD,
    DOC_HEAD,
    DOC_LINE,
    HOURS_HEAD,
    HOURS_LINE,
    LABELLED_HOURS,
    MAP_CONSENT_WORDS,
    MAP_FOOT,
    MAP_HEAD,
    MAP_WORD,
    PCT_OPTION,
    POLL_HEAD,
    READER_FUNDING,
    SWISH,
    TICKER_MARK,
    TOC_HEAD,
    VOTES,
    WEATHER,
    ZOOM,
)
from .datasheets import data_sheet_tags
from .foreignlines import foreign_line_tags
from .furniture import TaggedLine
from .headcounters import without_lines
from .headsummary import without_head_summary
from .hints import Hints
from .lineshape import content_words, is_title_like, words
from .livewidgets import late_live_tags, without_live_widgets
from .nextmeeting import next_meeting_tags
from .pagerepeats import repeated_line_tags
from .picturelines import counter_caption_tags
from .sectioncaptions import section_caption_tags
from .sharequotes import share_quote_tags

RULE = "service-widget"
OWN_HOURS = "own-hours"
"""The rule of an hours box's lines that are the article's own schedule (:func:`_named_by_head`), kept."""
OWN_APP = "own-app"
"""The rule of a line on where an app is found in an article about the app (:func:`_about_app`), kept."""
HEAD_WORDS = 6
"""A widget's heading has at most this many words."""
LEGEND_WORDS = 4
"""A map legend's item has at most this many words."""
LEGEND_ITEMS = 8
TOC_ITEMS = 15
"""A contents list has at most this many items."""
TOC_ITEM_WORDS = 12
QUESTION_WORDS = 18
CALL_WORDS = 45
"""A single line's call (the app's, the funding pitch) has at most this many words."""
PROSE_WORDS = 10
"""A paragraph of running prose has at least this many words."""
_SAYING = re.compile(r"(?i)\b(?:säger|sa|sade|berättar|menar|förklarar|konstaterar|enligt)\b")
_QUOTE_OPEN = "–—-\"”“»«'’"

L = TypeVar("L", bound=TaggedLine)


def _t(x: TaggedLine) -> str:
    return x.text.strip()


def _short(text: str, n: int = HEAD_WORDS) -> bool:
    return 0 < words(text) <= n and text[-1:] not in ".!"


def _prose(x: TaggedLine) -> bool:
    t = _t(x)
    return words(t) >= PROSE_WORDS and not is_title_like(t) and x.tag is None


def _announced(lines: Sequence[TaggedLine], k: int) -> bool:
    """lines[k] is announced by the article: the line over it is a sentence ending in ':'."""
    return k >= 1 and _t(lines[k - 1]).endswith(":") and words(_t(lines[k - 1])) >= 4


def _hours_line(text: str) -> bool:
    return words(text) <= 12 and bool(HOURS_LINE.fullmatch(text) or LABELLED_HOURS.fullmatch(text))


def _hours(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after an opening-hours box starting at lines[k], or 0; the box's closure notice may stand over its
    heading ("Butiken stängd 15–28 februari" / "Öppettider från 1 mars" / its weekday lines)."""
    head = HOURS_HEAD.fullmatch(_t(lines[k])) is not None and words(_t(lines[k])) <= HEAD_WORDS
    if not head and k + 1 < len(lines) and words(_t(lines[k])) <= 8 and CLOSED_NOTICE.fullmatch(_t(lines[k])):
        return _hours(lines, k + 1) if HOURS_HEAD.fullmatch(_t(lines[k + 1])) and not _announced(lines, k) else 0
    if _announced(lines, k):
        return 0
    j = k + 1 if head else k
    n = 0
    while j < len(lines) and (_hours_line(_t(lines[j])) or (n and words(_t(lines[j])) <= 8 and CLOSED_NOTICE.fullmatch(
            _t(lines[j])))):
        n += _hours_line(_t(lines[j]))
        j += 1
    return j if head and n else 0


def _map_line(text: str) -> bool:
    if words(text) <= 16 and (MAP_FOOT.fullmatch(text) or (MAP_HEAD.fullmatch(text) and text[-1:] not in ".!?")):
        return True  # a title, never a sentence ("Kartan med de nya vägarna finns på webbplatsen." is the article's)
    return words(text) <= 25 and MAP_WORD.search(text) is not None and MAP_CONSENT_WORDS.search(text) is not None


def _zoom(text: str) -> bool:
    return words(text) <= 3 and ZOOM.fullmatch(text) is not None


def _legend(text: str) -> bool:
    return (_short(text, LEGEND_WORDS) and len(text) <= 40 and text[-1:] not in ":?" and not any(c.isdigit() for c in text)
            and not _zoom(text))


def _map(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a map widget starting at lines[k] (a map line, or two zoom controls), or 0."""
    t = _t(lines[k])
    if not _map_line(t) and not (_zoom(t) and k + 1 < len(lines) and _zoom(_t(lines[k + 1]))):
        return 0
    j = k + 1
    while j < len(lines):
        u = _t(lines[j])
        if _map_line(u) or _zoom(u):
            j += 1
            continue
        n = 0
        while j + n < len(lines) and n < LEGEND_ITEMS and _legend(_t(lines[j + n])):
            n += 1
        closed = j + n < len(lines) and (_map_line(_t(lines[j + n])) or _zoom(_t(lines[j + n])))
        if n and (closed or n >= 2):
            j += n
            continue
        break
    return j


def _contact(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a contact box: its heading right over its fields (and the hours among them), or 0."""
    t = _t(lines[k])
    if not (CONTACT_HEAD.fullmatch(t) and words(t) <= HEAD_WORDS) or _announced(lines, k):
        return 0
    j = k + 1
    while j < len(lines) and words(_t(lines[j])) <= 16 and (CONTACT_FIELD.fullmatch(_t(lines[j])) or _hours_line(
            _t(lines[j]))):
        j += 1
    return j if j > k + 1 else 0


def _poll(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a poll's results: a question (its heading over it) over options with percentages, a count of
    votes under them; or 0. A list of shares without the question over it and the count under it (a fact box's
    "Place: 22 %" with its source) is no poll."""
    q = _t(lines[k])
    if not (q.endswith("?") and words(q) <= QUESTION_WORDS):
        return 0
    j = k + 1
    while j < len(lines) and words(_t(lines[j])) <= 10 and PCT_OPTION.fullmatch(_t(lines[j])):
        j += 1
    if j - k - 1 < 2:
        return 0
    while j < len(lines) and words(_t(lines[j])) <= 8 and VOTES.fullmatch(_t(lines[j])):
        j += 1
    return j


def _poll_head(lines: Sequence[TaggedLine], k: int) -> bool:
    t = _t(lines[k - 1]) if k >= 1 else ""
    return bool(t) and words(t) <= 4 and POLL_HEAD.fullmatch(t) is not None


def _documents(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a list of documents: its heading over document titles, or two titles and more; or 0."""
    head = DOC_HEAD.fullmatch(_t(lines[k])) is not None and words(_t(lines[k])) <= 4
    j = k + 1 if head else k
    while j < len(lines) and words(_t(lines[j])) <= 24 and DOC_LINE.fullmatch(_t(lines[j])):
        j += 1
    n = j - k - (1 if head else 0)
    return j if n >= (1 if head else 2) else 0


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(":.")


def _contents(lines: Sequence[TaggedLine], k: int) -> int:
    """The index after a contents list: its heading over items that stand again further down as lines of their own
    (the article's subheadings); or 0."""
    t = _t(lines[k])
    if not (TOC_HEAD.fullmatch(t.rstrip(":")) and words(t) <= HEAD_WORDS):
        return 0
    j = k + 1
    while j < len(lines) and j - k <= TOC_ITEMS and 0 < words(_t(lines[j])) <= TOC_ITEM_WORDS:
        j += 1
    items = j - k - 1
    keys = [_key(_t(x)) for x in lines]
    n = 0
    while n < items and keys[k + 1 + n] in keys[k + 2 + n:]:
        n += 1
    return k + 1 + n if n >= 2 else 0


def _quoted(text: str) -> bool:
    return text[:1] in _QUOTE_OPEN or _SAYING.search(text) is not None


def _single(lines: Sequence[TaggedLine], k: int, head_region: bool, app_article: bool = False) -> bool:
    """lines[k] is a widget's single line: a ticker, a weather line over the article, the app's call (not in an
    article about an app, ``app_article``: :func:`_about_app`), a funding pitch."""
    t = _t(lines[k])
    if t.count(TICKER_MARK) >= 2 or (t.startswith(TICKER_MARK) and words(t) <= 20):
        return True
    if head_region and words(t) <= 12 and "°" in t and WEATHER.fullmatch(t):
        return True
    if words(t) > CALL_WORDS or _quoted(t):
        return False
    if APP_STORE.search(t) and APP_CALL.search(t):
        if not (app_article or lines[k].rule == OWN_APP):
            return True
        if lines[k].tag is None:
            lines[k].rule = OWN_APP  # marked for the late pass, which sees no head
        return False
    return SWISH.search(t) is not None and READER_FUNDING.search(t) is not None


_APP_NAMED = re.compile(r"(?i)\bapp(?:en|ens|ar|arna)?\b|\w{3,}appen\b")
"""An app named in a line: "i vår app", "appen", "Min skog-appen"."""


def _about_app(lines: Sequence[TaggedLine], first_prose: int) -> bool:
    """The article is about an app: the page's first paragraph (its lead) or the line over it (its headline) names one
    (:data:`_APP_NAMED`). Its own line on where the app is found ("Appen finns för både iPhone och Android. Har du
    redan appen behöver du uppdatera den …") is then the article's news, not the site's call to its app (session 33,
    extract122: a taxi firm's new booking app)."""
    return any(_APP_NAMED.search(_t(x)) for x in lines[max(0, first_prose - 1):first_prose + 1])


_SPANS = (_contents, _hours, _map, _contact, _poll, _documents)


def widget_spans(lines: Sequence[TaggedLine]) -> list[tuple[int, int]]:
    """The (start, end) of each service widget on the page (module docstring), in page order."""
    spans: list[tuple[int, int]] = []
    first_prose = next((i for i, x in enumerate(lines) if _prose(x) and TICKER_MARK not in x.text), len(lines))
    app_article = _about_app(lines, first_prose)
    k = 0
    while k < len(lines):
        end, start = 0, k
        for find in _SPANS:
            end = find(lines, k)
            if end and find is _hours and (lines[k].rule == OWN_HOURS or _named_by_head(lines, k, first_prose)):
                for x in lines[k:end]:
                    x.rule = OWN_HOURS if x.tag is None else x.rule  # marked for the late pass, which sees no head
                end = 0  # the schedule the article is about
            if end:
                start = k - 1 if find is _poll and _poll_head(lines, k) and not (spans and spans[-1][1] > k - 1) else k
                break
        if end:
            spans.append((start, end))
            k = end
            continue
        if _single(lines, k, k < first_prose, app_article):
            spans.append((k, k + 1))
        k += 1
    return spans


def _named_by_head(lines: Sequence[TaggedLine], k: int, first_prose: int) -> bool:
    """An hours box under the page's first paragraph whose heading names a schedule, in two words or more, all of them
    said above it (the headline, the text: "Nya öppettider … från 1 maj" over "Öppettider från 1 maj"): the article's
    own list, not the page's widget (session 32, extract123: a recycling centre's new hours were lost). A bare
    "Öppettider" names no schedule of its own and stays the page's."""
    if not first_prose < k:
        return False
    topic: set[str] = set()
    for x in lines[max(0, first_prose - 1):k]:
        if x.tag is None:
            topic |= content_words(x.text)
    heading = content_words(lines[k].text)
    return len(heading) >= 2 and heading <= topic


def _between_prose(lines: Sequence[TaggedLine], start: int, end: int) -> bool:
    """Running prose right over the widget and right under it (or under the article's subheading right under it)."""
    above = start >= 1 and _prose(lines[start - 1])
    below = lines[end:end + 2]
    return above and bool(below) and (_prose(below[0]) or (len(below) == 2 and _short(_t(below[0])) and _prose(below[1])))


def without_service_widgets(lines: list[L]) -> list[L]:
    """The page without the service widgets between the article's parts; those over the article tagged ``drop``
    where they stand (never a headline); the others are left to the page's passes and to :func:`late_widget_tags`
    (module docstring)."""
    cut: set[int] = set()
    first_prose = next((i for i, x in enumerate(lines) if _prose(x) and TICKER_MARK not in x.text), len(lines))
    for start, end in widget_spans(lines):
        if _between_prose(lines, start, end):
            cut.update(range(start, end))
        elif end <= first_prose:
            _drop(lines[start:end])
    return without_lines(lines, cut) if cut else lines


def without_page_widgets(lines: list[L], hints: Hints | None) -> list[L]:
    """The page without the widgets between the article's parts: a poll or a form
    (:func:`.bodywidgets.without_body_widgets`), the service widgets (:func:`without_service_widgets`) and the live
    data widgets and radio, TV and live-blog furniture (:func:`.livewidgets.without_live_widgets`), runs of widget
    chrome the rule table dropped (:func:`.chromeruns.without_chrome_runs`), and first the summary box under the
    headline (:func:`.headsummary.without_head_summary`). When lines
    were cut, the line classifier reads the page again: it reads a line by its neighbours, those left and not the
    widget's."""
    counter_caption_tags(lines)  # the line a gallery's counter stands over, before the counters are cut out
    n = len(lines)
    lines = without_chrome_runs(
        without_live_widgets(without_service_widgets(without_body_widgets(without_head_summary(lines))))
    )
    scorer = hints.scorer if hints is not None else None
    if len(lines) < n and scorer is not None and lines:
        for x, p in zip(lines, scorer([x.text for x in lines], [x.rule == "template" for x in lines]), strict=True):
            x.p = p
    return lines


def _drop(lines: Sequence[TaggedLine]) -> None:
    for x in lines:
        if x.tag is None or x.tag == "menu":
            x.tag, x.rule = "drop", RULE


def late_widget_tags(lines: Sequence[TaggedLine]) -> None:
    """Once the page's passes are done, under the head: the article's last paragraph announcing its next meeting is
    taken back (:func:`.nextmeeting.next_meeting_tags`); the lines of a widget the tail's passes left kept, and the
    lines in another language of a Swedish page (:func:`.foreignlines.foreign_line_tags`), go. Done last so that a
    widget under the article changes none of those passes' readings (a signature over a file list, a shop's address
    under its hours). An official notice's closing contact heading and paragraph are taken back too
    (:func:`.contactclose.closing_contact_tags`). A data sheet under the article, a label over its value one cell a
    line, goes too (:func:`.datasheets.data_sheet_tags`), and, last, a button's label left over the chrome the passes
    took (:func:`.buttonlabels.button_label_tags`), a chart's values with its title and source
    (:func:`.charts.chart_tags`) and a short line repeated under each item of a list or a feed
    (:func:`.pagerepeats.repeated_line_tags`; both session 27), and a share's quote card, its name, price, change and
    button (:func:`.sharequotes.share_quote_tags`, session 28), and a viewer's name and buttons around its controls
    (:func:`.bodywidgets.control_widget_tags`, session 33), and, once the widgets are told, a picture's caption glued
    between a section's last paragraph and the next subheading (:func:`.sectioncaptions.section_caption_tags`, session
    37: a widget's heading under such a line is no subheading)."""
    next_meeting_tags(lines)
    closing_contact_tags(lines)
    for start, end in widget_spans(lines):
        _drop(lines[start:end])
    late_live_tags(lines)
    foreign_line_tags(lines)
    data_sheet_tags(lines)
    button_label_tags(lines)
    chart_tags(lines)  # a chart's values one a line ("2019" / "2020" / "2021"), its title and its source
    repeated_line_tags(lines)  # "Dela inlägg" under each post: a short line repeated over no paragraph
    share_quote_tags(lines)  # "Voltrum B" / "48,10 SEK" / "+3,21 %" / "Se aktien"
    control_widget_tags(lines)  # "Partivisare" / "Lind, E (1642) – Wikström, G (1811)" / "⏮" / "◀" / "▶" / "⏭"
    section_caption_tags(lines)  # "Gunnel Ek sorterar porslin i butiken." / "Arbetsträning och praktik"
