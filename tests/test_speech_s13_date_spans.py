"""Session 13: a span from a date (and a time) to another date said with
"till" (``rules/daymonth.date_time_spans``): the dash after a time or a year
was silent, or "kl. 20 – 24 juni" was read as two hours. Written after the
fix, with guards (hours alone, a day range before a month)."""

from __future__ import annotations

import pytest

from audiocast.speech import normalize


@pytest.mark.parametrize(("text", "want"), [
    ("Bron är stängd 14 aug. kl. 21 – 15 aug. kl. 05 för asfaltering.",
     "klockan tjugoett till femtonde augusti klockan fem"),
    ("Kampanjen pågår 2/1 2026–31/1 2026 i alla butiker.", "tvåtusentjugosex till trettioförsta januari"),
    ("Reservationen gäller 8 maj kl. 09.30–9 maj kl. 12.00.", "nio och trettio till nionde maj"),
    ("Hyresperioden: 1 oktober 2025 – 31 mars 2026.", "tvåtusentjugofem till trettioförsta mars"),
])
def test_date_spans_said_with_till(text: str, want: str) -> None:
    got = normalize(text).lower()
    assert want in got
    assert "–" not in got


@pytest.mark.parametrize(("text", "want"), [
    ("Receptionen har öppet kl. 9–16 i dag.", "klockan nio till sexton"),
    ("Festivalen hålls 12–14 juli i Ystad.", "tolfte till fjortonde juli"),
    ("Hon fyllde 2025 – första maj var hennes dag.", "tvåtusentjugofem – första maj"),
])
def test_date_span_guards(text: str, want: str) -> None:
    assert want in normalize(text).lower()
