"""The normalizer evaluation set, shared by tests/test_speech_eval.py and
bench/bench_normalize.py.

tests/data/normalize_cases.tsv (the cases written for the rules) and tests/data/normalize_rounds/*.tsv (one file
per blind round's set, added after its round: ``blind``, ``b2`` ... ``b10n``, ``b12n``, ``b15n``, ``b30n`` ...
``b45n``, then session 15's ``s15agree``, ``s15sections``, ``b46n`` ... ``b49n``, session 16's ``s16sections``, ``s16found``, ``s16words``), all in one format:
``id<TAB>category<TAB>input<TAB>accepted[<TAB>...]``. The id (``cardinal-0042``) is the case's stable name, written once into the
file and never recomputed: tests are parametrized by it, so inserting or
moving a line renames no test. Output and accepted forms are compared after
a light canonicalisation: lowercase, whitespace collapsed, trailing
punctuation (. , ! ? ; :) stripped.

"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

CASES_FILE = Path(__file__).parent / "data" / "normalize_cases.tsv"
ROUNDS = ("blind", "b2", "b4", "b6", "b5n", "b7n", "b9n", "b10n", "b12n", "b15n", "b30n", "b31n", "b32n", "b33n", "b34n", "b35n", "b36n", "b37n", "b38n", "b39n", "b40n", "b41n", "b42n", "b43n", "b44n", "b45n", "s15agree", "s15sections", "b46n", "b47n", "b48n", "b49n", "s16sections", "s16found", "s16words", "s17n11", "s17n12", "s18n13", "s19n14", "s19n18", "s19n17", "b80n", "b81n", "b82n", "b86n", "b89n", "b91n", "b92n", "b93n", "b94n", "b95n", "b96n", "b97n", "b98n", "b99n", "b100n", "b101n", "b102n", "b103n", "b104n", "b105n", "b106n", "b107n", "b109n", "b110n", "b111n", "b108n", "b112n", "b114n", "b115n", "b117n", "b118n", "b119n", "b120n", "b123n", "b125n", "b128n", "b132n", "b133n", "b134n", "b135n", "b137n", "b138n", "b139n", "b143n", "b145n", "b146n", "b148n", "b150n", "b152n", "b153n", "b159n", "b160n", "b166n", "b167n", "b171n", "b172n", "b174n", "b177n", "b181n", "b188n", "b189n", "b191n", "b193n", "b194n", "b195n", "b190n", "b192n", "b196n", "b197n", "b198n", "b199n", "b200n", "b204n", "b205n", "b206n", "b207n", "b208n", "b209n", "b210n", "b211n", "b212n", "b213n", "b214n", "b215n", "b216n", "b217n", "b218n",
          "b221n", "b222n", "b223n", "b224n", "b225n", "b227n", "b228n", "b229n", "b230n", "b231n", "b232n", "b233n", "b234n", "b235n", "b236n", "b237n", "b238n", "b239n", "b240n", "b241n", "b242n", "b243n", "b244n", "b245n", "b246n", "b247n", "b248n",
          "b254n", "b255n", "b256n", "b257n", "b258n",
          "b259n", "b260n", "b266n", "b267n", "b271n", "b272n", "b273n", "b275n", "b280n",
          "b270n", "b286n", "b287n", "b288n", "b283n", "b284n", "b262n", "b279n",
          "b261n", "b274n", "b281n", "b291n", "b292n", "b293n", "b294n", "b297n", "b298n", "b299n",
          "b301n", "b302n", "b303n", "b305n", "b306n", "b307n", "b310n", "b311n", "b312n", "b313n", "b314n",
          "b317n", "b318n", "b320n", "b321n", "b324n", "b325n", "b327n", "b328n", "b329n", "b332n", "b333n",
          "b336n", "b337n", "b338n", "b339n", "b340n", "b341n",
          "b344n", "b345n", "b346n", "b348n", "b349n", "b350n", "b353n", "b354n", "b357n", "b358n",
          "b361n", "b362n", "b365n", "b366n", "b369n", "b370n", "b373n", "b374n",
          "b377n", "b378n",
          "b381n", "b382n", "b383n", "b384n", "b387n", "b388n", "b391n", "b392n", "b395n", "b396n",
          "b399n", "b400n",
          "b405n", "b406n", "b407n", "b408n", "b411n", "b412n", "b415n", "b416n",
          "b419n", "b420n", "b423n", "b424n", "b427n", "b428n", "b431n", "b432n", "b433n", "b436n",
          "b437n", "b442n", "b443n", "b448n", "b449n", "b450n", "b453n", "b454n", "b457n", "b458n", "b461n", "b462n", "b467n", "b468n", "b471n", "b472n", "b475n", "b476n", "b479n", "b480n", "b483n", "b484n",
          "b465n", "b466n", "b469n", "b470n", "b473n", "b474n", "b477n", "b478n", "b481n", "b482n", "b485n", "b486n", "b489n", "b490n", "b493n", "b494n", "b497n", "b498n", "b501n", "b502n", "b505n", "b506n",
          "b487n", "b488n", "b491n", "b492n", "b495n", "b496n", "b499n", "b500n", "b503n", "b504n", "b509n", "b510n", "b513n", "b514n", "b517n", "b518n",
          "b521n", "b522n", "b525n", "b526n",
          "b529n", "b530n", "b533n", "b534n",
          "b537n", "b538n", "b539n", "b540n", "b543n", "b544n")
"""The blind rounds' sets in the order they were added (``normalize_rounds/<round>.tsv``)."""
CASE_FILES = (CASES_FILE, *(CASES_FILE.parent / "normalize_rounds" / f"{r}.tsv" for r in ROUNDS))
ID_FORM = re.compile(r"[a-z_]+-\d{4}|(?:blind|b2|b4|b6|b5n|b7n)-[a-z_]+-\d{3}|b(?:9|10|12|15|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45)n-[hs]\d{3}|s15a-\d{3}|s15s-\d{3}|b(?:46|47)n-[hs]\d{3}|b(?:48|49)n-[hs]\d{3}|s16s-\d{3}|s16f-\d{3}|s16w-\d{3}|s17n11-\d{3}|s17n12-\d{3}|s18n13-\d{3}|s19n14-\d{3}|s19n18-\d{3}|s19n17-\d{3}|b8[0-2]n-[hs]\d{3}|b86n-h\d{3}|b89n-h\d{3}|b9[1-9]n-h\d{3}|b10[0-9]n-h\d{3}|b11[0-245789]n-h\d{3}|b12[0358]n-h\d{3}|b13[2-57-9]n-h\d{3}|b14[3568]n-h\d{3}|b15[023]n-h\d{3}|b1(?:59|60|66|67|71|72|74|77|81|88|89|91|93|94|95)n-h\d{3}|b(?:19[026-9]|20[0456789]|21[0-8]|22[1-57-9]|23[0-9]|24[0-8]|25[4-9]|26[01267]|27[0-59]|28[013-8]|29[1-47-9]|30[1-35-7]|31[0-478]|32[0145789]|33[236-9]|34[014-689]|35[03478]|36[12569]|37[03478]|38[123478]|39[125689]|40[05678]|41[1256]|419|42[03478]|43[1-367]|44[23]|44[89]|45[03478]|46[1278]|47[12569]|48[034]|46[569]|47[03478]|48[1256]|490|489|49[3478]|50[1256]|48[78]|49[1256]|499|50[034]|509|510|51[3478]|52[1256]|529|53[034]|53[7-9]|540|54[34])n-h\d{3}")
"""What an id looks like: the category it was written under, a running number
("cardinal-0042"); the blind sets' cases keep their own ids ("blind-law-004",
"b2-law-004", "b4-politics-004", "b6-council-004", "b5n-court-003", "b7n-service-004": blind sets
normalize5 and normalize7, named apart from the b5-*/b7-* extraction cases; "b9n-h004", "b10n-s017",
"b12n-h001", "b15n-s017", "b30n-h001", "b45n-s017": blind sets normalize9, 10, 12, 15 and 30-45, hard and
single-phenomenon parts; "s15s-001": session 15's own set of the paper's dense sections,
written by its fixer before the fixes, ``s15sections``; "b46n-h001", "b47n-s120": session 15's start blind
sets normalize46-47, added after its fixes; "s16s-001": session 16's set of the paper's sections (court,
business, care, culture, traffic, sports), written by its fixer N3 before the fixes, ``s16sections``; "s16f-001": session 16's set of the phenomena found on fresh
sentences, written by fixer N4 after its fixes, ``s16found``; "s16w-001": fixer N6's set of abbreviations, slashes
and counts of pieces found on fresh sentences, written after its fixes, ``s16words``; "s17n11-001": session 17
round 2 fixer N11's set of blind set normalize54's phenomena on new sentences, written after its fixes, ``s17n11``; "s17n12-001": session 17 fixer
N12's set of the phenomena of normalize54's second half, written after its fixes, ``s17n12``; "s18n13-001": session 18 round 3 fixer N13's
set of normalize57-58's sport and classifieds phenomena, written after its fixes, ``s18n13``; "s19n14-001": session 19
round 4 fixer N14's set of normalize54/57/58's phenomena on new sentences, written after its fixes, ``s19n14``;
"s19n18-001": session 19 round 5 fixer N18's set of normalize59's court, council and sports phenomena, ``s19n18``; "s19n17-001": session 19 round 5 fixer N17's set of
normalize60's everyday-paper phenomena on new sentences, written after its fixes, ``s19n17``; "b80n-h001", "b81n-h001",
"b82n-s001": session 27's blind sets normalize80-82, harder and single-phenomenon, scored blind first, added after the
session's fixes, ``b80n`` ... ``b82n``; "b86n-h001": session 28's blind set normalize86, harder sentences, scored blind
first, added after the session's fixes, ``b86n``; "b89n-h001": session 29's blind set normalize89, likewise, ``b89n``; "b91n-h001", "b92n-h001": session 30's blind
sets normalize91 (scored blind first) and normalize92 (held out through the first round of fixes), added after the
session's fixes, ``b91n``, ``b92n``; "b93n-h001": normalize93, written during those fixes, scored blind at 1fa15bb4, added
after the third round, ``b93n``; "b94n-h001", "b95n-h001": session 31's blind sets normalize94 (scored blind first)
and normalize95 (held out through the first round), added after the session's fixes, ``b94n``, ``b95n``; "b96n-h001":
normalize96, written during those rounds, scored blind after the second, added after the third, ``b96n``; "b97n-h001":
normalize97, scored blind after the third, added after the fourth, ``b97n``; "b98n-h001": normalize98, session 31's
blind measure, scored once at d2235226, added after session 32's first round, ``b98n``; "b99n-h001", "b100n-h001":
session 32's blind sets normalize99 and normalize100, scored blind at d58871d0, held out through the first round
(identical after it), added after the second, ``b99n``, ``b100n``; "b101n-h001": normalize101, written during the second
round, scored blind at d58871d0 and d4985519 (identical), added after the third, ``b101n``)."""

KNOWN_GAPS: dict[str, str] = {
    # Session 16 (fixer N2) closed 34 by their families: short forms made definite by their place ('TR landade',
    # 'Förf. har', 'vid stn.'), clipped words read by their place ('bj', 'under jan', 'reg.', 'leg. krävs', 'eftr.',
    # 'möbl.'/'nybes.' before a price, 'l/tim.' and 'etc. –' inside a sentence, '2 e.m./v.'), a slash between two
    # nouns or names ('WC/dusch', '(TM/TT)', 'i Stuvsta/Snättringe', 'luft/vatten-värmepump'), acronyms by their
    # neighbours ('KS au', 'SUS:s', 'i KF.', 'VC', 'OK-jolle', 'Nordens Ark', 'Mål ÖRE:'), 'ev.'/'s.k.' agreeing;
    # rows whose rest differed by our notation only got ours as an accepted form (a comment line above each says why).
    # Blind sets 5, 6, 7, 9, 10, 12 and 15 have none left: each gap was fixed by its phenomenon, or its row corrected
    # or given our reading where a careful newsreader says it too (the reason on a comment line above the row).
    # Session 16 (N1) closed twenty-four of rounds b46n-b49n and s15sections by their families: 'jfr' a
    # cross-reference's 'jämför', a compass letter before 'om' its adverb and a wind's letter after a sea area, a
    # position with its hemisphere first, craft and airport codes, '112' in a span of counts, a number that names
    # ('färjeläge 1', 'div. I'), a score before a date, a goal list after 'Mål:', hits after a comma, 'avsnitt 8:2',
    # '4-takt', a month and its year after a validity ('t.o.m. 10/25'), an app's name 'Bruksvik 24/7'.
    # Session 10's sets normalize30-33 (rounds b30n-b33n, added after the session's fixes) have these: readings a
    # listener would hear wrong or confusing, never given as an accepted form (the row keeps the writer's forms).
    "b30n-h169": "the inch mark in '65”-skärm' left silent ('sextiofemtumsskärm')",
    "b31n-h227": "'bb' in the hashtag '#rädda_bb_visby' left as written (spelled 'be be')",
    # Session 11's held-out sets normalize34-35 (rounds b34n, b35n, added in session 12 after its fixes) have none
    # left: b35n-h263 ('FoU' left as written) was fixed by data/words.MIXED_CASE_WORDS.
    # Session 12's held-out sets normalize36-37 (rounds b36n, b37n) have none left: their 18 gaps were fixed in session
    # 13 by their families (week lists, organisation numbers, property sales, parts, date spans, short measures, road
    # positions, 'O.s.a.', 'Ant.', 'xG', 'LA:B', a range before a rate, 'ex.' before a sentence); a comment line above
    # each row says which readings of ours were accepted too and why.
    # Session 13's held-out sets normalize38-39 (rounds b38n, b39n, added at the session's end after its fixes): readings
    # a listener would hear wrong or confusing, never given as an accepted form (the row keeps the writer's first three forms).
    # Session 13's end-of-session held-out sets normalize40-41 (rounds b40n, b41n, added after the session's fixes):
    # readings a listener would hear wrong or confusing, never given as an accepted form (the row keeps the writer's
    # first three forms).
    # Session 14's start held-out sets normalize42-43 (rounds b42n, b43n) and end-of-session held-out sets
    # normalize44-45 (rounds b44n, b45n), all added after the session's fixes: readings a listener would hear wrong
    # or confusing, never given as an accepted form (the row keeps the writer's first three forms). Session 15 closed
    # seventeen: a day's hours after a weekday no score (b43n-h249), a property's kind before its area (b45n-h229), a
    # fraction sign before a verb a share (b45n-h283), a smaller number after a spaced dash a pause (b42n-h160,
    # b42n-h219), points out of the rounds (b42n-h183), a fraction's unit no short form's letter ('2/3 p.g.a.',
    # b43n-h005), 'Bästa skytt:' a line of goals (b44n-h135), a family notice's date before 'av präst'
    # (b42n-h250), the forester's 'm³to' (b45n-h298), 'lp 2' and a code's glued capitals (b44n-h085), 'str.' after
    # a scorer of two names (b45n-h124), a combined team 'Visby/Roma' before its result (b42n-h156), and four
    # whose gap session 14 had fixed, ours accepted on the rest (b42n-h233, b45n-h013, -h165, -h292).
    # Session 33's normalize105 (round b105n): its German plate 'HH-AB 1234' is read since session 34 (plates.FOREIGN_PLATE).
    # Session 34's normalize106 and normalize107 (rounds b106n, b107n, read for its first speech round):
    "b106n-h139": "the insurer 'If:s' spelled as the sports clubs' 'IF' ('I effs'; the company's name is said 'Ifs')",
    "b107n-h062": "'VC-helgen' in a biathlon report read as a health centre ('vårdcentral-helgen'; the World Cup, 've ce')",
    # Session 35's normalize108, normalize112 (no gaps), normalize114 and normalize115 (rounds b108n, b112n, b114n, b115n, read for its speech rounds):
    "b115n-h130": "an sms number after 'från nr' ('sms från nr 72 400') read as thousands, not in its written groups",
    "b114n-h039": "'de första 50 ex.' said 'exemplar': after 'de första' and a count the clipped noun is definite ('exemplaren')",
    # Session 36's normalize117 and normalize118 (rounds b117n, b118n, read for its speech rounds): no gaps.
    # Session 37's normalize119 (round b119n, read for its speech rounds): no gaps.
    # Session 38's normalize120 (never read in session 37), normalize123 and normalize125 (rounds b120n, b123n, b125n,
    # read for its speech rounds; normalize125: no gaps):
    # Session 39's normalize128 (round b128n, read for its speech round):
    "b128n-h134": "a score's three decimals with its unit left out ('blev elva med 12,900') said digit by digit, 'nio noll noll', where the same score before 'poäng' is said 'niohundra'",
    # Session 40's normalize132 (round b132n, read for its speech round; normalize133, round b133n, has none; b132n-h116,
    # '0 Rh−', and b132n-h086, 'varannan mån., kl. 17', were closed in the same session):
    "b43n-h140": "a model's letter 'PistenBully 600 W' read as the unit 'watt'",
    "b43n-h170": "'(Q4)' after 'fjärde kvartalet' read 'fjärde kvartalet' again (a repetition: 'Q fyra')",
    # Session 15's set of the paper's dense sections (s15sections, written by its fixer before reading the rules):
    # the lines still read wrongly after the session's fixes (the start's 24 are in the set's header).
    # Session 15's start held-out sets normalize46-47 (rounds b46n, b47n; normalize46's failures were read by the
    # session lead, normalize47 never read by a fixer), added after the session's fixes: readings a listener would
    # hear wrong or confusing, never given as an accepted form (the row keeps the writer's forms).
    "b47n-h084": "a law's lettered paragraph span '13–18 h §§' read 'tretton till arton timmar §§' ('h' a unit, the '§§' left)",
    # (b47n-h137's 'de 14,2 km' is 'kilometerna' since session 16; its race time is still read without its units)
    "b47n-h137": "a race time after the distance ('på 47.12') read 'fyrtiosju tolv' ('fyrtiosju minuter och tolv sekunder')",
    # Session 15's end-of-session held-out sets normalize48-49 (rounds b48n, b49n, added after the session's fixes):
    # readings a listener would hear wrong or confusing, never given as an accepted form (the row keeps all the
    # writer's forms).
    # Session 16's set of the paper's sections (round s16sections, written by fixer N3 before reading the rules; the
    # fixes were made on it): lines still read wrongly after the fixes, each an identifier or a short form left to
    # the fixers of those areas.
    "s16s-003": "a court's case number 'B 2817-24' read as a count 'tvåtusenåttahundrasjutton' ('be tjugoåtta sjutton streck tjugofyra')",
    "s16s-013": "a court's case number 'T 1523-23' read as a count 'ettusenfemhundratjugotre' ('te femton tjugotre streck tjugotre')",
    "s16s-170": "'ank.' after the train read as the noun 'ankomst' ('Tåget från Oslo ankommer Karlstad central')",
    # (s16s-227, "Msv B", closed in session 58: short_notes._DRESSAGE)
    # Session 30's held-out set normalize92 (round b92n): a capital after a model's number left to the voice
    # ("Amazon 122 S": the lone letter is a party's or a compass point's elsewhere, so only A–H are named there).
    "b92n-h108": "the model letter in 'Amazon 122 S' left as written, not 'ess'",
    # (b96n-h061, 'lärare i Ma och Sv', closed in session 51: subjects' short forms with a capital in a list)
    # Session 51's normalize188-195 (rounds b188n, b189n, b191n, b193n, b194n, b195n, read for its speech rounds):
    "b189n-h122": "'ref. finns' in an ad read 'referens', not 'referenser'",
    "b191n-h087": "'9-ball' read 'nioball', not the game's English name",
    # (b193n-h089, 'Super Bowl LIX', closed in session 52: a Roman number of fifty and more after a name)
    # (b193n-h134, 'F/P 7–9 år', closed in the same session: the groups in full before an age in years)
    # Session 52's normalize190-218 (rounds b190n, b192n, b196n-b200n, b204n-b218n, read for its speech rounds):
    "b199n-h036": "a ratio of pupils per teacher ('1:12,1') said without 'på'",
    "b206n-h104": "a rune stone's catalogue letters ('Sm 52': Småland) spelled",
    "b207n-h074": "'2. Bundesliga' (a German ordinal with its period) read 'två.'",
    # (b213n-h104, 'en 2:a-plats', closed in the same session: count_compounds._ORDINAL_HEAD)
    # (b213n-h129, 'Super Bowl LIX', closed in session 52: a Roman number of fifty and more after a name)
    "b213n-h149": "'HT' alone (the autumn term) spelled, not 'höstterminen'",
    "b214n-h027": "a count per a row ('2 barnvagnar/rad') said without 'per'",
    "b216n-h088": "a grade out of five after 'jämfört med' ('4/5', the sentence's own scale 'av 5') read as a fraction",
    "b216n-h101": "a ratio of pupils per nurse ('1:400') said without 'på'",
    "b218n-h085": "an orienteer's time of hours with a colon, minutes and seconds with a point ('1:31.05') read compact, as a swimmer's minutes and hundredths are written alike",
    # Session 53's normalize221-225 and normalize227-248 (rounds b221n-b248n, read for its speech rounds):
    "b225n-h116": "an English hashtag '#10yearchallenge' read in Swedish ('tio yearchallenge')",
    "b236n-h119": "a graphics card's model number ('RTX 5070') read as a count ('femtusensjuttio'), not in pairs ('femtiosjuttio')",
    "b236n-h121": "a unit heading a hyphened compound said in the genitive apart ('2,5 Gbit-portar': 'gigabits portar')",
    "b240n-h002": "a goal's minute in brackets between the running score and the scorer ('1–0 (12) Sara Lind') said as a bare number",
    "b240n-h099": "a decimal before a passive verb ('SRS-tal 1,125 flyttades') said 'en komma', the verb taken for a noun",
    "b240n-h126": "a sailing lead in nautical miles ('1 ½ M före') said as the letter 'emm'",
    "b242n-h045": "airport codes in a travel offer ('ARN–BKK') spelled, not named ('Arlanda till Bangkok')",
    "b242n-h079": "'Mc' before a make (motorcycle) spelled ('emm ce')",
    "b245n-h058": "a marathon's finishing time '3.00' said 'tre noll', not 'tre timmar'",
    "b245n-h115": "'J' after an energy (joules) left as the letter",
    "b245n-h127": "an engine's model 'D2-40' read as a range ('de två till fyrtio')",
    "b246n-h053": "'7-Eleven' (the shop) said 'sju-Eleven'",
    # Session 54's normalize254-258 (rounds b254n-b258n, read for its speech rounds):
    "b256n-h076": "an engine's size ('1.6 TDI') said with the counting form ('ett komma sex'), not the litre's 'en'; 'VW' said 'Volkswagen'",
    # Session 55's normalize259-288 (rounds b259n, b260n, b262n, b266n, b267n, b270n-b273n, b275n, b279n, b280n, b283n,
    # b284n, b286n-b288n, read for its speech rounds):
    "b266n-h026": "'/st' after a price's ':-' with a space before the slash left 'st', not 'styck'",
    "b267n-h132": "a fraction opening a clause before 'ska' ('2/3 ska avtjänas') read as a date, 'andra mars'",
    "b271n-h150": "a rating '10/10' closing a quote read as a date, 'tionde oktober'",
    "b272n-h053": "a span of batch codes with letters ('2317A–2344C') read as two numbers with a silent dash, not 'till'",
    "b262n-h081": "'kv/kv' (quarter on quarter) read as two clipped words, 'kv kv'",
    "b279n-h054": "a series score before 'i matcher' ('undvika 0–3 i matcher') read as a range, 'noll till tre'",
    "b279n-h061": "'VC' after a club's town in a sentence of a match ('Linköpings VC vann') said 'vårdcentral'",
    # (b279n-h111, "Msv", closed in session 58: short_notes._DRESSAGE)
    "b279n-h115": "a bout's time after 'efter' ('efter 2.41') read as a clock time, 'två och fyrtioett'",
    # (b283n-h068, a golfer's shared place 'T5', closed in session 59: sportnotes._TIED after "är", "ligger")
    "b283n-h079": "a weekday written short before a bare day of the month and 'kl.' ('sön 10 kl. 11') read the day as a count, not 'den tionde'",
    "b283n-h082": "a weekday written short before recurring opening hours said in the singular ('torsdag'), not 'torsdagar'",
    "b283n-h145": "'adm.' (administrationen) left as written",
    "b284n-h012": "a time after midnight '00.04' said 'noll och fyra' (the writer's 'noll noll och fyra'), the first time of the sentence without its 'och'",
    "b284n-h055": "'mån' after 'och' and a weekday's hours left as written, not 'måndag'",
    "b284n-h063": "'s+v-hjul' (summer and winter wheels) left; 'VW' said 'Volkswagen'",
    "b284n-h087": "'m' after a count of matches in a league table ('28 p på 16 m') read as metres",
    # (b284n-h099, "1,40-klassen", closed in session 58: count_compounds._JUMP_CLASS)
    "b284n-h108": "a weekday written short before a programme's recurring hours said in the singular ('tisdag'), not 'tisdagar'",
    # Session 56's normalize291-314 and the opened normalize261, 274, 281 (rounds b261n, b274n, b281n, b291n-b294n,
    # b297n-b299n, b301n-b303n, b305n-b307n, b310n-b314n, read for its speech rounds):
    "b261n-h011": "a club's second team ('Lidköpings HK 2') before the dash of two teams: the dash left silent, not 'mot'",
    "b274n-h015": "darts' 'T20', 'D14' spelled, not 'trippel tjugo', 'dubbel fjorton'",
    "b274n-h024": "an eventing class 'CCI2*' spelled, its star left, not 'två stjärnor'",
    "b274n-h025": "'särsk.' in a golf result read 'särskilt', not 'särskiljning'",
    "b274n-h046": "'e.p.' (procentenheter) after a change left as written",
    "b281n-h089": "'1:1' after a capitalised word opening the sentence ('Sockerlag 1:1 – koka') read as a property's designation, 'ett kolon ett'",
    "b281n-h092": "'RAV4' spelled, not said as the word 'Rav'",
    "b281n-h122": "a quiz's answers in pools signs ('1 X, 2 1, 3 2') read as numbers, not 'kryss', 'etta', 'tvåa'",
    "b298n-h010": "'3x3-basket' said 'tre gånger tre', not 'tre mot tre'",
    "b299n-h104": "a show-jumping class's height ('1,10 m') read as a decimal, not 'en meter tio'",
    "b302n-h028": "a choir's voices 'S/A/T/B' spelled, not 'sopran, alt, tenor och bas'",
    "b302n-h069": "a show-jumping class's height ('1.30 m') read as a decimal, not 'en meter och trettio'",
    "b302n-h077": "'arr.' between an organiser and its event ('Ljungby Horse arr. Sverigedressyren') read 'arrangör', not the verb 'arrangerar'",
    "b302n-h110": "'gy 3' (the upper secondary school's third year) left as 'gy'",
    "b303n-h042": "'s.k.' before a neuter noun in the plural without an article ('s.k. bedrägerisamtal') said 'så kallat', not 'så kallade'",
    "b303n-h067": "'7-Eleven' (the shop) said 'sju-Eleven'",
    "b305n-h069": "a model's '8W' ('Scorpion King 8W') read as watts",
    "b305n-h110": "a farm's property designation at an auction ('Auktion på Nybyn 3:14') read as a clock time",
"b310n-h126": "'ev.' and 'övr.' after 'till' before a plural ('till ev. extra insatser', 'till övr. projekt') said in the singular's neuter",
    # (b246n-h053, '7-Eleven', stands again as b303n-h067)
    # (b284n-h062, a boat's model year '-14' before 'med', closed in session 56: designations._AD_YEAR)
    # (b228n-h120, 'St. Louis', closed in session 54: data/short_readings.SAINT_ABROAD; b242n-h050, 'Sv/SvA', closed
    # in the same session: subject_lists.subject_pairs, before the symbols' slash)
    # (b214n-h075, 'SKK-reg.', closed in session 55: clipped_places._registered)
    "b214n-h150": "a bingo prize after a row's number and a spaced dash ('rad 1 – 500 kr') read as a range",
    # (b209n-h098, a vote's split of decimals '52,4–47,6', closed in the same session: machinery.split_of_hundred)
    # Session 41's normalize138 and normalize139 (rounds b138n, b139n, read for their speech rounds; b135n and b137n
    # have none):
    "b138n-h053": "an Instagram handle glued from a town and a club's letters ('@ostersundsfk') is read as one word",
    "b138n-h134": "a hashtag of words glued together ('#bibliotekenivaxjo') is read as one word",
    "b139n-h015": "a clock time after midnight ('ca 00.50') is said 'noll och femtio'",
    # Session 43's normalize145 (round b145n, read for its speech round):
    "b145n-h148": "a list of days sharing one month ('12, 14 och 18/10') read as numbers but the last, which is an ordinal",
    # Session 44's normalize146 (round b146n, read for its speech round):
    "b146n-h075": "'Södertälje C' is the station Södertälje centrum, not 'central': a station's name the lexicon lacks",
    "b146n-h142": "'1,30 m-klassen' said 'metertrettioklassen' by riders: a jumping class's height compound",
    # Session 44's normalize148 (round b148n, read for its speech round):
    "b148n-h135": "a car model's number said its maker's way, 'BMW 320d' as 'tre tjugo de', and BMW as 'be emm dubbelve' by this writer",
    # Session 44's normalize150 (round b150n, read for its speech round):
    "b150n-h135": "a 2+1 road said 'två plus en' before a passive verb: the road's lanes are counted 'två plus ett'",
    # Session 45's normalize153 (round b153n, read for its speech round):
    "b153n-h065": "'prof. em.' before a woman's name said 'emeritus': 'emerita'",
    # Session 46's normalize159 and normalize160 (rounds b159n, b160n, read for their speech round):
    # (b159n-h003, "DD-raden 4–9", closed in session 58: pool_tips._DOUBLE)
    "b159n-h103": "'NOAA' (spelled by the writer) said as a word, 'Noaa'",
    "b159n-h109": "a commuter train's number read in pairs ('tjugosju fyrtiotvå') and 'Södertälje C' said 'central' where the station is 'centrum'",
    "b159n-h136": "'Täby C' said 'Täby ce' (centrum) and the car model 'X15p' left 'X femton p'",
    "b160n-h013": "'Dp 1287' (a zoning plan's number) left 'Dp'",
    "b160n-h076": "the police unit 'NI' said as the pronoun 'ni'",
    "b160n-h149": "the seats of a parliament '176–173' read as a range ('till'), not 'mot'",
    # Session 47's normalize166 and normalize167 (rounds b166n, b167n, read for their speech round):
    "b166n-h115": "'NOAA' (spelled by the writer) said as a word, 'Noaa'",
    "b167n-h115": "a slash between an acronym and a noun ('ADHD/autism') left silent, not 'och'",
    # Session 49's normalize177 and 181 (rounds b177n, b181n, read for their speech round):
    "b177n-h057": "a car ad's model year '-08' and an inspection's month and year 't.o.m. 10/25' read as numbers ('noll åtta', 'tio tjugofem')",
    "b177n-h124": "a rating '10/10' read as a date ('tionde oktober'), not 'tio av tio'",
    # Session 48's normalize171, 172 and 174 (rounds b171n, b172n, b174n, read for their speech round):
    "b171n-h014": "'(alla 24 m)' in a league table read 'meter', not 'matcher'",
    "b171n-h016": "'i pp' (powerplay) left as written; the elided 'mål' after '1' said 'en', not 'ett'",
    # Session 57's opened normalize317-341 (rounds b317n, b318n, b320n, b321n, b324n, b325n, b327n-b329n, b332n,
    # b333n, b336n-b341n, read for its speech rounds):
    "b317n-h055": "'Svk.' (Svenska kraftnät) left as written",
    "b317n-h090": "a unit heading a compound after two voltages with a slash ('130/20 kV-station') left as written",
    "b318n-h109": "'SöS' (Södersjukhuset) spelled, not said as a word",
    "b320n-h068": "'arr.' after 'enligt' said 'arrangör', not the definite 'arrangören'",
    "b320n-h130": "a wine's '1er Cru' read 'ett er', not 'premier'; an article number read as a count",
    "b325n-h002": "'(R)' in a listing's line with one clock time left as written, not 'repris'",
    # (b325n-h052, "Dagens Dubbel: 5–11", closed in session 58: pool_tips._DOUBLE)
    # (b333n-h076, "siffrorna 1–9", closed in session 58: data/sport.RANGE_LABELS)
    # (b336n-h111, "Msv B:1", closed in session 58: short_notes._DRESSAGE)
    # (b337n-h109, "T17–T19", closed in session 58: designations._NAME_SPAN)
    "b337n-h112": "a weekday written short before recurring hours said in the singular ('lördag'), not 'lördagar'; 'P-skiva' said 'parkeringsskiva'",
    "b339n-h084": "a half marathon's time 'h:mm.ss' after its distance said compactly ('ett noll två fyrtioåtta'); 'de 21,1 km' definite",
    "b340n-h149": "'temp.' after a verb of change said 'temperatur', not the definite 'temperaturen'",
    # Session 58's opened normalize344-378 (rounds b344n-b346n, b348n-b350n, b353n, b354n, b357n, b358n, b361n, b362n,
    # b365n, b366n, b369n, b370n, b373n, b374n, b377n, b378n, read for its speech rounds):
    "b344n-h068": "a train type's letter and number ('X 11-motorvagnar') joined to the compound, 'eks elvamotorvagnar'",
    "b346n-h101": "'4WD' read by its characters, not 'fyrhjulsdrift'",
    "b353n-h127": "'10MILA' (the relay Tiomila) read 'tio Mila', not the one word",
    "b354n-h085": "a quiz score after 'Fick du' ('5/5') read as a date, 'femte maj', not 'fem av fem'",
    "b361n-h118": "an ordinal written with a period before a unit's name ('3. sjöstridsflottiljen') read 'tre.'",
    "b365n-h119": "a dressage class's Roman numeral ('Intermediaire I') left as the letter, not 'ett'",
    "b365n-h138": "'Ks' (kommunstyrelsens) left as written",
    "b366n-h023": "a show-jumping class's height with a point ('hoppning 1.30') read as a clock time, 'ett och trettio'",
    "b366n-h039": "a betting line's draw 'X' before its odds read 'eks', not 'kryss'; the teams' dash before a colon left",
    "b366n-h044": "a currency table's codes before their rates ('EUR 11,52') said 'eur' or moved after the number",
    "b366n-h046": "a commodity's price in dollars per barrel said with cents, not 'komma'",
    "b366n-h062": "a TV listing's round hour ('20.00') said 'tjugo' beside compact times, and '00.05' 'noll och fem'",
    "b366n-h064": "a repeat's time after a clock time said compactly ('tjugoett noll tre') though the first had 'och'",
    "b366n-h118": "'ordf.' before 'i tekniska nämnden' said 'ordförande', not the definite 'ordföranden'",
    "b366n-h141": "a model's letter glued to its number after a make and letters ('LC 353V') read as volts",
    "b373n-h033": "a boat's sail number ('SWE 12345') read as a count, not digit by digit",
    "b373n-h036": "a chess match's half-point score after two clubs with letters ('Kalmar SS–Lunds ASK 4,5–3,5') read 'till'",
    "b373n-h044": "a commodity's price in dollars per barrel ('78,45 $/fat') said with cents, not 'komma'",
    "b373n-h055": "a price list's later prices without 'kr' ('maltkorn 2,40') said as decimals, not 'två och fyrtio'",
    "b373n-h058": "'Max/min' said 'Max min'; signed temperature pairs joined by 'och', not listed",
    "b373n-h078": "a radio listing's '13.02' said 'tretton noll två'; 'CRISPR' spelled, not said as a word",
    "b374n-h055": "a TV listing's round hours said 'tjugo', 'tjugoett' beside '20.30' with 'och'",
    "b374n-h067": "a calibre '.308 Win.' read 'kaliber. tre noll åtta Win.', not 'tre noll åtta Winchester'",
    "b374n-h070": "a clock time one minute past midnight ('kl. 00.01') said 'noll och ett'",
    "b374n-h098": "a staffing ratio '1:1 450' read 'ett: ett fyrahundrafemtio', not 'ett till ettusenfyrahundrafemtio'",
    "b374n-h119": "a listing's round hours said without 'noll noll' and its two teams' dash kept, not 'mot'",
    "b378n-h067": "a formula's slash ('80/1,80²') read 'åttio ett, åttio', not 'delat med'; '(kg)', '(m)' left as written",
    "b378n-h073": "a pet's chip number in printed groups read as numbers, not digit by digit",
    "b378n-h097": "'(1 p)' said 'ett poäng', not 'en poäng'",
    "b378n-h099": "bridge's 'NT' (sang) spelled and 'hp' (honnörspoäng) said 'högskolepoäng'",
    "b378n-h100": "a chess move 'Dd1–h5' read 'Dd ett –h fem', not 'dam d ett till h fem'",
    "b378n-h141": "two streets cut after their 'g.' and joined by a slash ('Ölandsg./Stationsg.') left cut and silent",
    # Session 59's normalize381-384, 387, 388 (rounds b381n ... b388n, opened for its speech rounds):
    "b381n-h002": "a diary number joined to the board's letters by a dash ('KS-2024-1187') read digit by digit, not its running number",
    "b381n-h071": "a Danish plate's groups ('BX 45 678') read '45' digit by digit and '678' as a number",
    "b383n-h137": "an activity's code with a point ('kod 90.40') said without 'punkt'",
    "b383n-h148": "a budget's figure in brackets after an amount in Mkr ('(budget 1,5)') said 'ett komma fem', not 'en'",
    "b384n-h104": "'1 åker ut' after '9 par kvar' said 'en', not the elided neuter 'ett'",
    "b384n-h107": "a series' seasons 'S1–S4' read as letters, not 'säsong ett till fyra'",
    "b388n-h087": "lottery numbers after 'lottnummer:' read in their printed groups ('4 711': 'fyra sjuhundraelva')",
    # Session 59's normalize391, 392 (rounds b391n, b392n, opened for its second speech round):
    "b391n-h039": "a forestry machine's model '8W' after its name read as watts, not 'åtta dubbelve'",
    "b391n-h064": "'kt/år' (kiloton per year) left as 'kt år'",
    "b391n-h081": "'1 ½ plan' (a house's floors) said 'en och en halv', not the neuter 'ett och ett halvt'",
    "b392n-h120": "a housing ad's 'BR' (bostadsrätt) spelled and 'balk.' (balkong) left as written",
    # Session 59's normalize395, 396 (rounds b395n, b396n, opened for its third speech round):
    "b395n-h097": "two sailors joined by a slash after 'segrade' ('Lundberg/Ek i J/70') said without 'och'; the class's 'J' left as the letter",
    "b396n-h109": "'Förskoleklass–åk 3' (a school's span of years) kept its dash, not 'till'",
    "b396n-h128": "'Köpenhamn H' (the central station) said 'Köpenhamn hå'; train numbers said in pairs as two words",
    # Session 59's normalize399, 400 (rounds b399n, b400n, opened for its last speech round):
    "b400n-h071": "a lottery's numbers joined by hyphens ('7-14-22 + 3-9') read as a list and a range, 'tre till nio'",
    "b400n-h089": "a bridge hand's suits and honours ('♠ K D 10 5', 'Kn', '1 NT') read as letters, the spade lost",
    "b400n-h096": "a betting tip's sign after a fixture before its odds in brackets ('Arsenal–Chelsea 1 (1,85)') said 'ett', 'eks', not 'etta', 'kryss'",
    "b400n-h097": "'C&R' (catch and release) spelled",
    "b400n-h114": "a chess problem's squares and pieces ('Tf1', 'Bg7') read as short forms, 'tillförordnad', 'bankgiro'",
    "b400n-h122": "an orienteering class and a relay's times ('H21E', '1.03.07') read as letters and a clock",
    "b400n-h146": "an alpine run 'åk 1' said 'årskurs ett', not 'åk ett'",
    # Session 60's normalize405-408, 411, 412 (rounds b405n ... b412n, opened for its speech round):
    "b406n-h022": "'PP' in a hockey goal line (powerplay) spelled",
    "b406n-h076": "'VR' before 'till' and a result ('höjde VR till 6,28 m') spelled, not 'världsrekordet'",
    "b406n-h094": "a placing at a line's end after a comma ('5:a.') said as the ordinal, not the placing's noun",
    "b406n-h117": "prize money joined by slashes said with 'respektive' where the writer lists them with commas",
    "b407n-h088": "a building code's section ('BBR avsnitt 8:232') read as a number, not digit by digit",
    "b407n-h102": "'dp' (detaljplan) before its number spelled",
    "b408n-h036": "a clock time after a weekday in brackets said with 'klockan' ('(sön 15.00)') where the writer says the hour bare",
    "b408n-h111": "a Swish number that is a mobile number said digit by digit, not in the phone's groups",
    "b408n-h016": "a Bible reference ('Joh. 3:16–21') read with 'kapitel' and 'vers' and the book's full name where the writer reads the numbers bare",
    "b408n-h028": "'P-huset' expanded to 'parkeringshuset' where the writer keeps the short form",
    "b408n-h061": "'kr/st' said 'styck' without 'per' (the writers split; 17 rows accept only 'styck')",
    "b408n-h100": "'6,5 års' said 'sex och ett halvt års' where the writer says 'sex komma fem'",
    "b408n-h124": "a date after 'gifte sig' said without 'den'",
    "b408n-h144": "'1 g/tim' (gång per timme) read as grams per hour; the stop of 'min.' kept inside the sentence",
    "b411n-h038": "'SOU' spelled where the writer keeps the letters and the year 'tjugohundra…'",
    "b411n-h054": "a unit's stop before '©' taken by the unit ('1 m. ©'): the sentence's stop lost",
    "b412n-h093": "a bare hour after a weekday in a church's notice ('sön 11') said without 'klockan'; a Bible reference with 'kapitel' and 'vers'",
    "b412n-h094": "a Bible reference read with 'kapitel' and 'vers' and the gospel's full name where the writer reads the numbers bare",
    "b412n-h004": "a trotting time's distance after a slash said 'över' where the writer says 'på'",
    "b412n-h025": "a golfer's rounds joined by dashes and '= 211' said as a list and 'totalt' where the writer keeps the dashes and 'lika med'",
    "b412n-h049": "a flight's number read in pairs ('fjorton sjutton') where the writer reads it as a number",
    "b412n-h053": "'00.00' as a span's start said 'noll noll', not 'midnatt' or 'noll'",
    "b412n-h110": "'(ord./stud.)' after a pair of prices: the slash dropped, not 'respektive'",
    "b412n-h139": "a timetable's stops joined by spaced dashes read 'till' with compact times, where the writer keeps the dashes",
    # normalize415, 416 (rounds b415n, b416n, opened for the session's second speech round):
    "b416n-h042": "'5 MB st.' said 'stycken' where 'styck' (each) is meant",
    "b416n-h060": "a bridge bid's 'NT' and 'hp' read as letters and 'högskolepoäng', not 'sang' and 'honnörspoäng'",
    "b416n-h063": "'jun.' before a price in brackets (juniorer) left",
    "b416n-h064": "bridge directions 'N/S', 'Ö/V' and a placing '1.' after them read as letters and a number",
    "b416n-h068": "a bridge hand's suits and honours ('♠ K D 10 5', 'kn') read as letters, the spade lost",
    "b416n-h090": "'reg.' (registrerat) before 'enl.' left as written",
    "b416n-h093": "'FR' (förvaltningsrätten) after 'överklagat till' spelled",
    "b416n-h094": "'BIS' (Best in Show) spelled",
    "b416n-h150": "a long ride's time after 'klunga på' ('7.41' in hours and minutes) read as a clock",
    # normalize419, 420 (rounds b419n, b420n, opened for the session's third speech round):
    "b419n-h098": "'K.' before a Mozart work's number (Köchel) spelled with its stop",
    "b420n-h004": "a month written short without its stop before a bracket ('aug)') left as written",
    "b420n-h090": "a weekday after 'vard.' said in the singular where the times are every week's ('tisdagar')",
    # normalize423, 424 (rounds b423n, b424n, opened for the session's fourth speech round):
    "b423n-h093": "a golfer's rounds joined by dashes and '= 207' said as a list and 'totalt' where the writer keeps 'lika med'",
    "b423n-h111": "a day's highest and lowest temperatures joined by a slash ('+2/−5') said without 'och'",
    "b423n-h127": "a diary number's running number with leading zeros after its year ('2024-000812') said digit by digit",
    "b424n-h108": "a quiz's answer list opening with '1)' said 'etta' where the writer reads the numbers",
    "b424n-h130": "a price of 1:25 after 'kostade' several words before read as a clock ('ett och tjugofem')",    # normalize427, 428, 431, 432, 433 (rounds b427n ... b433n, opened for session 61's speech round):
    "b427n-h002": "'PP' in a hockey line as 'powerplay'",
    "b427n-h009": "an orienteering winner's time in minutes and seconds said compact where the gaps after it name minutes and seconds",
    "b427n-h091": "an orienteering winner's time in minutes and seconds said compact where the gaps after it name minutes and seconds",
    "b427n-h088": "teams with a squad's number before the pair's dash ('HK Malmö 2–Lugi HF 2 24–30')",
    "b428n-h038": "'förest.' (föreställningar) in a theatre's notice",
    "b431n-h058": "a graphics card's four-digit model number said in pairs ('femtionittio')",
    "b431n-h110": "an article number of four digits after 'art.nr' said in pairs",
    "b432n-h005": "a verbal noun in -ande in the neuter ('ett gripande')",
    "b432n-h146": "a golfer's rounds joined by dashes before '=' said with the dashes",
    "b432n-h150": "'BoIS' spelled and '#DIF' as Degerfors' letters, not 'Diff'",
    "b433n-h004": "'rel. MW' (relativt medelvattenståndet) in a water level",
    "b433n-h110": "a rider and a horse joined by a slash said with 'på'",
    # normalize436, 437 (rounds b436n, b437n, opened for session 61's second speech round):
    "b436n-h007": "'Power play:' in two words before a team's made out of tried, and 'MoDo' spelled",
    "b436n-h008": "a spell of play in minutes and seconds after 'i' ('i 1.18') read as a clock",
    "b436n-h038": "'R2' (rond två) and a fighter's record '7–1' said with 'mot'",
    "b436n-h072": "two teams' penalties '3x10 min–2x10 min' joined by a dash left silent, not 'mot'",
    "b436n-h078": "a swim time said in minutes and seconds in full where the writer keeps the compact form",
    "b436n-h081": "a lead in minutes and seconds after 'leder totalt med' read as a clock",
    "b436n-h086": "a golf match's 'A/S' (all square) spelled",
    "b437n-h013": "'möbl.' in the common gender after a neuter noun; 'inkl.' closing a clause before a capital loses the sentence's stop",
    "b437n-h035": "'V-däck' (vinterdäck) spelled",
    "b437n-h042": "'driftstim.' (driftstimmar) left clipped",
    "b437n-h075": "'brf.' after 'för' said in the singular definite where it means the associations; a season's two years said with the slash silent",
    "b437n-h142": "an industry standard's number 'BBV 21:1' said with its colon as a pause",
    # normalize442, 443 (rounds b442n, b443n, opened for session 61's third speech round):
    "b442n-h016": "'Dp' before a plan's number said 'detaljplan'",
    "b442n-h064": "a fraction '2/3' before an adverb ('sorterades 2/3 rätt') said 'två av tre'",
    "b442n-h074": "'RTJ' (räddningstjänsten) spelled",
    "b442n-h142": "a diary number's running number with leading zeros after its year said digit by digit",
    "b443n-h055": "a quiz's answers numbered '1.', '2.' read as a placing and as numbers with stops",
    "b443n-h093": "a unit's stop before a list's number read as a placing ('48 p. 2)') dropped",
    "b443n-h106": "'sk. bco.' (skilling banco) on a stamp read as 'så kallade'",
    "b443n-h120": "a dog's registration number 'SE12345/2019' said digit by digit without its slash and year",
    "b449n-h058": "a slash between two places in a housing wish is 'eller'",
    "b449n-h063": "last year's figure in brackets after a percentage: 'en komma' (we say 'ett komma')",
    "b450n-h106": "'=' before a sum of seats: 'lika med'",
    "b450n-h122": "a golf total after '=': 'lika med' (we say 'totalt')",
    "b450n-h124": "'tävlingskm': a compound ending in 'km'",
    "b453n-h019": "a weekday's bare hour in a church notice ('Högmässa sön 10') said without 'klockan'",
    "b454n-h097": "a diary number's running number with leading zeros said digit by digit ('0088')",
    "b457n-h021": "'VR' after 'sitt eget' in sport: 'världsrekord' (spelled)",
    "b457n-h037": "'SL' in an alpine line: 'slalom' (spelled)",
    "b461n-h112": "'Haninge C' before a date: 'centrum' (spelled 'ce')",
    "b462n-h057": "a kitchen maker's year after a spaced dash ('Ballingslöv –19') read as minus",
    "b462n-h074": "a slash between two school courses with their numbers ('Svenska 2/Svenska som andraspråk 2'): 'eller'",
    "b462n-h081": "'fsk' after a preschool teacher's post: 'förskola' (read 'förskoleklass')",
    "b472n-h128": "a joint facility's 'GA:1' keeps its colon ('ge a: ett')",
    "b475n-h030": "a slash between two channels' names with digits ('C More/TV4 Play') silent, not 'och'",
    "b475n-h118": "show jumping's faults and time joined by a slash ('0 fel/34,12 s') read 'per'; a class's '1,00 m' said 'en komma noll noll'",
    "b479n-h024": "'SÄBO' counted after 'av' in capitals takes 'en' ('1 av 5 SÄBO': 'ett', särskilt boende, neuter)",
    "b479n-h054": "'Dp' before a year and a number over a slash left as written ('detaljplan')",
    # session 64's rounds (session 63's never-read sets b465n ... b486n, opened; b489n, b490n)
    "b477n-h134": "a municipality's plan by 'Dp' left as the letters and its number's last group read digit by digit ('detaljplan ... fyrahundratolv')",
    "b485n-h131": "'fr.' after a noun before a capitalised place left as written ('färsk fisk fr. Smögen': 'från')",
    "b489n-h105": "a handle's last capital letter spelled apart ('@AnnaBergM': 'AnnaBerg emm')",
    "b489n-h142": "a model's version with a point said without 'punkt' ('Transporter T6.1': 'te sex ett')",
    "b490n-h078": "a short surname in an e-mail address spelled ('eva.ahl@': 'a hå ell')",
    "b494n-h033": "a ring's number after a letter and a hyphen ('C-84217') said as one number, not digit by digit",
    "b501n-h076": "a joint facility's 'GA:2' keeps its colon ('ge a: två')",
    "b502n-h020": "'7-Eleven' said with the digit ('sju-Eleven'), not 'Seven-Eleven'",
    "b502n-h077": "a count of floors glued to a clipped 'vån.' before a noun ('4-vån. flerbostadshus'): 'fyravånings'",
    "b502n-h118": "a span of case numbers with an en dash ('1452–1455-24') said 'streck', not 'till'",
    "b506n-h040": "an exchange rate list's currency codes before their rates ('EUR 10,98 · NOK 0,95') read as amounts, not 'euro tio komma nittioåtta'",
    "b506n-h067": "a compound ending in a clipped 'lgh' ('evakueringslgh') left as written",
    "b487n-h087": "'VR' in a line about sport is 'världsrekord'; the voice spells it",
    "b487n-h125": "'vt 2026' after 'distans' said 'vårtermin': a noun ending in '-ans' taken for a genitive",
    "b491n-h052": "'5 min förlängning': the duration before 'förlängning' not in the genitive",
    "b491n-h076": "'gymn.' (gymnasiet) left unread",
    "b491n-h112": "'7-Eleven' said 'sju-Eleven'",
    "b496n-h047": "'ett starkt Q3' said 'tredje kvartalet' after an indefinite article",
    "b499n-h048": "a second score after 'resp.' read as a span ('noll till två')",
    "b499n-h082": "a ski race's time '2.01.33' read as three numbers, its zero lost",
    "b499n-h141": "'lev.' (leverans) left unread",
    "b499n-h148": "a course code 'SIM-2503' read as one number; 'www' dropped",
    "b500n-h080": "'ett †' said 'ett död': the sign named as a noun is 'kors'",
    "b503n-h075": "a dotted reference 'BYGG.2025.0187' read as an abbreviation and digits",
    "b503n-h136": "a CVE number and a version '5.6.0' read as groups of digits",
    "b504n-h136": "'n.b.' (nedre botten) left unread",
    "b510n-h128": "a model's '353V' read as volts",
    "b514n-h083": "'red.' before two names joined by '&' said in the singular ('redaktör')",
    "b514n-h107": "'Warner Bros.' left as written",
    "b517n-h031": "'tr.' before a trainer's name in a trotting result left unread",
    "b517n-h095": "a placing '11:a' after a name and a comma before a time behind said as the ordinal ('elfte')",
    "b517n-h138": "a race time '21.05' after a distance of 6 km read as hours and minutes",
    "b517n-h144": "'tee 1' said 'tee en'; the number names the tee ('ett')",
    "b517n-h145": "'startgrupp 1–10' said 'en till tio'; the numbers name the groups ('ett')",
    "b518n-h030": "'ht 2026' about building works said 'höstterminen' ('hösten')",
    "b518n-h137": "an hour span and a price after it ('17–20 231 öre') read as one number in thousands",
    "b521n-h078": "a compound on a short form ('Chefsåkl.') left as written",
    "b521n-h109": "'reg.' (registrering) after a nationality left unread",
    "b522n-h007": "'7.1-ljud' (surround sound) read as a decimal ('sju komma ett')",
    "b522n-h042": "a star sign after a rating ('4,3 ★') dropped; it is 'stjärnor'",
    "b522n-h104": "a clip's length '(0:47)' read as a clock time ('noll och fyrtiosju')",
    "b522n-h146": "a TV series' season 'S4' spelled ('ess fyra'), not 'säsong fyra'",
    "b525n-h118": "'mån.' after 'per häst och' left unread ('månad')",
    "b526n-h056": "'kh' (kyrkoherde) before 'i' and a parish left spelled",
    "b526n-h145": "a lone 'P' before 'vid' (parkering) spelled",
    "b530n-h070": "two teams joined by a dash in a TV listing ('Djurgården–Hammarby') left as written; the writer said 'mot'",
    "b530n-h117": "'Kbh H' (Köpenhamn H) spelled, and the route's dash left as written",
    "b533n-h082": "'vc' (vårdcentralen) before a clinic's name spelled",
    "b533n-h086": "a duration '9:45' compared with one in minutes and seconds read as a clock time",
    "b534n-h045": "a piece of furniture's 'h 98 cm, b 110 cm, d 48 cm' left as letters ('höjd', 'bredd', 'djup')",
    "b534n-h095": "two counties joined by a slash said 'eller' (the writer: 'och'); 'kommande 12 mån' now indefinite",
    "b534n-h112": "a parcel number '#SE48213' read as a hashtag, not 'nummer'",
    "b534n-h140": "'fin.' (finansiella) left unread",
    # Session 66's opened sets normalize537-540, 543-544 (rounds b537n ... b544n, added after the session's fixes):
    # what we read, then the writer's words in brackets (readings a listener would not expect, or conventions the
    # writers of other sets split on that this writer did not list).
    "b537n-h003": "read '(k),' (the writer: '(kapten),')",
    "b537n-h020": "read 'kronor och' (the writer: 'komma'); 'öre' (the writer: 'kronor')",
    "b537n-h027": "read 'kubik-klassen' (the writer: 'cc-klassen')",
    "b537n-h028": "read 'Fis-tävling' (the writer: 'FIS-tävling'); 'och' (the writer: ''); 'sekunder' (the writer: ''); ...",
    "b537n-h031": "read 'ett' (the writer: 'en minut')",
    "b537n-h033": "read 'är' (the writer: ''); 'är' (the writer: '')",
    "b537n-h050": "read 'fyra nio två' (the writer: 'fyrahundranittiotvå')",
    "b537n-h068": "read 'fem ett noll' (the writer: 'femhundratio')",
    "b537n-h082": "read '(R)' (the writer: '(repris)')",
    "b537n-h084": "read 'Arton' (the writer: 'arton'); 'Arton' (the writer: 'arton'); 'sidan' (the writer: 'sida')",
    "b537n-h088": "read 'Sju' (the writer: 'sju'); '(del tre' (the writer: '(tre'); 'Sju' (the writer: 'sju')",
    "b537n-h099": "read 'en' (the writer: 'ett'); 'Tjugo' (the writer: 'tjugo')",
    "b537n-h100": "read 'ärr och be' (the writer: 'R&B')",
    "b537n-h107": "read 'är' (the writer: ''); 'är' (the writer: '')",
    "b537n-h121": "read 'Division ettklubben' (the writer: 'division ett-klubben')",
    "b537n-h124": "read '' (the writer: 'minut'); '' (the writer: 'minut')",
    "b537n-h128": "read 'och' (the writer: ''); 'sekunder' (the writer: ''); 'och' (the writer: ''); ...",
    "b537n-h149": "read 'ess-a' (the writer: 'ess:a'); 'sjuttioett' (the writer: 'sju ett')",
    "b538n-h028": "read 'halv-plans,' (the writer: 'halvplans,')",
    "b538n-h030": "read 'och' (the writer: '')",
    "b538n-h058": "read '' (the writer: 'per'); 'fem sju ett' (the writer: 'femhundrasjuttioett')",
    "b538n-h060": "read 'ettsp.' (the writer: 'enspaltig')",
    "b538n-h062": "read 'tjugo,' (the writer: 'och tjugo tum,')",
    "b538n-h063": "read '' (the writer: '(hona, hona, hane)'); '' (the writer: 'per')",
    "b538n-h066": "read '' (the writer: 'man')",
    "b538n-h067": "read 'fyrtio ell' (the writer: 'fyrtioliters')",
    "b538n-h076": "read 'br.,' (the writer: 'breda,')",
    "b538n-h088": "read 'är' (the writer: 'lika med'); 'är' (the writer: 'lika med')",
    "b538n-h096": "read '' (the writer: 'ägg')",
    "b538n-h125": "read 'watt' (the writer: 'watts')",
    "b538n-h144": "read 'kronor och' (the writer: 'komma noll'); 'öre' (the writer: 'kronor')",
    "b538n-h150": "read 'eller' (the writer: 'per')",
    "b539n-h126": "read 'koksalt' (the writer: 'natriumklorid')",
    "b540n-h025": "read 'tre vers' (the writer: 'tre, verserna')",
    "b540n-h034": "read 'femton vers' (the writer: 'femton, verserna')",
    "b540n-h052": "read '' (the writer: 'streck')",
    "b540n-h142": "read 'Eon-kunder' (the writer: 'E.ON-kunder')",
    "b543n-h007": "read 'bank i de.' (the writer: 'BankID.')",
    "b543n-h058": "read '(ett' (the writer: '(en'); 'Ebit' (the writer: 'EBIT')",
    "b543n-h098": "read 'Ma' (the writer: 'matte'); 'c–Ma' (the writer: 'c till')",
    "b543n-h106": "read '' (the writer: 'eller')",
    "b543n-h107": "read 'eller' (the writer: 'och')",
    "b544n-h001": "read 'tre mot ett' (the writer: 'tre–ett'); 'tjugofyratusentrehundraarton' (the writer: 'tjugofyratusen trehundraarton')",
    "b544n-h068": "read 'parkeringstillstånd.' (the writer: 'p-tillstånd.')",
    "b544n-h099": "read 'över' (the writer: ''); '' (the writer: 'plus')",
    "b544n-h146": "read '”Xiii”' (the writer: '”tretton”')",
    "b544n-h148": "read 'hashtag' (the writer: '')",
}
"""Cases known to be read wrongly today, with why: expected to fail (strictly,
so a fix shows up), never given our reading as an accepted form."""


class Case(NamedTuple):
    """One line of the evaluation set."""

    id: str
    category: str
    text: str
    accepted: list[str]


def canonical(s: str) -> str:
    """Lowercase, whitespace collapsed, trailing punctuation stripped."""
    return re.sub(r"\s+", " ", s.lower()).strip().rstrip(".,!?;: ").strip()


def load_cases(paths: tuple[Path, ...] = CASE_FILES) -> list[Case]:
    """Every case of ``paths``, in file and line order."""
    cases = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 4:
                raise ValueError(f"{path.name}:{number}: expected id, category, input and an accepted form")
            case_id, category, text, *accepted = fields
            cases.append(Case(case_id, category, text, accepted))
    return cases
