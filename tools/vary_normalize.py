"""Robustness of the Swedish normalizer by variation: the evaluation set's passing rows written another way.

Run by hand: ``.venv/bin/python tools/vary_normalize.py [-v] [--class NAME] [--limit N] [--json FILE]``.

For every row of the evaluation set (tests/data/normalize_cases.tsv and tests/data/normalize_rounds/*.tsv, read
through tests/speech_cases.py) that the normalizer reads right today, it writes surface variants a newspaper writes
too and that must be read the same, or predictably otherwise, and counts how many are read differently, by class:

- ``dash:*``: a dash between two numbers as an en dash, a hyphen, or an en dash with spaces ("4–2", "4-2",
  "4 – 2"): the same words (a hyphen is not spaced, it is an identifier's as often as a range's; a spaced dash is
  not varied, it is often a pause);
- ``space:*``: a thousands separator as a no-break, thin or narrow no-break space ("12 500"): the same words;
- ``clock:*``: "kl 14" / "kl. 14" / "klockan 14" / "Kl." and a time's point as a colon ("14.30", "14:30"), a
  whole hour with its zero minutes ("14" -> "14.00"): the same words;
- ``abbr:*``: a short form with and without its stops ("ca"/"ca."/"c:a", "bl.a."/"bl a"/"bl. a.", ...), and
  capitalised where it opens the sentence ("Ca", "Enl."): the same words;
- ``unit:*``: a unit's case ("Mkr"/"mkr"/"MKR", "kWh"/"kwh"): the same words;
- ``number:*``: a number standing alone changed to another value of the same shape (digits, trailing zeros, a
  possible day of the month stays one, a range keeps its order): our reading and the accepted forms with the
  number's words replaced by the new value's, said by audiocast's own ``cardinal`` (``ordinal`` and ``year`` where
  the old value was said so); a row whose old value is not said exactly once, one way, in our reading is not
  varied;
- ``start:*``: the sentence cut so a short form or a clock word opens it ("Kl. 19 spelar ...", "Bl.a. ..."): the
  accepted forms from the short form's words on (where those words occur once);
- ``form:*``: the same thing in another newspaper's spelling: a percent sign spaced, unspaced or written
  "procent" ("5 %", "5%", "5 procent"); millions of kronor as "Mkr", "mnkr", "milj. kr" or "miljoner kr"; a
  four-digit sum in kronor with its group space, without it or with a point ("2 000 kr", "2000 kr", "2.000 kr");
  a one-digit clock hour with its zero ("kl. 9" -> "kl. 09"); a day and month after "den" with a slash, a point
  or the month's short form ("den 10/12", "den 10.12", "den 10 dec."): the same words;
- ``ordinal:colonless``: an ordinal written without its colon where a small word follows ("3:e plats" -> "3e
  plats"): the same words (read so only in a context of ordinals, see ``numerals.ordinals``: a row without one
  is listed; the placing nouns "trea"/"tvåa" of "kom 3:a" are kept by the rule too);
- ``wrap:*``: the sentence in quotation marks or parentheses, or with a sentence before or after it: the same
  words (punctuation ignored in this class only; a line opening with a quote's dash is not wrapped).

A short form whose stop was the sentence's too ("... osv. Samling") is not written without it. What is left read
differently is mostly the tool's own limits (a cut that loses the label a number needs: "mål nr 1234-24" -> "Nr
1234-24"; a gender a cut loses: "S.k. mötesplats"; quotation marks inside quotation marks), listed with ``-v``.

Output and accepted forms are compared as the evaluation does (tests/speech_cases.canonical). ``-v`` lists each
variant read differently with its row id, the variant, what was read and the first expected form.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from speech_cases import KNOWN_GAPS, Case, canonical, load_cases  # noqa: E402

from audiocast.speech import normalize  # noqa: E402
from audiocast.speech.numbers import cardinal, ordinal, year  # noqa: E402


class Variant(NamedTuple):
    """One rewritten row: its class, the new input and the forms it must be read as."""

    kind: str
    text: str
    accepted: tuple[str, ...]


NUM = r"\d+(?:,\d+)?"
DASHED = re.compile(rf"(?<![\d/.:,–-])({NUM})(\s?[–-]\s?)({NUM})(?![\d/.:,–-]|\s[–-]\s?\d)")
SPACED_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3})((?: \d{3})+)(?![\d,])")
KL = re.compile(r"\b([Kk])(l\.?|lockan)(\s)(\d{1,2})(?:([.:])(\d\d))?\b(?![.:,]\d)")
TIME_POINT = re.compile(r"\b(kl\.?|klockan|Kl\.?|Klockan)(\s\d{1,2})\.(\d\d)\b(?!\.\d)")

ABBREVIATIONS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # (how each is matched, the spellings a newspaper uses, the words it is said as (where it opens a cut))
    (r"ca\.?|c:a", ("ca", "ca.", "c:a"), "cirka"),
    (r"bl\.\s?a\.|bl a|bl\.a", ("bl.a.", "bl a", "bl. a."), "bland annat"),
    (r"t\.\s?ex\.|t ex|t\.ex", ("t.ex.", "t ex", "t. ex."), "till exempel"),
    (r"d\.v\.s\.|dvs\.?", ("dvs", "dvs.", "d.v.s."), "det vill säga"),
    (r"o\.s\.v\.|osv\.?", ("osv", "osv.", "o.s.v."), "och så vidare"),
    (r"p\.g\.a\.|pga\.?|p g a", ("pga", "p.g.a.", "pga."), "på grund av"),
    (r"s\.k\.|s k", ("s.k.", "s k"), "så kallad"),
    (r"enl\.?", ("enl.", "enl"), "enligt"),
    (r"inkl\.?", ("inkl.", "inkl"), "inklusive"),
    (r"exkl\.?", ("exkl.", "exkl"), "exklusive"),
    (r"resp\.?", ("resp.", "resp"), "respektive"),
    (r"ang\.?", ("ang.", "ang"), "angående"),
    (r"f\.d\.|fd|f d", ("f.d.", "fd", "f d"), "före detta"),
    (r"m\.fl\.|m fl|mfl", ("m.fl.", "m fl", "mfl"), "med flera"),
    (r"m\.m\.|m m", ("m.m.", "m m"), "med mera"),
    (r"fr\.o\.m\.|fr o m", ("fr.o.m.", "fr o m"), "från och med"),
    (r"t\.o\.m\.|t o m", ("t.o.m.", "t o m"), "till och med"),
    (r"nr\.?", ("nr", "nr."), "nummer"),
    (r"tel\.?", ("tel.", "tel"), "telefon"),
    (r"jfr\.?", ("jfr", "jfr."), "jämför"),
    (r"st\.(?=\s|$)|st(?=\s|$)", ("st", "st."), ""),  # after a count only (see _abbreviations)
)
_ABBR_RES = [(re.compile(rf"(?<![\wåäöÅÄÖ.:])(?:{pattern})(?![\wåäöÅÄÖ:])(?!\.\w)", re.I), forms, words)
             for pattern, forms, words in ABBREVIATIONS]

UNIT_FORMS: tuple[tuple[str, ...], ...] = (
    ("mkr", "Mkr", "MKR"),
    ("tkr", "Tkr", "TKR"),
    ("mdkr", "Mdkr", "MDKR"),
    ("msek", "MSEK", "Msek"),
    ("kWh", "kwh", "KWH"),
    ("MWh", "MWh", "mwh"),
    ("GWh", "gwh", "GWH"),
)
_UNIT_RES = [(re.compile(rf"(?<=\d )(?:{'|'.join(forms)})\b"), forms) for forms in UNIT_FORMS]

WRAPS: tuple[tuple[str, str, str], ...] = (
    ("wrap:quotes", "”", "”"),
    ("wrap:parens", "(", ")"),
    ("wrap:before", "Det skriver kommunen. ", ""),
    ("wrap:after", "", " Det skriver kommunen."),
)


def _same(kind: str, case: Case, text: str) -> Variant | None:
    return Variant(kind, text, tuple(case.accepted)) if text != case.text else None


def _dashes(case: Case) -> Iterator[Variant]:
    """A dash between two numbers written the other ways."""
    for m in DASHED.finditer(case.text):
        a, dash, b = m.groups()
        here = "spaced" if dash.startswith(" ") else ("endash" if "–" in dash else "hyphen")
        if here == "spaced":  # a spaced dash is often a pause, not a span ("25,91 – 0,3 sek från"): not varied
            continue
        for kind, new in (("endash", "–"), ("hyphen", "-"), ("spaced", " – ")):
            # A hyphen is an identifier's as often as a range's ("mål B 1234-24"): written with an en dash, not spaced.
            if kind != here and not (here == "hyphen" and kind == "spaced"):
                v = _same(f"dash:{here}>{kind}", case, case.text[:m.start()] + a + new + b + case.text[m.end():])
                if v:
                    yield v


def _spaces(case: Case) -> Iterator[Variant]:
    """A thousands separator written as another space."""
    for m in SPACED_THOUSANDS.finditer(case.text):
        for kind, space in (("nbsp", "\u00a0"), ("thin", "\u2009"), ("narrow", "\u202f")):
            new = m.group(1) + m.group(2).replace(" ", space)
            v = _same(f"space:{kind}", case, case.text[:m.start()] + new + case.text[m.end():])
            if v:
                yield v


def _clock(case: Case) -> Iterator[Variant]:
    """"kl 14" / "kl. 14" / "klockan 14", a time's point as a colon, a whole hour with its zeros."""
    for m in KL.finditer(case.text):
        k, word, space, hour, point, minutes = m.groups()
        rest = (point or "") + (minutes or "")
        for form in ("l", "l.", "lockan"):
            if form != word:
                yield Variant(f"clock:kl{word}>kl{form}", case.text[:m.start()] + k + form + space + hour + rest
                              + case.text[m.end():], tuple(case.accepted))
        if point == ".":
            yield Variant("clock:point>colon", case.text[:m.start()] + k + word + space + hour + ":" + minutes
                          + case.text[m.end():], tuple(case.accepted))
        if point is None and not re.match(r"[–-]\d|\s?[–-]\s?\d", case.text[m.end():]):
            yield Variant("clock:hour>zeros", case.text[:m.start()] + k + word + space + hour + ".00"
                          + case.text[m.end():], tuple(case.accepted))


def _abbreviations(case: Case) -> Iterator[Variant]:
    """A short form with and without its stops; capitalised where it opens the sentence; the sentence cut so it
    opens it."""
    text = case.text
    for rx, forms, words in _ABBR_RES:
        hits = list(rx.finditer(text))
        if len(hits) != 1:
            continue
        m = hits[0]
        written = m.group(0)
        if forms[0] == "st" and not re.search(r"\d\s$", text[:m.start()]):
            continue
        if forms[0] == "nr" and not re.match(r"\s\d", text[m.end():]):
            continue
        capital = written[0].isupper()
        at_start = m.start() == 0
        for form in forms:
            if form.lower() == written.lower():
                continue
            new = form[0].upper() + form[1:] if capital else form
            # A form ending in a stop before the sentence's own stop: the stop is written once.
            tail = text[m.end():]
            if new.endswith(".") and tail.startswith("."):
                tail = tail[1:]
            elif written.endswith(".") and not new.endswith("."):
                if re.match(r"\s+[A-ZÅÄÖ]", tail):
                    continue  # the stop may be the sentence's too ("bl.a. Umeå", "osv. Samling"): not varied
                if not tail.strip():
                    tail = "." + tail  # the short form's stop was the sentence's too: it stays
            yield Variant(f"abbr:{forms[0]}", text[:m.start()] + new + tail, tuple(case.accepted))
        if at_start and not capital:
            yield Variant(f"abbr:{forms[0]}:capital", written[0].upper() + text[1:], tuple(case.accepted))
        if words and m.start() > 0 and text[m.start() - 1] == " ":
            cut = _cut(case, m.start(), words)
            if cut:
                yield Variant(f"start:{forms[0]}", cut[0], cut[1])


def _cut(case: Case, at: int, words: str) -> tuple[str, tuple[str, ...]] | None:
    """The sentence from ``at`` on, capitalised, and the accepted forms from ``words`` on."""
    accepted = []
    for form in case.accepted:
        hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}", form, re.I)]
        if len(hits) == 1:
            accepted.append(form[hits[0]:])
    if not accepted:
        return None
    rest = case.text[at:]
    return rest[0].upper() + rest[1:], tuple(accepted)


def _clock_start(case: Case) -> Iterator[Variant]:
    """The sentence cut so its clock word opens it ("Kl. 19 spelar ...")."""
    for m in KL.finditer(case.text):
        if m.start() > 0 and case.text[m.start() - 1] == " " and len(KL.findall(case.text)) == 1:
            cut = _cut(case, m.start(), "klockan")
            if cut:
                yield Variant("start:kl", cut[0], cut[1])


def _units(case: Case) -> Iterator[Variant]:
    """A unit's short form in its other cases."""
    for rx, forms in _UNIT_RES:
        for m in rx.finditer(case.text):
            for form in forms:
                if form != m.group(0):
                    yield Variant(f"unit:{forms[0].lower()}", case.text[:m.start()] + form + case.text[m.end():],
                                  tuple(case.accepted))


PERCENT = re.compile(r"(?<=\d)(?: ?%| procent\b)(?![-\w])")
MILLIONS = re.compile(r"(?<=\d )(?:Mkr|mkr|mnkr|milj\. kr|miljoner kr)\b(?![.:]\w)")
KRONOR_4 = re.compile(r"(?<!\d\s)(?<![\d,.:/])(\d)(?: |\.)?(\d{3})(?= (?:kr|kronor)\b)")
DAY_MONTH = re.compile(r"(?<=\bden )([1-9]|[12]\d|3[01])([/.])([1-9]|1[0-2])(?![\d/.:,–-]|\.\d)")
MONTHS_SHORT = ("jan.", "feb.", "mars", "april", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec.")
COLON_ORDINAL = re.compile(r"(?<![\w,.:/–-])(\d{1,3}):(e|a)(?= [a-zåäö])")


def _forms(case: Case) -> Iterator[Variant]:
    """The same thing in another newspaper's spelling (class "form:*"), and an ordinal without its colon."""
    text = case.text

    def swap(kind: str, rx: re.Pattern[str], forms: tuple[str, ...]) -> Iterator[Variant]:
        hits = list(rx.finditer(text))
        if len(hits) == 1:
            m = hits[0]
            for form in forms:
                v = _same(kind, case, text[:m.start()] + form + text[m.end():])
                if v and form != m.group(0):
                    yield v

    yield from swap("form:percent", PERCENT, (" %", "%", " procent"))
    yield from swap("form:millions", MILLIONS, ("Mkr", "mnkr", "milj. kr", "miljoner kr"))
    hits = list(KRONOR_4.finditer(text))
    if len(hits) == 1:
        a, b = hits[0].groups()
        yield from swap("form:kronor4", KRONOR_4, (f"{a} {b}", f"{a}{b}", f"{a}.{b}"))
    for m in KL.finditer(text):
        if len(m.group(4)) == 1 and m.group(5) is None:
            yield Variant("form:hour>padded", text[:m.start(4)] + "0" + text[m.start(4):], tuple(case.accepted))
    hits = list(DAY_MONTH.finditer(text))
    if len(hits) == 1:
        d, _, mo = hits[0].groups()
        yield from swap("form:daymonth", DAY_MONTH, (f"{d}/{mo}", f"{d}.{mo}", f"{d} {MONTHS_SHORT[int(mo) - 1]}"))
    for m in COLON_ORDINAL.finditer(text):
        yield Variant("ordinal:colonless", text[:m.start()] + m.group(1) + m.group(2) + text[m.end():],
                      tuple(case.accepted))


def _wraps(case: Case) -> Iterator[Variant]:
    """The sentence quoted, in parentheses, or with another sentence around it."""
    text = case.text.strip()
    if not text or text[0] in "”\"“(«–—-" or text[-1] in "”\")»" or not re.search(r"[.!?]$", text):
        # (a line opening with a quote's dash is a reply, never quoted or set in parentheses as it stands)
        return
    for kind, before, after in WRAPS:
        accepted = tuple(f"{normalize(before)} {form} {normalize(after)}" for form in case.accepted)
        yield Variant(kind, before + text + after, accepted)


NUMBER = re.compile(r"(?<![\w.,:/–-])(?<!\d )(\d+)(?![\w:]|[.,/]\d| \d)")
"""A number standing alone (not a digit group of a phone number, a thousands group or a table's row, nor a
placing's "3:a", whose word is its own: "trea", "fyra")."""


def _words_of(n: int) -> list[tuple[str, Callable[[int], str]]]:
    """The ways a number's value may be said, with the function that says another value the same way."""
    ways: list[tuple[str, Callable[[int], str]]] = [(cardinal(n), cardinal), (ordinal(n), ordinal)]
    if 1100 <= n <= 2099:
        ways.append((year(n), year))
    return ways


def _new_values(written: str) -> list[int]:
    """Other values of the same shape: as many digits, the same trailing zeros, no one or two at the end (the
    forms that change with gender and sex: "en"/"ett", "första"/"förste"), not six ("sex" is a word too); a
    value that may be a day of the month stays one (up to 28)."""
    n = int(written)
    zeros = len(written) - len(written.rstrip("0"))
    head = written[: len(written) - zeros] if zeros < len(written) else written
    out = []
    for last in "3457895":
        cand = head[:-1] + last if len(head) > 1 else last
        value = int(cand + "0" * zeros)
        if n <= 31 and value > 28:
            continue
        if value != n and len(str(value)) == len(written) and value not in out:
            out.append(value)
    return out[:2]


def _numbers(case: Case) -> Iterator[Variant]:
    """Each number changed to another of its shape, the accepted forms said with the new value."""
    text = case.text
    tokens = list(NUMBER.finditer(text))
    said = normalize(text) if tokens else ""
    for m in tokens:
        written = m.group(1)
        if written.startswith("0") or len(written) > 4 or int(written) < 3 or [t.group(1) for t in tokens].count(written) > 1:
            continue
        if len(written) == 4 and not 1100 <= int(written) <= 2099:
            continue
        before, after = text[:m.start()], text[m.end():]
        lo = re.search(r"(\d+)\s?[–-]\s?$", before)
        hi = re.match(r"\s?[–-]\s?(\d+)", after)
        for value in _new_values(written):
            if lo and int(lo.group(1)) < int(written) and value <= int(lo.group(1)):
                continue
            if hi and int(hi.group(1)) > int(written) and value >= int(hi.group(1)):
                continue
            if str(value) in text:
                continue
            # The forms said with the new value: first ours (the reading that is right today; a row whose number
            # we say in no findable way is not varied), then the writer's.
            accepted = []
            for index, form in enumerate((said, *case.accepted)):
                hits = [(f, say) for old_words, say in _words_of(int(written))
                        for f in re.finditer(rf"(?<![\wåäö]){re.escape(old_words)}(?![\wåäö])", form, re.I)]
                if len(hits) == 1:  # the old value said once, one way (not also another number's words)
                    f, say = hits[0]
                    new_words = say(value)
                    if not re.search(rf"(?<![\wåäö]){re.escape(new_words)}(?![\wåäö])", form, re.I):
                        accepted.append(form[:f.start()] + new_words + form[f.end():])
                if not accepted and index == 0:
                    break
            if accepted:
                kind = "number:year" if len(written) == 4 else f"number:{len(written)}digit"
                yield Variant(kind, before + str(value) + after, tuple(accepted))
                break


MAKERS: tuple[Callable[[Case], Iterator[Variant]], ...] = (
    _dashes, _spaces, _clock, _clock_start, _abbreviations, _units, _numbers, _forms, _wraps,
)


def _loose(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.,!?;:”“\"()«»]", " ", s.lower())).strip()


def read_right(variant: Variant, got: str) -> bool:
    """Whether ``got`` is one of the variant's forms (punctuation ignored for the wrapped sentences)."""
    if variant.kind.startswith("wrap:"):
        return _loose(got) in {_loose(a) for a in variant.accepted}
    return canonical(got) in {canonical(a) for a in variant.accepted}


def passing_cases() -> list[Case]:
    """The rows the normalizer reads right today (the known gaps are not)."""
    out = []
    for case in load_cases():
        if case.id in KNOWN_GAPS:
            continue
        if canonical(normalize(case.text)) in {canonical(a) for a in case.accepted}:
            out.append(case)
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", action="store_true", help="list the variants read differently")
    parser.add_argument("--class", dest="kind", default="", help="only the classes starting with this")
    parser.add_argument("--limit", type=int, default=0, help="list at most this many per class with -v")
    parser.add_argument("--json", default="", help="write the variants read differently to this file")
    args = parser.parse_args(argv)
    cases = passing_cases()
    totals: Counter[str] = Counter()
    wrong: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for case in cases:
        seen = set()
        for maker in MAKERS:
            for variant in maker(case):
                if not variant.kind.startswith(args.kind) or variant.text in seen:
                    continue
                seen.add(variant.text)
                totals[variant.kind] += 1
                got = normalize(variant.text)
                if not read_right(variant, got):
                    wrong[variant.kind].append((case.id, variant.text, got, variant.accepted[0]))
    print(f"rows read right today: {len(cases)}")
    families: Counter[str] = Counter()
    family_wrong: Counter[str] = Counter()
    for kind in sorted(totals):
        n, bad = totals[kind], len(wrong[kind])
        families[kind.split(":")[0]] += n
        family_wrong[kind.split(":")[0]] += bad
        print(f"  {kind:28s} {bad:5d} / {n:<6d} read differently ({100 * bad / n:5.1f} %)")
    print("by family:")
    for family in sorted(families):
        n, bad = families[family], family_wrong[family]
        print(f"  {family:10s} {bad:5d} / {n:<6d} ({100 * bad / n:5.1f} %)")
    n, bad = sum(totals.values()), sum(family_wrong.values())
    print(f"all variants: {bad} / {n} read differently ({100 * bad / max(n, 1):.1f} %)")
    if args.v:
        for kind in sorted(wrong):
            rows = wrong[kind][: args.limit] if args.limit else wrong[kind]
            for case_id, text, got, want in rows:
                print(f"[{kind}] {case_id}: {text!r}\n    got:  {got!r}\n    want: {want!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(wrong, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
