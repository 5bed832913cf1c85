"""A writer's name and role on one line between the headline and the date line: the byline, not a headline.

"Niklas Berg, kommunpolis i Leksand och Rättvik" glued under the column's question and over "30 maj 2024": the headline
scorer weighs the line nearest the date, and a name with its role has a headline's length and no sentence's end. On any
site the byline is told by its shape and its place: a person's name (two to four capitalised words), a comma and a role
opened by a word in lower case (its place names capitalised: "kommunpolis i Leksand", "ordförande för Ås IF"), no
sentence's end, glued right over a date line with its year and right under a headline-like line of at least
:data:`HEADLINE_WORDS` words. The name goes to the byline, the line out of the headline's candidates.

Risk: a portrait's headline of the same shape ("Anna Ek, ny rektor på Västra skolan") glued under a long kicker over
its date line; the kicker must be a headline-like line of :data:`HEADLINE_WORDS` words or more (a section label is
shorter). Not here: the name and the role on lines of their own (:func:`audiocast.ingest.headmeta.name_role_rows`), a
byline opened by "Av" (the rule table's ``byline-av``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import parse_date
from .dumpclean import slugify
from .furniture import TaggedLine
from .headcrumbs import FLOOR_RULES
from .headmeta import HEAD_SCAN, PROSE_WORDS, name_role_rows, title_over
from .lineshape import words

WRITERS_DESC_WORDS = 16
"""A writer's description between the writers' names and the date line is at most this many words."""
_JOINED = re.compile(r"(?i)^(?:av|text|text och foto|foto|by)\s*:?\s+|\s(?:och|&|samt)\s")
"""What tells the writers' line from a lone name: a byline's opening word ("Av", "Text:") or two names joined."""
_LISTED = re.compile(r"[^,\s]+\s+[^,]*[^,\s],\s*[^,\s]+\s+\S.*")
"""Two names listed by a comma, each of two words or more ("Jonas Öhman, Frida Lestander"; a live report's writers,
session 21): a lone name has no comma, a name and its place ("Eva Ek, Ekby") one word after it."""
_META_SEP = re.compile(r"\s[·|•]\s")
"""The separator of a head's meta row ("Eva Ek · 3 maj 2025")."""

HEADLINE_WORDS = 4
"""The headline over the byline is at least this many words."""
_NAME_WORD = r"(?-i:[A-ZÅÄÖÉÜ][a-zåäöéüø]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)"
_NAME_ROLE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:von|af|de|van)\s+)?{_NAME_WORD}){{1,3}})\s*,\s+"
    r"(?P<role>(?-i:[a-zåäöé])[a-zåäöé-]+(?:\s+(?:(?-i:[a-zåäöé])[a-zåäöé-]*|(?-i:[A-ZÅÄÖ])[\w-]+)){0,5})")
"""A name, a comma and a role in lower case, place names in it capitalised ("Niklas Berg, kommunpolis i Leksand och
Rättvik")."""


def _glued_rows(lines: Sequence[TaggedLine], shape: re.Pattern[str], rule: str, group: str) -> list[int]:
    """Tag as the byline each untagged line of ``shape`` glued between a headline-like line of :data:`HEADLINE_WORDS`
    words or more (or the page's breadcrumb, the headline under the date line) and a date line with a date; its
    ``group`` is the writer. The indices of the lines tagged."""
    found: list[int] = []
    for i in range(1, min(len(lines) - 1, HEAD_SCAN)):
        ln, date = lines[i], lines[i + 1]
        if ln.tag is not None or date.tag not in {"date", "published"} or ln.blank_before or date.blank_before:
            continue
        m = shape.fullmatch(ln.text.strip())
        crumb = lines[i - 1].rule in FLOOR_RULES  # (session 42: the breadcrumb over the head's meta, the headline under it)
        if m is None or not (crumb or title_over(lines[i - 1]) and words(lines[i - 1].text) >= HEADLINE_WORDS):
            continue
        if parse_date(date.value or date.text) is None:  # type: ignore[attr-defined]
            continue
        ln.tag, ln.rule, ln.value = "byline", rule, m.group(group)  # type: ignore[attr-defined]
        found.append(i)
    return found


def name_comma_role_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """Tag a writer's name and role on one line between the headline and the date line as the byline (module
    docstring); the indices of the lines tagged."""
    return _glued_rows(lines, _NAME_ROLE, "name-role", "name")


UNIT_SUFFIXES = ("förvaltningen", "förvaltning", "kontoret", "enheten", "avdelningen", "nämnden", "staben", "sektionen",
                 "kansliet", "byrån", "funktionen")
"""The last part of an organisation's unit named as the writer ("Samhällsbyggnadsförvaltningen", "Kommunikationsenheten",
"Miljö- och hälsoskyddskontoret")."""
_UNIT_ORG = re.compile(
    r"(?P<unit>(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+(?:och|&)\s+[\w-]+)?(?:" + "|".join(UNIT_SUFFIXES) + r"))\s*,\s+"
    r"(?P<org>(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+[\w-]+){0,4})")
"""An organisation's unit, a comma and the organisation ("Samhällsbyggnadsförvaltningen, Mölndals kommun")."""


def unit_comma_org_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """Tag the writer's line of an organisation's page, its unit and the organisation on one line glued between the
    headline and the date line ("Kultur- och fritidsförvaltningen, Region Gotland" over "4 maj 2025"), as the byline:
    a story tool's or a municipality's page names its writer so, and the line has a headline's length. Same place as
    :func:`name_comma_role_rows`. Risk: a headline of that shape (a unit's name and its organisation) glued under a
    kicker of :data:`HEADLINE_WORDS` words over a date line."""
    return _glued_rows(lines, _UNIT_ORG, "unit-org", "unit")


def _headline(ln: TaggedLine) -> bool:
    return title_over(ln) and words(ln.text) >= HEADLINE_WORDS


LABELS_BETWEEN = 2
"""At most this many dropped labels stand between the headline and the writers' line."""


FURNITURE_GAP = 6
"""At most this many dropped lines (share buttons, "Lyssna") stand between the head and the writers under it."""


def _is_lead(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k] is a lead: a paragraph of running prose glued under a headline-like line."""
    ln = lines[k]
    return (k > 0 and ln.tag is None and not ln.blank_before and words(ln.text) >= PROSE_WORDS
            and ln.text.rstrip()[-1:] in '.!?”"' and _headline(_above_labels(lines, k)))


def _head_over(lines: Sequence[TaggedLine], k: int) -> bool:
    """Whether lines[k], past up to :data:`FURNITURE_GAP` dropped lines over it, is the head the writers stand under:
    a headline-like line, or the lead glued under one (a news page's headline, lead, share row, writers and date
    lines, session 51: extract276 and 277, the writers' line was read as text)."""
    gap = 0
    while k > 0 and lines[k].tag == "drop" and gap < FURNITURE_GAP:
        k, gap = k - 1, gap + 1
    return _headline(lines[k]) or _is_lead(lines, k)


def _above_labels(lines: Sequence[TaggedLine], i: int, past: frozenset[str] = frozenset()) -> TaggedLine:
    """The line over line ``i`` past the labels the rule table dropped between them, at most :data:`LABELS_BETWEEN`
    (a live report's "Uppdateras löpande" or "LIVE" between its headline and its writers' line, session 24), and past
    any line tagged one of ``past`` (the head's date lines over writers under them): the headline the writers stand
    under. Line ``i - 1`` itself when nothing of the kind stands there."""
    k, labels = i - 1, 0
    while k > 0:
        ln = lines[k]
        if ln.tag in past:
            k -= 1
        elif ln.tag == "drop" and ln.rule is not None and not ln.blank_before and words(ln.text) <= 3 \
                and labels < LABELS_BETWEEN:
            k, labels = k - 1, labels + 1
        else:
            break
    return lines[k]


def writers_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """The writers' line glued over the date line in the head, perhaps over a line describing the writer (session
    17, found by ``tools/perturb_heads.py``): "Eva Ek och Per Lund", "Eva Ek, Per Lund" or "Text: Eva Ek" over "Publicerad 3 maj 2025
    08.10", or a name over "Frilansskribent, bor i Nora" or "Eva Ek är reporter på Bladet." over that date line,
    under a headline-like line of at least :data:`HEADLINE_WORDS` words (the names' block may be set apart) or over
    one glued under the date line (the byline over the title), or under the lead glued under a headline-like line,
    perhaps past a share row (:func:`_head_over`, session 51). Two names joined have a headline's length and no
    sentence's end, a writer's description a headline's or a lead's shape, so the scorer took them for the headline;
    their place beside the headline and over the date is what tells them, on any site.

    A date line that names its writer itself ("Eva Ek · 3 maj 2025") has its byline: the lines over it are then a
    place's name ("Ekby & Åsen", a PWA's area tab) and the headline, never the writers (session 17, round 2).

    Risk: a headline that is two names joined ("Anna och Tomas Berg") set under a long kicker over its date line; a
    lone name over the date line stays the scorer's (it may be a portrait's headline under its kicker). The names go
    to the byline, the description is dropped."""
    from .headrank import name_card  # the ranker reads the headline's shapes: imported here, not at the top

    found: list[int] = []
    for i in range(1, min(len(lines) - 1, HEAD_SCAN)):
        name = lines[i]
        if name.tag is None and words(name.text) >= PROSE_WORDS and name.text.rstrip()[-1:] in ".!?":
            if _is_lead(lines, i):
                continue  # the lead under the headline: the writers and the date may stand under it
            break  # the running text has begun: a list's rows under it ("Villa Ek" / "Inga fel" / a date) are no byline
        tagged = name.tag == "byline"  # "Av Eva Ek", tagged by the rule table: its description under it is looked for
        if (name.tag is not None and not tagged) or not name_card(name.text.strip()):
            continue
        desc = lines[i + 1]
        described = (desc.tag is None and not desc.blank_before and words(desc.text) <= WRITERS_DESC_WORDS
                     and desc.text[:1].isupper() and i + 2 < len(lines))
        at = i + 2 if described else i + 1
        date = lines[at]
        if not described and (tagged or (_JOINED.search(name.text) is None and _LISTED.fullmatch(name.text.strip()) is None)):
            continue  # a lone name over the date line is left to the headline's scoring
        if date.tag not in {"date", "published", "updated"} or date.blank_before:
            continue
        if date.tag == "date" and parse_date(date.value or date.text) is None:  # type: ignore[attr-defined]
            continue  # a date with its year, or a publication or update line ("Publicerad för 2 timmar sedan",
            # "Uppdaterad igår", session 28)
        if any(name_card(part.strip()) for part in _META_SEP.split(date.text)):
            continue  # the date line names its writer itself ("Eva Ek · 3 maj 2025"): the lines over it are no byline
        below = lines[at + 1] if at + 1 < len(lines) else None
        if not _headline(_above_labels(lines, i)) and not (below is not None and not below.blank_before and _headline(below)) \
                and not _head_over(lines, i - 1):
            continue
        if not tagged:
            name.tag, name.rule, name.value = "byline", "writers", name.text.strip()  # type: ignore[attr-defined]
        if described:
            desc.tag, desc.rule = "drop", "writers"
        found.append(i)
    return found


_PARTY = r"\((?-i:[A-ZÅÄÖ]{1,3})\)"
"""A politician's party after the name ("Ola Ek (M)", "Eva Lund (KD)")."""
_PERSON = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:von|af|de|van|der)\s+)?{_NAME_WORD}){{1,3}}(?:\s*{_PARTY})?")
"""One person's name, two to four capitalised words, perhaps with the party after it."""
_ROLE_PART = re.compile(r"(?-i:[a-zåäöé])[\w-]*(?:\s+[\w&/()-]+){0,7}")
"""A role after a name, opened in lower case ("kommunalråd Orust", "ordförande i Orust företagarförening")."""
_WRITER_PREFIX = re.compile(r"(?i)^(?:av|text|text och foto|text & foto|skribent|reporter|by)\s*:?\s+")
_WRITER_SEP = re.compile(r"\s*,\s*|\s+(?:och|&|samt)\s+|\s+[|·•]\s+")
BLOCK_LINES = 4
"""The writers' lines over the date line are at most this many (a debate article's four signers)."""


def writer_line(text: str) -> tuple[bool, bool] | None:
    """Whether ``text`` is shaped as a writers' line: (True, strong) or None. A person's name (two to four capitalised
    words, perhaps with the party: "Ola Sjöberg (M)") first, then other names or roles in lower case, joined by commas,
    "och", "&" or a separator; no digit, no sentence's end. ``strong`` when it is more than one lone name: a second
    part, the party, or a byline's opening word ("Av", "Text:")."""
    t = text.strip()
    if not t or re.search(r"\d", t) or t[-1] in ".!?:;":
        return None
    bare = _WRITER_PREFIX.sub("", t)
    parts = [x for x in _WRITER_SEP.split(bare) if x]
    if not parts or _PERSON.fullmatch(parts[0]) is None:
        return None
    if not all(_PERSON.fullmatch(x) or _ROLE_PART.fullmatch(x) for x in parts[1:]):
        return None
    return True, len(parts) > 1 or bare != t or re.search(_PARTY, parts[0]) is not None


def _writer_names(text: str) -> list[str]:
    """The persons' names of a writers' line, their party left out: "Ola Sjöberg (M), kommunalråd Orust" -> ["Ola
    Sjöberg"] (the byline's value is the writers, not their roles)."""
    bare = _WRITER_PREFIX.sub("", text.strip())
    return [re.sub(rf"\s*{_PARTY}", "", x).strip() for x in _WRITER_SEP.split(bare) if x and _PERSON.fullmatch(x)]


def writer_block_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """The writers' lines glued over the head's first date line, one to :data:`BLOCK_LINES` of them, under the
    headline: "Ola Sjöberg (M), kommunalråd Orust" / "Therese Lindahl, ordförande Orust företagarförening" /
    "Publicerad: 7 november 2024", or "Emil Strand, Linnea Ahl" / "Uppdaterad 26 okt 2025 14:22". On any site the
    head is a headline, its writers and its dates in that order; the writers' lines have a headline's length and no
    sentence's end, so the scorer took the one nearest the date for the headline. Told by their shape
    (:func:`writer_line`) and their place: each glued to the next, the last glued over a date, publication or update
    line, the line over the block headline-like of :data:`HEADLINE_WORDS` words or more, or the lead glued under such a
    line, perhaps past a share row (:func:`_head_over`, session 51). One of them must be more than a lone name, or two
    lone names or more must stand stacked (a lone name over the date line may be a portrait's headline under its
    kicker: left to the scorer).

    Risk: a portrait's headline shaped as a name and a role ("Anna Ek, ny rektor på Västra skolan") glued under a
    kicker of :data:`HEADLINE_WORDS` words or more over its date line."""
    from .headrank import name_card  # the ranker reads the headline's shapes: imported here, not at the top

    found: list[int] = []
    for d in range(2, min(len(lines), HEAD_SCAN)):
        date = lines[d]
        if date.tag is None and words(date.text) >= PROSE_WORDS and date.text.rstrip()[-1:] in ".!?":
            if _is_lead(lines, d):
                continue  # the lead under the headline: the writers and the date may stand under it
            break  # the running text has begun: a teaser list's writers and dates under it are no byline
        if date.tag not in {"date", "published", "updated"} or date.blank_before:
            continue
        if date.tag == "date" and parse_date(date.value or date.text) is None:  # type: ignore[attr-defined]
            continue
        if any(name_card(part.strip()) for part in _META_SEP.split(date.text)):
            continue  # the date line names its writer itself: the lines over it are no byline
        run: list[int] = []
        strong = False
        k = d - 1
        while k >= 1 and len(run) < BLOCK_LINES and lines[k].tag in {None, "byline"}:
            shape = writer_line(lines[k].text)
            if shape is None:
                break
            run.append(k)
            strong = strong or shape[1]
            if lines[k].blank_before:
                break
            k -= 1
        strong = strong or len(run) >= 2  # two writers or more, each a lone name on a line of its own
        if not run or not strong or k < 0 or k == run[-1] or lines[run[-1]].blank_before \
                or not (_headline(lines[k]) or _head_over(lines, k)):
            continue
        writers = ", ".join(n for i in reversed(run) for n in _writer_names(lines[i].text))  # top down: all the signers
        for i in run:
            if lines[i].tag is None:
                lines[i].tag, lines[i].rule, lines[i].value = "byline", "writers", writers  # type: ignore[attr-defined]
                found.append(i)
        break
    return found


SUBJECT_WINDOW = 4
"""How many lines under a name the first paragraph it might open is looked for (past its date and picture lines)."""


def opens_lead(lines: Sequence[TaggedLine], i: int) -> bool:
    """Whether the name on lines[i] opens the first paragraph below it: the article's subject, not its writer. An
    obituary's or a portrait's headline is the person's name over the date line ("Gunnel Brandt" / "Publicerad 3
    april 2025" / "Gunnel Brandt, Vansbro, har avlidit …", or after words addressing the person, "Vår vän Gunnar
    Åhlén, Ekshärad, har avlidit …"), the shape of a byline; a writer's name does not open the
    text they wrote (no byline in the golden and opened sets does). The first line of :data:`PROSE_WORDS` words or
    more within :data:`SUBJECT_WINDOW` lines is the paragraph; the name must be followed there by a comma, a space and
    a verb's or a place's word, not by more of a longer name.

    Risk: a column whose writer introduces themself by name in its first sentence under a bare name over the date
    line ("Eva Ek" / "Eva Ek heter jag och …") gets the name for its headline when no headline stands above."""
    name = lines[i].text.strip()
    for ln in lines[i + 1:i + 1 + SUBJECT_WINDOW]:
        if words(ln.text) >= PROSE_WORDS:
            text = ln.text.strip()
            at = text.find(name)
            if at < 0 or (at and not _ADDRESSING.fullmatch(text[:at])):
                return False
            rest = text[at + len(name):]
            return rest[:1] == "," or rest[:1] == " " and rest[1:2].islower()
    return False


_ADDRESSING = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,2} ")
"""The words before a subject's name that address the person in an obituary's tribute ("Vår vän Gunnar Åhlén, …",
"Vår käre far …"; session 47, extract254): up to three words, the first capitalised, no name among them."""


def byline_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """The writer's lines in the head told by their shape: the name over the role on lines of their own
    (:func:`audiocast.ingest.headmeta.name_role_rows`), the name and role on one line (:func:`name_comma_role_rows`),
    an organisation's unit and the organisation on one line (:func:`unit_comma_org_rows`), and the writers' line over
    the date line (:func:`writers_rows`)."""
    return name_role_rows(lines) + name_comma_role_rows(lines) + unit_comma_org_rows(lines) + writers_rows(lines) \
        + writer_block_rows(lines) + writers_under_dates_rows(lines) + writers_over_role_rows(lines) \
        + name_over_address_rows(lines)


_ADDRESS = re.compile(r"\s*(?P<local>[\w.+-]+)@[\w-]+(?:\.[\w-]+)+\s*")
_LETTERS_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){1,3}")
"""Two to four words of letters in any case ("ERIK NORDIN", "Anna-Lena Berg"): a name, before its address says so."""


def owns_address(name: str, address: str) -> bool:
    """Whether an e-mail address is the name's own: its local part the name's words joined ("erik.nordin",
    "eriknordin", "erik_nordin"), the first name and the surname ("per.lind" for "Per-Olof Lind"), or the first names'
    initials and the surname ("enordin", "e.nordin", "polind")."""
    m = _ADDRESS.fullmatch(address)
    if m is None or _LETTERS_NAME.fullmatch(name.strip()) is None:
        return False
    parts = slugify(name).split("-")
    local = re.sub(r"[._+-]", "", m.group("local").lower())
    initials = "".join(p[0] for p in parts[:-1])
    return local in ("".join(parts), parts[0] + parts[-1], parts[0][0] + parts[-1], initials + parts[-1])


def name_over_address_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """A name alone on its line right over the writer's own e-mail address ("ERIK NORDIN" / "erik.nordin@…", an
    e-edition's byline under the lead; session 47, extract250): the byline, whatever its case and place, told by the
    address (:func:`owns_address`), which the rules drop ("email-only"). The name was read aloud before the text.

    Risk: a contact named over the address in a fact box in the head (a contact person is no body either)."""
    found: list[int] = []
    for i in range(min(len(lines) - 1, HEAD_SCAN)):
        name, address = lines[i], lines[i + 1]
        if name.tag is None and address.rule == "email-only" and owns_address(name.text, address.text):
            name.tag, name.rule, name.value = "byline", "writers", name.text.strip().title()  # type: ignore[attr-defined]
            found.append(i)
    return found


def _over_writers(ln: TaggedLine) -> bool:
    """A headline over the writers: headline-like (:func:`_headline`), or a quoted headline of as many words, no
    sentence's stop after its closing quote ("”Läxhjälpen ger mig lika mycket som barnen”")."""
    t = ln.text.strip()
    return _headline(ln) or (ln.tag is None and words(t) >= HEADLINE_WORDS and t[-1:] in "”\"»" and t[:1] in "”\"«")


NEWSROOM_ROLE = re.compile(
    r"(?i)(?:(?-i:[A-ZÅÄÖ])[\wåäö-]*\s+)?[\wåäö-]*(?:reporter|journalist|redaktör|fotograf|skribent|krönikör|"
    r"medarbetare|recensent|korrespondent|nyhetschef|redaktionschef|utgivare|frilans)[\wåäö]*\b[^.!?]{0,70}")
"""A newsroom's role on the line under its writers: "Kulturredaktör", "Chefredaktör och ansvarig utgivare",
"Reporter med fokus på brott och rättsfrågor i Skövde", "Frilansskribent, bor i Borås", "Nyhetschef"."""
ROLE_LINE_WORDS = 12


def writers_over_role_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """The writers' line glued under the headline and over their newsroom role, with no date line under them ("Anna Ek
    och Per Lund" / "Kulturredaktör", "Av Helena Forsberg" / "Nyhetschef"; session 28, from the head perturbation
    bench's ``byline-under`` class: such a name line, a headline's length next to the lead, took the headline on 18
    pages of 200). Told by shape and place together: the line a writers' line (:func:`writer_line`), the line over it
    headline-like of :data:`HEADLINE_WORDS` words or more (or the line under the role: the byline over the title), the
    line under it a newsroom's role (:data:`NEWSROOM_ROLE`, at most :data:`ROLE_LINE_WORDS` words, no sentence's end). The name line is the byline, the role line dropped.

    Risk: a headline naming two people ("Anna Ek och Per Lund") under a kicker of four words or more and over a
    subheading that opens with a newsroom's role word."""
    found: list[int] = []
    for i in range(1, min(len(lines) - 1, HEAD_SCAN)):
        name, role = lines[i], lines[i + 1]
        if name.tag is None and words(name.text) >= PROSE_WORDS and name.text.rstrip()[-1:] in ".!?":
            break  # the running text has begun
        if name.tag not in (None, "byline") or role.tag not in (None, "drop", "caption", "footer", "stop"):
            continue  # (a role naming the publisher, "Chefredaktör och ansvarig utgivare", is a footer's words too)
        t = role.text.strip()
        if not t or words(t) > ROLE_LINE_WORDS or t[-1] in ".!?" or NEWSROOM_ROLE.fullmatch(t) is None:
            continue
        if writer_line(name.text) is None or not (
                _over_writers(lines[i - 1]) or (i + 2 < len(lines) and _headline(lines[i + 2]))):
            continue  # under the headline, or over it (the byline set over the title)
        if name.tag is None:
            name.tag, name.rule, name.value = "byline", "writers", ", ".join(_writer_names(name.text))  # type: ignore[attr-defined]
        role.tag, role.rule = "drop", "byline-role"
        found.append(i)
    return found


_DATED = frozenset({"date", "published", "updated"})
_NOT_NAMES = frozenset({"till", "från", "om", "av", "för", "med", "hos", "kära", "bästa", "hej", "region", "kommun"})
"""Capitalised words that open an addressee or a greeting, never a person's name ("Till Trafikverket, Region Öst")."""
BUTTONS_UNDER = 6
"""At most this many buttons ("Dela", "Kopiera länk") stand between the writers' line under the dates and the lead."""


def writers_under_dates_rows(lines: Sequence[TaggedLine]) -> list[int]:
    """The writers' line glued under the head's date lines and over the lead: a live report's "Sofia Berg, Henrik Ås"
    (perhaps closed by the newsroom's name, "…, Kustkanalen") under "Publicerad …" / "Uppdaterad …", the headline
    over those. The writers over the date line are :func:`writers_rows`'; under it the scorer took their line, a
    headline's length with no sentence's end next to the date, for the headline (session 24: 4 such lines in 4
    folders, all the byline, the same phenomenon as the writers over the date line). Two or more people's names
    listed by commas; a last part may be the newsroom's name; under it, past a share row's buttons, a paragraph that
    does not open with those names (:func:`opens_lead`).

    Risk: a headline that lists two people ("Anna Ek, Per Lund") set under its date lines, over the lead."""
    for i in range(2, min(len(lines) - 1, HEAD_SCAN)):
        ln = lines[i]
        if ln.tag is not None or lines[i - 1].tag not in _DATED or ln.blank_before or not _listed_people(ln.text):
            continue
        n = i + 1  # the lead, past the share row's buttons under the writers
        while n < min(len(lines) - 1, i + 1 + BUTTONS_UNDER) and lines[n].tag == "drop" and words(lines[n].text) <= 3:
            n += 1
        lead = lines[n]
        head = _above_labels(lines, i, _DATED)
        if lead.tag is not None or words(lead.text) < PROSE_WORDS or not _headline(head) or opens_lead(lines, i):
            continue
        ln.tag, ln.rule, ln.value = "byline", "writers", ln.text.strip()  # type: ignore[attr-defined]
        return [i]
    return []


def _listed_people(text: str) -> bool:
    """Two or more people's names listed by commas, the last part perhaps a name of one or two words (the newsroom)."""
    parts = [p.strip() for p in text.strip().split(",")]
    people = [p for p in parts if _PERSON.fullmatch(p) and p.split()[0].lower() not in _NOT_NAMES]
    return len(parts) >= 2 and len(people) >= 2 and (len(people) == len(parts) or (
        len(people) == len(parts) - 1 and _PERSON.fullmatch(parts[-1]) is None and 1 <= len(parts[-1].split()) <= 2))
