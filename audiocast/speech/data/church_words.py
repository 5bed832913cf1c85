"""The words of a church's notices that the rules of :mod:`..rules.church` read: the labels a hymn's number is
written after ("Ps. 21, 249", "Psalmer: 100, 200:4–6") and how each is said, and the Sundays of the church year
written short after an ordinal ("1:a adv." is "första advent", not "advokat")."""

from __future__ import annotations

HYMN_LABELS = {
    # written short: the hymnal's "Ps." (the Psalter, "Ps 23:1", is left to the Bible's references when its
    # number is a psalm of the Psalter's 150 and a verse follows)
    "Ps.": "psalm", "Ps": "psalm", "ps.": "psalm",
    # small and without its stop before the hymn's number ("Vi avslutar med ps 297": session 65, normalize500)
    "ps": "psalm",
    # written out: kept as written, the numbers after them read as a hymn's list
    "Psalm": "Psalm", "psalm": "psalm", "Psalmer": "Psalmer", "psalmer": "psalmer",
    "Psalmerna": "Psalmerna", "psalmerna": "psalmerna",
    # a service's hymns by their place in it ("ingångspsalm 1:1–4", "slutpsalm 200"; session 58, normalize366: the
    # verses were left, "ett: ett -fyra"), kept as written
    **{w: w for part in ("ingångs", "gradual", "slut", "tacksägelse", "nattvards", "dop", "predikstols", "lov")
       for w in (f"{part}psalm", f"{part.capitalize()}psalm")},
}
"""A hymn's label -> how it is said before the hymn's numbers."""

PSALTER_PSALMS = 150
"""The Psalter's number of psalms: "Ps. 23:1" may be the Psalter, "Ps. 297:1–3" can only be a hymn."""

CHURCH_DAYS = {"adv.": "advent", "adv": "advent"}
"""A Sunday of the church year written short after an ordinal ("1:a adv.", "andra adv.") -> how it is said."""

ORDINAL_SHORT = {"1:a": "första", "2:a": "andra", "3:e": "tredje", "4:e": "fjärde",
                 "1": "första", "2": "andra", "3": "tredje", "4": "fjärde"}
"""The ordinals of the Sundays of advent written with a colon, or as a bare digit as a notice writes them ("Mässa 2
adv.": session 53, normalize229; it was "två advokat") -> how each is said."""

CHURCH_SEASONS = {
    "tref.": "trefaldighet", "tref": "trefaldighet", "trefald.": "trefaldighet", "trin.": "trefaldighet",
    "trett.": "trettondedagen", "trettond.": "trettondedagen",
    "påsk": "påsk", "påsk.": "påsk", "adv.": "advent", "adv": "advent", "fastan": "fastan",
    "Kr. himmelsf.": "Kristi himmelsfärd", "Kr.himmelsf.": "Kristi himmelsfärd", "pingst": "pingst",
}
"""A season of the church year written short after "e." (efter), "i" or "f." (före), as a notice names its
Sundays ("15 e. tref.", "2 i adv.", "3 e. påsk") -> how the season is said."""

SEASON_PREPOSITIONS = {"e.": "efter", "i": "i", "f.": "före"}
"""The prepositions before a season's short form in a Sunday's name -> how each is said."""
