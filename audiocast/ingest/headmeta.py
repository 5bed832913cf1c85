"""The meta lines of a dump's head that the rules do not know by their words: a life's dates under an obituary's name,
a date line with a participle or the writer around it, a meta row of parts set apart by dots or bars, a writer's name
with a role glued to the date line, a credit row ("Recension: Cecilia Hult") at the date line. Each is tagged as a date
line or a byline and returned as an anchor of the article's head (:mod:`audiocast.ingest.headcands`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .byline import credit_name, head_meta_row, person_role
from .dates import ISO_DATE, NUMERIC_DATE, SLASH_YEAR_DATE, SWEDISH_DATE, is_date_line, parse_date
from .furniture import TaggedLine, is_caption
from .headline import shape_of
from .headshapes import dated_row
from .lineshape import is_title_like, words

ANCHORS = frozenset({"date", "published", "byline", "updated"})
"""The tags of the lines the article's head is placed by."""


_LIFE_MARK = r"(?:[*†✝✞]|f\.|d\.|född|död|avled)"
_LIFE_DATE = r"(?:(?:[0-3]?\d(?:e|:e)?\s+[a-zåäö]{3,9}\.?\s+)?(?:1[89]|20)\d\d)"
_LIFE_DATES = re.compile(
    rf"(?i)\(?\s*(?:{_LIFE_MARK}\s*{_LIFE_DATE}\s*[,–—-]?\s*(?:{_LIFE_MARK}\s*{_LIFE_DATE})?"
    rf"|{_LIFE_DATE}\s*[–—-]\s*{_LIFE_DATE})\s*\)?")
"""A life's dates under a name ("* 4 mars 1932 † 2 april 2026", "Född 1932, död 2026", "1932–2026"): an obituary's
head, the name above it is the headline."""
HEAD_SCAN = 40
"""How many lines from the top a life's dates are looked for (an obituary's head stands near the top)."""


def life_date_tags(lines: Sequence[TaggedLine]) -> list[int]:
    """The lines of a life's dates (:data:`_LIFE_DATES`) right under a name-like line (title-like, two to five words):
    they are no headline and no lead - the obituary's date line, dropped like one - and they stand beside its head as a
    date line does (returned as anchors). A year's range with no mark stays unless a name stands right above it."""
    found: list[int] = []
    for i, ln in enumerate(lines[:HEAD_SCAN]):
        if i == 0 or ln.tag is not None or not _LIFE_DATES.fullmatch(ln.text):
            continue
        above = lines[i - 1]
        if above.tag is None and is_title_like(above.text) and 2 <= words(above.text) <= 5 and not ln.blank_before:
            ln.tag, ln.rule = "drop", "life-dates"
            found.append(i)
    return found


_META_REST = re.compile(
    r"(?i)(?:(?:[a-zåäöé]{3,}\s+(?=[a-zåäöé]{3,}(?:ad|at|ades|ats|gd|gt|iven|ivet|kt)\b))?"
    r"(?:[a-zåäöé]{3,}(?<!n)(?:ad|at)|[a-zåäöé]{3,}(?:ades|ats)|[a-zåäöé]{2,}(?:gd|gt|iven|ivet|kt))(?:\s+den)?\s*)?"
    r"(?:(?:av|by)\s+[\w .'’-]{2,40})?")
"""What a meta line holds besides its date: a participle ("Besvarad", "Postad", "Skriven", "Inlagd"; not a noun in
-nad: "Marknad 13 december 2026" is an event's name), perhaps after the noun of the text it dates ("Sammanfattning
publicerad", "Referatet uppdaterat": session 19, a summary's or a report's own date line under its headline), and the
writer ("av kurator Hanna")."""
META_WORDS = 10


def dated_meta_tags(lines: Sequence[TaggedLine]) -> list[int]:
    """A meta line the rules do not know by its words: a full date with a participle and/or the writer around it
    ("Besvarad 18 november 2026 av kurator Hanna", "Skriven av Pia 2026-03-02"), at most :data:`META_WORDS` words, no
    sentence, glued right under a headline-like line (three words or more). It is a date line (tagged ``date``; its date is the article's) beside the article's head (returned as an
    anchor), never a headline or a lead."""
    found: list[int] = []
    for i, ln in enumerate(lines[:HEAD_SCAN]):
        if ln.tag is not None or words(ln.text) > META_WORDS or ln.text[-1] in ".!?" or parse_date(ln.text) is None:
            continue
        above = lines[i - 1] if i > 0 else None
        if ln.blank_before or above is None or above.tag is not None or words(above.text) < 3 or not is_title_like(above.text):
            continue  # only right under a headline-like line: a meta line elsewhere on the page is another box's
        rest = ln.text
        for date in (SWEDISH_DATE, ISO_DATE, NUMERIC_DATE, SLASH_YEAR_DATE):
            rest = date.sub(" ", rest)
        rest = re.sub(r"\s*(?:,|\||·|•|–|kl\.?|klockan|\d{1,2}[.:]\d\d)\s*", " ", rest).strip()
        if rest and _META_REST.fullmatch(rest):
            ln.tag, ln.rule = "date", "dated-meta"
            found.append(i)
    return found


_HEAD_FURNITURE = frozenset({
    "separator", "listen", "share", "comment-count", "comment-link", "stat-bar", "relative-time", "gallery",
    "position-counter", "page-tools", "email-only",
})
"""The rules of the furniture set between the parts of an article's head: its tool row ("Lyssna", "Dela", "Skriv ut"),
its counters, the writer's e-mail address under the byline. (Not a picture's caption: a picture stands between a page's banner and the article's head too.)"""


def head_furniture(ln: TaggedLine) -> bool:
    """A line of the head's furniture (:data:`_HEAD_FURNITURE`): between the parts of the article's head it is no
    distance."""
    return ln.rule in _HEAD_FURNITURE or (ln.rule is None and shape_of(ln.text) == "button" and words(ln.text) <= 6)


def _beside(lines: Sequence[TaggedLine], i: int, step: int) -> int | None:
    """The index of the line above (step -1) or below (step 1) lines[i], past the head's furniture
    (:func:`head_furniture`: "Lyssna" between a headline and its byline is no distance) and past a picture's credit."""
    k = i + step
    while 0 <= k < len(lines) and (head_furniture(lines[k]) or lines[k].tag == "caption"):
        k += step  # nor is a picture's credit under the headline
    return k if 0 <= k < len(lines) else None


def head_meta_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """The head's meta row the rules do not know by its words, under a headline-like line (the nearest line above,
    untagged, title-like, two words or more) or glued over one with the text under it (:func:`_titles_text`): a row of parts set apart by dots or bars, one a date, the others a
    writer with a role, a clock time, a reading time or a label (:func:`audiocast.ingest.byline.head_meta_row`:
    "Henrik Malm, platschef · 30.10.2026", "Insatsrapport · 2026-02-16"), tagged ``date``; or a writer's name with a
    role alone ("Olle Backman, sekreterare") glued to a date line right above or below it, tagged ``byline``; or a
    credit row, a label and a name ("Recension: Cecilia Hult", :func:`audiocast.ingest.byline.credit_name`), glued to
    a date line above or below it wherever the headline stands (a review's facts may stand between), when the name
    stands nowhere in the lines under it (a writer's name is not in the text, an obituary's is). Either is
    an anchor of the head, never a headline: a headline has a sentence in it, a row has none."""
    _caps_heads_untagged(lines)
    text_at = next((k for k, x in enumerate(lines) if x.tag is None and not is_title_like(x.text)
                    and words(x.text) >= PROSE_WORDS), len(lines))  # a bare name is a byline only in the head
    found: list[int] = []
    for i, ln in enumerate(lines[:HEAD_SCAN]):
        if ln.tag == "drop" and ln.rule is None and _credit_date(ln.text):
            ln.tag = None  # a credit row over a picture's credit, which the caption rules took for the picture's title
        if i == 0 or ln.tag is not None or ln.text[-1] in "!?:":
            continue
        a, b = _beside(lines, i, -1), _beside(lines, i, 1)
        if a is None:
            continue
        above, nxt = lines[a], (lines[b] if b is not None else None)
        if head_meta_row(ln.text) is not None and not _dated_list(lines, i) and (
                head_title(above) or _titles_text(lines, i, b)):
            ln.tag, ln.rule = "date", "head-meta"
            found.append(i)
            continue
        credit = credit_name(ln.text)
        if credit is not None and _named_below(lines, i, credit):
            credit = None  # the name is the text's subject ("Minnesord: Gösta Lundberg" over "Gösta föddes …")
        if _credit_date(ln.text):
            ln.tag, ln.rule = "published", "head-meta"  # "Skrivet av Anna Ek den 3 april 2026"
            found.append(i)
            continue
        bare = ln.text if (i < text_at and _BARE_NAME.fullmatch(ln.text) and not _told_below(lines, i, ln.text)) else None
        name = person_role(ln.text) or credit or bare
        if name is None:
            continue
        date_below = nxt is not None and not nxt.blank_before and (nxt.tag in ANCHORS or is_date_line(nxt.text))
        date_above = not ln.blank_before and (above.tag in {"date", "published"} or is_date_line(above.text))
        two_up = _beside(lines, a, -1)
        title = head_title(above) if date_below else date_above and two_up is not None and head_title(lines[two_up])
        if title or (credit is not None and (date_below or date_above)):
            ln.tag, ln.rule = "byline", "head-byline"
            if hasattr(ln, "value"):
                ln.value = name
            found.append(i)
    return found


_SENTENCE_WORDS = frozenset({"på", "i", "för", "och", "med", "till", "om", "är", "som", "en", "ett", "nu", "när",
                             "inte", "vid", "efter", "under", "över", "får", "blir", "kan", "ska", "vill", "har", "nytt",
                             "ny", "nya", "så", "det", "den", "vi"})
"""Words of a sentence, never of a person's name: a line in capitals holding one is a headline, not a name."""
CAPS_NAME_WORDS = 4
"""A line in capitals of at least this many words is no person's name ("SPÅRET DRAS GENOM SKOGEN")."""


def _caps_heads_untagged(lines: Sequence[TaggedLine]) -> None:
    """A headline set in capitals over the date line ("NYTT TAK PÅ SMEDJAN" / "Publicerad 3 april 2026") that the name
    rule took for the writer's name (capitalised words over a date line) is untagged again: :data:`CAPS_NAME_WORDS`
    words or more, or three with a sentence's word (:data:`_SENTENCE_WORDS`; "AV ANNA EK" and "ANNA-KARIN EK" stay
    bylines)."""
    for ln in lines[:HEAD_SCAN]:
        if ln.tag != "byline" or ln.rule is not None or not ln.text.isupper() or words(ln.text) < 3:
            continue
        if words(ln.text) >= CAPS_NAME_WORDS or any(w.lower() in _SENTENCE_WORDS for w in re.findall(r"\w+", ln.text)):
            ln.tag = None
            if hasattr(ln, "value"):
                ln.value = None


_BARE_NAME = re.compile(r"(?-i:[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)(?: (?-i:[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ]"
                        r"[a-zåäöéü]+)?)){1,2}")
"""A person's name alone ("Anna Ek", "Per-Olof Lind Berg"): a byline between the headline and its date line when the
name is not the text's subject (an obituary's headline is)."""
_CREDIT_OPENER = re.compile(r"(?i)(?:skrivet|skriven|upplagt|upplagd|postat|postad|publicerat|publicerad|inlagt|inlagd|"
                            r"uppdaterat|uppdaterad|text|av)\b")
CREDIT_DATE_WORDS = 10


def _credit_date(text: str) -> bool:
    """Whether the line is a post's credit and date in a row of its own words ("Skrivet av Anna Ek den 3 april 2026",
    "Upplagt 3 april 2026 av Anna Ek"): opened by a word of the post's meta, a writer after 'av', a date, at most
    :data:`CREDIT_DATE_WORDS` words, no sentence's end."""
    return (len(text.split()) <= CREDIT_DATE_WORDS and text.rstrip()[-1:] not in ".!?" and bool(_CREDIT_OPENER.match(text))
            and re.search(r"(?i)\bav\s+(?-i:[A-ZÅÄÖÉ])", text) is not None and parse_date(text) is not None)


def _dated_list(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is a row of a list of dated rows: the line glued above or below it has a meta row's form too
    ("12 april – Vårstädning" / "20 april – Loppis": a calendar's items, never the head's date line)."""
    near = [lines[k] for k in (i - 1, i + 1) if 0 <= k < len(lines) and not lines[max(i, k)].blank_before]
    return any(head_meta_row(x.text) is not None or dated_row(x.text) for x in near)


def _titles_text(lines: Sequence[TaggedLine], i: int, b: int | None) -> bool:
    """Whether a meta row lines[i] stands over the head: the next line glued under it is headline-like
    (:func:`title_over`, no date of its own) and running prose (:data:`PROSE_WORDS` words or more, no title) follows it
    within two lines ("3 april 2026 · 4 min läsning" / "Vårens stora dag" / text): a post's row set over its title."""
    if b is None or b != i + 1 or lines[b].blank_before or not head_title(lines[b]) or parse_date(lines[b].text):
        return False
    return any(x.tag is None and not is_title_like(x.text) and words(x.text) >= PROSE_WORDS for x in lines[b + 1:b + 3])


PROSE_WORDS = 8
NAMED_WINDOW = 10
"""How many lines under a credit row are searched for its name."""


def _told_below(lines: Sequence[TaggedLine], i: int, name: str) -> bool:
    """Whether a word of the name stands in the running text under lines[i] (untagged lines of :data:`PROSE_WORDS`
    words or more within :data:`NAMED_WINDOW` lines), not in a picture's credit ("Foto: Anna Ek" names the writer)."""
    own = set(name.split())
    return any(own & set(re.findall(r"\w+", x.text)) for x in lines[i + 1:i + 1 + NAMED_WINDOW]
               if x.tag is None and words(x.text) >= PROSE_WORDS)


def _named_below(lines: Sequence[TaggedLine], i: int, name: str) -> bool:
    """Whether a word of the name (its first or last name) stands in the :data:`NAMED_WINDOW` lines under lines[i]: a
    writer's name is not in the text, a subject's is."""
    own = set(name.split())
    return any(own & set(re.findall(r"\w+", x.text)) for x in lines[i + 1:i + 1 + NAMED_WINDOW])


def head_title(ln: TaggedLine) -> bool:
    """A headline-like line (:func:`title_over`), or a headline of one word ("Säsongsstart", "Isfiske"): untagged, no
    label, button or menu shape, no date, no digit."""
    if title_over(ln):
        return True
    text = ln.text
    return (ln.tag is None and words(text) == 1 and is_title_like(text) and shape_of(text) is None
            and not any(ch.isdigit() for ch in text) and text[:1].isalpha())


def title_over(ln: TaggedLine) -> bool:
    """Whether a line is a headline-like line a meta row can stand under: untagged (or taken by the caption rules for
    its picture's title, a credit glued under it), title-like, two words or more, no button or menu shape (a short
    headline in capitals has a label's shape: "VATTNET ÄR TILLBAKA")."""
    return (ln.tag is None or (ln.tag == "drop" and ln.rule is None)) and is_title_like(ln.text) and words(ln.text) >= 2 \
        and shape_of(ln.text) not in {"button", "nav"}


_NAME_ALONE = re.compile(
    r"(?-i:[A-ZÅÄÖÉÜ][a-zåäöéüø]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)(?:\s+(?-i:[A-ZÅÄÖÉÜ][a-zåäöéüø]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)){1,2}")
_ROLE = re.compile(r"(?-i:[A-ZÅÄÖ])(?-i:[a-zåäöé-]){3,}(?:\s+(?-i:[a-zåäöé-]+)){0,2}")
"""A writer's role on its own line under the name ("Privatekonomiexpert", "Jurist", "Reporter", "Ansvarig utgivare"):
one word in capital and small letters, perhaps two more in small letters."""


def name_role_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """A writer's name over the role on a line of its own, right over the date line ("Ulrika Westin" / "Jurist" /
    "10 feb. 2024 kl. 07.00"), glued under a headline-like line: the byline (the name tagged ``byline``, the role
    dropped), not a headline and a kicker. A name over the date line alone is left to the headline's scoring."""
    found: list[int] = []
    for i in range(1, min(len(lines) - 2, HEAD_SCAN)):
        name, role, date = lines[i], lines[i + 1], lines[i + 2]
        if name.tag is None and words(name.text) >= PROSE_WORDS and name.text.rstrip()[-1:] in ".!?":
            break  # the running text has begun: a list's rows under it ("Café Björken" / "Inga avvikelser") are no byline
        if name.tag is not None or role.tag is not None or date.tag not in {"date", "published"}:
            continue
        if parse_date(date.value or date.text) is None:  # type: ignore[attr-defined]
            continue  # a full date with its year: the post's, not a list row's "4 feb"
        if name.blank_before or role.blank_before or date.blank_before or not title_over(lines[i - 1]):
            continue
        if _NAME_ALONE.fullmatch(name.text.strip()) and _ROLE.fullmatch(role.text.strip()) and shape_of(role.text) is None:
            name.tag, name.rule, name.value = "byline", "name-role", name.text.strip()  # type: ignore[attr-defined]
            role.tag, role.rule = "drop", "name-role"
            found.append(i)
    return found


BADGE_WORDS = 3
"""A badge in the head's meta block ("Ölandsbladet Plus", "Premium", "Prenumerant") is at most this many words."""
BADGE_WINDOW = 8
"""A badge is looked for within this many lines under the lead."""
META_CAPTION_WORDS = 20
"""A picture's caption closing the head's meta block is at most this many words (the text's first paragraph glued
there runs longer: 20 words and up in the golden and blind sets)."""


_PHOTO_CREDIT = re.compile(r"(?i)\b(?:foto|bild|fotograf|photo)\s*:")
"""A photographer's credit in the head's meta block ("Foto: Jonas Ahlström", "Text och foto: Per Nilsson")."""


def _meta_tail(lines: Sequence[TaggedLine], lead: int) -> tuple[int, list[int]] | None:
    """The head's meta block under the lead (its byline or date line first past the lead) and the untagged lines glued
    under it up to the block's end: (the meta block's first line, the tail's lines). None when the text's first
    paragraph comes first or the tail does not close its block."""
    for k in range(lead + 1, min(len(lines), lead + 1 + BADGE_WINDOW)):
        ln = lines[k]
        if ln.tag is None and not is_title_like(ln.text) and words(ln.text) >= PROSE_WORDS and k == lead + 1:
            return None  # the text's first paragraph: the head is over
        above = _beside(lines, k, -1)
        if ln.tag is not None or ln.blank_before or above is None or above <= lead or lines[above].tag not in ANCHORS:
            if ln.tag is None:
                return None
            continue
        run = [k]
        blanks = any(x.blank_before for x in lines)
        while run[-1] + 1 < len(lines) and not lines[run[-1] + 1].blank_before and lines[run[-1] + 1].tag is None \
                and (blanks or not _prose_line(lines[run[-1] + 1])):
            run.append(run[-1] + 1)
        after = lines[run[-1] + 1] if run[-1] + 1 < len(lines) else None
        # the block ends under it; in a dump without blank lines, the text's first paragraph follows it
        closes = after is None or after.blank_before or (not blanks and _prose_line(after))
        return (lead + 1, run) if closes else None
    return None


def _prose_line(ln: TaggedLine) -> bool:
    return ln.tag is None and not is_title_like(ln.text) and words(ln.text) >= PROSE_WORDS


def meta_badge_tags(lines: Sequence[TaggedLine], lead: int) -> None:
    """Drop what closes the head's meta block under the lead (:func:`_meta_tail`), before the text's first paragraph:

    - short lines (at most :data:`BADGE_WORDS` words, no sentence): "Kristoffer Åhman" / "14 sep 2024 07:00" /
      "Ölandsbladet Plus" / blank / text, the site's mark of a subscriber's article, a tag or a counter; a bare name
      first among them is the writer's byline;
    - a line of at most :data:`META_CAPTION_WORDS` words opening with a caption's clause (no finite verb,
      :func:`audiocast.ingest.furniture.is_caption`) when the meta block credits a photographer ("Text: Maria Ljung" /
      "Foto: Jonas Ahlström" / "Publicerad 26 september 2024" / "Birgitta Svensson och Kjell Axelsson framför Hultsjö
      kyrka. Föreningen har …"): the top picture's caption, whose credit the block holds; a first paragraph with its
      verb ("Systrarna bakar varje morgon …") or opened by a quote's dash stays.

    The head's own lines stand above the lead; the article's subheadings stand after a blank line, over a paragraph,
    and a quote opened by a dash is the text's."""
    tail = _meta_tail(lines, lead)
    if tail is None:
        return
    first, run = tail
    if all(words(lines[m].text) <= BADGE_WORDS and lines[m].text.rstrip()[-1:] not in ".!?:" for m in run):
        for m in run:
            row = lines[m]
            name = _BARE_NAME.fullmatch(row.text) is not None and m == run[0]
            row.tag, row.rule = ("byline", "head-byline") if name else ("drop", "meta-badge")
            if name and hasattr(row, "value"):
                row.value = row.text
        return
    credited = any(ln.rule == "photo-credit" or _PHOTO_CREDIT.search(ln.text) for ln in lines[first:run[0]])
    text = lines[run[0]].text
    opening = re.split(r"[.,;:!?]\s", text.rstrip(".!?"))[0] + "."  # "Kenneth Hansson vid pappersmaskin 2, som …"
    if len(run) == 1 and credited and words(text) <= META_CAPTION_WORDS and is_caption(opening):
        lines[run[0]].tag, lines[run[0]].rule = "drop", "meta-caption"


SENTENCE_HEAD_WORDS = 25
"""A headline set as a sentence (a full stop, or longer than a title-like line) is at most this many words."""
_ONE_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?-i:[A-ZÅÄÖ])")


def sentence_head_over_meta(lines: Sequence[TaggedLine], i: int, headed: bool) -> bool:
    """Whether lines[i] is the headline set as a sentence ("Nu byggs den nya idrottshallen.", or one of twenty words)
    over the head's byline or date line: one sentence of three to :data:`SENTENCE_HEAD_WORDS` words, not opened by a
    quote's dash, opening its block (a blank line or a line the rules took above it), glued right over a byline, date
    or publication line (past the head's furniture; a bare name over the date line is the byline), with running prose
    under the meta; and no candidate of a headline's form above it (``headed``), nor a headline-like line right above
    it glued to a menu: then the line is the standfirst under its headline."""
    ln = lines[i]
    n = words(ln.text)
    if headed or ln.tag is not None or not 3 <= n <= SENTENCE_HEAD_WORDS or _ONE_SENTENCE_BREAK.search(ln.text):
        return False
    if re.match(r"[–—-]\s", ln.text) or not (ln.blank_before or i == 0 or lines[i - 1].tag is not None):
        return False
    above = lines[i - 1] if i > 0 else None
    if above is not None and is_title_like(above.text) and words(above.text) >= 3 and shape_of(above.text) is None:
        return False  # a headline right over it, glued to a menu: this line is its standfirst
    b = _beside(lines, i, 1)
    if b is None or lines[b].blank_before or b != i + 1:
        return False
    named = lines[b].tag is None and _BARE_NAME.fullmatch(lines[b].text) and b + 1 < len(lines) \
        and lines[b + 1].tag in ANCHORS and not lines[b + 1].blank_before  # the writer's bare name over the date
    if lines[b].tag not in ANCHORS and not named:
        return False
    k = b + 1 if named else b
    while k < len(lines) and (lines[k].tag in ANCHORS or head_furniture(lines[k])):
        k += 1
    return k < len(lines) and lines[k].tag is None and not is_title_like(lines[k].text) and words(lines[k].text) >= PROSE_WORDS


_CLOCK_STAMP = re.compile(r"(?i)(?:senast\s+)?(?:uppdaterad|uppdaterat|uppdaterades|uppdatering|publicerad|publicerat|"
                          r"updated|senast)?\s*:?\s*(?:kl\.?|klockan)?\s*[0-2]?\d[:.][0-5]\d")
"""A stamp of a clock time alone ("Senast uppdaterad 16:55", "Uppdaterat kl. 09.10"): no day in it."""
STAMP_TAGS = frozenset({"date", "published", "updated"})


def day_stamps(lines: Sequence[TaggedLine], anchors: list[int]) -> list[int]:
    """The anchors without the stamps of a clock time alone when another date line of the head names its day.

    Session 34 (extract125): a service's status box over the article ("2 184 kunder utan ström" / "Senast uppdaterad
    16:55" / "Se avbrottskartan") carries its refresh time, and its value was taken for the headline beside that
    "date line". An article's own date line names its day ("Publicerad 8 december 2024 kl 07:15", "2025-04-03"); a
    time alone dates the box or a live report's entry. While one of the head's date lines names a day (it parses as a
    date), a clock-time stamp anchors no head. Risk: a page whose own date line is a time alone ("Uppdaterad 14:02")
    under a box dated in full places its head by the box's date."""
    stamps = [a for a in anchors if lines[a].tag in STAMP_TAGS and _CLOCK_STAMP.fullmatch(lines[a].text.strip())]
    if not stamps or not any(lines[a].tag in STAMP_TAGS and parse_date(lines[a].text) is not None for a in anchors):
        return anchors
    return [a for a in anchors if a not in stamps]


ISSUE_RULE = "newsletter-name"
"""The row of a newsletter's name with its issue ("Nyhetsbrev april 2025"), dropped where it labels a box."""


def issue_title_tags(lines: Sequence[TaggedLine]) -> None:
    """A newsletter issue's name (row :data:`ISSUE_RULE`) right over the head's first date line is the issue's headline
    (session 43, extract210: "Nyhetsbrev april 2025" / "8 april, 2025" / "av Styrelsen"; a menu item was read as its
    headline): its drop is lifted so it stands among the candidates. Over the annotated dumps the row stood right over
    a date line once, there the headline; elsewhere it labels a box or the mailing's masthead over the first story's
    title and stays dropped. Risk: a masthead glued over the mailing's date with the story's title under it competes
    with that title."""
    for i, ln in enumerate(lines[:-1]):
        if lines[i + 1].tag in ANCHORS:
            if ln.rule == ISSUE_RULE:
                ln.tag, ln.rule = None, None
            return
