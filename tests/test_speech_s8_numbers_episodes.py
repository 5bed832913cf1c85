"""Session 8 (by class): a number out of a series after an episode's
label ("avsnitt 3/10") or in brackets after a title in a TV listing
("22.15 Mord i Midsomer (12/20)") is "tre av tio", "del tolv av tjugo" (they
were dates, "tredje oktober"); a date in brackets after a paper's name
("(GD 3/5)") is a date even after a rating word in the sentence ("Ge oss
...": it was "tre av fem"). From normalize19 h219 and h251 and a battery
of 8 sentences (4 failed; parts.episode_of, bracketed_source, data/calendar
EPISODE_BEFORE, TV_LINE_STEMS). Written after the fix; guards: a date in
brackets with no listing around it, a floor."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Dokumentären fortsätter i kväll med avsnitt 4/6.", "avsnitt fyra av sex"),
    ("SVT2 20.00 Vetenskapens värld (2/4). 21.00 Aktuellt.", "(del två av fyra)"),
    ("I kväll i TV4: 21.30 Brottsplats Sverige (5/8).", "(del fem av åtta)"),
    ("Debatt: Ge barnen fler timmar idrott (UNT 14/2).", "fjortonde februari"),
])
def test_episodes_and_sources(text: str, want: str) -> None:
    assert want in normalize(text)


def test_source_date_after_a_rating_word() -> None:
    out = normalize("Svar på ”Ge oss en ny simhall” (NT 9/4): Kommunen utreder saken.")
    assert "nionde april" in out


@pytest.mark.parametrize(("text", "want"), [
    ("Beslutet togs i går (3/5) efter en lång debatt.", "tredje maj"),
    ("Lägenheten ligger på vån 2/4.", "två av fyra"),
])
def test_guards(text: str, want: str) -> None:
    assert want in normalize(text)


def test_explain_names_the_episode() -> None:
    # written after the class was named: --explain says "episode", not "score" or "fraction"
    from audiocast.speech import explain

    for text in ("Serien fortsätter med avsnitt 5/8 i kväll.", "SVT1 21.00 Bron (3/10). 22.00 Rapport."):
        classes = [c.rule for c in explain(text).changes if "/" in c.written]
        assert classes == ["episode"], (text, classes)
