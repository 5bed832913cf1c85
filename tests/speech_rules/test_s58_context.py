"""Session 58: phenomena of the blind sets and of the writers' conventions, tested on sentences written after the
fixes (other numbers, nouns and places than the rows that showed them).

- normalize344-346 (opened): a compound after a name's number keeps its hyphens ("covid-19-vaccinet":
  "covid-nitton-vaccinet", the writers in 15 of 18 such rows; it was "covid-nittonvaccinet"); an emergency's
  priority before a compound ("prio 1-larm": "prio ett-larm", all 5 such rows; it was "ettlarm"); a unit a measure
  is given in, after "i" ("vikten i kg", "i mg/l": it was left as written); a span of lines or rooms named by the
  same capitals at both ends ("T17–T19": "te sjutton till te nitton", it kept its dash); "112" at the end of a span
  of counts whose first count has its noun or year after it ("från 420 år 2000 till 112 i dag": it was the
  emergency number); a floor after its number said by its ordinal ("3 vån.": "tredje våningen", the writers in 3
  of 3 such rows, "våning tre" in 2); "hcp" and "lgh" heading a compound ("Hcp-tävlingen": "Handicaptävlingen");
- normalize348, 349 (opened): a compound after a name and its number keeps its hyphen ("ILCA 6-klassen": "Ilca
  sex-klassen", the writers in all 8 such rows; it was "sexklassen"); two places before one line's head ("på
  Norge/Vänerbanan": the slash silent, it was "eller"); a decade before a plural noun read as written ("40-talet
  utställare": "fyrtiotalet", the blind writers in all 3 such rows; it was "ett fyrtiotal", our rewording); a
  dressage class's level, letter and programme ("lätt B:3": "lätt be tre", the colon was left; "Msv C": "medelsvår");
- normalize353, 354 (opened): a range after the digits a puzzle uses ("siffrorna 1–9": "till", it was "mot"); the
  terms of a sum ("1/4 + 1/3 = 7/12": parts, they were dates); a newborn's weight and length ("3 560 g/51 cm":
  "och", it was "per"); a content per a hundred of the same unit ("4,1 g/100 g": "per", it was "och"); "leg. vet."
  (legitimerad veterinär; "vet." was left); two teams after a championship's letters and a listing's comma
  ("Hockey-VM, Sverige–Finland": "mot", the dash was left);
- normalize357, 358 (opened): a colon price before "kr/kWh" ("3:12 kr/kWh": "tre kronor och tolv öre", it was "tre och
  tolv kronor"); a power and an energy around a slash ("10 MW/20 MWh": "och", it was "per"); a study's confidence
  interval ("95 % KI": "procents konfidensintervall", it was "kå i"); a show-jumping class by its height
  ("1,40-klassen": "en och fyrtio-klassen", the writers in 4 of 5 such rows; it was "ett komma fyrtio").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    # a compound after a name's number keeps its hyphens
    ("Covid-19-smittan spreds snabbt.", "Covid-nitton-smittan spreds snabbt."),
    ("Vi har tre covid-19-fall på avdelningen.", "Vi har tre covid-nitton-fall på avdelningen."),
    ("Han köpte en 5-årsplan.", "Han köpte en femårsplan."),  # guard: a number alone heads its compound, joined
    # an emergency's priority
    ("Bilen kom på ett prio 2-uppdrag.", "Bilen kom på ett prio två-uppdrag."),
    # the unit a measure is given in
    ("Ange vikten i kg och höjden i cm.", "Ange vikten i kilo och höjden i centimeter."),
    ("Halterna redovisas i µg/m³.", "Halterna redovisas i mikrogram per kubikmeter."),
    ("Elen mäts i kWh och räkningen kommer varje månad.",
     "Elen mäts i kilowattimmar och räkningen kommer varje månad."),
    ("Ett par kg/m² räcker gott.", "Ett par kg per kvadratmeter räcker gott."),  # guard: a rate after a word of quantity
    # a span named by the same capitals at both ends
    ("Salarna B12–B14 är stängda i dag.", "Salarna be tolv till be fjorton är stängda i dag."),
    ("Spåren L3-L5 byggs om.", "Spåren ell tre till ell fem byggs om."),
    ("Matchen F12–P12 ställdes in.", "Matchen eff tolv mot pe tolv ställdes in."),  # guard: two classes, no span
    # the emergency number at the end of a span of counts
    ("Antalet butiker gick från 95 år 2010 till 112 i år.", "Antalet butiker gick från nittiofem år tvåtusentio till hundratolv i år."),
    ("Från första maj gäller: ring 112 vid brand.", "Från första maj gäller: ring ett ett två vid brand."),
    # a floor after its number
    ("Kontoret finns på Drottninggatan 7, 2 vån.", "Kontoret finns på Drottninggatan sju, andra våningen."),
    ("Trea om 74 m², 5 vån., hiss.", "Trea om sjuttiofyra kvadratmeter, femte våningen, hiss."),
    ("Huset får högst 5 vån.", "Huset får högst fem våningar."),  # guard: a count of floors
    # "hcp" and "lgh" heading a compound
    ("Hcp-klassen vanns av Eva Berg.", "Handicapklassen vanns av Eva Berg."),
    ("Skriv lgh-numret på blanketten.", "Skriv lägenhetsnumret på blanketten."),
    # a compound after a name and its number
    ("Hon vann i Optimist 2-klassen.", "Hon vann i Optimist två-klassen."),
    ("Uppdateringen gäller alla Windows 11-datorer.", "Uppdateringen gäller alla Windows elva-datorer."),
    ("Han kör i Vasaloppet 90-kilometersklassen.", "Han kör i Vasaloppet nittiokilometersklassen."),  # guard: an event's name
    ("Hon är en av våra 5-åringar.", "Hon är en av våra femåringar."),  # guard: no name
    # two places before one line's head
    ("Tågen på Stockholm/Västeråsbanan är försenade.", "Tågen på Stockholm Västeråsbanan är försenade."),
    ("Han söker bostad i Hägersten/Fruängen.", "Han söker bostad i Hägersten eller Fruängen."),  # guard: two places
    # a decade before a plural noun
    ("Mässan lockade 30-talet företag.", "Mässan lockade trettiotalet företag."),
    # a dressage class
    ("Tävlingen i lätt C:2 startar klockan tio.", "Tävlingen i lätt ce två startar klockan tio."),
    ("Hon tog sin första seger i Msv A:3.", "Hon tog sin första seger i medelsvår A tre."),
    ("Det var lätt B att förstå.", "Det var lätt be att förstå."),  # guard: no programme's number
    # a range after the digits a puzzle uses
    ("Kakuro: skriv siffrorna 1–9 i rutorna.", "Kakuro: skriv siffrorna ett till nio i rutorna."),
    # the terms of a sum
    ("Rätt svar: 1/2 + 1/6 = 2/3.", "Rätt svar: en halv plus en sjättedel är lika med två tredjedelar."),
    ("Hon fyller år 2/3 plus att hon firar 3/4.", "Hon fyller år andra mars plus att hon firar tredje april."),  # guard
    # a newborn's weight and length; a content per a hundred
    ("Vi välkomnar Oskar, född 12/4, 3 120 g/49 cm.",
     "Vi välkomnar Oskar, född tolfte april, tretusenetthundratjugo gram och fyrtionio centimeter."),
    ("Kolhydrater 56 g/100 g.", "Kolhydrater femtiosex gram per hundra gram."),
    # "leg. vet."
    ("Frågan besvaras av leg. vet. Eva Lund.", "Frågan besvaras av legitimerad veterinär Eva Lund."),
    # two teams after a championship's letters and a comma
    ("SVT2 i kväll: Bandy-VM, Sverige–Ryssland.", "ess ve te två i kväll: Bandy-ve emm, Sverige mot Ryssland."),
    ("Tåget Umeå–Luleå går i kväll.", "Tåget Umeå–Luleå går i kväll."),  # guard: no match word
    ("Laget stod på Vikings 20-yardslinje.", "Laget stod på Vikings tjugoyardslinje."),  # guard: a count of yards
    # a colon price before a unit price; a power and an energy; a confidence interval; a show-jumping class
    ("Fjärrvärmen kostar 1:05 kr/kWh.", "Fjärrvärmen kostar en krona och fem öre per kilowattimme."),
    ("Parken på 40 MW/80 MWh invigs i maj.", "Parken på fyrtio megawatt och åttio megawattimmar invigs i maj."),
    ("Effekten var 12 % (90 % KI 8–16).", "Effekten var tolv procent (nittio procents konfidensintervall åtta till sexton)."),
    ("Han rev en bom i 1,30-klassen.", "Han rev en bom i en och trettio-klassen."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES, ids=[c[0][:40] for c in CASES])
def test_session58_context(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
