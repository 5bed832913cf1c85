"""Session 9, S3 (spans of letters and school years): a span whose ends are a number and a
house letter is a range ("trapphus 1A–3C" was "ett a–tre ce"; letter_pairs._HOUSE_SPAN); a span
of school years from förskoleklass after a school's compound name ("Kvarnbyskolan (F–6)" was
"F–sex").
Sentences written after the fix. Guards: a road with a code, a fighter plane's model, a score.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Stambytet gäller uppgång 2A–5D i höst.", "två a till fem de"),
    ("Hyresgäster i hus 7B–9A får nya fönster.", "sju be till nio a"),
    ("Föräldrar till elever på Ekbackeskolan (F–3) bjuds in.", "eff till tre"),
    ("Nya Vallaskolan, F–9, står klar 2027.", "eff till nio"),
])
def test_spans(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Olyckan skedde på E4 vid trafikplats Ljusne.", "e fyra vid"),
    ("Planet var en F-16 från Norge.", "eff-sexton"),
    ("Matchen slutade 3–1 till hemmalaget.", "slutade tre mot ett"),
])
def test_spans_guards(text: str, want: str) -> None:
    assert want in normalize(text)
