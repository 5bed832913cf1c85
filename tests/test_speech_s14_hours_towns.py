"""Session 14 (S9), fourth batch, tested on sentences written AFTER the fix,
with guards:

- an hour written with its leading zero after a word of time is the clock's
  hour ("strax före 05" -> "fem"; ``rules/zero_hours.py``);
- a town written short before its institution's noun is a genitive ("Hbg
  stad" -> "Helsingborgs stad"; ``data/abbreviation_common.py``);
- a duration's unit written short after "första", "sista" (without "de") is
  definite ("första 3 mån." -> "första tre månaderna").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

AFTER = [
    ("Larmet kom strax före 05 i morse.", "Larmet kom strax före fem i morse."),
    ("Vägen är avstängd mellan 23 och 04 i natt.", "Vägen är avstängd mellan tjugotre och fyra i natt."),
    ("Restaurangen har öppet fram till 02 på lördagar.", "Restaurangen har öppet fram till två på lördagar."),
    ("Jkpg kommun satsar på nya cykelvägar.", "Jönköpings kommun satsar på nya cykelvägar."),
    ("Mlm stad säger nej till bygget.", "Malmös stad säger nej till bygget."),
    ("Abonnemanget kostar 99 kr/mån första 3 mån.",
     "Abonnemanget kostar nittionio kronor i månaden första tre månaderna."),
]

GUARDS = [
    ("Laget vann med 05 poäng.", "Laget vann med noll fem poäng."),
    ("Koden är 0712.", "Koden är noll sju ett två."),
    ("Flyget landar efter 07.45 i Kiruna.", "Flyget landar efter sju och fyrtiofem i Kiruna."),
    ("Vi flyttade till Gbg i fjol.", "Vi flyttade till Göteborg i fjol."),
]


@pytest.mark.parametrize(("text", "spoken"), AFTER + GUARDS)
def test_hour_and_town_family(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
