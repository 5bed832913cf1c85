"""Words that make "6:6a" or "4:2" a law's chapter and section: the head of
a compound written after it with a hyphen ("en 6:6a-begäran", "en
6:6a-anmälan": a safety representative's request under the Work Environment
Act). Read by ``rules/law_colons.py``, which also reads a law's short name
after the pair (``data/admin.LAW_CODES``: "4:2 LVU") or a name ending in
"-lagen"/"-balken".
"""

from __future__ import annotations

LAW_COMPOUND_HEADS = (
    "begäran", "anmälan", "anmälningar", "anmälningen", "ärende", "ärenden", "ärendet", "framställan",
    "framställningar", "skrivelse", "skrivelsen", "förhandling", "förhandlingen", "förhandlingar",
    "beslut", "beslutet", "paragrafen",
)
