"""Words before a decade with "-talet" clipped ("på 80-t.", "i början av 90-t:s"): they make "80-t" a decade,
not a count of tonnes (read by ``rules/century_clips.py``; a century, "1800-t", needs none)."""

from __future__ import annotations

DECADE_BEFORE = frozenset("på under i från sedan till av under genom hela tidiga sena".split())
