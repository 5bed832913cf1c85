"""Session 11 (S2, words): symbols, social media and acronyms read from the
words around them. Each table was written after its fix, with other wordings
than the dev sentences that showed the miss; guards keep their old reading."""

from __future__ import annotations

from audiocast.speech import normalize


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_the_typographic_inch_mark() -> None:
    # guard: a quotation closing on a number
    check_line(["Den nya 75”-tv:n kostar 14 990 kr.", "Hon sa ”vi ses kl 7” och gick."],
               ["Den nya sjuttiofemtums-teven kostar fjortontusenniohundranittio kronor.",
                "Hon sa ”vi ses klockan sju” och gick."])


def test_a_sum_and_a_measure_times_a_measure() -> None:
    # guard: a score keeps "mot"
    check_line(["Svar: 15 – 6 = 9.", "Rummet är 4 m x 3,5 m.", "Matchen slutade 15–6."],
               ["Svar: femton minus sex är lika med nio.", "Rummet är fyra meter gånger tre komma fem meter.",
                "Matchen slutade femton mot sex."])


def test_a_european_road_in_the_definite_form() -> None:
    check_line(["Olycka på E20an vid Arboga.", "Köerna växer på #E4an."],
               ["Olycka på e tjugan vid Arboga.", "Köerna växer på hashtag e fyran."])


def test_slashes_and_hashtag_letters() -> None:
    # guard: two names out of a crew sport's line keep no "och"
    check_line(["Följ #stoppa_nedläggning_bvc i kampanjen.", "Entré 120/60 kr (vuxen/barn).",
                "Rally-SM: Holm/Lind körde av vägen.", "Hon pratade med Ek/Lind om saken."],
               ["Följ hashtag stoppa nedläggning be ve ce i kampanjen.",
                "Entré hundratjugo respektive sextio kronor (vuxen respektive barn).",
                "Rally-ess emm: Holm och Lind körde av vägen.", "Hon pratade med Ek Lind om saken."])


def test_acronyms_spelled_or_said_as_words() -> None:
    # (s12: an ending that starts with a vowel follows the letter after a hyphen, rules/letter_endings.py)
    check_line(["Enligt JO:s rapport saknas personal.", "REA på alla jackor!", "Sms:a KISA HJÄLPER till 72 900.",
                "Bollnäs GoIF vann borta."],
               ["Enligt ji os rapport saknas personal.", "Rea på alla jackor!",
                "Ess emm ess-a kisa hjälper till sjuttiotvå niohundra.", "Bollnäs ge o i eff vann borta."])
