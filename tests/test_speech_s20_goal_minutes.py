"""Session 20 (N19): a goal's minute marked with an apostrophe in a goals line, on sentences written after the fix
(other teams, names and minutes than the opened sets' rows).

- In prose, the scorers named after "av" ("efter mål av Ek 12'"), the minute is said with "i":
  "Ek i tolfte minuten" (three independent writers, normalize52/54 and the earlier b34n, said a preposition or
  none of the ordinal form; "Ek tolfte minuten" was no Swedish sentence).
- In a label list ("Mål: Karim 12'") it stays without "i", as before.
- A minute opening a goals list's item, the scorer after it ("Mål: 54' Eriksson, 81' Ahmadi") is the goal's
  minute before its scorer, "femtiofjärde minuten Eriksson" (it was "minut femtiofyra: Eriksson" and, after a
  comma, "åttioett Ahmadi").
- A line naming "målet" is a goals line for the minutes too ("Målet gjordes av Nordin 89'" was "åttionio").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

CASES = [
    ("Hemmalaget vann 2–0 efter mål av Lundberg 27' och Osei 73'.",
     "Hemmalaget vann två mot noll efter mål av Lundberg i tjugosjunde minuten och Osei i sjuttiotredje minuten."),
    ("Gästerna tog ledningen genom mål av Nordin 18' innan Pettersson kvitterade.",
     "Gästerna tog ledningen genom mål av Nordin i artonde minuten innan Pettersson kvitterade."),
    ("Målen gjordes av Karlsson 5', Jallow 41' och Stenberg 45+1'.",
     "Målen gjordes av Karlsson i femte minuten, Jallow i fyrtioförsta minuten och Stenberg i fyrtiofemte minuten plus ett."),
    ("Det enda målet gjordes av Abdi 64' efter en hörna.",
     "Det enda målet gjordes av Abdi i sextiofjärde minuten efter en hörna."),
    ("Mål: 9' Holmqvist, 62' Diallo; 77' Sundin (straff).",
     "Mål: nionde minuten Holmqvist, sextioandra minuten Diallo; sjuttiosjunde minuten Sundin (straff)."),
    ("Målskyttar: 33' Vikström och 90+4' Amini.",
     "Målskyttar: trettiotredje minuten Vikström och nittionde minuten plus fyra Amini."),
]

GUARDS = [
    # a label list keeps its reading without "i"
    ("Mål: Berglund 18', Holm 70'.", "Mål: Berglund artonde minuten, Holm sjuttionde minuten."),
    # a ticker's minute before an event, not a scorer: as before
    ("55' Gult kort på Andersson.", "Minut femtiofem: Gult kort på Andersson."),
    # a minute after a scorer in a sentence with no "av" before it: as before
    ("Mål: Sjöström 14' efter en hörna.", "Mål: Sjöström fjortonde minuten efter en hörna."),
]


@pytest.mark.parametrize(("text", "said"), CASES + GUARDS)
def test_goal_minutes(text: str, said: str) -> None:
    assert normalize(text) == said
