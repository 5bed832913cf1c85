"""Words for ``rules/born_plurals.py``: the plural nouns of people before a birth year ("barn f. 2016" -> "barn
födda 2016"), as clubs, schools and courses write who may come."""

from __future__ import annotations

BORN_PLURAL_BEFORE = frozenset("""
barn ungdomar elever spelare pojkar flickor tjejer killar deltagare juniorer seniorer ungdomarna barnen
eleverna spelarna pojkarna flickorna tjejerna killarna deltagarna juniorerna lag
""".split())
