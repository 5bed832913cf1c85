"""Nouns a duration measures in the genitive ("18 mån. byggtid" -> "arton månaders byggtid"), read by
``rules/duration_heads.py`` beside ``quantities.DURATION_GENITIVE_NOUNS``: a compound on "-tid" is a span of time
that a duration before it measures ("byggtid", "löptid", "spärrtid", "avtalstid"), except the compounds that
name a time of day or of the year ("2 tim. dagtid", "5 dgr sommartid": when, not how long)."""

from __future__ import annotations

DURATION_SUFFIX = "tid"
WHEN_TIDS = frozenset("""
dagtid kvällstid nattetid nattid morgontid förmiddagstid eftermiddagstid lunchtid sommartid vintertid
vårtid hösttid helgtid vardagstid dagstid sovtid matdags middagstid julhelgstid jultid påsktid
""".split())
