"""Session 15 (S3): numbers and short adjectives that agree with their nouns, tested on sentences written AFTER
the fix (``rules/genders.py``, tables in ``data/noun_genders.py``), with guards.

- a lone one takes its noun's gender from a broader table, a compound's last part, the neuter suffixes, and the
  noun's plural and definite forms read back to the singular ("1 av 4 vårdboenden", "1 av kontoren": "ett");
  people in -ande stay common ("1 av 3 svarande": "en"); an -ande word before a noun lets the noun decide ("1
  avgörande landskamp": "en");
- a count after "varav"/"därav" with no noun of a known gender is one of the nouns counted before it ("6
  fastigheter, varav 1 i Luleå": "en"; "23 bygglov, varav 1 avslogs": "ett");
- "ev." and "s.k." before a noun the table now knows agree with it ("Ev. vite": "eventuellt"), and "ev." before a
  participle in -ande/-ende with the noun after it ("Ev. återstående biljetter": "eventuella";
  ``machinery.next_word(noun=True)``);
- left as they were, and guarded: a compound ending in one says the counting form "-ett" whatever its noun (the
  sets' writers wrote "tjugoett förskolor", "hundrafemtioett vårdplatser" and accepted no "-en" there;
  ``numbers.cardinal``); a placing in a result list or a table is "etta, tvåa" (what the sets expect); a slashed
  date after "fr.o.m.", "t.o.m." or a meeting is read as written, without an added "den" (the sets hold rows
  that accept only that reading: "t.o.m. 31/8" -> "till och med trettioförsta augusti").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

AFTER = [
    ("Kommunen tog över 1 vandrarhemsbolag.", "Kommunen tog över ett vandrarhemsbolag."),
    ("Vi har 1 fiskeri kvar i hamnen.", "Vi har ett fiskeri kvar i hamnen."),
    ("Hon har 1 faderskap att utreda.", "Hon har ett faderskap att utreda."),
    ("1 av 3 stadsdelsråd sa nej.", "Ett av tre stadsdelsråd sa nej."),
    ("Det fanns 4 museer här, nu finns 1.", "Det fanns fyra museer här, nu finns ett."),
    ("1 av sjukhusen larmade.", "Ett av sjukhusen larmade."),
    ("Klubben hade 1 rekordår 2024.", "Klubben hade ett rekordår tvåtusentjugofyra."),
    ("Det blev 1 avgörande straffläggning.", "Det blev en avgörande straffläggning."),
    ("Ev. skadestånd betalas av bolaget.", "Eventuellt skadestånd betalas av bolaget."),
    ("Ev. återstående biljetter säljs i entrén.", "Eventuella återstående biljetter säljs i entrén."),
    ("Ev. kvarstående skuld regleras.", "Eventuell kvarstående skuld regleras."),
    ("Bolaget köpte 6 fastigheter, varav 1 i Luleå.", "Bolaget köpte sex fastigheter, varav en i Luleå."),
    ("Nämnden behandlade 23 bygglov, varav 1 avslogs.", "Nämnden behandlade tjugotre bygglov, varav ett avslogs."),
    ("Det kom in 11 remissvar, varav 1 var negativt.", "Det kom in elva remissvar, varav ett var negativt."),
    ("Vi har ett vikariat och 1 lektorat lediga.", "Vi har ett vikariat och ett lektorat lediga."),
]

GUARDS = [
    ("Hon fick 1 röst i valet.", "Hon fick en röst i valet."),
    ("1 av 3 svarande sa ja.", "En av tre svarande sa ja."),
    ("Laget tog 1 poäng borta.", "Laget tog en poäng borta."),
    ("Laget har 31 poäng.", "Laget har trettioett poäng."),
    ("Skolan har 21 klasser.", "Skolan har tjugoett klasser."),
    ("Han är 41 år.", "Han är fyrtioett år."),
    ("1 av 3 skolor får nej.", "En av tre skolor får nej."),
    ("Det blev 1 spännande match.", "Det blev en spännande match."),
    ("Biljetter: bara 1 kvar!", "Biljetter: bara ett kvar!"),
    ("Vi kommer ev. att flytta.", "Vi kommer eventuellt att flytta."),
    ("Vi ses ev. kommande vecka.", "Vi ses eventuellt kommande vecka."),
    ("De s.k. tullarna höjs.", "De så kallade tullarna höjs."),
    ("Tabell: 1. Modo 40 p, 2. AIK 38 p.", "Tabell: etta Modo fyrtio poäng, tvåa a i kå trettioåtta poäng."),
    ("Ansökan gäller fr.o.m. 1/9.", "Ansökan gäller från och med första september."),
    ("Öppet t.o.m. den 5/1.", "Öppet till och med den femte januari."),
]


@pytest.mark.parametrize(("text", "spoken"), AFTER + GUARDS)
def test_agreement(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
