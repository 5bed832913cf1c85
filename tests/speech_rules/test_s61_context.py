"""Session 61: phenomena of the opened blind sets normalize427, 428, 431-433, 436, 437, 442 and 443, each tested on sentences written after
its fix (other words, numbers and places than the rows that showed it), with guards the rules must leave.

- a half before "p", a counting noun of the common gender: "4½ p" -> "fyra och en halv poäng" (``symbols``);
- two decimals joined by a slash, a slalom's two runs: "och" (``listings.slashed_pairs``); a number after a number
  said and a slash is read whole (``numerals.cardinals``: "femtiosex komma tretton", not "femtiosex, tretton");
- two pairs joined by "resp." are the same kind of thing ("PP: 2/5 resp. 1/3", "Skott 12/40 resp. 9/35":
  ``parts._resp_partner``); a word of shots opening a stat line is no name ("Räddningar 30/33": ``stat_pairs``);
- a pair opening brackets right after a score is a score too (a bowling match's pins: ``numerals._among_scores``);
- "mån" after an ordinal is the month ("första mån 9 kr": ``weekdays._ORDINAL_MONTH``);
- "mnkr" with no number before it, "Fastighetsbet.", "u. hiss", "exp.avgift";
- points out of the rounds after a lead's verb and "med" ("leder … med 4/5": ``parts.shots_of``);
- a lone "P" opening a clause before a fee: "parkering" (``letter_pairs``);
- a vehicle's model year before a bracket ("Aixam City -18 (klass II)": ``spans._model_year``);
- a unit written in full keeps its period before a sentence that opens with a number ("12 300 mil. 89 000 kr.");
- a number said in words opening a sentence takes its capital (``cleanup.tidy``);
- a count of a noun times a count of another ("2 pers. x 4 middagar": "gånger");
- a password's digits ("lösenordet 111111": digit by digit);
- a position's minutes written with an apostrophe ("N 59°18'": ``cleanup`` keeps the minute mark);
- a stay in days and nights written "dgr" ("5 dgr/4 nätter": "och"); a food's energy in both its units
  ("420 kJ/100 kcal": a comma, not "per");
- a blood group's "neg." before a spaced dash and small letters: the stop is the short form's;
- a month written short without its stop after a preposition of time ("sedan nov": ``daymonth.stopless_months``),
  "förra v." ("veckan"), a standings row's "s" before the goals and points ("spelade": ``results._matches_played``),
  a team's name of two parts joined by a hyphen before the pair's dash (``sport._FIRST_TEAM``), "skott på mål 14/38"
  (shots on goal, no court's case: ``admin._case``, ``parts.shots_of``); a long race's best time after its distance
  and a word of the time ("90 km, segrartid 4.02": hours and minutes, ``tallies._RACE_TIME_WORD``);
- (normalize436, 437) a score before a verb's passive ("0–1 vändes"); a goal list's first goal with its minute in
  brackets before the scorer ("0–1 (14) Sara Ek"); "lgd", "kontr.", "kvm-", "El-" a word; "3-mot-3-format"; "åk" a
  slalom's run; an odds list before a comma; a line of shots ("Skottstatistik:"); a fight's time after "efter" ("på KO
  efter 1.22"); a symbol's stop before a number ("120 h. 18 500 kr."); amperes after "el finns"; a span from one
  weekday's hour to another's when the numbers cannot be the month's days; a class letter closing its sentence; a
  zero-led pair before a closing bracket;
- (normalize442, 443) "sid. 112" a page, "37 av 112" a count (no emergency number); a year, a spaced dash and a list
  of days ("2024 – 2, 3 och 5 juni"); a chess mate "#"; a review's grades in a line naming a review; languages
  written short joined before "text"; a property's designation after its name mid-sentence ("för Björkhaga 1:4":
  "kolon", not a ratio); a span of grade letters after a word of tests ("proven: A–E").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Efter sju ronder har Eriksson 4½ p.", "Efter sju ronder har Eriksson fyra och en halv poäng."),
    ("Laget tog ½ p i sista matchen.", "Laget tog en halv poäng i sista matchen."),
    ("Åken: 48,20/49,05.", "Åken: fyrtioåtta komma tjugo och fyrtionio komma noll fem."),
    ("Tiden var 52/56,13 i de två åken.", "Tiden var femtiotvå femtiosex komma tretton i de två åken."),
    ("Boxplay: 4/5 resp. 2/3.", "Boxplay: fyra av fem respektive två av tre."),
    ("Räddningar 30/33 resp. 21/25.", "Räddningar trettio av trettiotre respektive tjugoett av tjugofem."),
    ("Skott på mål 14/38 respektive 7/29 för gästerna.",
     "Skott på mål fjorton av trettioåtta respektive sju av tjugonio för gästerna."),
    ("Bowling, div. 2: Team Vänern–BK Brio 6–8 (5 402–5 611).",
     "Bowling, division två: Team Vänern mot be kå Brio sex mot åtta (femtusenfyrahundratvå mot "
     "femtusensexhundraelva)."),
    ("Prova Digital: första mån 9 kr.", "Prova Digital: första månaden nio kronor."),
    ("Första mån. gratis för nya läsare.", "Första månaden gratis för nya läsare."),
    ("Driftbudget (mnkr) för 2027.", "Driftbudget (miljoner kronor) för tvåtusentjugosju."),
    ("Fastighetsbet. Ljusdal Tallen 2:14 säljs.", "Fastighetsbeteckning Ljusdal Tallen två kolon fjorton säljs."),
    ("Efter fem ronder leder Anna Cramling med 4/5.", "Efter fem ronder leder Anna Cramling med fyra av fem."),
    ("Loppis i Bygdegården, fri entré, P 10 kr.", "Loppis i Bygdegården, fri entré, parkering tio kronor."),
    ("Mopedbil Aixam City -18 (klass II), 3 100 mil.",
     "Mopedbil Aixam City arton (klass två), tretusenetthundra mil."),
    # (the next sentence's number keeps its small letter after a word of three letters, as after a short form)
    ("Mätarställning 12 300 mil. 89 000 kr.", "Mätarställning tolvtusentrehundra mil. åttioniotusen kronor."),
    ("Tåget var försenat. 40 minuter fick resenärerna vänta.",
     "Tåget var försenat. Fyrtio minuter fick resenärerna vänta."),
    ("3 personer greps.", "Tre personer greps."),
    ("Middagskassen räcker till 2 pers. x 4 middagar.", "Middagskassen räcker till två personer gånger fyra middagar."),
    ("Använd inte lösenordet 111111.", "Använd inte lösenordet ett ett ett ett ett ett."),
    ("Båten gick på grund, pos. N 58°40' E 17°02'.",
     "Båten gick på grund, position nord femtioåtta grader fyrtio minuter ost sjutton grader två minuter."),
    ("Båten larmade från N 59°18' E 18°05'.",
     "Båten larmade från nord femtionio grader arton minuter ost arton grader fem minuter."),
    ("Paketresa 5 dgr/4 nätter till Riga.", "Paketresa fem dagar och fyra nätter till Riga."),
    ("Per 100 g: 420 kJ/100 kcal.", "Per hundra gram: fyrahundratjugo kilojoule, hundra kilokalorier."),
    ("Lägenheten ligger 4 tr. u. hiss.", "Lägenheten ligger fyra trappor utan hiss."),
    ("Ange exp.avgiften på fakturan.", "Ange expeditionsavgiften på fakturan."),
    ("Vi söker givare med blodgrupp 0 neg. – ring oss.", "Vi söker givare med blodgrupp noll negativ – ring oss."),
    ("Elpriset har stigit sedan nov i hela landet.", "Elpriset har stigit sedan november i hela landet."),
    ("Räntan var i feb 3,1 %.", "Räntan var i februari tre komma ett procent."),
    ("Bensinen var dyrare förra v.", "Bensinen var dyrare förra veckan."),
    ("Serien: 1) Brage 20 s, 41–18, 44 p.", "Serien: etta Brage tjugo spelade, fyrtioett mot arton, fyrtiofyra poäng."),
    ("Resultat: Kristianstads-Åhus–Hörby 3–2.", "Resultat: Kristianstads-Åhus mot Hörby tre mot två."),
    ("Loppet 90 km, segrartid 4.02.", "Loppet nittio kilometer, segrartid fyra timmar och två minuter."),
    ("Vasaloppet 90 km: snabbaste tid 3.58 i år.",
     "Vasaloppet nittio kilometer: snabbaste tid tre timmar och femtioåtta minuter i år."),
    # normalize436, 437
    ("Pausresultatet 0–1 vändes av hemmalaget.", "Pausresultatet noll mot ett vändes av hemmalaget."),
    ("Matchfakta: AIK–Hammarby 0–2. 0–1 (14) Sara Ek, 0–2 (61) Ida Berg.",
     "Matchfakta: a i kå mot Hammarby noll mot två. Noll mot ett (fjorton) Sara Ek, noll mot två (sextioett) Ida Berg."),
    ("Hästen vann med 2 lgd.", "Hästen vann med två längder."),
    ("Banan var 6,4 km med 18 kontr.", "Banan var sex komma fyra kilometer med arton kontroller."),
    ("Turneringen spelas i 3-mot-3-format.", "Turneringen spelas i tre-mot-tre-format."),
    ("Storslalom: Hon ledde efter åk 1.", "Storslalom: Hon ledde efter åk ett."),
    ("Platsodds 1,20–1,45–2,10, trio 412 kr.",
     "Platsodds ett komma tjugo, ett komma fyrtiofem, två komma tio, trio fyrahundratolv kronor."),
    ("Skottstatistik: Elin Ek 5/9, varav 2/2 på straff.", "Skottstatistik: Elin Ek fem av nio, varav två av två på straff."),
    ("Hon vann på KO efter 1.22 i första ronden.", "Hon vann på kå o efter en minut och tjugotvå sekunder i första ronden."),
    ("Båtmotorn har gått 120 h. 18 500 kr.", "Båtmotorn har gått hundratjugo timmar. Artontusenfemhundra kronor."),
    ("Kvm-priset har stigit.", "Kvadratmeterpriset har stigit."),
    ("El-bilen laddas i garaget.", "El-bilen laddas i garaget."),
    ("Förråd uthyres, el finns (10 A).", "Förråd uthyres, el finns (tio ampere)."),
    ("Släpet hyrs ut lör 18–mån 7.", "Släpet hyrs ut lördag klockan arton till måndag klockan sju."),
    ("Villan har energiklass D. Avgiften är låg.", "Villan har energiklass de. Avgiften är låg."),
    # normalize442, 443
    ("Kyrkoboken 1870–1875, sid. 112, nämner gården.",
     "Kyrkoboken artonhundrasjuttio till artonhundrasjuttiofem, sidan hundratolv, nämner gården."),
    ("Festivalen gick av stapeln 2023 – 4, 5 och 7 augusti – med 30 000 besökare.",
     "Festivalen gick av stapeln tvåtusentjugotre – fjärde, femte och sjunde augusti – med trettiotusen besökare."),
    ("Lösning: 1.Dh5 Kf8 2.Dxf7#", "Lösning: ett dam hå fem kung eff åtta två dam slår eff sju matt"),
    ("Pizzarecension: Pizzeria Roma, Storgatan 4. Deg 4/5, fyllning 3/5, service 5/5.",
     "Pizzarecension: Pizzeria Roma, Storgatan fyra. Deg fyra av fem, fyllning tre av fem, service fem av fem."),
    ("Filmen visas med sv. och eng. text.", "Filmen visas med svensk och engelsk text."),
    ("Energideklarationen för Lunden 3:8 visar 95 kWh/m².",
     "Energideklarationen för Lunden tre kolon åtta visar nittiofem kilowattimmar per kvadratmeter."),
    ("Av 112 tillfrågade svarade 45 ja, och 12 av 112 var tveksamma.",
     "Av hundratolv tillfrågade svarade fyrtiofem ja, och tolv av hundratolv var tveksamma."),
    ("Resultat på provet i matematik: A–E 88 %, F 12 %.", "Resultat på provet i matematik: a till e åttioåtta procent, eff tolv procent."),
]

GUARDS = [
    # two dates joined by "resp." stay dates; a bracket of prices after a range is a range
    ("Mötena hålls 3/4 resp. 5/6 i Folkets hus.", "Mötena hålls tredje april respektive femte juni i Folkets hus."),
    ("Priset var 4–10 (1 000–2 000 kr).", "Priset var fyra till tio (tusen till tvåtusen kronor)."),
    # "mån" before a clock time stays Monday; a name "P" inside a clause stays a letter
    ("Syföreningen träffas första mån kl. 14.", "Syföreningen träffas första måndag klockan fjorton."),
    ("Grupp P 20 kr per deltagare.", "Grupp pe tjugo kronor per deltagare."),
    # a lead of a tenth of a second; a temperature before a bracket
    ("Hon ledde med 1/10 sekund inför den sista backen.", "Hon ledde med en tiondels sekund inför den sista backen."),
    ("Kiruna -21 (i går -18) och snö.", "Kiruna minus tjugoett (i går minus arton) och snö."),
    # an abbreviated unit's period before a number; no capital after an abbreviation said
    ("Det tar 5 min. 30 sek.", "Det tar fem minuter trettio sekunder."),
    ("Han kom kl. 5 i dag.", "Han kom klockan fem i dag."),
    ("Bilen har eff. 190 hk.", "Bilen har eff. hundranittio hästkrafter."),
    ("ett 10 000-tal besökare", "ett tiotusental besökare"),
    # one "p" stays "ett poäng"; a dose of milligrams per millilitres stays "per"
    ("Han tog 1 p i sista ronden.", "Han tog ett poäng i sista ronden."),
    ("Dosen är 10 mg/5 ml.", "Dosen är tio milligram per fem milliliter."),
    # a player's stat pairs after names stay two numbers
    ("Ek 14/9, Ali 11/12 i poängligan.", "Ek fjorton nio, Ali elva tolv i poängligan."),
    # a name "Jan" after a preposition, "i jul" (Christmas); a court's case after "i mål"
    ("Hon firade i Jan Olssons trädgård.", "Hon firade i Jan Olssons trädgård."),
    ("Vi ses i jul hos mormor.", "Vi ses i jul hos mormor."),
    ("Dom meddelades i mål B 1234-24.", "Dom meddelades i mål be ettusentvåhundratrettiofyra streck tjugofyra."),
    # a departure's clock time after a distance is a clock
    ("Bussen kör 60 km, avgångstid 8.30.", "Bussen kör sextio kilometer, avgångstid åtta och trettio."),
    # a school year in a line about slalom; the top scorers' list; "i alla fall" is no fall; a "km." before small letters
    ("Eleverna i åk 7 åker slalom.", "Eleverna i årskurs sju åker slalom."),
    ("Skytteligan: Ek 11/4, Berg 9/2.", "Skytteligan: Ek elva fyra, Berg nio två."),
    ("Vi ses i alla fall efter 19.30.", "Vi ses i alla fall efter nitton och trettio."),
    ("Kör 5 km. väster om byn.", "Kör fem kilometer väster om byn."),
    # a month's days after two weekdays the same days apart; a zero-led pair before a bracket keeps its zero
    ("Mässan pågår fre 13–sön 15.", "Mässan pågår fredag tretton–söndag femton."),
    ("Tiden vid vändpunkten (passering 21.07) var bra.", "Tiden vid vändpunkten (passering tjugoett noll sju) var bra."),
    # the hash key after a code; the emergency number before "av"; languages joined before no noun; a scale
    ("Slå koden 2580# och vänta.", "Slå koden två fem åtta noll fyrkant och vänta."),
    ("Ring 112 av säkerhetsskäl.", "Ring ett ett två av säkerhetsskäl."),
    ("Kunskaper i sv. och eng. krävs.", "Kunskaper i svenska och engelska krävs."),
    ("Dokumentären har sv. tal.", "Dokumentären har svenskt tal."),
    ("Ritningen för Ekbacken 2:7 i skala 1:100 finns på kommunen.",
     "Ritningen för Ekbacken två kolon sju i skala ett till hundra finns på kommunen."),
    # a time in seconds before points is seconds
    ("Hon sprang på 12 s, 3 p i tävlingen.", "Hon sprang på tolv sekunder, tre poäng i tävlingen."),
]


@pytest.mark.parametrize(("text", "want"), CASES + GUARDS)
def test_reading(text: str, want: str) -> None:
    assert normalize(text) == want
