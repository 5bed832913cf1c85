"""A change date under its participle and an archive picture's credit (session 21).

"Ändrad 12 juni 2025" under "Publicerad 10 juni 2025", as municipal CMSs print the page's dates: the rule table knew
"Senast ändrad" and "Uppdaterad" but not the bare participle, so the date line stood as a candidate and won the
headline on a fresh page of an ordinary municipal site. "… varje höst. Arkivbild: Kalle Nyberg": an archive picture's
credit closes its caption like "Foto:" (6 of 6 such lines in the annotated dumps were captions, by five writers), but
"Arkivbild" was no credit word, so a caption above the headline won it. Pages written after the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiocast.ingest import Reader, default_scorer, load
from audiocast.ingest.boilerplate import default_rules, first_match
from audiocast.models import Article

MUNICIPAL = """Till innehållet
Lyssna
Kontrast
Ekeby kommun
Sök
Meny
Kultur och fritid
Aktuellt
Nyhet
Vinteröppettider på biblioteken
Publicerad 3 mars 2026
{changed}
Från den 1 december har stadsbiblioteket och filialerna i Ekeby nya öppettider. Här ser du vad som gäller fram till februari.
Stadsbiblioteket har öppet klockan 10–19 på vardagar och 11–15 på lördagar. Filialen i Norrby håller öppet tisdagar och torsdagar.
Meröppet med lånekort och pinkod gäller som vanligt alla dagar mellan 7 och 22.
Kontakt
Ekeby kommun · 0123-45 67 00
"""

TIPS = """Öknabladet
Nöje
Helg
HELGTIPS
Vårmarknad, kammarmusik och loppis i hamnen – här är helgens evenemang
Lyssna på artikeln (2:40)
Vårmarknaden på torget i Öknaby drar folk från hela kommunen. {credit}
SOFIA LIND
4 APR 2026 • 2 MIN LÄSNING
Det blir en fullspäckad helg i Öknaby. Här är sex evenemang att välja mellan, från torget till hamnen.
Vårmarknaden öppnar klockan 10 på lördag och har i år över 60 knallar.
I kyrkan spelar en stråkkvartett från Kalmar på söndag eftermiddag, fri entré.
Loppisen i hamnmagasinet är öppen båda dagarna mellan 11 och 15.
"""


def spoken(article: Article) -> str:
    """Every line the article would read: lead, blocks and fact-box items."""
    parts = [article.lead or ""]
    for block in article.blocks:
        parts += [block.text, *block.items]
    return "\n".join(parts)


@pytest.mark.parametrize("changed", ["Ändrad 5 mars 2026", "Ändrat: 2026-03-05", "Redigerad 5 mars 2026 kl. 08.40",
                                     "Reviderad 2026-03-05"])
def test_a_change_date_under_its_participle_is_no_headline_and_not_read(tmp_path: Path, changed: str) -> None:
    page = tmp_path / "nyhet-20260303.txt"  # a name that says nothing of the headline
    page.write_text(MUNICIPAL.format(changed=changed), encoding="utf-8")
    article = load(page, Reader(None, scorer=default_scorer()))
    assert article.title == "Vinteröppettider på biblioteken"
    assert changed not in spoken(article)


def test_a_participle_without_a_date_is_no_date_line() -> None:
    rules = default_rules()
    assert first_match(rules, "Ändrad trafik vid Storgatan i helgen") is None
    assert first_match(rules, "Ändrade öppettider under påsken") is None


@pytest.mark.parametrize("credit", ["Arkivbild: Lena Ek", "Arkivfoto: Öknabladet"])
def test_an_archive_credit_closes_a_caption(tmp_path: Path, credit: str) -> None:
    page = tmp_path / "artikel-4471.txt"
    page.write_text(TIPS.format(credit=credit), encoding="utf-8")
    article = load(page, Reader(None, scorer=default_scorer()))
    assert article.title == "Vårmarknad, kammarmusik och loppis i hamnen – här är helgens evenemang"
    assert credit not in spoken(article)
    assert "Vårmarknaden på torget i Öknaby drar folk" not in spoken(article)
