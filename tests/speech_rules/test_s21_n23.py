"""Session 21 (N23): phenomena that failed in at least two of the opened sets normalize50 … normalize63 (the fresh
normalize62 and normalize63 first): a placing said as its noun after "som" or as the second of a pair, and a lone
"1" whose noun is left out.

The inputs were written after the fixes, in other words, numbers and places than the rounds' rows, with guards the
rules must leave.
"""

from __future__ import annotations

from audiocast.speech import normalize
from audiocast.speech.rules.elided_counts import elided_ones


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_placing_after_som_and_as_the_second_of_a_pair() -> None:
    _in = [
        "Laget gick i mål som 4:a i stafetten.",
        "Hon kvalade in som 8:a.",
        "Han slutade 2:a i 10 km sprint i SM 2024 och 6:a i jaktstarten.",
        # guards: a noun after it is an ordinal; "som" before "1:e" is an ordinal
        "Hon kom som 3:e person i kön.",
        "Det är den 2:a gången som 5:e klass åker.",
    ]
    _out = [
        "Laget gick i mål som fyra i stafetten.",
        "Hon kvalade in som åtta.",
        "Han slutade tvåa i tio kilometer sprint i ess emm tvåtusentjugofyra och sexa i jaktstarten.",
        "Hon kom som tredje person i kön.",
        "Det är den andra gången som femte klass åker.",
    ]
    check_line(_in, _out)


def test_lone_one_takes_the_gender_of_the_noun_counted_before() -> None:
    _in = [
        "Tullen kontrollerade 9 lastbilar; 3 chaufförer anmäldes för fortkörning och 1 för olovlig körning.",
        "Laget har 7 vunna set, 1 förlorat.",
        "Kommunen sålde 6 hus till bolaget och 1 till en privatperson.",
        # guards: the count's own noun decides; no noun counted before: the counting form
        "Vi hyrde 4 stugor och 1 båt.",
        "Klockan slog 12 och 1 till.",
    ]
    _out = [
        "Tullen kontrollerade nio lastbilar; tre chaufförer anmäldes för fortkörning och en för olovlig körning.",
        "Laget har sju vunna set, ett förlorat.",
        "Kommunen sålde sex hus till bolaget och ett till en privatperson.",
        "Vi hyrde fyra stugor och en båt.",
        "Klockan slog tolv och ett till.",
    ]
    check_line(_in, _out)


def test_elided_ones_rule_alone() -> None:
    _in = ["Vi såg 5 älgar och 1 från bilen.", "Hon fick 3 brev, 1 öppnat.", "Han hade 1 från början."]
    _out = ["Vi såg 5 älgar och en från bilen.", "Hon fick 3 brev, ett öppnat.", "Han hade 1 från början."]
    assert [elided_ones(t) for t in _in] == _out


def test_given_name_written_short_before_a_surname() -> None:
    _in = [
        "Gården köptes 1902 av handlanden Wilh. Sandberg.",
        "Kyrkan ritades av arkitekten Ludv. Peterson.",
        "Styrelsen: ordförande Edv. Lund och kassör Gust. Ek.",
        # guard: not before a capitalised name
        "Hj. är en förkortning.",
    ]
    _out = [
        "Gården köptes nittonhundratvå av handlanden Wilhelm Sandberg.",
        "Kyrkan ritades av arkitekten Ludvig Peterson.",
        "Styrelsen: ordförande Edvard Lund och kassör Gustaf Ek.",
        "Hj. är en förkortning.",
    ]
    check_line(_in, _out)


def test_senior_physician_written_short() -> None:
    _in = ["Mottagningen leds av Eva Berg, ö.l. i onkologi."]
    _out = ["Mottagningen leds av Eva Berg, överläkare i onkologi."]
    check_line(_in, _out)


def test_serial_code_after_its_label_said_a_character_at_a_time() -> None:
    _in = [
        "Den stulna cykeln har ramnummer SB7-204418.",
        "Släpets chassinummer är XR2-55031 enligt polisen.",
        "Motorn, serienr K9T-7781, hittades i ett dike.",
        # guards: a police case number keeps its own reading; a code without a capital is left to its rules
        "Uppge ärendenummer 5000-K771204-24.",
        "Artikelnummer 40123-01 är slut.",
    ]
    _out = [
        "Den stulna cykeln har ramnummer ess be sju streck två noll fyra fyra ett åtta.",
        "Släpets chassinummer är eks ärr två streck fem fem noll tre ett enligt polisen.",
        "Motorn, serienummer kå nio te streck sju sju åtta ett, hittades i ett dike.",
        "Uppge ärendenummer femtusen streck kå sju sju ett två noll fyra streck tjugofyra.",
        "Artikelnummer fyra noll ett två tre streck noll ett är slut.",
    ]
    check_line(_in, _out)
