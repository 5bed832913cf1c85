"""Session 8, wave 3, S4 (by shape; sentences written after the fix):

- each side of a span of two dates with a dash, "23/9–6/10", is a date whatever stands around it
  (parts.dated_span_side): after a route word it was "tjugotre och nio", and before "p.g.a." the
  second was "sex tiondels poäng" (the "p" of "p.g.a." taken for a unit; parts.FRACTION_UNIT now wants
  a whole word);
- a plus before an amount with its thousands set off and a currency or a unit after it ("+312 000
  kr") is a signed amount, not a number dialled from abroad (contact._SIGNED_AMOUNT; it was "plus
  tre ett två noll noll noll").
Guards: a route pair without a date span, a real international number, a span of fractions of a
measure keeps its measure.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Linje 3 körs med ersättningsbuss 11/8–2/9 p.g.a. spårbyte.", "elfte augusti till andra september på grund av"),
    ("Väg 70 stängs av 4/5–18/5 p.g.a. bygget.", "fjärde maj till artonde maj på grund av"),
    ("Buss 12 går inte 27/12–3/1 enligt Västtrafik.", "tjugosjunde december till tredje januari"),
    ("Årets resultat: +1 480 000 kr mot +960 000 kr i fjol.", "plus en miljon fyrahundraåttiotusen kronor"),
    ("Kassan visar −18 000 kr och +245 000 kr i fonden.", "plus tvåhundrafyrtiofemtusen kronor"),
])
def test_spans_and_signs(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Trafiken leds om via väg 56/70 i sommar.", "femtiosex och sjuttio"),
    ("Ring +46 8 123 456 från utlandet.", "plus fyrtiosex"),
    ("Vispa ner 1/2 tsk salt.", "en halv tesked"),
])
def test_spans_and_signs_guards(text: str, want: str) -> None:
    assert want in normalize(text)
