"""Word tables of the summary box a news site sets under an article's headline (read by :mod:`..headsummary`).

Each table is a shape of line that holds on any site, never one site's words: the box's heading (a summary, a short
version, what has happened) and the note under its points that says how it was made (by AI, checked by the desk).
"""

from __future__ import annotations

import re

SUMMARY_HEAD = re.compile(
    r"(?i)(?:ai[- ]?)?(?:sammanfattning(?:en)?|sammanfattat|sammanfattad)(?:\s+(?:av|med|från)\s+(?:ai|redaktionen))?"
    r"(?:\s+av\s+artikeln)?"
    r"|kort(?:version(?:en)?|fattat|a versionen)|artikeln (?:i korthet|kort)|(?:nyheten|artikeln) på \d+ sekunder")
"""A summary box's heading, the whole line ("AI-sammanfattning", "Sammanfattat av AI", "Kortversion"): the word says
the box repeats the article."""

EVENTS_HEAD = re.compile(
    r"(?i)det här har (?:hänt|skett)|detta har hänt|så här (?:ligger det till|är läget)"
    r"|det viktigaste(?: i artikeln| i korthet)?"
    r"|(?:två|tre|fyra|fem|\d) (?:saker|frågor|punkter) (?:att veta|du behöver veta|att hålla koll på|om \w+)"
    r"|i korthet|kort om|snabbversion(?:en)?")
"""A weaker heading ("Det här har hänt", "Det viktigaste", since session 28 "Tre saker att veta", "I korthet", "Kort
om", "Snabbversion": an unbulleted run under them has no end the box's form tells from the text's first paragraphs): a site also sets the article's own list of facts under it
(the golden set keeps such a list, ``b54-u02``), so its box needs bullets or a note as well."""

AI_NOTE = re.compile(
    r"(?i)(?:\bAI\b|\bAI-\w+|artificiell intelligens|språkmodell\w*"
    r"|\bautomatiskt (?:genererad|skapad|sammanställd|framtagen|gjord)|\b(?:dator|maskin)genererad|\bmaskinellt)")
"""The note under a summary's points (or right under its heading) names the tool that made it ("… gjord med hjälp av AI
och granskad av redaktionen", "AI-genererad", "Läs mer om hur vi använder AI", an aggregator's "Automatiskt genererad av
Nyhetskollen", session 29)."""

DESK_NOTE = re.compile(
    r"(?i)\b(?:sammanfattningen|sammanfattning(?:en)? är|granskad av (?:redaktionen|en redaktör)|redaktionen har granskat"
    r"|kontrollerad av (?:redaktionen|en redaktör))\b")
"""A note that speaks of the summary or of the desk's check, without naming AI ("Sammanfattningen är granskad av
redaktionen")."""
