"""A press release's standing presentation of its sender ends the article: "Om Nybro Energi AB" over "Nybro Energi AB
ägs av Nybro kommun och levererar el …", "About Acme AB" over "Acme AB develops …".

Press rooms (Mynewsdesk, Cision, a company's own news page) close every release with the same boilerplate about the
company, after the text and before the contacts. On any site it is told by its shape: a line "Om <Name>" (or "About
<Name>") in the text's second half, the name a proper name (its words capitalized), over a paragraph that presents an
organisation: it names the name again and speaks of owners, customers, staff, founding or business
(:data:`_ORG_WORDS`), or the name carries a company's or a body's form (AB, kommun, förening, Group …), or is the site's.
From that line on nothing is read (the contacts and the footer follow).

Guards (kept): a profile of a person in the text ("Om Karin Lund" over "Karin Lund är 52 år och har varit ordförande
…"), a section titled by a common word ("Om konserten"), a presentation in the text's first half.
"""

from __future__ import annotations

import re

_ABOUT = re.compile(r"^(?:Om|About|Fakta om)\s+((?:(?-i:[A-ZÅÄÖ0-9])[\w&.’'-]*\s*){1,6}"
                    r"(?:(?:kommun|region|förening|förbund|stiftelse|församling|kyrka|kooperativ)\w{0,2}\s*)?):?$")
"""An 'Om <Name>' line: up to six capitalized words (a company form such as 'AB' counts), perhaps closed by a body's
form written in lower case ('Om Norrfors kommun', 'Om Svenska kyrkan')."""
_ORG_FORM = re.compile(r"\b(?:AB|HB|KB|Aktiebolag|ASA|Oyj|A/S|GmbH|Inc|Ltd|LLC|Group|Koncernen|kommun|[Rr]egion|"
                       r"förening|[Ff]örbund|[Ss]tiftelse|[Ee]konomisk förening|Holding)\b")
_ORG_WORDS = re.compile(r"(?i)\b(?:ägs av|äger|helägt|\w*bolag(?:et)?|\w*företag(?:et)?|koncern(?:en)?|anställda|"
                        r"medarbetare|kunder|omsätter|omsättning|grundades|grundat|verksamhet(?:en)?|noterat|börs|"
                        r"levererar|erbjuder|company|employees|customers|founded|headquartered|listed on|subsidiary|"
                        r"develops|provides)\b")
_ABOUT_KINDS = frozenset({"head", "p"})
_READ_KINDS = frozenset({"p", "quote"})


def _presents(name: str, text: str, sites: set[str]) -> bool:
    """Whether a paragraph under 'Om <name>' presents the organisation of that name."""
    first = name.split()[0].lower()
    names_it = first in text.lower()
    org_name = bool(_ORG_FORM.search(name)) or name.lower() in {s.lower() for s in sites}
    return names_it and (org_name or bool(_ORG_WORDS.search(text)))


def about_line(text: str) -> tuple[str, str] | None:
    """The name an 'Om <Name>' line names, and any text glued after it on the same line ('Om X AB X AB äger …')."""
    m = _ABOUT.match(text.strip())
    if m:
        return m.group(1).strip(), ""
    glued = re.match(r"^(?:Om|About)\s+(.{2,60}?)\s+(\1\b.*)$", text.strip())
    if glued and _ABOUT.match(f"Om {glued.group(1)}"):
        return glued.group(1), glued.group(2)
    return None


def cut_about(pairs: list[tuple[str, str]], sites: set[str]) -> list[tuple[str, str]]:
    """The (kind, text) lines up to a sender's presentation in the text's second half (see the module)."""
    total = sum(len(t) for k, t in pairs if k in _READ_KINDS) or 1
    seen = 0
    for i, (kind, text) in enumerate(pairs):
        if kind in _READ_KINDS:
            seen += len(text)
        if kind not in _ABOUT_KINDS or seen < total / 2 or len(text) > 300:
            continue
        found = about_line(text)
        if found is None:
            continue
        name, glued = found
        under = glued or next((t for k, t in pairs[i + 1:] if k in _READ_KINDS), "")
        if under and _presents(name, under, sites):
            return pairs[:i]
    return pairs
