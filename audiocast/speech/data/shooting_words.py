"""The words of a shooting result that make "5/5" after a shooter's name hits out of shots ("fem av fem"), not a
date; read by :mod:`..rules.hits`."""

from __future__ import annotations

SHOOTING_WORDS = ("skytte", "skytt", "skjut", "skidskytte", "träff", "luftgevär", "pistol", "gevär", "bom ", "bommar",
                  "liggande", "stående", "serie")
"""Stems of a line about shooting (lowercased)."""

SHOT_SERIES = frozenset({5, 10, 20})
"""The shots of a series or a stage (a biathlon's five, a range's ten or twenty): the second number of a count of
hits."""
