"""The site's own pitch closing the page under the article: a heading to the reader, a line or two, a button.

An organisation, a newspaper or a shop sets the same box under every article: it asks the reader to join, to
volunteer, to give, to subscribe or to download the app ("Vill du också bli besöksvän?" / "Vi behöver fler i Kalmar."
/ "Anmäl intresse"; "Stöd lokaljournalistiken!" / "Bli prenumerant från 1 krona" / "Ja, jag vill prenumerera"). Told
by its shape and place, whatever it asks, on any site:

- its place: right under the article's last paragraph of running prose (or under the writer's sign-off under it), the
  last kept lines above the page's tail, with no running prose of the article below it;
- its heading: one short line (at most :data:`HEADING_WORDS` words; kept, or taken by a rule right over the box's
  first line, "Prenumerera du också!") that turns to the reader: a question to "du"/"ni"
  or one without a subject ("Nyfiken på …?", "Intresserad av …?"), or one opened by a button's verb
  (``data/headline.tsv``: "Bli medlem du också!", "Stöd …", "Prenumerera …"; a thanks, "Tack för ert tålamod!", is
  the article's close), or one asking for support ("Stötta lokal journalistik"); the nearest such line over the button is the heading; never a how-to heading of the
  article's own section ("Så söker du bidrag", "Så anmäler du en skada": the annotated sets read these as the
  article's, with the form's button under them);
- at most :data:`BODY_LINES` lines under it, none of them a quote, each at most :data:`BODY_WORDS` words;
- what it asks for is the site itself (:data:`ASKS`: members, subscribers, volunteers, gifts, its newsletter or app);
- a button closing it: a short line without a sentence's end opened by a button's verb or an imperative
  (:func:`audiocast.ingest.actionbox.is_button`), the reader's yes ("Ja, jag vill bli medlem"), a link's label to a
  form ("Till anmälan"), or lines a rule took glued under the box's last line (a button, a gift box's Swish number).

Unlike :mod:`audiocast.ingest.actionbox` (a box set apart by blank lines, its middle lines whole sentences), the pitch
here may be glued under the last paragraph and its middle lines may lack a stop ("Kontakta din lokala förening eller
fyll i formuläret"). Session 16: the perturbation bench's closing pitches were read on 217 of 400 pages (46 % of their
lines). Guards (kept): the article's own last section to the reader without a button ("Så kan du hjälpa till" over its
paragraph); a box in the article's own words (at least :data:`~audiocast.ingest.articleend.TIE_SHARE` of its content
words said above: an FAQ's last answer with its link); a heading that is a quote; a box holding a letter's close (a
newsletter's own call for volunteers over "Varma hälsningar" and its writers' names). Risk: an article closing on its own call with its own button line and nothing the
article said in it ("Vill du vara med?" / "Anmäl dig senast 3 maj." / "Anmäl dig här") is dropped with it. Rule
``pitch-box``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actionbox import is_button, prose_below
from .articleend import TIE_SHARE, is_running_prose
from .furniture import TaggedLine, page_tail
from .headline import shape_of
from .letterclose import GREETING
from .lineshape import READER as _READER
from .lineshape import content_words, is_quote, words
from .signoff import is_sign_off

RULE = "pitch-box"
HEADING_WORDS = 10
"""The pitch's heading is at most this many words."""
BODY_LINES = 3
"""At most this many lines stand between the heading and the button."""
BODY_WORDS = 35
"""Each of them is at most this many words."""
BUTTON_WORDS = 6
"""The closing button is at most this many words."""
_BARE = re.compile(r"(?i)^(?:nyfiken|intresserad|sugen|redo|dags)\b")
"""A question to the reader without its subject ("Nyfiken på att bli medlem?", "Redo att hjälpa till?")."""
_YES = re.compile(r"(?i)^(?:ja|japp),?\s+(?:jag|vi)\s+vill\b")
"""The reader's yes on a form's button ("Ja, jag vill bli medlem")."""
_TO_FORM = re.compile(r"(?i)^till\s+(?:\w+\s+){0,1}\w+$")
"""A link's label to where the reader acts ("Till anmälan", "Till formuläret")."""
_END = ".!?…:;,\"”»"
ASKS = re.compile(
    r"(?i)\b(?:medlem\w*|prenumer\w*|volontär\w*|ideell\w*|fadd(?:er|rar)\w*|besöksvän\w*|nyhetsbrev\w*|"
    r"swish\w*|gåva|gåvor|bidrag(?:et)?\s+(?:till\s+oss|gör)|"
    r"engagera\s+dig|stöd(?:ja)?\s+(?:oss|vårt|vår|lokal\w*)|stötta\s+(?:oss|vårt|vår|lokal\w*)|ge\s+ett\s+bidrag|"
    r"vill\s+(?:du|ni)\s+(?:också\s+)?bli|(?:söker|behöver)\s+(?:vi\s+)?fler|vår\s+nästa|du\s+också|en\s+av\s+oss|"
    r"ladda\s+ner\s+(?:vår\s+)?app\w*|vår\s+app)\b"
)
"""Data: what a site's pitch asks for, the site itself: members, subscribers, volunteers, gifts and support, its
newsletter or app ("ladda ner appen", "vår app"; "i appen" is where the article's matter is), the reader recruited
("Vill du bli …?", "Vi söker fler …", "vår nästa …", "du också"). The article's own last section to the reader asks
for something of its matter ("Anmäl döda vilda fåglar", "Hitta din nya tidtabell", "Vill du ansluta dig?" in a fibre
association's news about connecting): the annotated sets read those as the article's (six such pages among the nets)."""
_SUPPORT = re.compile(r"(?i)^(?:stötta|stöd|hjälp)\s+(?:oss|vårt|vår|lokal\w*|\w+\s+arbete)\b")
"""A heading asking for support in words the button verbs of ``data/headline.tsv`` lack ("Stötta lokal journalistik");
a section of the article's own about its members ("Tidigare medlemmar inbjuds", "Medlemsavgiften") is none."""
_HOW_TO = re.compile(r"(?i)^(?:så|här|hur)\b")
"""A how-to heading of the article's own section to the reader ("Så söker du bidrag", "Här anmäler du skadan")."""


def _heading(text: str) -> bool:
    """A short line turning to the reader (module docstring)."""
    t = text.strip()
    if not t or words(t) > HEADING_WORDS or is_quote(t) or t[-1] in ".:;," or any(q in t for q in "\"”“»«"):
        return False
    if t.endswith("?"):
        return bool(_READER.search(t) or _BARE.match(t))
    if _HOW_TO.match(t):
        return False
    return shape_of(" ".join(t.split()[:4])) == "button" or _SUPPORT.match(t) is not None


def _closes_article(lines: Sequence[TaggedLine], kept: Sequence[int], h: int) -> bool:
    """The kept line over the box's heading ``lines[kept[h]]`` closes the article: running prose, or the writer's
    sign-off under it ("Fredrik Nordin, avdelningsledare för Spårarna": session 33, extract124, a scout group's
    call for leaders under its news)."""
    above = lines[kept[h - 1]]
    return is_running_prose(above) or (h >= 2 and is_sign_off(above.text) and is_running_prose(lines[kept[h - 2]]))


def _button(x: TaggedLine) -> bool:
    t = x.text.strip()
    if x.tag is not None:
        return True
    if words(t) > BUTTON_WORDS or t[-1] in _END:
        return False
    return is_button(x) or bool(_YES.match(t) or _TO_FORM.match(t))


def pitch_box_tags(lines: Sequence[TaggedLine], head: str = "") -> None:
    """Drop the site's pitch closing the page under the article (module docstring). ``lines``: those under the lead;
    ``head``: the headline and the lead."""
    cut = page_tail(lines)
    kept = [i for i in range(cut) if lines[i].tag is None]
    if len(kept) < 3:
        return
    end = len(kept)
    while end > 0 and _button(lines[kept[end - 1]]) and len(kept) - end < 2:
        end -= 1  # the button (or two) closing the box
    nxt = kept[-1] + 1
    taken = nxt < cut and lines[nxt].tag is not None and not lines[nxt].blank_before
    if end == len(kept) and not taken:
        return  # no button closes it (the page's lines a rule took glued under its last line count: a rule's button,
        # "Läs mer och anmäl intresse", a gift box's Swish number)
    for h in range(end - 1, max(0, end - 2 - BODY_LINES), -1):  # the heading nearest the button first
        top = lines[kept[h]]
        above = lines[kept[h - 1]]
        body = [lines[i] for i in kept[h + 1:end]]
        over = lines[kept[h] - 1]  # a heading a rule took ("Prenumerera du också!") right over the box's first line
        if over.tag == "drop" and kept[h - 1] == kept[h] - 2 and _heading(over.text) and is_running_prose(above):
            top, body = over, [lines[i] for i in kept[h:end]]
        elif not _heading(top.text) or not _closes_article(lines, kept, h) or above.text.rstrip().endswith("?"):
            continue
        if any(is_quote(x.text) or words(x.text) > BODY_WORDS for x in body):
            continue
        box = [top, *body, *(lines[i] for i in kept[end:]), *([lines[nxt]] if taken else [])]
        if any(GREETING.fullmatch(x.text.strip()) or is_sign_off(x.text) for x in box):
            return  # a letter's close ("Varma hälsningar" over "Anna och Jonas"): its last section is its own
        if ASKS.search("\n".join(x.text for x in box)) is None:
            # it asks for nothing of the site's own: the article's last section ("Anmäl döda vilda fåglar"), or an
            # offer's line under the pitch's heading ("Prova Premium – 1 kr …" under "Vill du läsa mer?" and the
            # notice for subscribers, session 27): a heading further up may open the box that asks
            continue
        if prose_below(lines, kept[end - 1] + 1, cut):
            return
        said = content_words(head) | set().union(*(content_words(lines[i].text) for i in kept[:h]))
        own = set().union(*(content_words(x.text) for x in body))
        if own and len(own & said) >= TIE_SHARE * len(own):
            return  # the article's own words: its last section, closed by its link
        for x in [top, *body, *(lines[i] for i in kept[end:])]:
            x.tag, x.rule = "drop", RULE
        return
