"""Session 14 (S9), fifth batch, tested on sentences written AFTER the fix,
with guards:

- an office written clipped before a name is its title, its stop its own
  ("Ledam. Karin Ek", "borgm. Per Ek": OFFICE_TITLES in
  ``data/abbreviation_common.py``);
- a wind's direction written with "Ö" or in small letters before a speed
  ("Vind SÖ 6 m/s", "vind sö 6 m/s") is the direction, never Sunday.
"""

from __future__ import annotations

import pytest

from audiocast.speech import normalize

AFTER = [
    ("Ledam. Olle Berg (C) yrkade avslag.", "Ledamot Olle Berg (ce) yrkade avslag."),
    ("Prisen delades ut av landsh. Eva Holm.", "Prisen delades ut av landshövding Eva Holm."),
    ("Regionr. Anna Ek svarar på kritiken.", "Regionråd Anna Ek svarar på kritiken."),
    ("I morgon: vind sö 6 m/s, senare NÖ 8 m/s.",
     "I morgon: vind sydöst sex meter per sekund, senare nordöst åtta meter per sekund."),
    ("Vind nv 3–5 m/s och klart.", "Vind nordväst tre till fem meter per sekund och klart."),
]

GUARDS = [
    ("Vi har öppet på sö. Välkomna!", "Vi har öppet på söndag. Välkomna!"),
    ("Helgen: lö 10–14, sö stängt.", "Helgen: lördag tio till fjorton, söndag stängt."),
    ("Huset vetter mot SV.", "Huset vetter mot sydväst."),
]


@pytest.mark.parametrize(("text", "spoken"), AFTER + GUARDS)
def test_title_and_wind_family(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
