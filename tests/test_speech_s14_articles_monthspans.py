"""Session 14 (S10), articles as a listener hears them: a span of months,
seasons or terms that each carry their year, joined by a dash ("Tidsplan:
april 2025–december 2027" in a state property agency's notice, "januari
1868–oktober 1869" in a local history society's page). The dash stayed glued
between the year and the month ("tvåtusentjugofem–december"), or a hyphen
joined them into one word as a decade ("tvåtusentjugofyrajuni"); now it is
"till" (rules/month_spans.py, table data/period_words.py).
"""

from __future__ import annotations

import pytest

from audiocast.speech import explain, normalize

# Written before the fix (all eight read wrongly then).
BEFORE = [
    ("Byggtid: mars 2026–november 2027.", "Byggtid: mars tvåtusentjugosex till november tvåtusentjugosju."),
    ("Utställningen pågår maj 2025–januari 2026 i stora salen.",
     "Utställningen pågår maj tvåtusentjugofem till januari tvåtusentjugosex i stora salen."),
    ("Han var ordförande februari 2019–juni 2023.", "Han var ordförande februari tvåtusennitton till juni tvåtusentjugotre."),
    ("Mätningarna gjordes oktober 2023 – april 2024 vid tre stationer.",
     "Mätningarna gjordes oktober tvåtusentjugotre till april tvåtusentjugofyra vid tre stationer."),
    ("Perioden juli 2024-juni 2025 jämförs med året innan.",
     "Perioden juli tvåtusentjugofyra till juni tvåtusentjugofem jämförs med året innan."),
    ("Avtalet gäller från augusti 2025–december 2028.",
     "Avtalet gäller från augusti tvåtusentjugofem till december tvåtusentjugoåtta."),
    ("Arkivet täcker åren 1902–1950 och januari 1951–mars 1952.",
     "Arkivet täcker åren nittonhundratvå till nittonhundrafemtio och januari nittonhundrafemtioett till mars "
     "nittonhundrafemtiotvå."),
    ("Projektet pågick sept 2021–feb 2022.", "Projektet pågick september tvåtusentjugoett till februari tvåtusentjugotvå."),
]

# Written after the fix.
AFTER = [
    ("Renoveringen pågår augusti 2026–februari 2027 enligt kommunen.",
     "Renoveringen pågår augusti tvåtusentjugosex till februari tvåtusentjugosju enligt kommunen."),
    ("Stipendiet gällde hösten 2023–våren 2024.", "Stipendiet gällde hösten tvåtusentjugotre till våren tvåtusentjugofyra."),
    ("Utgrävningarna pågick från juni 1961-augusti 1963.",
     "Utgrävningarna pågick från juni nittonhundrasextioett till augusti nittonhundrasextiotre."),
    ("Hon ledde klubben 2008–november 2015.", "Hon ledde klubben tvåtusenåtta till november tvåtusenfemton."),
]

# A dash that ends no span of dated periods keeps its old reading.
GUARDS = [
    ("Han kom i mars 2020 – och sen aldrig mer.", "Han kom i mars tvåtusentjugo – och sen aldrig mer."),
    ("Åren 2019–2023 var goda.", "Åren tvåtusennitton till tvåtusentjugotre var goda."),
    ("Utställningen visas 26 oktober 2024–2 februari 2025.",
     "Utställningen visas tjugosjätte oktober tvåtusentjugofyra till andra februari tvåtusentjugofem."),
    ("Öppet maj–juni 2025.", "Öppet maj till juni tvåtusentjugofem."),
]


@pytest.mark.parametrize(("written", "spoken"), BEFORE + AFTER + GUARDS)
def test_month_year_spans(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_explain_names_the_span_and_the_years() -> None:
    rules = [(c.written, c.rule) for c in explain("Renoveringen pågår augusti 2026–februari 2027.").changes]
    assert rules == [("augusti 2026–", "range"), ("2026", "year"), ("2027", "year")]
