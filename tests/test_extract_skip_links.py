"""Skip links at the top of a page are the site's, whatever they skip to (session 20).

"Hoppa till sidfoten", "Gå direkt till sidans innehåll", "Till innehåll på sidan": the rule table knew only the
links to the content, so the others were read as the site's name line, and the site's real name, no longer known as
its name, won the headline (extract72, a regional daily read alone). In the annotated golden and opened dumps, 536 of
536 skip-link lines in a page's first eight lines are boilerplate. Written after the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import Reader, default_scorer, load
from audiocast.ingest.boilerplate import default_rules, first_match
from audiocast.ingest.reader import site_of_dump

PAGE = """{skip}
Västerdalarnas Allehanda
Tisdag 3 februari 2026
Nyheter
Sport
Kultur
E-tidningen
Sport
Bandy
Västerdalarna vann hemmapremiären efter sent mål
Av Per Lind
3 februari 2026
Västerdalarnas BK inledde säsongen med en seger. Anna Berg avgjorde med bara två minuter kvar.
Publiken på Gruvvallen fick vänta länge på det avgörande målet, men jublet var desto större när det kom.
– Vi visste att vi hade mer att ge i slutet av matchen, säger tränaren Olle Sund.
Västerdalarnas Allehanda · Box 12 · 780 40 Mockfjärd
"""

SITE = "Västerdalarnas Allehanda"
TITLE = "Västerdalarna vann hemmapremiären efter sent mål"


@pytest.mark.parametrize("skip", ["Hoppa till sidfoten", "Gå direkt till sidans innehåll", "Till innehåll på sidan",
                                  "Hoppa till sökfältet", "Gå direkt till huvudmenyn"])
def test_a_skip_link_is_no_site_name_and_the_site_name_no_headline(tmp_path: Path, skip: str):
    text = PAGE.format(skip=skip)
    assert site_of_dump(text, default_rules()) == SITE
    page = tmp_path / "vasterdalarnas-allehanda-bandypremiar.txt"  # a file named after the site, as some newsrooms do
    page.write_text(text, encoding="utf-8")
    assert load(page, Reader(None, scorer=default_scorer())).title == TITLE


def test_a_how_to_step_is_no_skip_link():
    rules = default_rules()
    assert first_match(rules, "Gå till kommunens webbplats och logga in med bank-id") is None
    assert first_match(rules, "Gå till sida 3") is None
