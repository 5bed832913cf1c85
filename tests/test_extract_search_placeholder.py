"""A search field's placeholder ("Sök …", "Sök bland nyheter...") is the site's, never the article's lead (session 20).

Its ellipsis ends it like a sentence, so a dump whose search field stands over the article's head had that line taken
for the lead and the site's tagline over it for the headline (extract73, an online-only site: 4 of 4 pages read alone).
In the annotated golden and opened dumps such a line is boilerplate 12 times of 12, on pages by nine writers.
Written after the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import Reader, default_scorer, load
from audiocast.ingest.boilerplate import default_rules, first_match

PAGE = """Hoppa till huvudinnehållet
Dalbyortens Nyheter
Lokal journalistik för Dalby och Nyhem sedan 2019
Tisdag 4 mars 2026
Start
Nyheter
Kultur
Kontakt
{search}
Kultur
Biografen i Nyhem visar film igen efter tre år
Av Karin Öst
4 mars 2026
Efter tre år med stängda dörrar öppnar biografen Saga i Nyhem igen på fredag, nu som förening.
Föreningen har fått 120 000 kronor från kommunen och har renoverat salongen med frivilliga krafter.
– Vi har haft över fyrtio personer här på helgerna, säger ordföranden Lars Dahl.
Dalbyortens Nyheter · Storgatan 3 · Dalby
"""


@pytest.mark.parametrize("search", ["Sök …", "Sök...", "Sök på webbplatsen…", "Sök bland artiklar ..."])
def test_a_search_placeholder_is_no_lead(tmp_path: Path, search: str):
    page = tmp_path / "x.txt"
    page.write_text(PAGE.format(search=search), encoding="utf-8")
    article = load(page, Reader(None, scorer=default_scorer()))
    assert article.title == "Biografen i Nyhem visar film igen efter tre år"
    assert article.lead is not None and article.lead.startswith("Efter tre år med stängda dörrar")


def test_only_a_placeholder_with_its_ellipsis():
    rules = default_rules()
    assert first_match(rules, "Sök bland nyheter …") is not None
    assert first_match(rules, "Sök jobb i Sala och få svar redan i dag.") is None
    assert first_match(rules, "Sök sommarjobb i kommunen senast den 1 april…") is None  # more than a field's words
