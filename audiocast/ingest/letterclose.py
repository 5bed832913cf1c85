"""A letter's or minutes' close in a page dump: its closing line and its signers.

"Med vänliga hälsningar", "Med rotaryhälsningar", "Vid protokollet", "Justeras:" over "Maria Ek, sekreterare", "genom
Eva Lund, ordförande": the article's last lines (:mod:`audiocast.ingest.articleend` ends the article there and judges
what the page sets under them apart).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import SIGNED, TaggedLine
from .headline import shape_of
from .lineshape import words
from .signoff import SLASH_SIGN, is_sign_off

_SENTENCE_END = ".!?…\"”»"
BY_PLACE = frozenset({"tail-box"})
"""Lines the furniture signals took by their place alone (:func:`audiocast.ingest.furniture.tail_box_tags`): a signer
standing alone may be among them."""

GREETING = re.compile(
    r"(?i)(?:med )?(?:(?:vänliga|vänlig|varm|varma|bästa|många|glada|solig|soliga|god|goda|kära) )?[a-zåäö]*hälsning(?:ar)?"
    r"(?: från (?:oss i )?\S+(?: \S+){0,3})?[,!]?|mvh,?")
"""A letter's closing greeting on its own line ("Med vänliga hälsningar", "Med rotaryhälsningar", "Sommarhälsningar",
"Varma hälsningar från styrelsen")."""
_INFORMAL = re.compile(r"(?i)(?:(?:en |stor |stora |varm |varma |många )?kram(?:ar|is|isar)?|allt gott|allt väl|ha det gott)[,!]?")
"""An informal greeting on its own line over the writer's name, or before it in one line ("Kram, Camilla", "Allt gott,"
over "Birgitta"): a blog's or a shop's post signed by its writer."""
_NAMED = re.compile(r"(?P<close>[^,!]+?)[,!]?\s+(?P<name>(?-i:[A-ZÅÄÖÉ])[\w'’-]+(?:\s+(?-i:[A-ZÅÄÖÉ])[\w'’-]+){0,2})"
                    r"(?:,\s+[a-zåäöé][\w-]*(?:\s+[\w-]+){0,2})?")
"""A greeting and the writer's name in one line, perhaps with a role ("Kram, Camilla", "Hälsningar, Malin", "Kramar
Anna", "Hälsningar Hanna, kurator")."""
_FIRST_NAME = re.compile(r"(?-i:[A-ZÅÄÖÉ][a-zåäöéü]+)(?:[ -](?-i:[A-ZÅÄÖÉ][a-zåäöéü]+))?")
"""The writer's first name alone under the greeting ("Birgitta", "Anna-Lena")."""
_FROM_PLACE = re.compile(
    r"(?-i:[A-ZÅÄÖÉ][a-zåäöéü]+)(?:[ -](?-i:[A-ZÅÄÖÉ][a-zåäöéü]+)){1,2},\s+(?-i:[A-ZÅÄÖ][a-zåäö]+)(?:\s+(?-i:[A-ZÅÄÖ][a-zåäö]+))?")
"""A reader's letter signed with the writer's name and home ("Ingrid Bergkvist, Jävrebyn")."""
_COUPLE = re.compile(r"(?-i:[A-ZÅÄÖÉ][a-zåäöéü]+) (?:och|&) (?-i:[A-ZÅÄÖÉ][a-zåäöéü]+)(?: (?-i:[A-ZÅÄÖÉ][\wåäöéü-]+)){1,2}"
                     r"(?:,\s+[a-zåäö][\wåäö-]*(?:\s+[\wåäö-]+){0,2})?")
"""Two who sign together, perhaps with their role ("Göran och Lena Stålberg, värdpar": session 34, a camping's hosts)."""
CLOSING_THANKS_WORDS = 10
"""A short closing line between the last paragraph and the writer's greeting ("Tack för tio fina år.") is at most this
many words."""
_FAREWELL = re.compile(r"(?i)(?:väl mött|vi ses|vi hörs|hej så länge|ha det (?:gott|bra|fint)|hoppas vi ses"
                       r"|(?:varmt |hjärtligt |ni är )?välkomna(?: (?:hit|hem|tillbaka|åter|upp|ut|in))?(?= *[!.]?$| upp| ut| hem)"
                       r"|ha en (?:fin|trevlig|skön|bra|härlig|riktigt fin) \w+|trevlig (?:helg|dag|kväll|vecka|läsning))"
                       r"\b[^.?]{0,40}[!.]?")
"""An informal close over the signers ("Väl mött på årsmötet!", "Vi ses!", since session 30 "Ha en fin tisdag – vi
hörs i morgon.", a daily letter's; since session 34 "Varmt välkomna!", a host's): a close only with a signer under it."""
FAREWELL_LINE_WORDS = 20
"""A closing line whose last sentence is the farewell ("Vi ser fram emot en härlig säsong tillsammans. Väl mött på
banan!", session 34) is at most this many words."""


def _farewell_line(text: str) -> bool:
    """An informal close (:data:`_FAREWELL`), alone or as the last sentence of a short closing line."""
    if _FAREWELL.fullmatch(text):
        return True
    tail = re.split(r"(?<=[.!])\s+(?=[A-ZÅÄÖ])", text)[-1]
    return tail != text and words(text) <= FAREWELL_LINE_WORDS and _FAREWELL.fullmatch(tail) is not None


_SIGNED_BY = re.compile(r"\sgenom\s+(?-i:[A-ZÅÄÖ])")
_BOARD = re.compile(r"(?i)(?:för |å )?styrelsen\b")
"""A board signing its post through a member in one line ("Styrelsen genom Birgitta Åhlund, sekreterare")."""
_MINUTES_CLOSE = re.compile(
    r"(?i)vid protokollet|justeras|justerat|för styrelsen|styrelsen genom|å styrelsens vägnar"
    r"|för (?-i:[A-ZÅÄÖ])[\w&'’.-]*(?: [\w&'’.-]+){0,5}")
"""The close of minutes or of a board's letter on its own line ("Vid protokollet", "Justeras:"), a colon allowed; a
letter signed on behalf of its organisation ("För Bergsjöbygdens Samhällsförening" over its signers)."""
SIGNATURE_RULE = SIGNED
"""The rule name of a letter's close and signers kept under the article's last paragraph (a kept line)."""
SIGNATURE_LINES = 2
"""A letter's signature under its greeting is at most this many lines (the writer, on whose behalf)."""


SIGNER_WORDS = 6
"""A signer's line under a letter's close ("Maria Ek, sekreterare", "Styrelsen i Brf Solgläntan") is at most this long."""


def signature_end(lines: Sequence[TaggedLine], end: int, cut: int) -> int | None:
    """Where a letter's or minutes' close right under the article's last paragraph ends: its closing line
    (:data:`GREETING`, :data:`_MINUTES_CLOSE`: "Vid protokollet", "Justeras:"; an informal farewell :data:`_FAREWELL`,
    which may be the last paragraph itself; a greeting signed in its own line, "… genom Sven Ljung") over one to
    :data:`SIGNATURE_LINES` + 1 signers (a name and a role, a name, a board, a role under a name: short lines without a
    sentence's end; glued together, a blank line allowed under the close). The close and its signers are the article's
    last lines ("Vid protokollet" over "Maria Ek, sekreterare"), whatever the page sets under them (a calendar, the
    club's address), which is judged apart. None when there is no such close."""
    k = end + 1
    if end >= 0 and lines[end].tag is None and _farewell_line(lines[end].text.strip()):
        k = end  # an informal close of a sentence's length is the text's last line ("Väl mött vid bussen på måndag!")
    elif _thanks(lines, k, cut) and k + 1 < cut and _open_line(lines[k + 1]) and _greeting(lines[k + 1].text.strip()):
        k += 1  # a short closing line ("Tack för tio fina år.") over the writer's greeting
    # The close may have been taken by its place among the page's boxes (a short line under the text's end).
    if k >= cut or not _open_line(lines[k]):
        return None
    close = lines[k].text.rstrip(":").strip()
    signed_in_line = _SIGNED_BY.search(close) and (GREETING.fullmatch(close) or _BOARD.match(close) and _signer(close))
    if signed_in_line or _named(close):
        return k + 1  # the close and its signer in one line ("Hälsningar från byalaget genom Sven Ljung", "Kram, Camilla",
        # "Styrelsen genom Birgitta Åhlund, sekreterare")
    if not (GREETING.fullmatch(close) or _MINUTES_CLOSE.fullmatch(close) or _farewell_line(close)
            or _INFORMAL.fullmatch(close)):
        return None
    last = k
    while last + 1 < cut and last - k <= SIGNATURE_LINES and (
            lines[last + 1].tag in (None, "byline") or lines[last + 1].rule in BY_PLACE) and (
            last == k or not lines[last + 1].blank_before) and (
            _signer(lines[last + 1].text) or (last > k and _role(lines[last + 1].text)) or (
                last == k and _FIRST_NAME.fullmatch(lines[last + 1].text) is not None)):
        last += 1
    return last + 1 if last > k else None


CLOSE_REACH = 8
"""How many open lines (a titled list, short closing lines) may stand between the article's last paragraph of running
prose and the writer's signature that closes it (:func:`signature_below`)."""


def signature_below(lines: Sequence[TaggedLine], end: int, cut: int) -> int | None:
    """Where a post's close ends when it stands a few lines under the article's last paragraph of running prose, only
    open lines between (:data:`CLOSE_REACH`): a board's post ends with its list of dates and a greeting over "Styrelsen
    genom Birgitta Åhlund, sekreterare". Those lines are the post's, above its signature; the page's boxes stand under
    it. None when no such close stands there."""
    if (signed := signature_end(lines, end, cut)) is not None:
        return signed
    for k in range(end + 1, min(cut, end + 1 + CLOSE_REACH)):
        if not _open_line(lines[k]):
            return None
        if (signed := signature_end(lines, k, cut)) is not None:
            return signed
    return None


def keep_signed_close(lines: Sequence[TaggedLine], end: int, cut: int) -> int | None:
    """Keep a letter's or post's close and its signature under the article's last paragraph
    (:func:`signature_below`), and the lines between: where they end, or None when there is no such close."""
    signed = signature_below(lines, end, cut)
    if signed is None:
        signed = slash_signature_below(lines, end, cut)  # the writer's slash signature, said as the post's sign-off
    for x in lines[end + 1:signed or end + 1]:
        if x.rule in BY_PLACE:
            x.tag = None  # a signer standing alone, taken by its place among the page's boxes
        if x.tag is None:
            x.rule = SIGNATURE_RULE  # the classifier's doubt of a bare name does not take it (text._model_tags)
    return signed


ROLE_WORDS = 3
"""A signer's role on the line under the name ("Bibliotekschef", "Rektor, Lillåns skola") is at most this many words."""


def _role(text: str) -> bool:
    """A signer's role under the name: short (:data:`ROLE_WORDS`), capitalized (or a word or two: "sekreterare"), no digits, no sentence's end, no
    button."""
    return words(text) <= ROLE_WORDS and (text[0].isupper() or (words(text) <= 2 and text.replace(" ", "").isalpha())) and text[-1] not in _SENTENCE_END and not any(
        c.isdigit() for c in text) and shape_of(text) is None


def _signer(text: str) -> bool:
    """A signer's line: a person (a name, a name and a role: :func:`audiocast.ingest.contacts.is_person_line`) or a
    board ("Styrelsen i Brf Solgläntan"), short (:data:`SIGNER_WORDS`), or the signature going on in lower case
    ("genom Maria Ekström, ordförande"), or a reader signing with name and home ("Ingrid Bergkvist, Jävrebyn",
    :data:`_FROM_PLACE`); no sentence's end, no digits."""
    from .contacts import is_person_line

    if words(text) > SIGNER_WORDS + 2 or text[-1] in _SENTENCE_END or any(c.isdigit() for c in text):
        return False
    if re.match(r"(?:genom|med|för|och|på uppdrag av)\s", text) or _MINUTES_CLOSE.fullmatch(text.rstrip(":").strip()):
        return True  # the signature goes on ("genom Maria Ekström, ordförande") or says on whose behalf ("För styrelsen")
    return words(text) <= SIGNER_WORDS and (is_sign_off(text) or is_person_line(text) or _COUPLE.fullmatch(text) is not None or bool(
        re.match(r"(?i)styrelsen\b", text)) or _FROM_PLACE.fullmatch(text) is not None)


def _open_line(ln: TaggedLine) -> bool:
    """A line kept, or taken by its place alone among the page's boxes (:data:`BY_PLACE`)."""
    return ln.tag is None or ln.rule in BY_PLACE


def _greeting(close: str) -> bool:
    return bool(GREETING.fullmatch(close) or _INFORMAL.fullmatch(close) or _named(close))


def _named(close: str) -> bool:
    """A greeting and the writer's name in one line (:data:`_NAMED`): "Kram, Camilla", "Hälsningar, Malin"."""
    m = _NAMED.fullmatch(close)
    return m is not None and bool(GREETING.fullmatch(m.group("close").strip()) or _INFORMAL.fullmatch(m.group("close").strip()))


def _thanks(lines: Sequence[TaggedLine], k: int, cut: int) -> bool:
    """A short sentence standing alone under the article's last paragraph (:data:`CLOSING_THANKS_WORDS`)."""
    if k >= cut or not _open_line(lines[k]):
        return False
    text = lines[k].text
    return text[-1] in ".!" and 2 <= words(text) <= CLOSING_THANKS_WORDS and not any(c in text for c in "@:")


def closed_by(box: Sequence[TaggedLine]) -> int:
    """How many lines open a box as a letter's close, glued over the page's furniture ("Skriv ut", a picture's credit):
    its greeting (:data:`GREETING`, kept), a signer under it (:func:`_signer`: "Gunnel Åkesson", "Jenny Alm, rektor") and,
    under a bare name, a role ("Ordförande"). 0 when the box opens otherwise."""
    from .contacts import is_person_line

    if len(box) < 2 or box[0].tag is not None or not GREETING.fullmatch(box[0].text.strip()):
        return 0
    if box[1].tag is not None or not _signer(box[1].text):
        return 1
    bare = is_person_line(box[1].text) and "," not in box[1].text
    return 3 if bare and len(box) > 2 and box[2].tag is None and _role(box[2].text) else 2


def glued_box_sentence(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether lines[i] is glued under the line above it (no blank line) in a dump that has blank lines: the sentence of
    a box under its heading ("Svar direkt" over "Tomas Lundmark (S), kommunalråd, har erbjudits att svara."), never a
    letter's postscript, which stands alone under the signature (for ``articleend._postscript``)."""
    return not lines[i].blank_before and any(x.blank_before for x in lines)



SLASH_REACH = 8
"""How many open lines may stand between the article's last paragraph and the writer's slash signature closing it."""


def is_slash_signature(text: str) -> bool:
    """A writer's signature after a slash on its own line ("/Mattias Grön", "/TT": :data:`.signoff.SLASH_SIGN`)."""
    return SLASH_SIGN.fullmatch(text.strip()) is not None


def slash_signature_below(lines: Sequence[TaggedLine], end: int, cut: int) -> int | None:
    """Where the article ends at its writer's slash signature ("/Mattias Grön") a few open lines under its last
    paragraph of running prose (:data:`SLASH_REACH`): the lines between (a match's facts: the result, "Målen: …",
    "Publik: 1 212") are the article's, signed by its writer (session 34, extract130: a bandy club's match report). None
    when no such signature stands there."""
    for k in range(end + 1, min(cut, end + 2 + SLASH_REACH)):
        if is_slash_signature(lines[k].text):
            return k + 1
        if not _open_line(lines[k]):
            return None
    return None
