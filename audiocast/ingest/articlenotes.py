"""What a page says about the article rather than what the article says, told in a page dump by shape and words
(session 16, E6; issue #9): a form glued under the text, the bare years of a photo slider, a series' heading over its
standing blurb. (A newsroom's note on its own method, "Så gjorde vi", is read: it tells the listener how the story
was made, and the annotated sets disagree on it.)

The phrases that are such notes on any site, alone on their line (a memorial page's life line, candle counter and
guestbook, an easy-read version's note, a print view's link list, a columnist's disclosures, a guest writer's bio line,
the opinion page's call, a series' blurb and call), are rows of ``data/boilerplate.tsv`` (``memorial-*``,
``photo-slider``, ``article-version``, ``print-*``, ``disclosure``, ``writer-bio``, ``opinion-call``, ``series-*``).
What needs the lines around it is here:

- :func:`call_form_tags`: a form of the site glued into the page, a call heading ("Nominera veckans lag!", "Skicka in
  din studentbild!", "Jämför skolorna") with up to two pitch lines, over its field labels ("Lagets namn", "Idrott",
  "Motivering", "Välj skola") closed by a button whose verb sends or compares ("Skicka nominering", "Jämför"). Two field
  labels at least, or one when the heading says the button's verb ("Jämför skolorna" … "Jämför") or the one field asks how
  to reach the reader (session 17: "Prenumerera på …" / "Få ett sms när …" / "Ditt mobilnummer" / "Starta",
  ``FORM_CONTACT_FIELD``), or none when the button says again the verb of the call or its pitch ("Skicka in din bild!"
  / "Ladda upp din bild …" / "Ladda upp bild"). Risk: an article's
  list of short items ending in a one-word line of such a verb; the button must be a bare verb phrase of at most
  :data:`BUTTON_WORDS` words with no stop.
- :func:`slider_year_tags`: a bare year alone on its line (a photo slider's label, "1964" / "2025") within
  :data:`SLIDER_REACH` lines of a slider's instruction or caption the rules dropped. Risk: none beyond a year line by a
  slider; a timeline's year stamps elsewhere stay.
- :func:`policy_box_tags`: a newsroom's standing policy box under its crime or court reports, its heading told by the
  ``newsroom-policy`` row ("Så rapporterar vi om brott"), its paragraph by its place under it (session 17).
- :func:`series_heading_tags`: a short title-like line right over a series' blurb the rules dropped ("Boktips från
  biblioteket" over "Varje fredag tipsar …"): the series' name, set as the box's heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .data.widget_words import FORM_CONTACT_FIELD
from .furniture import TaggedLine
from .letterclose import is_slash_signature
from .lineshape import is_title_like, words

BUTTON = re.compile(
    r"(?i)(?:Skicka|Jämför|Nominera|Rösta|Ladda upp|Registrera|Anmäl|Sök|Visa|Beräkna|Räkna ut|Hitta|Starta|Prenumerera"
    r"|Beställ|Aktivera|Bevaka|Skriv under|Signera|Underteckna|Jag skriver under|Jag vill (?:skriva under|delta|bli medlem))"
    r"\b[^.!?:;]{0,40}")
"""A form's button: a verb that sends, compares or looks up; a petition's ("Skriv under", "Jag skriver under": the signer's
own voice, session 34)."""
BUTTON_WORDS = 4
FIELD_WORDS = 4
FIELDS = 2
P_FIELD = 0.5
"""A field label is a line the classifier gives less than this (it reads the article's short lines higher)."""
PITCH_LINES = 2
CALL_WORDS = 10
_FIELD = re.compile(r"[^\W\d_][^\d.,!?;()]*(?:\s*\((?:frivilligt|valfritt|obligatoriskt|måste fyllas i|krävs)\))?\*?:?")
"""A field's label, perhaps with its note in brackets ("E-post (frivilligt)", session 34)."""
_VERBS = re.compile(r"(?i)(?:Skicka|Jämför|Nominera|Rösta|Ladda upp|Registrera|Anmäl|Tipsa|Sök|Välj|Tävla|Dela|Berätta|"
                    r"Beräkna|Räkna ut|Hitta|Visa|Prenumerera|Bevaka|Beställ|Skriv under|Signera)\b")
"""The verbs a form's call heading opens with."""

SLIDER_RULES = frozenset({"photo-slider", "slider-caption"})
SLIDER_REACH = 3
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
SERIES_RULES = frozenset({"series-blurb"})
SERIES_HEADING_WORDS = 6


def _free(ln: TaggedLine) -> bool:
    return ln.tag is None or ln.tag == "drop"


def _field(ln: TaggedLine) -> bool:
    """A form's field label: a few words without a sentence's marks, that the classifier doubts or a form rule took
    (a share row's or a menu's links are no fields)."""
    text = ln.text.strip()
    if ln.tag is None:
        doubted = ln.p is None or ln.p < P_FIELD
    else:
        doubted = ln.rule == "form"
    return doubted and words(text) <= FIELD_WORDS and _FIELD.fullmatch(text) is not None and not BUTTON.fullmatch(text)


def _stem(text: str) -> str:
    return text.split()[0].lower()[:5] if text.split() else ""


def call_form_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a form glued into the page: its call heading, pitch, field labels and button (module docstring)."""
    for i, button in enumerate(lines):
        text = button.text.strip()
        if not _free(button) or words(text) > BUTTON_WORDS or not BUTTON.fullmatch(text):
            continue
        k = i
        while k > 0 and _field(lines[k - 1]) and not lines[k].blank_before:
            k -= 1
        fields = i - k
        if fields and all(ln.tag == "drop" for ln in lines[k:i + 1]):
            continue
        start = None
        for j in range(k - 1, max(-1, k - 2 - PITCH_LINES), -1):
            call = lines[j].text.strip()
            if not _free(lines[j]) or lines[j + 1].blank_before:
                break
            if words(call) <= CALL_WORDS and (_VERBS.match(call) or call.endswith(("!", "?"))) and (
                    is_title_like(call) or call.endswith("!")):
                start = j
                break
        if start is not None and start - 1 >= max(0, k - 1 - PITCH_LINES) and _free(lines[start - 1]) and (
                _VERBS.match(lines[start - 1].text.strip())) and is_title_like(lines[start - 1].text.strip()) and (
                words(lines[start - 1].text) <= CALL_WORDS):
            start -= 1  # the call heading over a pitch that calls too ("Skicka in din bild!" under "Tävla med …")
        says_verb = start is not None and _stem(lines[start].text) == _stem(text)
        if not fields:  # a call box with no field: its button says again the verb of its call or pitch ("Skicka in
            # din bild!" / "Ladda upp din bild från …" / "Ladda upp bild")
            if start is None or not any(_stem(x.text) == _stem(text) for x in lines[start:i]):
                continue
        elif fields < FIELDS and not says_verb and not (start is not None and FORM_CONTACT_FIELD.fullmatch(
                lines[k].text.strip())):
            continue
        if fields < FIELDS + 1 and start is None:
            continue
        first = start if start is not None else k
        # the writer's slash signature ("/Jonas") closes the article: what stands over it is the writer's (session 34)
        first = max([first, *(j + 1 for j in range(first, i) if is_slash_signature(lines[j].text))])
        for ln in lines[first:i + 1]:
            ln.tag, ln.rule = "drop", "call-form"


def slider_year_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the bare years of a photo slider near its instruction or caption (module docstring)."""
    marks = [i for i, ln in enumerate(lines) if ln.rule in SLIDER_RULES]
    for i, ln in enumerate(lines):
        if ln.tag is None and _YEAR.fullmatch(ln.text.strip()) and any(abs(i - m) <= SLIDER_REACH for m in marks):
            ln.tag, ln.rule = "drop", "photo-slider"


def series_heading_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop a series' name set as the heading right over its blurb (module docstring)."""
    for i in range(1, len(lines)):
        head = lines[i - 1]
        if lines[i].rule in SERIES_RULES and head.tag is None and not lines[i].blank_before and (
                is_title_like(head.text) and words(head.text) <= SERIES_HEADING_WORDS and head.text[-1:] not in "?!"):
            head.tag, head.rule = "drop", "series-blurb"


POLICY_RULES = frozenset({"newsroom-policy"})
POLICY_LINES = 2
POLICY_WORDS = 80


def policy_box_tags(lines: Sequence[TaggedLine]) -> None:
    """Drop the paragraph of a newsroom's standing policy box under its heading (the ``newsroom-policy`` row: "Så
    rapporterar vi om brott" / "Kuriren namnger normalt inte …"): at most :data:`POLICY_LINES` lines glued under the
    heading, each of at most :data:`POLICY_WORDS` words, closed by the page's furniture (a tagged line: "Läs mer om våra
    publicistiska principer", the tail) or the page's end. Risk: none beyond a box so headed; with the article's
    running text going on under it, the lines stay."""
    for i, head in enumerate(lines):
        if head.rule not in POLICY_RULES:
            continue
        j = i + 1
        while (j < len(lines) and j - i <= POLICY_LINES and lines[j].tag is None and not lines[j].blank_before
               and words(lines[j].text) <= POLICY_WORDS):
            j += 1
        if j > i + 1 and (j == len(lines) or lines[j].tag is not None):
            for ln in lines[i + 1:j]:
                ln.tag, ln.rule = "drop", "newsroom-policy"


def article_note_tags(lines: Sequence[TaggedLine]) -> None:
    """Run this module's passes over the lines under the lead."""
    policy_box_tags(lines)
    call_form_tags(lines)
    slider_year_tags(lines)
    series_heading_tags(lines)
