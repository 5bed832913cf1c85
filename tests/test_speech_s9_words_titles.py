"""Session 9 (S2, words): titles and posts written short, read by their
ending and the words around them. Each table was written after its fix,
with other wordings than the dev sentences that showed the miss; guards are
near-misses that keep their old reading."""

from __future__ import annotations

from audiocast.speech import normalize


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_vd_with_its_ending_is_the_letters_and_the_ending() -> None:
    # 'vd:n' is 've den' (the letters' names, then the ending), never 'vedéen'
    check_line(
        ["Den avgående vd:n tackade personalen.", "Enligt Volvos VD:n är läget stabilt.",
         "Vd:ns ersättning kritiserades av ägarna.", "Två tidigare vd:ar har stämt bolaget."],
        ["Den avgående ve den tackade personalen.", "Enligt Volvos ve den är läget stabilt.",
         "Ve dens ersättning kritiserades av ägarna.", "Två tidigare ve de-ar har stämt bolaget."],
    )


def test_vd_guards() -> None:
    # the bare title and a genitive without the definite ending keep their reading
    check_line(["Hon är vd för bolaget.", "SR:s reporter var på plats."],
               ["Hon är ve de för bolaget.", "ess ärrs reporter var på plats."])


def test_titles_written_short_before_a_full_name() -> None:
    check_line(["Gudstjänsten leds av kh. Maria Sund.", "Ritningarna är gjorda av ing. Olle Frid.",
                "Hör nya låten av Lykke Li feat. Jocke Berg."],
               ["Gudstjänsten leds av kyrkoherde Maria Sund.", "Ritningarna är gjorda av ingenjör Olle Frid.",
                "Hör nya låten av Lykke Li featuring Jocke Berg."])


def test_a_degree_keeps_its_whole_title() -> None:
    # "civ. ing." is one title, not "civ." and an engineer
    check_line(["Föreläsare: civ. ing. Per Dahl."], ["Föreläsare: civilingenjör Per Dahl."])
