"""A site's tagline among the headline's candidates: the line that says what the site is, never the article's headline.

A site sets under its name a line saying what it is, and on a page without blank lines that line stands glued over the
article's head, near its date line, where the scorer looks for the headline; it has a headline's length and shares
the site's words with the file name and the text (the organisation's name), so it outscored the headline ("En del av
Unga Örnar Dalarna" over "”Bästa veckan på hela sommaren” – 48 barn på kollo vid Runn" and its date line; "Ett
nyhetsbrev om mat och krogar i Örebro" over a letter's number). Two shapes hold on any site (words in
:mod:`.data.tagline_words`):

- the site named as a part of its organisation: "En del av", "Del av", then a name (a capital): "En del av Ljusdals
  kommun", "Del av Kiwanis International";
- the site describing itself by its kind with an indefinite article: "Ett nyhetsbrev om …", "En mötesplats för sjöfolk
  sedan 1911", "En blogg om att bo i Dikanäs": the kind ("nyhetsbrev", "tidning", "mötesplats") within the first
  three words, followed by "om", "för", "från", ….

Both have no finite verb (a known one from ``data/verbs.tsv``, a passive in -s, or a word ending as a tense does,
"firar", "öppnade", unless it follows "och", a comma or a preposition as a plural noun in a list does: "om mat och
krogar") and no sentence's end, at most
:data:`TAGLINE_WORDS` words. The line is scored down (:data:`audiocast.ingest.headline.W_TAGLINE`, through
:func:`audiocast.ingest.headline.furniture_shape`, which the learned ranker reads too), not dropped.

Risk: a headline of that shape without a verb ("En del av Storgatan" as a headline alone, "Ett nyhetsbrev för
nyanlända" naming a new letter) scored down as an issue's line is; a headline has its verb far more often than not
(none of the 1,800 golden and opened pages' headlines has either shape, 26 of their lines have one), and the weight is
evidence, not a veto: such a headline alone over its lead, with no rival of a headline's form, still wins.
"""

from __future__ import annotations

import re

from .data.tagline_words import KIND_LINKS, PART_OF, SECTION_CALLS, SITE_KINDS, SITE_VOICE

TAGLINE_WORDS = 14
"""A tagline has at most this many words."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PASSIVE = re.compile(r"[a-zåäöé]{2,}(?:as|gs|ds|ps|ks|vs|ls|js)")
"""A passive verb ("stängs", "öppnas", "byggs", "säljs"); not -ns, -rs, -ts, where genitives and nouns end ("kommuns",
"mötesplats")."""


_PRESENT = re.compile(r"[a-zåäöé]{2,}(?:ar|er|ir|ur|ade)")
"""A present or past tense by its ending ("firar", "öppnade"), which a plural noun has too ("krogar", "bönder")."""
_NOUN_BEFORE = frozenset("och eller samt & att".split())
"""After these (or a preposition, or a comma) a word so ending is a noun in a list or an infinitive's object: "om mat
och krogar", "för bönder"."""


def _finite_verb(words: list[str], text: str) -> bool:
    from .furniture import _PREPOSITIONS, _verb_words  # the caption rules' verb table (data/verbs.tsv)
    from .headrank import _VERBS

    known = _verb_words() | _VERBS
    for k in range(1, len(words)):
        w, before = words[k], words[k - 1].lower()
        if w.lower() in known or (w.islower() and _PASSIVE.fullmatch(w) is not None):
            return True
        listed = before in _NOUN_BEFORE or before in _PREPOSITIONS or re.search(
            rf"{re.escape(words[k - 1])}\s*,\s*{re.escape(w)}", text) is not None
        if k >= 2 and w.islower() and _PRESENT.fullmatch(w) and not listed:
            return True
    return False


_DASHED = re.compile(r"[–—-] [a-zåäö][^.;:!?\"”“»«]*[^.,;:!?\s\"”“»«]")
"""A line glued to the site's name by a dash, opening in small letters and ending with no stop or comma ("– för
patienterna på Västerviks sjukhus", "– gratis i varje brevlåda sedan 1979"). A quote opens with a capital; the items of
a list of demands that open with a dash and a small letter ("– skjuter upp beslutet …,") end with a comma or a stop.
Counted over the annotated dumps (session 42, extract200: such a tagline was taken for the lead, the page refused):
13 such lines, all the site's."""


def tagline(text: str) -> bool:
    """Whether the line is a site's tagline (module docstring): "En del av <Name>" or "En/Ett <kind> om/för/… …",
    without a finite verb or a sentence's end; or a dashed line in small letters without an end (:data:`_DASHED`)."""
    if _DASHED.fullmatch(text.strip()) and len(_WORD.findall(text)) <= TAGLINE_WORDS:
        return True
    t = re.sub(r"^[–—-]\s+(?=[a-zåäö])", "", text.strip())  # glued to the site's name by a dash ("– en lokal krets …")
    if not t or t[-1] in ".!?:" or any(q in t for q in "\"”“»«"):
        return False
    words = _WORD.findall(t)
    if not 3 <= len(words) <= TAGLINE_WORDS or _finite_verb(words, t):
        return False
    low = t.lower()
    for opening in PART_OF:
        if low.startswith(opening + " "):
            rest = t[len(opening):].strip()
            return rest[:1].isupper()
    if words[0].lower() not in {"en", "ett"}:
        return False
    lowered = [w.lower() for w in words]
    for k in range(1, min(4, len(words) - 1)):
        if lowered[k] in SITE_KINDS:
            return lowered[k + 1] in KIND_LINKS
    return False


SECTION_WORDS = 4
"""A section's name in the site's voice is at most this many words."""


def section_voice(text: str) -> bool:
    """Whether the line is a section's or a column's name that speaks as the site or invites the reader ("Möt våra
    medarbetare", "Vi reder ut", "Träffa föreningen"): at most :data:`SECTION_WORDS` words, no digit, no question or
    cry, the site's first person plural or an inviting imperative first (words in :mod:`.data.tagline_words`). Over a
    long headline it is the kicker, and that headline is no standfirst (:func:`audiocast.ingest.headdigest.standfirst`,
    session 21: the headline "Amina lagar läckorna i kulverten: ”Jag vill se …”" under "Möt våra medarbetare", a
    reader's question under "Vi reder ut", taken for the standfirst and the label for the headline).

    Risk: a short headline in the site's voice ("Vi bygger om skolan") over a standfirst without a full stop: the
    standfirst stays a candidate and the scorer weighs the two."""
    t = text.strip()
    low = [w.lower() for w in _WORD.findall(t)]
    if not low or len(low) > SECTION_WORDS or re.search(r"[\d?!]", t):
        return False
    return low[0] in SECTION_CALLS or any(w in SITE_VOICE for w in low)
