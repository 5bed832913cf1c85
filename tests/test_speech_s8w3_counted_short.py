"""Session 8, wave 3, S4 (by context; sentences written after the fix):

a noun written short in the singular is plural after a count above one right before it
(data/short_readings PLURAL_AFTER_COUNT: "6 avd." was "sex avdelning"); not after "en"/"ett", not when a
comma stands between (the number is an address's), not when a number follows (a label: "lgh 1203").
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Det nya äldreboendet får 5 avd. med tio platser var.", "fem avdelningar med"),
    ("Fastigheten rymmer 24 lgh och två lokaler.", "tjugofyra lägenheter och"),
    ("Hotellet byggs i 7 vån. vid hamnen.", "sju våningar vid"),
    ("Romanen såldes i 3 uppl. under året.", "tre upplagor under"),
])
def test_plural_after_count(text: str, want: str) -> None:
    assert want in normalize(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Förskolan öppnar 1 avd. i augusti.", "en avdelning i"),
    ("Kontoret ligger på Storgatan 12, vån. 4.", "våning fyra"),
    ("Skicka posten till Ågatan 3 lgh 1402.", "lägenhet fjorton"),
])
def test_plural_after_count_guards(text: str, want: str) -> None:
    assert want in normalize(text)
