"""A call to the reader glued under the article as its last line, asking for the site's support: a short question to
the reader, then the money or the notices it wants.

"Gillar du lokal journalistik? Swisha ett bidrag till …", "Gillade du artikeln? … drivs utan annonser och finansieras
av våra läsare.", "Vill du få pushnotiser när något händer? Aktivera här". Unlike :mod:`audiocast.ingest.readercalls`
(the question on a line of its own over its call) and :mod:`audiocast.ingest.sitecalls` (a box set apart), the
question and the call share the line, glued under the text. Told by its shape and place, on any site:

- it is the last line the article keeps (only buttons of a few words may follow it: "Aktivera");
- it opens with a question of at most :data:`QUESTION_WORDS` words, to the reader ("du", "ni", ...) or without a
  subject ("Sugen på att prova?"), or with such an exclamation ("Tack för att du läser …!");
- what follows the question is at most :data:`CALL_WORDS` words, and the line asks for the site's support (:data:`_SITE`).

The same place holds a pointer to where the rest of the matter lives, one short sentence alone on the article's last
line ("Bilder från tävlingen finns i vårt bildarkiv", "Läs avhandlingen i DiVA"): :data:`POINTERS`, the pictures in
the site's own picture section (:data:`_GALLERY`) or the report and where it is, which a listener cannot follow (the
annotated sets: 6 of 7 such picture lines the page's). Kept: pictures elsewhere ("Bilder från tävlingen finns i
klubbens app.", tests/test_extract_s7w3_reportlinks.py). Kept: a pointer to the full results ("Fullständiga resultat finns på Swimify."; the annotated sets read it as
the report's own close 9 times in 11), the writer's "Fler bilder från morgonen finns i galleriet" (a blog's own
voice), such a sentence followed by another on its line, or above the article's last line.

Not told (kept): the same shape asking for questions, tips or sign-ups ("Har du frågor? Kontakta kundservice på …",
"Har du en fråga till doktorn? Skicka den till …"): the golden and blind sets read it as the article's own close on 19
pages and as the page's on 10, in the same words. Guards (kept): a Q&A's last answer (a question over the line), a
question inside the text, the last line of the article's own section to the reader (under "Så kan du hjälpa till" an
animal shelter's "Swisha en gåva …" is the article's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .deskcalls import desk_call_tags
from .furniture import TaggedLine, page_tail
from .lineshape import READER as _READER
from .lineshape import is_quote
from .pitchbox import pitch_box_tags

RULE = "closing-call"
QUESTION_WORDS = 9
"""The question opening the call is at most this many words ("Vill du veta mer om hur vi kan stötta din arbetsplats?")."""
CALL_WORDS = 30
"""What follows the question is at most this many words."""
BUTTON_WORDS = 3
"""A button after the call ("Aktivera", "Läs mer") is at most this many words, without sentence punctuation."""
SECTION_LINES = 4
"""A subheading to the reader among this many kept lines over the call makes it the article's own section's."""
HEADING_WORDS = 8
_WORD = re.compile(r"\w+", re.UNICODE)
_QUESTION = re.compile(r"^([^?.!]{3,}[?!])\s+(\S.*)$")
"""The opening sentence to the reader: a question, or an exclamation ("Tack för att du läser Fjällbrevet! Prenumerera
gratis …", a newsletter platform's closing line, session 27)."""
_BARE = re.compile(r"(?i)^(?:sugen|nyfiken|intresserad|frågor|funderingar|synpunkter|tips|tankar|saknar|hittat)\b")
"""A question without a subject, to the reader all the same ("Sugen på att prova?", "Frågor till elevrådet?")."""
_SITE = re.compile(
    r"(?i)\bswish|\b(?:bidrag|gåva|gåvor)\b|finansiera[sd]?\b|\b(?:stöd|stötta) oss\b|\bpushnotis|\bnotiser\b|"
    r"\bprenumerera\b"
)
"""What the call asks for: money or support for the site itself (a Swish number, a gift, "finansieras av våra läsare"),
or its notices and subscriptions. A call for questions, tips or sign-ups ("Har du frågor? Kontakta kundservice på …")
is no sign: the golden and blind sets read it as the article's own close on 19 pages (an organisation's news, a
Q&A column) and as the page's on 10, in the same shape."""


POINTER_WORDS = 10
"""A pointer to the rest is one sentence of at most this many words."""
_WHERE = r"(?:hos|på|i|via)\s+\S+(?:\s+\S+){0,4}"
_GALLERY = (r"(?:(?:i|på)\s+(?:vårt\s+|vår\s+|sajtens\s+|webbplatsens\s+)?(?:bildarkiv|bildgalleri|galleri|fotoalbum|"
            r"bildbank)\w*|under\s+(?:fliken\s+)?Bilder\b.{0,20})")
"""The site's own picture section ("i vårt bildarkiv", "i galleriet", "under Bilder"); pictures elsewhere ("i klubbens
app") are the article's news."""
POINTERS = re.compile(
    r"(?i)(?:bilder|foton|fotografier|bildspel(?:et)?)(?:\s+från\s+\S+(?:\s+\S+){0,3}?)?\s+"
    rf"(?:finns|hittar du|kan du se)\s+{_GALLERY}\.?"
    r"|Läs\s+(?:hela\s+)?(?:avhandlingen|rapporten|utredningen|studien|domen|beslutet|remissvaret|protokollet)"
    rf"\s+{_WHERE}\.?"
)
"""Data: a pointer to where the rest of the matter is: the pictures, the report (see the module)."""


def pointer(text: str) -> bool:
    """Whether a line is one sentence pointing to the rest elsewhere (:data:`POINTERS`)."""
    return len(_WORD.findall(text)) <= POINTER_WORDS and bool(POINTERS.fullmatch(text.strip()))


def _asks(question: str) -> bool:
    n = len(_WORD.findall(question))
    return n <= QUESTION_WORDS and bool(_READER.search(question) or _BARE.match(question))


def closing_call(text: str) -> bool:
    """Whether a line is a question to the reader glued to a call to the site itself."""
    m = _QUESTION.match(text)
    if m is None or is_quote(text):
        return False
    question, call = m.groups()
    return _asks(question) and len(_WORD.findall(call)) <= CALL_WORDS and bool(_SITE.search(text))


def _to_reader_heading(text: str) -> bool:
    """A subheading speaking to the reader ("Så kan du hjälpa till", "Det här kan ni göra")."""
    return len(_WORD.findall(text)) <= HEADING_WORDS and text[-1:] not in ".!?:" and bool(_READER.search(text))


def _button(text: str) -> bool:
    return len(_WORD.findall(text)) <= BUTTON_WORDS and text[-1:] not in ".!?:"


def closing_call_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """Drop the call closing the article (the lines under the lead): its last kept line, and the buttons under it; a
    pointer to the rest elsewhere (:func:`pointer`) closing it, with the buttons under it, first; the site's pitch box
    under the last paragraph (:mod:`audiocast.ingest.pitchbox`; ``head``: the headline and the lead) and the newsroom's
    call for tips and letters glued under it (:mod:`audiocast.ingest.deskcalls`) before both."""
    pitch_box_tags(lines, head)
    desk_call_tags(lines, head)  # the newsroom's standing call for tips and letters glued under the text
    kept = [i for i in range(page_tail(lines)) if lines[i].tag is None]  # above the comments or the footer
    k = len(kept) - 1
    while k >= 0 and _button(lines[kept[k]].text):
        k -= 1
    while k > 0 and pointer(lines[kept[k]].text):  # the pointer to the rest elsewhere, and any under it
        for i in kept[k:]:
            lines[i].tag, lines[i].rule = "drop", RULE
        kept = kept[:k]
        k -= 1
        while k >= 0 and _button(lines[kept[k]].text):
            k -= 1
    if k <= 0 or not closing_call(lines[kept[k]].text):
        return
    above = lines[kept[k - 1]].text
    if above.rstrip().endswith("?"):
        return  # a Q&A's question over its answer
    if any(_to_reader_heading(lines[i].text) for i in kept[max(0, k - SECTION_LINES):k]):
        return  # the article's own section to the reader ("Så kan du hjälpa till"): its last line is its own
    for i in kept[k:]:
        lines[i].tag, lines[i].rule = "drop", RULE
