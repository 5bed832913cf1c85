"""The shape of one line of a page: its words, whether it is a quote. Shared by the dump parser
(:mod:`audiocast.ingest.text`) and the furniture signals (:mod:`audiocast.ingest.furniture`)."""

from __future__ import annotations

import re

QUOTE_START = re.compile(r"^[–—―−-]\s+")
SENTENCE_BREAK = re.compile(r"[.!?…]\s+[A-ZÅÄÖÉ–—\d]")
"""The end of a sentence and the start of the next one within a line."""


def words(line: str) -> int:
    """Number of words in a line."""
    return len(line.split())


def is_quote(line: str) -> bool:
    """A paragraph opened by a quote dash ("– Det är …")."""
    return bool(QUOTE_START.match(line)) and (line[0] != "-" or words(line) >= 6)
