"""Session 14 (S9), second batch: classes that recur across the writers of
the dev sets normalize30-41, tested on sentences written AFTER the fix, with
guards:

- a recipe's or a notice's imperative after "st." opens the next sentence
  ("ca 30 st. Grädda ...": the stop is kept, ``data/sentence_words.py``);
- "e." before a match's way of ending written in full is "efter" ("2–1 e.
  straffar");
- a spaced dash before a smaller gap ("25,91 – 0,3 sek från") is a pause,
  no range (``year_dashes.keeps_pause``);
- a scorer's goal minute ("mål: Karim 12'") is an ordinal, "tolfte minuten";
- a golfer's tied placing ("T3)") is "delad trea".
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

AFTER = [
    ("Småbröd, ca 60 st. Grädda mitt i ugnen.", "Småbröd, cirka sextio stycken. Grädda mitt i ugnen."),
    ("Skär 8 st. Lägg dem i en form.", "Skär åtta stycken. Lägg dem i en form."),
    ("Semifinalen slutade 4–3 e. straffläggning.", "Semifinalen slutade fyra mot tre efter straffläggning."),
    ("Laget föll med 1–2 e. förlängning i Göteborg.", "Laget föll med ett mot två efter förlängning i Göteborg."),
    ("Löpning: Ida Berg, 400 m 55,12 – 0,4 sek efter klubbrekordet.",
     "Löpning: Ida Berg, fyrahundra meter femtiofem komma tolv – noll komma fyra sekunder efter klubbrekordet."),
    ("Tabellen: Hammarby 41 – 3 poäng från toppen.", "Tabellen: Hammarby fyrtioett – tre poäng från toppen."),
    ("Mål: Alva Lind 34', Saga Ek 81'.", "Mål: Alva Lind trettiofjärde minuten, Saga Ek åttioförsta minuten."),
    ("Målskyttar: Berg 7’, Holm 55’.", "Målskyttar: Berg sjunde minuten, Holm femtiofemte minuten."),
    ("Golf, Vasatorp: 1) Nils Ek −9, T2) Ola Berg och Kim Lind −7.",
     "Golf, Vasatorp: etta Nils Ek minus nio, delad tvåa Ola Berg och Kim Lind minus sju."),
]

GUARDS = [
    ("Koka 10 – 15 min efter att vattnet kokat.", "Koka tio till femton minuter efter att vattnet kokat."),
    ("Vi beställde 14 st. Volkswagen Caddy.", "Vi beställde fjorton stycken Volkswagen Caddy."),
    ("Ek gjorde 2–0 i 58'.", "Ek gjorde två mot noll i minut femtioåtta."),
    ("Linje T3 Stockholm går varje timme.", "Linje te tre Stockholm går varje timme."),
    ("Han bor på e. gatan.", "Han bor på e. gatan."),
]


@pytest.mark.parametrize(("text", "spoken"), AFTER + GUARDS)
def test_result_family(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
