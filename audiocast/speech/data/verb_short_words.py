"""Short forms read as a verb after a relative or a subject pronoun (session
19, the everyday paper's business and housing notes): "vilket motsv. ca 3
Mkr" -> "vilket motsvarar cirka ...", "som motsv. en årslön"; elsewhere the
table's participle ("el. motsv." -> "eller motsvarande").

Risk: a participle after "som" ("samma som motsv. period") is read as the
verb; rare in a paper.
"""

from __future__ import annotations

# The short form and its verb in the present tense.
VERB_SHORT_FORMS = {"motsv.": "motsvarar", "motsv": "motsvarar"}

# The words before it that need a verb: a relative or a subject pronoun.
VERB_SUBJECTS = frozenset({"vilket", "vilka", "som", "det", "detta", "den", "vilken"})
