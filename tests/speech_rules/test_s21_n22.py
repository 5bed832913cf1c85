"""Session 21 (N22): phenomena that failed in at least two of the opened sets normalize50 … normalize61, fixed by
tables and context: a church notice's preacher and liturgist
and a Sunday named after a season written out.

The inputs were written after the fixes, in other words, numbers and places than the rounds' rows, with guards the
rules must leave.
"""

from __future__ import annotations

from audiocast.speech import normalize


def check_line(_in: list[str], _out: list[str]) -> None:
    """The whole normalizer on each line."""
    assert len(_in) == len(_out), "the two columns differ in length"
    for text, want in zip(_in, _out, strict=True):
        assert normalize(text) == want, text


def test_preacher_and_liturgist_in_a_church_notice() -> None:
    _in = [
        "Mässa i Tuna kyrka sön kl. 10, pred. Lars Ek, lit. Sara Holm.",
        "Gudstjänst i kapellet kl 18; lit. Johan Berg.",
        "Pred. Karin Wall. Högmässa i Gamla kyrkan.",
        # guards: "lit." and "pred." outside a church's notice are left
        "Tillsätt 2 lit. vatten och koka upp.",
        "Se pred. ovan i tabellen.",
    ]
    _out = [
        "Mässa i Tuna kyrka söndag klockan tio, predikant Lars Ek, liturg Sara Holm.",
        "Gudstjänst i kapellet klockan arton; liturg Johan Berg.",
        "Predikant Karin Wall. Högmässa i Gamla kyrkan.",
        "Tillsätt två lit. vatten och koka upp.",
        "Se pred. ovan i tabellen.",
    ]
    check_line(_in, _out)


def test_sunday_named_after_a_season_written_out() -> None:
    _in = [
        "Familjegudstjänst 4:e sön. e. Trefaldighet i Berga kyrka.",
        "Konsert 1:a sön. i Advent kl. 16.",
        "Mässa 2 sön. e. Påsk, därefter kyrkkaffe.",
        # guard: the season alone, not after a Sunday's number
        "Välkommen till vår Advent i byn.",
    ]
    _out = [
        "Familjegudstjänst fjärde söndagen efter Trefaldighet i Berga kyrka.",
        "Konsert första söndagen i Advent klockan sexton.",
        "Mässa andra söndagen efter Påsk, därefter kyrkkaffe.",
        "Välkommen till vår Advent i byn.",
    ]
    check_line(_in, _out)
