"""The Riksdag's working year, the riksmöte, written with two years and a slash
("2024/25"): the words before it that name one (read by ``rules/sessions.py``;
the bills', reports' and letters' series before "2023/24:155" are
``data/admin.py``'s, read by ``rules/admin.py`` with ``sessions.session_years``)."""

from __future__ import annotations

# Words right before "2024/25" that make it a riksmöte, not a season ("säsongen 2024/25" stays a season's
# years): "under riksmötet 2024/25", "allmänna motionstiden 2024/25".
SESSION_WORDS = frozenset("""
riksmötet riksmöte riksmötets riksmötes riksåret riksdagsåret motionstiden motionstid
""".split())

# Words right before a season's two years written short, "24/25", said as the two years ("säsongen 24/25": "tjugofyra
# tjugofem"; session 57, normalize340: it was "tjugofyra tjugofemtedelar"), read by ``calendar``'s slash dates.
SEASON_WORDS = frozenset("""
säsongen säsong säsongens läsåret läsår läsårets verksamhetsåret verksamhetsår budgetåret spelåret jaktåret
vintersäsongen sommarsäsongen fiskeåret terminen riksmötet
""".split())
