"""The headline of a page dump, chosen by evidence rather than by position.

Every title-like line above the lead is a candidate. Each is scored by what
holds on any site:

- where it stands: next to the date line or byline (the article's own head), above all between the date line and
  the lead,
  at the start of a paragraph, with at least three words;
- what it looks like: a breadcrumb (separators, navigation words), a label
  (``Nyhet``, ``POLITIK``) or a button (``Köp biljett``) counts against it, as
  does being the site's own name, or standing in a run of short menu lines;
- what it agrees with: the words of the file name or the fetched URL's slug,
  the page's ``<title>``, and the first paragraph under it (the candidate sharing
  the most of its content words with it scores more);
- where else it stands: a line that stands again below the lead is a teaser's
  title (a "Mest läst" list), unless it stands at the head's place (beside the
  date line, or right above the lead); a short line that the page's menu holds
  too is the section's name over the head ("Nyheter & press");
- the line classifier's probability that the line is article text, when the
  model is there.

The words for labels, buttons and navigation are data
(``data/headline.tsv``). The result carries a margin: how far the winner is
ahead of the runner-up, which the confidence of the article uses. Not here:
which lines are candidates (:mod:`audiocast.ingest.text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from .headshapes import (
    address_line,
    call_line,
    dangling_end,
    dated_row,
    field_label,
    issue_line,
    real_words,
    salutation,
    series_part,
    when_line,
)
from .headtaglines import tagline
from .lineshape import CRUMB_SEPARATOR, content_words

_WORD = re.compile(r"\w+", re.UNICODE)
_SHAPES = ("label", "button", "nav")

# The weights of the evidence. A headline usually collects 4-7 points; a label or crumb goes negative.
W_WORDS = 2.0        # three words or more
W_SHORT = -1.5       # one or two words
W_PARAGRAPH = 1.0    # a blank line before it (starts a paragraph of its own)
W_ANCHOR = 2.0       # the date line, byline or publication line within two lines
W_ANCHOR_NEXT = 0.75  # ... and it is the very next line (a section label stands one line further up)
W_SHAPE = {"label": -3.0, "button": -3.0, "nav": -3.0}
W_SITE = -4.0        # the site's own name
W_MENU_RUN = -1.5    # inside a run of three or more short lines without blank lines (a menu)
W_HINT = 4.0         # times the word overlap with the file name / URL slug / <title>
W_LEAD = 2.0         # times the share of its words found in the first paragraph
W_REPEAT = 1.0       # the same line stands twice above the lead (breadcrumb end, then headline)
W_LAST = 0.5         # the last candidate above the lead (the classic place)
W_MODEL = 3.0        # times (probability - 0.5) from the line classifier
W_NEAREST_LEAD = 1.0  # the candidate sharing the largest share of its content words with the lead, alone
W_ELSEWHERE = -2.0   # the same line stands again below the lead (a teaser), and not at the head's place
W_DATED_HEAD = 1.5   # between the date line (right above) and the lead (right below)
W_UNDER_KICKER = 1.5  # ... and a candidate stands over that date line too: it is a kicker, this line the headline
W_CRUMB_END = 2.0    # the line is a breadcrumb's last part (the page's own title at the crumb's end)
W_SECTION = -3.0     # a short line the page's menu holds too ("Nyheter & press"): the section's name over the head
W_FACTS = -2.0       # a line of facts ("Konsert: Trio X, Klubben, Kalmar, fredag 20 november"), see fact_list
W_HEAD_BLOCK = 1.5   # a line of one or two words opening the block the lead runs on in (blank line above, lead glued)
W_PICTURE = -1.0     # right over a photo credit or caption: the picture's title, or the headline over its picture
W_ISSUE = -5.0       # an issue's or a series' line ("Biskopsbrev nr 4 · hösten 2024", "Vinter 2024"), headshapes
W_ISSUE_ALONE = -1.0  # ... when no other candidate has a headline's form: the letter's own title ("Veckobrev vecka 37")
W_FIELD = -5.0       # a field row: a label and a name or a date ("Recension: Cecilia Hult", "Datum: 10 augusti 2024")
W_WHEN = -4.0        # an event's day and clock time ("Visas i Kameran tisdag 27 oktober kl 19.00"), or a dated row of
                     # a calendar or a head's meta ("12 april – Vårstädning", "Insatsrapport · 2026-02-16")
W_LISTED = -2.5      # an item of a list under its label ("Senaste nytt" / "Årsmötet valde ny styrelse"): a teaser
W_HEADER = -2.0      # in the page's header, above its menu ("Vi bevarar bygdens historia för framtiden")
W_GREETING = -3.0    # a letter's salutation ("Kära spelmän och vänner av folkmusiken!")
W_CALL = -2.0        # a call to the reader ("Följ utvecklingen i hamnen här", "Stöd lokal journalistik – bli prenumerant")
W_TAGLINE = -5.0     # a site's tagline ("En del av Unga Örnar", "Ett nyhetsbrev om mat i Örebro"), headtaglines
W_ADDRESS = -4.0     # a line giving an e-mail or web address ("Mejla din fråga till fraga@tidning.se"), headshapes
W_ADDRESSEE = -4.0   # a letter's addressee ("Till kommunstyrelsen i Sävsjö kommun") under the letter's title naming it
W_COLUMN = -2.0     # glued right over a headline under its kicker (Candidate.under_kicker): the column's name
W_DANGLING = -3.0    # ending on a word that needs what follows ("Fem frågor till"): a series' kicker, headshapes
PICTURE_MARK = re.compile(r"\s*(?:📷|📸|🖼|🎞)")
"""A line opened by a picture's mark ("🖼 Barnen med fångsten", "📷 …") is a caption, with or without its credit."""
SECTION_WORDS = 3
"""A section's name is at most this many words (a breadcrumb's headline at its end is longer)."""


@dataclass(frozen=True)
class Candidate:
    """A title-like line above the lead, with its context."""

    index: int
    text: str
    blank_before: bool
    near_anchor: bool = False
    """A date line, byline or publication line within two lines."""
    anchor_next: bool = False
    """The date line, byline or publication line is the very next line (the head's own place, below a section
    label that is only near it)."""
    crumb_end: bool = False
    """The line says the last item of a breadcrumb laid out one item a line above it, the page's own title
    (:func:`audiocast.ingest.headcrumbs.stacked_trail_end`): :data:`W_CRUMB_END`, as a one-line trail's end, and
    :data:`W_REPEAT`, the line said twice above the lead."""
    dated_head: bool = False
    """The date line, byline or publication line is the line right above and the lead the line right below, and no
    candidate stands right above that date line: the article's head in its classic order (a blog's name stands near
    the date too, but over its description; a greeting under a headline's date line is no head)."""
    under_kicker: bool = False
    """The line is the head's between its date line and its lead, five words or more, with a candidate over the date
    line too: the headline under its kicker ("QRV från Storberget – rapport från fältdagen" / "2024-06-10 | Tomas
    Eriksson, SM4XTE" / "312 förbindelser på en helg – rekord för klubben" / text). A paper's head has its lead under
    the date line, not a line of its own. Or a quote or question right over the byline, glued under a column's name
    (:func:`audiocast.ingest.headkickers.under_column`); the candidate right above it then scores :data:`W_COLUMN`."""
    in_menu_run: bool = False
    head_block: bool = False
    """The line opens a block of its own (a blank line above it) and the lead follows it glued (no blank line): the
    headline over its text, whatever its length."""
    listed: bool = False
    """The line is an item of a list under its label ("Senaste nytt" / titles): :data:`W_LISTED`."""
    in_header: bool = False
    """The line stands in the page's header, above its menu (the site's name, a tagline): :data:`W_HEADER`."""
    anchor_block: bool = False
    """The line stands in the block of a date line or byline (no blank line between them): the head's own block. When
    a candidate does, a candidate in another block is not near the date line by counting lines alone (a box set apart
    above the head, :func:`choose`)."""
    over_picture: bool = False
    """The caption rules took the line for a picture's title (a photo credit or caption follows it)."""
    probability: float | None = None
    """The line classifier's probability that the line is article text."""
    in_fields: bool = False
    """The line is a row of a run of field rows glued together ("Datum: 12 maj kl 18.00" / "Plats: Västerby kyrka" /
    "Entré: Fri"): an event's or a review's facts under its headline, scored :data:`W_FIELD`."""


@dataclass(frozen=True)
class Evidence:
    """What the headline is compared with."""

    hints: tuple[str, ...] = ()
    """The file name, the URL's slug, the page's <title>: any text that names the article."""
    lead: str = ""
    site: str | None = None
    names: frozenset[str] = frozenset()
    """The site's other names (:func:`page_name`: the page's first line heading its menu), scored as :attr:`site` is."""
    below: frozenset[str] = frozenset()
    """The lines under the lead (lowercase words, :func:`line_words`): a candidate found among them is a teaser
    title repeated on the page, unless it stands at the head's place (beside the date, right above the lead)."""


def line_words(line: str) -> str:
    """A line's lowercase words, for comparing lines whatever their punctuation."""
    return " ".join(w.lower() for w in _WORD.findall(line))


@dataclass
class Choice:
    text: str
    score: float
    margin: float
    """How far the winner is ahead of the runner-up (inf when there was one candidate)."""
    scores: list[tuple[str, float]] = field(default_factory=list)
    rival: str | None = None
    """The line the learned ranker (:mod:`audiocast.ingest.headrank`) prefers when it disagrees strongly with this
    choice: the headline is uncertain."""


@lru_cache(maxsize=1)
def _shapes() -> dict[str, tuple[re.Pattern[str], ...]]:
    text = resources.files("audiocast.ingest").joinpath("data/headline.tsv").read_text(encoding="utf-8")
    out: dict[str, list[re.Pattern[str]]] = {k: [] for k in _SHAPES}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, pattern = line.split("\t", 1)
        out[kind.strip()].append(re.compile(pattern.strip(), re.IGNORECASE))
    return {k: tuple(v) for k, v in out.items()}


_ICON = re.compile(r"[\s▶►▷▸⏵⏯🎧🔊🔉🔈📻🎙️]+")
"""A player's or a tool's icon before its word ("▶ Lyssna 4 min", "🎧 Lyssna på artikeln")."""


CAPS_HEAD_WORDS = 4
"""A line in capitals of at least this many words, no row of parts, is a headline set in capitals ("NYTT TAK PÅ
SMEDJAN": a site's style copied with the text), not a label in capitals ("NYHET", "JUST NU", "DEBATT & OPINION")."""


def _caps_headline(line: str) -> bool:
    return line.isupper() and real_words(line) >= CAPS_HEAD_WORDS and not re.search(r"[·•|:]", line)


def shape_of(line: str) -> str | None:
    """``label``, ``button`` or ``nav`` when the line has that shape (data/headline.tsv), else None. A button keeps its
    shape behind an icon ("▶ Lyssna 4 min"); a headline in capitals (:data:`CAPS_HEAD_WORDS`) has no label's shape."""
    for kind, patterns in _shapes().items():
        if any(p.fullmatch(line) for p in patterns):
            if kind == "label" and _caps_headline(line):
                continue
            return kind
    icon = _ICON.match(line)
    if icon and icon.end() < len(line) and any(p.fullmatch(line[icon.end():]) for p in _shapes()["button"]):
        return "button"
    return None


_LABEL_LED = re.compile(r"(?P<label>[^\W\d][\w-]*(?: [\w-]+)?)\s*:\s+(?P<rest>.+)")
FACT_ITEM_WORDS = 4
"""An item of a fact line is at most this many words ("Tonfallet", "fredag 20 november")."""


def fact_list(line: str) -> bool:
    """Whether the line is a row of facts, not a headline: short items after a label and a colon, at least three of them
    ("Konsert: Hilda Lundqvist Trio, Tonfallet, Kalmar, fredag 20 november", "Föreställning: Måsen, Ridån, Vänersborg")
    or at least four without a label. A headline with a label ("Debatt: Låt badhuset vara kvar") has one part, and a
    headline's commas ("Gunvor, 90, sköter fortfarande kiosken …") leave a long part."""
    m = _LABEL_LED.fullmatch(line)
    rest = m.group("rest") if m else line
    parts = [p for p in re.split(r",\s+|\s+[·|]\s+", rest.rstrip(".")) if p]
    if len(parts) < (3 if m else 4):
        return False
    return all(len(p.split()) <= FACT_ITEM_WORDS for p in parts)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2 or w.isdigit()}


def _slug_words(text: str) -> set[str]:
    """Words of a file name or slug ("brand-i-alvsjo") and of text, folded to ASCII-ish for comparison."""
    folded = text.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return {w for w in re.split(r"[^a-z0-9]+", folded) if len(w) > 2 or w.isdigit()}


HINT_WORDS = 3
"""A line's overlap with the file name counts its shared words out of at least this many: a one-word section label
("Handboll") that the file name happens to hold ("r03-handboll-stream") is no headline by that alone."""


def _overlap(line: str, hint: str) -> float:
    a, b = _slug_words(line), _slug_words(hint)
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), HINT_WORDS)


def score(c: Candidate, ev: Evidence, last: bool, repeated: bool, rivals: bool = True) -> float:
    """The evidence that the candidate is the headline (see the module docstring). Without ``rivals`` (no other
    candidate has a headline's form, :func:`headline_form`) an issue's line is the page's title: a weekly letter's
    "Veckobrev vecka 37" over its date line, under a menu, is scored :data:`W_ISSUE_ALONE`, not :data:`W_ISSUE`."""
    n = real_words(c.text)
    s = W_WORDS if n >= 3 else W_SHORT if n <= 2 else 0.0
    s += W_PARAGRAPH if c.blank_before else 0.0
    s += W_ANCHOR if c.near_anchor else 0.0
    s += W_ANCHOR_NEXT if c.anchor_next else 0.0
    s += W_DATED_HEAD if c.dated_head else 0.0
    s += W_UNDER_KICKER if c.under_kicker else 0.0
    s += W_PICTURE if c.over_picture else 0.0
    s += W_HEAD_BLOCK if c.head_block and n <= 2 else 0.0
    s += W_FACTS if fact_list(c.text) else 0.0
    s += W_DANGLING if dangling_end(c.text) else 0.0
    s += W_CALL if rivals and call_line(c.text) else 0.0
    form = furniture_shape(c.text)
    s += W_ISSUE_ALONE if form == W_ISSUE and not rivals else form
    s += W_FIELD if c.in_fields and not form else 0.0
    shape = shape_of(c.text)
    if shape is not None:
        s += W_SHAPE[shape]
    named = any(_slug_words(c.text) == _slug_words(n) or _welcome(c.text, n) for n in {ev.site, *ev.names} if n)
    s += W_SITE if named else 0.0
    s += W_MENU_RUN if c.in_menu_run else 0.0
    s += W_HEADER if c.in_header else 0.0
    s += W_LISTED if c.listed else 0.0
    if ev.hints:
        s += W_HINT * max(_overlap(c.text, h) for h in ev.hints)
    if ev.lead:
        words = _words(c.text)
        if words:
            s += W_LEAD * len(words & _words(ev.lead)) / len(words)
    s += W_REPEAT if repeated and not named else 0.0  # the site's name repeated by the date line is the sender's
    s += W_LAST if last else 0.0
    if ev.below and not (last or c.near_anchor) and line_words(c.text) in ev.below:
        s += W_ELSEWHERE
    if c.probability is not None:
        s += W_MODEL * (c.probability - 0.5)
    return s


_WELCOME = re.compile(r"(?i)(?:varmt |hjärtligt )?välkommen (?:till|hem till|in på|hos) (?P<name>.+?)[!.]?")


def _welcome(text: str, site: str) -> bool:
    """Whether the line welcomes the reader to the site by its name ("Välkommen till Åby Båtklubb!", "Varmt välkommen
    hos Åbyhem"): the site's greeting, never the article's headline (a welcome to a meeting or a day is one)."""
    m = _WELCOME.fullmatch(text.strip())
    return m is not None and bool(_slug_words(site)) and _slug_words(site) <= _slug_words(m.group("name"))


PAGE_NAME_WORDS = 5
"""The page's first line is its name (a site's or a company's) when it has at most this many words and heads a menu."""


def page_name(candidates: list[Candidate]) -> frozenset[str]:
    """The page's own name besides the site's told by the reader: its first line when it is a candidate of at most
    :data:`PAGE_NAME_WORDS` words standing in a run of menu lines (a press room's "Åby Kraft & Värme AB" over "Privat",
    "Företag", "Press"); the same line repeated by the head's date line is the sender's, not a headline."""
    first = candidates[0] if candidates else None
    if first is not None and first.index == 0 and first.in_menu_run and real_words(first.text) <= PAGE_NAME_WORDS:
        return frozenset({first.text})
    return frozenset()


def headline_form(c: Candidate, site: str | None) -> bool:
    """Whether the candidate has a headline's form: three words or more, no label, button or menu shape, no form of
    the head's furniture (:func:`furniture_shape`), no row of facts, in no menu, not the site's name."""
    return (real_words(c.text) >= 3 and shape_of(c.text) is None and not furniture_shape(c.text)
            and not fact_list(c.text) and not c.in_menu_run
            and not (site is not None and _slug_words(c.text) == _slug_words(site)))


def furniture_shape(text: str) -> float:
    """The evidence against a line of the head's furniture by its form (:mod:`audiocast.ingest.headshapes`)."""
    if issue_line(text) or series_part(text):
        return W_ISSUE
    label = field_label(text)
    if label is not None and shape_of(label) != "label":
        return W_FIELD  # a content label over its subject ("Minnesord: Gunnar Olofsson, Delsbo") is a headline's form
    if salutation(text):
        return W_GREETING
    if address_line(text):
        return W_ADDRESS
    if tagline(text):
        return W_TAGLINE
    return W_WHEN if when_line(text) or dated_row(text) else 0.0


def _nearest_lead(candidates: list[Candidate], lead: str) -> str | None:
    """The candidate of three words or more that shares the largest share of its content words (stems, numbers) with
    the lead, when it alone does and shares at least half ("Silver och salt – handelsvägarna längs kusten" over a lead
    on "handelsplatser för salt, sill och silver"; a hall's name shares a word at most)."""
    said = content_words(lead)
    shares: dict[str, float] = {}
    for c in candidates:
        own = content_words(c.text)
        if len(c.text.split()) >= 3 and own:
            shares[c.text] = len(own & said) / len(own)
    if not shares:
        return None
    best = max(shares.values())
    winners = [t for t, v in shares.items() if v == best]
    return winners[0] if len(winners) == 1 and best >= 0.5 else None


_HEAD_SEPARATOR = re.compile(r"\s+[|·•/]{1,2}\s+")
_HEAD_DASH = re.compile(r"\s+[-–—]\s+")
CORE_WORDS = 3
"""A headline left after its section label or site name is cut off has at least this many words."""


TITLE_FIELD = re.compile(r"(?i)(?:ämne|rubrik|titel|subject)\s*:\s+(?P<rest>.+)")
"""A field whose value is the title ("Ämne: Nytt tak på smedjan" over a forum thread or a mail): the value is said."""
NAME_PART_WORDS = 4
"""A part of a headline's row that the page has as a line of its own (the name line) is at most this many words."""


def core(text: str, site: str | None = None, lines: frozenset[str] = frozenset()) -> str:
    """The headline without a section label or the site's name set in its row and cut off by a bar or a dot ("SPORT |
    Ny tränare för A-laget", "Nya cykelställ vid resecentrum | Eslövs kommun"): the label is said by no newsreader.
    A dash cuts the row too when both parts open with a capital ("Ny lekplats invigs i maj – Byavisan Ekeby", "Ekeby
    IF – Ny lekplats invigs i maj"; "Juli 2025 – het i söder" goes on). A row set in capitals throughout ("KÖKET ÄR
    KLART – NU LAGAR VI MATEN SJÄLVA") tells no label by its capitals: a part is a label there only when it is one
    in ordinary case ("NYHETER – …", "JUST NU – …"; risk: a site's own label in capitals not in the table stays
    in the headline, which is said whole rather than cut short).
    Only the first or the last part goes, when it is a label (data/headline.tsv), the site's name or a short line the
    page has on its own too (``lines``: the other candidates, the name line among them), and what is left has
    :data:`CORE_WORDS` words or more; a headline with a bar of its own ("Vinter | sommar") stays whole. A title's field
    label ("Ämne: …", :data:`TITLE_FIELD`) goes too."""
    field = TITLE_FIELD.fullmatch(text)
    if field is not None and real_words(field.group("rest")) >= CORE_WORDS:
        return field.group("rest")
    parts = _HEAD_SEPARATOR.split(text)
    if len(parts) != 2:
        parts = _HEAD_DASH.split(text)  # "Ny lekplats invigs i maj – Byavisan Ekeby"
        if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
            return text  # "Juli 2025 – het i söder": the dash goes on with the headline's sentence
    first, last = parts
    capitals = text.isupper()

    def furniture(part: str) -> bool:
        shape = shape_of(part.capitalize() if capitals else part)
        return (shape == "label" or (site is not None and _slug_words(part) == _slug_words(site))
                or (part in lines and real_words(part) <= NAME_PART_WORDS))

    if furniture(first) and len(last.split()) >= CORE_WORDS and not furniture(last):
        return last
    if furniture(last) and len(first.split()) >= CORE_WORDS and not furniture(first):
        return first
    return text


CRUMB_END_WORDS = 3
"""A breadcrumb's last part that names a headline has at least this many words (a section's name has fewer)."""


def _crumb_ends(candidates: list[Candidate]) -> set[str]:
    """The last parts of the breadcrumbs among the candidates ("Hem / Aktuellt / Veckobrev vecka 47"), of
    :data:`CRUMB_END_WORDS` words or more: a breadcrumb ends in the page's own title, so a candidate that says the same
    is the headline (:data:`W_CRUMB_END`)."""
    ends: set[str] = set()
    for c in candidates:
        parts = CRUMB_SEPARATOR.split(c.text)
        if len(parts) >= 2 and shape_of(c.text) == "nav" and len(parts[-1].split()) >= CRUMB_END_WORDS:
            ends.add(parts[-1].strip())
    return ends


_ADDRESSEE = re.compile(r"(?-i:Till)\s+(?P<to>[^.!?]+)")
ADDRESSEE_WORDS = 8
"""A letter's addressee line ("Till ledamöterna i kommunfullmäktige") is at most this many words."""


def _addressees(candidates: list[Candidate], formed: list[bool]) -> set[int]:
    """The positions of a letter's addressee lines: "Till" and a recipient, no sentence, under a candidate of a
    headline's form that writes to the same recipient ("Öppet brev till kommunstyrelsen: Behåll fritidsgården" over
    "Till kommunstyrelsen i Sävsjö kommun"): the letter's title names whom it is to, the line under it heads the letter."""
    return {pos for pos, c in enumerate(candidates) if any(
        form and addressed_by(c.text, d.text) for d, form in zip(candidates[:pos], formed[:pos], strict=True))}


def addressed_by(line: str, title: str) -> bool:
    """Whether ``line`` is a letter's addressee ("Till" and a recipient, no sentence, at most :data:`ADDRESSEE_WORDS`
    words) that ``title`` writes to ("Öppet brev till kommunstyrelsen: …" over "Till kommunstyrelsen i Sävsjö")."""
    m = _ADDRESSEE.fullmatch(line.strip())
    if m is None or real_words(line) > ADDRESSEE_WORDS:
        return False
    _, sep, after = title.lower().partition(" till ")
    return bool(sep) and bool({w for w in _words(m.group("to")) if len(w) >= 5} & _words(after))


def choose(candidates: list[Candidate], ev: Evidence) -> Choice:
    """The best-scored candidate; ties go to the later one (nearer the lead). A section label or site name in the
    candidate's row is cut off first (:func:`core`). The learned ranker (:mod:`audiocast.ingest.headrank`) then
    weighs the rules' choice against the evidence it learned from many sites."""
    from .headrank import decide  # the ranker reads this module's shapes: imported here, not at the top

    scored, ev = rule_scores(candidates, ev)
    return decide(scored, ev)


def rules_choice(scored: list[tuple[float, int, Candidate]]) -> Choice:
    """The rules' choice among the scored candidates: the best score, ties to the later one."""
    ranked = sorted(scored, key=lambda t: (t[0], t[1]), reverse=True)
    best = ranked[0]
    runner = next((r for r in ranked[1:] if r[2].text != best[2].text), None)
    margin = best[0] - runner[0] if runner is not None else float("inf")
    return Choice(best[2].text, best[0], margin, [(c.text, s) for s, _, c in scored])


def rule_scores(candidates: list[Candidate], ev: Evidence) -> tuple[list[tuple[float, int, Candidate]], Evidence]:
    """Each candidate (its row's label or site name cut off, :func:`core`) with the rules' score and its place among
    the candidates, and the evidence completed with the page's own name (:func:`page_name`)."""
    own = frozenset(c.text for c in candidates)
    candidates = [replace(c, text=core(c.text, ev.site, own - {c.text})) for c in candidates]
    heads = [c.index for c in candidates if c.anchor_block and c.anchor_next and headline_form(c, ev.site)]
    if heads:  # a headline glued over its date line: a box set apart above that block is not near the date line
        candidates = [replace(c, near_anchor=False, anchor_next=False)
                      if c.index < min(heads) and not (c.anchor_block or c.dated_head) else c for c in candidates]
    ev = replace(ev, names=ev.names | page_name(candidates))
    seen: dict[str, int] = {}
    for c in candidates:
        seen[c.text] = seen.get(c.text, 0) + 1
    menu = {c.text for c in candidates if c.in_menu_run and len(c.text.split()) <= SECTION_WORDS}
    scored: list[tuple[float, int, Candidate]] = []
    formed = [headline_form(c, ev.site) for c in candidates]
    for pos, c in enumerate(candidates):
        later_twin = seen[c.text] > 1 and all(d.text != c.text for d in candidates[pos + 1:])
        section = later_twin and c.text in menu and pos < len(candidates) - 1
        # the earlier of two short twins, itself in a menu: the menu's item that a breadcrumb says again ("Om Region
        # Bergslagen" in the menu, then in the trail under "Du är här:"), navigation wherever the trail stands
        section = section or (seen[c.text] > 1 and not later_twin and c.in_menu_run
                              and len(c.text.split()) <= SECTION_WORDS)
        rivals = any(f for k, f in enumerate(formed) if k != pos)
        # the line said twice above the lead, the first time as a stacked trail's last item (:attr:`Candidate.crumb_end`)
        s = score(c, ev, last=pos == len(candidates) - 1, repeated=later_twin and not section or c.crumb_end, rivals=rivals)
        scored.append((s + (W_SECTION if section else 0.0), pos, c))
    kicked = {c.index - 1 for c in candidates if c.under_kicker}
    scored = [(s + (W_COLUMN if c.index in kicked else 0.0), pos, c) for s, pos, c in scored]
    ends = _crumb_ends(candidates) | {c.text for c in candidates if c.crumb_end}
    scored = [(s + (W_CRUMB_END if c.text in ends else 0.0), pos, c) for s, pos, c in scored]
    addressees = _addressees(candidates, formed)
    scored = [(s + (W_ADDRESSEE if pos in addressees else 0.0), pos, c) for s, pos, c in scored]
    closest = _nearest_lead(candidates, ev.lead)
    if closest is not None:
        scored = [(s + (W_NEAREST_LEAD if c.text == closest else 0.0), pos, c) for s, pos, c in scored]
    return scored, ev
