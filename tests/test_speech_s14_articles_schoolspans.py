"""Session 14 (S10), articles as a listener hears them: a span of school
years from förskoleklass after "för" or "i" in a line without a school word
("Vårdisco för F–3" in a school association's newsletter). It read "eff–tre",
the dash glued; now "eff till tre", as in "årskurs F–6" (rules/numerals.py
school_years, table SCHOOL_SPAN_BEFORE in data/nouns.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (four of eight read wrongly then: those without a
# school word in the line).
BEFORE = [
    ("Sommarläger för F–3 i juni.", "Sommarläger för eff till tre i juni."),
    ("Vårdisco för F–6 på fredag.", "Vårdisco för eff till sex på fredag."),
    ("Fritids är öppet för barn i F–3.", "Fritids är öppet för barn i eff till tre."),
    ("Julpyssel för F–3, mellanstadiet pysslar på torsdag.", "Julpyssel för eff till tre, mellanstadiet pysslar på torsdag."),
    ("Bussen kör eleverna i F–9 varje morgon.", "Bussen kör eleverna i eff till nio varje morgon."),
    ("Simskola för F–2 startar i mars.", "Simskola för eff till två startar i mars."),
    ("Idrottsdag för F–5 den tolfte maj.", "Idrottsdag för eff till fem den tolfte maj."),
    ("Läsgrupp för F–3.", "Läsgrupp för eff till tre."),
]

# Written after the fix.
AFTER = [
    ("Pysselkväll för F–2 i matsalen.", "Pysselkväll för eff till två i matsalen."),
    ("Teaterbesök i F–6 nästa vecka.", "Teaterbesök i eff till sex nästa vecka."),
    ("Lekdag för F–4 på onsdag.", "Lekdag för eff till fyra på onsdag."),
    ("Halloweenfest för alla i F–3!", "Halloweenfest för alla i eff till tre!"),
]

# A hyphen without a school's label keeps its old reading (a model, an aircraft).
GUARDS = [
    ("Jaktplanet F-5 köptes av flera länder.", "Jaktplanet eff-fem köptes av flera länder."),
    ("Planet F-16 lyfte.", "Planet eff-sexton lyfte."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_school_spans_after_a_preposition(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_range() -> None:
    rules = [(c.written, c.rule) for c in explain("Lekdag för F–4 på onsdag.").changes]
    assert rules == [("F–4", "range")]
