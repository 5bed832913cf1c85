"""Session 46: phenomena found on the fresh blind sets normalize159 (sport, weather, traffic) and normalize160 (court,
police, council, law, polls), each tested on sentences written after its fix (none of the sets' rows).

- a gap behind the winner written with a plus and zero minutes before a list's comma ("Norge +0.12, Schweiz ..."):
  seconds, as the last gap of the list already was (the comma had made it a clock time, "noll och tolv");
- a spaced dash after a time and before a number of another kind is a pause, no span: a race time and a measure
  ("4.05,21 – 2 s under"), a clock time and a decimal ("kl. 14.40 – 2,3 grader"); "kl. 10.00 – 12" stays a span;
- a compass point after "från" in a line that gives a wind's speed ("8–12 m/s från NV"): the direction;
- a day named by its number ("dag 2": "dag två", "dag 1": "dag ett"), not "i dag 1 av 3" (today's count);
- the compounds of the neuter "fel" ("1 stavfel": "ett");
- a measure before a lead or a handicap ("30 m försprång", "40 m tillägg") and seconds written "s" before a noun of
  time ("2,1 s marginal") are in the genitive, "meters", "sekunders";
- a law's letters after a paragraph that spell no other name ("3 § OL", "1 § PL"): the law;
- a polling institute and the medium that ordered the poll ("Sifo/GP"): "för";
- minutes and seconds before "före" and the one behind ("0.48 före trean"): a gap, said in full;
- a party's lone letter with its genitive ("S:s kandidat": "esses"; it was left written, "S:s");
- a rising pair heading a compound in a sentence about votes is an age's span ("röstade 41 % av 22–25-åringarna":
  "till", not the vote's "mot");
- a nation's three-letter code after an athlete's name in a line of results ("Vlhová, SVK", "Tandrevold (NOR)
  +4,2"): the nation (``nation_codes``), not its letters; an organisation's letters after its name stay;
- a goals list without the word "mål", its items the running score, the scorer and the minute ("1–2; 0–1 Ali Musa
  34', 1–1 Eko 56'"): the minute an ordinal ("trettiofjärde minuten"; it was "trettiofyra") and the rising running
  score a score ("noll mot ett"; it was the range "noll till ett");
- from normalize164 (briefs, listings and fact boxes): a spaced dash after an abbreviation's stop before a number is
  a pause, no quote's dash ("m.fl. – 60 lgh"); a ranked placing in a compound ("världs-12:an"); a book's pages after
  its title and year in brackets ("”Isvinter” (2001, 312 s.)": "sidor", not seconds); "hembygdsfören."; a league
  clipped at the end of its compound ("Damallsv.", no street cut after its "v"); a plural noun's slash before a
  period of time left by the slashes' rules ("4 tabl./dygn": "per dygn"); an opening quote after a dropped emoji
  ("; ”😂 äntligen!”"); a court's short form in the genitive ("TR:s dom": "tingsrättens", after its town's name
  "Gävle tingsrätts"); "p-tal"; the diameter sign "Ø" set apart; a day and month after a street's name or before a
  clock time, or where "mål" is a court's case or an aim, no goals and penalties ("Storgatan 3/2 kl. 21.15", it was
  "tre varav två på straff"); a pair whose share the bracket after it gives is hits out of attempts ("9/24 (37,5 %)":
  "nio av tjugofyra"); "FB" the network ("på FB": "på Facebook"), the law only after a paragraph.

Measured and left (the writers of the evaluation set's rounds say the other form, most rows accept only theirs):
a race time's minutes joined by "och" and its seconds named ("en minut och fyrtiofem komma tolv sekunder": +7/-4 on
the opened blind sets, 47 rows of the evaluation set lost); hours and minutes joined by "och" ("arton timmar och
fyrtio minuter": 54 rows lost); a clock's minutes under ten with "och" ("tjugo och fem": the evaluation set says
"noll fem" 47 times to 8).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Italien +0.45, Tyskland +0.07.", "Italien plus fyrtiofem sekunder, Tyskland plus sju sekunder."),
    ("Stafetten i Falun: Finland +0.09, Sverige +0.31.",
     "Stafetten i Falun: Finland plus nio sekunder, Sverige plus trettioett sekunder."),
    ("Hon vann 1 500 m på 4.05,21 – 2 s under klubbrekordet.",
     "Hon vann tusenfemhundra meter på fyra minuter och fem komma tjugoett sekunder – två sekunder under klubbrekordet."),
    ("Varmast var Oskarshamn kl. 14.40 – 2,3 grader mer än i går.",
     "Varmast var Oskarshamn klockan fjorton och fyrtio – två komma tre grader mer än i går."),
    ("I kväll 8–12 m/s från NV längs kusten.", "I kväll åtta till tolv meter per sekund från nordväst längs kusten."),
    ("Efter dag 1 ledde laget från Mora.", "Efter dag ett ledde laget från Mora."),
    ("Han fick 1 stavfel på provet.", "Han fick ett stavfel på provet."),
    ("Hon vann med 2,1 s marginal.", "Hon vann med två komma ett sekunders marginal."),
    ("Hästen gick från 40 m tillägg.", "Hästen gick från fyrtio meters tillägg."),
    ("De seglade in med 30 m försprång.", "De seglade in med trettio meters försprång."),
    ("Han dömdes enligt 3 § OL.", "Han dömdes enligt tredje paragrafen ordningslagen."),
    ("Beslutet stöddes på 9 kap. 1 § PL.", "Beslutet stöddes på nionde kapitlet första paragrafen polislagen."),
    ("Sifo/GP: 34 % för S.", "Sifo för ge pe: trettiofyra procent för ess."),
    ("Indikator/SR visar ett ras.", "Indikator för ess ärr visar ett ras."),
    ("Hon var 0.48 före trean.", "Hon var fyrtioåtta sekunder före trean."),
    ("Därmed fick S:s kandidat flest röster i Luleå.", "Därmed fick esses kandidat flest röster i Luleå."),
    ("I mätningen röstade 41 % av 22–25-åringarna på V.",
     "I mätningen röstade fyrtioett procent av tjugotvå till tjugofemåringarna på ve."),
    ("Slalom, Levi: 2. Swenn Larsson, SWE, +0,31, 3. Vlhová, SVK, +0,52.",
     "Slalom, Levi: tvåa Swenn Larsson, Sverige, plus noll komma trettioett, trea Vlhová, Slovakien, plus noll komma "
     "femtiotvå."),
    ("Mellantid: Öberg 12.04,1, Tandrevold (NOR) +4,2.",
     "Mellantid: Öberg tolv noll fyra komma ett, Tandrevold (Norge) plus fyra komma två."),
    ("Div 4: Tranås–Eksjö 1–2; 0–1 Ali Musa 34', 1–1 Erik Lund 56', 1–2 Musa 88'.",
     "Division fyra: Tranås mot Eksjö ett mot två; noll mot ett Ali Musa trettiofjärde minuten, ett mot ett Erik Lund femtiosjätte "
     "minuten, ett mot två Musa åttioåttonde minuten."),
    ("Planen gäller kv. Björken 3 m.fl. – 60 lgh i 5 vån.",
     "Planen gäller kvarteret Björken tre med flera – sextio lägenheter i fem våningar."),
    ("Hon slog världs-12:an i finalen.", "Hon slog världs-tolvan i finalen."),
    ("Hon debuterade med ”Isvinter” (2001, 312 s.).",
     "Hon debuterade med ”Isvinter” (tvåtusenett, trehundratolv sidor)."),
    ("Arr: Bygdens hembygdsfören. och ABF.", "Arrangör: Bygdens hembygdsförening och a be eff."),
    ("Damallsv. startar i april.", "Damallsvenskan startar i april."),
    ("Högst 4 tabl./dygn.", "Högst fyra tabletter per dygn."),
    ("Inlägget fick svar på FB; ”😂😂 äntligen!” skrev en läsare.",
     "Inlägget fick svar på Facebook; ”äntligen!” skrev en läsare."),
    ("Målet prövas nu sedan TR:s dom överklagats.", "Målet prövas nu sedan tingsrättens dom överklagats."),
    ("Med ett p-tal på 0,8 räcker garaget.", "Med ett parkeringstal på noll komma åtta räcker garaget."),
    ("Pipan har Ø 110 mm.", "Pipan har diameter hundratio millimeter."),
    ("Mål B 1204-25: rånet på Storgatan 3/2 kl. 21.15 gav 2 års fängelse.",
     "Mål be ettusentvåhundrafyra streck tjugofem: rånet på Storgatan tredje februari klockan tjugoett och femton gav "
     "två års fängelse."),
    ("Hästens nästa mål är Jubileumspokalen 23/8.", "Hästens nästa mål är Jubileumspokalen tjugotredje augusti."),
    ("Lina Berg satte 9/24 trepoängare (37,5 %).", "Lina Berg satte nio av tjugofyra trepoängare (trettiosju komma fem procent)."),
    ("Kommunen svarade på FB i går.", "Kommunen svarade på Facebook i går."),
    ("Damklassen vanns på 41.20, 1.05 före tvåan.",
     "Damklassen vanns på fyrtioen minuter och tjugo sekunder, en minut och fem sekunder före tvåan."),
]

GUARDS = [
    ("Biljetter säljs kl. 10.00 – 12 i foajén.", "Biljetter säljs klockan tio till tolv i foajén."),  # a span of hours
    ("Hon har i dag 1 av 3 platser.", "Hon har i dag en av tre platser."),  # today, not a day's number
    ("Inför dag 2 leder Ek.", "Inför dag två leder Ek."),
    ("Enligt Novus/Sifo-mätningarna ökar partiet.", "Enligt Novus Sifo-mätningarna ökar partiet."),  # two institutes
    ("Mötet börjar 12.05 före lunch.", "Mötet börjar tolv noll fem före lunch."),  # no one behind: a clock time
    ("Forskaren vid Kungliga tekniska högskolan (KTH) fick 2 miljoner.",
     "Forskaren vid Kungliga tekniska högskolan (kå te hå) fick två miljoner."),  # an organisation's letters
    ("Vid Luleå tekniska universitet (LTU) disputerade hon den 14 juni.",
     "Vid Luleå tekniska universitet (ell te u) disputerade hon den fjortonde juni."),  # a code's letters, no name
    ("Förslaget bifölls med 41–20 efter votering.", "Förslaget bifölls med fyrtioett mot tjugo efter votering."),
    ("Gävle TR:s dom står fast.", "Gävle tingsrätts dom står fast."),  # the court's name
    ("Enligt TR:s beslut får hon stanna.", "Enligt tingsrättens beslut får hon stanna."),
    ("Han gick. – Vi ska vinna, sa han.", "Han gick. Vi ska vinna, sa han."),  # a quote's dash after a stop
    ("Kungsv. 12 stängs.", "Kungsvägen tolv stängs."),  # a street cut after its "v"
    ("Bästa målskytt: Sara Ek 9/3.", "Bästa målskytt: Sara Ek nio varav tre på straff."),  # a scorer's goals
    ("Vårdnaden prövas enligt 6 kap. 2 § FB.", "Vårdnaden prövas enligt sjätte kapitlet andra paragrafen föräldrabalken."),
]


@pytest.mark.parametrize(("written", "spoken"), CASES + GUARDS)
def test_reading(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
