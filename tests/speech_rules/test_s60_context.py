"""Session 60: phenomena of the opened blind sets normalize405-408, 411 and 412, each tested on sentences written
after its fix (other words, numbers and places than the rows that showed it), with guards the rules must leave.

- a goal list's running scores with the game time in brackets and no scorer after them ("4–2 (41.02), 5–2 (41.33)":
  ``results._GOAL_TIME``; the seconds were dropped, "fyrtioett två");
- a scorer's penalty after the name without a comma ("(38) Jonas Lindberg str."), a count of penalties after "mål"
  ("9 mål (3 str.)": "straffar");
- "ö.t." after "efter" ("övertid"), "i st. för" ("i stället för", not "stycken"), "60 m h" ("meter häck");
- a relay's time of ten hours and more ("12.41.33": "tolv timmar …", ``racing._RACE_HMS_DOTS``);
- made out of tried before "i" and a kind of attempt ("4/7 i trepoängsskytte"), a part of a whole above twelve
  before the plural noun it counts after a word that opens a count ("och 33/42 liftar"), a shooting result out of a
  round maximum ("352/375");
- a map's scale with its thousands grouped after a capitalised name ("Skatås 1:10 000");
- a decathlon's results joined by spaced dashes kept as pauses (no odds in the line: ``found_numbers.betting``);
- a trotting time after a cold-blooded trotter ("Kallblodet … (tidigare 1.21,3)": "ett", not the lap's "en");
- prices of thousands joined by slashes ("2 000/1 000/500 kr": ``listings._PRICES``);
- a record's short form after a spaced dash ("– SR"), and "VR" as "världsrekord";
- a count of floors after what a building gets or after a count of flats ("får 4 vån.", "84 lgh …, 6 vån.");
- an account's label before its number with "för …:" between ("Kontonummer för insamlingen: 8327-9, …";
  ``label_styles._OWNED_LABEL``) and "clearing" as an account's label;
- a spaced dash before a count in tens ("kl. 12 – 40-tal"): a pause, not a joined "tolv–fyrtiotal";
- a word per the other after a slash ("trädgårdsavfall/besök", "bevattning/kväll"; not "dag/kväll");
- numbers of one length in a list with a leading zero ("0417, 1293 och 2208": ``code_lists``);
- "omg. 1", "kärl 1": a label's number, "ett";
- "inv./km²": "invånare per kvadratkilometer";
- a clock time before "och" and an ordinal ("kl. 10.00 och 2:a åket": "andra", not "två:a");
- a share split and an issue's terms as ratios ("aktiesplit 4:1", "villkoren 1:5");
- an age group before a verb ("för 65+ sker": "sextiofem plus");
- a rising pair in brackets after a falling one ("75 (9–3), … 42 (5–7)": both scores);
- a window of hours after "start" beside a pools row ("start 10–12": "till");
- days listed before a last span and a month ("12, 14 och 18–20 feb");
- a class for both sexes before its number in words ("P/F 9": "pojkar och flickor nio");
- (normalize415, 416) "M" after a sailing race's compound ("Onsdagsseglingen"), a plural per its unit after a
  slash ("burar/båt"), a bridge pair joined by a dash or a dog's breed in brackets after its placing ("1) Berg–Holm",
  "1) Ronja (border collie)"), "bokst.", a duration's
  genitive before "ålder", an open span up to an age ("(–17 år)": "upp till"), "gc-väg", a share before an adverb
  and its verb taking the noun counted before ("1 av 6 fortfarande är bebott": "ett");
- (normalize419, 420) a table's games written "m" before its points after a team ("Luleå 28 m, 58 p": "matcher"),
  weeks written "v" before a comma ("3 v, 6 tim/dag"), "medeltemp", a span of school terms ("ht 2025–vt 2026"), a
  subject written short before its school year ("sv åk 3"), a diary number's running number after a colon said as a
  number ("dnr 2024:5821": 4 rows of the writers' own readings, none the pairs);
- (normalize423, 424) "24/7" before a clock time a date, a colon price of no kronor ("0:90": "nittio öre"),
  a unit's stop kept before a list's next number ("km². 2. Kebnekaise"), a position's seconds after its minutes
  ("16′ 30″": "sekunder", not inches).

Conventions changed by the writers' own readings (ours left out): "jfr" before a value "jämför" (22 rows against 15),
a trotting time's "a" and "v" "autostart", "voltstart" (65 rows against 57), a hymn's verse without a comma before
"vers" (19 against 12), "H.K.H." "Kungliga Höghet" (6 against 1), a class pair before its number in words (5 against
2), "gc-" in full (9 against 5).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    # a goal list's game times in brackets, no scorer after them
    ("Två mål på en minut: 2–1 (33.04), 3–1 (33.58).",
     "Två mål på en minut: två mot ett (trettiotre noll fyra), tre mot ett (trettiotre femtioåtta)."),
    # a scorer's penalty without a comma; penalties counted after "mål"
    ("Målen: 1–0 (22) Oskar Ek str., 1–1 (70) Leo Berg.",
     "Målen: ett mot noll (tjugotvå) Oskar Ek straff, ett mot ett (sjuttio) Leo Berg."),
    ("Skyttekung blev Anton Lund med 11 mål (4 str.).", "Skyttekung blev Anton Lund med elva mål (fyra straffar)."),
    # short forms
    ("Leksand vann med 3–2 efter ö.t. i går.", "Leksand vann med tre mot två efter övertid i går."),
    ("Bussen går från torget i st. för stationen.", "Bussen går från torget i stället för stationen."),
    ("Hon vann 100 m h på 13,40.", "Hon vann hundra meter häck på tretton komma fyrtio."),
    # a relay of more than ten hours
    ("Jukola: 1) Kalevan Rasti 11.02.45, 2) IFK Göteborg +2.10.",
     "Jukola: etta Kalevan Rasti elva timmar två minuter och fyrtiofem sekunder, tvåa i eff kå Göteborg plus två "
     "minuter och tio sekunder."),
    # parts made out of tried or of a whole
    ("Ali satte 21 poäng (3/8 i trepoängsskytte).", "Ali satte tjugoett poäng (tre av åtta i trepoängsskytte)."),
    ("Tio av tolv pister är öppna och 17/25 stolliftar går.",
     "Tio av tolv pister är öppna och sjutton av tjugofem stolliftar går."),
    ("Skytte: laget slutade 5:a i skeet med 341/375.", "Skytte: laget slutade femma i skeet med trehundrafyrtioett av "
     "trehundrasjuttiofem."),
    # a map's scale after a place's name
    ("Orienteringskarta Hökensås 1:15 000, ekvidistans 5 m.",
     "Orienteringskarta Hökensås ett till femtontusen, ekvidistans fem meter."),
    # a decathlon's results, spaced dashes as pauses
    ("Sjukamp: Lind öppnade med 13,61 – 1,79 – 13,02.",
     "Sjukamp: Lind öppnade med tretton komma sextioett – ett komma sjuttionio – tretton komma noll två."),
    # a cold-blooded trotter's times
    ("Kallblodet vann på 1.22,4 och slog banrekordet (tidigare 1.23,0).",
     "Kallblodet vann på ett tjugotvå komma fyra och slog banrekordet (tidigare ett tjugotre komma noll)."),
    # prices of thousands joined by slashes
    ("Prispengar 5 000/2 500/1 000 kr till de tre främsta.",
     "Prispengar femtusen, tvåtusenfemhundra respektive tusen kronor till de tre främsta."),
    # a record after a spaced dash, "VR"
    ("Stafetten 4 x 200 m: Sverige 1.27,45 – NR.", "Stafetten fyra gånger tvåhundra meter: Sverige en tjugosju komma "
     "fyrtiofem – nationsrekord."),
    ("Hon hoppade 4,91, VR.", "Hon hoppade fyra komma nittioett, världsrekord."),
    # floors counted
    ("Kvarteret får 7 vån. och en takterrass.", "Kvarteret får sju våningar och en takterrass."),
    ("Bygglov för 40 lgh i kv. Lärkan, 5 vån., beviljades.",
     "Bygglov för fyrtio lägenheter i kvarteret Lärkan, fem våningar, beviljades."),
    # an account's label apart from its number; "clearing"
    ("Kontonummer för gåvor: 8105-9, 934 111 222-3.",
     "Kontonummer för gåvor: åtta ett noll fem nio, nio tre fyra ett ett ett två två två tre."),
    ("Insamlingen: Swedbank, clearing 8327-9, konto 123 456 789-0.",
     "Insamlingen: Swedbank, clearing åttiotre tjugosju streck nio, konto hundratjugotre fyrahundrafemtiosex "
     "sjuhundraåttionio streck noll."),
    # a pause before a count in tens
    ("Loppis från kl. 9 – 30-tal säljare på plats.", "Loppis från klockan nio – trettiotal säljare på plats."),
    # a word per the other
    ("Max 1 släpkärra grovavfall/besök.", "Max en släpkärra grovavfall per besök."),
    ("Vattna högst 30 min/kväll, och bara rabatter/kväll.", "Vattna högst trettio minuter per kväll, och bara "
     "rabatter per kväll."),
    # codes in a list
    ("Vinnande nummer: 0831, 2207 och 5519.", "Vinnande nummer: noll åtta tre ett, två två noll sju och fem fem ett nio."),
    # a label's number
    ("Omg. 1 spelas i april.", "Omgång ett spelas i april."),
    ("Kärl 1 töms varannan vecka.", "Kärl ett töms varannan vecka."),
    # a density
    ("Kommunen har 3,4 inv./km².", "Kommunen har tre komma fyra invånare per kvadratkilometer."),
    # a clock time before an ordinal's "och"
    ("Slalom: åket startar kl. 9.30 och 2:a åket kl. 12.45.",
     "Slalom: åket startar klockan nio och trettio och andra åket klockan tolv och fyrtiofem."),
    # ratios of shares
    ("Bolaget genomför en aktiesplit 3:1 i maj.", "Bolaget genomför en aktiesplit tre till ett i maj."),
    ("Emissionen sker med villkoren 2:7.", "Emissionen sker med villkoren två till sju."),
    # an age group before a verb
    ("Gratis influensavaccin för 75+ gäller hela hösten.", "Gratis influensavaccin för sjuttiofem plus gäller hela "
     "hösten."),
    # a record's pairs in brackets
    ("Hemma har laget 80 procent (12–3), borta 40 procent (6–9).",
     "Hemma har laget åttio procent (tolv mot tre), borta fyrtio procent (sex mot nio)."),
    # hours after "start" beside a pools row
    ("Tipspromenad med 1, X eller 2; start 11–13 vid kyrkan.",
     "Tipspromenad med ett, kryss eller två; start elva till tretton vid kyrkan."),
    # days listed before a span and a month
    ("Utställningen visas 3, 5 och 9–11 mars.", "Utställningen visas tredje, femte och nionde till elfte mars."),
    # a class for both sexes
    ("Cupen har klasser för F/P 12 och P/F 14.", "Cupen har klasser för flickor och pojkar tolv och pojkar och flickor "
     "fjorton."),
    # conventions: "jfr" before a value, "autostart", a hymn's verse, "H.K.H."
    ("Kostnaden blev 4,2 mkr, jfr 3,9 mkr i fjol.", "Kostnaden blev fyra komma två miljoner kronor, jämför tre komma nio "
     "miljoner kronor i fjol."),
    ("Stoet vann på 1.14,2a över 2 140 m.", "Stoet vann på ett fjorton komma två autostart över tvåtusenetthundrafyrtio "
     "meter."),
    ("Psalmer: 17, 312:2–5 och 743.", "Psalmer: sjutton, trehundratolv vers två till fem och sjuhundrafyrtiotre."),
    ("H.K.H. Prinsessan Sofia besökte skolan.", "Hennes Kungliga Höghet Prinsessan Sofia besökte skolan."),
    # normalize415, 416: a sailing race's compound, a plural per its unit, a bridge pair after its placing, a clipped
    # count noun, an age's genitive, an open span up to an age, "gc-", a share before an adverb and its verb
    ("Kvällsseglingen går 8 M runt Brännskär.", "Kvällsseglingen går åtta nautiska mil runt Brännskär."),
    ("Max 4 hundar/bil på färjan.", "Max fyra hundar per bil på färjan."),
    ("Tisdagsbridge: 1) Lund–Ek 58,2 %, 2) Ahl–Berg 55,0 %.",
     "Tisdagsbridge: etta Lund–Ek femtioåtta komma två procent, tvåa Ahl–Berg femtiofem komma noll procent."),
    ("Lösenordet ska ha 8 bokst. och en siffra.", "Lösenordet ska ha åtta bokstäver och en siffra."),
    ("Kattungen kan flytta vid 3 mån. ålder.", "Kattungen kan flytta vid tre månaders ålder."),
    ("Barn (–12 år) går gratis.", "Barn (upp till tolv år) går gratis."),
    ("Den nya gc-vägen öppnar i maj.", "Den nya gång- och cykelvägen öppnar i maj."),
    ("Byn har 30 hus och 1 av 10 fortfarande saknar fiber.", "Byn har trettio hus och ett av tio fortfarande saknar "
     "fiber."),
    ("Agility: 1) Molly (sheltie), Ann Ek, 2) Bosse (pudel), Per Lind.",
     "Agility: etta Molly (sheltie), Ann Ek, tvåa Bosse (pudel), Per Lind."),
    # normalize419, 420: a table's games before its points, weeks without their stop before a comma, a weather
    # page's clipped temperature, a span of school terms, a subject before its school year, a diary number's colon
    ("Tabellen: 1. Piteå 20 m, 44 p; 2. Boden 20 m, 40 p.",
     "Tabellen: etta Piteå tjugo matcher, fyrtiofyra poäng; tvåa Boden tjugo matcher, fyrtio poäng."),
    ("Sommarjobb i parken: 4 v, 7 tim/dag.", "Sommarjobb i parken: fyra veckor, sju timmar per dag."),
    ("Februari: medeltemp −8,1 °C.", "Februari: medeltemperatur minus åtta komma ett grader."),
    ("Tjänsten gäller ht 2026–vt 2027.", "Tjänsten gäller höstterminen tvåtusentjugosex till vårterminen "
     "tvåtusentjugosju."),
    ("Resultaten i ma åk 9 förbättrades.", "Resultaten i matematik årskurs nio förbättrades."),
    ("Länsstyrelsen (dnr 2025:3412) avslog ansökan.",
     "Länsstyrelsen (diarienummer tvåtusentjugofem kolon tretusenfyrahundratolv) avslog ansökan."),
    # normalize423, 424: "24/7" before a clock time is a date; a colon price of no kronor; a unit's stop
    # before a list's next number; a position's seconds
    ("Solförmörkelse 12/8 kl. 19.30 och nymåne 24/7 kl. 05.10.",
     "Solförmörkelse tolfte augusti klockan nitton och trettio och nymåne tjugofjärde juli klockan fem och tio."),
    ("1958 kostade en glass 0:65.", "Nittonhundrafemtioåtta kostade en glass sextiofem öre."),
    ("Svar: 1. Vättern, 1 893 km². 2. Dalälven.",
     "Svar: ett. Vättern, tusenåttahundranittiotre kvadratkilometer. Två. Dalälven."),
    ("Vraket ligger på N 58° 12′ 44″, E 11° 02′ 09″.",
     "Vraket ligger på nord femtioåtta grader tolv minuter fyrtiofyra sekunder, ost elva grader två minuter nio "
     "sekunder."),
]

GUARDS = [
    # a score's note after a name and a scorer's minute with a comma stay as they were
    ("Målen: 0–1 (12) Emil Holm, str.", "Målen: noll mot ett (tolv) Emil Holm, straff."),
    ("Han har storlek 38 i skor.", "Han har storlek trettioåtta i skor."),
    # a date before "i" and a place; a train's numbers before a verb; a decision's number
    ("Vi ses 4/7 i Göteborg.", "Vi ses fjärde juli i Göteborg."),
    ("Tåg 61/62 stannar inte i Flen.", "Tåg sextioett och sextiotvå stannar inte i Flen."),
    # a clock time with seconds stays a clock time; a date stays a date
    ("Larmet kom 14.32.10 i går.", "Larmet kom fjorton trettiotvå tio i går."),
    # a property designation after a capitalised name
    ("Fastigheten Tuna 1:123 såldes.", "Fastigheten Tuna ett kolon hundratjugotre såldes."),
    # odds keep their commas
    ("Spelbolagens odds är 1,95 – 3,40 – 3,75.", "Spelbolagens odds är ett komma nittiofem, tre komma fyrtio, tre komma "
     "sjuttiofem."),
    # a floor after an address, a count of flats after it
    ("Storgatan 3, 5 vån.", "Storgatan tre, femte våningen."),
    # parts of the day, a price per week
    ("Tjänsten gäller dag/kväll enligt schema.", "Tjänsten gäller dag eller kväll enligt schema."),
    ("Matkassen kostar 699 kr/vecka.", "Matkassen kostar sexhundranittionio kronor i veckan."),
    # a list without a leading zero; a number of thousands after a price
    ("Vi fick 2293 och 3208 svar.", "Vi fick tvåtusentvåhundranittiotre och tretusentvåhundraåtta svar."),
    ("Lägenheten såldes för 2 795 000, 295 000 över utropspriset.",
     "Lägenheten såldes för två miljoner sjuhundranittiofemtusen, tvåhundranittiofemtusen över utropspriset."),
    # "jfr med" stays "jämfört med"; a garment's size keeps its letters
    ("Ökningen var 6 % jfr med 2024.", "Ökningen var sex procent jämfört med tvåtusentjugofyra."),
    ("Tröjan har storlek P/F 12 och uppåt.", "Tröjan har storlek pe eff tolv och uppåt."),
    # an age group before a plural noun is "över"
    ("Klasser om 30+ elever fungerar inte.", "Klasser om över trettio elever fungerar inte."),
    # rising pairs in brackets without a falling one are ranges
    ("Öppet (10–12) och (13–16).", "Öppet (tio till tolv) och (tretton till sexton)."),
    # a span of ages in brackets; a share of a common noun before its verb
    ("Pris för barn (2–12 år) är 50 kr.", "Pris för barn (två till tolv år) är femtio kronor."),
    ("Skolan har 300 elever och 1 av 10 är nyanlända.", "Skolan har trehundra elever och en av tio är nyanlända."),
    # a throw's metres before points after a verb; weeks before a word of age
    ("Hon kastade 28 m, 58 p i mångkampen.", "Hon kastade tjugoåtta meter, femtioåtta poäng i mångkampen."),
    ("Valparna är 10 v gamla.", "Valparna är tio veckor gamla."),
    # "24/7" round the clock; an inch mark after a number
    ("Jouren har öppet 24/7 hela året.", "Jouren har öppet tjugofyra sju hela året."),
    ("Köp en 55″ tv i dag.", "Köp en femtiofem tums te ve i dag."),  # (the genitive before a noun: session 65)
]


@pytest.mark.parametrize(("text", "want"), CASES + GUARDS)
def test_reading(text: str, want: str) -> None:
    assert normalize(text) == want
