"""Session 8, wave 3, S4 (by shape; sentences written after the fix): dashes left unsaid.

- house letters joined by a dash and glued to their number, "9A–C", are a span: "nio a till ce"
  (words._LETTER_RANGE; it was "nio a–ce");
- years before Christ joined by a dash fall: "ca 1700–500 f.Kr." -> "sjuttonhundra till femhundra"
  (spans._BC_SPAN; the dash was left between the numbers).
Guards: a code with a digit after the dash, a rising span of years.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Fjärrvärmen stängs av för Kyrkvägen 14B–E på tisdag.", "fjorton be till e"),
    ("Hyresgästerna på Ringgatan 2A-D får nya fönster.", "två a till de"),
    ("Gravfältet användes 800–400 f.Kr. enligt dateringen.", "åttahundra till fyrahundra före Kristus"),
    ("Pyramiden byggdes omkring 2600–2500 f.Kr. i Giza.", "till tvåtusenfemhundra före Kristus"),
])
def test_dash_spans(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Gården byggdes 1720–1760 och revs sedan.", "sjuttonhundratjugo till sjuttonhundrasextio"),
    ("Trav: V4-1 vann i Rättvik.", "fyra"),
])
def test_dash_spans_guards(text: str, want: str) -> None:
    out = normalize(text)
    assert want in out and " a till" not in out
