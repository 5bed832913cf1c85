"""Rule-level tests (``_in``/``_out`` tables), number words, lexicon,
explain(), sentence splitting and the script builders."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from audiocast.errors import SpeechError
from audiocast.models import (
    PAUSE_PARAGRAPH_MS,
    PAUSE_SECTION_MS,
    PAUSE_SENTENCE_MS,
    Article,
    Block,
    BlockKind,
    SegmentKind,
)
from audiocast.speech import (
    Lexicon,
    build_edition_script,
    build_script,
    explain,
    normalize,
    split_sentences,
    spoken_date,
)
from audiocast.speech.numbers import cardinal, ordinal, year

CET = timezone(timedelta(hours=2))


def _table(rule, _in, _out):
    assert len(_in) == len(_out)
    for text, want in zip(_in, _out, strict=True):
        assert rule(text) == want, text


# --- number words ------------------------------------------------------------


def test_cardinal_words():
    _in = [0, 1, 7, 19, 20, 21, 40, 99, 100, 101, 250, 1000, 1001, 1500, 2024,
           21000, 100000, 999999, 1_000_000, 2_500_000, 21_000_000, 1_000_000_000]
    _out = ["noll", "ett", "sju", "nitton", "tjugo", "tjugoett", "fyrtio", "nittionio", "hundra",
            "hundraett", "tvåhundrafemtio", "tusen", "tusenett", "tusenfemhundra",
            "tvåtusentjugofyra", "tjugoettusen", "hundratusen",
            "niohundranittioniotusenniohundranittionio", "en miljon",
            "två miljoner femhundratusen", "tjugoett miljoner", "en miljard"]
    _table(cardinal, _in, _out)


def test_cardinal_gender():
    assert cardinal(1, "en") == "en"
    assert cardinal(21, "en") == "tjugoett"
    assert cardinal(1001, "en") == "tusenett"
    assert cardinal(101, "en") == "hundraett"  # a compound's one is the counting form
    assert cardinal(1_000_001, "en") == "en miljon ett"
    assert cardinal(-5) == "minus fem"


def test_ordinal_words():
    _in = [1, 2, 3, 4, 11, 20, 21, 22, 30, 33, 100, 101, 1000]
    _out = ["första", "andra", "tredje", "fjärde", "elfte", "tjugonde", "tjugoförsta",
            "tjugoandra", "trettionde", "trettiotredje", "hundrade", "hundraförsta", "tusende"]
    _table(ordinal, _in, _out)
    assert ordinal(1, male=True) == "förste"
    assert ordinal(2, male=True) == "andre"


def test_year_words():
    _in = [1066, 1718, 1809, 1900, 1945, 2000, 2005, 2010, 2024, 2099]
    _out = ["tusensextiosex", "sjuttonhundraarton", "artonhundranio", "nittonhundra",
            "nittonhundrafyrtiofem", "tvåtusen", "tvåtusenfem", "tvåtusentio",
            "tvåtusentjugofyra", "tvåtusennittionio"]
    _table(year, _in, _out)


# --- rules: one table per rule lives in tests/speech_rules/ (one file per rules module);
# here only cases that need the whole pipeline.


def test_dash_before_a_temperature_is_minus():
    _in = ["– 5 grader och snö väntas.", "Temperatur: – 7 °C.", "– 15 grader kallt, säger hon.",
           "– 3 av 4 klarar sig, säger hon.", "– Vi vann."]
    _out = ["Minus fem grader och snö väntas.", "Temperatur: minus sju grader.",
            "Femton grader kallt, säger hon.", "Tre av fyra klarar sig, säger hon.", "Vi vann."]
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_found_by_the_held_out_set():
    """Errors an independently written set caught; one line each."""
    cases = {
        "Kriget slutade 1945, men freden dröjde.": "Kriget slutade nittonhundrafyrtiofem, men freden dröjde.",
        "Åren 2020–2024, byggdes skolan.": "Åren tvåtusentjugo till tvåtusentjugofyra, byggdes skolan.",
        "Satsningen kostar 1 000 000 000 kronor.": "Satsningen kostar en miljard kronor.",
        "Han dömdes till 1 års fängelse.": "Han dömdes till ett års fängelse.",
        "Det finns 1 apotek.": "Det finns ett apotek.",
        "Segern med 3–0 säkrade guldet.": "Segern med tre mot noll säkrade guldet.",
        "Laget vann med 102–98 i basket.": "Laget vann med hundratvå mot nittioåtta i basket.",
        "Under 2–3 veckor.": "Under två till tre veckor.",
        "Kö på E4-an.": "Kö på e fyran.",
        "Det kostar 1.500 kronor.": "Det kostar tusenfemhundra kronor.",
        "Vinsten blev 34 MSEK.": "Vinsten blev trettiofyra miljoner kronor.",
        "Det kostar 125 kr/person.": "Det kostar hundratjugofem kronor per person.",
        "Lägenheten har 3 rok.": "Lägenheten har tre rum och kök.",
        "Se t.o.m nästa vecka.": "Se till och med nästa vecka.",
        "Rv 40 stängs.": "Riksväg fyrtio stängs.",
        "Ett JAS 39 Gripen landade.": "Ett Jas trettionio Gripen landade.",
        "Skriv till anna@gmail.com.": "Skriv till anna snabel-a gmail punkt com.",
    }
    for text, want in cases.items():
        assert normalize(text) == want, text


def test_normalize_keeps_sentence_punctuation():
    assert normalize("Kommer du? Ja! Bra, tack.") == "Kommer du? Ja! Bra, tack."
    assert normalize("") == ""


# --- explain ------------------------------------------------------------------


def test_explain_lists_changes_with_rules():
    e = explain("Ring 08 530 623 60 kl. 9 om SVT.")
    assert e.spoken == normalize("Ring 08 530 623 60 kl. 9 om SVT.")
    rules = {c.rule for c in e.changes}
    assert {"phone", "time", "acronym"} <= rules
    phone = next(c for c in e.changes if c.rule == "phone")
    assert phone.written == "08 530 623 60"
    assert phone.spoken.startswith("noll åtta")
    assert e.unsure == []


def test_explain_reports_unsure_tokens():
    e = explain("Enligt XKCD var 12.34.56 fel, och QWRTZ höll med.")
    tokens = {u.token for u in e.unsure}
    assert {"XKCD", "12.34.56", "QWRTZ"} <= tokens
    assert all(u.reason for u in e.unsure)
    assert "SVT" not in {u.token for u in explain("SVT och NATO").unsure}


# --- lexicon --------------------------------------------------------------------


def test_lexicon_default_is_shipped():
    lex = Lexicon.default()
    assert len(lex) >= 3
    assert "Växjö" in lex


def test_lexicon_load_override_and_endings(tmp_path: Path):
    path = tmp_path / "lexikon.tsv"
    path.write_text("# kommentar\n\nFlempan\tFlämpan\nVäxjö\tVäksjö\nschema\tskema\n", encoding="utf-8")
    lex = Lexicon.load(path, base=Lexicon.default())
    assert lex.entries["Växjö"] == "Väksjö"  # the user file overrides the default
    assert "Kinnekulle" in lex  # and keeps the rest of the default
    assert normalize("Flempans bibliotek och Flempan.", lex) == "Flämpans bibliotek och Flämpan."
    assert normalize("Flempanen", lex) == "Flämpanen"
    assert normalize("Schemat och schemats", lex) == "Skemat och skemats"
    # whole words, case-sensitive for capitalised entries
    assert normalize("Flempaner flempan Storflempan", lex) == "Flämpaner flempan Storflempan"
    assert normalize("Flempanby", lex) == "Flempanby"


def test_lexicon_load_base(tmp_path: Path):
    path = tmp_path / "lexikon.tsv"
    path.write_text("Flempan\tFlämpan\n", encoding="utf-8")
    assert "Växjö" in Lexicon.load(path)  # the default is the base by default
    alone = Lexicon.load(path, base=Lexicon())
    assert list(alone.entries) == ["Flempan"]


def test_lexicon_is_applied_before_the_rules(tmp_path: Path):
    path = tmp_path / "lexikon.tsv"
    path.write_text("HV71\thå ve sjuttiett\n", encoding="utf-8")
    e = explain("HV71 vann.", Lexicon.load(path))
    assert e.spoken == "hå ve sjuttiett vann."
    assert e.changes[0].rule == "lexicon"


@pytest.mark.parametrize("bad", ["Flempan Flämpan\n", "Flempan\t\n", "a\tb\tc\n", "\tFlämpan\n"])
def test_lexicon_malformed_line_names_file_and_line(tmp_path: Path, bad: str):
    path = tmp_path / "lexikon.tsv"
    path.write_text("# ok\nVäxjö\tVäkschö\n" + bad, encoding="utf-8")
    with pytest.raises(SpeechError) as err:
        Lexicon.load(path)
    assert str(path) in str(err.value)
    assert "line 3" in str(err.value)


def test_lexicon_missing_file(tmp_path: Path):
    with pytest.raises(SpeechError, match="not found"):
        Lexicon.load(tmp_path / "nope.tsv")


def test_articles_example_lexicon_loads():
    path = Path(__file__).resolve().parent.parent / "articles" / "lexikon.tsv"
    lex = Lexicon.load(path, base=Lexicon.default())
    assert 2 <= len(lex) - len(Lexicon.default()) <= 4
    assert normalize("Haninges kommun", lex) == "Hanninges kommun"


# --- sentences -------------------------------------------------------------------


def test_split_sentences():
    _in = [
        "Mötet börjar kl. 14.30 i dag. Alla är välkomna.",
        "Där finns t.ex. bad och bl.a. bastu. Sedan stänger det.",
        "Anna K. Berg kom. Hon talade.",
        "Räntan är 3,5 procent. Den var 3.2 i fjol.",
        "Den 3 jan. 2024 öppnade de. Vad hände sen? Jo! – Bra, säger hon.",
        "",
    ]
    _out = [
        ["Mötet börjar kl. 14.30 i dag.", "Alla är välkomna."],
        ["Där finns t.ex. bad och bl.a. bastu.", "Sedan stänger det."],
        ["Anna K. Berg kom.", "Hon talade."],
        ["Räntan är 3,5 procent.", "Den var 3.2 i fjol."],
        ["Den 3 jan. 2024 öppnade de.", "Vad hände sen?", "Jo!", "– Bra, säger hon."],
        [],
    ]
    _table(split_sentences, _in, _out)


def test_spoken_date():
    assert spoken_date(date(2024, 5, 25)) == "lördag den tjugofemte maj tvåtusentjugofyra"
    assert spoken_date(date(2024, 5, 25), weekday=False) == "den tjugofemte maj tvåtusentjugofyra"


# --- build_script -------------------------------------------------------------------

LONG = (
    "Kommunen har under det senaste året arbetat med att ta fram en ny plan för hur "
    "kollektivtrafiken i de södra delarna ska fungera, och enligt förslaget ska bussarna "
    "gå oftare under rusningstid, medan turerna sent på kvällen blir färre; dessutom vill "
    "man bygga nya hållplatser längs vägen mellan centrum och stationen, men det har flera "
    "av grannarna protesterat mot eftersom de är oroliga för buller och trafik."
)


def _article(**kw) -> Article:
    base = dict(
        slug="buss-flemingsberg",
        title="Busslinje 710 läggs ner",
        published=datetime(2024, 5, 25, 9, 30, tzinfo=CET),
        source="test",
        lead="Linjen slutar gå den 1 juni. Det beslutade nämnden i går.",
        blocks=[
            Block(BlockKind.PARAGRAPH, "Resenärerna är missnöjda. Bl.a. Anna K. Berg (S) protesterar."),
            Block(BlockKind.QUOTE, "– Det är fel, säger hon. Vi kräver svar."),
            Block(BlockKind.HEADING, "Nya tider från juni"),
            Block(BlockKind.PARAGRAPH, LONG),
            Block(BlockKind.FACTBOX, "Så når du trafikbolaget", ("Kundtjänst: 08 530 623 60", "Öppet mån–fre kl. 8–17")),
            Block(BlockKind.PARAGRAPH, "   "),
        ],
    )
    base.update(kw)
    return Article(**base)


def test_build_script_structure_and_chapters():
    script = build_script(_article(), "Lokala nyheter uppläst")
    kinds = [s.kind for s in script.segments]
    assert kinds[0] is SegmentKind.INTRO and kinds[1] is SegmentKind.TITLE
    assert kinds[-1] is SegmentKind.OUTRO
    assert script.chapters == ["Inledning", "Busslinje 710 läggs ner", "Nya tider från juni",
                               "Så når du trafikbolaget"]
    intro = script.segments[0]
    assert intro.chapter == 0
    assert intro.spoken == "Lokala nyheter uppläst. Lördag den tjugofemte maj tvåtusentjugofyra."
    assert script.segments[1].spoken == "Busslinje sjuhundratio läggs ner."
    assert script.segments[1].chapter == 1
    heading = next(s for s in script.segments if s.kind is SegmentKind.HEADING)
    assert heading.chapter == 2 and heading.written == "Nya tider från juni"
    outro = script.segments[-1]
    assert "Lokala nyheter uppläst" in outro.spoken and outro.chapter == 3
    chapters = [s.chapter for s in script.segments]
    assert chapters == sorted(chapters)
    assert all(s.spoken.strip() and s.written.strip() for s in script.segments)


def test_build_script_quote_dash_not_spoken():
    script = build_script(_article(), "P")
    quotes = [s for s in script.segments if s.kind is SegmentKind.QUOTE]
    assert [q.spoken for q in quotes] == ["Det är fel, säger hon.", "Vi kräver svar."]
    assert quotes[0].written.startswith("–")
    assert not any(s.spoken.lstrip().startswith(("–", "-", "minus")) for s in script.segments)


def test_build_script_lead_and_abbreviations_not_split():
    script = build_script(_article(), "P")
    leads = [s for s in script.segments if s.kind is SegmentKind.LEAD]
    assert [s.spoken for s in leads] == ["Linjen slutar gå den första juni.", "Det beslutade nämnden i går."]
    sentences = [s.written for s in script.segments if s.kind is SegmentKind.SENTENCE]
    assert "Bl.a. Anna K. Berg (S) protesterar." in sentences


def test_build_script_factbox_items():
    script = build_script(_article(), "P")
    box = [s for s in script.segments if s.kind is SegmentKind.FACTBOX]
    assert box[0].spoken == "Så når du trafikbolaget."
    assert box[1].spoken == "Kundtjänst: noll åtta femhundratrettio sexhundratjugotre sextio"
    assert box[2].spoken == "Öppet måndag till fredag klockan åtta till sjutton"
    assert {s.chapter for s in box} == {3}


def test_build_script_long_sentence_is_chunked():
    script = build_script(_article(), "P")
    body = [s for s in script.segments if s.kind is SegmentKind.SENTENCE and s.chapter == 2]
    assert len(body) >= 2
    assert all(len(s.spoken) <= 250 for s in script.segments if s.kind is not SegmentKind.OUTRO)
    assert " ".join(s.written for s in body) == LONG


def test_build_script_pauses():
    script = build_script(_article(), "P")
    segs = script.segments
    assert segs[0].pause_after_ms == PAUSE_SECTION_MS  # after intro
    assert segs[1].pause_after_ms == PAUSE_SECTION_MS  # after the title
    leads = [s for s in segs if s.kind is SegmentKind.LEAD]
    assert leads[0].pause_after_ms == PAUSE_SENTENCE_MS
    assert leads[-1].pause_after_ms == PAUSE_PARAGRAPH_MS
    for prev, seg in zip(segs, segs[1:], strict=False):
        if seg.kind is SegmentKind.HEADING or (seg.kind is SegmentKind.FACTBOX and prev.kind is not SegmentKind.FACTBOX):
            assert prev.pause_after_ms == PAUSE_SECTION_MS
    assert PAUSE_SENTENCE_MS < PAUSE_PARAGRAPH_MS < PAUSE_SECTION_MS


def test_build_script_without_date_and_with_lexicon(tmp_path: Path):
    path = tmp_path / "lex.tsv"
    path.write_text("Flemingsberg\tFlemmingsberj\n", encoding="utf-8")
    art = _article(published=None, title="Bussen till Flemingsberg", lead=None, blocks=[])
    script = build_script(art, "Nyheter", Lexicon.load(path))
    assert script.segments[0].spoken == "Nyheter."
    assert script.segments[1].spoken == "Bussen till Flemmingsberj."
    assert script.segments[1].written == "Bussen till Flemingsberg"
    assert script.chapters == ["Inledning", "Bussen till Flemingsberg"]


def test_build_edition_script():
    a = _article()
    b = _article(slug="bibliotek", title="Biblioteket öppnar igen", lead="Det sker 3 juni.", blocks=[])
    script = build_edition_script([a, b], "Lokala nyheter uppläst", date(2024, 5, 25))
    assert script.chapters == ["Inledning och innehåll", "Busslinje 710 läggs ner", "Biblioteket öppnar igen"]
    segs = script.segments
    assert segs[0].kind is SegmentKind.INTRO and "tjugofemte maj" in segs[0].spoken
    toc = [s for s in segs if s.kind is SegmentKind.TRANSITION and s.chapter == 0]
    assert toc[0].spoken == "I dag: två nyheter."
    assert toc[1].spoken == "Ett, Busslinje sjuhundratio läggs ner."
    assert toc[2].spoken == "Två, Biblioteket öppnar igen."
    first = next(i for i, s in enumerate(segs) if s.chapter == 1)
    assert segs[first].kind is SegmentKind.TRANSITION and segs[first].spoken == "Första nyheten."
    assert segs[first + 1].kind is SegmentKind.TITLE
    second = next(i for i, s in enumerate(segs) if s.chapter == 2)
    assert segs[second].kind is SegmentKind.TRANSITION and "nyhet" in segs[second].spoken.lower()
    assert sum(s.kind is SegmentKind.OUTRO for s in segs) == 1
    assert segs[-1].kind is SegmentKind.OUTRO and segs[-1].chapter == 2
    # headings inside an article do not start chapters in the edition
    assert any(s.kind is SegmentKind.HEADING and s.chapter == 1 for s in segs)
    assert all(s.spoken.strip() for s in segs)
    assert [s.chapter for s in segs] == sorted(s.chapter for s in segs)


def test_docstring_examples():
    import doctest
    import importlib

    for name in ("normalize", "numbers", "sentences"):
        module = importlib.import_module(f"audiocast.speech.{name}")
        result = doctest.testmod(module)
        assert result.failed == 0, name


def test_amounts_below_one_krona():
    assert normalize("Det kostar 0,50 kr.") == "Det kostar femtio öre."
    assert normalize("Elen kostar 0,85 kr/kWh.") == "Elen kostar åttiofem öre per kilowattimme."
    assert normalize("Elen kostar 1,20 kr/kWh.") == "Elen kostar en krona och tjugo öre per kilowattimme."


def test_build_script_intro_uses_the_swedish_calendar_day():
    late = datetime(2024, 5, 24, 23, 30, tzinfo=UTC)  # 01.30 on the 25th in Sweden
    script = build_script(_article(published=late), "P")
    assert "Lördag den tjugofemte maj" in script.segments[0].spoken


def test_fractions_before_av_and_falling_quote_scores():
    cases = {
        "1/2 av eleverna klarade provet.": "Hälften av eleverna klarade provet.",
        "½ av eleverna.": "Hälften av eleverna.",
        "1/3 av budgeten och 3/4 av pengarna.": "En tredjedel av budgeten och tre fjärdedelar av pengarna.",
        "Mötet är 22/11.": "Mötet är tjugoandra november.",
        "Öppet 24/7.": "Öppet tjugofyra sju.",  # said as written since session 58 (the writers' own readings: 35 of 36 such rows)
        "– 2–1 var rättvist, säger han.": "Två mot ett var rättvist, säger han.",
        "– 5–10 personer kom.": "Fem till tio personer kom.",
        "– 1–2 var rättvist, säger han.": "Ett till två var rättvist, säger han.",
    }
    for text, want in cases.items():
        assert normalize(text) == want, text


def test_elided_count_takes_the_gender_of_the_noun_counted_before() -> None:
    # "nu finns 1." after "4 bagerier": the count stands for the noun; after
    # a noun or a label ("Ekvägen 1", "hemmaplan 1") it is "ett" as before. ("ett bageri": a noun in
    # -eri is neuter, so "nu finns ett"; session 14 taught the plural "bagerier" its gender, "butiker" is "en")
    _in = ["Förr fanns 4 bagerier i byn, nu finns 1.", "Förr fanns 4 butiker i byn, nu finns 1.", "Av 6 fotbollslag återstår 1.",
           "Han har 3 hus och hon har 1.", "Vi bor på Ekvägen 1.", "Av 9 sökande valdes bara 1."]
    _out = ["Förr fanns fyra bagerier i byn, nu finns ett.", "Förr fanns fyra butiker i byn, nu finns en.", "Av sex fotbollslag återstår ett.",
            "Han har tre hus och hon har ett.", "Vi bor på Ekvägen ett.", "Av nio sökande valdes bara en."]
    _table(normalize, _in, _out)
