"""A box under a boilerplate label glued among other lines, as in a dump copied without blank lines ("Annonssamarbete"
over the sponsored teaser's title, "Ge en gåva" over its button): where the label opens a run of lines between blank
lines, that run is its box (:func:`audiocast.ingest.text._box_tags`); here the box is the run of furniture-shaped
lines right under the label - labels, buttons, titles, very short sentences, at most :data:`RUN_LINES` of them (the rules' lines between skipped) - up to the first
sentence of the article's (a quote, a longer sentence) or a subheading the classifier trusts, which stay. Not under an
ad's bare label ("Annons"): an ad's text is seldom copied, and the article goes on under it.

Session 30: once the box has begun, its rows of a short label and a value ("Bor: Bolsta udde", "Gör: Pensionerad
lärare" under "Om skribenten" and the writer's name) are the box's too, however long their value: a writer's or a
sponsor's facts, never a sentence of the article (no stop ends them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .adslots import TO_PAGE
from .buttonlabels import is_button_label
from .furniture import TaggedLine
from .lineshape import closes_sentence, content_words, is_quote, is_title_like, is_wholly_quoted, words

_AD_LABELS = frozenset({"ad"})
P_TRUSTED = 0.5
"""A title-like line under a label that the classifier gives at least this is the article's subheading."""
BUTTON_WORDS = 3
"""A line of at most this many words under a label is its button ("Se erbjudanden"), however the classifier trusts it."""
RUN_LINES = 6
"""A label's box glued among other lines holds at most this many kept lines under it (a teaser's title, a button, a
comment form's fields); the lines the rules took already between them do not count."""
CARD_TITLE_WORDS = 20
"""Under a sponsor's label, a teaser's title of up to this many words (no paragraph under it) is the card's."""
_FACT_ROW = re.compile(r"[A-ZÅÄÖ][\wåäö]*(?: [\wåäö]+)?: \S[^.!?]{0,80}")
"""A box's row of a label of one or two words and its value, no sentence ("Bor: Bolsta udde, Norrvikens kommun")."""


_WHEN_ROW = re.compile(r"(?i)(?:(?:mån|tis|ons|tor|tors|fre|lör|sön)\w*\.?\s+)?\d{1,2}\s+[a-zåäö]{3,9}\.?(?:\s*(?:[–—-]|till)\s*"
                       r"(?:(?:mån|tis|ons|tor|tors|fre|lör|sön)\w*\.?\s+)?\d{1,2}(?:\s+[a-zåäö]{3,9}\.?)?)?"
                       r"(?:\s*[·,|]\s*(?:kl\.?\s*)?\d{1,2}[.:]\d\d(?:\s*[–—-]\s*\d{1,2}[.:]\d\d)?)?")
"""An event card's row of its days and hours ("Fre 16 maj – sön 18 maj", "Lör 18 maj · 10.00–16.00"), no sentence."""
_BUTTON_RULES = frozenset({"button-label", "cta", "cta-ticket", "booking", "subscribe", "signup-box", "more-link",
                           "read-also"})
"""The rules of a button or a link that closes a box: a label's box under its rows, an ad's copy under its label."""
_FACT_LABEL = re.compile(r"(?i)fakta(?:\s*:|\s+om\b|\s*$)")
"""A fact box's label ("Fakta", "Fakta: Norrmark Verkstad", "Fakta om reservatet"): the article's box, never a label's run."""
HEADED_WORDS = 15
"""A paragraph of the article under a subheading has at least this many words and ends a sentence."""


def _heads_paragraph(lines: Sequence[TaggedLine], k: int) -> bool:
    """lines[k], right under the label, is a title over a paragraph of running prose glued under it: the article's
    subheading, the article going on after the box (session 33, extract128: a fundraiser's Swish line over the
    article's next section, "Provtur utan problem" over "Provturen på lördagen …"). Over a quote the title must share a
    content word with it: a sponsored teaser's title under "Annonssamarbete" over the article's next quote goes."""
    if k + 1 >= len(lines) or not is_title_like(lines[k].text):
        return False
    nxt = lines[k + 1]
    return nxt.tag is None and not nxt.blank_before and words(nxt.text) >= HEADED_WORDS and nxt.text.rstrip()[-1:] in (
        ".!?") and (not is_quote(nxt.text) or bool(content_words(lines[k].text) & content_words(nxt.text)))


def label_run_tags(lines: Sequence[TaggedLine], furniture_shaped: Callable[[str], bool]) -> None:
    """Drop the furniture-shaped lines right under a label in a dump without blank lines (see the module docstring)."""
    for i, ln in enumerate(lines):
        if not ln.label or ln.rule in _AD_LABELS:
            continue  # an ad's bare label: the ad's own text is seldom copied, the article goes on under it
        if i > 0 and lines[i - 1].rule == "label-run" and not ln.blank_before:
            continue  # a button closing the box above ("Anmäl dig" under an event's rows) opens no box of its own
        if _names_above(lines, i):
            continue  # "Läs mer om Kustsignal AB" under that card: the card's own link, no label over what follows
        taken = 0
        took: list[tuple[TaggedLine, str | None, str | None]] = []
        for k, x in enumerate(lines[i + 1:], i + 1):
            if x.blank_before:
                break  # the box ends at a blank line (the box rule judged it whole)
            if x.tag is not None:
                if x.tag in {"stop", "footer"} or (taken and x.rule in _BUTTON_RULES) or (x.label and _names_above(lines, k)):
                    break  # the box's own button closes it ("Anmäl dig" under an event's card, session 34), or its link
                    # naming the block above ("Rösta" / "Läs mer om Kustsignal AB": the card ends, session 40)
                if x.tag == "date" and _opens_article(lines, k + 1):
                    for y, tag, rule in took:  # the section's label over the article's own headline and date line
                        y.tag, y.rule = tag, rule
                    break
                if x.tag == "date":
                    took.append((x, x.tag, x.rule))
                    x.tag, x.rule = "drop", "label-run"  # a listed post's date ("13 nov")
                continue  # a field the rules took already ("E-post")
            row = taken > 0 and (_FACT_ROW.fullmatch(x.text.strip()) is not None or _WHEN_ROW.fullmatch(x.text.strip())
                                 is not None)
            card = ln.rule == "sponsor" and is_title_like(x.text) and words(x.text) <= CARD_TITLE_WORDS and not (
                _heads_paragraph(lines, k))  # a sponsored card's title over its sponsor's name (session 40)
            if (taken >= RUN_LINES and not _repeats(took, x.text, row)) or is_quote(x.text) or is_wholly_quoted(x.text) or not (row or card or furniture_shaped(x.text)) or (
                    not row and not card and is_title_like(x.text) and x.p is not None and x.p >= P_TRUSTED and words(x.text) > BUTTON_WORDS):
                break  # a subheading the classifier trusts ("Detaljplanen i korthet"), or one in quotation marks ("”Han
                # valde mig”" under "Ge en gåva", session 33), is the article's
            if _FACT_LABEL.match(x.text):
                break  # the article's fact box opening under the label's box ("Fakta: Norrmark Verkstad", session 34)
            if taken == 0 and _heads_paragraph(lines, k):
                break  # the article's subheading over its next paragraph ("Provtur utan problem" under "Swisha en gåva …")
            took.append((x, x.tag, x.rule))
            x.tag, x.rule = "drop", "label-run"
            taken += 1


def _repeats(took: Sequence[tuple[TaggedLine, str | None, str | None]], text: str, row: bool) -> bool:
    """Whether a line past :data:`RUN_LINES` goes on the box's list of records: a short status word the box said
    already ("Planerad", "Pågående" under each disruption), or one more row of a label and a value after two or more
    (session 47, extract252: a transit site's "Andra störningar", four items of two lines each)."""
    return any(y.text == text and words(text) <= BUTTON_WORDS for y, _, _ in took) or (row and sum(
        _FACT_ROW.fullmatch(y.text.strip()) is not None for y, _, _ in took) >= 2)


NAMED_ABOVE = 6
"""A link that names a line at most this many lines above it closes that line's block (session 40, extract187)."""


def _names_above(lines: Sequence[TaggedLine], i: int) -> bool:
    """The label is a link that ends with the name a line above it gives ("Läs mer om Kustsignal AB" closing the card
    "Kustsignal AB" / its people / its text / "Rösta"): it closes that block, the next card's name under it is no box's."""
    text = lines[i].text.strip().rstrip(".:").lower()
    return any(len(x.text) >= 4 and text.endswith(" " + x.text.strip().lower()) for x in lines[max(0, i - NAMED_ABOVE):i])


OPENING_PARAGRAPHS = 2


def _opens_article(lines: Sequence[TaggedLine], k: int) -> bool:
    """The article's running prose opens at ``lines[k]``: :data:`OPENING_PARAGRAPHS` kept paragraphs of at least
    :data:`HEADED_WORDS` words, each ending a sentence, glued one under the other. Under a date line a label's run took,
    they make that run the article's head (session 35, extract141: "Nyheter", the section's label, over the headline and
    its date line, the article under them), never a teaser list's card (its excerpt is one line, the next card's title
    under it)."""
    run = lines[k:k + OPENING_PARAGRAPHS]
    return len(run) == OPENING_PARAGRAPHS and all(
        x.tag is None and not x.blank_before and closes_sentence(x.text, HEADED_WORDS) for x in run)


AD_LINES = 3
"""An ad's copy between its bare label and its button is at most this many lines (the advertiser, a pitch)."""
AD_SENTENCE_WORDS = 15
"""... none a sentence of this many words or more (the article's paragraph)."""
_READER_PITCH = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina)\b.*\b(?:boka|köp|beställ|ring|kontakta|besök|prova|läs mer|"
                           r"anmäl|ansök|teckna|jämför|hör av dig|klicka)\b|^[^.!?]{1,30}\?\s+(?:Boka|Köp|Beställ|Ring|Besök|"
                           r"Prova|Hämta|Teckna|Byt)\b")
"""An ad's pitch to the reader with its call ("Funderar du på att sälja? Boka en kostnadsfri värdering …", or a short
question and an imperative, "Vinterdäck? Boka skifte hos …"), glued under
an ad's or a sponsor's label (session 34, extract137): the ad's one line, the article's sentences do not call."""


def ad_copy_tags(lines: Sequence[TaggedLine]) -> None:
    """Session 34 (extract131): an ad's copy glued under its bare label ("Annons" / "ATG" / "Spela V75 på lördag –
    Jackpot! …" / "Spela nu"; "Annons" / a bank's pitch / "Sparbanken Västmark" / "Läs mer"). When an ad's button closes
    at most :data:`AD_LINES` lines under the label, none a quote or a sentence of :data:`AD_SENTENCE_WORDS` words or
    more, those lines and the button are the ad's (rule ``ad-copy``); the article goes on under it. An ad label with no
    button under it keeps what follows (an ad's text is seldom copied), but for one line glued under an ad's or a
    sponsor's label that speaks to the reader and calls ("Funderar du på att sälja? Boka …", :data:`_READER_PITCH`).
    Risk: the article's short subheading and a short line over a "Läs mer" link glued under an ad's label."""
    for i, ln in enumerate(lines):
        if not ln.label or ln.rule not in _AD_LABELS | {"sponsor"}:
            continue
        pitch = lines[i + 1] if i + 1 < len(lines) and not lines[i + 1].blank_before else None
        if pitch is not None and pitch.tag is None and _READER_PITCH.search(pitch.text) and not is_quote(pitch.text) \
                and words(pitch.text) <= AD_SENTENCE_WORDS * 2:
            pitch.tag, pitch.rule = "drop", "ad-copy"  # "Funderar du på att sälja? Boka en kostnadsfri värdering …"
            continue
        if ln.rule not in _AD_LABELS:
            continue
        for k in range(i + 1, min(len(lines), i + 2 + AD_LINES)):
            x = lines[k]
            if k > i + 1 and (x.rule in _BUTTON_RULES or (x.tag is None and (
                    is_button_label(x.text.strip()) or TO_PAGE.fullmatch(x.text.strip())))):
                for y in lines[i + 1:k + 1]:
                    if y.tag is None or y.tag == "link" or y is x:
                        y.tag, y.rule = "drop", "ad-copy"
                break
            if x.blank_before or x.tag in {"stop", "footer"} or (x.tag is None and (
                    is_quote(x.text) or words(x.text) >= AD_SENTENCE_WORDS)):
                break
