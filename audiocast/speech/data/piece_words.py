"""Words after one piece ("1 st. gul lök") that show "st" is no noun's count, read by ``rules/pieces.py``: there
the piece stays said ("vi har 1 st kvar" -> "ett styck kvar")."""

from __future__ import annotations

# After "1 st": a preposition, a conjunction, an adverb or a verb; the count is of the pieces themselves.
NOT_COUNTED_NOUN = frozenset("""
i på av för till med om från vid under efter inom över per à á och eller men som samt kvar totalt sammanlagt
var är blir blev har hade kan ska finns fanns såldes säljs kostar kostade extra till kr kronor sek
""".split())
