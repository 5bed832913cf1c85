"""Session 7 (issue #10), by class: compass points written short outside a
weather report's wind (a house's side, a slope, a place's direction, a
weather front).

The class was tried on 8 sentences written before the fix (7 failed); the
cases here were written after it, with guards where the rule must not fire."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "said"), [
    ("Radhuset har en trädgård som vetter åt SO.", "Radhuset har en trädgård som vetter åt sydost."),
    ("Hela backen sluttar mot NV.", "Hela backen sluttar mot nordväst."),
    ("Villan ligger i läge SV med sjöutsikt.", "Villan ligger i läge sydväst med sjöutsikt."),
    ("Olyckan skedde 5 km NO om Gällivare.", "Olyckan skedde fem kilometer nordost om Gällivare."),
    ("Reningsverket byggs SV om tätorten.", "Reningsverket byggs sydväst om tätorten."),
    ("Snön kommer in från NV under natten.", "Snön kommer in från nordväst under natten."),
    # guards: a party, a school subject, an association before "om" and a topic
    ("Hon bytte från S till V i våras.", "Hon bytte från ess till ve i våras."),
    ("Läraren i SO fick beröm.", "Läraren i ess o fick beröm."),
    ("Vi frågade SV om kursen.", "Vi frågade ess ve om kursen."),
])
def test_compass_point_read_as_a_direction(text: str, said: str) -> None:
    assert normalize(text) == said
