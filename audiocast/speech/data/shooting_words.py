"""The words of a shooting result that make "5/5" after a shooter's name hits out of shots ("fem av fem"), not a
date; read by :mod:`..rules.hits`."""

from __future__ import annotations

SHOOTING_WORDS = ("skytte", "skytt", "skjut", "sköt", "prick", "skidskytte", "träff", "luftgevär", "pistol", "gevär",
                  "bom ", "bommar", "liggande", "stående", "serie")
"""Stems of a line about shooting (lowercased)."""

SHOT_SERIES = frozenset({5, 10, 20})
"""The shots of a series or a stage (a biathlon's five, a range's ten or twenty): the second number of a count of
hits."""

HITS_AFTER = ("i skyttet", "i skyttena", "i skjutningen", "i liggande", "i stående", "på skjutvallen", "på vallen",
              "i serien", "i första serien", "i sista serien", "i varje serie", "träff", "i mål")
"""What follows a count of hits without a shooter's name before it ("bommade inte, 10/10 i skyttet", "nådde 5/5 på
skjutvallen"), in a line about shooting."""

HITS_BEFORE = frozenset("""
sköt skjuter skjutit träffade träffar prickade prickar satte sätter nådde fick hade gick
""".split())
"""Verbs right before a count of hits without a shooter's name ("sköt 9/10"), in a line about shooting."""
