"""The rules' cheap tests (gates) only save time: they never skip a pattern where it applies.

Many rules run a pattern only when a cheap search finds what every match of it holds (a digit, a
point and a digit; a day before a month's stem; one of the short forms a rule reads). Such a
gate must be a necessary condition: with every gate held open, the normalizer must read every
line of the evaluation set exactly as it does with the gates. A gate that wrongly skips a line
(a pattern narrowed, a short form added to a table but not to its gate) shows up here as the
line read differently.
"""

from __future__ import annotations

import importlib
import re

import pytest
from speech_cases import load_cases

from audiocast.speech import normalize

GATE_PATTERNS = {
    "calendar": ("_DAY_BEFORE_MONTH", "_DIGIT_SLASH_DIGIT", "_DIGIT_DOT_DIGIT", "_MONTH_STEM", "_WEEKDAY_STEM",
                 "_CLOCK_SHAPE", "ISO_HINT"),
    "quantities": ("_POINT_IN_NUMBER", "_THREE_DECIMALS", "_MONEY_HINT", "_PERCENT_HINT", "_COMPASS_HINT"),
    "numerals": ("_POINT_IN_NUMBER",),
    "roman": ("_ROMAN_DIGIT",),
    "smallprint": ("_TAIL_HINT", "_YEAR_AFTER_WORD", "_SUNDAY_HINT"),
    "daymonth": ("_DAY_PART_HINT", "_DAY_DOT_MONTH", "_MONTH_AFTER_SPACE"),
    "contact": ("_DOT_IN_WORD", "_CALL_WORD"),
    "admin": ("_DOT_DIGIT", "_NEW_PLATE", "_COURT_CASE_HINT"),
    "words": ("_MIXED_CASE_HINT", "_THREE_CAPITALS_AFTER_SPACE", "LETTER_RANGE_HINT"),
    "rates": ("_MORE_HINT",),
    "readings": ("_GENRE_HINT", "_JOINED_HINT", "_TITLE_HINT", "_MORE_HINT", "_PROFESSION_HINT", "_LICENCE_HINT"),
    "letter_pairs": ("_INITIALS_HINT", "_SURNAME_INITIAL_HINT", "_CLUB_O_HINT", "_MODEL_HINT"),
    "thousands": ("_GATE",),
    "signed_ranges": ("_GATE",),
    "sport": ("_PLACING_HINT", "_CHESS_HINT", "_SCORE_BEFORE_TEAM"),
    "shortforms": ("_LABEL_ONE_HINT", "ENDING_HINT"),
    "cleanup": ("_DASH_BEFORE_SPACE",),
    "codes": ("_IBAN_HINT",),
    "designations": ("_CLASS_RANGE_HINT",),
    "symbols": ("_TIMES_HINT", "_FRACTION_HINT"),
    "letter_grades": ("_HINT",),
    "personal": ("_SIX_DIGITS",),
    "weekdays": ("_ALONE_HINT",),
    "short_measures": ("_UNIT_AFTER_SPACE",),
    "listings": ("_TEAM_AFTER_DASH",),
    "weeklists": ("_DAY_WORD",),
    "bible": ("_VERSE_HINT",),
    "results": ("_THREE_DIGIT_PAIR", "_BARE_NOTE_HINT"),
}
"""Module (under audiocast.speech.rules) -> the compiled patterns it uses only as gates."""

_OPEN = re.compile("")
"""A gate held open: its search finds a match in every line."""


@pytest.fixture(scope="module")
def lines() -> list[str]:
    texts = [case.text for case in load_cases()]
    # every other line, and some in capitals and in small letters: the gates that look for a case see both
    return texts[::2] + [t.upper() for t in texts[1::14]] + [t.lower() for t in texts[5::14]]


def test_gates_are_patterns() -> None:
    """Every gate named above exists and is a compiled pattern (a renamed gate fails here, not silently)."""
    for module, names in GATE_PATTERNS.items():
        mod = importlib.import_module(f"audiocast.speech.rules.{module}")
        for name in names:
            assert isinstance(getattr(mod, name), re.Pattern), f"{module}.{name}"


def test_open_gates_read_every_line_alike(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with_gates = [normalize(t) for t in lines]
    for module, names in GATE_PATTERNS.items():
        mod = importlib.import_module(f"audiocast.speech.rules.{module}")
        for name in names:
            monkeypatch.setattr(mod, name, _OPEN)
    readings = importlib.import_module("audiocast.speech.rules.readings")
    monkeypatch.setattr(readings, "_any_hint", lambda low: True)
    without = [normalize(t) for t in lines]
    differ = [(t, a, b) for t, a, b in zip(lines, with_gates, without, strict=True) if a != b]
    assert not differ, f"{len(differ)} lines read differently with the gates open, e.g. {differ[:3]}"


def test_a_closed_gate_is_seen(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: a gate that skips too much (here the day-and-month gate shut)
    changes how lines are read."""
    calendar = importlib.import_module("audiocast.speech.rules.calendar")
    sample = [t for t in lines[:3000] if re.search(r"\d (?:maj|juni|mars)\b", t)][:50]
    assert sample
    before = [normalize(t) for t in sample]
    monkeypatch.setattr(calendar, "_DAY_BEFORE_MONTH", re.compile(r"(?!)"))
    assert [normalize(t) for t in sample] != before


@pytest.mark.parametrize("module", ["rooms", "labelled"])
def test_written_out_word_gates_know_every_gate_word(module: str) -> None:
    """A gate written out as a chain of "in" tests (rooms, labelled) finds each word of its table, and
    only lines that hold one: a word added to _GATE_WORDS but not to the chain fails here."""
    mod = importlib.import_module(f"audiocast.speech.rules.{module}")
    for word in mod._GATE_WORDS:
        assert mod._has_gate_word(f"xx {word} 12"), word
    assert not mod._has_gate_word("Mötet börjar 14.30 i morgon.")


def test_cleanup_gates_of_one_or_two_needs_are_substring_tests() -> None:
    """cleanup._any_of answers as the search it replaces, for one, two and more needs."""
    cleanup = importlib.import_module("audiocast.speech.rules.cleanup")
    for needs in ((",",), (":s",), (".,", ".;"), ("/", "-"), ("[", "]", "{", "}")):
        gate = cleanup._any_of(*needs)
        for text in ("a, b", "Co:s", "slut.,", "x.;y", "a/b", "a-b", "[x]", "{", "inget här", ""):
            assert bool(gate(text)) == any(n in text for n in needs), (needs, text)


def test_prev_words_near_window_reads_as_the_wide_one(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """machinery.prev_words looks a short way back first; its words are those of the wide window."""
    machinery = importlib.import_module("audiocast.speech.rules.machinery")
    # lines, and lines joined five by five (long ones: the wide window cut inside a word too)
    texts = lines[:1000] + [" ".join(lines[i : i + 5]) for i in range(0, 1500, 5)]
    matches = [m for t in texts for m in re.finditer(r"\S+", t)]
    assert len(matches) > 10_000 and sum(m.start() > 200 for m in matches) > 500
    fast = [machinery.prev_words(m, n) for m in matches for n in (1, 2, 3, 6)]
    monkeypatch.setattr(machinery, "_NEAR", 10**9)  # the near window never taken
    assert fast == [machinery.prev_words(m, n) for m in matches for n in (1, 2, 3, 6)]


def test_run_pipeline_follows_a_swapped_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_pipeline keeps each rule's digit flag from the last PIPELINE it ran; another PIPELINE or
    NEEDS_DIGIT (a test's swap) is read at the next call."""
    rules = importlib.import_module("audiocast.speech.rules")
    line = "Mötet börjar 14.30 i sal 3."
    full = normalize(line)
    monkeypatch.setattr(rules, "PIPELINE", (rules.tidy,))
    assert normalize(line) == line
    monkeypatch.setattr(rules, "PIPELINE", (rules.clock_times, rules.tidy))
    assert "fjorton" in normalize(line)
    monkeypatch.setattr(rules, "NEEDS_DIGIT", frozenset())
    assert "fjorton" in normalize(line)
    monkeypatch.undo()
    assert normalize(line) == full


@pytest.mark.parametrize("before", [r"\w", r"\w.:/@-"])
def test_word_start_finds_what_the_lookbehind_alternation_finds(lines: list[str], before: str) -> None:
    """machinery.word_start (the lookbehind after each first letter, a fast scan) matches where
    (?<![before])(?:alternation) does, with the same spans, on every line (and on words glued to words)."""
    machinery = importlib.import_module("audiocast.speech.rules.machinery")
    calendar = importlib.import_module("audiocast.speech.rules.calendar")
    racing = importlib.import_module("audiocast.speech.rules.racing")
    tables = [list(calendar._WEEKDAY_STEMS), list(racing._PLACING_NOUNS), ["a", "ab", "abc", "b", "S", "S:t", "t.ex.", ".5"]]
    texts = lines[:2000] + ["xtis tis. tisdag,ab abc-a S:t St.t.ex. t.ex..5 a.5"]
    for words in tables:
        fast = re.compile(machinery.word_start(words, before))
        plain = re.compile(f"(?<![{before}])(?:{machinery.alternation(words)})")
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (words, text)


def test_emoji_gate_reads_every_line_alike(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """clean runs its emoji pattern only on a line with a character past U+00FF (cleanup._beyond_latin1):
    held open, every line reads alike; a line that its earlier clean-ups empty passes it too."""
    cleanup = importlib.import_module("audiocast.speech.rules.cleanup")
    texts = lines[:3000] + ["\u200b", "\u00ad\u200b", "å\u200b", "Hej ❤️ dig 😀", "▶ Se klippet", "1️⃣ Ta med"]
    with_gate = [normalize(t) for t in texts]
    index = next(i for i, entry in enumerate(cleanup._CLEAN) if entry[2] is cleanup._beyond_latin1)
    opened = list(cleanup._CLEAN)
    opened[index] = (*opened[index][:2], None)
    monkeypatch.setattr(cleanup, "_CLEAN", opened)
    assert [normalize(t) for t in texts] == with_gate
    assert with_gate[-6:] == ["", "", "å", "Hej dig", "Se klippet", "Ett Ta med"]


GATE_OF = {
    ("short_measures", "_UNIT_AFTER_SPACE"): [("short_measures", "_AFTER_WORD")],
    ("daymonth", "_MONTH_AFTER_SPACE"): [("daymonth", "_DASH_DATE")],
    ("letter_pairs", "LETTER_RANGE_HINT"): [("letter_pairs", "LETTER_RANGE")],
    ("letter_endings", "ENDING_HINT"): [("shortforms", "_SPELLED_ENDING"), ("shortforms", "_LEXICON_ENDING")],
    ("listings", "_TEAM_AFTER_DASH"): [("listings", "_FIXTURE"), ("listings", "_FIXTURE_ALONE")],
    ("weeklists", "_DAY_WORD"): [("weeklists", "_AMBIGUOUS_DAY")],
    ("sport", "_SCORE_BEFORE_TEAM"): [("sport", "_SCORE_BETWEEN_TEAMS")],
    ("bible", "_VERSE_HINT"): [("bible", "_BIBLE")],
    ("results", "_BARE_NOTE_HINT"): [("results", "_BARE_NOTE")],
    ("letter_pairs", "_MODEL_HINT"): [("letter_pairs", "_MODEL")],
    ("smallprint", "_SUNDAY_HINT"): [("smallprint", "_CHURCH_SUNDAY")],
    ("daymonth", "ISO_HINT"): [("calendar", "_ISO_DATE"), ("calendar", "_ISO_DATE_RANGE"), ("calendar", "_ISO_MONTH")],
}
"""Session 14's gates -> the patterns each one guards: wherever a guarded pattern matches, its gate finds a match."""

GATED_EXAMPLES = [
    "Ett halvt kg kantareller och några km till.", "ett par dl grädde", "Tre kvarts tim senare",
    "kl. 22.00–fjärde maj", "2024–trettonde december", "i maj - första juni",
    "Ringvägen 5 A–C", "Storgatan 12 B - D", "övning 3 a–c", "gps:en", "Cd:n och pdf:erna", "Ufo:t", "Nato:s",
    "Allsvenskan i dag: AIK–Djurgården 15.00", "Fotboll: Champions League. Real Madrid–Liverpool.",
    "Sön +9°. Mån +11°", "Tors regn, Fre uppehåll", "mån. tors.", "IFK Hässleholm 2 – 0 Höllvikens GIF.",
    "Malmö FF 3-1 Hammarby", "Joh 3:16", "Matt. 5:3-12", "1 Kor 13:4", "Kalix–Piteå 3–2 sd", "4-3 ÖT i finalen",
    "2024-05-25", "2021-03-01–2022-06-30", "2026-03 i kassan", "en Bv 206 till salu",
    "Gudstjänst 4 sönd. e. påsk", "2:a söndagen i advent", "3 Sön i fastan",
]


def test_new_gates_hold_wherever_their_patterns_match(lines: list[str]) -> None:
    """A gate of session 14 is a necessary condition of every pattern it guards: on every line of the
    evaluation set (and its capitals and small letters) and on written examples, a line the pattern
    matches is a line the gate lets through. A gate narrowed, or a pattern widened past its gate, fails
    here; the examples make sure each pattern is seen to match at least once."""
    texts = lines + GATED_EXAMPLES + [t.lower() for t in GATED_EXAMPLES] + [t.upper() for t in GATED_EXAMPLES]
    for (gate_module, gate_name), guarded in GATE_OF.items():
        gate = getattr(importlib.import_module(f"audiocast.speech.rules.{gate_module}"), gate_name)
        for module, name in guarded:
            pattern = getattr(importlib.import_module(f"audiocast.speech.rules.{module}"), name)
            matched = [t for t in texts if pattern.search(t)]
            assert matched, f"{module}.{name} matches none of the examples"
            missed = [t for t in matched if not gate.search(t)]
            assert not missed, f"{gate_module}.{gate_name} shuts out {module}.{name} on {missed[:3]}"


def test_per_unit_opens_with_its_character(lines: list[str]) -> None:
    """quantities._PER_UNIT opens with its first character (white space, a slash, the "p" of "per"), the
    lookbehinds after it: the same spans as the lookbehind-led pattern it replaces, on every line."""
    quantities = importlib.import_module("audiocast.speech.rules.quantities")
    fast = quantities._PER_UNIT
    plain = re.compile(fast.pattern.replace(r"(?:\s(?<=[^\W\d]\s)/\s?|/(?<=[^\W\d]/)\s?|p(?<!\wp)er\s)",
                                            r"(?:(?<=[^\W\d])\s?/\s?|(?<![\w])per\s)", 1))
    assert plain.pattern != fast.pattern
    texts = lines + ["korn/m³", "CO2 / km", "protein/100 g", "per m³", "super m³", "3/m²", "x /m²", "é/km", "_/km"]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_subject_stems_gate_is_the_substring_test(lines: list[str]) -> None:
    """words._SUBJECT_BEFORE_STEMS (one search of the stems' alternation) finds a stem where the
    test of each stem as a substring did, and only there."""
    words = importlib.import_module("audiocast.speech.rules.words")
    stems = {w[:6] for w in words.SUBJECT_BEFORE} | {w[:6].capitalize() for w in words.SUBJECT_BEFORE}
    texts = lines + [f"xx {w} i SO" for w in sorted(stems)]
    assert sum(1 for t in texts if words._SUBJECT_BEFORE_STEMS.search(t)) >= len(stems)
    for text in texts:
        assert bool(words._SUBJECT_BEFORE_STEMS.search(text)) == any(w in text for w in stems), text


def test_street_short_opens_with_its_capital(lines: list[str]) -> None:
    """words._STREET_SHORT opens with the street name's capital, the word boundary after it: the same
    spans as the \\b-led pattern it replaces, on every line and on cut street names."""
    words = importlib.import_module("audiocast.speech.rules.words")
    plain = re.compile(r"\b(?P<w>[A-ZÅÄÖ][a-zåäö]{1,})(?P<s>g|v)\.(?=\s?\d|\s[a-zåäö])")
    texts = lines + ["Storg. 5", "på Kungsg. pågår", "xStorg. 5", "_Storg. 5", "(Storg. 5)", "Åg. 3", "éKungsv. 12"]
    assert any(words._STREET_SHORT.search(t) for t in texts)
    for text in texts:
        assert [m.span() for m in words._STREET_SHORT.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize(("name", "plain"), [
    ("_KN", r"(?<![\w.-])kn\b(?![.-]\w)"),
    ("_FLAT", r"(?<![\w.,:])(?P<n>[1-9]):a(?![\w])"),
])
def test_small_print_patterns_open_with_their_character(lines: list[str], name: str, plain: str) -> None:
    """smallprint's _KN and _FLAT open with their first character, the lookbehind after it: the same
    spans as the lookbehind-led patterns they replace."""
    smallprint = importlib.import_module("audiocast.speech.rules.smallprint")
    fast, slow = getattr(smallprint, name), re.compile(plain)
    texts = lines + ["Falu kn", "x.kn", "-kn", "akn", "kn", "Uthyres: 2:a i Brunnsbo", "12:a", ",2:a", "2:an", ":2:a"]
    assert any(fast.search(t) for t in texts)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text


@pytest.mark.parametrize(("module", "name", "fast_head", "plain_head"), [
    ("contact", "_PHONE_INTL", r"(?:\+(?<![\w+]\+)(?<!\d \+)\s?|0(?<![\w+]0)(?<!\d 0)0(?=[1-9]))",
     r"(?<![\w+])(?<!\d )(?:\+\s?|00(?=[1-9]))"),
    ("racing", "_RACE_H_COLON_MS", r"(?P<h>\d)(?<![\w.,:]\d):", r"(?<![\w.,:])(?P<h>\d):"),
])
def test_session_14_patterns_open_with_their_character(lines: list[str], module: str, name: str, fast_head: str,
                                                      plain_head: str) -> None:
    """A pattern of session 14 that opens with its first character, its lookbehinds after it, finds the
    same spans as the lookbehind-led form it replaces (its head swapped back), on every line and on
    written cases around the lookbehinds."""
    fast = getattr(importlib.import_module(f"audiocast.speech.rules.{module}"), name)
    assert fast.pattern.startswith(fast_head) or fast.pattern.startswith(fast_head, fast.pattern.index("(")), name
    plain = re.compile(fast.pattern.replace(fast_head, plain_head, 1))
    assert plain.pattern != fast.pattern
    texts = lines + ["Ring +46 70 123 45 67", "0046 8 123 456", "x+46 70 123 45", "++46 70 123 45", "5 +46 70 123 45",
                     "5 0046 8 123 456", "a0046 8 123 456", "tid 2:14.33,4 i mål", "x2:14.33,4", ",2:14.33,4", "12:14.33,4"]
    assert any(fast.search(t) for t in texts)
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_has_digit_answers_as_the_digit_search(lines: list[str]) -> None:
    """machinery.has_digit (the ASCII digits by "in", Latin-1 lines no further) finds what \\d finds, Unicode
    decimal digits past U+00FF too ("٣", "３"), and not the Latin-1 numbers that are no decimal digits ("²", "½")."""
    machinery = importlib.import_module("audiocast.speech.rules.machinery")
    texts = lines + ["Sida \u0663", "rum \uff13", "m² och ½ kg", "– ingen siffra –", "", "0", "åäö 9"]
    assert [machinery.has_digit(t) for t in texts] == [re.search(r"\d", t) is not None for t in texts]


def test_last_first_finds_the_lines_the_alternation_finds(lines: list[str]) -> None:
    """machinery.last_first (each word's last character first, the word looked behind) passes the lines an
    alternation of the words passes (clipped_counts' gate, and words of several last characters and lengths)."""
    machinery = importlib.import_module("audiocast.speech.rules.machinery")
    clipped = importlib.import_module("audiocast.speech.rules.clipped_counts")
    tables = [sorted(clipped._WRITTEN), ["avg.", "port.", "ssk", "Ö", "km/h", "a b"]]
    texts = lines[:3000] + ["3 avg. och 2 port.", "ssk; Ö. km/h a b", "avgång. Port"]
    for words in tables:
        fast = re.compile(machinery.last_first(words))
        plain = re.compile(machinery.alternation(words))
        assert [fast.search(t) is not None for t in texts] == [plain.search(t) is not None for t in texts], words
