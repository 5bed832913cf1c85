"""Session 17 (N8, speed): patterns that run on most lines open with a literal or one class (re scans for
those first characters in C and tries the rest only there; a pattern opening with an assertion, a repeat,
or alternatives that do not each open with a literal is tried in full at every position), and the gates
put before a pattern let through every line the pattern reads. Sentences written after the change, with
other words and numbers than the evaluation set's."""

from __future__ import annotations

import importlib
import re

import pytest

from audiocast.speech import normalize

# (module, pattern): each opened with a lookbehind, a repeat or a group before session 17
_FAST = [
    ("compass_places", "_HINT"), ("standards", "_HINT"), ("mixed_capitals", "_END_HINT"), ("admin", "_WORDS"),
    ("admin", "_LAW_CHAPTER_HINT"), ("numerals", "_NAME_NUMBER"), ("symbols", "_WORD_SLASH"),
    ("letter_pairs", "_HYPHEN_LETTER"), ("letter_pairs", "_COLON_CAPITALS"), ("found_numbers", "_DAY_CLOCK_GATE"),
    ("rates", "_RATE_GATE"), ("label_words", "_LABEL_GATE"), ("racing", "_HUNDREDTHS_HINT"),
    ("racing", "_COLON_MS_HINT"), ("cleanup", "_DIGIT_EN_DASH"), ("slash_units", "_PER_NUMBER"),
    ("symbols", "_WORD_SLASH_SHORT"), ("symbols", "_PER_PERIOD"), ("symbols", "_SIGNED_PAIR"),
    ("symbols", "_ROAD_DEFINITE"), ("acronym_context", "_TEAM_CODE"), ("designations", "_MILITARY"),
    ("letter_pairs", "_CLASS_LABEL"), ("short_measures", "_ROAD_POSITION"), ("parts", "_SPAN_GATE"),
    ("ship_prefixes", "_SHIP"), ("age_class_pairs", "_PAIR"), ("stat_pairs", "_NAMED"), ("results", "_FAR_RESULT"),
    ("noun_slashes", "_PLACES"), ("noun_slashes", "_FITTINGS"),
]


@pytest.mark.parametrize(("module", "name"), _FAST)
def test_pattern_opens_with_what_re_scans_for(module: str, name: str) -> None:
    parser = pytest.importorskip("re._parser")  # (CPython's own compiler: what it computes is the test)
    compiler = pytest.importorskip("re._compiler")
    pattern = getattr(importlib.import_module(f"audiocast.speech.rules.{module}"), name)
    tree = parser.parse(pattern.pattern, pattern.flags)
    prefix = compiler._get_literal_prefix(tree, pattern.flags)[0]
    assert prefix or compiler._get_charset_prefix(tree, pattern.flags), f"{module}.{name} is tried at every position"


@pytest.mark.parametrize(("written", "spoken"), [
    # a clock time after a day's name (the gate: the name's end looked back at from the space)
    ("Midsommardagen 11.00 friluftsgudstjänst vid kyrkan.", "Midsommardagen klockan elva friluftsgudstjänst vid kyrkan."),
    ("Trettondagsafton 18:30 bön i kapellet.", "Trettondagsafton klockan arton och trettio bön i kapellet."),
    # a rate (the gate: the slash and a denominator)
    ("Pumpen ger 40 l/min vid full last.", "Pumpen ger fyrtio liter per minut vid full last."),
    ("Han simmade 2 ggr/vecka hela vintern.", "Han simmade två gånger i veckan hela vintern."),
    # a label word (the gate: its last capital and the colon)
    ("Sedan kom beskedet. BIO: Ny film på fredag.", "Sedan kom beskedet. Bio: Ny film på fredag."),
    # race times (the gates: ".08,7" and "1:41")
    ("Loppet tog 3:41:07 för segraren.", "Loppet tog tre timmar fyrtioett minuter och sju sekunder för segraren."),
    ("Hon sprang 5 km på 19:42 i går.", "Hon sprang fem kilometer på nitton minuter och fyrtiotvå sekunder i går."),
    # the patterns opened otherwise
    ("Pbv 302 rullade in.", "pansarbandvagn trehundratvå rullade in."),
    ("Kl. B spelar i dag.", "Klass be spelar i dag."),
    ("Olyckan vid km 23/600 stoppade trafiken.", "Olyckan vid kilometer tjugotre plus sexhundra stoppade trafiken."),
    ("Göteborg-12 vann", "Göteborg-tolv vann"),  # (session 57: a word keeps the hyphen before its number)
    ("enligt BrB 4:6 är det brott", "enligt brottsbalken fyra kolon sex är det brott"),
    ("i NO Skåne och Mell. Sverige", "i nordöstra Skåne och Mellersta Sverige"),
    ("Hon läste ISO 14001 och SS-EN 1090.", "Hon läste iso fjortontusenett och ess ess e enn tusennittio."),
    ("Tröjan har storlek P/F 12 och uppåt.", "Tröjan har storlek pe eff tolv och uppåt."),
    ("Nya m/s Ljusö lade till vid kajen.", "Nya emm ess Ljusö lade till vid kajen."),
    ("Ek 9 mål/4 assist och Lind 3 mål/7 assist.", "Ek nio mål och fyra assist och Lind tre mål och sju assist."),
    ("Vi vann med 4–2 borta mot Boden.", "Vi vann med fyra mot två borta mot Boden."),
    ("Lägenheten har WC/dusch och kyl/frys.", "Lägenheten har ve ce och dusch och kyl och frys."),
    ("Bor i Gustavsberg/Hemmesta sedan i fjol.", "Bor i Gustavsberg eller Hemmesta sedan i fjol."),
])
def test_gated_rules_still_read(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_possessive_word_before_a_hyphen_or_slash_matches_as_before() -> None:
    # "\w++-" gives no letter back: a hyphen or slash can only follow the whole word
    name = importlib.import_module("audiocast.speech.rules.numerals")._NAME_NUMBER
    old = re.compile(r"(?<![\w-])(?P<w>[A-Za-zÅÄÖåäö][\wåäöÅÄÖ]+)-(?P<n>\d{1,3})(?![\w-]|[.,:]\d)")
    for text in ("Linje-4 och Väg-23 mot x-9", "Buss-12a, -Arena-5", "Sjö-1000 vid Ö-7"):
        assert [m.groupdict() for m in name.finditer(text)] == [m.groupdict() for m in old.finditer(text)]
