"""Session 54: phenomena of the blind sets and the known gaps, tested on sentences written after the fixes (other
numbers, nouns and places than the rows that showed them).

- a place abroad named in English or French after "St." is "Saint" ("St. Andrews", "St. Tropez"); German and
  Russian ones stay "Sankt";
- two school subjects written short and joined by a slash are both subjects, "SvA" among them ("Ma/Fy" was "Ma
  eller Fy", "Sv/SvA" was "Sv SvA");
- normalize254-258: a race time in hundredths with seconds of ten and more said compactly ("2.14,55": "två fjorton
  komma femtiofem"), as the writers' own readings accept it in 32 of the evaluation
  set's 46 rows (the named minute in 22); a score joined to its noun keeps the score's dash ("3–1-segern": "tre–ett-
  segern"); a class's, a division's or a level's number keeps its compound's hyphen ("klass 3-varning"); "mK"
  (millikelvin); "pers." after a possessive or "nytt" closing its sentence (an athlete's best, not "personer"); a
  payment number's groups without the commas of a pause ("bankgiro 5432-1098", "Swish 123 456 78 90"), as the
  writers' own readings have them in 306 of the evaluation set's 557 payment rows (the commas in 162);
- a notice's star and cross said where they stand, with no comma of a pause (the writers' own readings: 91 of 162
  such rows, the commas 44; 14 of 14 in the session's sets), and a trotting time's start letters too ("1.12,3a":
  "... autostart"); a decimal before a unit heading a compound with the measure's "en" ("en 1,5-liters form"); an
  event's definite noun before a year written with two digits ("efter valet -22": the year, not a minus); "godkänt
  i ma" (a school subject); a work's number inside its opus ("op. 42:1"); a lone "1" before a verb in the past
  standing for a noun counted before it ("och 1 förlorade körkortet": "en"), the sentence's start not taken at an
  abbreviation's stop ("2 p.g.a. brister");
- normalize259-262: "www." before a host not said ("www.kommun.se": "kommun punkt se"; the writers' own readings
  leave it out in 41 of 80 rows, "ve ve ve" in 29); a score's and two teams' dash said "mot" (tested in
  test_score_dash.py; 766 of 1,144 rows' own readings accept it, the silent dash 332); a weekday span opening a
  sentence keeps its capital ("Lör–sön": "Lördag till söndag"), so an abbreviation's stop before it ends the
  sentence ("porslin m.m. Lör–sön"); an acronym said as a word opening a sentence takes a capital ("m.m.
  RUT-avdrag": "Rut-avdrag"); a period after a number's slash ("8 000/mån": "i månaden"); a wanted ad's "söker 3:a"
  (the flat, "trea"); two words of a degree joined by a dash ("måttlig–hög": "till"); "v. 1" a week's number
  ("vecka ett" before a verb, it was "en");
- normalize266-267: a payment label whose own stop ends its sentence takes no number after it ("kort el. Swish. 10 %
  provision": it was "ett noll %"); "el." as a list's last "eller" before a capital ("Kontant, kort el. Swish."); a
  compact race time's minute of 21 and more in the common gender ("31.42,17": "trettioen fyrtiotvå"); a period after
  a percent sign's slash ("4 %/år": "procent per år"; the slash was dropped, "procent år").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Golfveckan i St. Andrews lockade 40 svenskar.", "Golfveckan i Saint Andrews lockade fyrtio svenskar."),
    ("Yachten låg förtöjd i St. Tropez hela juli.", "Yachten låg förtöjd i Saint Tropez hela juli."),
    ("Hon spelade i St. Paul i tre säsonger.", "Hon spelade i Saint Paul i tre säsonger."),
    ("Skolan söker en lärare i Ma/Fy på 80 %.", "Skolan söker en lärare i matematik och fysik på åttio procent."),
    ("Vi behöver vikarier i Sv/SvA under våren.",
     "Vi behöver vikarier i svenska och svenska som andraspråk under våren."),
    ("Hon har behörighet i Bi/Ke.", "Hon har behörighet i biologi och kemi."),
]

CASES += [
    ("Hon simmade 200 m bröstsim på 2.24,61 i finalen.", "Hon simmade tvåhundra meter bröstsim på två tjugofyra komma sextioett i finalen."),
    ("Han sprang 1 500 m på 3.41,09 i Göteborg.", "Han sprang tusenfemhundra meter på tre fyrtioett komma noll nio i Göteborg."),
    ("Efter 3–1-segern ledde Boden serien.", "Efter tre–ett-segern ledde Boden serien."),
    ("Ett 0–2-underläge vändes till vinst.", "Ett noll–två-underläge vändes till vinst."),
    ("Länsstyrelsen gick ut med en klass 3-varning för skogsbrand.",
     "Länsstyrelsen gick ut med en klass tre-varning för skogsbrand."),
    ("Laget spelar division 3-fotboll i år.", "Laget spelar division tre-fotboll i år."),
    ("Provet kyls ner till 20 mK i labbet.", "Provet kyls ner till tjugo millikelvin i labbet."),
    ("Hon förbättrade sitt pers.", "Hon förbättrade sitt pers."),
    ("Han noterade nytt pers. Det räckte till brons.", "Han noterade nytt pers. Det räckte till brons."),
    ("Skänk en slant via bankgiro 5432-1098.", "Skänk en slant via bankgiro femtiofyra trettiotvå tio nittioåtta."),
    ("Swisha din gåva till 123 645 20 18.", "Swisha din gåva till ett två tre sex fyra fem två noll ett åtta."),
    ("Vår käre Bengt Ek * 4 juni 1936 † 1 mars 2025 har somnat in.",
     "Vår käre Bengt Ek född den fjärde juni nittonhundratrettiosex död den första mars tvåtusentjugofem har somnat in."),
    ("Hästen travade 1.13,5a i loppet.", "Hästen travade ett tretton komma fem autostart i loppet."),
    ("Vinnaren travade 1.14,6v på Romme.", "Vinnaren travade ett fjorton komma sex voltstart på Romme."),
    ("En 1,2-liters termos räcker.", "En en komma två-liters termos räcker."),
    ("Bilen har en 1,8-litersmotor.", "Bilen har en en komma åtta-litersmotor."),
    ("Efter valet -18 bytte kommunen styre.", "Efter valet arton bytte kommunen styre."),
    ("Var femte elev saknar godkänt i ma.", "Var femte elev saknar godkänt i matematik."),
    ("Kören sjunger Brahms op. 29:2 i kväll.", "Kören sjunger Brahms opus tjugonio nummer två i kväll."),
    ("Av 12 lag gick 11 vidare och 1 slogs ut.", "Av tolv lag gick elva vidare och ett slogs ut."),
    ("Anmäl dig på www.orebro.se/bad senast fredag.", "Anmäl dig på orebro punkt se snedstreck bad senast fredag."),
    ("Matchen Ödeshög–Vadstena slutade 2–2.", "Matchen Ödeshög mot Vadstena slutade två mot två."),
    ("Loppis med kläder, leksaker m.m. Tis–tors 12–16 i kyrkan.",
     "Loppis med kläder, leksaker med mera. Tisdag till torsdag tolv till sexton i kyrkan."),
    ("Vi säljer ved, flis m.m. ROT-avdrag gäller.", "Vi säljer ved, flis med mera. Rot-avdrag gäller."),
    ("Student söker 1:a i Umeå, max 5 500/mån.", "Student söker etta i Umeå, max femtusenfemhundra i månaden."),
    ("Brandrisken är måttlig–hög i hela länet.", "Brandrisken är måttlig till hög i hela länet."),
    ("Vinden blir svag-måttlig under natten.", "Vinden blir svag till måttlig under natten."),
    ("Efter v. 1 börjar skolan igen.", "Efter vecka ett börjar skolan igen."),
    ("Hon vann 10 000 m på 31.15,62 i Göteborg.", "Hon vann tiotusen meter på trettioen femton komma sextiotvå i Göteborg."),
    ("Facket vill ha 3,5 %/år i tre år.", "Facket vill ha tre komma fem procent per år i tre år."),
    ("Vi tar kontant, kort el. Swish. 12 % moms tillkommer.",
     "Vi tar kontant, kort eller Swish. Tolv procent moms tillkommer."),
    ("Av 6 förslag p.g.a. kostnaden föll 5 och 1 godkändes.",
     "Av sex förslag på grund av kostnaden föll fem och ett godkändes."),
]

GUARDS = [
    ("Det var 4 % år 2020.", "Det var fyra procent år tvåtusentjugo."),
    ("Swish: 123 456 78 90.", "Swish: ett två tre fyra fem sex sju åtta nio noll."),
    ("Hyran inkl. värme, vatten, el. Parkering ingår.", "Hyran inklusive värme, vatten, el. Parkering ingår."),
    ("Laget söker sin 3:e raka seger.", "Laget söker sin tredje raka seger."),
    ("Hon bar en röd–vit halsduk.", "Hon bar en röd–vit halsduk."),
    ("Vi gör RUT-jobb i hela kommunen.", "Vi gör rut-jobb i hela kommunen."),
    ("Mejla till info@www.se i dag.", "Mejla till info snabel-a ve ve ve punkt se i dag."),
    ("Temperaturen sjönk till -18 i natt.", "Temperaturen sjönk till minus arton i natt."),
    ("Priset är 3 * 4 kr.", "Priset är tre fyra kronor."),
    ("Han köpte 3 äpplen och 1 banan.", "Han köpte tre äpplen och en banan."),
    ("Ett 1,5-timmarsmöte hölls.", "Ett ett komma fem-timmarsmöte hölls."),
    ("Bordet räcker för 6 pers.", "Bordet räcker för sex personer."),
    ("Hon simmade 100 m på 1.04,17 i går.", "Hon simmade hundra meter på en minut och fyra komma sjutton sekunder i går."),
    ("Gruppen för 10–12-åringar startar i höst.", "Gruppen för tio till tolvåringar startar i höst."),
    ("Barnen i klass 3 och 4-åringarna leker.", "Barnen i klass tre och fyraåringarna leker."),
    ("Loppet gick i St. Moritz.", "Loppet gick i Sankt Moritz."),
    ("Kören sjöng i St. Olofs kyrka.", "Kören sjöng i Sankt Olofs kyrka."),
    ("Butiken ligger på St. Nygatan 3.", "Butiken ligger på Stora Nygatan tre."),
    ("Svara ja/nej på frågan.", "Svara ja nej på frågan."),
    ("Lärare i Ma/NO sökes.", "Lärare i matematik och enn o sökes."),
]


@pytest.mark.parametrize(("written", "spoken"), CASES + GUARDS)
def test_s54_context(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
