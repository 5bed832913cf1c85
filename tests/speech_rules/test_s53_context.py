"""Session 53: phenomena of the blind sets normalize221-225, tested on sentences written after the fixes (other
numbers, nouns and places than the rows that showed them).

- a measure's decimal with a neuter unit: the number's own "en" ("1,8 kg": "en komma åtta kilo"), as the writers'
  first readings say it (762 of 822 in the evaluation set, 14 of 14 fresh); so a height in a sentence about a jump
  ("klarade 1,71 i höjdhoppet");
- a short form that is also a word closing its sentence ("samma balk.", "ett rev.", "ung."): the word;
- a model's number with the indefinite noun's ending ("en Saab 9-3:a": "nio trea", "en Volvo 745:a");
- "N:a" from twenty up, where the ordinal's ending would be "e": the number's noun ("gick en 67:a": "sextiosjua",
  "slutade 38:a": "trettioåtta");
- two ordinals sharing one noun ("Beethovens 2:a och 7:e symfoni": "andra och sjunde");
- a lead in minutes and seconds before "till godo";
- a horse's pedigree, "e. … u. …": "efter … under";
- a boat's model year in an ad without its label ("Ryds 435, -81, med 25 hk utombordare");
- two prices in kronor and öre with one currency after the second ("från 11,50 till 12,75 kronor");
- a book's front matter in small Roman numerals ("s. iv–ix": "sidorna fyra till nio");
- a date after "från" closing its clause with a part earlier in the sentence ("1/4 av avgiften redan från 1/4");
- a lap record in tenths in motor sport: the minute's "en" ("varvrekordet 1.28,4");
- a quoted title's single quotes kept, as every fresh writer kept them ("'Fröken Julie'");
- normalize227-232: "3 adv." (advent after a bare digit); "A+B" (two letters joined by a plus) and the last of two
  letters ending a sentence; "reg. 2019" ("registrerad"); "Lst." (länsstyrelsen); "en ny 5 b §" ("fem b
  paragraf"; its letter as written since session 55); "1½" in a half-point score ("en och en halv"); "nya ex." (copies); a score after "perioder"; a lone
  pools sign on a match ("Häcken–Malmö 2": "tvåa");
- normalize233-238: "tf." after a genitive ("Bolagets tf. vd": "tillförordnade"); "1 oavgjort" ("ett"); "under em."
  ("eftermiddagen"); a placing after its verb and a pronoun ("slutade han 4:a": "fyra"); pieces before a price ("3
  st/50 kr": "för"); a span of flats ("1–2:a": "etta till tvåa"); an inch mark before "4K"; a star rating heading a
  compound ("4*-hotell": "fyrastjärnigt hotell"); a body's letters before its own rules ("RF:s tävlingsregler"); a
  racing formula ("kör F3": "formel tre"); a total's rounds in brackets ("145 (72-73)"); judges' cards after a
  falling pair ("… och 27–30"); "IVO" and "BUP" said as words; a council's tertial ("efter T1": "tertial ett"); a
  designation with one digit after its colon ("Eken 3:9");
- normalize239-242: a price per a unit written in full ("29,50/liter"); a newer make's model year ("Hyundai Kona,
  -22,"); a year after a year and "och" ("2019 och -22"); a pools sign before its match ("2 på Malmö–Hammarby":
  "tvåa"); "1 rött;" at a clause's end; start numbers ("1–250": "till"); "långfr.", "påskd.", "förbr."; "1:e"
  before more posts ("förste socialsekreterare"); "del 2(4)" ("två av fyra"); a hotel's stars alone ("3*"); a
  decimal before a counted unit keeps the counting form ("1,25 poäng": "ett komma");
- normalize243-248: "112 A-lagsmatcher" a count; "slutade först 5:a", "är därmed 6:a" (placing adverbs); a sire alone
  after a horse's word ("Valacken, 6 år, e. Ready Cash"); a card's suit ("3♥": "tre hjärter"); "nybes. 4/26" (a
  month and its year); a share given to a group ("3/4 till studenter"); "pers.bevis"; a firmware's version ("2.1.4":
  "punkt"); a field event's mark written with a point ("kastade 4.85 i kula": "fyra åttiofem", and another in
  brackets in the line); a thread's post in brackets ("inlägg (2/5)": "två av fem"); "w.o." outside a result line;
  "ø" set apart before a measure ("diameter").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    # a height or a length in a sentence about a jump or a throw: the measure's "en"
    ("Ida Lund klarade 1,71 i höjdhoppet.", "Ida Lund klarade en komma sjuttioett i höjdhoppet."),
    ("Stavhopp F17: 1) Moa Ek, Hässelby SK, 3,40; 2) Liv Berg, Täby IS, 1,90.",
     "Stavhopp eff sjutton: etta Moa Ek, Hässelby ess kå, tre komma fyrtio; tvåa Liv Berg, Täby i ess, en komma nittio."),
    ('Tullen hittade 1,8 kg heroin i bagaget.', 'Tullen hittade en komma åtta kilo heroin i bagaget.'),
    ('Åkern på 1,2 ha såldes i våras.', 'Åkern på en komma två hektar såldes i våras.'),
    ('Stenen vägde 1,6 ton.', 'Stenen vägde en komma sex ton.'),
    ('Vattnet innehöll 1,4 mg/l bly.', 'Vattnet innehöll en komma fyra milligram per liter bly.'),
    ('Fartyget gick på ett rev.', 'Fartyget gick på ett rev.'),
    ('Regeln står i samma balk.', 'Regeln står i samma balk.'),
    ('Han var redan då ganska ung.', 'Han var redan då ganska ung.'),
    ('Hon köpte en Saab 9-3:a förra året.', 'Hon köpte en Saab nio trea förra året.'),
    ('Grannen har en Volvo 745:a i garaget.', 'Grannen har en Volvo sjuhundrafyrtiofemma i garaget.'),
    ('Golfaren gick en 67:a i andra rundan.', 'Golfaren gick en sextiosjua i andra rundan.'),
    ('Svensken slutade 38:a i störtloppet.', 'Svensken slutade trettioåtta i störtloppet.'),
    ('Hon blev 90:a av 120 startande.', 'Hon blev nittia av hundratjugo startande.'),
    ('Orkestern spelar Beethovens 2:a och 7:e symfoni.', 'Orkestern spelar Beethovens andra och sjunde symfoni.'),
    ('Efter etappen har Lind 2.05 till godo på tvåan.',
     'Efter etappen har Lind två minuter och fem sekunder till godo på tvåan.'),
    ('Stoet, e. Ready Cash u. Lady Ek, vann i Jägersro.', 'Stoet, efter Ready Cash under Lady Ek, vann i Jägersro.'),
    ('Ryds 435, -81, med 25 hk utombordare, 18 000 kr.',
     'Ryds fyrahundratrettiofem, åttioett, med tjugofem hästkrafters utombordare, artontusen kronor.'),
    ('Taxan höjs från 11,50 till 12,75 kronor per kubikmeter.',
     'Taxan höjs från elva kronor och femtio öre till tolv kronor och sjuttiofem öre per kubikmeter.'),
    ('Se inledningen, s. iv–ix, för bakgrunden.', 'Se inledningen, sidorna fyra till nio, för bakgrunden.'),
    ('Ordlistan finns på s. xiv.', 'Ordlistan finns på sidan fjorton.'),
    ('Kommunen sänker 1/4 av avgiften redan från 1/4.',
     'Kommunen sänker en fjärdedel av avgiften redan från första april.'),
    ('Det gamla varvrekordet 1.28,4 slogs i kvalet.', 'Det gamla varvrekordet en tjugoåtta komma fyra slogs i kvalet.'),
    ('Det väger 1,5 kilo.', 'Det väger en komma fem kilo.'),
    ("Teatern spelar 'Fröken Julie' i höst.", "Teatern spelar 'Fröken Julie' i höst."),
    ("Låten 'Sommar 2024' släpps i dag.", "Låten 'Sommar tvåtusentjugofyra' släpps i dag."),
    # normalize227-232: advent after a bare digit, two letters joined by a plus, a car's registration year,
    # 'Lst.', a new paragraph named, half points, new copies, a score after periods, a pools tip on a match
    ('Högmässa 3 adv. kl. 11 i Stora kyrkan.', 'Högmässa tredje advent klockan elva i Stora kyrkan.'),
    ('Behörighet: truckkort A+B. Körkort krävs.', 'Behörighet: truckkort a plus be. Körkort krävs.'),
    ('Sökande ska ha körkort B och C. Erfarenhet meriterar.',
     'Sökande ska ha körkort be och ce. Erfarenhet meriterar.'),
    ('Volkswagen Golf, reg. 2019, 8 400 mil, 129 000 kr.',
     'Volkswagen Golf, registrerad tvåtusennitton, åttatusenfyrahundra mil, hundratjugoniotusen kronor.'),
    ('Tillståndet gavs av Lst. i juni.', 'Tillståndet gavs av länsstyrelsen i juni.'),
    ('Regeringen vill att en ny 5 b § förs in i lagen.', 'Regeringen vill att en ny fem b paragraf förs in i lagen.'),
    ('Oddsen på hemmaseger och bortaseger är 1,65 resp. 2,10.',
     'Oddsen på hemmaseger och bortaseger är ett komma sextiofem respektive två komma tio.'),
    ('Hon vann med 1½ poängs marginal, 5½–1½.',
     'Hon vann med en och en halv poängs marginal, fem och en halv mot en och en halv.'),
    ('Förlaget trycker nya ex. till julen.', 'Förlaget trycker nya exemplar till julen.'),
    ('Efter tre perioder låg gästerna under med 1–4.', 'Efter tre perioder låg gästerna under med ett mot fyra.'),
    ('Veckans tips: Häcken–Malmö 2, Elfsborg–Gais X, Sirius–Hammarby 1.',
     'Veckans tips: Häcken–Malmö tvåa, Elfsborg–Gais kryss, Sirius–Hammarby etta.'),
    # normalize233-238: 'tf.' after a genitive, a draw, 'under em.', a placing after a pronoun, pieces for a price,
    # a span of flats, inches before '4K', a star rating, 'RF:s' rules, a racing formula, a total's rounds, judges' cards,
    # Ivo and Bup as words, a council's tertial, a designation with one digit after its colon
    ('Bolagets tf. vd har avgått.', 'Bolagets tillförordnade ve de har avgått.'),
    ('Laget tog 2 segrar och 1 oavgjort i gruppen.', 'Laget tog två segrar och ett oavgjort i gruppen.'),
    ('Det blåser upp under em. i morgon.', 'Det blåser upp under eftermiddagen i morgon.'),
    ('I slalomen slutade han 4:a.', 'I slalomen slutade han fyra.'),
    ('Semlor 3 st/50 kr på lördag.', 'Semlor tre stycken för femtio kronor på lördag.'),
    ('Önskas hyra: 1–2:a i centrum, max 6 000 kr/mån.',
     'Önskas hyra: etta till tvåa i centrum, max sextusen kronor i månaden.'),
    ('Säljes: 43" 4K-skärm, 1 500 kr.', 'Säljes: fyrtiotre tum fyra kå-skärm, tusenfemhundra kronor.'),
    ('Vi bodde på ett 4*-hotell vid stranden.', 'Vi bodde på ett fyrastjärnigt hotell vid stranden.'),
    ('Avstängningen gäller enligt 3 kap. 5 § RF:s tävlingsregler.',
     'Avstängningen gäller enligt tredje kapitlet femte paragrafen ärr effs tävlingsregler.'),
    ('Göteborgsföraren kör F3 nästa säsong.', 'Göteborgsföraren kör formel tre nästa säsong.'),
    ('Damer, 36 hål: 1) Ida Berg, 145 (72-73), 2) Moa Ek, 147.',
     'Damer, trettiosex hål: etta Ida Berg, hundrafyrtiofem (sjuttiotvå-sjuttiotre), tvåa Moa Ek, hundrafyrtiosju.'),
    ('Poängdomarna gav 29–28, 28–29 och 27–30.',
     'Poängdomarna gav tjugonio mot tjugoåtta, tjugoåtta mot tjugonio och tjugosju mot trettio.'),
    ('Kommunen fick kritik av IVO i våras.', 'Kommunen fick kritik av Ivo i våras.'),
    ('Väntetiden till BUP är nu 90 dagar.', 'Väntetiden till Bup är nu nittio dagar.'),
    ('Socialnämnden redovisar ett överskott efter T1.', 'Socialnämnden redovisar ett överskott efter tertial ett.'),
    ('Bryggan vid Eken 3:9 ska rivas.', 'Bryggan vid Eken tre kolon nio ska rivas.'),
    # normalize239-242: a price per a unit written in full, a new make's model year, a year after a year and 'och',
    # a pools sign before its match, '1 rött;', start numbers, church days, 'förbr.', '1:e' before a post, 'del 2(4)',
    # a hotel's stars, a count unit's decimal
    ('Lingon 29,50/liter på torget i dag.', 'Lingon tjugonio kronor och femtio öre per liter på torget i dag.'),
    ('Hyundai Kona, -22, 3 100 mil, 219 000 kr.',
     'Hyundai Kona, tjugotvå, tretusenetthundra mil, tvåhundranittontusen kronor.'),
    ('Laget vann SM 2019 och -22.', 'Laget vann ess emm tvåtusennitton och tjugotvå.'),
    ('Veckans spik: 2 på Malmö–Hammarby.', 'Veckans spik: tvåa på Malmö–Hammarby.'),
    ('Domaren visade 4 gula kort och 1 rött; ingen skadades.',
     'Domaren visade fyra gula kort och ett rött; ingen skadades.'),
    ('Startnummer 1–250 startar först.', 'Startnummer ett till tvåhundrafemtio startar först.'),
    ('Gudstjänster: långfr. kl. 11 och påskd. kl. 11.',
     'Gudstjänster: långfredag klockan elva och påskdagen klockan elva.'),
    ('Volvo XC40, -21, förbr. 0,7 l/mil.', 'Volvo eks ce fyrtio, tjugoett, förbrukning noll komma sju liter per mil.'),
    ('Vi söker en 1:e socialsekreterare till enheten.', 'Vi söker en förste socialsekreterare till enheten.'),
    ('”Vera” del 2(4) visas i kväll.', '”Vera” del två av fyra visas i kväll.'),
    ('Hotellet på Kreta: 3* med halvpension.', 'Hotellet på Kreta: tre stjärnor med halvpension.'),
    ('Han vägde 1,8 kg.', 'Han vägde en komma åtta kilo.'),
    # normalize243-248: 112 before a capitals' compound, placing adverbs, a sire alone, a card's suit, 'nybes.', a share
    # to a group, 'pers.bevis', a firmware's version, a field event's mark written with a point
    ('Han har gjort 112 A-lagsmatcher för klubben.', 'Han har gjort hundratolv A-lagsmatcher för klubben.'),
    ('Favoriten slutade först 5:a i finalen.', 'Favoriten slutade först femma i finalen.'),
    ('Hon är därmed 6:a i världsrankingen.', 'Hon är därmed sexa i världsrankingen.'),
    ('Valacken, 6 år, e. Ready Cash, vann i Solvalla.', 'Valacken, sex år, efter Ready Cash, vann i Solvalla.'),
    ('Paret vann med 3♥ i sista given.', 'Paret vann med tre hjärter i sista given.'),
    ('Skåpbil, nybes. 4/26, 45 000 kr.', 'Skåpbil, nybesiktigad april tjugosex, fyrtiofemtusen kronor.'),
    ('Stiftelsen delar ut 200 stipendier, 3/4 till studenter.',
     'Stiftelsen delar ut tvåhundra stipendier, tre fjärdedelar till studenter.'),
    ('Ta med legitimation och pers.bevis till mötet.', 'Ta med legitimation och personbevis till mötet.'),
    ('Installera firmware 2.1.4 innan du kopplar in.',
     'Installera firmware två punkt ett punkt fyra innan du kopplar in.'),
    ('Hon hoppade 6.38 i längd och vann.', 'Hon hoppade sex trettioåtta i längd och vann.'),
    # a thread's post in brackets, 'w.o.' outside a result line, 'ø' set apart
    ('Tråden har fem inlägg; inlägg (2/5) fick flest svar.', 'Tråden har fem inlägg; inlägg (två av fem) fick flest svar.'),
    ('Derbyt vanns på w.o. i går.', 'Derbyt vanns på walkover i går.'),
    ('Soffbord ø 90 cm, 400 kr.', 'Soffbord diameter nittio centimeter, fyrahundra kronor.'),
]

GUARDS = [
    # a bare decimal with no measure keeps the counting form: odds, a poll's change
    ("Oddset var 1,65 på bortaseger.", "Oddset var ett komma sextiofem på bortaseger."),
    ("Partiet fick 4,2 procent (+1,3).", "Partiet fick fyra komma två procent (plus ett komma tre)."),
    ('Han köpte 1 kg kaffe.', 'Han köpte ett kilo kaffe.'),
    ('Kassör Eva Ek, rev. Per Lind och sekr. Lena Berg.', 'Kassör Eva Ek, revisor Per Lind och sekreterare Lena Berg.'),
    ('2 rok, balk. mot sjön, 6 500 kr/mån.', 'Två rum och kök, balkong mot sjön, sextusenfemhundra kronor i månaden.'),
    ('Saab 9-5:an stod kvar på parkeringen.', 'Saab nio femman stod kvar på parkeringen.'),
    ('Det var hans 74:e mål i ligan.', 'Det var hans sjuttiofjärde mål i ligan.'),
    ('Vi ses den 23:a.', 'Vi ses den tjugotredje.'),
    ('Han slutade 13:e i loppet.', 'Han slutade trettonde i loppet.'),
    ('Han kom 21:a i mål.', 'Han kom tjugoförsta i mål.'),
    ('Lisa Ek slutade 2:a i sprinten.', 'Lisa Ek slutade tvåa i sprinten.'),
    ('Vi ses kl. 1.12 i natt.', 'Vi ses klockan ett och tolv i natt.'),
    ('Motorn startade trots -25, berättar ägaren.', 'Motorn startade trots minus tjugofem, berättar ägaren.'),
    ('Andelen har sjunkit från 1/3.', 'Andelen har sjunkit från en tredjedel.'),
    ('Andelen ökade från 1/4 till 1/3.', 'Andelen ökade från en fjärdedel till en tredjedel.'),
    ('Hästen travade 1.13,2 över 2 140 meter.',
     'Hästen travade ett tretton komma två över tvåtusenetthundrafyrtio meter.'),
    ('Räntan steg från 3,25 till 3,75 procent.',
     'Räntan steg från tre komma tjugofem till tre komma sjuttiofem procent.'),
    ("Skivan heter Kents' bästa.", 'Skivan heter Kents bästa.'),
    ('Mässa första adv. kl. 11.', 'Mässa första advent klockan elva.'),
    ('Betyget A+ gavs till tre elever.', 'Betyget a plus gavs till tre elever.'),
    ('Boken skrevs av Eva och K. Ek.', 'Boken skrevs av Eva och kå Ek.'),
    ('Bilen, reg. ABC 123, stals i natt.', 'Bilen, registreringsnummer a be ce ett två tre, stals i natt.'),
    ('Enligt 5 b § ska nämnden besluta.', 'Enligt femte b paragrafen ska nämnden besluta.'),
    ('Laget vann med 4–2 mot Häcken.', 'Laget vann med fyra mot två mot Häcken.'),
    ('Väntetiden var 2–4 veckor.', 'Väntetiden var två till fyra veckor.'),
    ('Matchen Häcken–Malmö slutade 2–1.', 'Matchen Häcken mot Malmö slutade två mot ett.'),
    # halves in a score with no one among them
    ('Matchen slutade 3½–2½ till hemmalaget.', 'Matchen slutade tre och en halv mot två och en halv till hemmalaget.'),
    ('Hon är tf. rektor sedan i våras.', 'Hon är tillförordnad rektor sedan i våras.'),
    ('Vi ses i em.', 'Vi ses i eftermiddag.'),
    ('Han kom 3:e gången han försökte.', 'Han kom tredje gången han försökte.'),
    ('Max 2 st/hushåll.', 'Max två stycken per hushåll.'),
    ('Det framgår av 2 kap. 1 § RF.', 'Det framgår av andra kapitlet första paragrafen regeringsformen.'),
    ('Flottiljen F7 övar i veckan.', 'Flottiljen eff sju övar i veckan.'),
    ('Det tar 5–10 eller 15–20 minuter.', 'Det tar fem till tio eller femton till tjugo minuter.'),
    ('Bussen T2 går till centrum.', 'Bussen te två går till centrum.'),
    ('Konserten börjar 19:30 i kyrkan.', 'Konserten börjar nitton och trettio i kyrkan.'),
    ('Potatis 12,50/kg i dag.', 'Potatis tolv kronor och femtio öre per kilo i dag.'),
    ('Mellan 2020 och -5 grader.', 'Mellan tvåtusentjugo och minus fem grader.'),
    ('Nr 5-3 vann.', 'Nummer fem streck tre vann.'),
    ('Objekt nr 23-117 såldes.', 'Objekt nummer tjugotre streck hundrasjutton såldes.'),
    ('Han har ett snitt på 1,25 poäng/match.', 'Han har ett snitt på ett komma tjugofem poäng per match.'),
    ('Ring 112 direkt om det brinner.', 'Ring ett ett två direkt om det brinner.'),
    ('Han slutade 4:e gången han startade.', 'Han slutade fjärde gången han startade.'),
    ('Han kom e. Kalle i mål.', 'Han kom e. Kalle i mål.'),
    ('Priset gäller 2/3 till 5/3.', 'Priset gäller andra mars till femte mars.'),
    ('Öppet 1/6 till midsommar.', 'Öppet första juni till midsommar.'),
    ('Vi ses 6.42 i morgon.', 'Vi ses sex och fyrtiotvå i morgon.'),
    ('Appen finns i version 17.4.1.', 'Appen finns i version sjutton punkt fyra punkt ett.'),
    ('Han stötte 18.05 i kula, före polackens (17.58).', 'Han stötte arton noll fem i kula, före polackens (sjutton femtioåtta).'),
    ('Mötet hålls (1/7) i salen.', 'Mötet hålls (första juli) i salen.'),
]


@pytest.mark.parametrize(("written", "spoken"), CASES + GUARDS)
def test_s53_context(written: str, spoken: str) -> None:
    assert normalize(written) == spoken
