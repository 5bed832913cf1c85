"""The normalizer evaluation set, shared by tests/test_speech_eval.py and
bench/bench_normalize.py.

tests/data/normalize_cases.tsv (the cases written for the rules) and tests/data/normalize_rounds/*.tsv (one file
per blind round's set, added after its round: ``blind``, ``b2`` ... ``b10n``, ``b12n``, ``b15n``, ``b30n`` ...
``b45n``, then session 15's ``s15agree``, ``s15sections``, ``b46n``, ``b47n``), all in one format:
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
ROUNDS = ("blind", "b2", "b4", "b6", "b5n", "b7n", "b9n", "b10n", "b12n", "b15n", "b30n", "b31n", "b32n", "b33n", "b34n", "b35n", "b36n", "b37n", "b38n", "b39n", "b40n", "b41n", "b42n", "b43n", "b44n", "b45n", "s15agree", "s15sections", "b46n", "b47n", "b48n", "b49n", "s16found")
"""The blind rounds' sets in the order they were added (``normalize_rounds/<round>.tsv``)."""
CASE_FILES = (CASES_FILE, *(CASES_FILE.parent / "normalize_rounds" / f"{r}.tsv" for r in ROUNDS))
ID_FORM = re.compile(r"[a-z_]+-\d{4}|(?:blind|b2|b4|b6|b5n|b7n)-[a-z_]+-\d{3}|b(?:9|10|12|15|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45)n-[hs]\d{3}|s15a-\d{3}|s15s-\d{3}|b(?:46|47)n-[hs]\d{3}|b(?:48|49)n-[hs]\d{3}|s16f-\d{3}")
"""What an id looks like: the category it was written under, a running number
("cardinal-0042"); the blind sets' cases keep their own ids ("blind-law-004",
"b2-law-004", "b4-politics-004", "b6-council-004", "b5n-court-003", "b7n-service-004": blind sets
normalize5 and normalize7, named apart from the b5-*/b7-* extraction cases; "b9n-h004", "b10n-s017",
"b12n-h001", "b15n-s017", "b30n-h001", "b45n-s017": blind sets normalize9, 10, 12, 15 and 30-45, hard and
single-phenomenon parts; "s15s-001": session 15's own set of the paper's dense sections,
written by its fixer before the fixes, ``s15sections``; "b46n-h001", "b47n-s120": session 15's start blind
sets normalize46-47, added after its fixes; "s16f-001": session 16's set of the phenomena found on fresh
sentences, written by fixer N4 after its fixes, ``s16found``)."""

KNOWN_GAPS: dict[str, str] = {
    # Blind sets 5, 6, 7, 9, 10, 12 and 15 have none left: each gap was fixed by its phenomenon, or its row corrected
    # or given our reading where a careful newsreader says it too (the reason on a comment line above the row).
    # Session 10's sets normalize30-33 (rounds b30n-b33n, added after the session's fixes) have these: readings a
    # listener would hear wrong or confusing, never given as an accepted form (the row keeps the writer's forms).
    "b30n-h169": "the inch mark in '65”-skärm' left silent ('sextiofemtumsskärm')",
    "b30n-h223": "the sms code word 'BIO' spelled 'be i o' (the word 'bio')",
    "b30n-h224": "'#E4an' read 'E fyra an' (the definite ending said apart: 'E fyran')",
    "b30n-h311": "'ca 9 000 inv. – i dag' loses the dash's pause ('niotusen invånare i dag är siffran' runs on)",
    "b31n-h069": "the club name 'GoIF' left as written (spelled 'G O I F' or expanded)",
    "b31n-h088": "a rally crew 'Ek/Sjöberg' read as one name 'Ek Sjöberg' (the slash silent: 'Ek och Sjöberg')",
    "b31n-h141": "'repris fr. sön' read 'repris fredag söndag' ('fr.' here is 'från')",
    "b31n-h171": "'Arr:' left as written ('arrangör')",
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
    "b40n-h109": "'ÖRE' (Örebro's team code) in 'Mål ÖRE:' spelled 'ö ärr e' ('Örebro')",
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
    "b42n-h061": "'au' (arbetsutskott) after 'KS' left as a word ('K S A U' or 'kommunstyrelsens arbetsutskott')",
    "b42n-h082": "'TR' as a subject read 'tingsrätt' without its definite ending ('tingsrätten landade')",
    "b42n-h103": "'VC' (vårdcentral) spelled 've ce', heard as the toilet 'WC' ('vårdcentralen Sjödalen')",
    "b42n-h315": "two places 'Stuvsta/Snättringe' read as one 'Stuvsta Snättringe' (the slash silent: 'Stuvsta eller Snättringe')",
    "b43n-h140": "a model's letter 'PistenBully 600 W' read as the unit 'watt'",
    "b43n-h170": "'(Q4)' after 'fjärde kvartalet' read 'fjärde kvartalet' again (a repetition: 'Q fyra')",
    "b44n-h231": "'luft/vatten-värmepump' read 'luft eller vatten' (an air-to-water pump: 'luft vatten')",
    # Session 15's set of the paper's dense sections (s15sections, written by its fixer before reading the rules):
    # the lines still read wrongly after the session's fixes (the start's 24 are in the set's header).
    "s15s-018": "an ad's clipped participle 'möbl.' before the next item's price: the stop's pause lost",
    "s15s-035": "an ad's clipped participle 'nybes.' before the price: the stop's pause lost",
    "s15s-233": "a wind's direction written 'W' (west) spelled 'dubbelve'",
    "s15s-260": "a sea report's wind letter after a colon ('Bottenhavet: N 5–8') spelled 'enn' ('nord')",
    "s15s-263": "a shooter's hits '10/10' after a comma, not a name, read as a date 'tionde oktober' ('tio av tio')",
    # Session 15's start held-out sets normalize46-47 (rounds b46n, b47n; normalize46's failures were read by the
    # session lead, normalize47 never read by a fixer), added after the session's fixes: readings a listener would
    # hear wrong or confusing, never given as an accepted form (the row keeps the writer's forms).
    "b46n-h076": "'jfr' before a law reference ('jfr 28 kap. 2 a § BrB') read 'jämfört med' (a cross-reference: 'jämför')",
    "b46n-h094": "a ferry berth's number 'färjeläge 1' read 'en' ('färjeläge ett')",
    "b46n-h099": "the app's name 'Bruksvik 24/7' read 'Bruksvik dygnet runt' ('tjugofyra sju')",
    "b46n-h140": "a span of seasons '1979/80–1983/84' read 'åttio-tusenniohundraåttiotre' ('sjuttionio åttio till åttiotre åttiofyra')",
    "b46n-h155": "a compass letter before 'om' ('3 km S om Bruksvik') read 'syd om' ('söder om')",
    "b46n-h159": "'jfr tidigare år' (a see-also) read 'jämfört med tidigare år' ('jämför')",
    "b46n-h166": "'ev.' before a neuter noun read 'eventuell pimpelspö' ('eventuellt')",
    "b46n-h201": "the hashtag '#BIFlive' left as written (its capitals spelled: 'hashtag be i eff live')",
    "b46n-h205": "a penalty tally '4/5' after 'mot' read as a date 'fjärde maj' ('fyra av fem')",
    "b46n-h232": "a compass letter before 'om' ('N om 64° N') read 'nord om' ('norr om')",
    "b46n-h240": "'WC/dusch' read 'dubbelve ce dusch' (the slash silent: 'och') and '(TM/TT)' spelled 'te emm te te' ('tvättmaskin och torktumlare')",
    "b46n-h278": "a car's inspection month 'besiktigad t.o.m. 10/25' read 'tio tjugofem' ('oktober tjugofem')",
    "b46n-h294": "a score 'förlorade med 2–5' read as a range 'två till fem' ('två mot fem')",
    "b46n-h319": "'jfr' before a law reference ('jfr 5 § brottsskadelagen') read 'jämfört med' (a cross-reference: 'jämför')",
    "b47n-h084": "a law's lettered paragraph span '13–18 h §§' read 'tretton till arton timmar §§' ('h' a unit, the '§§' left)",
    "b47n-h107": "the street's short form 'N:a Hamngatan' left as written ('Norra Hamngatan')",
    "b47n-h118": "a boat's registration 'SSM 123456' read as a number 'hundratjugotretusen...' (digit by digit)",
    "b47n-h123": "a position 'N 58° 21′, E 11° 14′' read 'enn ... tjugoett′, E ...' ('nord ... minuter, öst ...')",
    "b47n-h131": "an MMSI number '265 123 450' read as a number 'tvåhundrasextiofem miljoner...' (its digits or groups)",
    "b47n-h137": "a race distance after 'de' ('de 14,2 km') read 'kilometer', not the definite 'kilometerna'",
    "b47n-h149": "the dinghy class 'OK-jolle' read 'okej-jolle' ('o kå-jolle')",
    "b47n-h165": "'bj 1890' (byggår) left as written",
    "b47n-h176": "'under jan' (a clipped month) left as written ('januari')",
    "b47n-h209": "the clipped unit's stop in 'l/tim. i marschfart' kept as a sentence end ('liter i timmen. i marschfart')",
    "b47n-h257": "'jfr förra sommarens kontantkaos' (a see-also) read 'jämfört med' ('jämför')",
    "b47n-h262": "'s.k.' before a singular common noun read 'så kallade strukturrationalisering' ('så kallad')",
    "b47n-h296": "the name 'Nordens Ark' spelled 'a ärr kå' ('Nordens Ark-konserten')",
    "b47n-h315": "'4-takt' read 'fyratakt' ('fyrtakt')",
    "b47n-h319": "a count '112' read as the emergency number 'ett ett två' ('hundratolv')",
    # Session 15's end-of-session held-out sets normalize48-49 (rounds b48n, b49n, added after the session's fixes):
    # readings a listener would hear wrong or confusing, never given as an accepted form (the row keeps all the
    # writer's forms).
    "b48n-h040": "'exp.' (expeditionen) left as written ('exp')",
    "b48n-h151": "a division's roman 'I' in 'div. I' left as the letter ('division ett')",
    "b48n-h161": "'ref.' in a court reference read 'referens' (the court's 'referat')",
    "b48n-h261": "a section number '8:2' read 'åtta: två', its colon a stop ('åtta kolon två')",
    "b48n-h268": "'etc. – allt för' loses the dash's pause ('etcetera allt för' runs on)",
    "b48n-h283": "'2 e.m./v.' read 'två eftermiddag vecka' ('två eftermiddagar i veckan')",
    "b48n-h294": "the genitive 'SUS:s' read 'ess u ess' without its 's' ('ess u ess:s')",
    "b48n-h316": "a furniture's measures 'B 160 × D 50 × H 96' read by their letters 'be', 'de', 'hå' ('bredd', 'djup', 'höjd')",
    "b49n-h045": "a goal's score in a goal list '0–1 Nilsson' read 'noll streck ett' ('noll ett' or 'noll mot ett')",
    "b49n-h046": "a placing '1:a' after 'legat' read 'första' ('legat etta')",
    "b49n-h070": "'KF' (kommunfullmäktige) after 'i' read 'kå effektiv ränta'",
    "b49n-h117": "'reg.' (registrering) before a plate left as written ('reg')",
    "b49n-h186": "'Förf.' as a subject read 'Författare' without its definite ending ('Författaren har skrivit')",
    "b49n-h190": "'vid stn.' read 'vid station' without its definite ending ('vid stationen')",
    "b49n-h214": "'leg.' as a noun read 'legitimerad' ('legitimation krävs')",
    "b49n-h284": "the clipped 'eftr.' read 'efter' keeping its stop: a sentence break inside 'efter klockan sjutton'",
    "b49n-h313": "the airport codes '(ICAO: ESOE)' read as words 'Icao', 'Esoe' (spelled 'e ess o e')",
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
