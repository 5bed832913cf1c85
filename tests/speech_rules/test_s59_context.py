"""Session 59: phenomena of the blind sets, tested on sentences written after the fixes (other numbers, nouns and
places than the rows that showed them).

- normalize383, 384 (opened): a diary's running number of four digits after its year is a number ("dnr
  2024-1176": "ettusenetthundrasjuttiosex", the writers in 7 of 7 such rows; it was pairs, "elva sjuttiosex"), an
  order's number keeps its pairs; a measure's short form keeping its stop before a dash and the span's other end
  ("6 mån.–2 år": "sex månader till två år", it was "månader.–två"); "ex." after a neuter determiner and an adjective
  ("ett signerat ex.": "exemplar", it was "exempelvis"); "vacc." (a pet's vaccination); a pools row written as signs
  joined by dashes ("1–X–2–1–1": "ett kryss två ett ett", it was scores and ranges); a store's article number in three
  dotted groups ("204.321.55": every digit, it was "femtiofem" last);
- normalize382 (opened): a standings row's games played and points before a goal difference in brackets ("1.
  Skellefteå 52 110 (+43)": two numbers, it was "femtiotvåtusen..."); a factor of one before a measure ("1x5 min": "en
  gånger fem minuter", it was "ett"); a biathlete's "bom" (common gender); a shared place after "är", "ligger" in a
  line of golf ("är T12": "delad tolva"); a statistic's label, a colon and a made-out-of-tried pair ("Fairways:
  11/14": "elva av fjorton", it was "elva fjorton"); a record's short form after a result or "nytt" ("NR":
  "nationsrekord"); a compass point of two letters after a distance before "om" and a definite noun ("200 m SO om
  parkeringen": "sydost"); "rev." before a year at a clause's start ("reviderad"); a year of birth after "födda" with
  its dash ("födda -13": "tretton", it was "minus tretton"); "Lunchdubbel" a daily double;
- normalize381 (opened): a university's room by its building's letter and a colon ("hörsal E:1406": "E ett fyra noll
  sex", the colon was left); a timetable's minutes past every hour after a lone colon ("avgång :07 och :37": "sju och
  trettiosju", it was ": sju");
- normalize387, 388 (opened): a price of no whole kronor after a colon ("0:98 kr": "nittioåtta öre", it was "noll
  kronor och ..."); a rating before "i betyg" ("4/5 i betyg": "fyra av fem", it was a date); a share "1 av 10" before a
  verb takes the gender of the noun counted before it in the sentence ("3 av 5 hushåll ..., 1 av 10 saknar": "ett");
  a span of dotted sections ("kap. 3.1–3.4": "tre punkt ett till tre punkt fyra", it was "ett-tre komma fyra"); a
  flat's half room ("2,5 rok": "två och ett halvt rum och kök", it was "två komma fem"); the stop of a result's
  "e.sd." before the sentence goes on; a plural adjective between a count and "lgh" ("120 nya lgh": "lägenheter");
  "int. arbete" (a church's collection), "past.exp.";
- normalize391, 392 (opened): "kap." before a number in thousands is an arena's capacity ("(kap. 12 000)":
  "kapacitet", it was "kapitel"); a day and month after a street named "vägen" and a comma is a date, not two roads
  ("Norra vägen, 14/5": it was "fjorton och fem"); an episode in brackets in a listing of more channels
  ("Kunskapskanalen", "Eurosport", TV_LINE_STEMS); a number after a channel's name before "klockan" is its name's
  ("Eurosport 1 kl. 13.15": "ett", it was "en"); a sawmill's "m³sv"; "vv." (the verses) and "Sv. ps."; a race's
  time after its noun and verb ("segertiden blev 17.42", "snabbaste tid var 17.42": minutes and seconds, it was a
  clock time).
- normalize395, 396 (opened): "mån" after "stängd", "stänger" is Monday ("och är stängd mån.": it was left); a
  scorer's note after the minute in a line of goals ("Mål: Johansson 78 str.": "straff", it was "str"); "m." between
  a year and a maker before its model with letters ("2019 m. Yamaha F60": "med", it was "meter"); two ways to pay
  joined by a slash, a capital among them ("Swish/kontant": "eller", the slash was silent).
- normalize399, 400 (opened): a station's "C" after a town's genitive ("vid Hässleholms C": "central"); "M" after a
  number in a sentence of ships or the navy, or of a regatta named in a compound ("Sandhamnsregattan"): nautical
  miles; a nation's code in brackets before a dash ("Ymer (SWE)–Ruud"); "milj." a magnitude's gender ("1,7 milj.":
  "en komma sju", it was "ett"); a goal list after "Målgörare:" ("0–1 Jonsson": "noll mot ett", it was a range);
  "Oddset" and "Vårt spel" a betting line ("1X": "ett kryss"), a fixture's sign never the start of a decimal.
- a convention counted on the writers: a result's placing written "N:a" in brackets after a time or after a comma
  before "efter", "bakom", "på" is the placing's noun ("(9:a)": "nia", "2:a efter": "tvåa"; the writers in all 4
  such rows, it was the ordinal);
- a convention counted on the writers: a spaced dash between two numbers that is a pause, not a span, is kept a
  spaced dash ("2024 – 17 fler": the writers keep it in 14 rows, write a comma in 6; it was a comma).
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Ärendet (dnr 2025-2318) gäller en ny förskola.", "Ärendet (diarienummer tvåtusentjugofem streck tvåtusentrehundraarton) gäller en ny förskola."),
    ("Miljönämnden avslog ansökan, MN 2023-1462.", "Miljönämnden avslog ansökan, emm enn tvåtusentjugotre streck ettusenfyrahundrasextiotvå."),
    ("Ange ärendenummer 2024-3307 när du ringer.", "Ange ärendenummer tvåtusentjugofyra streck tretusentrehundrasju när du ringer."),
    ("Ärendet har dnr 2024-0456.", "Ärendet har diarienummer tvåtusentjugofyra streck noll fyra fem sex."),  # guard: a leading zero
    ("Din order 2025-6614 skickas i dag.", "Din order tvåtusentjugofem streck sextiosex fjorton skickas i dag."),  # guard
    ("Påföljden blir 3 mån.–1 år.", "Påföljden blir tre månader till ett år."),
    ("Kursen pågår 2 tim.–4 tim. per dag.", "Kursen pågår två timmar till fyra timmar per dag."),
    ("Vinnaren får ett numrerat ex. av affischen.", "Vinnaren får ett numrerat exemplar av affischen."),
    ("Det finns fler sätt, ex. att cykla.", "Det finns fler sätt, exempelvis att cykla."),  # guard
    ("Valparna är vacc. och klara att flytta.", "Valparna är vaccinerad och klara att flytta."),
    ("Rätt rad: 2–1–X–1–2–2–X–1–1–2–X–2–1.", "Rätt rad: två ett kryss ett två två kryss ett ett två kryss två ett."),
    ("Matchen slutade 2–1.", "Matchen slutade två mot ett."),  # guard: a score
    ("Varan har art.nr 403.118.27 i katalogen.", "Varan har artikelnummer fyra noll tre ett ett åtta två sju i katalogen."),
    ("Tabell: 1. Frölunda 50 104 (+51), 2. Växjö 50 99 (+30).", "Tabell: etta Frölunda femtio hundrafyra (plus femtioett), tvåa Växjö femtio nittionio (plus trettio)."),
    ("Staden har 52 110 invånare.", "Staden har femtiotvåtusenetthundratio invånare."),  # guard
    ("Utvisningar: Edsbyn 2x10 min, Villa 1x5 min.", "Utvisningar: Edsbyn två gånger tio minuter, Villa en gånger fem minuter."),
    ("Produkten blir 1×4×2 = 8.", "Produkten blir ett gånger fyra gånger två lika med åtta."),  # guard: a product
    ("Hanna Öberg 1 bom (1+0).", "Hanna Öberg en bom (ett plus noll)."),
    ("Ludvig Åberg ligger T8 efter två ronder, 5 slag bakom.", "Ludvig Åberg ligger delad åtta efter två ronder, fem slag bakom."),
    ("Greener i regulation: 11/18, puttar: 31.", "Greener i regulation: elva av arton, puttar: trettioett."),
    ("Fairways: 9/14, greener: 12/18.", "Fairways: nio av fjorton, greener: tolv av arton."),
    ("Premiär: 14/3 på Stadsteatern.", "Premiär: fjortonde mars på Stadsteatern."),  # guard: a date
    ("Stafettlaget sprang på 3.01,22, NR.", "Stafettlaget sprang på tre minuter och en komma tjugotvå sekunder, nationsrekord."),
    ("Tiden 1.55,81 är nytt SR.", "Tiden en femtiofem komma åttioett är nytt svenskt rekord."),
    ("Hon satte nytt PB i helgen.", "Hon satte nytt pe be i helgen."),  # guard: a personal best spelled
    ("Stugan ligger 400 m SV om badplatsen.", "Stugan ligger fyrahundra meter sydväst om badplatsen."),
    ("Föreningens rev. 2022 var Per Ek.", "Föreningens revisor tvåtusentjugotvå var Per Ek."),  # guard: the post
    ("Orienteringskarta, skala 1:15 000, rev. 2021.", "Orienteringskarta, skala ett till femtontusen, reviderad tvåtusentjugoett."),
    ("Pojkar födda -11 tränar på onsdagar.", "Pojkar födda elva tränar på onsdagar."),
    ("Lunchdubbel: 4–9 gav 31,20 kr.", "Lunchdubbel: fyra–nio gav trettioett kronor och tjugo öre."),
    ("Seminariet hålls i sal M:2112 på tisdag.", "Seminariet hålls i sal emm två ett ett två på tisdag."),
    ("Bussarna går :15 och :45 varje timme.", "Bussarna går femton och fyrtiofem varje timme."),
    ("Utdelningen blir 0:75 kr per aktie.", "Utdelningen blir sjuttiofem öre per aktie."),
    ("Konsert: Kent-hyllning på Slottsskogen, 3/5 i betyg.", "Konsert: Kent-hyllning på Slottsskogen, tre av fem i betyg."),
    ("Deckaren landar på 2/5 i betyget.", "Deckaren landar på två av fem i betyget."),
    ("4 av 7 bolag gick med vinst, och 1 av 7 gick med förlust.", "Fyra av sju bolag gick med vinst, och ett av sju gick med förlust."),
    ("1 av 3 svarar att de röstar.", "En av tre svarar att de röstar."),  # guard: no noun counted before
    ("Läs avsnitt 5.2–5.6 till nästa vecka.", "Läs avsnitt fem punkt två till fem punkt sex till nästa vecka."),
    ("Säljes: ljus 3,5 rok med balkong.", "Säljes: ljus tre och ett halvt rum och kök med balkong."),
    ("Luleå vann 3–2 e.sd. och gick vidare.", "Luleå vann tre mot två efter sudden death och gick vidare."),
    ("Bostadsbolaget bygger 60 nya lgh i Norrby.", "Bostadsbolaget bygger sextio nya lägenheter i Norrby."),
    ("Kollekten går till Sv. kyrkans int. arbete.", "Kollekten går till Svenska kyrkans internationella arbete."),
    ("Arenan (kap. 8 000) var slutsåld.", "Arenan (kapacitet åttatusen) var slutsåld."),
    ("Läs kap. 14 till måndag.", "Läs kapitel fjorton till måndag."),  # guard: a chapter
    ("Priser från OKQ8 Södra vägen, 3/6.", "Priser från o kå ku åtta Södra vägen, tredje juni."),
    ("Omledning via väg 26/47 i helgen.", "Omledning via väg tjugosex och fyrtiosju i helgen."),  # guard: two roads
    ("TV12 20.00 Dokumentär: Skärgårdens fyrar (2/4).", "te ve tolv tjugo Dokumentär: Skärgårdens fyrar (del två av fyra)."),
    ("Eurosport 1 kl. 9.30: Världscupen i skidor.", "Eurosport ett klockan nio och trettio: Världscupen i skidor."),
    ("Sågen levererar 180 000 m³sv per år.", "Sågen levererar hundraåttiotusen kubikmeter sågade varor per år."),
    ("Psalm 245 (vv. 1–4) sjungs stående.", "Psalm tvåhundrafyrtiofem (verserna ett till fyra) sjungs stående."),
    ("Psalmer: 1, 36 och 297 (Sv. ps.).", "Psalmer: ett, trettiosex och tvåhundranittiosju (Svenska psalmboken)."),
    ("Segertiden blev 15.58 på femkilometersbanan.", "Segertiden blev femton minuter och femtioåtta sekunder på femkilometersbanan."),
    ("Tid: 19.00 i församlingshemmet.", "Tid: nitton i församlingshemmet."),  # guard: an invitation's clock time
    ("Hamnen hade 318 anlöp 2023 – 22 fler än året innan.", "Hamnen hade trehundraarton anlöp tvåtusentjugotre – tjugotvå fler än året innan."),
    ("Hon simmade på 28,44 – 0,15 från rekordet.", "Hon simmade på tjugoåtta komma fyrtiofyra – noll komma femton från rekordet."),
    ("Museet är öppet 1998 – 2003.", "Museet är öppet nittonhundranittioåtta till tvåtusentre."),  # guard: a span
    ("Kiosken är öppen alla dagar men stängd mån.", "Kiosken är öppen alla dagar men stängd måndag."),
    ("Mål: Berg 12, Lind 55 str., Holm 90.", "Mål: Berg tolv, Lind femtiofem straff, Holm nittio."),
    ("Säljes: Linder 440 2021 m. Suzuki DF20, knappt använd.", "Säljes: Linder fyrahundrafyrtio tvåtusentjugoett med Suzuki de eff tjugo, knappt använd."),
    ("Entré 50 kr, Swish/kontant.", "Entré femtio kronor, Swish eller kontant."),
    ("Vilma Ek 58,12 (4:a), Ida Holm 58,90 (6:a).", "Vilma Ek femtioåtta komma tolv (fyra), Ida Holm femtioåtta komma nittio (sexa)."),
    ("Hon gick i mål på 33.05, 2:a bakom Ek.", "Hon gick i mål på trettiotre noll fem, tvåa bakom Ek."),
    ("Det var hennes 2:a seger i år.", "Det var hennes andra seger i år."),  # guard: an ordinal before its noun
    ("Polisen grep en man vid Lunds C på lördagen.", "Polisen grep en man vid Lunds central på lördagen."),
    ("Fartyg ska hålla minst 4 M avstånd till ubåten.", "Fartyg ska hålla minst fyra nautiska mil avstånd till ubåten."),
    ("Höstregattan: banlängd 12 M.", "Höstregattan: banlängd tolv nautiska mil."),
    ("Dubbel: Ek (SWE)–Lars Berg (NOR) 6–3, 6–4.", "Dubbel: Ek (Sverige)–Lars Berg (Norge) sex mot tre, sex mot fyra."),
    ("”Bonde söker fru” 2,1 miljoner, ”På spåret” 1,4 milj.", "”Bonde söker fru” två komma en miljoner, ”På spåret” en komma fyra miljoner."),
    ("Målgörare: 0–1 Ek (5), 1–1 Berg (40).", "Målgörare: noll mot ett Ek (fem), ett mot ett Berg (fyrtio)."),
    ("Oddset: Malmö–Gais 1,65 – 3,90 – 4,50. Vårt spel: X2.", "Oddset: Malmö–Gais ett komma sextiofem, tre komma nittio, fyra komma femtio. Vårt spel: kryss två."),
    ("Frågor besvaras av past.exp., tel. 0480-123 45.", "Frågor besvaras av pastorsexpeditionen, telefon noll fyra åtta noll hundratjugotre fyrtiofem."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES, ids=[c[0][:40] for c in CASES])
def test_session59_context(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
