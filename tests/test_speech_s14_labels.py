"""Session 14 (S9), third batch, tested on sentences written AFTER the fix,
with guards:

- a short word in capitals as a label before a colon is the word ("RÅD:",
  "VAL:"; ``rules/label_words.py``);
- a capital and small letters with no vowel heading a compound are letters
  ("Crp-värdet"), and so are capitals ending in one small letter ("ABCd"):
  ``rules/mixed_capitals.py``;
- "1 kvar" after a count of a noun takes that noun's gender; nouns in -eri
  and -ori are neuter in the plural too ("tryckerier": "ett kvar").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

AFTER = [
    ("RÅD: Stäng fönstren och lyssna på radio.", "Råd: Stäng fönstren och lyssna på radio."),
    ("VAL: Socialdemokraterna ökar i kommunen.", "Val: Socialdemokraterna ökar i kommunen."),
    ("Läkaren tog ett Crp-värde på patienten.", "Läkaren tog ett ce ärr pe-värde på patienten."),
    ("Mätningen av Kp-värdet gav 5.", "Mätningen av kå pe-värdet gav fem."),
    ("Stan hade 5 tryckerier, i dag finns bara 1 kvar.", "Stan hade fem tryckerier, i dag finns bara ett kvar."),
    ("Byn hade 7 affärer, nu återstår 1.", "Byn hade sju affärer, nu återstår en."),
]

GUARDS = [
    ("TV: Kvällens film är en thriller.", "te ve: Kvällens film är en thriller."),
    ("Han sa att DOM är bäst.", "Han sa att de o emm är bäst."),
    ("IKEAs nya varuhus öppnar i maj.", "IKEAs nya varuhus öppnar i maj."),
    ("Biljetter: bara 1 kvar!", "Biljetter: bara ett kvar!"),
]


@pytest.mark.parametrize(("text", "spoken"), AFTER + GUARDS)
def test_label_family(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
