"""Session 52: phenomena of the blind sets normalize195-199, tested on sentences written after the fixes (other
numbers, nouns and places than the rows that showed them).

- a year heading a hyphened compound ("1999-turnén": it was read as a count of thousands);
- "mån" after "utom", "förutom", "stängt": Monday, also closing the sentence;
- an amount after a currency's sign, a slash and a period ("€45/dygn": the sign was left before the number);
- "/ha" after a word: "per hektar";
- a stay's two lengths over a slash ("8 dagar/7 nätter"): "och", not "per";
- the service number 1177 before a verb of advice ("1177 uppmanar");
- a report's figure for the year before in brackets after an amount: the amount's gender ("(1,1)": "en komma ett");
- a margin after a spaced dash and a decimal, before "under"/"över": no range;
- a team's record of won, drawn and lost games ("3 V, 1 O och 2 F");
- normalize204-206: "mån" after a slash is the month ("kr/mån den 1 april"); a day's hours before a span of months
  ("sön 13–16 juni–aug."); gold's fineness "18K"; an e-mail's name opening with "kj"; a flat after a comparative
  ("mot större 2:a"); a golfer's tied placing after a placing verb ("slutade T4"); a top scorer's goals right
  after "målskytt"; a shooter's hits out of 225 targets; a long race's time before "för" and its distance; two
  quarters or halves coordinated share their noun ("Q3 och Q4": "tredje och fjärde kvartalet");
- normalize207-209: a property's designation after a building board's order ("ägaren till Sjövik 1:45"); a tax rate
  with a colon ("22:05 per hundralapp"); a car's model year in an ad without its label ("-21, mätarställning");
  a racer's compound before hours, minutes and seconds ("etappvinnaren ... 4.12.08"); a fine part before its
  measure ("1/100 sekund"); a football pools' row ("1X2 21X"); "Val av ordf." on an agenda, the bare post; a vote's
  split of decimals making a hundred ("52,4–47,6": "mot");
- normalize210-212: the emergency number after a call before a time's preposition ("samtal till 112 under natten");
  a day after "den" before a clock time, the month's day ("den 12 kl. 16.30"); a measure written short after a word
  of quantity before the noun it measures, a genitive ("från flera km håll");
- normalize213-215: a common noun after a capitals' hyphen decides "en" ("1 US-dollar"); a placing whose verb is left
  out after its subject ("kom 1:a … och hennes klasskompis 3:a"); a concert's time before a performer, a pause
  ("18.00 – Anna Ljung"); a range before "cc"; a hymn list joined by "&"; two service numbers joined ("1177 och 112");
  "semesterers."; "e.s." after a score; a ranking's "nr 112"; "golf.se" a word ("lf" closes a Swedish word);
  a horse's odds after "spelad till" ("7/2": "sju mot två"); "mot 2:a centralt" a flat; a Roman number of fifty and
  more after a name ("Super Bowl LIX"); an ordinal heading a ranking's compound ("en 2:a-plats": "andraplats");
- normalize216-218: a half before a definite noun ("½ tallriken": "halva"); a capital "M" set off before a social
  count ("2,3 M visningar"); "ev." before a comparative, the adverb ("ev. färre").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    # a year heading a compound
    ("Bandet spelar låtar från 1985-skivan i kväll.", "Bandet spelar låtar från nittonhundraåttiofemskivan i kväll."),
    ("Hon visade upp sin 1972-modell på mässan.", "Hon visade upp sin nittonhundrasjuttiotvåmodell på mässan."),
    # Monday after a word of exception
    ("Museet har öppet varje dag förutom mån.", "Museet har öppet varje dag förutom måndag."),
    ("Caféet håller stängt mån. under hösten.", "Caféet håller stängt måndag under hösten."),
    # a currency's sign before an amount per a period
    ("Stugan hyrs ut för €120/vecka.", "Stugan hyrs ut för hundratjugo euro per vecka."),
    ("Appen kostar $5/månad.", "Appen kostar fem dollar per månad."),
    # per hectare after a word
    ("Bolaget planterar 1 800 granar/ha efter avverkningen.", "Bolaget planterar tusenåttahundra granar per hektar efter avverkningen."),
    # a stay's two lengths
    ("Kryssningen, 5 dygn/4 nätter, går i maj.", "Kryssningen, fem dygn och fyra nätter, går i maj."),
    # the service number before a verb of advice
    ("Region Skånes 1177 meddelar nya råd om kyla.", "Region Skånes elva sjuttiosju meddelar nya råd om kyla."),
    ("Rådgivningen 1177 avråder från resor till akuten.", "Rådgivningen elva sjuttiosju avråder från resor till akuten."),
    # last year's figure in brackets
    ("Vinsten ökade till 3,4 Mkr (1,6).", "Vinsten ökade till tre komma fyra miljoner kronor (en komma sex)."),
    # a margin after a spaced dash
    ("Hon hoppade 6,71 – 0,04 över sitt gamla rekord.", "Hon hoppade sex komma sjuttioett – noll komma noll fyra över sitt gamla rekord."),
    # a team's record
    ("Efter vårsäsongen har Rynninge 5 V, 2 O och 4 F.", "Efter vårsäsongen har Rynninge fem vinster, två oavgjorda och fyra förluster."),
    ("Tabellen: Sirius 1V 3O 0F.", "Tabellen: Sirius en vinst tre oavgjorda noll förluster."),
]

# normalize204-206's phenomena, on sentences written after their fixes
CASES += [
    ("Abonnemanget höjs till 99 kr/mån den 1 juni.", "Abonnemanget höjs till nittionio kronor i månaden den första juni."),
    ("Kiosken har öppet lör 10–14 maj–sept.", "Kiosken har öppet lördag tio till fjorton maj till september."),
    ("Hittat: en vigselring i 18 K guld vid badplatsen.", "Hittat: en vigselring i arton karat guld vid badplatsen."),
    ("Svara till kjell.holm@mail.se senast fredag.", "Svara till kjell punkt holm snabel-a mail punkt se senast fredag."),
    ("Bytes: 2:a på 48 kvm mot mindre 1:a i centrum.", "Bytes: tvåa på fyrtioåtta kvadratmeter mot mindre etta i centrum."),
    ("Alex Norén slutade T12 efter en svag sista runda med 74 slag.",
     "Alex Norén slutade delad tolva efter en svag sista runda med sjuttiofyra slag."),
    ("Handboll: Alingsås vann, lagets bäste målskytt 8/3.", "Handboll: Alingsås vann, lagets bäste målskytt åtta varav tre på straff."),
    ("Skeetlaget tog silver med 171/175 träffar.", "Skeetlaget tog silver med hundrasjuttioett av hundrasjuttiofem träffar."),
    ("Segraren i Vättern runt hade tiden 8.02 för 315 km.",
     "Segraren i Vättern runt hade tiden åtta timmar och två minuter för trehundrafemton kilometer."),
    ("Bygget startar Q2 eller Q3 nästa år.", "Bygget startar andra eller tredje kvartalet nästa år."),
    # normalize207-209's phenomena, on sentences written after their fixes
    ("Byggnadsnämnden förelägger ägaren till Lillön 4:12 att ta bort bastun.",
     "Byggnadsnämnden förelägger ägaren till Lillön fyra kolon tolv att ta bort bastun."),
    ("Oppositionen vill ha skatten kvar på 21:07 per hundralapp.",
     "Oppositionen vill ha skatten kvar på tjugoett och sju per hundralapp."),
    ("Kia EV6 GT-Line -22, mätarställning 3 100 mil, 289 000 kr.",
     "Kia e ve sex ge te-Line tjugotvå, mätarställning tretusenetthundra mil, tvåhundraåttioniotusen kronor."),
    ("Tempovinnaren var inne på 1.02.07 efter en lång soloflykt.",
     "Tempovinnaren var inne på en timme två minuter och sju sekunder efter en lång soloflykt."),
    ("Skillnaden var bara 2/100 sekund.", "Skillnaden var bara två hundradels sekund."),
    ("Veckans rätt rad på Europatipset: 21X X12 1.", "Veckans rätt rad på Europatipset: två ett kryss kryss ett två ett."),
    ("Årsmötet: §3 Val av sekr., §4 Övriga frågor.", "Årsmötet: paragraf tre Val av sekreterare, paragraf fyra Övriga frågor."),
    ("I provvalet delades rösterna 55,8–44,2 mellan kandidaterna.",
     "I provvalet delades rösterna femtiofem komma åtta mot fyrtiofyra komma två mellan kandidaterna."),
    ("Larmcentralen fick 850 samtal till 112 efter ovädret.",
     "Larmcentralen fick åttahundrafemtio samtal till ett ett två efter ovädret."),
    ("Kulturnämnden möts den 21 kl. 18 i Folkets hus.", "Kulturnämnden möts den tjugoförsta klockan arton i Folkets hus."),
    ("Ljudet hördes på några km avstånd.", "Ljudet hördes på några kilometers avstånd."),
    # normalize213-215's phenomena, on sentences written after their fixes
    ("Växlingskursen gav 1 US-dollar för 10 kr.", "Växlingskursen gav en u ess-dollar för tio kronor."),
    ("Hon kom 2:a i Tjejmilen och hennes mamma 4:a.", "Hon kom tvåa i Tjejmilen och hennes mamma fyra."),
    ("Julkonsert i domkyrkan 19.00 – Maria Lind, sopran.", "Julkonsert i domkyrkan nitton – Maria Lind, sopran."),
    ("Klassen är öppen för 85–125 cc.", "Klassen är öppen för åttiofem till hundratjugofem kubik."),
    ("Gudstjänst med ps. 245 & 112.", "Gudstjänst med psalm tvåhundrafyrtiofem och hundratolv."),
    ("Ring 112 och 1177 vid behov.", "Ring ett ett två och elva sjuttiosju vid behov."),
    ("Lön enligt avtal + semesterers.", "Lön enligt avtal plus semesterersättning."),
    ("Frölunda vann borta med 2–1 e.s. mot Skellefteå.", "Frölunda vann borta med två mot ett efter straffar mot Skellefteå."),
    ("Hon ligger som nr 112 på världsrankingen.", "Hon ligger som nummer hundratolv på världsrankingen."),
    ("Resultaten finns på golf.se i kväll.", "Resultaten finns på golf punkt se i kväll."),
    ("Stoet var spelad till 9/2 inför loppet.", "Stoet var spelad till nio mot två inför loppet."),
    ("Bytes: 4:a i Berga mot 2:a centralt.", "Bytes: fyra i Berga mot tvåa centralt."),
    ("Inför Super Bowl LXI har biljetterna blivit dyrare.", "Inför Super Bowl sextioett har biljetterna blivit dyrare."),
    ("Föreningen tog en 3:e-plats i tävlingen.", "Föreningen tog en tredjeplats i tävlingen."),
    ("Fyll ½ glaset med is.", "Fyll halva glaset med is."),
    ("Videon har fått 1,4 M visningar på en vecka.", "Videon har fått en komma fyra miljoner visningar på en vecka."),
    ("Kostnaden landar på 4 mkr, ev. högre.", "Kostnaden landar på fyra miljoner kronor, eventuellt högre."),
]

GUARDS = [
    # a count heading a compound keeps its number; a decade is a decade
    ("Banken delade ut 1000-kronorssedlar.", "Banken delade ut tusenkronorssedlar."),
    ("Huset byggdes på 1920-talet.", "Huset byggdes på nittonhundratjugotalet."),
    # "mån" the noun stays
    ("Hon är utom sig men mån om sitt rykte.", "Hon är utom sig men mån om sitt rykte."),
    # a number per a period without a sign; an amount per a noun
    ("Hon springer 40 km/vecka.", "Hon springer fyrtio kilometer i veckan."),
    ("Det var 3 fall/1 000 invånare.", "Det var tre fall per tusen invånare."),
    # the service number before a word it cannot count; a count before a plural noun stays a count
    ("Sedan i går rekommenderar 1177 munskydd på akuten.", "Sedan i går rekommenderar elva sjuttiosju munskydd på akuten."),
    ("Linjen tog emot 1177 samtal i går.", "Linjen tog emot tusenetthundrasjuttiosju samtal i går."),
    # a bare number in brackets after no amount keeps the counting form
    ("Antalet medlemmar steg till 4 (1).", "Antalet medlemmar steg till fyra (ett)."),
    # a screen's "4K", a bus line "T4", a clock time before a short distance, a placing without a comparative
    ("Filmen visas i 4K på lördag.", "Filmen visas i fyra kå på lördag."),
    ("Ta buss T4 till centrum.", "Ta buss te fyra till centrum."),
    ("Bussen går 7.15 för 20 km resa.", "Bussen går sju och femton för tjugo kilometer resa."),
    ("Hon kom 2:a i loppet.", "Hon kom tvåa i loppet."),
    ("Vinsten steg under Q1 och föll under Q2.", "Vinsten steg under första kvartalet och föll under andra kvartalet."),
    # a clock time in a building board's line, a bus's time before its distance, a temperature after "till",
    # a post after "av" that is the one who did it
    ("Byggnadsnämnden sammanträder kl. 9:30 i stadshuset.", "Byggnadsnämnden sammanträder klockan nio och trettio i stadshuset."),
    ("Termometern sjönk till -21, enligt mätarställning vid stationen.",
     "Termometern sjönk till minus tjugoett, enligt mätarställning vid stationen."),
    ("Mötet leddes av ordf.", "Mötet leddes av ordföranden."),
    ("Högsta vinsten på 13 rätt gav 112 000 kr på Stryktipset.", "Högsta vinsten på tretton rätt gav hundratolvtusen kronor på Stryktipset."),
    # a count of 112 before a time's preposition without a call; a day with its month; a distance without its noun
    ("Laget gjorde 112 mål under säsongen.", "Laget gjorde hundratolv mål under säsongen."),
    ("Hon fick 112 under året.", "Hon fick hundratolv under året."),
    ("Mötet hålls den 12 maj kl. 10.", "Mötet hålls den tolfte maj klockan tio."),
    ("Det var ett par km kvar till mål.", "Det var ett par kilometer kvar till mål."),
    # a capital word alone, a train's stop after its time, an emergency call alone, a date after "hålls"
    ("Han köpte 1 Volvo i fjol.", "Han köpte ett Volvo i fjol."),
    ("Just nu kostar 1 EU-medlemskap mer.", "Just nu kostar ett e u-medlemskap mer."),
    ("Tåget Gävle C 14.05–Uppsala C 14.55.", "Tåget Gävle central fjorton noll fem till Uppsala central fjorton femtiofem."),
    ("Mötet hålls 7/2 i Folkets hus.", "Mötet hålls sjunde februari i Folkets hus."),
    # a half before its noun in the indefinite; a half of a price with no noun after a rate
    ("Tillsätt ½ paket smör.", "Tillsätt ett halvt paket smör."),
    # a size's "XL" stays letters
    ("Tröjan finns i storlek XL.", "Tröjan finns i storlek eks ell."),
    # decimals that make no hundred are a range
    ("Priset låg på 12,5–14,5 kronor.", "Priset låg på tolv komma fem till fjorton komma fem kronor."),
    # a rising pair after a spaced dash is a range
    ("Vattnet höll 2,5 – 4,5 grader under dagen.", "Vattnet höll två komma fem till fyra komma fem grader under dagen."),
]


@pytest.mark.parametrize(("written", "spoken"), CASES + GUARDS)
def test_s52_context(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
