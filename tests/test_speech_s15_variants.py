"""Session 15 (S): the brittle classes tools/vary_normalize.py found by writing the evaluation set's passing rows
another way a newspaper writes them too, each fixed for its family and tested here on sentences written AFTER the
fix (other words and numbers than the rows studied), with guards that keep the other readings:

- the energy units in one case ("kwh", "KWH", "GWH", "mwh/år"): ``data/quantities.ENERGY_UNITS`` (114 + 36 + 4
  variants read "kwh" or "kå dubbelve hå");
- an identifier's hyphen written as an en dash ("mål B 3307–24", "dnr 2025–0932", "bankgiro 5817–4402",
  "Saab 9–5"): ``cleanup.clean`` writes an unspaced en dash between digits as the hyphen, but for a span of
  years and a dash after a thousands group (148 variants read as ranges);
- short forms written in parts apart ("f d", "m m", "t o m 28/9", "fr o m tors", "3 m fl", "T ex" opening the
  sentence): ``rules/spellings.py`` gives the rules the dotted form (82 variants);
- a word-like short form before a closing quote or bracket ("saknar el.”", "inkl. el.)"): the word, not
  "eller" (``shortforms._ENDS_SENTENCE``);
- a lone letter ending its sentence before the next one's opener ("31 för V. Det", "Nässjö C. Det"): the
  letter, not an initial (``words._LONE_LETTER``).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

AFTER = [
    # energy units in one case
    ("Värmepumpen drar 3 200 kwh om året.", "Värmepumpen drar tretusentvåhundra kilowattimmar om året."),
    ("Laddboxen levererade 11 KWH på en natt.", "Laddboxen levererade elva kilowattimmar på en natt."),
    ("Dammen ger 95 gwh el per år.", "Dammen ger nittiofem gigawattimmar el per år."),
    ("Elpriset låg på 2,35 kr/kwh i januari.",
     "Elpriset låg på två kronor och trettiofem öre per kilowattimme i januari."),
    ("Ett 60 kwh-batteri räcker långt.", "Ett sextio kilowattimmars batteri räcker långt."),
    ("Solparken ska ge 7 400 MWH/år.", "Solparken ska ge sjutusenfyrahundra megawattimmar per år."),
    # identifiers written with an en dash
    ("Mannen dömdes i mål B 3307–24 vid Solna tingsrätt.",
     "Mannen dömdes i mål be tretusentrehundrasju streck tjugofyra vid Solna tingsrätt."),
    ("Ärendet har dnr 2025–0932 hos länsstyrelsen.",
     "Ärendet har diarienummer tvåtusentjugofem streck noll nio tre två hos länsstyrelsen."),
    ("Skänk en gåva till bankgiro 5817–4402.", "Skänk en gåva till bankgiro femtioåtta sjutton fyrtiofyra noll två."),
    ("Bolaget (org.nr 559012–3344) har ställt in betalningarna.",
     "Bolaget (organisationsnummer fem fem nio noll ett två streck tre tre fyra fyra) har ställt in betalningarna."),
    ("Han köpte en Saab 9–5 av 2007 års modell.", "Han köpte en Saab nio fem av tvåtusensju års modell."),
    ("Jackpotten på V75–2 delades av tre.", "Jackpotten på ve sjuttiofem två delades av tre."),
    # short forms written in parts apart
    ("Utställningen visas t o m 28/9.", "Utställningen visas till och med tjugoåttonde september."),
    ("Kyrkan är stängd fr o m tors.", "Kyrkan är stängd från och med torsdag."),
    ("Planen omfattar Björken 3 m fl.", "Planen omfattar Björken tre med flera."),
    ("F d kommunalrådet talade först.", "Före detta kommunalrådet talade först."),
    ("Hon är f d landshövding.", "Hon är före detta landshövding."),
    ("T ex kan man gå dit.", "Till exempel kan man gå dit."),
    ("Där säljs honung, ost m m", "Där säljs honung, ost med mera."),
    ("Mötet, d v s årsmötet, hölls i går.", "Mötet, det vill säga årsmötet, hölls i går."),
    # a word-like short form before a closing quote or bracket
    ("”Många hushåll i byn saknar el.”", "”Många hushåll i byn saknar el.”"),
    ("(Hyran är 5 100 kr inkl. el.)", "(Hyran är femtusenetthundra kronor inklusive el.)"),
    ("”Tåget gick tomt. Vagnen var tom.”", "”Tåget gick tomt. Vagnen var tom.”"),
    # a lone letter ending its sentence before the next
    ("Röstsiffrorna: 31 för V. Det räckte inte.", "Röstsiffrorna: trettioett för ve. Det räckte inte."),
    ("Tåget från Nässjö C. Det var sent.", "Tåget från Nässjö central. Det var sent."),
]

GUARDS = [
    # an en dash that is a span or a score stays one
    ("Han satt i fullmäktige 1994–98.", "Han satt i fullmäktige nittonhundranittiofyra till nittioåtta."),
    ("Säsongen 2023–2024 blev kort.", "Säsongen tvåtusentjugotre till tvåtusentjugofyra blev kort."),
    ("Laget vann 4–1 hemma.", "Laget vann fyra mot ett hemma."),
    ("Vägarbetet pågår 12–19 maj.", "Vägarbetet pågår tolfte till nittonde maj."),
    ("Öppet 10–16 på lördag.", "Öppet tio till sexton på lördag."),
    # the dotted forms and the words the letters also are
    ("Utställningen visas t.o.m. 28/9.", "Utställningen visas till och med tjugoåttonde september."),
    ("Tom Ek kom sist.", "Tom Ek kom sist."),
    ("Villan säljs för 3,2 mkr el. bud.", "Villan säljs för tre komma två miljoner kronor eller bud."),
    ("Mät 4 m från väggen.", "Mät fyra meter från väggen."),
    # an initial before a name stays an initial (spelled, as before)
    ("Författaren P. Ek läste.", "Författaren pe Ek läste."),
]


@pytest.mark.parametrize(("text", "spoken"), AFTER + GUARDS, ids=[t for t, _ in AFTER + GUARDS])
def test_variant_families(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


# The known gaps of rounds b42n-b45n closed by their phenomenon (session 15), on sentences written after the fix.
GAPS_AFTER = [
    # a day's hours after a weekday, whatever sports word is near, no score
    ("Hembygdsföreningen städar bygdegården sön 9–13.", "Hembygdsföreningen städar bygdegården söndag nio till tretton."),
    ("Biblioteket har öppet tors 12–18 i sommar.", "Biblioteket har öppet torsdag tolv till arton i sommar."),
    # a property's kind between its designation and its area in a sales list
    ("Rönnbäck 2:17, fritidshus 58 kvm, 640 000 kr, från Eva Lund till Per Holm.",
     "Rönnbäck två kolon sjutton, fritidshus femtioåtta kvadratmeter, sexhundrafyrtiotusen kronor, "
     "från Eva Lund till Per Holm."),
    ("Åby 7:112, gård 210 kvm, 3 150 000 kr.",
     "Åby sju kolon hundratolv, gård tvåhundratio kvadratmeter, tre miljoner hundrafemtiotusen kronor."),
    # a fraction sign before a verb (or a survey's answer) is a share, no genitive
    ("I enkäten svarade ⅔ nej och ¼ vet inte.", "I enkäten svarade två tredjedelar nej och en fjärdedel vet inte."),
    ("Drygt ¾ bor i tätorten.", "Drygt tre fjärdedelar bor i tätorten."),
    ("½ saknar körkort i byn.", "Hälften saknar körkort i byn."),
    # a smaller number after a spaced dash: a gap or a named thing's measure, a pause
    ("Podden är inne på avsnitt 87 – 52 min om skogen.", "Podden är inne på avsnitt åttiosju – femtiotvå minuter om skogen."),
    ("Hon sprang på 12,45 – 0,08 efter rekordet.", "Hon sprang på tolv komma fyrtiofem – noll komma noll åtta efter rekordet."),
    # points out of the rounds played
    ("Hon vann turneringen med 5,5/6 p.", "Hon vann turneringen med fem komma fem av sex poäng."),
    ("Laget tog 9/12 poäng på hemmaplan.", "Laget tog nio av tolv poäng på hemmaplan."),
    # a line's best scorer: goals and the penalties among them
    ("Bästa skytt: Anna Berg 7/2.", "Bästa skytt: Anna Berg sju varav två på straff."),
    # a short form after a fraction is no unit
    ("Priset sänktes 2/3 m.fl. gånger.", "Priset sänktes två tredjedelar med flera gånger."),
    ("Tidtabellen gäller 17/6–21/6 p.g.a. vägarbete.",
     "Tidtabellen gäller sjuttonde juni till tjugoförsta juni på grund av vägarbete."),
    # a turnaround of scores, whichever dash
    ("Lagen vände 2-0 till 2-3 efter paus.", "Lagen vände två mot noll till två mot tre efter paus."),
    # a family notice's date before who held the service
    ("Vigsel: Anna och Per vigdes i Ekeby kyrka 14/6 av kyrkoherde Lars Ek.",
     "Vigsel: Anna och Per vigdes i Ekeby kyrka fjortonde juni av kyrkoherde Lars Ek."),
    ("Dop: Lo döptes i Vena kyrka 3/8 av pastor Eva Lund.", "Dop: Lo döptes i Vena kyrka tredje augusti av pastor Eva Lund."),
    # the forester's measure at the top of the log
    ("Massaveden betalas med 310 kr/m³to.", "Massaveden betalas med trehundratio kronor per kubikmeter toppmätt."),
    # a study period before its number; a code's capitals glued to its digits
    ("Kursen ges under lp 3 i vår.", "Kursen ges under läsperiod tre i vår."),
    ("Hon läste kursen EN1201 i höstas.", "Hon läste kursen e enn tusentvåhundraett i höstas."),
    # a combined team with a slash before its result
    ("Fotboll: Kalmar AIK–Lindsdal/Dalby 3–1.", "Fotboll: Kalmar a i kå mot Lindsdal Dalby tre mot ett."),
    # a penalty after a scorer of two names
    ("Målen: 1–0 (8) Sara Lind, str., 2–0 (55) Eva Holm.",
     "Målen: ett mot noll (åtta) Sara Lind, straff, två mot noll (femtiofem) Eva Holm."),
]

GAPS_GUARDS = [
    ("Laget leder lör 3–1 efter första perioden.", "Laget leder lördag tre mot ett efter första perioden."),
    ("Tillsätt ¾ dl mjölk.", "Tillsätt tre fjärdedels deciliter mjölk."),
    ("Sidorna 14 – 18 saknas.", "Sidorna fjorton till arton saknas."),
    ("AIK vann 4 – 3 efter förlängning.", "a i kå vann fyra mot tre efter förlängning."),
    ("Motionen avslogs med 29 – 22 efter votering.", "Motionen avslogs med tjugonio mot tjugotvå efter votering."),
    ("Han vann med 1/2 poäng.", "Han vann med en halv poäng."),
    ("Totalt 998–1 032 i serien.", "Totalt niohundranittioåtta till tusentrettiotvå i serien."),
    ("2/3 av prästerna är kvinnor.", "Två tredjedelar av prästerna är kvinnor."),
    ("Skivan finns som lp.", "Skivan finns som lp."),
    ("Vi tog E4 norrut.", "Vi tog e fyra norrut."),
    ("Vägen Kalmar–Lindsdal/Dalby 3–4 timmar.", "Vägen Kalmar–Lindsdal Dalby tre till fyra timmar."),
]


@pytest.mark.parametrize(("text", "spoken"), GAPS_AFTER + GAPS_GUARDS, ids=[t for t, _ in GAPS_AFTER + GAPS_GUARDS])
def test_gap_families(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
