"""Grades and classes written as a letter with plus or minus signs ("B+",
"A-", "energiklass A+++", "blodgrupp AB−"): read by ``rules/letter_grades.py``.
"""

from __future__ import annotations

# Words up to three before a letter that make a dash after it a minus ("betyget A-", "fick C–", "blodgrupp 0−");
# a plus needs none ("B+", "A++", "C++").
GRADE_MINUS_BEFORE = frozenset("""
betyg betyget betygen betygssteget fick får fått gav ger satte sätter sattes klass klassen energiklass
energiklassen blodgrupp blodgruppen blodgrupper graderas graderades nivå nivån rating ratingen kreditbetyg
kreditbetyget
""".split())

# Words in a sentence that make its lone letters A-F the school's grades: an "=" after one is "är" ("där
# E = 10" -> "E är tio", not the "är lika med" of a formula's letter; read by ``rules/symbols.py``).
GRADE_SCALE_WORDS = frozenset("""
betyg betyget betygen betygens betygsskala betygsskalan betygssteg betygssteget betygsstegen
betygsättning betygsättningen betygsatt betygsätts meritvärde meritvärdet meritpoäng
""".split())
