"""A link's label standing alone on its line under the article: a file, an e-service, another site's page.

Under an article a public body's page sets the links it points to, one a line: a document or a form with its file type
or service in parentheses ("Riktlinjer för skolskjuts (pdf, 240 kB)", "Boka vigsel (e-tjänst)", "Felanmälan (Mina
sidor)"), or a page of another site named with its owner after a dash ("Hindersprövning – Skatteverket", "Resebidrag
– Region Gävleborg"). Such a line is no sentence and says where the link goes, not what happened: with a button beside
it (:func:`audiocast.ingest.articleend._action_run`), the box is the page's, not the article's fact box.
"""

from __future__ import annotations

import re

from .lineshape import words

LABEL_WORDS = 10
"""A link's label is at most this many words, its note or its owner included."""
_NOTED = re.compile(r"[^.!?:;]*\S\s*\((?:[^()]{1,30})\)")
"""A label closed by its note in parentheses (a file type and size, an e-service, an external site)."""
_OWNED = re.compile(r"(?-i:[A-ZÅÄÖ])[^.!?:;–—]*\S\s+[–—-]\s+(?-i:[A-ZÅÄÖ])[\w.-]*(?:\s+(?-i:[A-ZÅÄÖ])?[\w.-]+){0,2}")
"""A page's title, a dash and its owner's name of at most three words, the first capitalised ("Hindersprövning –
Skatteverket", "Bostadsanpassning – Boverket")."""


def is_link_label(text: str) -> bool:
    """Whether a line is a link's label (module docstring): at most :data:`LABEL_WORDS` words, no sentence, closed by a
    note in parentheses or by its owner's name after a dash."""
    text = text.strip()
    if not text or words(text) > LABEL_WORDS or text[-1] in ".!?…":
        return False
    return bool(_NOTED.fullmatch(text) or _OWNED.fullmatch(text))
