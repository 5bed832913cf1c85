"""Session 51: phenomena of the blind sets normalize188 and normalize189, tested on sentences written after the
fixes (other teams, numbers, subjects and words than the rows that showed them).

- two spans after "mellan", joined by "och" or a comma, are two windows, each with "till";
- school subjects' short forms written with a capital in a list ("betyg i Sv, En eller Ma");
- the combining form "en-" of a grade in stars, a measure or a count before its compound ("1-stjärnig");
- normalize191: a list's item "1)" after a label's number and a colon, no ratio; an electing verb over a list of
  posts; "avsnitt 1 av 10" and "avsn."; a period before an adjective and a verb, no genitive; a temperature before
  the oven, a genitive; "1:a onsd. i månaden", the weekday definite;
- normalize193: "£4m" (millions after a currency's sign); "7 gula kort och 1 rött" (the neuter adjective's noun
  counted before); "och 5:a året därpå" (a placing before a time's adverbial).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    # two windows after "mellan"
    ("Parkeringen kostar mellan kl. 8–11 och 13–17 på vardagar.",
     "Parkeringen kostar mellan klockan åtta till elva och tretton till sjutton på vardagar."),
    ("Mottagningen svarar mellan 9–12, 14–16.", "Mottagningen svarar mellan nio till tolv, fjorton till sexton."),
    # subjects with a capital
    ("Hon fick A i Ma, Fy och Ke i våras.", "Hon fick A i matematik, fysik och kemi i våras."),
    ("Skolan söker en lärare i Sh och Hi till hösten.", "Skolan söker en lärare i samhällskunskap och historia till hösten."),
    # "en-" before its compound
    ("Hotellet fick ett 1-stjärnigt betyg av inspektörerna.", "Hotellet fick ett enstjärnigt betyg av inspektörerna."),
    ("Pantbanken tar emot 1-litersflaskor.", "Pantbanken tar emot enlitersflaskor."),
    ("Partiet klarade 1-procentsgränsen.", "Partiet klarade enprocentsgränsen."),
]

# normalize191's phenomena, on sentences written after their fixes
CASES += [
    # a label's number, then a list's first item in brackets: no ratio
    ("Slalom, omgång 1: 1) Moa Lind, 2) Tove Ek.", "Slalom, omgång ett: etta Moa Lind, tvåa Tove Ek."),
    # an electing verb governs a list of posts
    ("Mötet valde Per Holm till sekr., Eva Berg till v. ordf. och Ali Nur till kass.",
     "Mötet valde Per Holm till sekreterare, Eva Berg till vice ordförande och Ali Nur till kassör."),
    # a series' part named by its number, and its short form
    ("Första säsongen, del 1 av 6, sänds i kväll.", "Första säsongen, del ett av sex, sänds i kväll."),
    ("Serien (8 avsn.) finns på UR Play.", "Serien (åtta avsnitt) finns på u ärr Play."),
    # a period before an adjective and a verb: no genitive
    ("Räntan med 6 mån bunden hamnar på 3,2 %.", "Räntan med sex månader bunden hamnar på tre komma två procent."),
    # a temperature before the oven
    ("Baka kakorna i 175 °C ugn i 12 minuter.", "Baka kakorna i hundrasjuttiofem graders ugn i tolv minuter."),
    # a month's series' weekday written short
    ("Soppluncher 2:a tors. i månaden kl. 12.", "Soppluncher andra torsdagen i månaden klockan tolv."),
]

# normalize193's phenomena, on sentences written after their fixes
CASES += [
    # a sum after a currency's sign with an English scale letter
    ("Klubben ska ha betalat €1,8m för anfallaren.", "Klubben ska ha betalat en komma åtta miljoner euro för anfallaren."),
    ("Affären värderas till $2bn.", "Affären värderas till två miljarder dollar."),
    # one with its noun left out after an adjective in the neuter
    ("Laget fick 4 gula kort och 1 rött i matchen.", "Laget fick fyra gula kort och ett rött i matchen."),
    # a placing joined to another before a time's adverbial
    ("Hon slutade 3:a i Tjejvasan och 1:a året därpå.", "Hon slutade trea i Tjejvasan och etta året därpå."),
    # a pair of class letters before an age in years: the groups in full (normalize193)
    ("Simskolan för P/F 5–6 år börjar i augusti.", "Simskolan för pojkar och flickor fem till sex år börjar i augusti."),
    # "24/7" right after "dygnet runt" restates it: said as written (normalize189)
    ("Jouren svarar dygnet runt, 24/7, året om.", "Jouren svarar dygnet runt, tjugofyra sju, året om."),
]

GUARDS = [
    # a score keeps its silent dash, a vote "mot", a range "till", one span after "mellan" its "och"
    ("Tranås vann med 4–1 mot Nässjö i lördags.", "Tranås vann med fyra mot ett mot Nässjö i lördags."),
    ("Förslaget avslogs med 29–22 i fullmäktige.", "Förslaget avslogs med tjugonio mot tjugotvå i fullmäktige."),
    ("Bygget tar 3–4 veckor.", "Bygget tar tre till fyra veckor."),
    ("Det kostar mellan 200–300 kronor och lite till.", "Det kostar mellan tvåhundra och trehundra kronor och lite till."),
    ("Tåget går mellan kl. 6–22 varje dag.", "Tåget går mellan klockan sex och tjugotvå varje dag."),
    # a capital word that is no subject in a list, "ett-" before a year
    ("Ma och Pa Kettle kom till stan.", "Ma och Pa Kettle kom till stan."),
    ("Han skrev på ett 1-årskontrakt med klubben.", "Han skrev på ett ettårskontrakt med klubben."),
    # a scale in brackets stays a ratio; a period before its adjective and noun keeps its genitive; a weekday
    # written in full is left as written
    ("Blanda saft och vatten (1:4) och servera.", "Blanda saft och vatten (ett till fyra) och servera."),
    ("Välj 3 mån. bunden ränta.", "Välj tre månaders bunden ränta."),
    ("Mässa första söndag i månaden.", "Mässa första söndag i månaden."),
    # a length after a number, a count's own noun, an ordinal before its noun
    ("Bollen gick 4m över ribban.", "Bollen gick fyra meter över ribban."),
    ("Vi har 3 hundar och 1 katt i huset.", "Vi har tre hundar och en katt i huset."),
    ("Vinsten steg under 2:a kvartalet.", "Vinsten steg under andra kvartalet."),
    ("Jouren har öppet 24/7 hela året.", "Jouren har öppet tjugofyra sju hela året."),  # said as written since session 58 (the writers' own readings: 35 of 36 such rows)
    ("Laget spelar i P/F 11 i höst.", "Laget spelar i pojkar och flickor elva i höst."),  # in words since session 60
]


@pytest.mark.parametrize(("written", "spoken"), CASES + GUARDS)
def test_s51_context(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
