"""Words after a lone "1" that show its noun was left out and stands earlier in the sentence (s21-N23).

Read by ``rules/elided_counts.py``: "4 förare misstänks för rattfylleri och 1 för drograttfylleri" (the verb and the
noun left out after "och": "en", as "förare"), "11 gjorda mål, 1 insläppt" ("ett", as "mål").
"""

# The Swedish prepositions (the whole class a count may stand before when its noun and verb are left out).
ELIDED_ONE_PREPOSITIONS = frozenset("""
för från i på med till utan efter under vid mot inom utom hos bland ur över genom om enligt kring runt
bakom framför bredvid innan före sedan mellan trots per via åt
""".split())

# The endings of a past participle standing for a verb left out ("1 insläppt", "1 skadad", "1 gripen",
# "1 omkommen", "1 såld", "1 avvisat"): with the clause ending right after it.
PARTICIPLE_ENDINGS = ("pt", "kt", "st", "ad", "at", "ld", "nd", "rd", "gd", "vd", "en", "dd", "tt")

# The words that join a lone count to the clause before it.
ELIDED_ONE_JOINS = frozenset({"och", "men", "samt", "eller"})

# The endings of a verb in the past, active or passive, after a lone count standing for a noun counted before it
# ("7 av 112 förare fick böter och 1 förlorade körkortet": "en", as "förare"; "9 anbud kom in, 2 förkastades och 1
# drogs tillbaka": "ett", as "anbud"; session 54), and the common strong verbs in the past.
PAST_VERB_ENDINGS = ("ade", "ades", "dde", "ddes", "des", "tes", "ogs", "ngs")
STRONG_PAST_VERBS = frozenset("""
fick blev var gick kom dog tog fanns drog slapp satt stod låg gav bröt föll vann
""".split())
