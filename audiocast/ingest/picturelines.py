"""A picture's caption in a page dump that says it is one, without the usual "Foto: Namn" credit.

The rule table knows the common credit ("… Foto: Anna Ek"). Captions also say they are captions in other ways, on any
site, and none of them is a sentence of the article:

- a picture's call to open it larger closing the line ("… Klicka för större bild.", session 34);
- a picture's mark opening the line: a camera or picture emoji ("📷", "📸", "🖼"), a gallery's counter ("Bild 2 av
  5:", "Foto 1 av 8:", "3/7:") or a picture's number ("Bild 1:", "Figur 2."; a blog numbers the pictures it sets
  under its text);
- a credit of another kind closing it: a press picture, a designer, an illustrator, an unknown photographer, a
  picture's source, in parentheses or not ("Pressbild: Länsstyrelsen", "Formgivning: Lisa Nord", "(Okänd fotograf, ur
  körens arkiv)", "Skiss: Kommunfastigheter"), or a credit without a name as the line's last sentence after the
  caption's own ("… troligen 1912. Okänd fotograf.", "… på bröllopsdagen. Privat bild");
- a short line that names its picture and has no verb of its own ("Bild från förra årets iftar.", "Räddningstjänstens
  bild från platsen strax efter kl. 22.").

Guards (kept): the article's sentence about a picture or a cover ("Bilden hänger nu i kommunhuset, där …"; "Boken har
fått sitt omslag formgivet av …"): a credit must stand as a label with its colon or in parentheses at the line's end,
and a picture-naming line must be short and verbless. Not here: captions over their credit line
(:mod:`audiocast.ingest.credits`, the rules' ``photo-credit``), captions standing alone by place
(:mod:`audiocast.ingest.furniture`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .barecaptions import running_prose, scene_shaped
from .credits import is_credit_only
from .furniture import TaggedLine, is_caption
from .lineshape import is_quote, words

RULE = "caption-marked"
CAPTION_WORDS = 35
"""A marked caption is at most this many words (longer is a paragraph that happens to start with an emoji)."""
NAMING_WORDS = 10
"""A caption that names its picture ("Bild från …") without a credit is at most this many words."""

UNDER_CREDIT_WORDS = 25
"""A scene caption right under its credit is at most this many words: its place says what it is, not its length
(the captions standing alone are at most ``furniture.CAPTION_WORDS``)."""
SHORT_NAMING = 6
"""A picture-naming line this short is a caption whatever the verb guesser says of its last word ("… årets iftar.")."""

_MARK = re.compile(r"^(?:[\U0001F4F7\U0001F4F8\U0001F5BC\U0001F39E\U0001F3A8]\ufe0f?\s*|"
                   r"(?i:bild|foto|fotografi|figur)\s+\d{1,3}\s*(?:(?:av\s+|/\s*)\d{1,3}\s*)?[:.–-]\s*|\d{1,2}\s*/\s*\d{1,2}\s*:\s+)")
"""A picture's emoji, a gallery's counter or a picture's number, opening the line."""
_CREDIT = re.compile(
    r"(?i)(?:^|[.!?)]\s+|\s[–-]\s)(?:press|arkiv|genre)?(?:bild|foto|fotografi)\s*:\s*\S[^.!?]{0,60}\.?$"
    r"|(?:^|[.!?]\s+)(?:formgivning|omslag|omslagsbild|illustration|illustrationer|montage|bildkälla|bildmontage"
    r"|fotomontage|grafik|design|skiss|skisser|visualisering|ritning|karta|kartbild|kartunderlag)\s*:\s*\S[^.!?]{0,60}\.?$"
    r"|\((?:[^()]{0,40}\b)?(?:okänd fotograf|fotograf okänd|foto|bild|pressbild|arkivbild|privat bild)\b[^()]{0,60}\)\.?$"
    r"|[.!?]\s+\((?:[Uu]r|[Ff]rån) [^()]{1,40}\b(?:arkiv|arkivet|samlingar|samlingarna|bildarkiv|bildarkivet|album|fotoalbum)\)\.?$"
    r"|[.!?]\s+(?:okänd fotograf|fotograf okänd|fotografen okänd|privat bild|privat foto|pressbild|arkivbild)"
    r"(?:,\s*[^.!?,]{1,60}\b(?:arkiv|samlingar|samling|museum|museet|arkivet|bildarkiv)"
    r"|\.\s+(?:Ur|Från) [^.!?]{1,60}\b(?:arkiv|arkivet|samlingar|samlingarna|samling|bildarkiv|bildarkivet|album|museum"
    r"|museet)(?:\s\([^()]{1,30}\))?)?\.?$")
"""A credit of another kind closing the line: a label and its colon after the caption's sentence, in parentheses, or
a credit without a name as the line's last sentence ("… troligen 1912. Okänd fotograf.", "… 1975. Privat bild"; an
architect's sketch's "Skiss: …", session 21; a map's "Karta: …", session 33); the archive holding it after the credit ("… 1938. Okänd fotograf,
Flottningsmuseets arkiv", session 30), or in a sentence of its own, a catalogue number after it ("… våren 1923.
Fotograf okänd. Ur föreningens samlingar (BHF 1987:112).", session 48); the archive alone in brackets as its source
("… till vänster. (Ur föreningens arkiv)", session 34)."""
_NAMES_PICTURE = re.compile(r"(?i)^(?:bild|foto|fotografi|vy|utsikt)\s+(?:från|av|över|ur|på)\s|^på bilden\b")
_OWNED_PICTURE = re.compile(r"(?i)^(?:[\w-]{2,}s|privat|egen)\s+(?:bild|foto)\s+(?:från|av|över)\s")
"""A line naming its picture by its owner ("Räddningstjänstens bild från platsen strax efter kl. 22.", session 32):
a caption only without a verb of its own ("Polisens bild av läget är ljus." is the article's)."""
_PICTURE_SHOWS = re.compile(r"(?:Bilden|Fotot|Fotografiet|Bilderna) visar\s(?!att\b|hur\b|vad\b)")
"""A caption opening by saying what its picture shows ("Bilden visar den norrgående bilen efter olyckan.", session 34,
extract133); "Bilden visar att …", the overall picture, is the article's."""
SHOWS_WORDS = 15
_CLOCK_STOP = re.compile(r"(?i)\bkl\.(?=\s\d)")
_OPENS_LARGER = re.compile(r"(?i)(?:^|[.!?]\s+)(?:Klicka|Tryck)(?: på (?:bilden|kartan|grafiken|skissen))? för (?:en |att se )?"
                           r"(?:större (?:bild|karta|version|format)|att förstora(?: bilden| kartan)?|(?:bilden|kartan) i "
                           r"större format)\.?$")
"""A caption's last sentence saying its picture opens larger ("Skiss över den nya cirkulationsplatsen. Klicka för en
större bild."; session 34, extract125): the picture's own call, with or without its credit under it."""


def is_marked_caption(line: str) -> bool:
    """A caption by its mark, its credit or by naming its picture (module docstring)."""
    if not line or is_quote(line) or words(line) > CAPTION_WORDS:
        return False
    if _MARK.match(line) or _CREDIT.search(line) or _OPENS_LARGER.search(line):
        return True
    if words(line) <= SHOWS_WORDS and _PICTURE_SHOWS.match(line):
        return True
    if words(line) <= NAMING_WORDS and _OWNED_PICTURE.match(line):
        return is_caption(_CLOCK_STOP.sub("kl", line))  # "kl. 22" ends no sentence
    return words(line) <= NAMING_WORDS and bool(_NAMES_PICTURE.match(line)) and (is_caption(line) or words(line) <= SHORT_NAMING)


def past_captions(lines: Sequence[TaggedLine], start: int) -> int:
    """Where the text begins when the line the head left for its first is a marked caption (the top picture's, with
    its credit, over the text: "Klassfoto från Brånaby småskola, våren 1923. Fotograf okänd."), or a scene caption
    under the top picture's credit (:func:`_under_credit`): the caption goes (rule ``caption-marked``) and the next kept
    line begins the text."""
    at = start
    while at < len(lines) and lines[at].tag is None and (
            is_marked_caption(lines[at].text) or at == start and _under_credit(lines, at)):
        lines[at].tag, lines[at].rule = "drop", RULE
        at += 1
        while at < len(lines) and lines[at].tag is not None:
            at += 1
    return at if at < len(lines) else start


def _under_credit(lines: Sequence[TaggedLine], at: int) -> bool:
    """Whether the line the head left for the text's first is the top picture's scene caption set under its credit
    (a photo credit alone on the line right over it, glued), with the article's running prose glued under it (session
    49, extract264: "Foto: Maria Sundin" / "Ordförande Göran Bergkvist och spårchefen Emil Dahlgren vid den nya
    belysningen på Kullstigen." over the lead; a credit's caption elsewhere stands over it). A lead is no verbless scene."""
    if at < 1 or at + 1 >= len(lines) or lines[at].tag is not None or lines[at].blank_before:
        return False
    credit = lines[at - 1]
    return (credit.tag == "caption" and is_credit_only(credit.text) and scene_shaped(lines[at].text, UNDER_CREDIT_WORDS)
            and running_prose(lines[at + 1]))


def marked_caption_tags(lines: Sequence[TaggedLine]) -> None:
    """Kept lines that are captions by their own marks (module docstring) go (rule ``caption-marked``)."""
    for ln in lines:
        if ln.tag is None and is_marked_caption(ln.text):
            ln.tag, ln.rule = "drop", RULE


_COUNTER = re.compile(r"(?i:(?:bild|foto)\s+)?\d{1,2}\s*(?:/|av)\s*\d{1,2}")
"""A gallery's counter alone on its line ("1/4", "Bild 2 av 6"), dropped by the rule table (``gallery``)."""


def counter_caption_tags(lines: Sequence[TaggedLine]) -> None:
    """The kept line right under a gallery's bare counter ("1/4" over "Räddningstjänsten var på plats med fyra
    enheter.") is the picture's caption (rule ``caption-marked``): the counter stands over its picture, and of the 60
    lines under such a counter in the annotated dumps (16 folders) none is the article's (session 24). Run before the
    widget passes cut the counters out. A counter right under a photo credit closes the picture above it (its caption
    and credit, then "1/3"), and the line under it is the article's (extract91, written after the first version of
    this rule). Risk: a page whose counter numbers the article's own list items ("1/3" over a tip), not written so in
    any dump seen."""
    for k in range(1, len(lines)):
        above, ln = lines[k - 1], lines[k]
        if above.tag == "drop" and above.rule == "gallery":
            _gallery_title_tags(lines, k - 1)
        if above.rule == "gallery" and ln.tag is not None and ln.rule in _NAV_RULES:
            k = _past_nav(lines, k)  # the gallery's arrows between its counter and the caption ("Föregående", "Nästa")
            if k >= len(lines):
                continue
            ln = lines[k]
        if ln.tag is None and above.tag == "drop" and above.rule == "gallery" and not is_quote(ln.text) \
                and words(ln.text) <= CAPTION_WORDS and _COUNTER.fullmatch(above.text.strip()) is not None \
                and not (k > 1 and lines[k - 2].tag == "caption" and not _counter_at(lines, k + 1)
                         and not _credit_at(lines, k + 1)):
            ln.tag, ln.rule = "drop", RULE


_NAV_RULES = frozenset({"post-nav-bare", "nav-arrow"})
"""The rules of a gallery's arrows ("Föregående", "Nästa", "←", "→"), which may stand between its counter and caption."""
_COUNTED = re.compile(r"(?i).*?\b(?P<n>\d{1,3})\s+(?:bilder|foton|fotografier|bild)\)?")
"""A gallery's title with its count of pictures ("Bilder från jakten (12 bilder)")."""


def _past_nav(lines: Sequence[TaggedLine], k: int) -> int:
    while k < len(lines) and lines[k].tag is not None and lines[k].rule in _NAV_RULES and not lines[k].blank_before:
        k += 1
    return k


def _gallery_title_tags(lines: Sequence[TaggedLine], counter: int) -> None:
    """Session 30: the title right over a gallery's counter that counts the gallery's pictures, its count the counter's
    total ("Bilder från jakten (12 bilder)" over "Bild 1 av 12"), is the gallery's, never a subheading of the article."""
    m = _COUNTER.fullmatch(lines[counter].text.strip())
    title = _COUNTED.fullmatch(lines[counter - 1].text.strip()) if counter > 0 else None
    if m and title and lines[counter - 1].tag is None and re.split(r"\s*(?:/|av)\s*", m[0])[-1] == title["n"]:
        lines[counter - 1].tag, lines[counter - 1].rule = "drop", RULE


def _credit_at(lines: Sequence[TaggedLine], k: int) -> bool:
    """lines[k] is a credit alone: a line framed by a counter over it and its credit under it is the picture's caption
    in a gallery that sets each counter over its picture (session 31, extract113: "Bild 3 av 8" / "Förtöjningsgänget i
    arbete. Från vänster …" / "Foto: Storvikens Hamn"), even where the credit above closed the picture before."""
    return k < len(lines) and is_credit_only(lines[k].text)


def _counter_at(lines: Sequence[TaggedLine], k: int) -> bool:
    """lines[k] is a gallery's bare counter: a line framed by two counters is a picture's caption even under a credit
    (session 29, blind set extract105: "2 / 6" / "Mezzetallriken med hummus …" / "3 / 6")."""
    return k < len(lines) and lines[k].rule == "gallery" and _COUNTER.fullmatch(lines[k].text.strip()) is not None


_ROW = re.compile(r"(?P<label>[^:]{1,30}):\s+(?P<value>\S[^:]{0,30})")
ROW_WORDS = 4
"""A row's label and its value are at most this many words each ("2022: 361", "Norra distriktet: 41 procent")."""


def parallel_rows(above: str, line: str) -> bool:
    """Two rows of one list, a label and a value each, their labels of one kind (both numbers or years, or both words):
    "2022: 361" over "2023: 412". The second is the list's last row, never the title of a picture under it."""
    a, b = _ROW.fullmatch(above), _ROW.fullmatch(line)
    if a is None or b is None:
        return False
    short = all(len(m[g].split()) <= ROW_WORDS for m in (a, b) for g in ("label", "value"))
    return short and a["label"].strip().isdigit() == b["label"].strip().isdigit()
